#pragma once

// What the reader has read and starred, as the window changes it: one story
// at a time, or everything in a view at once with an undo. Every write goes
// through the StorageWriter (the storage thread); the answers come back as
// signals, so the window only shows them. No widgets: testable on its own.

#include "storage/store.h"

#include <QList>
#include <QObject>

namespace Core {
class StorageWriter;
}

namespace Ui {

class ReadState final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadState)

public:
    enum class Mark { Read, Unread };
    enum class Star { Starred, Unstarred };
    Q_ENUM(Mark)
    Q_ENUM(Star)

    // The writer must outlive this object.
    explicit ReadState(Core::StorageWriter *writer, QObject *parent = nullptr);
    ~ReadState() override;

    // One story. The caller shows the change at once; if the write fails,
    // readReverted says what to show again, then failed says why.
    void setRead(Core::StoryId id, Core::SubscriptionId subscription, Mark mark);
    void setStarred(Core::StoryId id, Star star);

    // Marks every unread story of the filter read: markedAllRead(ids) once
    // committed, and those ids become the undo (an empty list leaves nothing
    // to undo). A failed mark changes nothing and keeps the previous undo.
    void markAllRead(const Core::StoryFilter &filter);
    // The same for the stories above or below one row of the filter's list.
    void markAllRead(const Core::StoryFilter &filter, const Core::PageKey &row, Core::Store::ListSide side);
    // Marks the last mark-all-read's stories unread again: undone(ids). A
    // failed undo stays possible; an undo overtaken by a newer mark-all-read
    // leaves the newer one's undo in place.
    void undo();
    bool canUndo() const { return !m_undoIds.isEmpty(); }
    QList<Core::StoryId> undoIds() const { return m_undoIds; }

Q_SIGNALS:
    void readReverted(Core::StoryId id, Core::SubscriptionId subscription, Ui::ReadState::Mark mark);
    void starReverted(Core::StoryId id, Ui::ReadState::Star star);
    void markedAllRead(const QList<Core::StoryId> &ids);
    void undone(const QList<Core::StoryId> &ids);
    void undoAvailableChanged(bool available);
    void failed(const Core::Error &error);

private:
    void markedAll(const Core::Result<QList<Core::StoryId>> &changed);
    void undoAnswered(const QList<Core::StoryId> &ids, const Core::Status &status);

    Core::StorageWriter *m_writer;
    QList<Core::StoryId> m_undoIds;
};

} // namespace Ui
