// Store: a topic's identity under its names, and what the user chose about
// it (follow, rename, block); the summary a topic's list shows.

#include "storage/store.h"
#include "store_private.h"
#include "topics/topics.h"

#include <QSqlQuery>

#include <algorithm>

namespace Core {

using StoreDetail::dbError;
using StoreDetail::run;

namespace {

const QLatin1String infoColumns("t.id, coalesce(nullif(t.display_name, ''), t.name), t.key, t.story_count,"
                                " t.unread_count, t.followed, t.blocked");

TopicInfo readInfo(const QSqlQuery &query)
{
    TopicInfo info;
    info.name = query.value(1).toString();
    info.key = query.value(2).toString();
    info.stories = query.value(3).toInt();
    info.unread = query.value(4).toInt();
    info.followed = query.value(5).toBool();
    info.blocked = query.value(6).toBool();
    return info;
}

// The id of the topic a name means (StoreDetail::topicIdSql), 0 when none.
qint64 topicId(QSqlDatabase &db, const QString &nameOrAlias)
{
    const QString key = Topics::key(nameOrAlias);
    if (key.isEmpty())
        return 0;
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT ") + StoreDetail::topicIdSql(), { key, key }) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

QStringList aliasesOf(QSqlDatabase &db, qint64 id)
{
    QStringList aliases;
    QSqlQuery query(db);
    if (run(query, QStringLiteral("SELECT alias FROM topic_aliases WHERE topic_id = ? ORDER BY alias"), { id })) {
        while (query.next())
            aliases.append(query.value(0).toString());
    }
    return aliases;
}

Status setFlag(QSqlDatabase &db, const QString &nameOrAlias, const QString &column, bool on, const QString &context)
{
    const qint64 id = topicId(db, nameOrAlias);
    if (id == 0)
        return Error { ErrorCode::NotFound, QStringLiteral("no topic %1").arg(nameOrAlias), {} };
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("UPDATE topics SET %1 = ? WHERE id = ?").arg(column), { on ? 1 : 0, id }))
        return dbError(query, context);
    return Ok {};
}

QList<TopicInfo> listTopics(QSqlDatabase &db, const QString &where, Error *error, const QString &context)
{
    QList<TopicInfo> topics;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT %1 FROM topics t WHERE %2").arg(infoColumns, where))) {
        StoreDetail::reportListError(error, query, context);
        return topics;
    }
    while (query.next())
        topics.append(readInfo(query));
    std::sort(topics.begin(), topics.end(),
        [](const TopicInfo &a, const TopicInfo &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return topics;
}

} // namespace

std::optional<TopicInfo> Store::topic(const QString &nameOrAlias) const
{
    const qint64 id = topicId(d->db, nameOrAlias);
    if (id == 0)
        return std::nullopt;
    QSqlQuery query(d->db);
    if (!run(query, QStringLiteral("SELECT %1 FROM topics t WHERE t.id = ?").arg(infoColumns), { id }) || !query.next())
        return std::nullopt;
    TopicInfo info = readInfo(query);
    info.aliases = aliasesOf(d->db, id);
    return info;
}

Status Store::setTopicFollowed(const QString &nameOrAlias, bool followed)
{
    return setFlag(d->db, nameOrAlias, QStringLiteral("followed"), followed, QStringLiteral("following a topic"));
}

Status Store::setTopicBlocked(const QString &nameOrAlias, bool blocked)
{
    return setFlag(d->db, nameOrAlias, QStringLiteral("blocked"), blocked, QStringLiteral("blocking a topic"));
}

Status Store::renameTopic(const QString &nameOrAlias, const QString &name)
{
    const QString context = QStringLiteral("renaming a topic");
    Result<StoreDetail::Transaction> transaction = StoreDetail::Transaction::begin(d->db, context);
    if (!transaction)
        return transaction.error();
    const qint64 id = topicId(d->db, nameOrAlias);
    if (id == 0)
        return Error { ErrorCode::NotFound, QStringLiteral("no topic %1").arg(nameOrAlias), {} };
    const QString display = name.simplified();
    const QString key = Topics::key(display);
    QSqlQuery query(d->db);
    if (!key.isEmpty()) {
        if (!run(query, QStringLiteral("SELECT 1 FROM topics WHERE key = ? AND id <> ?"), { key, id }))
            return dbError(query, context);
        if (query.next())
            return Error { ErrorCode::Duplicate, QStringLiteral("another topic is named %1").arg(display), {} };
        // The new name finds the topic too (a chip click, topic:"...").
        if (!run(query,
                QStringLiteral("INSERT OR IGNORE INTO topic_aliases(alias, topic_id)"
                               " SELECT ?, id FROM topics WHERE id = ? AND key <> ?"),
                { key, id, key }))
            return dbError(query, context);
    }
    if (!run(query, QStringLiteral("UPDATE topics SET display_name = ? WHERE id = ?"), { display, id }))
        return dbError(query, context);
    if (const Status committed = transaction->commit(context); !committed)
        return committed.error();
    return Ok {};
}

QList<TopicInfo> Store::followedTopics(Error *error) const
{
    return listTopics(
        d->db, QStringLiteral("t.followed = 1 AND t.blocked = 0"), error, QStringLiteral("listing followed topics"));
}

QList<TopicInfo> Store::blockedTopics(Error *error) const
{
    return listTopics(d->db, QStringLiteral("t.blocked = 1"), error, QStringLiteral("listing blocked topics"));
}

std::optional<TopicSummary> Store::topicSummary(const QString &nameOrAlias, int relatedLimit) const
{
    const std::optional<TopicInfo> info = topic(nameOrAlias);
    if (!info)
        return std::nullopt;
    const qint64 id = topicId(d->db, nameOrAlias);
    TopicSummary summary;
    summary.topic = *info;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    // Kept by triggers per (topic, feed); a deleted feed's rows go with it.
    if (run(query, QStringLiteral("SELECT count(*) FROM topic_feeds WHERE topic_id = ? AND stories > 0"), { id })
        && query.next())
        summary.feeds = query.value(0).toInt();
    // Co-occurrence over the newest stories only: a topic with 100,000
    // stories costs the same as one with RelatedWindow.
    if (run(query,
            QStringLiteral("SELECT %1, x.shared FROM (SELECT o.topic_id, count(*) AS shared"
                           " FROM (SELECT story_id FROM story_topics WHERE topic_id = ?"
                           " ORDER BY published DESC, story_id DESC LIMIT %2) r"
                           " JOIN story_topics o ON o.story_id = r.story_id"
                           " WHERE o.topic_id <> ? GROUP BY o.topic_id) x JOIN topics t ON t.id = x.topic_id"
                           " WHERE t.blocked = 0 ORDER BY x.shared DESC, t.story_count DESC, t.id LIMIT ?")
                .arg(StoreDetail::topicNameSql())
                .arg(RelatedWindow),
            { id, id, relatedLimit })) {
        while (query.next())
            summary.related.append(TopicCount { query.value(0).toString(), query.value(1).toInt() });
    }
    return summary;
}

} // namespace Core
