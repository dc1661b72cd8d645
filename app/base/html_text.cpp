#include "base/html_text.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace Core::HtmlText {

namespace {

struct Entity {
    const char *name;
    char32_t codePoint;
};

// HTML 4.01 named character references (plus &apos;), sorted by name for a binary search.
constexpr Entity entities[] = {
    { "AElig", 0x00C6 },
    { "Aacute", 0x00C1 },
    { "Acirc", 0x00C2 },
    { "Agrave", 0x00C0 },
    { "Alpha", 0x0391 },
    { "Aring", 0x00C5 },
    { "Atilde", 0x00C3 },
    { "Auml", 0x00C4 },
    { "Beta", 0x0392 },
    { "Ccedil", 0x00C7 },
    { "Chi", 0x03A7 },
    { "Dagger", 0x2021 },
    { "Delta", 0x0394 },
    { "ETH", 0x00D0 },
    { "Eacute", 0x00C9 },
    { "Ecirc", 0x00CA },
    { "Egrave", 0x00C8 },
    { "Epsilon", 0x0395 },
    { "Eta", 0x0397 },
    { "Euml", 0x00CB },
    { "Gamma", 0x0393 },
    { "Iacute", 0x00CD },
    { "Icirc", 0x00CE },
    { "Igrave", 0x00CC },
    { "Iota", 0x0399 },
    { "Iuml", 0x00CF },
    { "Kappa", 0x039A },
    { "Lambda", 0x039B },
    { "Mu", 0x039C },
    { "Ntilde", 0x00D1 },
    { "Nu", 0x039D },
    { "OElig", 0x0152 },
    { "Oacute", 0x00D3 },
    { "Ocirc", 0x00D4 },
    { "Ograve", 0x00D2 },
    { "Omega", 0x03A9 },
    { "Omicron", 0x039F },
    { "Oslash", 0x00D8 },
    { "Otilde", 0x00D5 },
    { "Ouml", 0x00D6 },
    { "Phi", 0x03A6 },
    { "Pi", 0x03A0 },
    { "Prime", 0x2033 },
    { "Psi", 0x03A8 },
    { "Rho", 0x03A1 },
    { "Scaron", 0x0160 },
    { "Sigma", 0x03A3 },
    { "THORN", 0x00DE },
    { "Tau", 0x03A4 },
    { "Theta", 0x0398 },
    { "Uacute", 0x00DA },
    { "Ucirc", 0x00DB },
    { "Ugrave", 0x00D9 },
    { "Upsilon", 0x03A5 },
    { "Uuml", 0x00DC },
    { "Xi", 0x039E },
    { "Yacute", 0x00DD },
    { "Yuml", 0x0178 },
    { "Zeta", 0x0396 },
    { "aacute", 0x00E1 },
    { "acirc", 0x00E2 },
    { "acute", 0x00B4 },
    { "aelig", 0x00E6 },
    { "agrave", 0x00E0 },
    { "alefsym", 0x2135 },
    { "alpha", 0x03B1 },
    { "amp", 0x0026 },
    { "and", 0x2227 },
    { "ang", 0x2220 },
    { "apos", 0x0027 },
    { "aring", 0x00E5 },
    { "asymp", 0x2248 },
    { "atilde", 0x00E3 },
    { "auml", 0x00E4 },
    { "bdquo", 0x201E },
    { "beta", 0x03B2 },
    { "brvbar", 0x00A6 },
    { "bull", 0x2022 },
    { "cap", 0x2229 },
    { "ccedil", 0x00E7 },
    { "cedil", 0x00B8 },
    { "cent", 0x00A2 },
    { "chi", 0x03C7 },
    { "circ", 0x02C6 },
    { "clubs", 0x2663 },
    { "cong", 0x2245 },
    { "copy", 0x00A9 },
    { "crarr", 0x21B5 },
    { "cup", 0x222A },
    { "curren", 0x00A4 },
    { "dArr", 0x21D3 },
    { "dagger", 0x2020 },
    { "darr", 0x2193 },
    { "deg", 0x00B0 },
    { "delta", 0x03B4 },
    { "diams", 0x2666 },
    { "divide", 0x00F7 },
    { "eacute", 0x00E9 },
    { "ecirc", 0x00EA },
    { "egrave", 0x00E8 },
    { "empty", 0x2205 },
    { "emsp", 0x2003 },
    { "ensp", 0x2002 },
    { "epsilon", 0x03B5 },
    { "equiv", 0x2261 },
    { "eta", 0x03B7 },
    { "eth", 0x00F0 },
    { "euml", 0x00EB },
    { "euro", 0x20AC },
    { "exist", 0x2203 },
    { "fnof", 0x0192 },
    { "forall", 0x2200 },
    { "frac12", 0x00BD },
    { "frac14", 0x00BC },
    { "frac34", 0x00BE },
    { "frasl", 0x2044 },
    { "gamma", 0x03B3 },
    { "ge", 0x2265 },
    { "gt", 0x003E },
    { "hArr", 0x21D4 },
    { "harr", 0x2194 },
    { "hearts", 0x2665 },
    { "hellip", 0x2026 },
    { "iacute", 0x00ED },
    { "icirc", 0x00EE },
    { "iexcl", 0x00A1 },
    { "igrave", 0x00EC },
    { "image", 0x2111 },
    { "infin", 0x221E },
    { "int", 0x222B },
    { "iota", 0x03B9 },
    { "iquest", 0x00BF },
    { "isin", 0x2208 },
    { "iuml", 0x00EF },
    { "kappa", 0x03BA },
    { "lArr", 0x21D0 },
    { "lambda", 0x03BB },
    { "lang", 0x2329 },
    { "laquo", 0x00AB },
    { "larr", 0x2190 },
    { "lceil", 0x2308 },
    { "ldquo", 0x201C },
    { "le", 0x2264 },
    { "lfloor", 0x230A },
    { "lowast", 0x2217 },
    { "loz", 0x25CA },
    { "lrm", 0x200E },
    { "lsaquo", 0x2039 },
    { "lsquo", 0x2018 },
    { "lt", 0x003C },
    { "macr", 0x00AF },
    { "mdash", 0x2014 },
    { "micro", 0x00B5 },
    { "middot", 0x00B7 },
    { "minus", 0x2212 },
    { "mu", 0x03BC },
    { "nabla", 0x2207 },
    { "nbsp", 0x00A0 },
    { "ndash", 0x2013 },
    { "ne", 0x2260 },
    { "ni", 0x220B },
    { "not", 0x00AC },
    { "notin", 0x2209 },
    { "nsub", 0x2284 },
    { "ntilde", 0x00F1 },
    { "nu", 0x03BD },
    { "oacute", 0x00F3 },
    { "ocirc", 0x00F4 },
    { "oelig", 0x0153 },
    { "ograve", 0x00F2 },
    { "oline", 0x203E },
    { "omega", 0x03C9 },
    { "omicron", 0x03BF },
    { "oplus", 0x2295 },
    { "or", 0x2228 },
    { "ordf", 0x00AA },
    { "ordm", 0x00BA },
    { "oslash", 0x00F8 },
    { "otilde", 0x00F5 },
    { "otimes", 0x2297 },
    { "ouml", 0x00F6 },
    { "para", 0x00B6 },
    { "part", 0x2202 },
    { "permil", 0x2030 },
    { "perp", 0x22A5 },
    { "phi", 0x03C6 },
    { "pi", 0x03C0 },
    { "piv", 0x03D6 },
    { "plusmn", 0x00B1 },
    { "pound", 0x00A3 },
    { "prime", 0x2032 },
    { "prod", 0x220F },
    { "prop", 0x221D },
    { "psi", 0x03C8 },
    { "quot", 0x0022 },
    { "rArr", 0x21D2 },
    { "radic", 0x221A },
    { "rang", 0x232A },
    { "raquo", 0x00BB },
    { "rarr", 0x2192 },
    { "rceil", 0x2309 },
    { "rdquo", 0x201D },
    { "real", 0x211C },
    { "reg", 0x00AE },
    { "rfloor", 0x230B },
    { "rho", 0x03C1 },
    { "rlm", 0x200F },
    { "rsaquo", 0x203A },
    { "rsquo", 0x2019 },
    { "sbquo", 0x201A },
    { "scaron", 0x0161 },
    { "sdot", 0x22C5 },
    { "sect", 0x00A7 },
    { "shy", 0x00AD },
    { "sigma", 0x03C3 },
    { "sigmaf", 0x03C2 },
    { "sim", 0x223C },
    { "spades", 0x2660 },
    { "sub", 0x2282 },
    { "sube", 0x2286 },
    { "sum", 0x2211 },
    { "sup", 0x2283 },
    { "sup1", 0x00B9 },
    { "sup2", 0x00B2 },
    { "sup3", 0x00B3 },
    { "supe", 0x2287 },
    { "szlig", 0x00DF },
    { "tau", 0x03C4 },
    { "there4", 0x2234 },
    { "theta", 0x03B8 },
    { "thetasym", 0x03D1 },
    { "thinsp", 0x2009 },
    { "thorn", 0x00FE },
    { "tilde", 0x02DC },
    { "times", 0x00D7 },
    { "trade", 0x2122 },
    { "uArr", 0x21D1 },
    { "uacute", 0x00FA },
    { "uarr", 0x2191 },
    { "ucirc", 0x00FB },
    { "ugrave", 0x00F9 },
    { "uml", 0x00A8 },
    { "upsih", 0x03D2 },
    { "upsilon", 0x03C5 },
    { "uuml", 0x00FC },
    { "weierp", 0x2118 },
    { "xi", 0x03BE },
    { "yacute", 0x00FD },
    { "yen", 0x00A5 },
    { "yuml", 0x00FF },
    { "zeta", 0x03B6 },
    { "zwj", 0x200D },
    { "zwnj", 0x200C },
};

// What browsers show for &#128; .. &#159;: the windows-1252 characters.
constexpr char16_t cp1252High[32] = {
    0x20AC,
    0x0081,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0x008D,
    0x017D,
    0x008F,
    0x0090,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0x009D,
    0x017E,
    0x0178,
};

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp >= 128 && cp < 160)
        cp = cp1252High[cp - 128];
    // Nothing, surrogates, beyond Unicode, and control characters other than
    // whitespace (a reference cut short, "&#8…", is often one) read as U+FFFD.
    const bool control = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') || cp == 0x7F;
    if (control || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (QChar::requiresSurrogates(cp)) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(static_cast<char16_t>(cp));
    }
}

