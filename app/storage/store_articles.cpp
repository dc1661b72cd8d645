// Store: cleaned articles, their topics and the search index text.

#include "storage/store.h"
#include "store_private.h"
#include "store_text.h"
#include "topics/topics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace Core {

using StoreDetail::dbError;
using StoreDetail::run;

namespace {

QString dateText(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODateWithMs) : QString();
}

Status storyExists(QSqlDatabase &db, StoryId id)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT 1 FROM stories WHERE id = ?"), { id }))
        return dbError(query, QStringLiteral("finding a story"));
    if (!query.next())
        return Error { ErrorCode::NotFound, QStringLiteral("no story %1").arg(id), {} };
    return Ok {};
}

bool writeArticle(QSqlQuery &query, StoryId id, const Article &article)
{
    QJsonArray tags;
    for (const RawTag &tag : article.rawTags)
        tags.append(encodeRawTag(tag));
    const QString rawTags = QString::fromUtf8(QJsonDocument(tags).toJson(QJsonDocument::Compact));
    return run(query,
        QStringLiteral(
            "INSERT INTO articles(story_id, url, html, text, title, byline, published, updated, site_name, lang,"
            " dir, lead_image_url, lead_image_alt, excerpt, word_count, reading_minutes, readerable,"
            " not_readerable_reason, raw_tags, extractor_version, cleaned_at, error_code, error_detail)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '')"
            " ON CONFLICT(story_id) DO UPDATE SET url = excluded.url, html = excluded.html,"
            " text = excluded.text, title = excluded.title, byline = excluded.byline,"
            " published = excluded.published, updated = excluded.updated, site_name = excluded.site_name,"
            " lang = excluded.lang, dir = excluded.dir, lead_image_url = excluded.lead_image_url,"
            " lead_image_alt = excluded.lead_image_alt, excerpt = excluded.excerpt,"
            " word_count = excluded.word_count, reading_minutes = excluded.reading_minutes,"
            " readerable = excluded.readerable, not_readerable_reason = excluded.not_readerable_reason,"
            " raw_tags = excluded.raw_tags, extractor_version = excluded.extractor_version,"
            " cleaned_at = excluded.cleaned_at, error_code = '', error_detail = ''"),
        { id, article.url, article.html, article.text, article.title, article.byline, dateText(article.published),
            dateText(article.updated), article.siteName, article.lang, article.dir, article.leadImageUrl,
            article.leadImageAlt, article.excerpt, article.wordCount, article.readingMinutes,
            article.readerable ? 1 : 0, article.notReaderableReason, rawTags, article.extractorVersion,
            QDateTime::currentMSecsSinceEpoch() });
}

Status countTerms(QSqlDatabase &db, const QStringList &terms)
{
    if (terms.isEmpty())
        return Ok {};
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO term_stories(term, stories) VALUES (?, 1)"
                                      " ON CONFLICT(term) DO UPDATE SET stories = stories + 1")))
        return dbError(query, QStringLiteral("counting an article's terms"));
    for (const QString &term : terms) {
        query.addBindValue(term);
        if (!query.exec())
            return dbError(query, QStringLiteral("counting an article's terms"));
    }
    return Ok {};
}

struct Chip {
    QString name;
    QString key;
    QStringList aliases; // case-folded, without the chip's own key
};

QList<Chip> chipsOf(const Article &article)
{
    QList<Chip> chips;
    QSet<QString> seen;
    for (qsizetype i = 0; i < article.topics.size(); ++i) {
        Chip chip;
        chip.name = article.topics.at(i).simplified();
        chip.key = Topics::key(chip.name);
        if (chip.key.isEmpty() || seen.contains(chip.key))
            continue;
        seen.insert(chip.key);
        const QStringList aliases = i < article.topicAliases.size() ? article.topicAliases.at(i) : QStringList();
        for (const QString &alias : aliases) {
            const QString key = Topics::key(alias);
            if (!key.isEmpty() && key != chip.key && !chip.aliases.contains(key))
                chip.aliases.append(key);
        }
        chips.append(chip);
    }
    return chips;
}

// Resolves topics by name for one story's save. Every lookup is indexed.
class TopicResolver final {
public:
    explicit TopicResolver(QSqlDatabase &db)
        : m_query(db)
    {
    }

    QString failure() const { return m_query.lastError().text(); }

    // The topic whose key this is, 0 when none, -1 on error.
    qint64 byKey(const QString &key)
    {
        if (!run(m_query, QStringLiteral("SELECT id FROM topics WHERE key = ?"), { key }))
            return -1;
        return m_query.next() ? m_query.value(0).toLongLong() : 0;
    }

