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

bool isAuthorLink(const Page &page, int i)
{
    const Node &n = page.nodes[size_t(i)];
    if (n.tag == Tag::Text)
        return false;
    const QByteArray rel = page.attribute(n, "rel");
    if (rel == "author" || page.attribute(n, "itemprop").contains("author"))
        return true;
    return n.tag == Tag::A
        && (page.attribute(n, "href").contains("/author") || page.attribute(n, "href").contains("/autor"));
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
    // "Steven Musil January 18, 2017 11:00 PM PST @stevenmusil": no handle, no date.
    static const QRegularExpression handle(QStringLiteral("(?:^|\\s)@\\w{2,}\\b"));
    s.remove(handle);
    static const QRegularExpression date(
        QStringLiteral(
            "\\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|"
            "sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\.?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|"
            "oct|nov|dec)[a-z]*\\.?\\s+\\d{4}\\b|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b).*$"),
        QRegularExpression::CaseInsensitiveOption);
    s.remove(date);
    s = s.trimmed();
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

QString domByline(const Page &page)
{
    if (page.body < 0)
        return {};
    const Node &body = page.nodes[size_t(page.body)];
    int examined = 0;
    for (int i = page.body; i < body.end && examined < 30000; ++i) {
        const Node &n = page.nodes[size_t(i)];
        if (n.tag == Tag::Text)
            continue;
        ++examined;
        if (page.flags[size_t(i)] & (Hidden | CommentBox)) {
            i = n.end - 1;
            continue;
        }
        if (!(page.flags[size_t(i)] & AuthorBox) && !page.hasAttribute(n, "rel") && !page.hasAttribute(n, "itemprop"))
            continue;
        const QByteArray rel = page.attribute(n, "rel");
        const QByteArray itemprop = page.attribute(n, "itemprop");
        QByteArray cls = page.attribute(n, "class").toLower() + ' ' + page.attribute(n, "id").toLower();
        const bool hit = rel == "author" || itemprop.contains("author") || cls.contains("byline")
            || cls.contains("author") || cls.contains("writtenby") || cls.contains("p-author");
        if (!hit || cls.contains("comment") || cls.contains("related") || (page.flags[size_t(i)] & InFigure))
            continue;
        if (cls.contains("author-bio") || cls.contains("authorbio") || cls.contains("about-author"))
            continue;
        if (page.agg[size_t(i)].chars > 1000) // a byline box is small; reading a big one would cost a walk of the page
            continue;
        // itemprop=author: prefer its name child; a byline box: prefer its author link.
        for (int j = i + 1; j < n.end; ++j) {
            const Node &c = page.nodes[size_t(j)];
            if (c.tag == Tag::Text)
                continue;
            if (page.attribute(c, "itemprop") == "name" || (!itemprop.contains("author") && isAuthorLink(page, j))) {
                const QString name = page.text(j);
                if (!name.isEmpty() && name.size() < 100)
                    return name;
            }
        }
        const QString text = page.text(i);
        if (!text.isEmpty() && text.size() < 100 && !isAccountChrome(text)
            && page.agg[size_t(i)].linkDensity() < 0.9f + (n.tag == Tag::A ? 1.f : 0.f))
            return text;
    }
    return {};
}

// A date in the visible byline or dateline: byline-like boxes first, then
// elements whose class merely says date or time (those are sometimes today's date in the masthead).
QDateTime domDate(const Page &page)
{
    if (page.body < 0)
        return {};
    const Node &body = page.nodes[size_t(page.body)];
    for (int pass = 0; pass < 2; ++pass) {
        int examined = 0;
        for (int i = page.body; i < body.end && examined < 20000; ++i) {
            const Node &n = page.nodes[size_t(i)];
            if (n.tag == Tag::Text)
                continue;
            ++examined;
            if (page.flags[size_t(i)] & (Hidden | CommentBox)) {
                i = n.end - 1;
                continue;
            }
            if (page.agg[size_t(i)].chars == 0 || page.agg[size_t(i)].chars > 200
                || !(page.flags[size_t(i)] & (AuthorBox | DateBox)))
                continue;
            const QByteArray cls = page.attribute(n, "class").toLower() + ' ' + page.attribute(n, "id").toLower();
            const bool hit = pass == 0 ? (cls.contains("publish") || cls.contains("byline") || cls.contains("dateline")
                                 || cls.contains("posted") || cls.contains("author") || cls.contains("entry-meta")
                                 || cls.contains("post-meta") || cls.contains("article-meta"))
                                       : (cls.contains("date") || cls.contains("time") || cls.contains("meta"));
            if (!hit)
                continue;
            const QDateTime dt = findDateInText(page.text(i));
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

void collectPageTags(const Page &page, QList<RawTag> *rawTags)
{
    if (page.body < 0)
        return;
    static const QRegularExpression heading(
        QStringLiteral("^(?:related topics|related tags|tags|topics|filed under|tagged|tagged with|tagged "
                       "as|keywords|themen|schlagworte|schlagwörter|mots-clés|etiquetas|temas|tematy|tagi)\\s*:?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const Node &body = page.nodes[size_t(page.body)];
    int listUntil = -1; // links before this index belong to a tag list
    int listParentEnd = -1;
    for (int i = page.shown(page.body, body.end); i < body.end; i = page.shown(i + 1, body.end)) {
        const Node &n = page.nodes[size_t(i)];
        if (n.tag == Tag::Text)
            continue;
        if (i >= listParentEnd)
            listUntil = -1;
        if (n.tag != Tag::A) {
            if (listUntil < 0 && (page.flags[size_t(i)] & TagListBox) && page.agg[size_t(i)].chars < 2000) {
                listUntil = n.end;
                listParentEnd = n.end;
            } else if (page.agg[size_t(i)].chars >= 4 && page.agg[size_t(i)].chars < 30
                && page.agg[size_t(i)].linkChars == 0
                && (page.flags[size_t(i)] & Block || isHeading(n.tag) || n.tag == Tag::Span || n.tag == Tag::Strong)) {
                if (heading.match(page.text(i)).hasMatch() && n.parent >= 0) {
                    listUntil = page.nodes[size_t(n.parent)].end;
                    listParentEnd = listUntil;
                    // A heading that is alone in its wrapper introduces the next sibling.
                    const int grand = page.nodes[size_t(n.parent)].parent;
                    if (page.agg[size_t(n.parent)].chars == page.agg[size_t(i)].chars && grand >= 0) {
                        listUntil = page.nodes[size_t(grand)].end;
                        listParentEnd = listUntil;
                    }
                    i = n.end - 1;
                }
            }
            continue;
        }
        if (page.agg[size_t(i)].chars < 2 || page.agg[size_t(i)].chars > 60)
            continue;
        const char *href = page.rawAttribute(n, "href");
        const char *rel = page.rawAttribute(n, "rel");
        const bool relTag = rel && hasSpaceToken(rel, "tag");
        const bool tagHref = href && !relTag && isTagHref(href);
        if (!relTag && !tagHref && listUntil <= i)
            continue;
        const QString text = page.text(i);
        if (text.size() < 2 || text.size() > 60)
            continue;
        addTags(rawTags, relTag || tagHref ? TagSource::RelTag : TagSource::List, { text });
        if (rawTags->size() > 100)
            return;
    }
}

} // namespace Core::Extract
