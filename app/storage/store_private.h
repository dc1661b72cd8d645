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

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Core {

struct Store::Private {
    QString profileDir;
    QString connectionName;
    QSqlDatabase db;
    int version = 0;
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

inline Error dbError(const QSqlError &error, const QString &context)
{
    return Error { ErrorCode::DatabaseError, context + QStringLiteral(": ") + error.text(), {} };
}

inline Error dbError(const QSqlQuery &query, const QString &context)
{
    return dbError(query.lastError(), context);
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
// in between, without waiting for busy_timeout. Rolls back unless committed,
// so every early return is safe.
class Transaction final {
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
    {
        QSqlQuery query(m_db);
        m_active = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = query.lastError();
    }
    ~Transaction()
    {
        if (m_active) {
            QSqlQuery query(m_db);
            query.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    QSqlError lastError() const { return m_error; }
    bool commit()
    {
        if (!m_active)
            return false;
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            m_error = query.lastError();
            return false; // still active: the destructor rolls back
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QSqlError m_error;
};

// Fills the article, clean error and topics of a story (store_articles.cpp).
void loadArticle(QSqlDatabase &db, StoryDetail &detail);

} // namespace StoreDetail
} // namespace Core