    // The topics this key is an alias of (empty on error too: check ok()).
    QList<qint64> byAlias(const QString &key)
    {
        QList<qint64> ids;
        m_ok = run(m_query, QStringLiteral("SELECT topic_id FROM topic_aliases WHERE alias = ?"), { key });
        while (m_ok && m_query.next())
            ids.append(m_query.value(0).toLongLong());
        return ids;
    }

    bool ok() const { return m_ok; }

    // The topics the story's other chips name (by key, else by alias).
    QSet<qint64> contextOf(const QList<Chip> &chips, const Chip &self)
    {
        QSet<qint64> context;
        for (const Chip &other : chips) {
            if (other.key == self.key)
                continue;
            const qint64 id = byKey(other.key);
            if (id > 0)
                context.insert(id);
            else if (id == 0) {
                for (const qint64 aliasOf : byAlias(other.key))
                    context.insert(aliasOf);
            }
        }
        return context;
    }

    // On how many of the topic's newest stories (other than `story`) a
    // context topic appears too; -1 on error.
    qint64 overlap(qint64 topic, const QSet<qint64> &context, StoryId story)
    {
        if (context.isEmpty())
            return 0;
        QStringList list;
        for (const qint64 id : context)
            list.append(QString::number(id));
        const QString sql = QStringLiteral("SELECT count(*) FROM (SELECT story_id FROM story_topics WHERE topic_id = ?"
                                           " AND story_id <> ? ORDER BY published DESC, story_id DESC LIMIT %1) r"
                                           " JOIN story_topics o ON o.story_id = r.story_id WHERE o.topic_id IN (%2)")
                                .arg(Store::RelatedWindow)
                                .arg(list.join(QLatin1Char(',')));
        if (!run(m_query, sql, { topic, story }) || !m_query.next())
            return -1;
        return m_query.value(0).toLongLong();
    }

    // The topic, unless it is on three stories or more, the story's other
    // chips name topics the store knows, and none of them appears on the
    // topic's recent stories (then 0).
    qint64 unlessContextDisagrees(qint64 topic, const QList<Chip> &chips, const Chip &self, StoryId story)
    {
        QSet<qint64> context = contextOf(chips, self);
        context.remove(topic);
        if (context.isEmpty())
            return topic;
        // A topic on one or two stories has too little company to disagree with.
        constexpr qint64 MinStoriesToDisagree = 3;
        if (!run(m_query, QStringLiteral("SELECT story_count FROM topics WHERE id = ?"), { topic }) || !m_query.next())
            return -1;
        if (m_query.value(0).toLongLong() < MinStoriesToDisagree)
            return topic;
        const qint64 shared = overlap(topic, context, story);
        return shared < 0 ? -1 : (shared > 0 ? topic : 0);
    }

    // Of the topics one alias names, the one whose recent stories share a
    // topic with the story's other chips; 0 when none does or two tie.
    qint64 byContext(const QList<qint64> &candidates, const QList<Chip> &chips, const Chip &self, StoryId story)
    {
        QSet<qint64> context = contextOf(chips, self);
        for (const qint64 candidate : candidates)
            context.remove(candidate);
        qint64 best = 0;
        qint64 bestOverlap = 0;
        bool tie = false;
        for (const qint64 candidate : candidates) {
            const qint64 shared = overlap(candidate, context, story);
            if (shared > bestOverlap) {
                best = candidate;
                bestOverlap = shared;
                tie = false;
            } else if (shared == bestOverlap && shared > 0) {
                tie = true;
            }
        }
        return tie ? 0 : best;
    }

