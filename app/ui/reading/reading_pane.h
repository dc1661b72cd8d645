#pragma once

#include "storage/store.h"

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QLabel;
class QFrame;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace Ui {

class ChipBar;
class ImageLoader;
class ReadingBrowser;

// The right pane: headline, byline and chips over the story's text, set in a
// column of about 70 characters with generous leading.
class ReadingPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadingPane)

public:
    explicit ReadingPane(QWidget *parent = nullptr);
    ~ReadingPane() override;

    void setImageLoader(ImageLoader *loader);
    // Shows a story. `cleaning`: its page is being cleaned right now.
    void showStory(const Core::StoryDetail &story, bool cleaning, bool imagesAllowed);
    void clear(const QString &message = {});
    void setCleaning(bool cleaning);
    void setImagesAllowed(bool allowed);
    void setHighlightTerms(const QStringList &terms);

    Core::StoryId storyId() const { return m_story ? m_story->row.id : 0; }
    bool hasStory() const { return m_story.has_value(); }
    const std::optional<Core::StoryDetail> &story() const { return m_story; }
    bool imagesAllowed() const;
    int blockedImageCount() const { return m_blockedImages; }
    QString bodyText() const;
    QString noticeText() const;
    ChipBar *chipBar() const { return m_chips; }
    ReadingBrowser *browser() const { return m_browser; }

    int fontDelta() const { return m_fontDelta; }
    void setFontDelta(int delta);
    // The reader's font (Preferences): an empty family or a size 0 keeps the
    // built-in serif and size; the zoom (font delta) adds to it.
    void setReadingFont(const QString &family, int pointSize);
    QFont readingFont() const;
    // The command that opens links (the URL appended); empty: the desktop's browser.
    void setBrowserCommand(const QString &command) { m_browserCommand = command; }
    // Scrolls one page; false when already at the end.
    bool pageDown();
    int columnWidth() const;

Q_SIGNALS:
    void topicClicked(const QString &topic);
    void openOriginalRequested();
    // A link to the app itself ("tidings:…", in the welcome feed).
    void appLinkClicked(const QUrl &url);
    void imagesAllowedForStory(Core::StoryId id);
    void imagesAllowedForFeed(Core::SubscriptionId id);
    void fontDeltaChanged(int delta);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void render();
    void scheduleRender();
    void updateHeader();
    void updateNotice();
    void applyColumn();
    void applyHighlights();
    QString styleSheet() const;
    QString bodyHtml(int *imageCount) const;
    void linkClicked(const QUrl &url);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_header = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_notice = nullptr;
    ChipBar *m_chips = nullptr;
    QFrame *m_imagesBar = nullptr;
    QLabel *m_imagesLabel = nullptr;
    QPushButton *m_loadImages = nullptr;
    QPushButton *m_allowFeedImages = nullptr;
    ReadingBrowser *m_browser = nullptr;
    QTimer *m_renderTimer = nullptr;
    QPointer<ImageLoader> m_loader;

    std::optional<Core::StoryDetail> m_story;
    bool m_cleaning = false;
    int m_blockedImages = 0;
    int m_fontDelta = 0;
    QString m_fontFamily;
    int m_fontSize = 0;
    QString m_browserCommand;
    QStringList m_highlightTerms;
};

} // namespace Ui
