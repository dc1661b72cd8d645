// Store: retention. Old stories go, starred ones stay, and a removed story's
// guid is remembered so the feed cannot bring it back as new.

#include "storage/store.h"
#include "store_private.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace Core {

using StoreDetail::dbError;
using StoreDetail::run;

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

// A feed's number: 0 takes the app's, -1 is no limit; the result's 0 is no limit.
int effective(int own, int appDefault)
{
    if (own < 0)
        return 0;
    return own > 0 ? own : qMax(0, appDefault);
}

struct Policy {
    SubscriptionId id = 0;
    int keepDays = 0;
    int keepCount = 0;
};

bool collect(QSqlQuery &query, QSet<StoryId> &ids)
{
    if (!query.exec())
        return false;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    return true;
}

QString marks(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

bool runBatch(QSqlQuery &query, const QString &sql, const QVariantList &leading, const QList<StoryId> &ids)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : leading)
        query.addBindValue(value);
    for (StoryId id : ids)
        query.addBindValue(id);
    return query.exec();
}

} // namespace

Result<QList<StoryId>> Store::applyRetention(
    const RetentionDefaults &defaults, SubscriptionId only, const QDateTime &now)
{
    const QString context = QStringLiteral("applying retention");
    const qint64 nowMs = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    Result<StoreDetail::Transaction> transaction = StoreDetail::Transaction::begin(d->db, context);
    if (!transaction)
        return transaction.error();

    QSqlQuery query(d->db);
    QList<Policy> policies;
    const bool listed = only > 0
        ? run(query, QStringLiteral("SELECT id, keep_days, keep_count FROM subscriptions WHERE id = ?"), { only })
        : run(query, QStringLiteral("SELECT id, keep_days, keep_count FROM subscriptions"));
    if (!listed)
        return dbError(query, context);
    while (query.next()) {
        policies.append({ query.value(0).toLongLong(), effective(query.value(1).toInt(), defaults.keepDays),
            effective(query.value(2).toInt(), defaults.keepCount) });
    }
    query.finish();

    // Both walk the feed's (subscription_id, published DESC, id DESC) index.
    QSqlQuery older(d->db);
    QSqlQuery beyond(d->db);
    if (!older.prepare(QStringLiteral("SELECT s.id FROM stories s JOIN story_state st ON st.story_id = s.id"
                                      " WHERE s.subscription_id = ? AND s.published < ? AND st.starred = 0"))
        || !beyond.prepare(QStringLiteral("SELECT x.id FROM (SELECT id FROM stories WHERE subscription_id = ?"
                                          " ORDER BY published DESC, id DESC LIMIT -1 OFFSET ?) x"
                                          " JOIN story_state st ON st.story_id = x.id WHERE st.starred = 0")))
        return dbError(older.lastError().isValid() ? older : beyond, context);
    QSet<StoryId> doomed;
    for (const Policy &policy : std::as_const(policies)) {
        if (policy.keepDays > 0) {
            older.addBindValue(policy.id);
            older.addBindValue(nowMs - qint64(policy.keepDays) * DayMs);
            if (!collect(older, doomed))
                return dbError(older, context);
        }
        if (policy.keepCount > 0) {
            beyond.addBindValue(policy.id);
            beyond.addBindValue(policy.keepCount);
            if (!collect(beyond, doomed))
                return dbError(beyond, context);
        }
    }

    QList<StoryId> removed(doomed.cbegin(), doomed.cend());
    std::sort(removed.begin(), removed.end());
    // A few hundred at a time keeps under SQLite's bound-variable limit.
    constexpr qsizetype Batch = 500;
    for (qsizetype start = 0; start < removed.size(); start += Batch) {
        const QList<StoryId> batch = removed.mid(start, Batch);
        const QString in = marks(batch.size());
        // The guid first, then the topic links while the story row still
        // names its feed (the per-feed topic counts need it), then the story:
        // its state, article, clean queue entry and search row go with it.
        if (!runBatch(query,
                QStringLiteral("INSERT INTO removed_stories(subscription_id, guid, removed)"
                               " SELECT subscription_id, guid, ? FROM stories WHERE id IN (%1)"
                               " ON CONFLICT(subscription_id, guid) DO UPDATE SET removed = excluded.removed")
                    .arg(in),
                { nowMs }, batch)
            || !runBatch(query, QStringLiteral("DELETE FROM story_topics WHERE story_id IN (%1)").arg(in), {}, batch)
            || !runBatch(query, QStringLiteral("DELETE FROM stories WHERE id IN (%1)").arg(in), {}, batch))
            return dbError(query, context);
    }

    // Forgetting: guids no feed listed for a while, and the oldest beyond a
    // feed's cap (a feed lists far fewer stories than that at once).
    if (!(only > 0 ? run(query, QStringLiteral("DELETE FROM removed_stories WHERE subscription_id = ? AND removed < ?"),
              { only, nowMs - qint64(RemovedStoryDays) * DayMs })
                   : run(query, QStringLiteral("DELETE FROM removed_stories WHERE removed < ?"),
                       { nowMs - qint64(RemovedStoryDays) * DayMs })))
        return dbError(query, context);
    for (const Policy &policy : std::as_const(policies)) {
        if (!run(query,
                QStringLiteral("DELETE FROM removed_stories WHERE subscription_id = ? AND guid IN"
                               " (SELECT guid FROM removed_stories WHERE subscription_id = ?"
                               " ORDER BY removed DESC, guid LIMIT -1 OFFSET ?)"),
                { policy.id, policy.id, MaxRemovedStories }))
            return dbError(query, context);
    }
    if (const Status committed = transaction->commit(context); !committed)
        return committed.error();
    return removed;
}

int Store::removedStoryCount(SubscriptionId id) const
{
    QSqlQuery query(d->db);
    if (!run(query, QStringLiteral("SELECT count(*) FROM removed_stories WHERE subscription_id = ?"), { id })
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace Core