// Reads the reference starting at text[i] == '&'. Returns the length consumed
// (0: not a reference we decode) and appends the character to `out`.
qsizetype decodeReference(QStringView text, qsizetype i, QString &out)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    if (j < n && text[j] == QLatin1Char('#')) {
        ++j;
        const bool hex = j < n && (text[j] == QLatin1Char('x') || text[j] == QLatin1Char('X'));
        if (hex)
            ++j;
        const qsizetype start = j;
        char32_t value = 0;
        while (j < n && j - start < 8) {
            const char16_t u = text[j].unicode();
            int digit = -1;
            if (u >= '0' && u <= '9')
                digit = u - '0';
            else if (hex && u >= 'a' && u <= 'f')
                digit = u - 'a' + 10;
            else if (hex && u >= 'A' && u <= 'F')
                digit = u - 'A' + 10;
            if (digit < 0)
                break;
            value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
            ++j;
        }
        if (j == start)
            return 0;
        if (j < n && text[j] == QLatin1Char(';'))
            ++j;
        appendCodePoint(out, value);
        return j - i;
    }
    const qsizetype start = j;
    while (j < n && j - start < 32 && isAsciiAlnum(text[j]))
        ++j;
    if (j == start || j >= n || text[j] != QLatin1Char(';'))
        return 0;
    const char32_t cp = namedEntity(text.mid(start, j - start));
    if (cp == 0)
        return 0;
    appendCodePoint(out, cp);
    return j + 1 - i;
}

