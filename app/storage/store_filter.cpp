#include "store_filter.h"

#include "store_private.h"
#include "store_search.h"
#include "topics/topics.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace Core::StoreFilter {

namespace {

void addCondition(Sql &sql, const QString &condition, const QVariantList &binds = {})
{
    QString resolved = condition;
    resolved.replace(QLatin1String("{id}"), sql.idColumn());
    resolved.replace(QLatin1String("{published}"), sql.publishedColumn());
    sql.conditions.append(resolved);
    sql.binds.append(binds);
}

void buildSearch(Sql &sql, const QString &text, FtsPlan plan, const QString &matchedIds)
{
    const StoreSearch::Query query = StoreSearch::parse(text);
    if (query.isEmpty()) {
        sql.matchesNothing = true;
        return;
    }
    qsizetype firstTag = 0;
    if (query.tags.isEmpty() && plan == FtsPlan::Ids && !query.terms.isEmpty()) {
        // The matches' dates in story_state's narrow rows: the page is picked
        // there, without reading each match's story.
        sql.driver = Driver::State;
    }
    if (!query.tags.isEmpty()) {
        // The first tag drives: its stories are already in list order.
        sql.driver = Driver::StoryTopics;
        const QString key = Topics::key(query.tags.first());
        sql.driverTopicKey = key;
        addCondition(sql, QStringLiteral("tt.topic_id = ") + StoreDetail::topicIdSql(), { key, key });
        firstTag = 1;
    }
    for (qsizetype i = firstTag; i < query.tags.size(); ++i)
        addCondition(sql,
            QStringLiteral("{id} IN (SELECT story_id FROM story_topics WHERE topic_id = ") + StoreDetail::topicIdSql()
                + QLatin1Char(')'),
            { Topics::key(query.tags.at(i)), Topics::key(query.tags.at(i)) });
    if (!query.terms.isEmpty()) {
        sql.ftsMatch = StoreSearch::ftsExpression(query.terms);
        // Scan: the caller matches the list's chunks (Store::stories).
        if (plan == FtsPlan::Ids)
            addCondition(sql, QStringLiteral("{id} IN (SELECT value FROM json_each(?))"), { matchedIds });
        else if (plan == FtsPlan::Lookup)
            addCondition(sql, QStringLiteral("{id} IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?)"),
                { sql.ftsMatch });
    }
    for (const StoreSearch::Term &term : query.excluded)
        addCondition(sql, QStringLiteral("{id} NOT IN (SELECT rowid FROM stories_fts WHERE stories_fts MATCH ?)"),
            { StoreSearch::ftsExpression({ term }) });
}

} // namespace

QString Sql::publishedColumn() const
{
    switch (driver) {
    case Driver::Stories:
        return QStringLiteral("s.published");
    case Driver::State:
        return QStringLiteral("st.published");
    case Driver::StoryTopics:
        return QStringLiteral("tt.published");
    }
    return {};
}

QString Sql::idColumn() const
{
    switch (driver) {
    case Driver::Stories:
        return QStringLiteral("s.id");
    case Driver::State:
        return QStringLiteral("st.story_id");
    case Driver::StoryTopics:
        return QStringLiteral("tt.story_id");
    }
    return {};
}

QString Sql::bareFrom() const
{
    switch (driver) {
    case Driver::Stories:
        return QStringLiteral("stories s");
    case Driver::State:
        return QStringLiteral("story_state st");
    case Driver::StoryTopics:
        return QStringLiteral("story_topics tt");
    }
    return {};
}

QString Sql::rowFrom() const
{
    // CROSS JOIN keeps the driver as the outer loop: SQLite never reorders it.
    QString from;
    switch (driver) {
    case Driver::Stories:
        from = QStringLiteral("stories s CROSS JOIN story_state st ON st.story_id = s.id");
        break;
    case Driver::State:
        from = QStringLiteral("story_state st CROSS JOIN stories s ON s.id = st.story_id");
        break;
    case Driver::StoryTopics:
        from = QStringLiteral("story_topics tt CROSS JOIN stories s ON s.id = tt.story_id"
                              " CROSS JOIN story_state st ON st.story_id = s.id");
        break;
    }
    return from
        + QStringLiteral(" CROSS JOIN subscriptions sub ON sub.id = s.subscription_id"
                         " LEFT JOIN articles a ON a.story_id = s.id");
}

QString Sql::order() const
{
    return ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
}

QString Sql::where() const
{
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Sql build(const StoryFilter &filter, FtsPlan plan, const QString &matchedIds)
{
    Sql sql;
    sql.ascending = filter.oldestFirst;
    using Kind = StoryFilter::Kind;
    switch (filter.kind) {
    case Kind::All:
        break;
    case Kind::Unread:
        sql.driver = Driver::State;
        addCondition(sql, QStringLiteral("st.read = 0")); // matches the partial index
        break;
    case Kind::Starred:
        sql.driver = Driver::State;
        addCondition(sql, QStringLiteral("st.starred = 1"));
        break;
    case Kind::Today:
        // Unread today: the partial unread index is ordered by published, so it drives.
        if (filter.unreadOnly)
            sql.driver = Driver::State;
        addCondition(sql, QStringLiteral("{published} >= ?"),
            { QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch() });
        break;
    case Kind::Subscription:
        addCondition(sql, QStringLiteral("s.subscription_id = ?"), { filter.id });
        break;
    case Kind::Folder:
        addCondition(sql,
            QStringLiteral("s.subscription_id IN (SELECT id FROM subscriptions WHERE folder_id IN ("
                           "WITH RECURSIVE tree(id) AS (SELECT ? UNION"
                           " SELECT f.id FROM folders f JOIN tree ON f.parent_id = tree.id)"
                           " SELECT id FROM tree))"),
            { filter.id });
        break;
    case Kind::Topic: {
        sql.driver = Driver::StoryTopics;
        const QString key = Topics::key(filter.topic);
        addCondition(sql, QStringLiteral("tt.topic_id = ") + StoreDetail::topicIdSql(), { key, key });
        break;
    }
    case Kind::Search:
        buildSearch(sql, filter.query, plan, matchedIds);
        break;
    case Kind::Account:
        addCondition(sql, QStringLiteral("s.subscription_id IN (SELECT id FROM subscriptions WHERE account_id = ?)"),
            { filter.account });
        break;
    }
    if (filter.unreadOnly && filter.kind != Kind::Unread) {
        if (sql.driver == Driver::State)
            addCondition(sql, QStringLiteral("st.read = 0"));
        else
            addCondition(sql, QStringLiteral("{id} IN (SELECT story_id FROM story_state WHERE read = 0)"));
    }
    return sql;
}

Sql byIds(const QString &ids, bool ascending)
{
    Sql sql;
    sql.ascending = ascending;
    addCondition(sql, QStringLiteral("{id} IN (SELECT value FROM json_each(?))"), { ids });
    return sql;
}

void addAfter(Sql &sql, const PageKey &key)
{
    addCondition(sql,
        sql.ascending ? QStringLiteral("({published}, {id}) > (?, ?)") : QStringLiteral("({published}, {id}) < (?, ?)"),
        { key.published.toMSecsSinceEpoch(), key.id });
}

void addBefore(Sql &sql, const PageKey &key)
{
    addCondition(sql,
        sql.ascending ? QStringLiteral("({published}, {id}) < (?, ?)") : QStringLiteral("({published}, {id}) > (?, ?)"),
        { key.published.toMSecsSinceEpoch(), key.id });
}

} // namespace Core::StoreFilter
