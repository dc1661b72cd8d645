#pragma once

// Shared by the store tests (tests/storage/tst_store*.cpp): a real Store in a
// temporary folder, filled through its own API, and small helpers to look at
// story lists.

#include "storage/store.h"

#include <QDateTime>
#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <memory>

namespace StoreTest {

using namespace Core;

// Runs statements on a profile's database through a connection of its own,
// behind the store's back (to take a table away under it). Returns the first
// failure's text, empty when every statement ran.
inline QString execBehindTheStore(const QString &profileDir, const QStringList &statements)
{
    const QString name = QStringLiteral("behind-the-store");
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(Store::databasePath(profileDir));
        if (!db.open()) {
            failure = db.lastError().text();
        } else {
            QSqlQuery query(db);
            for (const QString &statement : statements) {
                if (!query.exec(statement)) {
                    failure = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

inline QDateTime at(int minutes)
{
    return QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC).addSecs(qint64(minutes) * 60);
}

inline ParsedItem item(const QString &id, const QString &title, const QDateTime &published, const QString &summary = {})
{
    ParsedItem parsed;
    parsed.id = id;
    parsed.title = title;
    parsed.link = QStringLiteral("https://example.org/") + id;
    parsed.published = published;
    parsed.summaryHtml
        = summary.isEmpty() ? QStringLiteral("<p>About <b>") + title + QStringLiteral("</b>.</p>") : summary;
    return parsed;
}

inline std::unique_ptr<Store> openStore(const QString &dir)
{
    auto store = Store::open(dir);
    if (!store) {
        qWarning() << "open failed:" << store.error().detail;
        return nullptr;
    }
    return std::move(store.value());
}

// One feed with `count` stories published a minute apart, oldest first;
// their ids go to *stories (empty when anything failed).
inline std::unique_ptr<Store> storeWithStories(const QString &dir, int count, QList<StoryId> *stories)
{
    stories->clear();
    auto store = openStore(dir);
    if (!store)
        return nullptr;
    const Result<SubscriptionId> sub = store->addSubscription(QStringLiteral("https://a/"));
    if (!sub)
        return store;
    QList<ParsedItem> items;
    for (int i = 1; i <= count; ++i)
        items.append(item(QString::number(i), QStringLiteral("Story %1").arg(i), at(i)));
    if (const auto added = store->upsertStories(*sub, items))
        *stories = *added;
    return store;
}

inline QList<StoryId> ids(const QList<StoryRow> &rows)
{
    QList<StoryId> result;
    for (const StoryRow &row : rows)
        result.append(row.id);
    return result;
}

// Every row of a filter, fetched `pageSize` at a time through keyset paging.
inline QList<StoryRow> allPages(const Store &store, const StoryFilter &filter, int pageSize)
{
    QList<StoryRow> rows;
    std::optional<PageKey> after;
    for (int guard = 0; guard < 10000; ++guard) {
        const QList<StoryRow> page = store.stories(filter, after, pageSize);
        rows.append(page);
        if (page.size() < pageSize)
            break;
        after = PageKey { page.last().published, page.last().id };
    }
    return rows;
}

inline bool isListOrder(const QList<StoryRow> &rows)
{
    return std::is_sorted(rows.begin(), rows.end(), [](const StoryRow &a, const StoryRow &b) {
        return a.published != b.published ? a.published > b.published : a.id > b.id;
    });
}

inline Article article(const QString &text, const QStringList &topics)
{
    Article result;
    result.title = QStringLiteral("Cleaned");
    result.text = text;
    result.html = QStringLiteral("<p>") + text + QStringLiteral("</p>");
    result.topics = topics;
    result.readerable = true;
    result.wordCount = int(text.split(QLatin1Char(' ')).size());
    result.extractorVersion = 3;
    result.published = QDateTime(QDate(2024, 3, 1), QTime(9, 30), QTimeZone(3600));
    return result;
}

} // namespace StoreTest
