// Store: upserting stories from feeds and listing them.

#include "storage/store.h"
#include "store_filter.h"
#include "store_private.h"
#include "store_text.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace Core {

using StoreDetail::dbError;
using StoreDetail::fromMs;
using StoreDetail::msOrNull;
using StoreDetail::run;

namespace {

QString toJson(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString categoriesJson(const QStringList &categories)
{
    return toJson(QJsonArray::fromStringList(categories));
}

QString enclosuresJson(const QList<Enclosure> &enclosures)
{
    QJsonArray array;
    for (const Enclosure &enclosure : enclosures)
        array.append(QJsonObject { { QStringLiteral("url"), enclosure.url }, { QStringLiteral("type"), enclosure.type },
            { QStringLiteral("length"), enclosure.length } });
    return toJson(array);
}

QStringList categoriesFromJson(const QString &json)
{
    QStringList result;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        result.append(value.toString());
    return result;
}

QList<Enclosure> enclosuresFromJson(const QString &json)
{
    QList<Enclosure> result;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        result.append(
            Enclosure { object.value(QStringLiteral("url")).toString(), object.value(QStringLiteral("type")).toString(),
                qint64(object.value(QStringLiteral("length")).toDouble(-1)) });
    }
    return result;
}

// Stories without a date carry the time they were first seen; that time
// changes on every fetch and must neither count as new content nor move the
// story to the top of the list.
bool hasOwnDate(const ParsedItem &item)
{
    return !item.dateIsFirstSeen && (item.published.isValid() || item.updated.isValid());
}

QString storyGuid(const ParsedItem &item)
{
    if (!item.id.isEmpty())
        return item.id;
    if (!item.link.isEmpty())
        return item.link;
    const QByteArray seed = (item.title + QChar(0x1F) + item.summaryHtml).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex());
}

QString contentHash(const ParsedItem &item)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const auto add = [&hash](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\x1F", 1));
    };
    add(item.title);
    add(item.link);
    add(item.author);
    add(item.summaryHtml);
    add(item.contentHtml);
    add(categoriesJson(item.categories));
    add(enclosuresJson(item.enclosures));
    add(item.thumbnailUrl);
    if (hasOwnDate(item)) {
        add(item.published.toString(Qt::ISODateWithMs));
        add(item.updated.toString(Qt::ISODateWithMs));
    }
    return QString::fromLatin1(hash.result().toHex());
}

qint64 publishedMs(const ParsedItem &item, qint64 now)
{
    qint64 published = now;
    if (item.dateIsFirstSeen)
        published = item.published.isValid() ? item.published.toMSecsSinceEpoch() : now;
    else if (item.published.isValid())
        published = item.published.toMSecsSinceEpoch();
    else if (item.updated.isValid())
        published = item.updated.toMSecsSinceEpoch();
    // A date far in the future (a typo'd year, a wrong time zone) would pin
    // the story to the top of every list: it counts as seen now instead.
    constexpr qint64 day = 24 * 60 * 60 * 1000;
    return published > now + day ? now : published;
}

QString itemExcerpt(const ParsedItem &item)
{
    return StoreText::excerpt(StoreText::plainText(item.summaryHtml.isEmpty() ? item.contentHtml : item.summaryHtml));
}

struct UpsertQueries {
    explicit UpsertQueries(QSqlDatabase &db)
        : find(db)
        , insertStory(db)
        , insertState(db)
        , insertSearch(db)
        , updateStory(db)
        , updateSearch(db)
        , removed(db)
        , touchRemoved(db)
    {
    }

