#include "extract_metadata.h"

#include "base/html_text.h"
#include "extract_dates.h"
#include "extract_metadata_parts.h"
#include "html/sanitizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Core::Extract {

namespace Meta {

QString clean(const QString &s)
{
    return normalizeSpace(HtmlText::decodeEntities(s));
}

} // namespace Meta

using namespace Meta;

namespace {

using MetaMap = QHash<QString, QStringList>;

QString first(const MetaMap &metas, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QStringList values = metas.value(QLatin1String(k));
        for (const QString &v : values) {
            const QString c = clean(v);
            if (!c.isEmpty())
                return c;
        }
    }
    return {};
}

struct PageFacts {
    MetaMap metas;
    QString titleTag;
    QString htmlLang;
    QString htmlDir;
    QString imageSrcLink;
    QUrl base;
    QStringList h1s;
    QStringList h2s;
    int h1Count = 0;
    int firstTimeElement = -1;
};

PageFacts gatherFacts(const Page &page, const QUrl &url)
{
    PageFacts f;
    f.base = url;
    if (page.html >= 0) {
        const Node &h = page.nodes[size_t(page.html)];
        f.htmlLang = page.attributeString(h, "lang");
        if (f.htmlLang.isEmpty())
            f.htmlLang = page.attributeString(h, "xml:lang");
        f.htmlDir = page.attributeString(h, "dir").toLower();
    }
    for (size_t i = 0; i < page.nodes.size(); ++i) {
        const Node &n = page.nodes[i];
        switch (n.tag) {
        case Tag::Meta: {
            const QString content = page.attributeString(n, "content");
            if (content.isEmpty())
                break;
            for (const char *keyAttr : { "name", "property", "itemprop", "http-equiv" }) {
                const QString key = page.attributeString(n, keyAttr).toLower();
                if (key.isEmpty())
                    continue;
                const auto parts = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                for (const QString &part : parts)
                    f.metas[part].append(content);
            }
            break;
        }
        case Tag::Title:
            if (f.titleTag.isEmpty() && (page.body < 0 || !page.isAncestor(page.body, int(i)) || page.head < 0))
                f.titleTag = clean(page.text(int(i)));
            break;
        case Tag::Link: {
            const QString rel = page.attributeString(n, "rel").toLower();
            if (rel == QLatin1String("image_src"))
                f.imageSrcLink = page.attributeString(n, "href");
            break;
        }
        case Tag::Other:
            if (std::strcmp(page.name(n), "base") == 0) {
                const QString href = page.attributeString(n, "href");
                const QUrl base = url.resolved(QUrl(href.trimmed()));
                const QString scheme = base.scheme().toLower();
                // Only a web address: a javascript:, data: or file: base
                // would make every relative link and picture one of those.
                if (!href.isEmpty() && f.base == url && !base.host().isEmpty()
                    && (scheme == QLatin1String("http") || scheme == QLatin1String("https")))
                    f.base = base;
            }
            break;
        case Tag::H1:
            if (f.h1s.size() < 5)
                f.h1s.append(page.text(int(i)));
            ++f.h1Count;
            break;
        case Tag::H2:
            if (f.h2s.size() < 10 && page.agg[i].chars < 300)
                f.h2s.append(page.text(int(i)));
            break;
        case Tag::Time:
            if (f.firstTimeElement < 0 && page.hasAttribute(n, "datetime"))
                f.firstTimeElement = int(i);
            break;
        default:
            break;
        }
        // itemprop on visible elements (microdata): headline, author, datePublished.
        if (n.tag != Tag::Text && n.tag != Tag::Meta && page.hasAttribute(n, "itemprop")) {
            const QString prop = page.attributeString(n, "itemprop");
            if (prop == QLatin1String("datePublished") || prop == QLatin1String("dateModified")) {
                QString v = page.attributeString(n, "datetime");
                if (v.isEmpty())
                    v = page.attributeString(n, "content");
                if (v.isEmpty())
                    v = page.text(int(i));
                f.metas[prop.toLower()].append(v);
            }
        }
    }
    return f;
}

