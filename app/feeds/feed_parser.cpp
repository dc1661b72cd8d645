#include "feeds/feed_parser.h"

#include "base/charset.h"
#include "feed_internal.h"
#include "html/sanitizer.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Core::FeedParser {

namespace {

using namespace Detail;

// Input larger than this is cut, so that the parse stays bounded whoever the
// caller is. It is a backstop, not the memory guard: the fetcher and
// tidings-cli stop reading a feed at 20 MiB, so downloaded feeds never reach
// it. Only bytes a caller hands in directly (a local file in the benchmark)
// can be larger; 64 MiB lets the 50 MB benchmark feed be parsed whole.
constexpr qsizetype maxInputBytes = 64 * 1024 * 1024;

qsizetype firstSignificantByte(const QByteArray &bytes)
{
    qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
        ++i;
    return i;
}

// Stable across refetches: built only from what the feed says, never from time.
QString identityOf(const RawItem &raw)
{
    if (!raw.guid.isEmpty())
        return raw.guid;
    if (!raw.item.link.isEmpty())
        return raw.item.link;
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(raw.item.title.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(raw.summary.html.isEmpty() ? raw.content.html.toUtf8() : raw.summary.html.toUtf8());
    for (const Enclosure &enclosure : raw.item.enclosures)
        hash.addData(enclosure.url.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

bool isEmptyItem(const RawItem &raw)
{
    const ParsedItem &item = raw.item;
    return raw.guid.isEmpty() && item.title.isEmpty() && item.link.isEmpty() && raw.summary.html.isEmpty()
        && raw.content.html.isEmpty() && item.enclosures.isEmpty() && !item.published.isValid()
        && !item.updated.isValid() && item.author.isEmpty() && item.categories.isEmpty();
}

ParsedFeed finish(RawFeed &&raw, HtmlCleaner cleaner, const QDateTime &seenAt)
{
    ParsedFeed feed = std::move(raw.feed);
    feed.items.reserve(raw.items.size());
    for (RawItem &item : raw.items) {
        if (isEmptyItem(item))
            continue;
        const QString id = identityOf(item);
        ParsedItem parsed = std::move(item.item);
        parsed.id = id;
        if (!parsed.published.isValid())
            parsed.published = parsed.updated;
        if (!parsed.published.isValid()) {
            parsed.published = seenAt.toUTC();
            parsed.dateIsFirstSeen = true;
        }
        if (parsed.author.isEmpty())
            parsed.author = raw.author;
        if (!item.summary.html.isEmpty())
            parsed.summaryHtml = cleaner(item.summary.html, item.summary.base);
        if (!item.content.html.isEmpty())
            parsed.contentHtml = cleaner(item.content.html, item.content.base);
        feed.items.append(std::move(parsed));
    }
    return feed;
}

// Like feedparser's CharacterEncodingOverride: worth a line in the log, not a failure.
void noteCharsetOverride(const QByteArray &bytes, const QString &used, QStringList &errors)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_:.\\-]+)[\"']"));
    const QString declared = re.match(QString::fromLatin1(bytes.left(256))).captured(1);
    const QString normal = Charset::normalizeLabel(declared);
    if (!normal.isEmpty() && normal != used && !normal.startsWith(QLatin1String("utf-16"))
        && !normal.startsWith(QLatin1String("utf-32")))
        errors << QStringLiteral("read as %1, not as the declared %2").arg(used, declared);
}

ParsedFeed fatalFeed(const QString &error)
{
    ParsedFeed feed;
    feed.fatal = true;
    feed.errors << error;
    return feed;
}

} // namespace

ParsedFeed parse(const QByteArray &bytes, const QUrl &url, const QString &httpCharset, const QDateTime &seenAt)
{
    return parseWith(&HtmlSanitizer::clean, bytes, url, httpCharset, seenAt);
}

ParsedFeed parseWith(
    HtmlCleaner cleaner, const QByteArray &input, const QUrl &url, const QString &httpCharset, const QDateTime &seenAt)
{
    const QByteArray bytes = input.size() > maxInputBytes ? input.left(maxInputBytes) : input;
    const qsizetype start = firstSignificantByte(bytes);
    if (start >= bytes.size())
        return fatalFeed(QStringLiteral("not a feed: the document is empty"));

    RawFeed raw;
    if (input.size() > maxInputBytes)
        raw.feed.errors << QStringLiteral("the document is larger than %1 MiB: the rest was ignored")
                               .arg(maxInputBytes / (1024 * 1024));
    if (bytes[start] == '{' || bytes[start] == '[') {
        parseJson(bytes.mid(start), url, raw);
    } else {
        const Charset::Decoded decoded = Charset::decodeXml(bytes, httpCharset);
        raw.feed.encoding = decoded.encoding;
        noteCharsetOverride(bytes, decoded.encoding, raw.feed.errors);
        parseXml(decoded.text, url, raw);
    }
    if (raw.feed.fatal) {
        raw.items.clear();
        return std::move(raw.feed);
    }
    return finish(std::move(raw), cleaner, seenAt);
}

} // namespace Core::FeedParser
