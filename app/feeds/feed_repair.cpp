#include "base/html_text.h"
#include "feed_internal.h"
#include "html/document.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace Core::FeedParser::Detail {

namespace {

// Entities declared in a DOCTYPE are inlined once, never recursively, and their
// total output is capped: a billion-laughs document cannot grow.
constexpr qsizetype maxEntityOutput = 1 << 20;

// How many open elements an end tag may close at once.
constexpr qsizetype maxAutoClose = 64;

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')
        || c == QLatin1Char(':');
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

bool isXmlChar(char16_t u)
{
    return u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u != 0xFFFE && u != 0xFFFF);
}

struct Repairer {
    QStringView in;
    QString out;
    QHash<QString, QString> declared;
    const QHash<QString, QString> *outerDeclared = nullptr; // set while inlining an entity's value
    qsizetype entityOutput = 0;
    int entitiesOverLimit = 0; // references dropped once the output cap was reached
    int nestedEntities = 0; // references inside an entity's value: dropped, never expanded
    qsizetype pendingSlash = -1; // where a void HTML tag's '>' needs a '/' before it
    QList<QStringView> open; // names of the elements open at this point
    int unclosed = 0;
    int strayEndTags = 0;
    int bareAmpersands = 0;
    int bareLessThans = 0;
    int badChars = 0;

    void copyUntil(qsizetype &i, QLatin1String terminator)
    {
        qsizetype end = in.indexOf(terminator, i);
        end = end < 0 ? in.size() : end + terminator.size();
        appendClean(in.mid(i, end - i));
        i = end;
    }

    // Copies text in runs; drops characters XML forbids and reads C1 controls
    // as the windows-1252 characters they almost always are (text decoded as
    // latin-1 somewhere upstream).
    // With escapeMarkup, '&', '<' and '>' become references (CDATA content
    // turned into ordinary character data).
    void appendClean(QStringView text, bool escapeMarkup = false)
    {
        qsizetype start = 0;
        for (qsizetype k = 0; k < text.size(); ++k) {
            const char16_t u = text[k].unicode();
            const bool c1 = u >= 0x80 && u < 0xA0;
            const bool markup = escapeMarkup && (u == '&' || u == '<' || u == '>');
            if (!c1 && !markup && isXmlChar(u))
                continue;
            out += text.mid(start, k - start);
            start = k + 1;
            if (markup)
                out += u == '&' ? QLatin1String("&amp;") : u == '<' ? QLatin1String("&lt;") : QLatin1String("&gt;");
            else if (c1)
                out += HtmlText::decodeEntities(QString(QStringLiteral("&#") + QString::number(u) + QLatin1Char(';')));
            else
                ++badChars;
        }
        out += text.mid(start);
    }

    // <![CDATA[...]]> written as escaped character data: the same text for
    // libxml2 (the parser runs with XML_PARSE_NOCDATA, so a CDATA section
    // becomes a text node anyway), but its character-data loop reads ASCII
    // runs in bulk while its CDATA loop decodes character by character, about
    // three times slower on feeds that carry their articles in CDATA. An
    // unterminated section is copied as it is, for libxml2 to recover.
    void cdata(qsizetype &i)
    {
        qsizetype end = i + 9;
        // indexOf(QChar) is vectorised; indexOf("]]>") goes character by character.
        while ((end = in.indexOf(QLatin1Char(']'), end)) >= 0 && in.mid(end, 3) != QLatin1String("]]>"))
            ++end;
        if (end < 0) {
            copyUntil(i, QLatin1String("]]>"));
            return;
        }
        appendClean(in.mid(i + 9, end - i - 9), true);
        i = end + 3;
    }