    // A topic known only by a short form ("Putin", from stories that never
    // gave the full name) that a chip now names as its alias: it is folded
    // into the chip's topic when nothing says they differ and the context
    // agrees. The short topic has no aliases and no user choice of its own,
    // its words are all in the chip's name, no other topic claims the alias
    // ("lee" of Robert and Barbara Lee), and its stories share a topic with
    // this story's other chips (a reporter "Lee" on weather stories never
    // joins a politician). Returns the folded topic's id, 0 when none, -1 on
    // error.
    qint64 foldShortForm(const QString &alias, qint64 topic, const QList<Chip> &chips, const Chip &self, StoryId story)
    {
        const QStringList chipWords = self.key.split(QLatin1Char(' '));
        for (const QString &word : alias.split(QLatin1Char(' '))) {
            if (!chipWords.contains(word))
                return 0;
        }
        if (!run(m_query,
                QStringLiteral("SELECT t.id FROM topics t WHERE t.key = ? AND t.id <> ? AND t.followed = 0"
                               " AND t.blocked = 0 AND t.display_name = ''"
                               " AND NOT EXISTS (SELECT 1 FROM topic_aliases a WHERE a.topic_id = t.id)"
                               " AND NOT EXISTS (SELECT 1 FROM topic_aliases b WHERE b.alias = t.key"
                               " AND b.topic_id <> ?)"),
                { alias, topic, topic }))
            return -1;
        if (!m_query.next())
            return 0;
        const qint64 shortTopic = m_query.value(0).toLongLong();
        QSet<qint64> context = contextOf(chips, self);
        context.remove(shortTopic);
        context.remove(topic);
        const qint64 shared = overlap(shortTopic, context, story);
        if (shared <= 0)
            return shared;
        // Row by row through the triggers, so every count stays exact.
        if (!run(m_query,
                QStringLiteral("INSERT OR IGNORE INTO story_topics(story_id, topic_id, rank, published)"
                               " SELECT story_id, ?, rank, published FROM story_topics"
                               " WHERE topic_id = ?"),
                { topic, shortTopic })
            || !run(m_query, QStringLiteral("DELETE FROM story_topics WHERE topic_id = ?"), { shortTopic })
            || !run(m_query, QStringLiteral("DELETE FROM topics WHERE id = ?"), { shortTopic }))
            return -1;
        return shortTopic;
    }

private:
    QSqlQuery m_query;
    bool m_ok = true;
};

// Replaces the story's topics. Each chip resolves to one topic: the one with
// its key; else the only one it is an alias of, unless the context
// disagrees; else, when an alias names
// several ("lee"), the one whose stories share topics with this story's other
// chips; else a topic of its own. The chip's aliases are recorded on its
// topic, except an alias that is another topic's key: two names the store
// already knows apart are never merged by an alias. The one exception is a
// topic known only by that short form, folded in when the context agrees
// (TopicResolver::foldShortForm). Returns the text search
// covers (names and aliases), or an error.
Result<QString> writeTopics(QSqlDatabase &db, StoryId id, const Article &article)
{
    const QString context = QStringLiteral("saving topics");
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("DELETE FROM story_topics WHERE story_id = ?"), { id }))
        return dbError(query, QStringLiteral("replacing topics"));
    const QList<Chip> chips = chipsOf(article);
    TopicResolver resolver(db);
    QList<qint64> kept;
    QStringList searchText;
    for (const Chip &chip : chips) {
        qint64 topic = resolver.byKey(chip.key);
        if (topic == 0) {
            const QList<qint64> named = resolver.byAlias(chip.key);
            if (!resolver.ok())
                return Error { ErrorCode::DatabaseError, context + QStringLiteral(": ") + resolver.failure(), {} };
            // Even the one topic an alias names is joined only when the
            // context does not disagree: "House" in a story whose other chips
            // the store knows, none of them ever beside "Blue House", is
            // another House.
            if (named.size() == 1)
                topic = resolver.unlessContextDisagrees(named.first(), chips, chip, id);
            else if (named.size() > 1)
                topic = resolver.byContext(named, chips, chip, id);
        }
        if (topic < 0)
            return Error { ErrorCode::DatabaseError, context + QStringLiteral(": ") + resolver.failure(), {} };
        if (topic == 0) {
            if (!run(query, QStringLiteral("INSERT INTO topics(name, key) VALUES (?, ?)"), { chip.name, chip.key }))
                return dbError(query, context);
            topic = query.lastInsertId().toLongLong();
        }
        for (const QString &alias : chip.aliases) {
            const qint64 folded = resolver.foldShortForm(alias, topic, chips, chip, id);
            if (folded < 0)
                return Error { ErrorCode::DatabaseError, context + QStringLiteral(": ") + resolver.failure(), {} };
            if (folded > 0 && kept.contains(folded)) {
                // An earlier chip of this story named the short form: its row moved.
                kept.removeAll(folded);
                if (!kept.contains(topic))
                    kept.append(topic);
            }
            if (!run(query,
                    QStringLiteral("INSERT OR IGNORE INTO topic_aliases(alias, topic_id) SELECT ?, ?"
                                   " WHERE NOT EXISTS (SELECT 1 FROM topics WHERE key = ?)"),
                    { alias, topic, alias }))
                return dbError(query, context);
        }
        searchText.append(chip.name);
        searchText.append(chip.aliases);
        if (kept.contains(topic))
            continue; // two chips of one story naming one topic
        if (!run(query,
                QStringLiteral("INSERT INTO story_topics(story_id, topic_id, rank, published)"
                               " SELECT ?, ?, ?, s.published FROM stories s WHERE s.id = ?"),
                { id, topic, kept.size(), id }))
            return dbError(query, context);
        kept.append(topic);
    }
    return searchText.join(QStringLiteral(" ; "));
}

} // namespace

