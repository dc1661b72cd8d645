#pragma once

// Shared helpers of the feed parser tests (tst_feed_parser,
// tst_feed_parser_recovery): the parser run with a cleaner that only makes
// links absolute, on bytes or on a fixture, at a fixed time.

#include "base/html_text.h"
#include "feeds/feed_parser.h"
#include "test_support.h"

#include <QRegularExpression>

namespace FeedTests {

using namespace Core;

inline const QDateTime seenAt(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

// The parser's own markup with href/src made absolute against the base the
// parser hands over: what these tests check is the parser, not the sanitizer.
inline QString resolvingCleaner(const QString &html, const QUrl &base)
{
    static const QRegularExpression re(QStringLiteral("\\b(href|src)=\"([^\"]*)\""));
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(html).mid(last, m.capturedStart(2) - last);
        out += base.resolved(QUrl(m.captured(2))).toString();
        last = m.capturedEnd(2);
    }
    out += QStringView(html).mid(last);
    return out;
}

inline ParsedFeed parseBytes(const QByteArray &bytes,
    const QString &url = QStringLiteral("https://test.example/feed.xml"), const QString &charset = {})
{
    return FeedParser::parseWith(&resolvingCleaner, bytes, QUrl(url), charset, seenAt);
}

inline ParsedFeed parseFixture(const QString &name, const QString &url, const QString &charset = {})
{
    const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(QStringLiteral("feeds/") + name));
    Q_ASSERT(!bytes.isEmpty());
    return parseBytes(bytes, url, charset);
}

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

inline QString text(const QString &html)
{
    return HtmlText::htmlToText(html);
}

inline QByteArray rssWithTitle(const QByteArray &titleXml)
{
    return "<rss version=\"2.0\"><channel><title>T</title><item><title>" + titleXml
        + "</title><guid>g</guid></item></channel></rss>";
}

} // namespace FeedTests
