#pragma once

// The value structs that travel between threads. Every arrow in the data flow
// (ARCHITECTURE.md) carries one of these by value, never a pointer.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Core {

using SubscriptionId = qint64;
using FolderId = qint64;
using StoryId = qint64;

// ---- Feeds -------------------------------------------------------------

struct Enclosure {
    QString url;
    QString type;
    qint64 length = -1; // -1: not given
};

struct ParsedItem {
    QString id; // guid/id, else link, else hash of title+summary; stable across refetches
    QString title; // plain text
    QString link; // absolute
    QDateTime published; // UTC; invalid if none found
    QDateTime updated; // UTC; invalid if none found
    bool dateIsFirstSeen = false; // no usable date in the feed: published = seenAt
    QString author;
    QString summaryHtml; // sanitised
    QString contentHtml; // sanitised
    QStringList categories;
    QList<Enclosure> enclosures;
    QString thumbnailUrl;
    qint64 durationSeconds = -1; // itunes:duration; -1: not given
};

struct ParsedFeed {
    QString
        format; // "rss20", "rss10", "rss090", "rss091", "rss092", "atom10", "atom03", "json10", "json11", "" if unknown
    QString title;
    QString link; // the site, absolute
    QString subtitle;
    QString iconUrl;
    QString language;
    QDateTime updated;
    QString encoding; // the charset the bytes were decoded with
    // The least time between fetches the feed asks for, in seconds: RSS <ttl>
    // (minutes), sy:updatePeriod / sy:updateFrequency; the longer of them. 0: none.
    int minIntervalSeconds = 0;
    QStringList errors; // recoverable problems, human readable (English; for logs and CLI)
    bool fatal = false; // nothing usable: not a feed, or unrecoverable
    QList<ParsedItem> items;
};

// A subscription the app ships itself ("tidings:welcome"): stored, never fetched.
inline bool isBuiltInFeed(const QString &url)
{
    return url.startsWith(QLatin1String("tidings:"));
}

// ---- Articles ----------------------------------------------------------

// Where a tag candidate was found. The topic tagger trusts them in about this
// order; Feed is the feed's own category for the story.
enum class TagSource : quint8 {
    JsonLd, // JSON-LD keywords, about and mentions names
    Meta, // article:tag, og:article:tag, news_keywords, parsely-tags, sailthru.tags, dcterms.subject
    RelTag, // rel=tag links and links to /tag(s)/, /topic(s)/, /keyword/, ?tag=
    List, // links in a visible "Tags" / "Topics" / "Related Topics" list
    Keywords, // plain meta keywords (often a site-wide SEO list: least reliable)
    Feed, // a category the feed gives the story
};

// A tag candidate as the page gives it. The value may still hold several tags
// separated by , ; | (or the CJK \uFF0C \u3001); the tagger splits and cleans them.
struct RawTag {
    TagSource source = TagSource::Meta;
    QString value;

    friend bool operator==(const RawTag &, const RawTag &) = default;
};

// The stored and printed form, "source:value" (jsonld, meta, reltag, list,
// keywords, feed). Reading is lenient: an entry without a known prefix is a
// Meta tag whose value is the whole entry.
QString encodeRawTag(const RawTag &tag);
RawTag decodeRawTag(const QString &entry);

struct Article {
    QString url;
    QString title;
    QString byline;
    QDateTime published; // with the page's offset when it gave one
    QDateTime updated;
    QString siteName;
    QString lang;
    QString dir; // "ltr" or "rtl"
    QString leadImageUrl;
    QString leadImageAlt;
    QString excerpt;
    QString html; // sanitised body HTML
    QString text; // body text, paragraphs separated by blank lines
    int wordCount = 0;
    int readingMinutes = 0;
    QList<RawTag> rawTags; // tag candidates found on the page, before the junk filter
    QStringList topics; // final chips, most salient first
    // Per chip, parallel to topics: the other forms that name the same topic
    // ("Putin", "President Putin" beside "Vladimir Putin"), case-folded keys
    // (Topics::key). The store records them so a later story's "Putin" can
    // join the topic it already knows.
    QList<QStringList> topicAliases;
    QStringList documentTerms; // case-folded names and words the tagger weighs by rarity (Topics::tag)
    bool readerable = false;
    QString notReaderableReason;
    int extractorVersion = 0;
};

// ---- Topics ------------------------------------------------------------

// What the store knows across stories, for rarity (IDF) and learned tags:
// Store::corpusStats() gives it, Topics::tag weighs by it.
struct CorpusStats {
    qint64 documentCount = 0;
    QHash<QString, qint64> documentFrequency; // case-folded phrase -> stories containing it
    QHash<QString, qint64> knownTopics; // case-folded topic -> stories tagged with it
    QSet<QString> blockedTopics; // case-folded topics the user never wants as a chip
};

} // namespace Core