Status Store::saveArticle(StoryId id, const Article &article)
{
    Result<StoreDetail::Transaction> transaction
        = StoreDetail::Transaction::begin(d->db, QStringLiteral("saving an article"));
    if (!transaction)
        return transaction.error();
    if (const Status status = storyExists(d->db, id); !status)
        return status;
    QSqlQuery query(d->db);
    // A story counts towards term rarity once: re-cleaning it adds nothing.
    const bool firstArticle
        = run(query, QStringLiteral("SELECT 1 FROM articles WHERE story_id = ? AND cleaned_at IS NOT NULL"), { id })
        && !query.next();
    if (!writeArticle(query, id, article))
        return dbError(query, QStringLiteral("saving an article"));
    if (firstArticle) {
        if (const Status counted = countTerms(d->db, article.documentTerms); !counted)
            return counted;
    }
    const Result<QString> topics = writeTopics(d->db, id, article);
    if (!topics)
        return topics.error();
    // The list shows the article's text and search covers it; a page that
    // gave no text keeps what the feed said.
    const QString text = article.text.simplified();
    const QString &topicText = *topics;
    const bool ok = text.isEmpty()
        ? run(query, QStringLiteral("UPDATE stories_fts SET topics = ? WHERE rowid = ?"),
            { StoreText::indexText(topicText), id })
        : run(query, QStringLiteral("UPDATE stories SET excerpt = ? WHERE id = ?"), { StoreText::excerpt(text), id })
            && run(query, QStringLiteral("UPDATE stories_fts SET body = ?, topics = ? WHERE rowid = ?"),
                { StoreText::indexText(article.text), StoreText::indexText(topicText), id });
    if (!ok)
        return dbError(query, QStringLiteral("indexing an article"));
    if (const Status committed = transaction->commit(QStringLiteral("saving an article")); !committed)
        return committed.error();
    return Ok {};
}

Status Store::saveCleanFailure(StoryId id, const Error &reason)
{
    if (const Status status = storyExists(d->db, id); !status)
        return status;
    // An article cleaned earlier stays; the failure is only noted beside it.
    QSqlQuery query(d->db);
    if (!run(query,
            QStringLiteral("INSERT INTO articles(story_id, error_code, error_detail) VALUES (?, ?, ?)"
                           " ON CONFLICT(story_id) DO UPDATE SET error_code = excluded.error_code,"
                           " error_detail = excluded.error_detail"),
            { id, StoreDetail::storedCode(reason), reason.detail }))
        return dbError(query, QStringLiteral("saving a cleaning failure"));
    return Ok {};
}

QList<TopicCount> Store::topicsLike(const QString &prefix, int limit, Error *error) const
{
    QList<TopicCount> result;
    const QString key = Topics::key(prefix);
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    // A prefix of the whole name or of any word in it ("jin" finds "Xi Jinping").
    if (!run(query,
            QStringLiteral("SELECT %1, t.story_count FROM topics t WHERE t.story_count > 0 AND t.blocked = 0"
                           " AND (substr(t.key, 1, length(?)) = ? OR instr(t.key, ' ' || ?) > 0)"
                           " ORDER BY t.story_count DESC, t.key LIMIT ?")
                .arg(StoreDetail::topicNameSql()),
            { key, key, key, limit })) {
        StoreDetail::reportListError(error, query, QStringLiteral("completing topics"));
        return result;
    }
    while (query.next())
        result.append(TopicCount { query.value(0).toString(), query.value(1).toInt() });
    return result;
}