bool startsWithTagName(QStringView html, qsizetype at, QStringView name)
{
    if (html.size() - at < name.size())
        return false;
    if (html.mid(at, name.size()).compare(name, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype after = at + name.size();
    return after >= html.size() || !isAsciiAlnum(html[after]);
}

// Index just past the closing tag of a raw-text element (script, style), or the end.
qsizetype skipRawText(QStringView html, qsizetype from, QStringView name)
{
    for (qsizetype i = from; i + 1 < html.size(); ++i) {
        if (html[i] == QLatin1Char('<') && html[i + 1] == QLatin1Char('/') && startsWithTagName(html, i + 2, name)) {
            const qsizetype close = html.indexOf(QLatin1Char('>'), i);
            return close < 0 ? html.size() : close + 1;
        }
    }
    return html.size();
}

// Index of the '>' closing the tag that starts before `from`, skipping quoted
// attribute values (alt="a<br>b"); the last index when the tag never closes.
qsizetype tagEnd(QStringView html, qsizetype from)
{
    QChar quote;
    for (qsizetype j = from; j < html.size(); ++j) {
        const QChar c = html[j];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if ((c == QLatin1Char('"') || c == QLatin1Char('\'')) && j > 0 && html[j - 1] == QLatin1Char('=')) {
            quote = c;
        } else if (c == QLatin1Char('>')) {
            return j;
        }
    }
    return html.size() - 1;
}

// The element name of the tag whose name starts at html[at] (after "<" or "</").
QStringView tagName(QStringView html, qsizetype at)
{
    qsizetype end = at;
    while (end < html.size() && isAsciiAlnum(html[end]))
        ++end;
    return html.mid(at, end - at);
}

bool nameIs(QStringView name, QLatin1String candidate)
{
    return name.compare(candidate, Qt::CaseInsensitive) == 0;
}

bool isOneOf(QStringView name, std::initializer_list<QLatin1String> names)
{
    return std::any_of(names.begin(), names.end(), [&](QLatin1String n) { return nameIs(name, n); });
}

// Elements whose boundaries separate words in plain text; inline ones (b, a,
// span) do not. Not the HTML block-level table (Html::isBlockTag, which the
// extractor and sanitizer share): this one decides only where a feed's or a
// stored story's text gets a space or a line break, so it also holds br, img
// and table cells, and changing it would change stored text.
bool breaksText(QStringView name)
{
    return isOneOf(name,
        { QLatin1String("p"), QLatin1String("br"), QLatin1String("div"), QLatin1String("li"), QLatin1String("ul"),
            QLatin1String("ol"), QLatin1String("h1"), QLatin1String("h2"), QLatin1String("h3"), QLatin1String("h4"),
            QLatin1String("h5"), QLatin1String("h6"), QLatin1String("tr"), QLatin1String("td"), QLatin1String("th"),
            QLatin1String("table"), QLatin1String("blockquote"), QLatin1String("pre"), QLatin1String("section"),
            QLatin1String("article"), QLatin1String("figure"), QLatin1String("figcaption"), QLatin1String("hr"),
            QLatin1String("img"), QLatin1String("dd"), QLatin1String("dt"), QLatin1String("header"),
            QLatin1String("footer") });
}

// Elements whose content is never shown as text.
bool isHiddenName(QStringView name)
{
    return isOneOf(name,
        { QLatin1String("script"), QLatin1String("style"), QLatin1String("noscript"), QLatin1String("template") });
}

// What a tag leaves in the text: nothing, a word break, or (Paragraphs) a line or paragraph break.
QLatin1String tagBreak(QStringView name, bool closing, Layout layout)
{
    if (!breaksText(name))
        return QLatin1String();
    if (layout == Layout::Paragraphs) {
        if (nameIs(name, QLatin1String("br")) || (closing && nameIs(name, QLatin1String("p"))))
            return QLatin1String("\n\n");
        if (closing && nameIs(name, QLatin1String("li")))
            return QLatin1String("\n");
    }
    return QLatin1String(" ");
}

} // namespace

char32_t namedEntity(QStringView name)
{
    if (name.isEmpty() || name.size() > 16)
        return 0;
    char key[17] = {};
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i].unicode() > 127)
            return 0;
        key[i] = static_cast<char>(name[i].unicode());
    }
    const auto it = std::lower_bound(std::begin(entities), std::end(entities), key,
        [](const Entity &e, const char *k) { return std::strcmp(e.name, k) < 0; });
    if (it == std::end(entities) || std::strcmp(it->name, key) != 0)
        return 0;
    return it->codePoint;
}

