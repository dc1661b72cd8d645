#include "feeds/autodiscovery.h"

#include "base/charset.h"
#include "html/markup_limits.h"

#include <QSet>

#include <algorithm>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <memory>

namespace Core::Autodiscovery {

namespace {

struct DocDeleter {
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

QString attribute(xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    if (!value)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(value)).trimmed();
    xmlFree(value);
    return text;
}

bool hasName(xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE && node->name
        && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar *>(name)) == 0;
}

bool mentionsFeed(const QString &text)
{
    const QString lower = text.toLower();
    return lower.contains(QLatin1String("feed")) || lower.contains(QLatin1String("rss"))
        || lower.contains(QLatin1String("atom"));
}

// Whether a <link> announces a feed. Generic XML and JSON types count only
// when the link itself says it is a feed: WordPress announces its REST API
// as rel="alternate" type="application/json".
bool announcesFeed(const QString &rel, const QString &type, const QString &href, const QString &title)
{
    const QStringList rels = rel.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (rels.contains(QLatin1String("feed")) && (type.isEmpty() || isFeedType(type)))
        return true;
    if (!rels.contains(QLatin1String("alternate")))
        return false;
    if (isFeedType(type))
        return true;
    const bool generic = type == QLatin1String("application/json") || type == QLatin1String("text/xml")
        || type == QLatin1String("application/xml");
    return generic && (mentionsFeed(href) || mentionsFeed(title));
}

bool isCommentFeed(const Candidate &candidate)
{
    return candidate.title.contains(QLatin1String("comment"), Qt::CaseInsensitive)
        || candidate.url.path().contains(QLatin1String("comment"), Qt::CaseInsensitive);
}

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// Every element in document order, without recursion (pages nest deeply).
template <typename Visit> void walk(xmlNode *root, Visit visit)
{
    xmlNode *node = root;
    while (node) {
        if (node->type == XML_ELEMENT_NODE)
            visit(node);
        if (node->children && node->type == XML_ELEMENT_NODE) {
            node = node->children;
            continue;
        }
        while (node && !node->next && node != root)
            node = node->parent;
        if (!node || node == root)
            break;
        node = node->next;
    }
}

} // namespace

bool isFeedType(const QString &mimeType)
{
    const QString type = mimeType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return type == QLatin1String("application/rss+xml") || type == QLatin1String("application/atom+xml")
        || type == QLatin1String("application/rdf+xml") || type == QLatin1String("application/feed+json")
        || type == QLatin1String("application/x-rss+xml") || type == QLatin1String("application/x-atom+xml")
        || type == QLatin1String("text/rss+xml") || type == QLatin1String("text/atom+xml");
}

QList<Candidate> discover(const QByteArray &html, const QUrl &pageUrl, const QString &httpCharset)
{
    if (html.isEmpty())
        return {};
    const QByteArray utf8
        = Html::capAttributes(Charset::decodeHtml(html, httpCharset).text.toUtf8(), Html::Markup::Html);
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    std::unique_ptr<xmlDoc, DocDeleter> doc(
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options));
    if (!doc)
        return {};

    QUrl base = pageUrl;
    bool baseSeen = false;
    QList<Candidate> found;
    QSet<QUrl> seen;
    walk(xmlDocGetRootElement(doc.get()), [&](xmlNode *node) {
        if (!baseSeen && hasName(node, "base")) {
            const QString href = attribute(node, "href");
            if (!href.isEmpty()) {
                base = pageUrl.resolved(QUrl(href));
                baseSeen = true; // only the first <base> counts
            }
            return;
        }
        if (!hasName(node, "link"))
            return;
        const QString href = attribute(node, "href");
        const QString type = attribute(node, "type").section(QLatin1Char(';'), 0, 0).trimmed().toLower();
        const QString title = attribute(node, "title").simplified();
        if (href.isEmpty() || !announcesFeed(attribute(node, "rel"), type, href, title))
            return;
        const QUrl url = base.resolved(QUrl(href));
        if (!isWebUrl(url) || seen.contains(url))
            return;
        seen.insert(url);
        found.append({ url, title, type });
    });
    std::stable_partition(found.begin(), found.end(), [](const Candidate &c) { return !isCommentFeed(c); });
    return found;
}

namespace {

constexpr int ReasonableIconSize = 256;

// The largest side the sizes attribute names ("16x16 32x32"), or `fallback`.
int iconSize(const QString &sizes, int fallback)
{
    int largest = 0;
    for (const QString &size : sizes.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QStringList sides = size.split(QLatin1Char('x'));
        if (sides.size() == 2)
            largest = std::max({ largest, sides.at(0).toInt(), sides.at(1).toInt() });
    }
    return largest > 0 ? largest : fallback;
}

} // namespace

QList<QUrl> siteIcons(const QByteArray &html, const QUrl &pageUrl, const QString &httpCharset)
{
    if (html.isEmpty())
        return {};
    const QByteArray utf8
        = Html::capAttributes(Charset::decodeHtml(html, httpCharset).text.toUtf8(), Html::Markup::Html);
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    std::unique_ptr<xmlDoc, DocDeleter> doc(
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8", options));
    if (!doc)
        return {};
    struct Icon {
        QUrl url;
        int size = 0;
    };
    QUrl base = pageUrl;
    bool baseSeen = false;
    QList<Icon> icons;
    QSet<QUrl> seen;
    walk(xmlDocGetRootElement(doc.get()), [&](xmlNode *node) {
        if (!baseSeen && hasName(node, "base")) {
            const QString href = attribute(node, "href");
            if (!href.isEmpty()) {
                base = pageUrl.resolved(QUrl(href));
                baseSeen = true;
            }
            return;
        }
        if (!hasName(node, "link"))
            return;
        const QStringList rels = attribute(node, "rel").toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool touch = rels.contains(QLatin1String("apple-touch-icon"))
            || rels.contains(QLatin1String("apple-touch-icon-precomposed"));
        if (!touch && !rels.contains(QLatin1String("icon")))
            return;
        const QString href = attribute(node, "href");
        const QString type = attribute(node, "type").toLower();
        const QUrl url = base.resolved(QUrl(href));
        if (href.isEmpty() || type.contains(QLatin1String("svg"))
            || url.path().endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) || !isWebUrl(url) || seen.contains(url))
            return;
        seen.insert(url);
        icons.append({ url, iconSize(attribute(node, "sizes"), touch ? 180 : 32) });
    });
    std::stable_sort(icons.begin(), icons.end(), [](const Icon &a, const Icon &b) {
        const bool aFits = a.size <= ReasonableIconSize;
        const bool bFits = b.size <= ReasonableIconSize;
        if (aFits != bFits)
            return aFits;
        return aFits ? a.size > b.size : a.size < b.size;
    });
    QList<QUrl> urls;
    for (const Icon &icon : std::as_const(icons))
        urls.append(icon.url);
    return urls;
}

QList<QUrl> commonFeedUrls(const QUrl &pageUrl)
{
    if (!isWebUrl(pageUrl))
        return {};
    static const char *const paths[]
        = { "/feed", "/rss", "/atom.xml", "/feed.xml", "/rss.xml", "/index.xml", "/feed.json" };
    QList<QUrl> urls;
    for (const char *path : paths) {
        QUrl url = pageUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
        url.setPath(QLatin1String(path));
        urls.append(url);
    }
    return urls;
}

} // namespace Core::Autodiscovery
