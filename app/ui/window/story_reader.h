#pragma once

// The story list and the reading pane together: which story is current,
// showing it (marking it read when the reader selects it, asking the
// pipeline to clean it, deciding on images), moving through the list, and
// the story's own commands (read, star, open the original).

#include "storage/store.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QListView;
class QTimer;

namespace Ui {

class PipelineLink;
class ReadingPane;
class ReadState;
class Settings;
class StoryListModel;
class SubscriptionTreeModel;

class StoryReader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryReader)

public:
    // Whether showing a story may mark it read (a selection by the reader).
    enum class Shown { BySelection, Again };

    struct Parts {
        Core::Store *store = nullptr; // the GUI's, read-only
        StoryListModel *stories = nullptr;
        SubscriptionTreeModel *tree = nullptr;
        QListView *list = nullptr;
        ReadingPane *pane = nullptr;
        ReadState *readState = nullptr;
        Settings *settings = nullptr;
        PipelineLink *pipeline = nullptr; // may be null
    };
    // Every part must outlive this object.
    StoryReader(const Parts &parts, QObject *parent);
    ~StoryReader() override;

    Core::StoryId currentStoryId() const;
    void selectStory(Core::StoryId id);
    // Selects the story the reader left off at, without marking it read.
    void restoreStory(Core::StoryId id);
    void showCurrentStory(Shown shown);

    void moveSelection(int delta);
    // Space: the next page of the story, or the next story at its end.
    void pageDownOrNext();
    void toggleRead();
    void toggleStar();
    void openOriginal();

    // The pipeline's cleaning of a story.
    void cleaningStarted(Core::StoryId id);
    void articleSaved(Core::StoryId id);
    void cleaningDone(Core::StoryId id);

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);

private:
    bool imagesAllowedFor(const Core::StoryDetail &story) const;
    // Marks the story on show read (at once, or when the delay of
    // Preferences has passed with it still selected).
    void markShownRead(Core::StoryId id, Core::SubscriptionId subscription);

    Parts m_parts;
    QPointer<PipelineLink> m_pipeline;
    QSet<Core::StoryId> m_cleaning;
    QSet<Core::StoryId> m_imagesAllowedStories;
    bool m_restoringStory = false;
    QTimer *m_markReadTimer;
    Core::StoryId m_markReadPending = 0;
};

} // namespace Ui
