#include "commands.h"
#include "extract/article_extractor.h"
#include "topics/topics.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Cli {

namespace {

struct Options {
    QString url;
    QString charset;
    QString format = QStringLiteral("text");
    QString trace; // log how the cleaner treated the text nodes that hold this
    QStringList inputs;
};

struct Page {
    QByteArray bytes;
    QUrl url;
    QString charset;
    QString error;
};

bool isRemote(const QString &input)
{
    return input.startsWith(QLatin1String("http://")) || input.startsWith(QLatin1String("https://"));
}

Page fetch(const QString &address)
{
    Page page;
    page.url = QUrl(address);
    QNetworkAccessManager manager;
    QNetworkRequest request(page.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(30000);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Tidings/" TIDINGS_VERSION));
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (reply->error() != QNetworkReply::NoError) {
        page.error = reply->errorString();
    } else {
        page.bytes = reply->read(10 * 1024 * 1024);
        page.url = reply->url();
        const QString type = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        const qsizetype at = type.indexOf(QLatin1String("charset="), 0, Qt::CaseInsensitive);
        if (at >= 0)
            page.charset = type.mid(at + 8).section(QLatin1Char(';'), 0, 0).remove(QLatin1Char('"')).trimmed();
    }
    reply->deleteLater();
    return page;
}

Page load(const QString &input, const Options &options)
{
    if (isRemote(input))
        return fetch(input);
    Page page;
    QFile file(input);
    if (!file.open(QIODevice::ReadOnly)) {
        page.error = file.errorString();
        return page;
    }
    page.bytes = file.read(10 * 1024 * 1024);
    page.url = options.url.isEmpty() ? QUrl::fromLocalFile(QFileInfo(input).absoluteFilePath()) : QUrl(options.url);
    return page;
}

QString isoDate(const QDateTime &dt)
{
    return dt.isValid() ? dt.toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const QString &input, const Core::Article &a, const QStringList &topics, double elapsedMs)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), input);
    o.insert(QStringLiteral("url"), a.url);
    o.insert(QStringLiteral("title"), a.title);
    o.insert(QStringLiteral("byline"), a.byline);
    o.insert(QStringLiteral("published"), isoDate(a.published));
    o.insert(QStringLiteral("updated"), isoDate(a.updated));
    o.insert(QStringLiteral("site_name"), a.siteName);
    o.insert(QStringLiteral("lang"), a.lang);
    o.insert(QStringLiteral("dir"), a.dir);
    o.insert(QStringLiteral("lead_image"), a.leadImageUrl);
    o.insert(QStringLiteral("lead_image_alt"), a.leadImageAlt);
    o.insert(QStringLiteral("excerpt"), a.excerpt);
    o.insert(QStringLiteral("text"), a.text);
    o.insert(QStringLiteral("html"), a.html);
    o.insert(QStringLiteral("topics"), QJsonArray::fromStringList(topics));
    QJsonArray rawTags;
    for (const Core::RawTag &tag : a.rawTags)
        rawTags.append(Core::encodeRawTag(tag));
    o.insert(QStringLiteral("raw_tags"), rawTags);
    o.insert(QStringLiteral("readerable"), a.readerable);
    if (!a.readerable)
        o.insert(QStringLiteral("not_readerable_reason"), a.notReaderableReason);
    o.insert(QStringLiteral("word_count"), a.wordCount);
    o.insert(QStringLiteral("reading_minutes"), a.readingMinutes);
    o.insert(QStringLiteral("elapsed_ms"), elapsedMs);
    return o;
}

void printText(const Core::Article &a, const QStringList &topics)
{
    out() << a.title << '\n';
    QStringList line;
    if (!a.byline.isEmpty())
        line << a.byline;
    if (a.published.isValid())
        line << isoDate(a.published);
    if (!a.siteName.isEmpty())
        line << a.siteName;
    if (!line.isEmpty())
        out() << line.join(QLatin1String(" | ")) << '\n';
    if (!topics.isEmpty())
        out() << "Topics: " << topics.join(QLatin1String(", ")) << '\n';
    if (!a.readerable)
        out() << "(not readerable: " << a.notReaderableReason << ")\n";
    out() << '\n' << a.text << "\n";
}

int parseOptions(const QStringList &args, Options *options)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto value = [&](QString *target) {
            if (i + 1 >= args.size())
                return false;
            *target = args.at(++i);
            return true;
        };
        bool ok = true;
        if (arg == QLatin1String("--url"))
            ok = value(&options->url);
        else if (arg == QLatin1String("--charset"))
            ok = value(&options->charset);
        else if (arg == QLatin1String("--format"))
            ok = value(&options->format);
        else if (arg == QLatin1String("--trace"))
            ok = value(&options->trace) && !options->trace.isEmpty();
        else if (arg.startsWith(QLatin1String("--format=")))
            options->format = arg.mid(9);
        else if (arg.startsWith(QLatin1String("--url=")))
            options->url = arg.mid(6);
        else if (arg.startsWith(QLatin1String("--charset=")))
            options->charset = arg.mid(10);
        else if (arg.startsWith(QLatin1String("--")))
            ok = false;
        else
            options->inputs << arg;
        if (!ok) {
            err() << "tidings-cli extract: bad option '" << arg << "'\n";
            return Usage;
        }
    }
    static const QStringList formats = { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("jsonl") };
    if (!formats.contains(options->format)) {
        err() << "tidings-cli extract: --format must be text, json or jsonl\n";
        return Usage;
    }
    if (options->inputs.isEmpty()) {
        err() << "usage: tidings-cli extract [--url URL] [--charset C] [--format text|json|jsonl] [--trace TEXT] "
                 "FILE|URL...\n";
        return Usage;
    }
    return Success;
}

} // namespace

int extract(const Context &, const QStringList &args)
{
    Options options;
    if (const int code = parseOptions(args, &options); code != Success)
        return code;
    if (!options.trace.isEmpty()) {
        // To stderr, through the extractor's trace logging category.
        Core::ArticleExtractor::setTraceText(options.trace.toUtf8());
        QLoggingCategory::setFilterRules(QStringLiteral("tidings.extract.trace.debug=true"));
    }
    int result = Success;
    QJsonArray all;
    for (const QString &input : std::as_const(options.inputs)) {
        Page page = load(input, options);
        if (!page.error.isEmpty()) {
            err() << "tidings-cli extract: " << input << ": " << page.error << '\n';
            err().flush();
            result = SomeFailed;
            continue;
        }
        const QString charset = options.charset.isEmpty() ? page.charset : options.charset;
        QElapsedTimer timer;
        timer.start();
        Core::Article article = Core::ArticleExtractor::extract(page.bytes, page.url, charset);
        const QStringList topics = Core::Topics::tag(article, {}, {});
        const double elapsedMs = double(timer.nsecsElapsed()) / 1e6;
        article.topics = topics;
        if (options.format == QLatin1String("text")) {
            printText(article, topics);
        } else if (options.format == QLatin1String("jsonl")) {
            out() << QJsonDocument(toJson(input, article, topics, elapsedMs)).toJson(QJsonDocument::Compact) << '\n';
        } else {
            all.append(toJson(input, article, topics, elapsedMs));
        }
        out().flush();
    }
    if (options.format == QLatin1String("json"))
        out() << QJsonDocument(all.size() == 1 ? QJsonDocument(all.first().toObject()) : QJsonDocument(all))
                     .toJson(QJsonDocument::Indented);
    return result;
}

} // namespace Cli
