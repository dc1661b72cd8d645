// Store: feed-server accounts (issue 15). A server account's folders and
// subscriptions carry its id and the server's ids; the sync makes them match
// the server here, and applies the server's read and starred state under the
// rule "a change made here and still pending wins". The changes themselves
// are queued in pending_changes by store_state.cpp, in the change's own
// transaction.

#include "storage/store.h"
#include "store_private.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Core {

using StoreDetail::dbError;
using StoreDetail::run;

namespace {

QString fieldName(StateField field)
{
    return field == StateField::Read ? QStringLiteral("read") : QStringLiteral("starred");
}

Error notRemote()
{
    return Error { ErrorCode::InvalidArgument, QStringLiteral("the local account has no server"), {} };
}

struct LocalFolder {
    FolderId id = 0;
    QString name;
};

struct LocalFeed {
    SubscriptionId id = 0;
    QString title;
    QString urlKey;
    FolderId folder = 0;
};

} // namespace

Result<ServerFeedsApplied> Store::applyServerFeeds(
    const QString &accountId, const QList<ServerFolder> &folders, const QList<ServerFeed> &feeds)
{
    if (accountId.isEmpty() || accountId == LocalAccountId)
        return notRemote();
    const QString context = QStringLiteral("applying the server's feeds");
    Result<StoreDetail::Transaction> transaction = StoreDetail::Transaction::begin(d->db, context);
    if (!transaction)
        return transaction.error();
    ServerFeedsApplied applied;
    QSqlQuery query(d->db);

    // Folders: by the server's id.
    QHash<QString, LocalFolder> localFolders;
    if (!run(query,
            QStringLiteral("SELECT remote_id, id, name FROM folders WHERE account_id = ? AND remote_id NOT NULL"),
            { accountId }))
        return dbError(query, context);
    while (query.next())
        localFolders.insert(query.value(0).toString(), { query.value(1).toLongLong(), query.value(2).toString() });
    QHash<QString, FolderId> folderIds;
    for (const ServerFolder &folder : folders) {
        const QString name = folder.name.simplified().isEmpty() ? folder.remoteId : folder.name.simplified();
        const auto it = localFolders.constFind(folder.remoteId);
        if (it == localFolders.constEnd()) {
            if (!run(query, QStringLiteral("INSERT INTO folders(name, account_id, remote_id) VALUES (?, ?, ?)"),
                    { name, accountId, folder.remoteId }))
                return dbError(query, context);
            folderIds.insert(folder.remoteId, query.lastInsertId().toLongLong());
            ++applied.foldersChanged;
            continue;
        }
        folderIds.insert(folder.remoteId, it->id);
        if (it->name != name) {
            if (!run(query, QStringLiteral("UPDATE folders SET name = ? WHERE id = ?"), { name, it->id }))
                return dbError(query, context);
            ++applied.foldersChanged;
        }
    }

    // Feeds: by the server's id.
    QHash<QString, LocalFeed> localFeeds;
    if (!run(query,
            QStringLiteral("SELECT remote_id, id, title, url, COALESCE(folder_id, 0) FROM subscriptions"
                           " WHERE account_id = ? AND remote_id NOT NULL"),
            { accountId }))
        return dbError(query, context);
    while (query.next())
        localFeeds.insert(query.value(0).toString(),
            { query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toString(),
                query.value(4).toLongLong() });
    QSet<QString> serverFeeds;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const ServerFeed &feed : feeds) {
        if (feed.remoteId.isEmpty() || serverFeeds.contains(feed.remoteId))
            continue;
        serverFeeds.insert(feed.remoteId);
        const FolderId folder = folderIds.value(feed.folderRemoteId, 0);
        const QVariant folderValue = folder ? QVariant(folder) : QVariant();
        const QString urlKey = StoreDetail::remoteUrlKey(feed.url.trimmed(), accountId);
        const QString title = feed.title.simplified();
        const auto it = localFeeds.constFind(feed.remoteId);
        if (it == localFeeds.constEnd()) {
            if (!run(query,
                    QStringLiteral("INSERT INTO subscriptions(url, title, folder_id, created, account_id, remote_id)"
                                   " VALUES (?, ?, ?, ?, ?, ?)"),
                    { urlKey, title, folderValue, now, accountId, feed.remoteId }))
                return dbError(query, context);
            applied.added.append(query.lastInsertId().toLongLong());
            continue;
        }
        if (it->title != title || it->urlKey != urlKey || it->folder != folder) {
            if (!run(query, QStringLiteral("UPDATE subscriptions SET title = ?, url = ?, folder_id = ? WHERE id = ?"),
                    { title, urlKey, folderValue, it->id }))
                return dbError(query, context);
            applied.changed.append(it->id);
        }
    }
    for (auto it = localFeeds.constBegin(); it != localFeeds.constEnd(); ++it) {
        if (serverFeeds.contains(it.key()))
            continue;
        if (!run(query, QStringLiteral("DELETE FROM subscriptions WHERE id = ?"), { it->id }))
            return dbError(query, context);
        applied.removed.append(it->id);
    }
    // Folders gone from the server go last, once no feed is left in them.
    for (auto it = localFolders.constBegin(); it != localFolders.constEnd(); ++it) {
        if (folderIds.contains(it.key()))
            continue;
        if (!run(query, QStringLiteral("DELETE FROM folders WHERE id = ?"), { it->id }))
            return dbError(query, context);
        ++applied.foldersChanged;
    }
    if (const Status committed = transaction->commit(context); !committed)
        return committed.error();
    return applied;
}

