#pragma once

// Syncing feed-server accounts (issue 15) into the store. The server's client
// (Sync::TtRssClient) runs on a thread of its own ("sync"), the store's
// writes on the storage thread through the StorageWriter; the object itself
// lives on the caller's thread (the GUI's) and only relays signals there, so
// a sync never blocks it.
//
// One sync of an account: the store's pending changes are sent first (those
// the server confirms are forgotten), then the server's folders and feeds,
// the stories since the account's sinceId and its read and starred state are
// written into the store (a change still pending there wins). The account's
// sinceId in <profile>/accounts.json moves on only after a complete sync: a
// server that fails half-way leaves it, and the next sync fetches again what
// was not complete (stories are upserted by their server id, so nothing
// doubles). New stories join the store's clean queue; storiesAdded says
// which, for Pipeline::cleanStories.

#include "base/result.h"
#include "base/types.h"
#include "storage/store.h"
#include "sync/account.h"
#include "sync/remote_client.h"
#include "sync/sync_run.h"

#include <QObject>
#include <QSet>

#include <memory>

class QThread;

namespace Core {

class StorageWriter;

struct AccountSyncResult {
    QString accountId;
    bool complete = false; // every step ran and was stored
    Sync::RemoteError remoteError; // the server's failure (kind None: none)
    Error storeError; // the store's failure (code None: none)
    int changesSent = 0; // pending changes the server confirmed
    ServerFeedsApplied feeds; // when the feeds were fetched
    QList<StoryId> added; // new stories
    QList<StoryId> stateChanged; // stories whose read or starred state the server changed
    qint64 sinceId = 0; // the account's sinceId after this sync

    bool ok() const { return !remoteError && storeError.code == ErrorCode::None; }
    // One line of English for logs and the CLI; empty when ok.
    QString errorText() const;
};

class AccountSync final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSync)

public:
    // Writes go through `writer`, which must outlive this object; the
    // accounts file is the writer's profile's.
    explicit AccountSync(StorageWriter *writer, QObject *parent = nullptr);
    // Waits for the sync thread to end (a sync under way is abandoned: what
    // it did not store is fetched again next time).
    ~AccountSync() override;

    // Starts syncing a server account; false when it is already syncing (or
    // is the local account). The answer comes in finished().
    bool sync(const Sync::AccountInfo &account, const QString &password);
    bool isSyncing(const QString &accountId) const { return m_running.contains(accountId); }

    // Subscribes the account to a feed on its server (folderRemoteId: the
    // server's folder, empty for none), then syncs it. The answer comes in
    // subscribed(), the new feed with the sync's finished().
    void subscribe(const Sync::AccountInfo &account, const QString &password, const QString &url,
        const QString &folderRemoteId = {});
    // Unsubscribes on the server, then syncs (the store drops the feed).
    void unsubscribe(const Sync::AccountInfo &account, const QString &password, const QString &feedRemoteId);
    // Renames a feed on the server, then syncs. The answer comes in
    // feedEdited(), the change in the store with the sync's finished().
    void renameFeed(
        const Sync::AccountInfo &account, const QString &password, const QString &feedRemoteId, const QString &title);
    // Moves a feed on the server into its folder folderRemoteId (empty: the
    // account's top level) or, when newFolder is not empty, into the
    // top-level folder of that name, made on the server when missing; then
    // syncs. The answer comes in feedEdited().
    void moveFeed(const Sync::AccountInfo &account, const QString &password, const QString &feedRemoteId,
        const QString &folderRemoteId, const QString &newFolder = {});

    // Stories per request (tests use small pages to see several).
    void setPageSize(int size) { m_pageSize = size; }

Q_SIGNALS:
    void progress(const QString &accountId, Sync::SyncStep step, int stories);
    void finished(const Core::AccountSyncResult &result);
    void subscribed(const QString &accountId, const QString &url, const Sync::RemoteError &error);
    void unsubscribed(const QString &accountId, const QString &feedRemoteId, const Sync::RemoteError &error);
    void feedEdited(const QString &accountId, const QString &feedRemoteId, const Sync::RemoteError &error);

private:
    class Runner;
    void onFinished(const AccountSyncResult &result);

    StorageWriter *m_writer = nullptr;
    QThread *m_thread = nullptr;
    Runner *m_runner = nullptr; // lives on m_thread
    QSet<QString> m_running;
    int m_pageSize = 200;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::AccountSyncResult)
Q_DECLARE_METATYPE(Sync::SyncStep)
Q_DECLARE_METATYPE(Sync::RemoteError)