QString imageOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        const auto a = v.toArray();
        return a.isEmpty() ? QString() : imageOf(a.first());
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QString u = o.value(QLatin1String("url")).toString();
        if (u.isEmpty())
            u = o.value(QLatin1String("contentUrl")).toString();
        return u;
    }
    return {};
}

// ---- Title ---------------------------------------------------------------

int wordCount(const QString &s)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return int(s.split(spaces, Qt::SkipEmptyParts).size());
}

QString cleanTitleTag(const QString &orig, const QStringList &h1s, const QStringList &h2s, int h1Count)
{
    QString cur = orig;
    static const QRegularExpression seps(QStringLiteral(" [\\|\\-–—\\\\/>»] "));
    static const QRegularExpression hierSeps(QStringLiteral(" [\\\\/>»] "));
    bool hierarchical = false;
    if (orig.contains(seps)) {
        hierarchical = orig.contains(hierSeps);
        const qsizetype lastSep = orig.lastIndexOf(seps);
        cur = orig.left(lastSep);
        if (wordCount(cur) < 3) {
            const auto m = seps.match(orig);
            cur = orig.mid(m.capturedEnd());
        }
    } else if (orig.contains(QLatin1String(": "))) {
        bool match = false;
        for (const QString &h : h1s + h2s)
            if (h.trimmed() == orig.trimmed())
                match = true;
        if (!match) {
            cur = orig.mid(orig.lastIndexOf(QLatin1Char(':')) + 1);
            if (wordCount(cur) < 3)
                cur = orig.mid(orig.indexOf(QLatin1Char(':')) + 1);
            else if (wordCount(orig.left(orig.indexOf(QLatin1Char(':')))) > 5)
                cur = orig;
        }
    } else if ((orig.size() > 150 || orig.size() < 15) && h1Count == 1) {
        cur = h1s.first();
    }
    cur = normalizeSpace(cur);
    const int curWords = wordCount(cur);
    if (curWords <= 4 && (!hierarchical || curWords != wordCount(orig.simplified().remove(seps)) - 1))
        cur = orig;
    return cur;
}

// "Story | Site" and "Site - Story" lose the site's name; a title that is only the name keeps it.
QString stripSiteName(const QString &title, const QString &site)
{
    if (site.size() < 2 || title.size() <= site.size() + 3)
        return title;
    if (title.endsWith(site, Qt::CaseInsensitive)) {
        QString rest = title.left(title.size() - site.size());
        const QString trimmed = rest.trimmed();
        if (!trimmed.isEmpty() && QStringLiteral("|-–—·:»/").contains(trimmed.back())
            && rest.endsWith(QLatin1Char(' ')))
            return trimmed.left(trimmed.size() - 1).trimmed();
    }
    if (title.startsWith(site, Qt::CaseInsensitive)) {
        QString rest = title.mid(site.size());
        const QString trimmed = rest.trimmed();
        if (!trimmed.isEmpty() && QStringLiteral("|-–—·:»/").contains(trimmed.front())
            && rest.startsWith(QLatin1Char(' ')))
            return trimmed.mid(1).trimmed();
    }
    return title;
}

// A discussion thread's address: the replies are the content.
bool isThreadAddress(const QUrl &url)
{
    static const QRegularExpression thread(
        QStringLiteral(
            "/(?:t|threads?|topic|topics|questions|discussions?|comments|viewtopic\\.php|showthread\\.php)(?:/|$)"
            "|/forums?/|/forum\\.|/community/"),
        QRegularExpression::CaseInsensitiveOption);
    return thread.match(url.path()).hasMatch() || url.host().startsWith(QLatin1String("forum"))
        || url.host().startsWith(QLatin1String("community.")) || url.host().startsWith(QLatin1String("discuss."));
}

// The part before the first " | ", " - ", " – ", " — " or " · " separator.
QString firstTitlePart(const QString &name)
{
    static const QRegularExpression sep(QStringLiteral(" [|\\-–—·] "));
    const qsizetype at = name.indexOf(sep);
    if (at < 2)
        return name;
    return name.left(at).trimmed();
}

