#pragma once

// One sync of a server account, whatever its protocol, in the order the
// conflict rule needs: first the pending local changes go to the server (so
// they win), then the server's folders, feeds, the stories since the last
// sync, and which stories are unread and starred. What comes back is a
// snapshot the store applies on the storage thread; nothing here blocks, it
// all runs on the calling thread's event loop through the client.
//
// When the server fails on the way (gone, refusing), the sync stops there:
// the changes it did not confirm stay pending, and the snapshot's sinceId
// stays where it was, so the next sync fetches again whatever was not
// complete (storing a story twice is harmless: the store upserts by guid).

#include "sync/pending_changes.h"
#include "sync/remote_client.h"

#include <QList>
#include <QSet>

#include <functional>

namespace Sync {

struct SyncSnapshot {
    QList<RemoteCategory> categories;
    QList<RemoteFeed> feeds;
    QList<RemoteStory> stories; // new since the last sync, oldest first
    QSet<qint64> unread; // as the server says, before the pending changes
    QSet<qint64> starred;
    qint64 sinceId = 0; // where the next sync starts
    bool complete = false; // every step ran

    // A story's state as Tidings should show it: the server's, except where a
    // local change is still pending.
    StoryState state(qint64 storyId, const PendingChanges &pending) const
    {
        return pending.resolve(storyId, StoryState { !unread.contains(storyId), starred.contains(storyId) });
    }
};

enum class SyncStep { SendingChanges, Folders, Feeds, Stories, States };

// `pending` must outlive the run. progress (optional) is told each step, and
// during Stories how many came so far.
void runSync(RemoteClient &client, PendingChanges &pending, qint64 sinceId,
    std::function<void(SyncStep step, int stories)> progress,
    std::function<void(const RemoteError &error, const SyncSnapshot &snapshot)> done);

} // namespace Sync
