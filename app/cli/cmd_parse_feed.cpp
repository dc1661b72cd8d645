#include "commands.h"
#include "feeds/feed_parser.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#include <optional>

namespace Cli {

namespace {

constexpr int fetchTimeoutMs = 30 * 1000;
constexpr qint64 maxFeedBytes = 20 * 1024 * 1024;

struct Input {
    QByteArray bytes;
    QUrl url;
    QString charset;
};

QString charsetOf(const QString &contentType)
{
    static const QRegularExpression re(
        QStringLiteral("charset\\s*=\\s*[\"']?([^\"';\\s]+)"), QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(contentType);
    return match.hasMatch() ? match.captured(1) : QString();
}

// One synchronous GET with a local event loop: a timeout and a size cap, nothing more.
std::optional<Input> fetch(const QUrl &url, QString &error)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Tidings/" TIDINGS_VERSION " (tidings-cli)"));
    request.setTransferTimeout(fetchTimeoutMs);
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    bool tooLarge = false;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > maxFeedBytes) {
            tooLarge = true;
            reply->abort();
        }
    });
    QTimer::singleShot(fetchTimeoutMs, &loop, [&] { reply->abort(); });
    loop.exec();
    reply->deleteLater();
    if (tooLarge) {
        error = QStringLiteral("larger than 20 MiB");
        return std::nullopt;
    }
    if (reply->error() != QNetworkReply::NoError) {
        error = reply->errorString();
        return std::nullopt;
    }
    Input input;
    input.bytes = reply->readAll();
    input.url = reply->url();
    input.charset = charsetOf(reply->header(QNetworkRequest::ContentTypeHeader).toString());
    return input;
}

std::optional<Input> readInput(const QString &argument, QString &error)
{
    const QUrl asUrl(argument);
    const QString scheme = asUrl.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return fetch(asUrl, error);
    QFile file(argument);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return std::nullopt;
    }
    Input input;
    input.bytes = file.read(maxFeedBytes + 1);
    if (input.bytes.size() > maxFeedBytes) {
        error = QStringLiteral("larger than 20 MiB");
        return std::nullopt;
    }
    input.url = QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath());
    return input;
}

QJsonValue dateJson(const QDateTime &date)
{
    return date.isValid() ? QJsonValue(date.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject itemJson(const Core::ParsedItem &item)
{
    QJsonArray enclosures;
    for (const Core::Enclosure &enclosure : item.enclosures) {
        enclosures.append(QJsonObject {
            { QStringLiteral("url"), enclosure.url },
            { QStringLiteral("type"), enclosure.type },
            { QStringLiteral("length"), enclosure.length >= 0 ? QJsonValue(enclosure.length) : QJsonValue() },
        });
    }
    return QJsonObject {
        { QStringLiteral("id"), item.id },
        { QStringLiteral("title"), item.title },
        { QStringLiteral("link"), item.link },
        { QStringLiteral("published"), item.dateIsFirstSeen ? QJsonValue() : dateJson(item.published) },
        { QStringLiteral("updated"), dateJson(item.updated) },
        { QStringLiteral("author"), item.author },
        { QStringLiteral("summary_html"), item.summaryHtml },
        { QStringLiteral("content_html"), item.contentHtml },
        { QStringLiteral("categories"), QJsonArray::fromStringList(item.categories) },
        { QStringLiteral("enclosures"), enclosures },
        { QStringLiteral("thumbnail"), item.thumbnailUrl.isEmpty() ? QJsonValue() : QJsonValue(item.thumbnailUrl) },
    };
}

QJsonObject feedJson(const QString &source, const Core::ParsedFeed &feed)
{
    QJsonArray items;
    for (const Core::ParsedItem &item : feed.items)
        items.append(itemJson(item));
    return QJsonObject {
        { QStringLiteral("source"), source },
        { QStringLiteral("format"), feed.format },
        { QStringLiteral("title"), feed.title },
        { QStringLiteral("link"), feed.link },
        { QStringLiteral("subtitle"), feed.subtitle },
        { QStringLiteral("icon"), feed.iconUrl },
        { QStringLiteral("language"), feed.language },
        { QStringLiteral("updated"), dateJson(feed.updated) },
        { QStringLiteral("encoding"), feed.encoding },
        { QStringLiteral("fatal"), feed.fatal },
        { QStringLiteral("errors"), QJsonArray::fromStringList(feed.errors) },
        { QStringLiteral("items"), items },
    };
}

} // namespace

int parseFeed(const Context &, const QStringList &args)
{
    QStringList sources;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--format")) {
            if (i + 1 >= args.size() || args.at(i + 1) != QLatin1String("json")) {
                err() << "tidings-cli parse-feed: --format takes json\n";
                return Usage;
            }
            ++i;
        } else if (arg == QLatin1String("--format=json")) {
            continue;
        } else if (arg.startsWith(QLatin1String("--"))) {
            err() << "tidings-cli parse-feed: unknown option " << arg << '\n';
            return Usage;
        } else {
            sources << arg;
        }
    }
    if (sources.isEmpty()) {
        err() << "usage: tidings-cli parse-feed FILE|URL... [--format json]\n";
        return Usage;
    }
    QJsonArray results;
    int code = Success;
    for (const QString &source : sources) {
        QString error;
        const std::optional<Input> input = readInput(source, error);
        if (!input) {
            err() << "tidings-cli parse-feed: " << source << ": " << error << '\n';
            code = SomeFailed;
            continue;
        }
        const Core::ParsedFeed feed = Core::FeedParser::parse(input->bytes, input->url, input->charset);
        if (feed.fatal) {
            err() << "tidings-cli parse-feed: " << source << ": " << feed.errors.join(QStringLiteral("; ")) << '\n';
            code = SomeFailed;
        }
        results.append(feedJson(source, feed));
    }
    const QJsonDocument doc = sources.size() == 1 && !results.isEmpty() ? QJsonDocument(results.first().toObject())
                                                                        : QJsonDocument(results);
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    return code;
}

} // namespace Cli
