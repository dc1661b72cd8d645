#include "store_text.h"

#include "base/html_text.h"

#include <algorithm>

namespace Core::StoreText {

QString plainText(const QString &html)
{
    return HtmlText::htmlToText(html);
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
    return indexText(plainText(contentHtml.isEmpty() ? summaryHtml : contentHtml));
}

namespace {

// Scripts written without spaces between words: kana, CJK ideographs
// (with their extensions and compatibility forms) and Hangul syllables.
bool standsAlone(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3134F);
}

} // namespace

QString indexText(const QString &text)
{
    // Most text has none of these scripts: one pass, no copy.
    const auto first = std::find_if(text.cbegin(), text.cend(),
        [](QChar c) { return c.unicode() >= 0x3040 && (c.isSurrogate() || standsAlone(c.unicode())); });
    if (first == text.cend())
        return text;
    QString spaced;
    spaced.reserve(text.size() * 2);
    bool previousAlone = false;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        const bool alone = standsAlone(c);
        if ((alone || previousAlone) && !spaced.isEmpty() && !spaced.back().isSpace() && !text.at(i).isSpace())
            spaced += QLatin1Char(' ');
        spaced += QStringView(text).mid(i, length);
        previousAlone = alone;
        i += length;
    }
    return spaced;
}

} // namespace Core::StoreText
