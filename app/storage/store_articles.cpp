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

// Replaces the story's topics; returns the names kept (blank and repeated
// spellings of one key dropped), or an error.
Result<QStringList> writeTopics(QSqlDatabase &db, StoryId id, const QStringList &topics)
{
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("DELETE FROM story_topics WHERE story_id = ?"), { id }))
        return dbError(query, QStringLiteral("replacing topics"));
    QSet<QString> seen;
    QStringList kept;
    for (const QString &topic : topics) {
        const QString name = topic.simplified();
        const QString key = Topics::key(name);
        if (key.isEmpty() || seen.contains(key))
            continue;
        seen.insert(key);
        if (!run(query, QStringLiteral("INSERT INTO topics(name, key) VALUES (?, ?) ON CONFLICT(key) DO NOTHING"),
                { name, key })
            || !run(query,
                QStringLiteral("INSERT INTO story_topics(story_id, topic_id, rank, published)"
                               " SELECT ?, t.id, ?, s.published FROM topics t, stories s"
                               " WHERE t.key = ? AND s.id = ?"),
                { id, kept.size(), key, id }))
            return dbError(query, QStringLiteral("saving topics"));
        kept.append(name);
    }
    return kept;
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
    const Result<QStringList> topics = writeTopics(d->db, id, article.topics);
    if (!topics)
        return topics.error();
    // The list shows the article's text and search covers it; a page that
    // gave no text keeps what the feed said.
    const QString text = article.text.simplified();
    const QString topicText = topics->join(QStringLiteral(" ; "));
    const bool ok = text.isEmpty()
        ? run(query, QStringLiteral("UPDATE stories_fts SET topics = ? WHERE rowid = ?"), { topicText, id })
        : run(query, QStringLiteral("UPDATE stories SET excerpt = ? WHERE id = ?"), { StoreText::excerpt(text), id })
            && run(query, QStringLiteral("UPDATE stories_fts SET body = ?, topics = ? WHERE rowid = ?"),
                { article.text, topicText, id });
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
            QStringLiteral("SELECT name, story_count FROM topics WHERE story_count > 0"
                           " AND (substr(key, 1, length(?)) = ? OR instr(key, ' ' || ?) > 0)"
                           " ORDER BY story_count DESC, key LIMIT ?"),
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
    if (!query.prepare(QStringLiteral("SELECT t.name FROM story_topics x JOIN topics t ON t.id = x.topic_id"
                                      " WHERE x.story_id = ? ORDER BY x.rank")))
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
            QStringLiteral("SELECT t.name, t.story_count FROM story_topics x JOIN topics t ON t.id = x.topic_id"
                           " WHERE x.story_id = ? ORDER BY x.rank"),
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
