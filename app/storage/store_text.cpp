#include "store_text.h"

#include "base/html_text.h"

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
    return plainText(contentHtml.isEmpty() ? summaryHtml : contentHtml);
}

} // namespace Core::StoreText