    bool prepare()
    {
        return find.prepare(
                   QStringLiteral("SELECT id, content_hash FROM stories WHERE subscription_id = ? AND guid = ?"))
            && insertStory.prepare(QStringLiteral(
                "INSERT INTO stories(subscription_id, guid, link, title, author, summary_html, content_html,"
                " published, updated, date_is_first_seen, first_seen, categories, enclosures, thumbnail_url,"
                " excerpt, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            && insertState.prepare(
                QStringLiteral("INSERT INTO story_state(story_id, published, subscription_id) VALUES (?, ?, ?)"))
            && insertSearch.prepare(
                QStringLiteral("INSERT INTO stories_fts(rowid, title, body, topics) VALUES (?, ?, ?, '')"))
            // A cleaned story keeps its article's excerpt and search text.
            && updateStory.prepare(QStringLiteral(
                "UPDATE stories SET link = ?, title = ?, author = ?, summary_html = ?, content_html = ?,"
                " published = CASE WHEN ? THEN ? ELSE published END, updated = ?, date_is_first_seen = ?,"
                " categories = ?, enclosures = ?, thumbnail_url = ?,"
                " excerpt = CASE WHEN EXISTS (SELECT 1 FROM articles WHERE story_id = stories.id"
                "   AND cleaned_at IS NOT NULL) THEN excerpt ELSE ? END,"
                " content_hash = ? WHERE id = ?"))
            && updateSearch.prepare(QStringLiteral(
                "UPDATE stories_fts SET title = ?,"
                " body = CASE WHEN EXISTS (SELECT 1 FROM articles WHERE story_id = ? AND cleaned_at IS NOT NULL)"
                "   THEN body ELSE ? END WHERE rowid = ?"))
            // Retention removed it: still listed, so remembered a while longer
            // (touched at most once a day).
            && removed.prepare(
                QStringLiteral("SELECT removed FROM removed_stories WHERE subscription_id = ? AND guid = ?"))
            && touchRemoved.prepare(
                QStringLiteral("UPDATE removed_stories SET removed = ? WHERE subscription_id = ? AND guid = ?"));
    }

    QSqlQuery find, insertStory, insertState, insertSearch, updateStory, updateSearch, removed, touchRemoved;
};

bool bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &value : values)
        query.addBindValue(StoreDetail::bindable(value));
    return query.exec();
}

// Returns the new story's id, 0 when it existed (updated or not), -1 on error.
StoryId upsertOne(UpsertQueries &q, SubscriptionId subscription, const ParsedItem &item, qint64 now)
{
    const QString guid = storyGuid(item);
    const QString hash = contentHash(item);
    const qint64 published = publishedMs(item, now);
    if (!bindAll(q.find, { subscription, guid }))
        return -1;
    if (q.find.next()) {
        const StoryId id = q.find.value(0).toLongLong();
        const bool changed = q.find.value(1).toString() != hash;
        q.find.finish();
        if (!changed)
            return 0;
        const QString body = StoreText::searchBody(item.summaryHtml, item.contentHtml);
        const bool ok = bindAll(q.updateStory,
                            { item.link, item.title, item.author, item.summaryHtml, item.contentHtml, hasOwnDate(item),
                                published, msOrNull(item.updated), !hasOwnDate(item), categoriesJson(item.categories),
                                enclosuresJson(item.enclosures), item.thumbnailUrl, itemExcerpt(item), hash, id })
            && bindAll(q.updateSearch, { StoreText::indexText(item.title), id, body, id });
        return ok ? 0 : -1;
    }
    q.find.finish();
    // Retention removed it and the feed still lists it: not new. Remembered
    // a while longer (touched at most once a day).
    if (!bindAll(q.removed, { subscription, guid }))
        return -1;
    if (q.removed.next()) {
        const qint64 removedAt = q.removed.value(0).toLongLong();
        q.removed.finish();
        constexpr qint64 day = 24 * 60 * 60 * 1000;
        if (removedAt < now - day && !bindAll(q.touchRemoved, { now, subscription, guid }))
            return -1;
        return 0;
    }
    q.removed.finish();
    if (!bindAll(q.insertStory,
            { subscription, guid, item.link, item.title, item.author, item.summaryHtml, item.contentHtml, published,
                msOrNull(item.updated), !hasOwnDate(item), now, categoriesJson(item.categories),
                enclosuresJson(item.enclosures), item.thumbnailUrl, itemExcerpt(item), hash }))
        return -1;
    const StoryId id = q.insertStory.lastInsertId().toLongLong();
    const QString body = StoreText::searchBody(item.summaryHtml, item.contentHtml);
    if (!bindAll(q.insertState, { id, published, subscription })
        || !bindAll(q.insertSearch, { id, StoreText::indexText(item.title), body }))
        return -1;
    return id;
}

