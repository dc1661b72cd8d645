#include "sync/pending_changes.h"

#include <algorithm>
#include <memory>

namespace Sync {

void PendingChanges::set(qint64 storyId, StoryField field, bool value)
{
    m_changes.insert(key(storyId, field), value);
}

std::optional<bool> PendingChanges::pending(qint64 storyId, StoryField field) const
{
    const auto it = m_changes.constFind(key(storyId, field));
    if (it == m_changes.constEnd())
        return std::nullopt;
    return *it;
}

void PendingChanges::confirm(qint64 storyId, StoryField field, bool value)
{
    const auto it = m_changes.find(key(storyId, field));
    if (it != m_changes.end() && *it == value)
        m_changes.erase(it);
}

QList<PendingChanges::Change> PendingChanges::changes() const
{
    QList<Change> list;
    for (auto it = m_changes.constBegin(); it != m_changes.constEnd(); ++it)
        list.append({ it.key() / 2, (it.key() % 2) ? StoryField::Starred : StoryField::Read, it.value() });
    std::sort(list.begin(), list.end(), [](const Change &a, const Change &b) {
        return a.storyId != b.storyId ? a.storyId < b.storyId : a.field < b.field;
    });
    return list;
}

StoryState PendingChanges::resolve(qint64 storyId, const StoryState &server) const
{
    StoryState state = server;
    if (const auto read = pending(storyId, StoryField::Read))
        state.read = *read;
    if (const auto starred = pending(storyId, StoryField::Starred))
        state.starred = *starred;
    return state;
}

void PendingChanges::send(RemoteClient &client, RemoteClient::Done done)
{
    // One call per (field, value): at most four.
    struct Group {
        StoryField field;
        bool value;
        QList<qint64> ids;
    };
    QList<Group> groups;
    for (const Change &c : changes()) {
        auto it = std::find_if(
            groups.begin(), groups.end(), [&](const Group &g) { return g.field == c.field && g.value == c.value; });
        if (it == groups.end())
            groups.append({ c.field, c.value, { c.storyId } });
        else
            it->ids.append(c.storyId);
    }
    if (groups.isEmpty()) {
        done({});
        return;
    }
    struct State {
        int left = 0;
        RemoteError first;
        RemoteClient::Done done;
    };
    auto state = std::make_shared<State>();
    state->left = int(groups.size());
    state->done = std::move(done);
    for (const Group &g : groups) {
        client.mark(g.ids, g.field, g.value, [this, g, state](const RemoteError &error) {
            if (error) {
                if (!state->first)
                    state->first = error;
            } else {
                for (qint64 id : g.ids)
                    confirm(id, g.field, g.value);
            }
            if (--state->left == 0)
                state->done(state->first);
        });
    }
}

} // namespace Sync