    // <!DOCTYPE ...>: dropped (libxml2 then never sees a DTD, so it loads
    // nothing and expands nothing); general entities with literal values are remembered.
    void skipDoctype(qsizetype &i)
    {
        qsizetype j = i + 9;
        int bracket = 0;
        QChar quote;
        const qsizetype start = j;
        for (; j < in.size(); ++j) {
            const QChar c = in[j];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
            } else if (c == QLatin1Char('[')) {
                ++bracket;
            } else if (c == QLatin1Char(']')) {
                --bracket;
            } else if (c == QLatin1Char('>') && bracket <= 0) {
                break;
            }
        }
        readEntityDeclarations(in.mid(start, j - start));
        i = j < in.size() ? j + 1 : j;
    }

    void readEntityDeclarations(QStringView subset)
    {
        qsizetype pos = 0;
        while ((pos = subset.indexOf(QLatin1String("<!ENTITY"), pos)) >= 0) {
            pos += 8;
            while (pos < subset.size() && subset[pos].isSpace())
                ++pos;
            if (pos >= subset.size() || subset[pos] == QLatin1Char('%'))
                continue; // parameter entities: DTD machinery, not text
            const qsizetype nameStart = pos;
            while (pos < subset.size() && isNameChar(subset[pos]))
                ++pos;
            const QString name = subset.mid(nameStart, pos - nameStart).toString();
            while (pos < subset.size() && subset[pos].isSpace())
                ++pos;
            if (pos >= subset.size() || (subset[pos] != QLatin1Char('"') && subset[pos] != QLatin1Char('\'')))
                continue; // SYSTEM/PUBLIC: external, never loaded
            const QChar quote = subset[pos];
            const qsizetype valueEnd = subset.indexOf(quote, pos + 1);
            if (valueEnd < 0 || name.isEmpty())
                break;
            declared.insert(name, subset.mid(pos + 1, valueEnd - pos - 1).toString());
            pos = valueEnd + 1;
        }
    }

    void ampersand(qsizetype &i)
    {
        if (const qsizetype run = doubleEncodedRun(i)) {
            i += run;
            return;
        }
        qsizetype j = i + 1;
        if (j < in.size() && in[j] == QLatin1Char('#')) {
            ++j;
            const bool hex = j < in.size() && (in[j] == QLatin1Char('x') || in[j] == QLatin1Char('X'));
            if (hex)
                ++j;
            const qsizetype digits = j;
            while (j < in.size() && (hex ? isHexDigit(in[j]) : in[j].isDigit()))
                ++j;
            if (j > digits && j < in.size() && in[j] == QLatin1Char(';')) {
                numericReference(in.mid(i, j + 1 - i));
                i = j + 1;
                return;
            }
        } else {
            while (j < in.size() && j - i < 40 && isNameChar(in[j]))
                ++j;
            if (j > i + 1 && j < in.size() && in[j] == QLatin1Char(';')) {
                const QStringView name = in.mid(i + 1, j - i - 1);
                if (namedReference(name)) {
                    i = j + 1;
                    return;
                }
            }
        }
        ++bareAmpersands;
        out += QLatin1String("&amp;");
        ++i;
    }

    // Numeric references to characters XML forbids (&#0; &#x1;) would stop libxml2.
    void numericReference(QStringView ref)
    {
        const QString decoded = HtmlText::decodeEntities(ref);
        if (decoded.size() == 1 && !isXmlChar(decoded[0].unicode())) {
            ++badChars;
            return;
        }
        static const QString markup = QStringLiteral("<&\"'");
        if (decoded.size() != 1 || !markup.contains(decoded[0]))
            out += decoded; // also turns &#150; into the windows-1252 dash, as browsers do
        else if (ref.size() > 2 && ref[2] == QLatin1Char('X'))
            out += QLatin1String("&#x") + ref.mid(3); // XML accepts only a lower-case x
        else
            out += ref;
    }

    // "&#226;&#128;&#166;" is UTF-8 written byte by byte as references
    // (double-encoded "…"). Returns the length consumed, 0 if it is no such run.
    qsizetype doubleEncodedRun(qsizetype i)
    {
        QByteArray bytes;
        qsizetype j = i;
        while (j + 3 < in.size() && in[j] == QLatin1Char('&') && in[j + 1] == QLatin1Char('#')) {
            const qsizetype semi = in.indexOf(QLatin1Char(';'), j);
            if (semi < 0 || semi - j > 6)
                break;
            bool ok = false;
            const uint value = in.mid(j + 2, semi - j - 2).toUInt(&ok);
            if (!ok || value < 0x80 || value > 0xFF)
                break;
            bytes += static_cast<char>(value);
            j = semi + 1;
        }
        if (bytes.size() < 2 || (static_cast<unsigned char>(bytes[0]) & 0xE0) < 0xC0)
            return 0;
        const QString text = QString::fromUtf8(bytes);
        if (text.contains(QChar::ReplacementCharacter) || text.toUtf8() != bytes)
            return 0;
        out += text;
        return j - i;
    }

    bool namedReference(QStringView name)
    {
        static const QLatin1String xmlEntities[] = { QLatin1String("amp"), QLatin1String("lt"), QLatin1String("gt"),
            QLatin1String("quot"), QLatin1String("apos") };
        for (const QLatin1String &xml : xmlEntities) {
            if (name == xml) {
                out += QLatin1Char('&');
                out += name;
                out += QLatin1Char(';');
                return true;
            }
        }
        if (outerDeclared && outerDeclared->contains(name.toString())) {
            ++nestedEntities;
            return true;
        }
        if (const auto it = declared.constFind(name.toString()); it != declared.constEnd()) {
            if (entityOutput + it->size() > maxEntityOutput) {
                ++entitiesOverLimit;
                return true;
            }
            entityOutput += it->size();
            Repairer inner;
            inner.in = *it; // no declared entities inside: no recursion
            inner.outerDeclared = &declared;
            inner.run();
            out += inner.out;
            nestedEntities += inner.nestedEntities;
            return true;
        }
        if (const char32_t cp = HtmlText::namedEntity(name)) {
            out += QString::fromUcs4(&cp, 1);
            return true;
        }
        return false;
    }

    // Keeps the element structure balanced the way a lenient reader would:
    // raw HTML pasted into RSS leaves <br>, <img> and <p> open, and libxml2
    // would then nest the rest of the feed inside them. Void HTML elements get
    // closed on the spot, an end tag closes whatever was left open inside its
    // element, stray end tags are dropped, and the document end closes the rest.
    void tag(qsizetype &i)
    {
        const bool endTag = in[i + 1] == QLatin1Char('/');
        const qsizetype nameStart = i + (endTag ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < in.size() && isNameChar(in[nameEnd]))
            ++nameEnd;
        const QStringView name = in.mid(nameStart, nameEnd - nameStart);
        const qsizetype close = name.isEmpty() ? in.size() : tagEnd(nameEnd);
        if (close >= in.size()) { // not a tag we can read: let libxml2 recover
            out += QLatin1Char('<');
            ++i;
            return;
        }
        const bool isVoid = isHtmlVoid(name);
        if (endTag) {
            i = close + 1;
            if (!isVoid)
                closeElement(name);
            return;
        }
        const bool selfClosed = in[close - 1] == QLatin1Char('/');
        if (isVoid && !selfClosed)
            pendingSlash = close;
        else if (!selfClosed && !isVoid)
            open.append(name);
        out += QLatin1Char('<');
        ++i;
    }

    void closeElement(QStringView name)
    {
        // Only the innermost elements are searched, so that hostile input
        // (a million opens, then a million stray end tags) stays linear.
        const qsizetype lowest = std::max<qsizetype>(0, open.size() - maxAutoClose);
        qsizetype match = -1;
        for (qsizetype k = open.size() - 1; k >= lowest && match < 0; --k)
            if (open[k] == name)
                match = k;
        for (qsizetype k = open.size() - 1; k >= lowest && match < 0; --k)
            if (open[k].compare(name, Qt::CaseInsensitive) == 0) // <P> ... </p>
                match = k;
        if (match < 0) {
            ++strayEndTags;
            return;
        }
        unclosed += open.size() - 1 - match;
        while (open.size() > match)
            writeEndTag(open.takeLast());
    }

    void writeEndTag(QStringView name)
    {
        out += QLatin1String("</");
        out += name;
        out += QLatin1Char('>');
    }

    static bool isHtmlVoid(QStringView name)
    {
        // Not "link" or "source": RSS elements of those names have content
        // ("meta" and "base" are left to the XML parser too).
        const QByteArray lower = name.toLatin1().toLower();
        return Html::isVoidElement(std::string_view(lower.constData(), size_t(lower.size()))) && lower != "link"
            && lower != "source" && lower != "meta" && lower != "base";
    }

    // Index of the '>' that ends the tag, skipping quoted attribute values; the size when none.
    qsizetype tagEnd(qsizetype from) const
    {
        // XML attribute values cannot hold '<': stopping there keeps every
        // scan short, even on input full of unclosed quotes.
        QChar quote;
        for (qsizetype j = from; j < in.size(); ++j) {
            const QChar c = in[j];
            if (c == QLatin1Char('<'))
                return in.size(); // not a tag after all
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
            } else if (c == QLatin1Char('>')) {
                return j;
            }
        }
        return in.size();
    }

    void lessThan(qsizetype &i)
    {
        const QChar next = i + 1 < in.size() ? in[i + 1] : QChar();
        if (next.isLetter() || next == QLatin1Char('/') || next == QLatin1Char('_') || next == QLatin1Char(':')) {
            tag(i);
            return;
        }
        if (in.mid(i, 9) == QLatin1String("<![CDATA[")) {
            cdata(i);
            return;
        }
        if (in.mid(i, 4) == QLatin1String("<!--")) {
            copyUntil(i, QLatin1String("-->"));
            return;
        }
        if (in.mid(i, 9).compare(QLatin1String("<!DOCTYPE"), Qt::CaseInsensitive) == 0) {
            skipDoctype(i);
            return;
        }
        if (next == QLatin1Char('?')) {
            const qsizetype end = in.indexOf(QLatin1String("?>"), i);
            const bool xmlDecl = in.mid(i, 6).compare(QLatin1String("<?xml "), Qt::CaseInsensitive) == 0;
            if (xmlDecl) { // the text is Unicode now: its encoding label would mislead
                i = end < 0 ? in.size() : end + 2;
                return;
            }
            copyUntil(i, QLatin1String("?>"));
            return;
        }
        if (next == QLatin1Char('!')) {
            out += QLatin1Char('<');
            ++i;
            return;
        }
        ++bareLessThans;
        out += QLatin1String("&lt;");
        ++i;
    }

    void run()
    {
        out.reserve(in.size() + in.size() / 64);
        qsizetype i = 0;
        while (i < in.size()) {
            const QChar c = in[i];
            if (c == QLatin1Char('&')) {
                ampersand(i);
            } else if (c == QLatin1Char('<')) {
                lessThan(i);
            } else if (i == pendingSlash) {
                out += QLatin1Char('/');
                pendingSlash = -1; // the '>' itself is copied next
                continue;
            } else {
                qsizetype end = i + 1;
                while (end < in.size() && in[end] != QLatin1Char('&') && in[end] != QLatin1Char('<')
                    && end != pendingSlash)
                    ++end;
                appendClean(in.mid(i, end - i));
                i = end;
            }
        }
        unclosed += open.size();
        while (!open.isEmpty())
            writeEndTag(open.takeLast());
    }
};

} // namespace