QSqlError lastErrorOf(const UpsertQueries &q)
{
    for (const QSqlQuery *query : { &q.find, &q.insertStory, &q.insertState, &q.insertSearch, &q.updateStory,
             &q.updateSearch, &q.removed, &q.touchRemoved }) {
        if (query->lastError().isValid())
            return query->lastError();
    }
    return QSqlError(QString(), QStringLiteral("unknown error"));
}

// typeof(), not IS NOT NULL: cleaned_at sits behind the article's html and
// text, on its overflow pages, and SQLite reads a value's type from the
// record's header alone but walks every overflow page to reach its value
// (about 8 KB a row, most of a page of the list's time at a million stories).
const QLatin1String rowColumns("s.id, s.subscription_id, sub.title, s.title, s.link, s.published, s.excerpt,"
                               " st.read, st.starred, typeof(a.cleaned_at) <> 'null'");

StoryRow readRow(const QSqlQuery &query)
{
    StoryRow row;
    row.id = query.value(0).toLongLong();
    row.subscriptionId = query.value(1).toLongLong();
    row.subscriptionTitle = query.value(2).toString();
    row.title = query.value(3).toString();
    row.link = query.value(4).toString();
    row.published = fromMs(query.value(5));
    row.excerpt = query.value(6).toString();
    row.read = query.value(7).toBool();
    row.starred = query.value(8).toBool();
    row.cleaned = query.value(9).toBool();
    return row;
}

// Scan walks the driver's list in order a chunk at a time and asks the FTS
// index about each chunk's rowid range: about limit * stories / matches rows
// walked. Lookup collects every match and sorts them: about `matches` rows.
// Scan costs more per row (kProbeCost collected rows was measured for a
// probe per row, ~60 us against ~8 us at 20,000 stories; a chunk's range
// costs less), so Scan wins once matches exceed min(kProbeCost * driver
// rows, sqrt(kProbeCost * limit * stories)); collecting stops there. With a
// tag the driver is the tag's stories (its story_count). Fewer matches than
// that were all collected on the way (FtsPlan::Ids, in `ids` as a JSON
// array): the list reads them instead of running the MATCH a second time.
struct FtsChoice {
    StoreFilter::FtsPlan plan = StoreFilter::FtsPlan::Lookup;
    QString ids; // with Ids: "[id,id,...]"
    qint64 matches = 0; // with Ids: how many
    int chunk = 0; // with Scan: list rows to hold about two pages of matches
};

