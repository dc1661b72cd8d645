#include "base/html_text.h"
#include "commands.h"
#include "extract/article_extractor.h"
#include "pipeline/clean_page.h"
#include "storage/store.h"

#include <QDir>
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

#include <algorithm>

namespace Cli {

namespace {

struct Options {
    QString url;
    QString charset;
    QString format = QStringLiteral("text");
    QString trace; // log how the cleaner treated the text nodes that hold this
    QStringList feedCategories; // the story's categories in its feed, as the pipeline passes them
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

QJsonObject toJson(const QString &input, const Core::Article &a, double elapsedMs)
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
    o.insert(QStringLiteral("topics"), QJsonArray::fromStringList(a.topics));
    // Per chip, parallel to topics: the other names the page gives it (Topics::key form).
    QJsonArray aliases;
    for (const QStringList &names : a.topicAliases)
        aliases.append(QJsonArray::fromStringList(names));
    o.insert(QStringLiteral("topic_aliases"), aliases);
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

void printText(const Core::Article &a)
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
    if (!a.topics.isEmpty())
        out() << "Topics: " << a.topics.join(QLatin1String(", ")) << '\n';
    if (!a.readerable)
        out() << "(not readerable: " << a.notReaderableReason << ")\n";
    out() << '\n' << a.text << "\n";
}

const char *const usageLine = "usage: tidings-cli [--profile DIR] extract [--url URL] [--charset C] "
                              "[--feed-categories \"A,B\"]... [--format text|json|jsonl] [--trace TEXT] FILE|URL...\n";

// "A,B" -> A, B: the categories a feed gives one story (the option may come
// again). A backslash before a comma keeps it inside one category, as a feed
// may give it: "Mugabe\, Robert" is one surname-first name, not two. Cleaned
// as the feed parser cleans <category>: whitespace folded, a repeat in
// another case dropped.
void addCategories(const QString &value, QStringList *categories)
{
    QStringList parts { QString() };
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size() && value.at(i + 1) == QLatin1Char(','))
            parts.last() += value.at(++i);
        else if (value.at(i) == QLatin1Char(','))
            parts.append(QString {});
        else
            parts.last() += value.at(i);
    }
    for (const QString &part : std::as_const(parts)) {
        const QString category = Core::HtmlText::foldWhitespace(part);
        const bool known = std::any_of(categories->cbegin(), categories->cend(),
            [&](const QString &other) { return other.compare(category, Qt::CaseInsensitive) == 0; });
        if (!category.isEmpty() && !known)
            categories->append(category);
    }
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
        else if (arg == QLatin1String("--feed-categories")) {
            QString categories;
            ok = value(&categories);
            addCategories(categories, &options->feedCategories);
        } else if (arg.startsWith(QLatin1String("--format=")))
            options->format = arg.mid(9);
        else if (arg.startsWith(QLatin1String("--url=")))
            options->url = arg.mid(6);
        else if (arg.startsWith(QLatin1String("--charset=")))
            options->charset = arg.mid(10);
        else if (arg.startsWith(QLatin1String("--feed-categories=")))
            addCategories(arg.mid(18), &options->feedCategories);
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
        err() << usageLine;
        return Usage;
    }
    return Success;
}

// The statistics the pipeline would tag with: those of the profile given with
// --profile or $TIDINGS_PROFILE (never the default one: without a profile,
// none). A folder without a database is no profile: nothing is created there.
// The store is opened read-only; when that fails (most often an older schema,
// which a read-only connection cannot use) it is opened as every other command
// opens it: checked and migrated. False (said on stderr) when it cannot be read.
bool profileStats(const Context &context, Core::CorpusStats *stats)
{
    if (context.profileDir.isEmpty())
        return true;
    const QString database = Core::Store::databasePath(context.profileDir);
    if (!QFileInfo(database).isFile()) {
        err() << "tidings-cli extract: no Tidings profile in " << QDir::toNativeSeparators(context.profileDir)
              << " (no " << QDir::toNativeSeparators(database)
              << "); give an existing --profile, or none to tag with empty statistics\n";
        return false;
    }
    Core::StoreOptions readOnly;
    readOnly.access = Core::StoreOptions::Access::ReadOnly;
    Core::Result<std::unique_ptr<Core::Store>> store = Core::Store::open(context.profileDir, readOnly);
    if (!store) {
        std::unique_ptr<Core::Store> writable = openStore(context);
        if (!writable)
            return false;
        *stats = writable->corpusStats();
        return true;
    }
    *stats = (*store)->corpusStats();
    return true;
}

} // namespace

int extract(const Context &context, const QStringList &args)
{
    Options options;
    if (const int code = parseOptions(args, &options); code != Success)
        return code;
    Core::CorpusStats stats;
    if (!profileStats(context, &stats))
        return SomeFailed;
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
        // The pipeline's own step: the same chips as the app and `refresh`.
        const Core::Article article = Core::cleanPage(page.bytes, page.url, charset, options.feedCategories, stats);
        const double elapsedMs = double(timer.nsecsElapsed()) / 1e6;
        if (options.format == QLatin1String("text")) {
            printText(article);
        } else if (options.format == QLatin1String("jsonl")) {
            out() << QJsonDocument(toJson(input, article, elapsedMs)).toJson(QJsonDocument::Compact) << '\n';
        } else {
            all.append(toJson(input, article, elapsedMs));
        }
        out().flush();
    }
    if (options.format == QLatin1String("json"))
        out() << QJsonDocument(all.size() == 1 ? QJsonDocument(all.first().toObject()) : QJsonDocument(all))
                     .toJson(QJsonDocument::Indented);
    return result;
}

} // namespace Cli