// A title made of the site's name and words any news or shop front page
// uses ("Yahoo News - Latest News & Headlines"), or the site's whole title:
// it names no story.
bool isGenericTitle(const QString &title, const QString &fullSiteName, const QString &siteName)
{
    if (title.isEmpty())
        return true;
    if (title.compare(fullSiteName, Qt::CaseInsensitive) == 0 || title.compare(siteName, Qt::CaseInsensitive) == 0)
        return true;
    static const QSet<QString> generic = { QStringLiteral("latest"), QStringLiteral("news"),
        QStringLiteral("headlines"), QStringLiteral("breaking"), QStringLiteral("top"), QStringLiteral("stories"),
        QStringLiteral("home"), QStringLiteral("homepage"), QStringLiteral("official"), QStringLiteral("site"),
        QStringLiteral("website"), QStringLiteral("online"), QStringLiteral("today"), QStringLiteral("the"),
        QStringLiteral("and"), QStringLiteral("of"), QStringLiteral("for"), QStringLiteral("your"),
        QStringLiteral("weather"), QStringLiteral("sports"), QStringLiteral("videos"), QStringLiteral("video"),
        QStringLiteral("photos"), QStringLiteral("world"), QStringLiteral("local"), QStringLiteral("daily"),
        QStringLiteral("welcome"), QStringLiteral("to"), QStringLiteral("updates"), QStringLiteral("source"),
        QStringLiteral("entertainment"), QStringLiteral("business"), QStringLiteral("politics") };
    static const QRegularExpression nonWord(QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList siteWords = siteName.toCaseFolded().split(nonWord, Qt::SkipEmptyParts);
    const QStringList words = title.toCaseFolded().split(nonWord, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    for (const QString &w : words)
        if (!generic.contains(w) && !siteWords.contains(w))
            return false;
    return true;
}

// The first <h1> that reads as a headline (three words or more) and is not
// the site's name.
QString storyHeadline(const QStringList &h1s, const QString &siteName)
{
    for (const QString &h : h1s) {
        const QString t = normalizeSpace(h).trimmed();
        if (wordCount(t) >= 3 && t.size() < 300 && titleSimilarity(siteName, t) < 0.5)
            return t;
    }
    return {};
}

QString rtlFromLang(const QString &lang)
{
    static const QSet<QString> rtl = { QStringLiteral("ar"), QStringLiteral("he"), QStringLiteral("iw"),
        QStringLiteral("fa"), QStringLiteral("ur"), QStringLiteral("ps"), QStringLiteral("yi"), QStringLiteral("dv"),
        QStringLiteral("ckb"), QStringLiteral("sd"), QStringLiteral("ug") };
    const QString primary = lang.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    return rtl.contains(primary) ? QStringLiteral("rtl") : QString();
}

} // namespace

double titleSimilarity(const QString &a, const QString &b)
{
    static const QRegularExpression nonWord(QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
    const QStringList ta = a.toCaseFolded().split(nonWord, Qt::SkipEmptyParts);
    const QStringList tb = b.toCaseFolded().split(nonWord, Qt::SkipEmptyParts);
    if (ta.isEmpty() || tb.isEmpty())
        return 0;
    const QSet<QString> sa(ta.begin(), ta.end());
    int uniqueLen = 0, totalLen = 0;
    for (const QString &t : tb) {
        totalLen += int(t.size()) + 1;
        if (!sa.contains(t))
            uniqueLen += int(t.size()) + 1;
    }
    return 1.0 - double(uniqueLen) / double(totalLen);
}

Metadata readMetadata(const Page &page, const QUrl &url)
{
    Metadata md;
    const PageFacts f = gatherFacts(page, url);
    md.baseUrl = f.base;
    const QList<QJsonObject> objects = parseJsonLd(page.dom.jsonLd);
    QJsonObject article;
    for (const QJsonObject &o : objects) {
        const QStringList types = typesOf(o);
        if (std::any_of(types.begin(), types.end(), isArticleType)) {
            article = o;
            md.jsonType = types.value(0);
            break;
        }
    }
    if (article.isEmpty())
        for (const QJsonObject &o : objects)
            if (o.contains(QLatin1String("headline"))) {
                article = o;
                md.jsonType = typesOf(o).value(0);
                break;
            }
    md.forum = md.jsonType == QLatin1String("DiscussionForumPosting") || isThreadAddress(url);

    // Title.
    {
        const QString headline = clean(article.value(QLatin1String("headline")).toString());
        const QString name = clean(article.value(QLatin1String("name")).toString());
        QString ld = headline.isEmpty() ? name : headline;
        if (!headline.isEmpty() && !name.isEmpty() && headline != name
            && titleSimilarity(name, f.titleTag) > titleSimilarity(headline, f.titleTag))
            ld = name;
        md.title = ld;
        if (md.title.isEmpty())
            md.title = first(f.metas,
                { "dc:title", "dcterm:title", "dc.title", "og:title", "weibo:article:title", "weibo:webpage:title",
                    "title", "twitter:title", "parsely-title", "sailthru.title" });
        if (md.title.isEmpty())
            md.title = cleanTitleTag(f.titleTag, f.h1s, f.h2s, f.h1Count);
    }

    // Byline.
    {
        QStringList authors = namesOf(article.value(QLatin1String("author")));
        authors.removeIf([](const QString &a) { return isUrlish(a); });
        if (!authors.isEmpty()) {
            md.byline = authors.join(QLatin1String(", "));
        } else {
            QString meta = first(f.metas,
                { "dc:creator", "dcterm:creator", "dc.creator", "author", "parsely-author", "sailthru.author",
                    "article:author", "byl" });
            if (isUrlish(meta))
                meta.clear();
            md.byline = meta.isEmpty() ? domByline(page) : meta;
        }
        md.byline = normalizeByline(md.byline);
        static const QRegularExpression splitter(
            QStringLiteral("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*"));
        for (const QString &a : md.byline.split(splitter, Qt::SkipEmptyParts))
            if (a.size() > 2)
                md.authors << a;
    }

    // Dates.
    {
        QString pub = first(f.metas,
            { "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate",
                "publishdate", "publish-date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
                "parsely-pub-date", "sailthru.date", "date", "article.published", "published_time", "release_date" });
        md.published = parseDate(pub);
        if (!md.published.isValid())
            md.published = parseDate(article.value(QLatin1String("datePublished")).toString());
        if (!md.published.isValid())
            md.published = parseDate(article.value(QLatin1String("dateCreated")).toString());
        if (!md.published.isValid() && f.firstTimeElement >= 0)
            md.published = parseDate(page.attributeString(page.nodes[size_t(f.firstTimeElement)], "datetime"));
        if (!md.published.isValid())
            md.published = domDate(page);
        if (!md.published.isValid()) {
            static const QRegularExpression urlDate(
                QStringLiteral("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|-)"));
            const auto m = urlDate.match(url.path());
            if (m.hasMatch()) {
                const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
                if (d.isValid())
                    md.published = QDateTime(d, QTime(0, 0), Qt::UTC);
            }
        }
        QString mod = first(f.metas,
            { "article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified",
                "modified_time" });
        md.updated = parseDate(mod);
        if (!md.updated.isValid())
            md.updated = parseDate(article.value(QLatin1String("dateModified")).toString());
    }

    // Site name, language, direction.
    md.siteName = first(f.metas, { "og:site_name" });
    if (md.siteName.isEmpty())
        md.siteName = namesOf(article.value(QLatin1String("publisher"))).value(0);
    if (md.siteName.isEmpty())
        md.siteName = first(f.metas, { "application-name" });
    if (md.siteName.isEmpty()) {
        QString tw = first(f.metas, { "twitter:site" });
        if (tw.startsWith(QLatin1Char('@')))
            md.siteName = tw.mid(1);
    }
    if (md.siteName.isEmpty()) {
        QString host = url.host();
        if (host.startsWith(QLatin1String("www.")))
            host = host.mid(4);
        md.siteName = host;
    }
    // "WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale": a site
    // name that is a whole page title is its first part.
    const QString fullSiteName = md.siteName;
    md.siteName = firstTitlePart(md.siteName);
    md.title = stripSiteName(stripSiteName(md.title, fullSiteName), md.siteName);
    if (md.jsonType.isEmpty() || clean(article.value(QLatin1String("headline")).toString()).isEmpty()) {
        const QString h1 = storyHeadline(f.h1s, md.siteName);
        if (!h1.isEmpty() && isGenericTitle(md.title, fullSiteName, md.siteName) && titleSimilarity(h1, md.title) < 0.3
            && titleSimilarity(md.title, h1) < 0.3)
            md.title = h1;
    }
    md.lang = f.htmlLang;
    if (md.lang.isEmpty())
        md.lang = first(f.metas, { "content-language", "language", "dc.language" });
    if (md.lang.isEmpty())
        md.lang = first(f.metas, { "og:locale" }).replace(QLatin1Char('_'), QLatin1Char('-'));
    if (md.lang.isEmpty())
        md.lang = clean(article.value(QLatin1String("inLanguage")).toString());
    md.dir = f.htmlDir == QLatin1String("rtl") || f.htmlDir == QLatin1String("ltr") ? f.htmlDir : rtlFromLang(md.lang);

    // Lead image.
    QString image
        = first(f.metas, { "og:image:secure_url", "og:image:url", "og:image", "twitter:image", "twitter:image:src" });
    if (image.isEmpty())
        image = imageOf(article.value(QLatin1String("image")));
    if (image.isEmpty())
        image = imageOf(article.value(QLatin1String("thumbnailUrl")));
    if (image.isEmpty())
        image = f.imageSrcLink;
    // The lead image is shown like the body's pictures: the same URL rules
    // (no javascript:, data:, file: or a <base> pointing at any of them).
    md.imageUrl = HtmlSanitizer::safeImageUrl(image, f.base);
    md.imageAlt = first(f.metas, { "og:image:alt", "twitter:image:alt" });

    md.excerpt = first(f.metas, { "og:description", "description", "twitter:description", "dc.description" });
    if (md.excerpt.isEmpty())
        md.excerpt = clean(article.value(QLatin1String("description")).toString());

    // Body carried as structured data.
    md.jsonBody = stripHtmlTags(article.value(QLatin1String("articleBody")).toString());
    if (md.jsonBody.isEmpty() && article.contains(QLatin1String("liveBlogUpdate"))) {
        QStringList parts;
        for (const auto &u : article.value(QLatin1String("liveBlogUpdate")).toArray()) {
            const QJsonObject o = u.toObject();
            const QString body = stripHtmlTags(o.value(QLatin1String("articleBody")).toString());
            if (!body.isEmpty())
                parts << body;
        }
        md.jsonBody = parts.join(QLatin1String("\n\n"));
    }
    // A product page that renders its description with script: the
    // Product's description in JSON-LD is its main text.
    if (md.jsonBody.isEmpty() && article.isEmpty())
        for (const QJsonObject &o : objects)
            if (typesOf(o).contains(QLatin1String("Product"))) {
                md.jsonBody = stripHtmlTags(o.value(QLatin1String("description")).toString());
                break;
            }
    if (md.jsonBody.isEmpty() && (md.jsonType == QLatin1String("HowTo") || md.jsonType == QLatin1String("Recipe")))
        md.jsonBody = instructionsBody(article);
    for (const auto &e : article.value(QLatin1String("recipeIngredient")).toArray())
        if (e.isString() && !e.toString().trimmed().isEmpty())
            md.jsonIngredients << HtmlText::decodeEntities(e.toString().trimmed());

    // Tags: JSON-LD, then meta, then the page, then plain keywords.
    {
        const QJsonValue kw = article.value(QLatin1String("keywords"));
        QStringList ld;
        if (kw.isString())
            ld = splitTags(kw.toString());
        else
            for (const QString &k : namesOf(kw))
                ld << splitTags(k);
        ld << namesOf(article.value(QLatin1String("about"))) << namesOf(article.value(QLatin1String("mentions")));
        addTags(&md.rawTags, TagSource::JsonLd, ld);
        QStringList meta;
        for (const char *k : { "article:tag", "og:article:tag", "news_keywords", "parsely-tags", "sailthru.tags",
                 "dcterms.subject", "dc.subject" })
            for (const QString &v : f.metas.value(QLatin1String(k)))
                meta << splitTags(v);
        addTags(&md.rawTags, TagSource::Meta, meta);
        collectPageTags(page, &md.rawTags);
        QStringList keywords;
        for (const QString &v : f.metas.value(QStringLiteral("keywords")))
            keywords << splitTags(v);
        addTags(&md.rawTags, TagSource::Keywords, keywords);
    }
    return md;
}

} // namespace Core::Extract