CorpusStats Store::corpusStats() const
{
    CorpusStats stats;
    QSqlQuery query(d->db);
    query.setForwardOnly(true);
    if (run(query, QStringLiteral("SELECT count(*) FROM stories")) && query.next())
        stats.documentCount = query.value(0).toLongLong();
    if (run(query, QStringLiteral("SELECT key, story_count FROM topics WHERE story_count > 0"))) {
        while (query.next())
            stats.knownTopics.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    // The user's block list: every blocked topic's key, and its aliases
    // that name no topic the user still wants.
    if (run(query,
            QStringLiteral("SELECT key FROM topics WHERE blocked = 1 UNION"
                           " SELECT a.alias FROM topic_aliases a JOIN topics t ON t.id = a.topic_id WHERE t.blocked = 1"
                           " AND NOT EXISTS (SELECT 1 FROM topic_aliases b JOIN topics u ON u.id = b.topic_id"
                           " WHERE b.alias = a.alias AND u.blocked = 0)"))) {
        while (query.next())
            stats.blockedTopics.insert(query.value(0).toString());
    }
    // Only the commonest terms: rarity only ever lowers a term's rank, and a
    // term missing here counts as seen on no other story. The cap keeps this
    // to a few milliseconds however large the store grows.
    if (run(query,
            QStringLiteral("SELECT term, stories FROM term_stories WHERE stories >= 2 ORDER BY stories DESC LIMIT %1")
                .arg(MaxCorpusTerms))) {
        while (query.next())
            stats.documentFrequency.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    // Every site's own counts (terms that open with U+001F: the site, and each
    // tag it gives), however rare among all terms: the tagger learns a
    // site's furniture from them. A range of the primary key: no scan.
    if (run(query,
            QStringLiteral("SELECT term, stories FROM term_stories WHERE term >= char(31) AND term < char(32)"
                           " AND stories >= 3"))) {
        while (query.next())
            stats.documentFrequency.insert(query.value(0).toString(), query.value(1).toLongLong());
    }
    return stats;
}

QHash<StoryId, QStringList> Store::storyTopics(const QList<StoryId> &ids) const
{
    QHash<StoryId, QStringList> result;
    QSqlQuery query(d->db);
    if (!query.prepare(QStringLiteral("SELECT %1 FROM story_topics x JOIN topics t ON t.id = x.topic_id"
                                      " WHERE x.story_id = ? AND t.blocked = 0 ORDER BY x.rank")
                           .arg(StoreDetail::topicNameSql())))
        return result;
    for (const StoryId id : ids) {
        query.addBindValue(id);
        if (!query.exec())
            continue;
        QStringList names;
        while (query.next())
            names.append(query.value(0).toString());
        if (!names.isEmpty())
            result.insert(id, names);
    }
    return result;
}

namespace StoreDetail {

void loadArticle(QSqlDatabase &db, StoryDetail &detail)
{
    const StoryId id = detail.row.id;
    QSqlQuery query(db);
    if (run(query,
            QStringLiteral("SELECT %1, t.story_count FROM story_topics x JOIN topics t ON t.id = x.topic_id"
                           " WHERE x.story_id = ? AND t.blocked = 0 ORDER BY x.rank")
                .arg(topicNameSql()),
            { id })) {
        while (query.next())
            detail.topics.append(TopicCount { query.value(0).toString(), query.value(1).toInt() });
    }
    if (!run(query,
            QStringLiteral("SELECT url, html, text, title, byline, published, updated, site_name, lang, dir,"
                           " lead_image_url, lead_image_alt, excerpt, word_count, reading_minutes, readerable,"
                           " not_readerable_reason, raw_tags, extractor_version, cleaned_at, error_code,"
                           " error_detail"
                           " FROM articles WHERE story_id = ?"),
            { id })
        || !query.next())
        return;
    const bool readerable = query.value(15).toBool();
    const QString reason = query.value(16).toString();
    detail.cleanError = storedError(query.value(20), query.value(21));
    if (detail.cleanError.code == ErrorCode::None && !readerable && !query.value(19).isNull())
        detail.cleanError = { ErrorCode::NotAnArticle, reason, {} };
    if (query.value(19).isNull())
        return;
    Article article;
    article.url = query.value(0).toString();
    article.html = query.value(1).toString();
    article.text = query.value(2).toString();
    article.title = query.value(3).toString();
    article.byline = query.value(4).toString();
    article.published = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    article.updated = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    article.siteName = query.value(7).toString();
    article.lang = query.value(8).toString();
    article.dir = query.value(9).toString();
    article.leadImageUrl = query.value(10).toString();
    article.leadImageAlt = query.value(11).toString();
    article.excerpt = query.value(12).toString();
    article.wordCount = query.value(13).toInt();
    article.readingMinutes = query.value(14).toInt();
    article.readerable = readerable;
    article.notReaderableReason = reason;
    for (const QJsonValue &tag : QJsonDocument::fromJson(query.value(17).toString().toUtf8()).array())
        article.rawTags.append(decodeRawTag(tag.toString()));
    article.extractorVersion = query.value(18).toInt();
    for (const TopicCount &topic : std::as_const(detail.topics))
        article.topics.append(topic.name);
    detail.article = article;
}

} // namespace StoreDetail
} // namespace Core
