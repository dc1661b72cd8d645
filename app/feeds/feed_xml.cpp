#include "base/dates.h"
#include "base/html_text.h"
#include "feed_internal.h"
#include "feed_xml_node.h"
#include "html/markup_limits.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <limits>
#include <memory>
#include <mutex>

namespace Core::FeedParser::Detail {

namespace {

template <typename T> struct Ranked {
    T value {};
    int rank = 0;
    void offer(int r, const T &candidate, bool usable = true)
    {
        if (usable && r > rank) {
            value = candidate;
            rank = r;
        }
    }
    // For repeated elements where the last one is the correction (dates).
    void offerLast(int r, const T &candidate, bool usable = true)
    {
        if (usable && r >= rank) {
            value = candidate;
            rank = r;
        }
    }
};

struct ItemState {
    RawItem raw;
    Ranked<QString> title, link, author, thumbnail;
    Ranked<HtmlPart> summary, content;
    Ranked<QDateTime> published, updated;
};

// Caps that keep duplicate checks cheap on hostile items; real ones stay far below.
constexpr qsizetype maxCategories = 100;
constexpr qsizetype maxEnclosures = 50;

void addCategory(QStringList &categories, const QString &raw)
{
    const QString category = HtmlText::foldWhitespace(raw);
    if (category.isEmpty() || categories.size() >= maxCategories)
        return;
    for (const QString &known : categories)
        if (known.compare(category, Qt::CaseInsensitive) == 0)
            return;
    categories << category;
}

void addEnclosure(ParsedItem &item, const QString &url, const QString &type, qint64 length)
{
    if (url.isEmpty() || item.enclosures.size() >= maxEnclosures)
        return;
    for (Enclosure &known : item.enclosures) {
        if (known.url == url) {
            if (known.type.isEmpty())
                known.type = type;
            if (known.length < 0)
                known.length = length;
            return;
        }
    }
    item.enclosures.append({ url, type.trimmed(), length });
}

QString personName(const xmlNode *node)
{
    if (!hasElementChildren(node))
        return HtmlText::foldWhitespace(textOf(node));
    QString name, email;
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const Tag tag(c);
        if (tag.name == "name")
            name = HtmlText::foldWhitespace(textOf(c));
        else if (tag.name == "email")
            email = HtmlText::foldWhitespace(textOf(c));
    }
    return name.isEmpty() ? email : name;
}

QDateTime dateOf(const xmlNode *node)
{
    return Dates::parse(textOf(node));
}

template <typename Rank> void offerDate(Rank &ranked, int rank, const xmlNode *node)
{
    const QDateTime date = dateOf(node);
    ranked.offerLast(rank, date, date.isValid());
}

bool isAlternate(const xmlNode *node)
{
    const QString rel = attr(node, "rel").trimmed().toLower();
    return rel.isEmpty() || rel == QLatin1String("alternate");
}

void readAtomLink(const xmlNode *node, const QUrl &base, ItemState &s)
{
    const QString rel = attr(node, "rel").trimmed().toLower();
    const QString href = resolve(attr(node, "href"), base);
    const QString type = attr(node, "type").trimmed().toLower();
    if (rel.isEmpty() || rel == QLatin1String("alternate")) {
        const bool page = type.isEmpty() || type.contains(QLatin1String("html"));
        s.link.offer(page ? 4 : 3, href, !href.isEmpty());
    } else if (rel == QLatin1String("enclosure")) {
        addEnclosure(s.raw.item, href, type, toLength(attr(node, "length")));
    }
}

void readMediaContent(const xmlNode *node, const QUrl &base, ItemState &s);
void readItemChild(const xmlNode *node, const QUrl &itemBase, ItemState &s);

void readItemChildren(const xmlNode *parent, const QUrl &base, ItemState &s)
{
    for (const xmlNode *c = parent->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            readItemChild(c, base, s);
}

void readMediaContent(const xmlNode *node, const QUrl &base, ItemState &s)
{
    const QString url = resolve(attr(node, "url"), base);
    const QString type = attr(node, "type");
    const QString medium = attr(node, "medium").toLower();
    addEnclosure(s.raw.item, url, type, toLength(attr(node, "fileSize")));
    const bool image = medium == QLatin1String("image") || type.startsWith(QLatin1String("image/"));
    s.thumbnail.offer(2, url, image && !url.isEmpty());
    readItemChildren(node, base, s); // media:thumbnail, media:description ... may sit inside
}

void readCoreItemChild(const xmlNode *node, const Tag &tag, const QUrl &base, ItemState &s)
{
    const bool atom = tag.ns == Ns::Atom;
    if (tag.name == "title") {
        const Text text = readText(node, base, !atom && HtmlText::looksLikeHtml(textOf(node)));
        s.title.offer(4, plainText(text));
    } else if (tag.name == "link") {
        if (xmlHasProp(node, reinterpret_cast<const xmlChar *>("href")))
            readAtomLink(node, base, s);
        else if (isAlternate(node)) // RSS, or an Atom link written as text
            s.link.offer(5, resolve(textOf(node), base), !textOf(node).trimmed().isEmpty());
    } else if (tag.name == "guid" || tag.name == "id") {
        const QString guid = textOf(node).trimmed();
        if (s.raw.guid.isEmpty()) // "/2004/05/post": a path; "1234": an opaque id that stays as it is
            s.raw.guid = guid.startsWith(QLatin1Char('/')) && !guid.startsWith(QLatin1String("//"))
                ? resolve(guid, base)
                : guid;
        const bool permaLink = attr(node, "isPermaLink").trimmed().toLower() != QLatin1String("false");
        const bool looksLikeUrl
            = guid.startsWith(QLatin1String("http://")) || guid.startsWith(QLatin1String("https://"));
        s.link.offer(1, resolve(guid, base), tag.name == "guid" && permaLink && looksLikeUrl);
    } else if (tag.name == "description" || tag.name == "summary" || tag.name == "abstract") {
        s.summary.offer(4, htmlPart(readText(node, base, !atom), base));
    } else if (tag.name == "content" || tag.name == "fullitem" || tag.name == "body") {
        const Text text = readText(node, base, !atom);
        s.content.offer(4, htmlPart(text, base), !text.value.isEmpty());
    } else if (tag.name == "pubdate" || tag.name == "published" || tag.name == "issued") {
        offerDate(s.published, 4, node);
    } else if (tag.name == "created") {
        offerDate(s.published, 1, node);
    } else if (tag.name == "updated" || tag.name == "modified") {
        offerDate(s.updated, 4, node);
    } else if (tag.name == "author") {
        s.author.offer(4, personName(node));
    } else if (tag.name == "category") {
        const QString term = attr(node, "term");
        const QString label = attr(node, "label"); // display text; the term is the identity
        addCategory(s.raw.item.categories, !term.trimmed().isEmpty() ? term : !label.isEmpty() ? label : textOf(node));
    } else if (tag.name == "tags" || tag.name == "keywords") {
        for (const QString &keyword : textOf(node).split(QLatin1Char(',')))
            addCategory(s.raw.item.categories, keyword);
    } else if (tag.name == "enclosure") {
        addEnclosure(s.raw.item, resolve(attr(node, "url"), base), attr(node, "type"), toLength(attr(node, "length")));
    }
}

void readItemChild(const xmlNode *node, const QUrl &itemBase, ItemState &s)
{
    const Tag tag(node);
    const QUrl base = baseOf(node, itemBase);
    switch (tag.ns) {
    case Ns::Rss:
    case Ns::Atom:
        readCoreItemChild(node, tag, base, s);
        break;
    case Ns::Dc:
        if (tag.name == "creator" || tag.name == "author")
            s.author.offer(3, HtmlText::foldWhitespace(textOf(node)));
        else if (tag.name == "subject")
            addCategory(s.raw.item.categories, textOf(node));
        else if (tag.name == "date")
            offerDate(s.published, 3, node);
        else if (tag.name == "description")
            s.summary.offer(3, htmlPart(readText(node, base, true), base));
        else if (tag.name == "title")
            s.title.offer(3, plainText(readText(node, base, HtmlText::looksLikeHtml(textOf(node)))));
        break;
    case Ns::DcTerms:
        if (tag.name == "issued")
            offerDate(s.published, 3, node);
        else if (tag.name == "created")
            offerDate(s.published, 2, node);
        else if (tag.name == "modified")
            offerDate(s.updated, 3, node);
        break;
    case Ns::Content:
        if (tag.name == "encoded") {
            const QString html = textOf(node);
            s.content.offer(5, htmlPart({ html, true }, base), !html.trimmed().isEmpty());
        }
        break;
    case Ns::Xhtml:
        if (tag.name == "body" || tag.name == "div") {
            QString html;
            serializeChildren(node, base, html);
            s.content.offer(3, { html.trimmed(), base });
        }
        break;
    case Ns::Media:
        if (tag.name == "group")
            readItemChildren(node, base, s);
        else if (tag.name == "content")
            readMediaContent(node, base, s);
        else if (tag.name == "thumbnail")
            s.thumbnail.offer(3, resolve(attr(node, "url"), base), !attr(node, "url").trimmed().isEmpty());
        else if (tag.name == "description")
            s.summary.offer(1, htmlPart(readText(node, base, attr(node, "type") == QLatin1String("html")), base));
        else if (tag.name == "title")
            s.title.offer(1, plainText(readText(node, base, attr(node, "type") == QLatin1String("html"))));
        else if (tag.name == "keywords")
            for (const QString &keyword : textOf(node).split(QLatin1Char(',')))
                addCategory(s.raw.item.categories, keyword);
        else if (tag.name == "category")
            addCategory(s.raw.item.categories, textOf(node));
        break;
    case Ns::Itunes:
        if (tag.name == "author")
            s.author.offer(2, HtmlText::foldWhitespace(textOf(node)));
        else if (tag.name == "summary")
            s.summary.offer(2, htmlPart({ textOf(node), false }, base));
        else if (tag.name == "subtitle")
            s.summary.offer(1, htmlPart({ textOf(node), false }, base));
        else if (tag.name == "image")
            s.thumbnail.offer(1, resolve(attr(node, "href"), base), !attr(node, "href").trimmed().isEmpty());
        else if (tag.name == "duration")
            s.raw.item.durationSeconds = toDuration(textOf(node));
        else if (tag.name == "keywords")
            for (const QString &keyword : textOf(node).split(QLatin1Char(',')))
                addCategory(s.raw.item.categories, keyword);
        else if (tag.name == "category") {
            addCategory(s.raw.item.categories, attr(node, "text"));
            readItemChildren(node, base, s);
        }
        break;
    default:
        break;
    }
}

// `base` already holds the item's own xml:base.
void readItem(const xmlNode *node, const QUrl &base, RawFeed &out)
{
    ItemState s;
    readItemChildren(node, base, s);
    ParsedItem &item = s.raw.item;
    item.title = s.title.value;
    item.link = s.link.value;
    item.author = s.author.value;
    item.thumbnailUrl = s.thumbnail.value;
    item.published = s.published.value;
    item.updated = s.updated.value;
    s.raw.summary = s.summary.value;
    s.raw.content = s.content.value;
    if (s.raw.guid.isEmpty()) {
        // RSS 1.0 names each item by its rdf:about.
        xmlChar *about = xmlGetNsProp(node, reinterpret_cast<const xmlChar *>("about"),
            reinterpret_cast<const xmlChar *>("http://www.w3.org/1999/02/22-rdf-syntax-ns#"));
        s.raw.guid = fromXml(about).trimmed();
        xmlFree(about);
    }
    if (item.thumbnailUrl.isEmpty()) {
        for (const Enclosure &e : item.enclosures)
            if (e.type.startsWith(QLatin1String("image/"))) {
                item.thumbnailUrl = e.url;
                break;
            }
    }
    out.items.append(std::move(s.raw));
}

struct FeedState {
    Ranked<QString> title, link, subtitle, icon, language, author;
    Ranked<QDateTime> updated;
    int ttlMinutes = 0; // RSS <ttl>
    qint64 syPeriodSeconds = 0; // sy:updatePeriod
    int syFrequency = 0; // sy:updateFrequency
};

void readFeedChild(const xmlNode *node, const QUrl &feedBase, FeedState &s, RawFeed &out);

void readFeedChildren(const xmlNode *parent, const QUrl &base, FeedState &s, RawFeed &out)
{
    for (const xmlNode *c = parent->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE)
            readFeedChild(c, base, s, out);
}

void readImage(const xmlNode *node, const QUrl &base, FeedState &s)
{
    for (const xmlNode *c = node->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && Tag(c).name == "url") {
            const QString url = resolve(textOf(c), baseOf(c, base));
            s.icon.offer(3, url, !url.isEmpty());
        }
    }
    const QString about = resolve(attr(node, "about"), base); // RSS 1.0 <image rdf:about>
    s.icon.offer(1, about, !about.isEmpty());
}

void readCoreFeedChild(const xmlNode *node, const Tag &tag, const QUrl &base, FeedState &s, RawFeed &out)
{
    const bool atom = tag.ns == Ns::Atom;
    const QByteArray &name = tag.name;
    if (name == "item" || name == "entry") {
        readItem(node, base, out);
    } else if (name == "channel") {
        readFeedChildren(node, base, s, out);
    } else if (name == "title") {
        s.title.offer(4, plainText(readText(node, base, !atom && HtmlText::looksLikeHtml(textOf(node)))));
    } else if (name == "link") {
        if (xmlHasProp(node, reinterpret_cast<const xmlChar *>("href"))) {
            const QString rel = attr(node, "rel").trimmed().toLower();
            const QString href = resolve(attr(node, "href"), base);
            const QString type = attr(node, "type").toLower();
            if (rel.isEmpty() || rel == QLatin1String("alternate"))
                s.link.offer(type.isEmpty() || type.contains(QLatin1String("html")) ? 4 : 3, href, !href.isEmpty());
        } else if (isAlternate(node)) {
            s.link.offer(5, resolve(textOf(node), base), !textOf(node).trimmed().isEmpty());
        }
    } else if (name == "description" || name == "subtitle" || name == "tagline") {
        s.subtitle.offer(4, plainText(readText(node, base, !atom)));
    } else if (name == "language") {
        s.language.offer(4, textOf(node).trimmed());
    } else if (name == "updated" || name == "modified") {
        offerDate(s.updated, 4, node);
    } else if (name == "lastbuilddate") {
        offerDate(s.updated, 3, node);
    } else if (name == "pubdate" || name == "published" || name == "issued") {
        offerDate(s.updated, 1, node);
    } else if (name == "icon") {
        s.icon.offer(5, resolve(textOf(node), base), !textOf(node).trimmed().isEmpty());
    } else if (name == "logo") {
        s.icon.offer(2, resolve(textOf(node), base), !textOf(node).trimmed().isEmpty());
    } else if (name == "image") {
        readImage(node, base, s);
    } else if (name == "author") {
        s.author.offer(4, personName(node));
    } else if (name == "managingeditor") {
        s.author.offer(1, HtmlText::foldWhitespace(textOf(node)));
    } else if (name == "ttl" && !atom) {
        bool ok = false;
        const int minutes = textOf(node).trimmed().toInt(&ok);
        if (ok && minutes > 0)
            s.ttlMinutes = minutes;
    }
}

// sy:updatePeriod and sy:updateFrequency (RSS 1.0 syndication module).
void readSyndication(const xmlNode *node, const Tag &tag, FeedState &s)
{
    const QString text = textOf(node).trimmed().toLower();
    if (tag.name == "updateperiod") {
        static const QHash<QString, qint64> periods = {
            { QStringLiteral("hourly"), 3600 },
            { QStringLiteral("daily"), 86400 },
            { QStringLiteral("weekly"), 7 * 86400 },
            { QStringLiteral("monthly"), 30 * 86400 },
            { QStringLiteral("yearly"), 365 * 86400 },
        };
        s.syPeriodSeconds = periods.value(text, 0);
    } else if (tag.name == "updatefrequency") {
        bool ok = false;
        const int frequency = text.toInt(&ok);
        if (ok && frequency > 0)
            s.syFrequency = frequency;
    }
}

// The longer of ttl and updatePeriod / updateFrequency, in seconds.
int minIntervalOf(const FeedState &s)
{
    qint64 seconds = qint64(s.ttlMinutes) * 60;
    if (s.syPeriodSeconds > 0)
        seconds = std::max(seconds, s.syPeriodSeconds / std::max(1, s.syFrequency));
    return int(std::min<qint64>(seconds, std::numeric_limits<int>::max()));
}

void readFeedChild(const xmlNode *node, const QUrl &feedBase, FeedState &s, RawFeed &out)
{
    const Tag tag(node);
    const QUrl base = baseOf(node, feedBase);
    switch (tag.ns) {
    case Ns::Rss:
    case Ns::Atom:
        readCoreFeedChild(node, tag, base, s, out);
        break;
    case Ns::Dc:
        if (tag.name == "title")
            s.title.offer(3, HtmlText::foldWhitespace(textOf(node)));
        else if (tag.name == "description")
            s.subtitle.offer(3, plainText(readText(node, base, true)));
        else if (tag.name == "language")
            s.language.offer(3, textOf(node).trimmed());
        else if (tag.name == "date")
            offerDate(s.updated, 2, node);
        else if (tag.name == "creator")
            s.author.offer(3, HtmlText::foldWhitespace(textOf(node)));
        break;
    case Ns::DcTerms:
        if (tag.name == "modified")
            offerDate(s.updated, 3, node);
        break;
    case Ns::Sy:
        readSyndication(node, tag, s);
        break;
    case Ns::Itunes:
        if (tag.name == "image")
            s.icon.offer(1, resolve(attr(node, "href"), base), !attr(node, "href").trimmed().isEmpty());
        else if (tag.name == "author")
            s.author.offer(2, HtmlText::foldWhitespace(textOf(node)));
        else if (tag.name == "subtitle" || tag.name == "summary")
            s.subtitle.offer(1, HtmlText::foldWhitespace(textOf(node)));
        break;
    default:
        break;
    }
}

QString xmlLang(const xmlNode *node)
{
    xmlChar *lang = xmlNodeGetLang(node);
    QString result = fromXml(lang).trimmed();
    xmlFree(lang);
    return result;
}

QString formatOf(const xmlNode *root, const Tag &tag)
{
    if (tag.name == "rss") {
        const QString version = attr(root, "version").trimmed();
        if (version.startsWith(QLatin1String("2.")))
            return QStringLiteral("rss20");
        if (version.startsWith(QLatin1String("0.9")) && version.size() >= 4)
            return QStringLiteral("rss09") + version.mid(3, 1);
        return QStringLiteral("rss");
    }
    if (tag.name == "rdf") {
        const auto *rss090 = reinterpret_cast<const xmlChar *>("http://my.netscape.com/rdf/simple/0.9/");
        const bool is090 = xmlSearchNsByHref(root->doc, const_cast<xmlNode *>(root), rss090) != nullptr;
        return is090 ? QStringLiteral("rss090") : QStringLiteral("rss10");
    }
    if (tag.name == "feed") {
        const bool atom03 = root->ns && root->ns->href
            && std::strcmp(reinterpret_cast<const char *>(root->ns->href), "http://purl.org/atom/ns#") == 0;
        return atom03 ? QStringLiteral("atom03") : QStringLiteral("atom10");
    }
    if (tag.name == "channel")
        return QStringLiteral("rss");
    return {};
}

struct DocDeleter {
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
struct ContextDeleter {
    void operator()(xmlParserCtxt *ctxt) const { xmlFreeParserCtxt(ctxt); }
};

} // namespace

void parseXml(const QString &text, const QUrl &url, RawFeed &out)
{
    static std::once_flag initOnce;
    std::call_once(initOnce, [] { xmlInitParser(); });

    int tagsCut = 0;
    const QByteArray utf8 = Html::capAttributes(repairXml(text, out.feed.errors).toUtf8(), Html::Markup::Xml, &tagsCut);
    if (tagsCut)
        out.feed.errors << QStringLiteral("%1 elements with more than %2 attributes cut to their first %2")
                               .arg(tagsCut)
                               .arg(Html::MaxAttributesPerTag);
    std::unique_ptr<xmlParserCtxt, ContextDeleter> ctxt(xmlNewParserCtxt());
    if (!ctxt) {
        out.feed.fatal = true;
        out.feed.errors << QStringLiteral("out of memory");
        return;
    }
    // No XML_PARSE_NOENT, XML_PARSE_DTDLOAD or XML_PARSE_HUGE: no external
    // entity or DTD is ever loaded and libxml2's size and depth limits stay on.
    // The text is UTF-8 already: no encoding named and XML_PARSE_IGNORE_ENC
    // (the repair dropped the declaration anyway), so libxml2 reads the bytes
    // as they are instead of copying them through its UTF-8 "converter".
    const int options = XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING
        | XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_IGNORE_ENC;
    std::unique_ptr<xmlDoc, DocDeleter> doc(
        xmlCtxtReadMemory(ctxt.get(), utf8.constData(), static_cast<int>(utf8.size()), nullptr, nullptr, options));
    if (!ctxt->wellFormed) {
        const xmlError *error = xmlCtxtGetLastError(ctxt.get());
        out.feed.errors << (error && error->message ? QStringLiteral("XML error at line %1: %2")
                                                          .arg(error->line)
                                                          .arg(QString::fromUtf8(error->message).trimmed())
                                                    : QStringLiteral("malformed XML"));
    } else if (!ctxt->nsWellFormed) {
        out.feed.errors << QStringLiteral("undeclared namespace prefixes, read by their usual meaning");
    }
    const xmlNode *root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
    if (!root) {
        out.feed.fatal = true;
        out.feed.errors << QStringLiteral("not a feed: no XML document found");
        return;
    }
    const Tag rootTag(root);
    out.feed.format = formatOf(root, rootTag);
    if (out.feed.format.isEmpty()) {
        out.feed.fatal = true;
        out.feed.errors << (rootTag.name == "html"
                ? QStringLiteral("not a feed: an HTML page")
                : QStringLiteral("not a feed: the root element is <%1>")
                      .arg(QString::fromUtf8(reinterpret_cast<const char *>(root->name))));
        return;
    }

    FeedState s;
    const QUrl rootBase = baseOf(root, url);
    if (rootTag.name == "feed" || rootTag.name == "channel") {
        readFeedChildren(root, rootBase, s, out);
    } else {
        for (const xmlNode *c = root->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE)
                readFeedChild(c, rootBase, s, out);
    }
    ParsedFeed &feed = out.feed;
    feed.title = s.title.value;
    feed.link = s.link.value;
    feed.subtitle = s.subtitle.value;
    feed.iconUrl = s.icon.value;
    feed.updated = s.updated.value;
    feed.minIntervalSeconds = minIntervalOf(s);
    out.author = s.author.value;
    feed.language = s.language.value;
    if (feed.language.isEmpty()) {
        const xmlNode *channel = root;
        for (const xmlNode *c = root->children; c; c = c->next)
            if (c->type == XML_ELEMENT_NODE && Tag(c).name == "channel")
                channel = c;
        feed.language = xmlLang(channel);
    }
    feed.language.replace(QLatin1Char('_'), QLatin1Char('-'));
}

} // namespace Core::FeedParser::Detail