QString decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (const qsizetype used = decodeReference(text, i, out)) {
                i += used - 1;
                continue;
            }
        }
        out += text[i];
    }
    return out;
}

QString htmlToText(QStringView html, Layout layout)
{
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = html[i];
        if (c == QLatin1Char('<') && i + 1 < n
            && (html[i + 1].isLetter() || html[i + 1] == QLatin1Char('/') || html[i + 1] == QLatin1Char('!')
                || html[i + 1] == QLatin1Char('?'))) {
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 2;
                continue;
            }
            const bool closing = html[i + 1] == QLatin1Char('/');
            const QStringView name = tagName(html, i + (closing ? 2 : 1));
            out += tagBreak(name, closing, layout);
            qsizetype end = tagEnd(html, i + 1);
            if (!closing && isHiddenName(name))
                end = skipRawText(html, end + 1, name) - 1;
            i = end;
            continue;
        }
        if (c == QLatin1Char('&')) {
            if (const qsizetype used = decodeReference(html, i, out)) {
                i += used - 1;
                continue;
            }
        }
        out += c;
    }
    return layout == Layout::OneLine ? foldWhitespace(out) : out;
}

QString foldWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += c;
    }
    return out;
}

bool looksLikeHtml(QStringView text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QChar next = text[i + 1];
        if (text[i] == QLatin1Char('<') && (next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('!')))
            return true;
        if (text[i] == QLatin1Char('&') && (next == QLatin1Char('#') || next.isLetter())) {
            QString sink;
            if (decodeReference(text, i, sink) > 0)
                return true;
        }
    }
    return false;
}

} // namespace Core::HtmlText
