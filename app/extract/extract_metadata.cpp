#include "extract_metadata.h"

#include "base/html_text.h"
#include "extract_dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Core::Extract {

namespace {

using MetaMap = QHash<QString, QStringList>;

QString clean(const QString &s)
{
    return normalizeSpace(HtmlText::decodeEntities(s));
}

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

PageFacts gatherFacts(const Document &doc, const QUrl &url)
{
    PageFacts f;
    f.base = url;
    if (doc.html >= 0) {
        const Node &h = doc.nodes[size_t(doc.html)];
        f.htmlLang = doc.attributeString(h, "lang");
        if (f.htmlLang.isEmpty())
            f.htmlLang = doc.attributeString(h, "xml:lang");
        f.htmlDir = doc.attributeString(h, "dir").toLower();
    }
    for (size_t i = 0; i < doc.nodes.size(); ++i) {
        const Node &n = doc.nodes[i];
        switch (n.tag) {
        case Tag::Meta: {
            const QString content = doc.attributeString(n, "content");
            if (content.isEmpty())
                break;
            for (const char *keyAttr : { "name", "property", "itemprop", "http-equiv" }) {
                const QString key = doc.attributeString(n, keyAttr).toLower();
                if (key.isEmpty())
                    continue;
                const auto parts = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                for (const QString &part : parts)
                    f.metas[part].append(content);
            }
            break;
        }
        case Tag::Title:
            if (f.titleTag.isEmpty() && (doc.body < 0 || !doc.isAncestor(doc.body, int(i)) || doc.head < 0))
                f.titleTag = clean(doc.text(int(i)));
            break;
        case Tag::Link: {
            const QString rel = doc.attributeString(n, "rel").toLower();
            if (rel == QLatin1String("image_src"))
                f.imageSrcLink = doc.attributeString(n, "href");
            break;
        }
        case Tag::Other:
            if (std::strcmp(doc.name(n), "base") == 0) {
                const QString href = doc.attributeString(n, "href");
                if (!href.isEmpty() && f.base == url)
                    f.base = url.resolved(QUrl(href));
            }
            break;
        case Tag::H1:
            if (f.h1s.size() < 5)
                f.h1s.append(doc.text(int(i)));
            ++f.h1Count;
            break;
        case Tag::H2:
            if (f.h2s.size() < 10 && n.agg.chars < 300)
                f.h2s.append(doc.text(int(i)));
            break;
        case Tag::Time:
            if (f.firstTimeElement < 0 && doc.hasAttribute(n, "datetime"))
                f.firstTimeElement = int(i);
            break;
        default:
            break;
        }
        // itemprop on visible elements (microdata): headline, author, datePublished.
        if (n.tag != Tag::Text && n.tag != Tag::Meta && doc.hasAttribute(n, "itemprop")) {
            const QString prop = doc.attributeString(n, "itemprop");
            if (prop == QLatin1String("datePublished") || prop == QLatin1String("dateModified")) {
                QString v = doc.attributeString(n, "datetime");
                if (v.isEmpty())
                    v = doc.attributeString(n, "content");
                if (v.isEmpty())
                    v = doc.text(int(i));
                f.metas[prop.toLower()].append(v);
            }
        }
    }
    return f;
}

// ---- JSON-LD -----------------------------------------------------------

bool isArticleType(const QString &t)
{
    static const QSet<QString> types = {
        QStringLiteral("Article"),
        QStringLiteral("NewsArticle"),
        QStringLiteral("BlogPosting"),
        QStringLiteral("ReportageNewsArticle"),
        QStringLiteral("AnalysisNewsArticle"),
        QStringLiteral("OpinionNewsArticle"),
        QStringLiteral("BackgroundNewsArticle"),
        QStringLiteral("ReviewNewsArticle"),
        QStringLiteral("Report"),
        QStringLiteral("ScholarlyArticle"),
        QStringLiteral("TechArticle"),
        QStringLiteral("LiveBlogPosting"),
        QStringLiteral("SocialMediaPosting"),
        QStringLiteral("DiscussionForumPosting"),
        QStringLiteral("Review"),
        QStringLiteral("Posting"),
        QStringLiteral("MedicalWebPage"),
        QStringLiteral("Recipe"),
        QStringLiteral("SatiricalArticle"),
        QStringLiteral("AdvertiserContentArticle"),
        QStringLiteral("APIReference"),
        QStringLiteral("HowTo"),
    };
    return types.contains(t);
}

QStringList typesOf(const QJsonObject &o)
{
    const QJsonValue t = o.value(QLatin1String("@type"));
    QStringList out;
    if (t.isString())
        out << t.toString();
    else if (t.isArray())
        for (const auto &v : t.toArray())
            out << v.toString();
    return out;
}

void collectObjects(const QJsonValue &v, QList<QJsonObject> *out, int depth)
{
    if (depth > 4 || out->size() > 200)
        return;
    if (v.isArray()) {
        for (const auto &e : v.toArray())
            collectObjects(e, out, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        out->append(o);
        if (o.contains(QLatin1String("@graph")))
            collectObjects(o.value(QLatin1String("@graph")), out, depth + 1);
        if (o.contains(QLatin1String("mainEntity")))
            collectObjects(o.value(QLatin1String("mainEntity")), out, depth + 1);
    }
}

QStringList namesOf(const QJsonValue &v, int depth = 0)
{
    QStringList out;
    if (depth > 3)
        return out;
    if (v.isString()) {
        out << clean(v.toString());
    } else if (v.isArray()) {
        for (const auto &e : v.toArray())
            out << namesOf(e, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QString name = clean(o.value(QLatin1String("name")).toString());
        if (!name.isEmpty())
            out << name;
    }
    out.removeAll(QString());
    return out;
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

QList<QJsonObject> parseJsonLd(const QList<QByteArray> &blocks)
{
    QList<QJsonObject> objects;
    for (QByteArray raw : blocks) {
        raw = raw.trimmed();
        if (raw.startsWith("<!--"))
            raw = raw.mid(4);
        if (raw.endsWith("-->"))
            raw.chop(3);
        raw.replace("//<![CDATA[", "").replace("//]]>", "");
        raw = raw.trimmed();
        if (raw.startsWith("<![CDATA["))
            raw = raw.mid(9);
        if (raw.endsWith("]]>"))
            raw.chop(3);
        raw = raw.trimmed();
        while (raw.endsWith(';'))
            raw.chop(1);
        QJsonParseError error;
        QJsonDocument json = QJsonDocument::fromJson(raw, &error);
        if (error.error != QJsonParseError::NoError) {
            // Raw newlines and tabs inside strings are common and fatal to strict JSON.
            QByteArray fixed = raw;
            fixed.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
            json = QJsonDocument::fromJson(fixed, &error);
            if (error.error != QJsonParseError::NoError)
                continue;
        }
        collectObjects(json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()), &objects, 0);
    }
    return objects;
}

// The text of an HTML value in JSON-LD, its paragraphs kept as blank lines.
QString stripHtmlTags(const QString &s)
{
    return HtmlText::htmlToText(s, HtmlText::Layout::Paragraphs);
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

// ---- Byline --------------------------------------------------------------

QString normalizeByline(QString s)
{
    s = normalizeSpace(s);
    // "Jane Doe Published May 17, 2024 | 09:00 AM": the name only.
    static const QRegularExpression tail(
        QStringLiteral("\\s*(?:[|•·—–]\\s*)?\\b(?:published|updated|posted|last "
                       "updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado)\\b.*$|\\s+[|•·]\\s+.*$"),
        QRegularExpression::CaseInsensitiveOption);
    s.remove(tail);
    static const QRegularExpression prefix(
        QStringLiteral("^(?:by|written by|words by|von|par|por|door|di|av|autor:|author:)\\s*:?\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    s.remove(prefix);
    if (s.size() > 120)
        return {};
    return s;
}

bool isUrlish(const QString &s)
{
    return s.startsWith(QLatin1String("http")) || s.startsWith(QLatin1String("//"))
        || s.contains(QLatin1String(".com/"));
}

// "Sign In | Sign Up | Subscribe": account links that sit in author-ish boxes.
bool isAccountChrome(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?:sign in|sign up|log in|login|subscribe|my account|menu|register)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

bool isAuthorLink(const Document &doc, int i)
{
    const Node &n = doc.nodes[size_t(i)];
    if (n.tag == Tag::Text)
        return false;
    const QByteArray rel = doc.attribute(n, "rel");
    if (rel == "author" || doc.attribute(n, "itemprop").contains("author"))
        return true;
    return n.tag == Tag::A
        && (doc.attribute(n, "href").contains("/author") || doc.attribute(n, "href").contains("/autor"));
}

QString domByline(const Document &doc)
{
    if (doc.body < 0)
        return {};
    const Node &body = doc.nodes[size_t(doc.body)];
    int examined = 0;
    for (int i = doc.body; i < body.end && examined < 30000; ++i) {
        const Node &n = doc.nodes[size_t(i)];
        if (n.tag == Tag::Text)
            continue;
        ++examined;
        if (n.flags & (Hidden | CommentBox)) {
            i = n.end - 1;
            continue;
        }
        if (!(n.flags & AuthorBox) && !doc.hasAttribute(n, "rel") && !doc.hasAttribute(n, "itemprop"))
            continue;
        const QByteArray rel = doc.attribute(n, "rel");
        const QByteArray itemprop = doc.attribute(n, "itemprop");
        QByteArray cls = doc.attribute(n, "class").toLower() + ' ' + doc.attribute(n, "id").toLower();
        const bool hit = rel == "author" || itemprop.contains("author") || cls.contains("byline")
            || cls.contains("author") || cls.contains("writtenby") || cls.contains("p-author");
        if (!hit || cls.contains("comment") || cls.contains("related") || (n.flags & InFigure))
            continue;
        if (cls.contains("author-bio") || cls.contains("authorbio") || cls.contains("about-author"))
            continue;
        if (n.agg.chars > 1000) // a byline box is small; reading a big one would cost a walk of the page
            continue;
        // itemprop=author: prefer its name child; a byline box: prefer its author link.
        for (int j = i + 1; j < n.end; ++j) {
            const Node &c = doc.nodes[size_t(j)];
            if (c.tag == Tag::Text)
                continue;
            if (doc.attribute(c, "itemprop") == "name" || (!itemprop.contains("author") && isAuthorLink(doc, j))) {
                const QString name = doc.text(j);
                if (!name.isEmpty() && name.size() < 100)
                    return name;
            }
        }
        const QString text = doc.text(i);
        if (!text.isEmpty() && text.size() < 100 && !isAccountChrome(text)
            && n.agg.linkDensity() < 0.9f + (n.tag == Tag::A ? 1.f : 0.f))
            return text;
    }
    return {};
}

// A date in the visible byline or dateline: byline-like boxes first, then
// elements whose class merely says date or time (those are sometimes today's date in the masthead).
QDateTime domDate(const Document &doc)
{
    if (doc.body < 0)
        return {};
    const Node &body = doc.nodes[size_t(doc.body)];
    for (int pass = 0; pass < 2; ++pass) {
        int examined = 0;
        for (int i = doc.body; i < body.end && examined < 20000; ++i) {
            const Node &n = doc.nodes[size_t(i)];
            if (n.tag == Tag::Text)
                continue;
            ++examined;
            if (n.flags & (Hidden | CommentBox)) {
                i = n.end - 1;
                continue;
            }
            if (n.agg.chars == 0 || n.agg.chars > 200 || !(n.flags & (AuthorBox | DateBox)))
                continue;
            const QByteArray cls = doc.attribute(n, "class").toLower() + ' ' + doc.attribute(n, "id").toLower();
            const bool hit = pass == 0 ? (cls.contains("publish") || cls.contains("byline") || cls.contains("dateline")
                                 || cls.contains("posted") || cls.contains("author") || cls.contains("entry-meta")
                                 || cls.contains("post-meta") || cls.contains("article-meta"))
                                       : (cls.contains("date") || cls.contains("time") || cls.contains("meta"));
            if (!hit)
                continue;
            const QDateTime dt = findDateInText(doc.text(i));
            if (dt.isValid())
                return dt;
            i = n.end - 1;
        }
    }
    return {};
}

// ---- Tags ----------------------------------------------------------------

QStringList splitTags(const QString &s)
{
    static const QRegularExpression seps(QStringLiteral("[,;|\\x{FF0C}\\x{3001}\\x{FF1B}]"));
    QStringList out;
    for (QString part : s.split(seps, Qt::SkipEmptyParts)) {
        part = normalizeSpace(part);
        while (part.startsWith(QLatin1Char('#')) || part.startsWith(QLatin1Char('"'))
            || part.startsWith(QLatin1Char('\'')))
            part.remove(0, 1);
        while (part.endsWith(QLatin1Char('"')) || part.endsWith(QLatin1Char('\'')))
            part.chop(1);
        part = part.trimmed();
        if (!part.isEmpty() && part.size() <= 80)
            out << part;
    }
    return out;
}

void addTags(QStringList *raw, const QString &source, const QStringList &values)
{
    for (const QString &v : values) {
        const QString entry = source + QLatin1Char(':') + v;
        if (!raw->contains(entry))
            raw->append(entry);
    }
}

QString resolve(const QUrl &base, const QString &href)
{
    const QString h = href.trimmed();
    if (h.isEmpty() || h.startsWith(QLatin1String("data:")))
        return {};
    const QUrl u = base.resolved(QUrl(h));
    if (!u.isValid())
        return {};
    return u.toString(QUrl::FullyEncoded);
}

QString rtlFromLang(const QString &lang)
{
    static const QSet<QString> rtl = { QStringLiteral("ar"), QStringLiteral("he"), QStringLiteral("iw"),
        QStringLiteral("fa"), QStringLiteral("ur"), QStringLiteral("ps"), QStringLiteral("yi"), QStringLiteral("dv"),
        QStringLiteral("ckb"), QStringLiteral("sd"), QStringLiteral("ug") };
    const QString primary = lang.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
    return rtl.contains(primary) ? QStringLiteral("rtl") : QString();
}

// Whether a link points at a tag page: "/tag/", "/tags/", "/topic/",
// "/topics/", "/keyword/", "?tag=" or "&tag=", in any case. One pass over the
// href, looking closer only after '/', '?' or '&' (seven scans of every link
// were 2% of a page).
bool isTagHref(std::string_view href)
{
    static constexpr std::string_view afterSlash[] = { "tag/", "tags/", "topic/", "topics/", "keyword/" };
    const auto startsWithLower = [](std::string_view s, std::string_view lowerWord) {
        if (s.size() < lowerWord.size())
            return false;
        for (size_t i = 0; i < lowerWord.size(); ++i) {
            const char c = s[i] >= 'A' && s[i] <= 'Z' ? char(s[i] + ('a' - 'A')) : s[i];
            if (c != lowerWord[i])
                return false;
        }
        return true;
    };
    for (size_t at = href.find_first_of("/?&"); at != std::string_view::npos; at = href.find_first_of("/?&", at + 1)) {
        const std::string_view rest = href.substr(at + 1);
        if (href[at] != '/') {
            if (startsWithLower(rest, "tag="))
                return true;
            continue;
        }
        for (std::string_view word : afterSlash)
            if (startsWithLower(rest, word))
                return true;
    }
    return false;
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

void collectPageTags(const Document &doc, QStringList *rawTags)
{
    if (doc.body < 0)
        return;
    static const QRegularExpression heading(
        QStringLiteral("^(?:related topics|related tags|tags|topics|filed under|tagged|tagged with|tagged "
                       "as|keywords|themen|schlagworte|schlagwörter|mots-clés|etiquetas|temas|tematy|tagi)\\s*:?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const Node &body = doc.nodes[size_t(doc.body)];
    int listUntil = -1; // links before this index belong to a tag list
    int listParentEnd = -1;
    for (int i = doc.shown(doc.body, body.end); i < body.end; i = doc.shown(i + 1, body.end)) {
        const Node &n = doc.nodes[size_t(i)];
        if (n.tag == Tag::Text)
            continue;
        if (i >= listParentEnd)
            listUntil = -1;
        if (n.tag != Tag::A) {
            if (listUntil < 0 && (n.flags & TagListBox) && n.agg.chars < 2000) {
                listUntil = n.end;
                listParentEnd = n.end;
            } else if (n.agg.chars >= 4 && n.agg.chars < 30 && n.agg.linkChars == 0
                && (n.flags & Block || isHeading(n.tag) || n.tag == Tag::Span || n.tag == Tag::Strong)) {
                if (heading.match(doc.text(i)).hasMatch() && n.parent >= 0) {
                    listUntil = doc.nodes[size_t(n.parent)].end;
                    listParentEnd = listUntil;
                    // A heading that is alone in its wrapper introduces the next sibling.
                    const int grand = doc.nodes[size_t(n.parent)].parent;
                    if (doc.nodes[size_t(n.parent)].agg.chars == n.agg.chars && grand >= 0) {
                        listUntil = doc.nodes[size_t(grand)].end;
                        listParentEnd = listUntil;
                    }
                    i = n.end - 1;
                }
            }
            continue;
        }
        if (n.agg.chars < 2 || n.agg.chars > 60)
            continue;
        const char *href = doc.rawAttribute(n, "href");
        const char *rel = doc.rawAttribute(n, "rel");
        const bool relTag = rel && hasSpaceToken(rel, "tag");
        const bool tagHref = href && !relTag && isTagHref(href);
        if (!relTag && !tagHref && listUntil <= i)
            continue;
        const QString text = doc.text(i);
        if (text.size() < 2 || text.size() > 60)
            continue;
        addTags(rawTags, relTag || tagHref ? QStringLiteral("reltag") : QStringLiteral("list"), { text });
        if (rawTags->size() > 100)
            return;
    }
}

// The texts of schema.org HowTo steps and Recipe instructions: plain
// strings, HowToStep/HowToDirection objects with "text", and sections that
// nest them under itemListElement.
void collectStepTexts(const QJsonValue &v, QStringList *out, int depth)
{
    if (depth > 5 || out->size() > 200)
        return;
    if (v.isString()) {
        out->append(stripHtmlTags(v.toString()));
    } else if (v.isArray()) {
        for (const auto &e : v.toArray())
            collectStepTexts(e, out, depth + 1);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QLatin1String("text")))
            out->append(stripHtmlTags(o.value(QLatin1String("text")).toString()));
        collectStepTexts(o.value(QLatin1String("itemListElement")), out, depth + 1);
    }
}

// A how-to or a recipe carries its body as description, ingredients and steps.
QString instructionsBody(const QJsonObject &o)
{
    QStringList parts;
    parts << stripHtmlTags(o.value(QLatin1String("description")).toString());
    for (const char *key : { "recipeIngredient", "supply", "tool" }) {
        QStringList items;
        for (const auto &e : o.value(QLatin1String(key)).toArray())
            items << (e.isString() ? e.toString() : e.toObject().value(QLatin1String("name")).toString()).trimmed();
        items.removeAll(QString());
        if (!items.isEmpty())
            parts << items.join(QLatin1Char('\n'));
    }
    collectStepTexts(o.value(QLatin1String("recipeInstructions")), &parts, 0);
    collectStepTexts(o.value(QLatin1String("step")), &parts, 0);
    for (QString &p : parts)
        p = p.trimmed();
    parts.removeAll(QString());
    return parts.join(QLatin1String("\n\n"));
}

Metadata readMetadata(const Document &doc, const QUrl &url)
{
    Metadata md;
    const PageFacts f = gatherFacts(doc, url);
    md.baseUrl = f.base;
    const QList<QJsonObject> objects = parseJsonLd(doc.jsonLd);
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
    md.forum = md.jsonType == QLatin1String("DiscussionForumPosting");

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
            md.byline = meta.isEmpty() ? domByline(doc) : meta;
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
            md.published = parseDate(doc.attributeString(doc.nodes[size_t(f.firstTimeElement)], "datetime"));
        if (!md.published.isValid())
            md.published = domDate(doc);
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
    md.title = stripSiteName(md.title, md.siteName);
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
    md.imageUrl = resolve(f.base, image);
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
        addTags(&md.rawTags, QStringLiteral("jsonld"), ld);
        QStringList meta;
        for (const char *k : { "article:tag", "og:article:tag", "news_keywords", "parsely-tags", "sailthru.tags",
                 "dcterms.subject", "dc.subject" })
            for (const QString &v : f.metas.value(QLatin1String(k)))
                meta << splitTags(v);
        addTags(&md.rawTags, QStringLiteral("meta"), meta);
        collectPageTags(doc, &md.rawTags);
        QStringList keywords;
        for (const QString &v : f.metas.value(QStringLiteral("keywords")))
            keywords << splitTags(v);
        addTags(&md.rawTags, QStringLiteral("keywords"), keywords);
    }
    return md;
}

} // namespace Core::Extract