FtsChoice ftsPlan(QSqlDatabase &db, const StoreFilter::Sql &sql, int limit)
{
    constexpr double kProbeCost = 8;
    FtsChoice choice;
    QSqlQuery query(db);
    // How many stories, from the ends of the rowid b-tree: count(*) walks a
    // whole index (about 100 ms at a million stories, on every search). Ids
    // only grow, so the span is the count until stories are deleted, and
    // retention deletes mostly the oldest: a close enough estimate.
    if (!run(query,
            QStringLiteral("SELECT coalesce((SELECT max(id) FROM stories) - (SELECT min(id) FROM stories) + 1, 0)"))
        || !query.next())
        return choice;
    const double stories = query.value(0).toDouble();
    double enough = std::sqrt(kProbeCost * double(limit) * stories);
    if (!sql.driverTopicKey.isEmpty()) {
        if (!run(query,
                QStringLiteral("SELECT coalesce((SELECT story_count FROM topics WHERE id = ")
                    + StoreDetail::topicIdSql() + QStringLiteral("), 0)"),
                { sql.driverTopicKey, sql.driverTopicKey })
            || !query.next())
            return choice;
        enough = std::min(enough, kProbeCost * query.value(0).toDouble());
    }
    const qint64 cap = qint64(enough) + 1;
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT rowid FROM stories_fts WHERE stories_fts MATCH ? LIMIT ?"),
            { sql.ftsMatch, cap }))
        return choice;
    QString ids;
    ids.reserve(int(std::min<qint64>(cap, 100000)) * 8);
    ids += QLatin1Char('[');
    qint64 matches = 0;
    while (query.next()) {
        if (matches > 0)
            ids += QLatin1Char(',');
        ids += QString::number(query.value(0).toLongLong());
        ++matches;
    }
    if (query.lastError().isValid())
        return choice;
    if (matches >= cap) {
        choice.plan = StoreFilter::FtsPlan::Scan;
        choice.chunk = int(std::clamp(2.0 * limit * stories / double(cap), 256.0, 20000.0));
        return choice;
    }
    ids += QLatin1Char(']');
    choice.plan = StoreFilter::FtsPlan::Ids;
    choice.ids = ids;
    choice.matches = matches;
    return choice;
}

} // namespace

