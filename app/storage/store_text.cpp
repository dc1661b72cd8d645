#include "store_text.h"

#include <QHash>
#include <QSet>

namespace Core::StoreText {

namespace {

// Entities that feed summaries actually use; numeric references cover the rest.
// clang-format off
const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> entities = {
        {QStringLiteral("amp"), U'&'},       {QStringLiteral("lt"), U'<'},        {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},      {QStringLiteral("apos"), U'\''},     {QStringLiteral("nbsp"), U' '},
        {QStringLiteral("ndash"), U'\u2013'}, {QStringLiteral("mdash"), U'\u2014'}, {QStringLiteral("hellip"), U'\u2026'},
        {QStringLiteral("lsquo"), U'\u2018'}, {QStringLiteral("rsquo"), U'\u2019'}, {QStringLiteral("ldquo"), U'\u201C'},
        {QStringLiteral("rdquo"), U'\u201D'}, {QStringLiteral("laquo"), U'\u00AB'}, {QStringLiteral("raquo"), U'\u00BB'},
        {QStringLiteral("copy"), U'\u00A9'},  {QStringLiteral("reg"), U'\u00AE'},   {QStringLiteral("trade"), U'\u2122'},
        {QStringLiteral("middot"), U'\u00B7'}, {QStringLiteral("bull"), U'\u2022'}, {QStringLiteral("euro"), U'\u20AC'},
        {QStringLiteral("pound"), U'\u00A3'}, {QStringLiteral("deg"), U'\u00B0'},   {QStringLiteral("eacute"), U'\u00E9'},
        {QStringLiteral("egrave"), U'\u00E8'}, {QStringLiteral("agrave"), U'\u00E0'}, {QStringLiteral("uuml"), U'\u00FC'},
        {QStringLiteral("ouml"), U'\u00F6'},  {QStringLiteral("auml"), U'\u00E4'},  {QStringLiteral("szlig"), U'\u00DF'},
        {QStringLiteral("ccedil"), U'\u00E7'}, {QStringLiteral("shy"), U'\u00AD'},
    };
    return entities;
}

// Elements whose boundaries separate words; inline ones (b, a, span) do not.
bool isBlockTag(const QString &name)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("div"), QStringLiteral("li"),
        QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("h1"), QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"),
        QStringLiteral("tr"), QStringLiteral("td"), QStringLiteral("th"), QStringLiteral("table"),
        QStringLiteral("blockquote"), QStringLiteral("pre"), QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("hr"), QStringLiteral("img"),
        QStringLiteral("dd"), QStringLiteral("dt"), QStringLiteral("header"), QStringLiteral("footer"),
    };
    return blocks.contains(name);
}
// clang-format on

bool isHiddenTag(const QString &name)
{
    return name == QLatin1String("script") || name == QLatin1String("style") || name == QLatin1String("noscript")
        || name == QLatin1String("template");
}

// Decodes the entity at html[pos] == '&'; returns the characters consumed (0: not an entity).
qsizetype decodeEntity(const QString &html, qsizetype pos, QString &out)
{
    const qsizetype end = html.indexOf(QLatin1Char(';'), pos + 1);
    if (end < 0 || end - pos > 12)
        return 0;
    const QString name = html.mid(pos + 1, end - pos - 1);
    char32_t code = 0;
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == QLatin1Char('x') || name.at(1) == QLatin1Char('X'));
        code = char32_t(hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10));
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            code = U'\uFFFD';
    } else {
        code = namedEntities().value(name, 0);
        if (code == 0)
            return 0;
    }
    out += QString::fromUcs4(&code, 1);
    return end - pos + 1;
}

// Skips the tag at html[pos] == '<'; returns the position after it, or -1 if
// it is not a tag (a bare '<' in text).
qsizetype skipTag(const QString &html, qsizetype pos, QString &out)
{
    if (html.mid(pos, 4) == QLatin1String("<!--")) {
        const qsizetype end = html.indexOf(QLatin1String("-->"), pos + 4);
        return end < 0 ? html.size() : end + 3;
    }
    const qsizetype nameStart = pos + 1 + (pos + 1 < html.size() && html.at(pos + 1) == QLatin1Char('/') ? 1 : 0);
    if (nameStart >= html.size()
        || !(html.at(nameStart).isLetter() || html.at(nameStart) == QLatin1Char('!')
            || html.at(nameStart) == QLatin1Char('?')))
        return -1;
    qsizetype nameEnd = nameStart;
    while (nameEnd < html.size() && (html.at(nameEnd).isLetterOrNumber()))
        ++nameEnd;
    const QString name = html.mid(nameStart, nameEnd - nameStart).toLower();
    const qsizetype close = html.indexOf(QLatin1Char('>'), nameEnd);
    if (close < 0)
        return html.size();
    const bool closing = nameStart > pos + 1;
    if (!closing && isHiddenTag(name)) {
        const qsizetype end = html.indexOf(QStringLiteral("</") + name, close, Qt::CaseInsensitive);
        const qsizetype after = end < 0 ? -1 : html.indexOf(QLatin1Char('>'), end);
        return after < 0 ? html.size() : after + 1;
    }
    if (isBlockTag(name))
        out += QLatin1Char(' ');
    return close + 1;
}

} // namespace

QString plainText(const QString &html)
{
    QString out;
    out.reserve(html.size());
    qsizetype pos = 0;
    while (pos < html.size()) {
        const QChar c = html.at(pos);
        if (c == QLatin1Char('<')) {
            const qsizetype next = skipTag(html, pos, out);
            if (next >= 0) {
                pos = next;
                continue;
            }
        } else if (c == QLatin1Char('&')) {
            const qsizetype used = decodeEntity(html, pos, out);
            if (used > 0) {
                pos += used;
                continue;
            }
        }
        out += c;
        ++pos;
    }
    return out.simplified();
}

QString excerpt(const QString &text, int maxChars)
{
    QString line = text.simplified();
    if (line.size() <= maxChars)
        return line;
    qsizetype cut = line.lastIndexOf(QLatin1Char(' '), maxChars);
    if (cut < maxChars / 2)
        cut = maxChars;
    // Never split a surrogate pair.
    if (cut > 0 && line.at(cut - 1).isHighSurrogate())
        --cut;
    line.truncate(cut);
    while (!line.isEmpty() && (line.back().isPunct() || line.back().isSpace()) && line.back() != QLatin1Char(')'))
        line.chop(1);
    return line + QChar(0x2026);
}

QString searchBody(const QString &summaryHtml, const QString &contentHtml)
{
    return plainText(contentHtml.isEmpty() ? summaryHtml : contentHtml);
}

} // namespace Core::StoreText
