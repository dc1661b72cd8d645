#include "extract_dates.h"
#include "extract_metadata.h"
#include "extract_metadata_parts.h"

#include <QRegularExpression>

#include <string_view>

namespace Core::Extract {

namespace Meta {

namespace {

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

void addTags(QList<RawTag> *raw, TagSource source, const QStringList &values)
{
    for (const QString &v : values) {
        const RawTag tag { source, v };
        if (!raw->contains(tag))
            raw->append(tag);
    }
}

} // namespace Meta

using namespace Meta;

void collectPageTags(const Document &doc, QList<RawTag> *rawTags)
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
        addTags(rawTags, relTag || tagHref ? TagSource::RelTag : TagSource::List, { text });
        if (rawTags->size() > 100)
            return;
    }
}

} // namespace Core::Extract