Result<QList<StoryId>> Store::upsertStories(SubscriptionId id, const QList<ParsedItem> &items)
{
    if (!subscription(id))
        return Error { ErrorCode::NotFound, QStringLiteral("no subscription %1").arg(id), {} };
    Result<StoreDetail::Transaction> transaction
        = StoreDetail::Transaction::begin(d->db, QStringLiteral("saving stories"));
    if (!transaction)
        return transaction.error();
    UpsertQueries queries(d->db);
    if (!queries.prepare())
        return StoreDetail::dbError(lastErrorOf(queries), QStringLiteral("saving stories"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<StoryId> added;
    for (const ParsedItem &item : items) {
        const StoryId story = upsertOne(queries, id, item, now);
        if (story < 0)
            return StoreDetail::dbError(lastErrorOf(queries), QStringLiteral("saving stories"));
        if (story > 0)
            added.append(story);
    }
    if (const Status committed = transaction->commit(QStringLiteral("saving stories")); !committed)
        return committed.error();
    return added;
}

Result<QList<StoryId>> Store::upsertServerStories(const QString &accountId, const QList<ServerStory> &stories)
{
    const QString context = QStringLiteral("saving the server's stories");
    if (accountId.isEmpty() || accountId == LocalAccountId)
        return Error { ErrorCode::InvalidArgument, QStringLiteral("the local account has no server"), {} };
    Result<StoreDetail::Transaction> transaction = StoreDetail::Transaction::begin(d->db, context);
    if (!transaction)
        return transaction.error();
    QSqlQuery query(d->db);
    QHash<QString, SubscriptionId> feeds;
    if (!run(query,
            QStringLiteral("SELECT remote_id, id FROM subscriptions WHERE account_id = ? AND remote_id NOT NULL"),
            { accountId }))
        return dbError(query, context);
    while (query.next())
        feeds.insert(query.value(0).toString(), query.value(1).toLongLong());
    UpsertQueries queries(d->db);
    if (!queries.prepare() || !query.prepare(QStringLiteral("UPDATE stories SET remote_id = ? WHERE id = ?")))
        return StoreDetail::dbError(lastErrorOf(queries), context);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<StoryId> added;
    for (const ServerStory &story : stories) {
        const SubscriptionId subscription = feeds.value(story.feedRemoteId, 0);
        if (subscription == 0 || story.remoteId.isEmpty())
            continue;
        ParsedItem item = story.item;
        if (item.id.isEmpty())
            item.id = QStringLiteral("remote:") + story.remoteId;
        const StoryId id = upsertOne(queries, subscription, item, now);
        if (id < 0)
            return StoreDetail::dbError(lastErrorOf(queries), context);
        if (id == 0)
            continue;
        query.addBindValue(story.remoteId);
        query.addBindValue(id);
        if (!query.exec())
            return dbError(query, context);
        added.append(id);
    }
    if (const Status committed = transaction->commit(context); !committed)
        return committed.error();
    return added;
}

QList<StoryRow> Store::stories(
    const StoryFilter &filter, const std::optional<PageKey> &after, int limit, Error *error) const
{
    QList<StoryRow> rows;
    StoreFilter::Sql sql = StoreFilter::build(filter);
    if (sql.matchesNothing || limit <= 0)
        return rows;
    bool paged = false; // the page picked already (FtsPlan::Ids)
    if (!sql.ftsMatch.isEmpty()) {
        const FtsChoice choice = ftsPlan(d->db, sql, limit);
        if (choice.plan == StoreFilter::FtsPlan::Ids) {
            if (choice.matches == 0)
                return rows;
            // The page's ids first, from the driver's narrow rows (story_state
            // or story_topics, which hold the dates), then only the page's
            // stories: reading every match's story row to sort them cost three
            // times as much (1,600 matches at 100,000 stories: 19 ms against 6).
            StoreFilter::Sql narrow = StoreFilter::build(filter, choice.plan, choice.ids);
            if (after)
                StoreFilter::addAfter(narrow, *after);
            QSqlQuery page(d->db);
            page.setForwardOnly(true);
            const bool ok = page.prepare(
                QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 %5, %1 %5 LIMIT %6")
                    .arg(narrow.idColumn(), narrow.bareFrom(), narrow.where(), narrow.publishedColumn(), narrow.order())
                    .arg(limit));
            for (const QVariant &value : narrow.binds)
                page.addBindValue(value);
            if (!ok || !page.exec()) {
                StoreDetail::reportListError(error, page, QStringLiteral("listing stories"));
                return rows;
            }
            QString ids = QStringLiteral("[");
            while (page.next()) {
                if (ids.size() > 1)
                    ids += QLatin1Char(',');
                ids += QString::number(page.value(0).toLongLong());
            }
            if (ids.size() == 1)
                return rows;
            ids += QLatin1Char(']');
            sql = StoreFilter::byIds(ids, filter.oldestFirst);
            paged = true;
        } else if (choice.plan == StoreFilter::FtsPlan::Scan) {
            // Many matches: the list walked in its order a chunk at a time,
            // each chunk's rowid range asked of the FTS index once (about 1
            // ms), until a page is full. A probe per row re-ran the MATCH
            // every time: three common words at 300,000 stories, 22% of
            // them matching, took ~460 probes and 150-300 ms.
            const StoreFilter::Sql walk = StoreFilter::build(filter, StoreFilter::FtsPlan::Scan);
            std::optional<PageKey> from = after;
            QList<StoryId> picked;
            int chunk = choice.chunk;
            QSqlQuery list(d->db);
            QSqlQuery match(d->db);
            list.setForwardOnly(true);
            match.setForwardOnly(true);
            while (picked.size() < limit) {
                StoreFilter::Sql step = walk;
                if (from)
                    StoreFilter::addAfter(step, *from);
                const bool ok = list.prepare(
                    QStringLiteral("SELECT %1, %2 FROM %3%4 ORDER BY %2 %5, %1 %5 LIMIT %6")
                        .arg(step.idColumn(), step.publishedColumn(), step.bareFrom(), step.where(), step.order())
                        .arg(chunk));
                for (const QVariant &value : step.binds)
                    list.addBindValue(value);
                if (!ok || !list.exec()) {
                    StoreDetail::reportListError(error, list, QStringLiteral("listing stories"));
                    return rows;
                }
                std::vector<std::pair<StoryId, qint64>> listed;
                while (list.next())
                    listed.emplace_back(list.value(0).toLongLong(), list.value(1).toLongLong());
                if (listed.empty())
                    break;
                StoryId low = listed.front().first;
                StoryId high = low;
                for (const auto &row : listed) {
                    low = std::min(low, row.first);
                    high = std::max(high, row.first);
                }
                if (!run(match,
                        QStringLiteral(
                            "SELECT rowid FROM stories_fts WHERE stories_fts MATCH ? AND rowid BETWEEN ? AND ?"),
                        { sql.ftsMatch, low, high })) {
                    StoreDetail::reportListError(error, match, QStringLiteral("listing stories"));
                    return rows;
                }
                QSet<StoryId> matched;
                while (match.next())
                    matched.insert(match.value(0).toLongLong());
                for (const auto &row : listed) {
                    if (matched.contains(row.first)) {
                        picked.append(row.first);
                        if (picked.size() == limit)
                            break;
                    }
                }
                if (int(listed.size()) < chunk)
                    break;
                from = PageKey { QDateTime::fromMSecsSinceEpoch(listed.back().second, Qt::UTC), listed.back().first };
                chunk = std::min(chunk * 2, 20000);
            }
            if (picked.isEmpty())
                return rows;
            QString ids = QStringLiteral("[");
            for (const StoryId id : std::as_const(picked)) {
                if (ids.size() > 1)
                    ids += QLatin1Char(',');
                ids += QString::number(id);
            }
            ids += QLatin1Char(']');
            sql = StoreFilter::byIds(ids, filter.oldestFirst);
            paged = true;
        }
    }
    if (after && !paged)
        StoreFilter::addAfter(sql, *after);
    const QString text
        = QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4 %6, %5 %6 LIMIT %7")
              .arg(rowColumns, sql.rowFrom(), sql.where(), sql.publishedColumn(), sql.idColumn(), sql.order())
              .arg(limit);
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    const bool ok = query.prepare(text);
    for (const QVariant &value : sql.binds)
        query.addBindValue(value);
    if (!ok || !query.exec()) {
        StoreDetail::reportListError(error, query, QStringLiteral("listing stories"));
        return rows;
    }
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

int Store::countStories(const StoryFilter &filter) const
{
    const StoreFilter::Sql sql = StoreFilter::build(filter);
    if (sql.matchesNothing)
        return 0;
    QSqlQuery query(d->db);
    // Every unread story: the per-feed counts kept by triggers add up to it
    // without walking the unread index.
    if (filter.kind == StoryFilter::Kind::Unread) {
        if (run(query, QStringLiteral("SELECT coalesce(sum(unread), 0) FROM unread_counts")) && query.next())
            return query.value(0).toInt();
        return 0;
    }
    const bool ok = query.prepare(QStringLiteral("SELECT count(*) FROM %1%2").arg(sql.bareFrom(), sql.where()));
    for (const QVariant &value : sql.binds)
        query.addBindValue(value);
    if (!ok || !query.exec() || !query.next()) {
        qCWarning(lcStore) << "counting stories failed:" << query.lastError().text();
        return 0;
    }
    return query.value(0).toInt();
}

QSet<StoryId> Store::storiesMatching(const StoryFilter &filter, const QList<StoryId> &ids) const
{
    QSet<StoryId> matching;
    StoreFilter::Sql sql = StoreFilter::build(filter);
    if (sql.matchesNothing || ids.isEmpty())
        return matching;
    // A few hundred ids at a time keeps under SQLite's bound-variable limit.
    constexpr qsizetype Batch = 500;
    for (qsizetype start = 0; start < ids.size(); start += Batch) {
        const QList<StoryId> batch = ids.mid(start, Batch);
        QStringList marks(batch.size(), QStringLiteral("?"));
        QSqlQuery query(d->db);
        query.setForwardOnly(true);
        const QString where = sql.where();
        const bool ok = query.prepare(
            QStringLiteral("SELECT %1 FROM %2%3 %4 %1 IN (%5)")
                .arg(sql.idColumn(), sql.bareFrom(), where,
                    where.isEmpty() ? QStringLiteral("WHERE") : QStringLiteral("AND"), marks.join(QLatin1Char(','))));
        for (const QVariant &value : sql.binds)
            query.addBindValue(value);
        for (StoryId id : batch)
            query.addBindValue(id);
        if (!ok || !query.exec()) {
            qCWarning(lcStore) << "matching stories failed:" << query.lastError().text();
            return matching;
        }
        while (query.next())
            matching.insert(query.value(0).toLongLong());
    }
    return matching;
}

std::optional<StoryDetail> Store::story(StoryId id) const
{
    QSqlQuery query(d->db);
    const QString text = QStringLiteral("SELECT %1, s.guid, s.author, s.summary_html, s.content_html, s.categories,"
                                        " s.enclosures, s.date_is_first_seen FROM %2 WHERE s.id = ?")
                             .arg(rowColumns, StoreFilter::Sql {}.rowFrom());
    if (!run(query, text, { id }) || !query.next())
        return std::nullopt;
    StoryDetail detail;
    detail.row = readRow(query);
    detail.guid = query.value(10).toString();
    detail.author = query.value(11).toString();
    detail.summaryHtml = query.value(12).toString();
    detail.contentHtml = query.value(13).toString();
    detail.categories = categoriesFromJson(query.value(14).toString());
    detail.enclosures = enclosuresFromJson(query.value(15).toString());
    detail.dateIsFirstSeen = query.value(16).toBool();
    StoreDetail::loadArticle(d->db, detail);
    return detail;
}

Result<int> Store::requeueOutdatedArticles(int extractorVersion, int limit)
{
    Result<StoreDetail::Transaction> transaction
        = StoreDetail::Transaction::begin(d->db, QStringLiteral("queueing old articles"));
    if (!transaction)
        return transaction.error();
    QSqlQuery query(d->db);
    if (!run(query, QStringLiteral("SELECT value FROM store_facts WHERE key = 'requeued_for_extractor'")))
        return dbError(query, QStringLiteral("queueing old articles"));
    if (query.next() && query.value(0).toInt() >= extractorVersion)
        return 0;
    // The newest first: those are the ones a reader still opens. Failures
    // (cleaned_at NULL) are not retried here; a new story would be.
    if (!run(query,
            QStringLiteral("INSERT OR IGNORE INTO clean_queue(story_id, published)"
                           " SELECT s.id, s.published FROM articles a JOIN stories s ON s.id = a.story_id"
                           " WHERE a.cleaned_at IS NOT NULL AND a.extractor_version < ?"
                           " ORDER BY s.published DESC, s.id DESC LIMIT ?"),
            { extractorVersion, limit }))
        return dbError(query, QStringLiteral("queueing old articles"));
    const int queued = query.numRowsAffected();
    if (!run(query,
            QStringLiteral("INSERT INTO store_facts(key, value) VALUES ('requeued_for_extractor', ?)"
                           " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            { extractorVersion }))
        return dbError(query, QStringLiteral("queueing old articles"));
    if (const Status committed = transaction->commit(QStringLiteral("queueing old articles")); !committed)
        return committed.error();
    return queued;
}

QList<StoryId> Store::storiesWithoutArticle(int limit, Error *error) const
{
    QList<StoryId> ids;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (!run(query,
            QStringLiteral("SELECT q.story_id FROM clean_queue q JOIN stories s ON s.id = q.story_id"
                           " JOIN subscriptions sub ON sub.id = s.subscription_id WHERE sub.full_text = 0"
                           " ORDER BY q.published DESC, q.story_id DESC LIMIT ?"),
            { limit })) {
        StoreDetail::reportListError(error, query, QStringLiteral("listing stories to clean"));
        return ids;
    }
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

} // namespace Core
