#include "window/read_state.h"

#include "pipeline/storage_writer.h"

namespace Ui {

ReadState::ReadState(Core::StorageWriter *writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
{
}

ReadState::~ReadState() = default;

void ReadState::setRead(Core::StoryId id, Core::SubscriptionId subscription, Mark mark)
{
    const bool read = mark == Mark::Read;
    m_writer->write([id, read](Core::Store &store) { return store.setRead(id, read); }, this,
        [this, id, subscription, mark](const Core::Status &status) {
            if (status)
                return;
            Q_EMIT readReverted(id, subscription, mark == Mark::Read ? Mark::Unread : Mark::Read);
            Q_EMIT failed(status.error());
        });
}

void ReadState::setStarred(Core::StoryId id, Star star)
{
    const bool starred = star == Star::Starred;
    m_writer->write([id, starred](Core::Store &store) { return store.setStarred(id, starred); }, this,
        [this, id, star](const Core::Status &status) {
            if (status)
                return;
            Q_EMIT starReverted(id, star == Star::Starred ? Star::Unstarred : Star::Starred);
            Q_EMIT failed(status.error());
        });
}

void ReadState::markAllRead(const Core::StoryFilter &filter)
{
    m_writer->write([filter](Core::Store &store) { return store.markAllRead(filter); }, this,
        [this](const Core::Result<QList<Core::StoryId>> &changed) { markedAll(changed); });
}

void ReadState::markAllRead(const Core::StoryFilter &filter, const Core::PageKey &row, Core::Store::ListSide side)
{
    m_writer->write([filter, row, side](Core::Store &store) { return store.markAllRead(filter, row, side); }, this,
        [this](const Core::Result<QList<Core::StoryId>> &changed) { markedAll(changed); });
}

void ReadState::markedAll(const Core::Result<QList<Core::StoryId>> &changed)
{
    if (!changed) {
        Q_EMIT failed(changed.error());
        return;
    }
    m_undoIds = *changed;
    Q_EMIT undoAvailableChanged(!m_undoIds.isEmpty());
    Q_EMIT markedAllRead(m_undoIds);
}

void ReadState::undo()
{
    if (m_undoIds.isEmpty())
        return;
    m_writer->write([ids = m_undoIds](Core::Store &store) { return store.setReadMany(ids, false); }, this,
        [this, ids = m_undoIds](const Core::Status &status) { undoAnswered(ids, status); });
}

void ReadState::undoAnswered(const QList<Core::StoryId> &ids, const Core::Status &status)
{
    if (!status) {
        Q_EMIT failed(status.error());
        return;
    }
    if (ids != m_undoIds)
        return;
    m_undoIds.clear();
    Q_EMIT undone(ids);
    Q_EMIT undoAvailableChanged(false);
}

} // namespace Ui