Result<QList<StoryId>> Store::applyServerStates(
    const QString &accountId, const QSet<QString> &unread, const QSet<QString> &starred)
{
    if (accountId.isEmpty() || accountId == LocalAccountId)
        return notRemote();
    const QString context = QStringLiteral("applying the server's read and starred state");
    Result<StoreDetail::Transaction> transaction = StoreDetail::Transaction::begin(d->db, context);
    if (!transaction)
        return transaction.error();
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!run(query,
            QStringLiteral("SELECT s.id, s.remote_id, st.read, st.starred,"
                           " EXISTS (SELECT 1 FROM pending_changes p WHERE p.account_id = sub.account_id"
                           "   AND p.remote_id = s.remote_id AND p.field = 'read'),"
                           " EXISTS (SELECT 1 FROM pending_changes p WHERE p.account_id = sub.account_id"
                           "   AND p.remote_id = s.remote_id AND p.field = 'starred')"
                           " FROM stories s JOIN subscriptions sub ON sub.id = s.subscription_id"
                           " JOIN story_state st ON st.story_id = s.id"
                           " WHERE sub.account_id = ? AND s.remote_id IS NOT NULL"),
            { accountId }))
        return dbError(query, context);
    QList<StoryId> markRead, markUnread, star, unstar;
    while (query.next()) {
        const StoryId id = query.value(0).toLongLong();
        const QString remote = query.value(1).toString();
        const bool read = query.value(2).toBool();
        const bool isStarred = query.value(3).toBool();
        if (!query.value(4).toBool()) {
            const bool serverRead = !unread.contains(remote);
            if (serverRead != read)
                (serverRead ? markRead : markUnread).append(id);
        }
        if (!query.value(5).toBool()) {
            const bool serverStarred = starred.contains(remote);
            if (serverStarred != isStarred)
                (serverStarred ? star : unstar).append(id);
        }
    }
    query.finish();
    if (const Status s = StoreDetail::updateRead(d->db, markRead, true, context); !s)
        return s.error();
    if (const Status s = StoreDetail::updateRead(d->db, markUnread, false, context); !s)
        return s.error();
    if (const Status s = StoreDetail::updateStarred(d->db, star, true, context); !s)
        return s.error();
    if (const Status s = StoreDetail::updateStarred(d->db, unstar, false, context); !s)
        return s.error();
    if (const Status committed = transaction->commit(context); !committed)
        return committed.error();
    QList<StoryId> changed = markRead + markUnread + star + unstar;
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

QList<PendingChange> Store::pendingChanges(const QString &accountId, Error *error) const
{
    QList<PendingChange> result;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!run(query,
            QStringLiteral("SELECT remote_id, field, value FROM pending_changes WHERE account_id = ?"
                           " ORDER BY changed, remote_id, field"),
            { accountId })) {
        StoreDetail::reportListError(error, query, QStringLiteral("listing pending changes"));
        return result;
    }
    while (query.next()) {
        result.append({ query.value(0).toString(),
            query.value(1).toString() == QLatin1String("read") ? StateField::Read : StateField::Starred,
            query.value(2).toBool() });
    }
    return result;
}

Status Store::confirmPendingChanges(const QString &accountId, const QList<PendingChange> &confirmed)
{
    const QString context = QStringLiteral("forgetting confirmed changes");
    Result<StoreDetail::Transaction> transaction = StoreDetail::Transaction::begin(d->db, context);
    if (!transaction)
        return transaction.error();
    QSqlQuery query(d->db);
    if (!query.prepare(QStringLiteral(
            "DELETE FROM pending_changes WHERE account_id = ? AND remote_id = ? AND field = ? AND value = ?")))
        return dbError(query, context);
    for (const PendingChange &change : confirmed) {
        query.addBindValue(accountId);
        query.addBindValue(change.remoteId);
        query.addBindValue(fieldName(change.field));
        query.addBindValue(change.value ? 1 : 0);
        if (!query.exec())
            return dbError(query, context);
    }
    return transaction->commit(context);
}

QString Store::storyAccount(StoryId id) const
{
    QSqlQuery query(d->db);
    if (!run(query,
            QStringLiteral("SELECT sub.account_id FROM stories s JOIN subscriptions sub ON sub.id = s.subscription_id"
                           " WHERE s.id = ?"),
            { id })
        || !query.next())
        return {};
    return query.value(0).toString();
}

QString Store::storyRemoteId(StoryId id) const
{
    QSqlQuery query(d->db);
    if (!run(query, QStringLiteral("SELECT COALESCE(remote_id, '') FROM stories WHERE id = ?"), { id })
        || !query.next())
        return {};
    return query.value(0).toString();
}

Status Store::removeAccountData(const QString &accountId)
{
    if (accountId.isEmpty() || accountId == LocalAccountId)
        return notRemote();
    const QString context = QStringLiteral("removing an account's feeds");
    Result<StoreDetail::Transaction> transaction = StoreDetail::Transaction::begin(d->db, context);
    if (!transaction)
        return transaction.error();
    QSqlQuery query(d->db);
    for (const QString &sql : { QStringLiteral("DELETE FROM subscriptions WHERE account_id = ?"),
             QStringLiteral("DELETE FROM folders WHERE account_id = ?"),
             QStringLiteral("DELETE FROM pending_changes WHERE account_id = ?") }) {
        if (!run(query, sql, { accountId }))
            return dbError(query, context);
    }
    return transaction->commit(context);
}

} // namespace Core
