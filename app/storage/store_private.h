#pragma once

// Shared by the store_*.cpp files: the Store's private data and the small
// helpers every query needs. Not part of the public API.

#include "base/result.h"
#include "storage/store.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Core {

struct Store::Private {
    QString profileDir;
    QString connectionName;
    QString openPath; // the database file, while this connection counts as open on it
    QSqlDatabase db;
    int version = 0;
    bool readOnly = false; // PRAGMA query_only
};

namespace StoreDetail {

// Dates are stored as milliseconds since the epoch (UTC); NULL when invalid.
inline QVariant msOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

inline QDateTime fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// SQLite's primary result code of a failure (extended codes carry it in the low byte).
inline int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}

// A full disk and a read-only file get codes of their own: the user can do
// something about them.
inline ErrorCode codeOf(const QSqlError &error)
{
    switch (sqliteCode(error)) {
    case 13: // SQLITE_FULL (also: PRAGMA max_page_count reached)
        return ErrorCode::DiskFull;
    case 8: // SQLITE_READONLY
        return ErrorCode::ReadOnlyDatabase;
    default:
        return ErrorCode::DatabaseError;
    }
}

inline Error dbError(const QSqlError &error, const QString &context)
{
    return Error { codeOf(error), context + QStringLiteral(": ") + error.text(), {} };
}

inline Error dbError(const QSqlQuery &query, const QString &context)
{
    return dbError(query.lastError(), context);
}

// A failure as the store keeps it: the code's stable name and the detail.
// A failure without a code is kept as Unknown, so it still shows as one.
inline QString storedCode(const Error &error)
{
    return errorCodeName(error.code == ErrorCode::None ? ErrorCode::Unknown : error.code);
}

inline Error storedError(const QVariant &code, const QVariant &detail)
{
    return Error { errorCodeFromName(code.toString()), detail.toString(), {} };
}

// A list read failed: logs it and tells the caller who asked (error may be null).
inline void reportListError(Error *error, const QSqlQuery &query, const QString &context)
{
    const Error failure = dbError(query, context);
    qCWarning(lcStore) << describe(failure);
    if (error)
        *error = failure;
}

// QtSql binds a null QString as SQL NULL; text columns are NOT NULL and an
// absent value is simply empty.
inline QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

// Prepares `sql`, binds the values in order and runs it.
inline bool run(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> values = {})
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(bindable(value));
    return query.exec();
}

// BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that
// reads first fails at once with SQLITE_BUSY when another connection wrote
// in between, without waiting for busy_timeout. A Transaction exists only
// once BEGIN succeeded (Transaction::begin returns a Result), so no write can
// run in autocommit mode after a failed begin and commit part of its work.
// Rolls back unless committed, so every early return is safe.
class Transaction final {
public:
    [[nodiscard]] static Result<Transaction> begin(QSqlDatabase &db, const QString &context)
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return dbError(query.lastError(), context);
        return Transaction(db);
    }
    ~Transaction()
    {
        if (m_db) {
            QSqlQuery query(*m_db);
            query.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(Transaction &&other) noexcept
        : m_db(std::exchange(other.m_db, nullptr))
    {
    }
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // On failure the transaction stays open: the destructor rolls back.
    [[nodiscard]] Status commit(const QString &context)
    {
        if (!m_db)
            return Error { ErrorCode::DatabaseError, context + QStringLiteral(": no transaction"), {} };
        QSqlQuery query(*m_db);
        if (!query.exec(QStringLiteral("COMMIT")))
            return dbError(query.lastError(), context);
        m_db = nullptr;
        return Ok {};
    }

private:
    explicit Transaction(QSqlDatabase &db)
        : m_db(&db)
    {
    }
    QSqlDatabase *m_db = nullptr; // null once committed or moved from
};

// A scalar subquery giving the id of the topic a case-folded name means: the
// topic with that key, else one it is an alias of (the one with the most
// stories when several share it). Bind the key twice.
inline QLatin1String topicIdSql()
{
    return QLatin1String("(SELECT coalesce((SELECT id FROM topics WHERE key = ?),"
                         " (SELECT a.topic_id FROM topic_aliases a JOIN topics t ON t.id = a.topic_id"
                         " WHERE a.alias = ? ORDER BY t.story_count DESC, t.id LIMIT 1)))");
}

// What a chip shows: the user's name for the topic, else its first spelling
// (`t` is the topics table).
inline QLatin1String topicNameSql()
{
    return QLatin1String("coalesce(nullif(t.display_name, ''), t.name)");
}

// subscriptions.url is unique, and a server account may list a feed the
// profile also fetches itself (or another account lists): a server account's
// subscription keeps its URL with the account appended, which the reads take
// off again. Subscription::url is always the feed's own URL.
inline QString remoteUrlKey(const QString &url, const QString &accountId)
{
    return url + QStringLiteral("#tidings-account=") + accountId;
}

inline QString urlFromRemoteKey(const QString &key, const QString &accountId)
{
    const QString suffix = QStringLiteral("#tidings-account=") + accountId;
    return key.endsWith(suffix) ? key.left(key.size() - suffix.size()) : key;
}

// Read and starred state of many stories, in chunks, without queueing a
// change for a server (store_state.cpp).
Status updateRead(QSqlDatabase &db, const QList<StoryId> &ids, bool read, const QString &context);
Status updateStarred(QSqlDatabase &db, const QList<StoryId> &ids, bool starred, const QString &context);
// Queues the change for the server for those of ids that are a server
// account's stories; call inside the change's own transaction.
Status recordPending(QSqlDatabase &db, const QList<StoryId> &ids, StateField field, bool value, const QString &context);

// Fills the article, clean error and topics of a story (store_articles.cpp).
void loadArticle(QSqlDatabase &db, StoryDetail &detail);

} // namespace StoreDetail
} // namespace Core
