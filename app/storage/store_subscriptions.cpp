// Store: subscriptions and their fetch bookkeeping.

#include "storage/store.h"
#include "store_private.h"

#include <QHash>
#include <QSqlQuery>

namespace Core {

using StoreDetail::dbError;
using StoreDetail::fromMs;
using StoreDetail::msOrNull;
using StoreDetail::run;

namespace {

const QLatin1String subscriptionColumns(
    "id, url, title, site_url, icon_url, COALESCE(folder_id, 0), etag, last_modified, last_fetched, last_success,"
    " last_error_code, last_error_detail, consecutive_failures, retry_after, allow_images, refresh_minutes,"
    " full_text, keep_days, keep_count, auth_user, feed_min_interval, account_id, COALESCE(remote_id, '')");

Subscription readSubscription(const QSqlQuery &query)
{
    Subscription sub;
    sub.id = query.value(0).toLongLong();
    sub.url = query.value(1).toString();
    sub.title = query.value(2).toString();
    sub.siteUrl = query.value(3).toString();
    sub.iconUrl = query.value(4).toString();
    sub.folderId = query.value(5).toLongLong();
    sub.etag = query.value(6).toString();
    sub.lastModified = query.value(7).toString();
    sub.lastFetched = fromMs(query.value(8));
    sub.lastSuccess = fromMs(query.value(9));
    sub.lastError = StoreDetail::storedError(query.value(10), query.value(11));
    sub.consecutiveFailures = query.value(12).toInt();
    sub.retryAfter = fromMs(query.value(13));
    sub.allowImages = query.value(14).toBool();
    sub.settings.refreshMinutes = query.value(15).toInt();
    sub.settings.fullText = query.value(16).toBool();
    sub.settings.keepDays = query.value(17).toInt();
    sub.settings.keepCount = query.value(18).toInt();
    sub.settings.authUser = query.value(19).toString();
    sub.feedMinInterval = query.value(20).toInt();
    sub.accountId = query.value(21).toString();
    sub.remoteId = query.value(22).toString();
    if (sub.isRemote())
        sub.url = StoreDetail::urlFromRemoteKey(sub.url, sub.accountId);
    return sub;
}

Error notFound(SubscriptionId id)
{
    return Error { ErrorCode::NotFound, QStringLiteral("no subscription %1").arg(id), {} };
}

Status folderExists(QSqlDatabase &db, FolderId folder)
{
    if (folder == 0)
        return Ok {};
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT 1 FROM folders WHERE id = ?"), { folder }) || !query.next())
        return Error { ErrorCode::NotFound, QStringLiteral("no folder %1").arg(folder), {} };
    return Ok {};
}

Status expectOneRow(const QSqlQuery &query, SubscriptionId id, const QString &what)
{
    if (query.lastError().isValid())
        return dbError(query, what);
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return Ok {};
}

} // namespace

Result<SubscriptionId> Store::addSubscription(const QString &url, const QString &title, FolderId folder)
{
    const QString clean = url.trimmed();
    if (clean.isEmpty())
        return Error { ErrorCode::InvalidArgument, QStringLiteral("a subscription needs a URL"), {} };
    if (subscriptionByUrl(clean))
        return Error { ErrorCode::Duplicate, QStringLiteral("already subscribed to %1").arg(clean), QUrl(clean) };
    if (const Status status = folderExists(d->db, folder); !status)
        return status.error();
    QSqlQuery query(d->db);
    if (!run(query, QStringLiteral("INSERT INTO subscriptions(url, title, folder_id, created) VALUES (?, ?, ?, ?)"),
            { clean, title.simplified(), folder ? QVariant(folder) : QVariant(), QDateTime::currentMSecsSinceEpoch() }))
        return dbError(query, QStringLiteral("adding a subscription"));
    return query.lastInsertId().toLongLong();
}

std::optional<Subscription> Store::subscription(SubscriptionId id) const
{
    QSqlQuery query(d->db);
    if (!run(query, QStringLiteral("SELECT %1 FROM subscriptions WHERE id = ?").arg(subscriptionColumns), { id })
        || !query.next())
        return std::nullopt;
    Subscription sub = readSubscription(query);
    if (run(query, QStringLiteral("SELECT unread FROM unread_counts WHERE subscription_id = ?"), { id })
        && query.next())
        sub.unreadCount = query.value(0).toInt();
    return sub;
}

std::optional<Subscription> Store::subscriptionByUrl(const QString &url) const
{
    QSqlQuery query(d->db);
    if (!run(query, QStringLiteral("SELECT id FROM subscriptions WHERE url = ?"), { url.trimmed() }) || !query.next())
        return std::nullopt;
    return subscription(query.value(0).toLongLong());
}

QList<Subscription> Store::subscriptions(Error *error) const
{
    QHash<SubscriptionId, int> unread;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    // Kept by triggers on story_state (schema version 5): one row a feed.
    if (!run(query, QStringLiteral("SELECT subscription_id, unread FROM unread_counts WHERE unread > 0"))) {
        StoreDetail::reportListError(error, query, QStringLiteral("counting unread stories"));
        return {};
    }
    while (query.next())
        unread.insert(query.value(0).toLongLong(), query.value(1).toInt());
    QList<Subscription> result;
    if (!run(query,
            QStringLiteral("SELECT %1 FROM subscriptions ORDER BY title COLLATE NOCASE, url, id")
                .arg(subscriptionColumns))) {
        StoreDetail::reportListError(error, query, QStringLiteral("listing subscriptions"));
        return result;
    }
    while (query.next()) {
        Subscription sub = readSubscription(query);
        sub.unreadCount = unread.value(sub.id);
        result.append(sub);
    }
    return result;
}

Status Store::renameSubscription(SubscriptionId id, const QString &title)
{
    QSqlQuery query(d->db);
    run(query, QStringLiteral("UPDATE subscriptions SET title = ? WHERE id = ?"), { title.simplified(), id });
    return expectOneRow(query, id, QStringLiteral("renaming a subscription"));
}

Status Store::moveSubscription(SubscriptionId id, FolderId folder)
{
    if (const Status status = folderExists(d->db, folder); !status)
        return status;
    QSqlQuery query(d->db);
    run(query, QStringLiteral("UPDATE subscriptions SET folder_id = ? WHERE id = ?"),
        { folder ? QVariant(folder) : QVariant(), id });
    return expectOneRow(query, id, QStringLiteral("moving a subscription"));
}

Status Store::deleteSubscription(SubscriptionId id)
{
    // Stories, their state, articles and topic links go by ON DELETE CASCADE.
    Result<StoreDetail::Transaction> transaction
        = StoreDetail::Transaction::begin(d->db, QStringLiteral("deleting a subscription"));
    if (!transaction)
        return transaction.error();
    QSqlQuery query(d->db);
    run(query, QStringLiteral("DELETE FROM subscriptions WHERE id = ?"), { id });
    if (const Status status = expectOneRow(query, id, QStringLiteral("deleting a subscription")); !status)
        return status;
    if (const Status committed = transaction->commit(QStringLiteral("deleting a subscription")); !committed)
        return committed.error();
    return Ok {};
}

Status Store::setSubscriptionUrl(SubscriptionId id, const QString &url)
{
    const QString clean = url.trimmed();
    if (clean.isEmpty())
        return Error { ErrorCode::InvalidArgument, QStringLiteral("a subscription needs a URL"), {} };
    if (const auto other = subscriptionByUrl(clean); other && other->id != id)
        return Error { ErrorCode::Duplicate, QStringLiteral("already subscribed to %1").arg(clean), QUrl(clean) };
    QSqlQuery query(d->db);
    run(query, QStringLiteral("UPDATE subscriptions SET url = ? WHERE id = ?"), { clean, id });
    return expectOneRow(query, id, QStringLiteral("changing a subscription's URL"));
}

Status Store::setAllowImages(SubscriptionId id, bool allow)
{
    QSqlQuery query(d->db);
    run(query, QStringLiteral("UPDATE subscriptions SET allow_images = ? WHERE id = ?"), { allow ? 1 : 0, id });
    return expectOneRow(query, id, QStringLiteral("changing a subscription"));
}

Status Store::setSubscriptionSettings(SubscriptionId id, const SubscriptionSettings &settings)
{
    if (settings.refreshMinutes < 0 || settings.keepDays < -1 || settings.keepCount < -1)
        return Error { ErrorCode::InvalidArgument, QStringLiteral("a feed setting below its range"), {} };
    QSqlQuery query(d->db);
    run(query,
        // The user has just looked at this feed's setup (a login, most
        // often): a feed resting after failures may be tried again at once.
        QStringLiteral("UPDATE subscriptions SET refresh_minutes = ?, full_text = ?, keep_days = ?, keep_count = ?,"
                       " auth_user = ?, retry_after = NULL WHERE id = ?"),
        { settings.refreshMinutes, settings.fullText ? 1 : 0, settings.keepDays, settings.keepCount,
            settings.authUser.trimmed(), id });
    return expectOneRow(query, id, QStringLiteral("changing a subscription's settings"));
}

Status Store::setSubscriptionSiteUrl(SubscriptionId id, const QString &siteUrl)
{
    QSqlQuery query(d->db);
    run(query, QStringLiteral("UPDATE subscriptions SET site_url = ? WHERE id = ?"), { siteUrl.trimmed(), id });
    return expectOneRow(query, id, QStringLiteral("changing a subscription's site"));
}

Status Store::recordFetchSuccess(
    SubscriptionId id, const QString &etag, const QString &lastModified, const ParsedFeed *feed, int minIntervalSeconds)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // One transaction: a crash half-way must not keep the new validators
    // without the title and site they came with (a 304 never brings them).
    const QString context = QStringLiteral("recording a fetch");
    Result<StoreDetail::Transaction> transaction = StoreDetail::Transaction::begin(d->db, context);
    if (!transaction)
        return transaction.error();
    QSqlQuery query(d->db);
    run(query,
        QStringLiteral("UPDATE subscriptions SET etag = ?, last_modified = ?, last_fetched = ?, last_success = ?,"
                       " last_error_code = '', last_error_detail = '', consecutive_failures = 0,"
                       " retry_after = NULL WHERE id = ?"),
        { etag, lastModified, now, now, id });
    if (const Status status = expectOneRow(query, id, QStringLiteral("recording a fetch")); !status)
        return status;
    if (minIntervalSeconds >= 0) {
        run(query,
            feed
                ? QStringLiteral("UPDATE subscriptions SET feed_min_interval = ? WHERE id = ?")
                : QStringLiteral("UPDATE subscriptions SET feed_min_interval = MAX(feed_min_interval, ?) WHERE id = ?"),
            { minIntervalSeconds, id });
        if (const Status status = expectOneRow(query, id, QStringLiteral("recording a fetch")); !status)
            return status;
    }
    if (feed) {
        // The feed's own title only fills an empty one: a title the user chose stays.
        run(query,
            QStringLiteral("UPDATE subscriptions SET title = CASE WHEN title = '' THEN ? ELSE title END,"
                           " site_url = CASE WHEN ? <> '' THEN ? ELSE site_url END,"
                           " icon_url = CASE WHEN ? <> '' THEN ? ELSE icon_url END WHERE id = ?"),
            { feed->title.simplified(), feed->link, feed->link, feed->iconUrl, feed->iconUrl, id });
        if (const Status status = expectOneRow(query, id, context); !status)
            return status;
    }
    return transaction->commit(context);
}

Status Store::recordFetchFailure(SubscriptionId id, const Error &error, const QDateTime &retryAfter)
{
    QSqlQuery query(d->db);
    run(query,
        QStringLiteral("UPDATE subscriptions SET last_fetched = ?, last_error_code = ?, last_error_detail = ?,"
                       " consecutive_failures = consecutive_failures + 1, retry_after = ? WHERE id = ?"),
        { QDateTime::currentMSecsSinceEpoch(), StoreDetail::storedCode(error), error.detail, msOrNull(retryAfter),
            id });
    return expectOneRow(query, id, QStringLiteral("recording a failed fetch"));
}

} // namespace Core
