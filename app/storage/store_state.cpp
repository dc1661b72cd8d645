// Store: read and starred state. It lives in story_state, apart from the
// story's content, so refetching a changed story never resets it.

#include "storage/store.h"
#include "store_filter.h"
#include "store_private.h"

#include <QSqlQuery>

namespace Core {

using StoreDetail::dbError;
using StoreDetail::run;

namespace {

Status expectStory(const QSqlQuery &query, StoryId id, const QString &what)
{
    if (query.lastError().isValid())
        return dbError(query, what);
    if (query.numRowsAffected() == 0)
        return Error { ErrorCode::NotFound, QStringLiteral("no story %1").arg(id), {} };
    return Ok {};
}

} // namespace

namespace StoreDetail {

// Updates ids in chunks below SQLite's bound-parameter limit (no pending change).
Status updateRead(QSqlDatabase &db, const QList<StoryId> &ids, bool read, const QString &context)
{
    constexpr qsizetype chunk = 500;
    const QVariant readAt = read ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant();
    QSqlQuery query(db);
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const qsizetype count = qMin(chunk, ids.size() - start);
        QStringList marks(count, QStringLiteral("?"));
        if (!query.prepare(QStringLiteral("UPDATE story_state SET read = ?, read_at = ? WHERE story_id IN (%1)")
                               .arg(marks.join(QLatin1Char(',')))))
            return dbError(query, context);
        query.addBindValue(read ? 1 : 0);
        query.addBindValue(readAt);
        for (qsizetype i = start; i < start + count; ++i)
            query.addBindValue(ids.at(i));
        if (!query.exec())
            return dbError(query, context);
    }
    return Ok {};
}

// Queues, for the stories among ids that belong to a server account, the
// change for the server (pending_changes); run inside the change's own
// transaction so both are committed or neither.
Status recordPending(QSqlDatabase &db, const QList<StoryId> &ids, StateField field, bool value, const QString &context)
{
    constexpr qsizetype chunk = 500;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db);
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const qsizetype count = qMin(chunk, ids.size() - start);
        QStringList marks(count, QStringLiteral("?"));
        if (!query.prepare(
                QStringLiteral("INSERT INTO pending_changes(account_id, remote_id, field, value, changed)"
                               " SELECT sub.account_id, s.remote_id, ?, ?, ? FROM stories s"
                               " JOIN subscriptions sub ON sub.id = s.subscription_id"
                               " WHERE s.id IN (%1) AND s.remote_id IS NOT NULL AND sub.account_id <> 'local'"
                               " ON CONFLICT(account_id, remote_id, field) DO UPDATE SET value = excluded.value,"
                               " changed = excluded.changed")
                    .arg(marks.join(QLatin1Char(',')))))
            return dbError(query, context);
        query.addBindValue(field == StateField::Read ? QStringLiteral("read") : QStringLiteral("starred"));
        query.addBindValue(value ? 1 : 0);
        query.addBindValue(now);
        for (qsizetype i = start; i < start + count; ++i)
            query.addBindValue(ids.at(i));
        if (!query.exec())
            return dbError(query, context);
    }
    return Ok {};
}

// Sets starred on many stories, in chunks (no pending change).
Status updateStarred(QSqlDatabase &db, const QList<StoryId> &ids, bool starred, const QString &context)
{
    constexpr qsizetype chunk = 500;
    QSqlQuery query(db);
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const qsizetype count = qMin(chunk, ids.size() - start);
        QStringList marks(count, QStringLiteral("?"));
        if (!query.prepare(QStringLiteral("UPDATE story_state SET starred = ? WHERE story_id IN (%1)")
                               .arg(marks.join(QLatin1Char(',')))))
            return dbError(query, context);
        query.addBindValue(starred ? 1 : 0);
        for (qsizetype i = start; i < start + count; ++i)
            query.addBindValue(ids.at(i));
        if (!query.exec())
            return dbError(query, context);
    }
    return Ok {};
}

} // namespace StoreDetail