namespace {

// Server warnings printed before the feed ("Warning: ... on line 3") would
// make the document unreadable: start at the feed's own first tag instead.
qsizetype documentStart(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size() && text[start].isSpace())
        ++start;
    if (start >= text.size() || text[start] == QLatin1Char('<'))
        return 0;
    const QStringView head = text.left(64 * 1024);
    qsizetype best = -1;
    for (const QLatin1String marker : { QLatin1String("<?xml"), QLatin1String("<rss"), QLatin1String("<feed"),
             QLatin1String("<rdf:RDF"), QLatin1String("<RDF") }) {
        const qsizetype at = head.indexOf(marker);
        if (at >= 0 && (best < 0 || at < best))
            best = at;
    }
    return best < 0 ? 0 : best;
}

} // namespace

QString repairXml(const QString &text, QStringList &errors)
{
    Repairer repairer;
    const qsizetype start = documentStart(text);
    if (start > 0)
        errors << QStringLiteral("ignored %1 characters of text before the document").arg(start);
    repairer.in = QStringView(text).mid(start);
    repairer.run();
    if (repairer.bareAmpersands > 0)
        errors << QStringLiteral("repaired %1 unescaped '&'").arg(repairer.bareAmpersands);
    if (repairer.unclosed > 0)
        errors << QStringLiteral("closed %1 elements left open").arg(repairer.unclosed);
    if (repairer.strayEndTags > 0)
        errors << QStringLiteral("dropped %1 end tags without a start tag").arg(repairer.strayEndTags);
    if (repairer.bareLessThans > 0)
        errors << QStringLiteral("repaired %1 unescaped '<'").arg(repairer.bareLessThans);
    if (repairer.entitiesOverLimit > 0)
        errors << QStringLiteral("entity expansion stopped at %1 KiB: dropped %2 entity references")
                      .arg(maxEntityOutput / 1024)
                      .arg(repairer.entitiesOverLimit);
    if (repairer.nestedEntities > 0)
        errors << QStringLiteral("dropped %1 entity references nested in entity values (never expanded)")
                      .arg(repairer.nestedEntities);
    if (repairer.badChars > 0)
        errors << QStringLiteral("dropped %1 characters that XML forbids").arg(repairer.badChars);
    return repairer.out;
}

QString textToHtml(const QString &text)
{
    // Blank lines separate paragraphs and single newlines are line breaks,
    // as in podcast show notes and JSON Feed content_text.
    QString normalized = text.trimmed();
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (!normalized.contains(QLatin1Char('\n')))
        return normalized.toHtmlEscaped();
    static const QRegularExpression blankLines(QStringLiteral("\n\\s*\n"));
    QString html;
    for (const QString &paragraph : normalized.split(blankLines, Qt::SkipEmptyParts)) {
        html += QLatin1String("<p>");
        html += paragraph.trimmed().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
        html += QLatin1String("</p>");
    }
    return html;
}

} // namespace Core::FeedParser::Detail
