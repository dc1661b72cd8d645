#pragma once

// The read and starred changes made in Tidings that a server account has not
// confirmed yet, as one sync run sends them. The durable queue is the store's
// (Core::Store::pendingChanges, written in the same transaction as the change
// itself, so it survives a restart while the server is away); a sync loads it
// into this in-memory view, sends it first, and tells the store which
// changes the server confirmed. Conflict rule: while a change is pending it
// wins over what the server says; everything else follows the server.

#include "sync/remote_client.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Sync {

struct StoryState {
    bool read = false;
    bool starred = false;
    friend bool operator==(const StoryState &, const StoryState &) = default;
};

class PendingChanges final {
public:
    // The last change to a story's field replaces any earlier one.
    void set(qint64 storyId, StoryField field, bool value);
    std::optional<bool> pending(qint64 storyId, StoryField field) const;
    bool isEmpty() const { return m_changes.isEmpty(); }
    int size() const { return int(m_changes.size()); }
    // Forgets a change once the server confirmed it, unless it was changed
    // again meanwhile (to a different value).
    void confirm(qint64 storyId, StoryField field, bool value);

    // Sends every change (grouped into one call per field and value) and
    // confirms those the server took. done gets the first error, if any;
    // what failed stays queued.
    void send(RemoteClient &client, RemoteClient::Done done);

    // The rule: the server's state, except where a change is pending.
    StoryState resolve(qint64 storyId, const StoryState &server) const;

    struct Change {
        qint64 storyId = 0;
        StoryField field = StoryField::Read;
        bool value = false;
    };
    QList<Change> changes() const;

private:
    static qint64 key(qint64 storyId, StoryField field) { return storyId * 2 + (field == StoryField::Starred ? 1 : 0); }
    QHash<qint64, bool> m_changes; // key(story, field) -> value
};

} // namespace Sync