namespace {

// Marks every unread story the statement lists read; returns their ids.
Result<QList<StoryId>> markRead(QSqlDatabase &db, StoreFilter::Sql sql)
{
    QList<StoryId> changed;
    if (sql.matchesNothing)
        return changed;
    sql.conditions.append(QStringLiteral("st.read = 0"));
    const QString context = QStringLiteral("marking stories read");
    Result<StoreDetail::Transaction> transaction = StoreDetail::Transaction::begin(db, context);
    if (!transaction)
        return transaction.error();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT s.id FROM %1%2").arg(sql.rowFrom(), sql.where())))
        return dbError(query, QStringLiteral("marking stories read"));
    for (const QVariant &value : sql.binds)
        query.addBindValue(value);
    if (!query.exec())
        return dbError(query, QStringLiteral("marking stories read"));
    while (query.next())
        changed.append(query.value(0).toLongLong());
    query.finish();
    if (const Status updated = StoreDetail::updateRead(db, changed, true, context); !updated)
        return updated.error();
    if (const Status queued = StoreDetail::recordPending(db, changed, StateField::Read, true, context); !queued)
        return queued.error();
    if (const Status committed = transaction->commit(context); !committed)
        return committed.error();
    return changed;
}

} // namespace

Status Store::setRead(StoryId id, bool read)
{
    const QString context = QStringLiteral("marking a story read");
    Result<StoreDetail::Transaction> transaction = StoreDetail::Transaction::begin(d->db, context);
    if (!transaction)
        return transaction.error();
    QSqlQuery query(d->db);
    run(query, QStringLiteral("UPDATE story_state SET read = ?, read_at = ? WHERE story_id = ?"),
        { read ? 1 : 0, read ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant(), id });
    if (const Status found = expectStory(query, id, context); !found)
        return found;
    if (const Status queued = StoreDetail::recordPending(d->db, { id }, StateField::Read, read, context); !queued)
        return queued;
    return transaction->commit(context);
}

Status Store::setStarred(StoryId id, bool starred)
{
    const QString context = QStringLiteral("starring a story");
    Result<StoreDetail::Transaction> transaction = StoreDetail::Transaction::begin(d->db, context);
    if (!transaction)
        return transaction.error();
    QSqlQuery query(d->db);
    run(query, QStringLiteral("UPDATE story_state SET starred = ? WHERE story_id = ?"), { starred ? 1 : 0, id });
    if (const Status found = expectStory(query, id, context); !found)
        return found;
    if (const Status queued = StoreDetail::recordPending(d->db, { id }, StateField::Starred, starred, context); !queued)
        return queued;
    return transaction->commit(context);
}

Result<QList<StoryId>> Store::markAllRead(const StoryFilter &filter)
{
    return markRead(d->db, StoreFilter::build(filter));
}

Result<QList<StoryId>> Store::markAllRead(const StoryFilter &filter, const PageKey &row, ListSide side)
{
    StoreFilter::Sql sql = StoreFilter::build(filter);
    if (side == ListSide::Above)
        StoreFilter::addBefore(sql, row);
    else
        StoreFilter::addAfter(sql, row);
    return markRead(d->db, sql);
}

Status Store::setReadMany(const QList<StoryId> &ids, bool read)
{
    const QString context = QStringLiteral("changing read state");
    Result<StoreDetail::Transaction> transaction = StoreDetail::Transaction::begin(d->db, context);
    if (!transaction)
        return transaction.error();
    if (const Status updated = StoreDetail::updateRead(d->db, ids, read, context); !updated)
        return updated.error();
    if (const Status queued = StoreDetail::recordPending(d->db, ids, StateField::Read, read, context); !queued)
        return queued.error();
    if (const Status committed = transaction->commit(context); !committed)
        return committed.error();
    return Ok {};
}

} // namespace Core
