#include "core/feed_parser.h"

namespace Core::FeedParser {

ParsedFeed parse(const QByteArray &bytes, const QUrl &url, const QString &httpCharset, const QDateTime &seenAt)
{
    Q_UNUSED(bytes);
    Q_UNUSED(url);
    Q_UNUSED(httpCharset);
    Q_UNUSED(seenAt);
    ParsedFeed feed;
    feed.fatal = true;
    feed.errors << QStringLiteral("not implemented");
    return feed;
}

} // namespace Core::FeedParser
