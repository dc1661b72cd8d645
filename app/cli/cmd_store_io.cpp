// tidings-cli import-opml, export-opml and list: the store seen from a shell.

#include "commands.h"
#include "feeds/opml.h"
#include "storage/store.h"
#include "storage/store_opml.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace Cli {

namespace {

int usage(const QString &message, const char *synopsis)
{
    err() << "tidings-cli: " << message << "\nusage: tidings-cli [--profile DIR] " << synopsis << '\n';
    return Usage;
}

struct ListOptions {
    bool json = false;
    int limit = -1; // all
    Core::StoryFilter filter;
};

// Returns an error message, or an empty string when the arguments are fine.
QString parseListOptions(const QStringList &args, ListOptions &options)
{
    using Kind = Core::StoryFilter::Kind;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= args.size())
                return std::nullopt;
            return args.at(++i);
        };
        if (arg == QLatin1String("--unread")) {
            options.filter.kind = Kind::Unread;
        } else if (arg == QLatin1String("--starred")) {
            options.filter.kind = Kind::Starred;
        } else if (arg == QLatin1String("--today")) {
            options.filter.kind = Kind::Today;
        } else {
            static const QStringList takesValue
                = { QStringLiteral("--format"), QStringLiteral("--limit"), QStringLiteral("--subscription"),
                      QStringLiteral("--folder"), QStringLiteral("--topic"), QStringLiteral("--search") };
            if (!takesValue.contains(arg))
                return QStringLiteral("unexpected argument '%1'").arg(arg);
            const std::optional<QString> given = value();
            if (!given)
                return arg + QStringLiteral(" needs a value");
            bool ok = true;
            if (arg == QLatin1String("--format")) {
                if (*given != QLatin1String("json") && *given != QLatin1String("table"))
                    return QStringLiteral("unknown format '%1' (json or table)").arg(*given);
                options.json = *given == QLatin1String("json");
            } else if (arg == QLatin1String("--limit")) {
                options.limit = given->toInt(&ok);
            } else if (arg == QLatin1String("--subscription")) {
                options.filter = { Kind::Subscription, given->toLongLong(&ok), {}, {} };
            } else if (arg == QLatin1String("--folder")) {
                options.filter = { Kind::Folder, given->toLongLong(&ok), {}, {} };
            } else if (arg == QLatin1String("--topic")) {
                options.filter = { Kind::Topic, 0, *given, {} };
            } else if (arg == QLatin1String("--search")) {
                options.filter = { Kind::Search, 0, {}, *given };
            }
            if (!ok || (arg == QLatin1String("--limit") && options.limit < 0))
                return QStringLiteral("%1 needs a number, not '%2'").arg(arg, *given);
        }
    }
    return {};
}

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString fit(const QString &text, int width)
{
    const QString line = text.simplified();
    if (line.size() <= width)
        return line.leftJustified(width);
    return line.left(width - 1) + QChar(0x2026);
}

void printJson(const Core::StoryRow &row, const QStringList &topics, const QString &account)
{
    const QJsonObject object {
        { QStringLiteral("id"), row.id },
        { QStringLiteral("account"), account },
        { QStringLiteral("subscription"), row.subscriptionTitle },
        { QStringLiteral("title"), row.title },
        { QStringLiteral("link"), row.link },
        { QStringLiteral("published"), isoUtc(row.published) },
        { QStringLiteral("read"), row.read },
        { QStringLiteral("starred"), row.starred },
        { QStringLiteral("topics"), QJsonArray::fromStringList(topics) },
        { QStringLiteral("cleaned"), row.cleaned },
    };
    out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
}

void printTableRow(const Core::StoryRow &row, const QStringList &topics)
{
    // Flags: N new (unread), * starred, C cleaned.
    const QString flags = QString(row.read ? QLatin1Char('-') : QLatin1Char('N'))
        + (row.starred ? QLatin1Char('*') : QLatin1Char('-')) + (row.cleaned ? QLatin1Char('C') : QLatin1Char('-'));
    const QString published = row.published.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    out() << QString::number(row.id).rightJustified(7) << "  " << published << "  " << flags << "  "
          << fit(row.subscriptionTitle, 20) << "  " << row.title.simplified();
    if (!topics.isEmpty())
        out() << "  [" << topics.join(QStringLiteral(", ")) << ']';
    out() << '\n';
}

} // namespace

int importOpml(const Context &context, const QStringList &args)
{
    if (args.size() != 1 || args.first().startsWith(QLatin1String("--")))
        return usage(QStringLiteral("import-opml takes one file"), "import-opml FILE");
    const QString &path = args.first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "tidings-cli: " << path << ": " << file.errorString() << '\n';
        return SomeFailed;
    }
    const auto document = Core::Opml::parse(file.readAll());
    if (!document) {
        err() << "tidings-cli: " << path << ": " << Core::describe(document.error()) << '\n';
        return SomeFailed;
    }
    for (const QString &warning : document->warnings)
        err() << "tidings-cli: " << path << ": " << warning << '\n';
    const auto store = openStore(context);
    if (!store)
        return SomeFailed;
    const auto report = Core::importOpml(*store, *document);
    if (!report) {
        err() << "tidings-cli: " << path << ": " << Core::describe(report.error()) << '\n';
        return SomeFailed;
    }
    for (const QString &error : report->errors)
        err() << "tidings-cli: " << error << '\n';
    out() << "added " << report->added << ", duplicates " << report->duplicates << ", folders " << report->folders
          << '\n';
    return report->errors.isEmpty() ? Success : SomeFailed;
}

int exportOpml(const Context &context, const QStringList &args)
{
    if (!args.isEmpty())
        return usage(QStringLiteral("export-opml takes no arguments"), "export-opml");
    const auto store = openStore(context);
    if (!store)
        return SomeFailed;
    out() << QString::fromUtf8(Core::Opml::write(Core::opmlDocument(*store)));
    return Success;
}

int list(const Context &context, const QStringList &args)
{
    ListOptions options;
    if (const QString problem = parseListOptions(args, options); !problem.isEmpty())
        return usage(problem,
            "list [--format json|table] [--limit N] [--unread | --starred | --today | --subscription ID |"
            " --folder ID | --topic NAME | --search QUERY]");
    const auto store = openStore(context);
    if (!store)
        return SomeFailed;
    // Which account each feed belongs to ("local", or a server account's id).
    QHash<Core::SubscriptionId, QString> accounts;
    if (options.json) {
        for (const Core::Subscription &subscription : store->subscriptions())
            accounts.insert(subscription.id, subscription.accountId);
    }
    constexpr int pageSize = 500;
    std::optional<Core::PageKey> after;
    qint64 printed = 0;
    while (options.limit < 0 || printed < options.limit) {
        const int want = options.limit < 0 ? pageSize : int(qMin<qint64>(pageSize, options.limit - printed));
        const QList<Core::StoryRow> page = store->stories(options.filter, after, want);
        QList<Core::StoryId> ids;
        for (const Core::StoryRow &row : page)
            ids.append(row.id);
        const QHash<Core::StoryId, QStringList> topics = store->storyTopics(ids);
        for (const Core::StoryRow &row : page) {
            if (options.json)
                printJson(row, topics.value(row.id), accounts.value(row.subscriptionId, Core::LocalAccountId));
            else
                printTableRow(row, topics.value(row.id));
        }
        printed += page.size();
        if (page.size() < want)
            break;
        after = Core::PageKey { page.last().published, page.last().id };
    }
    return Success;
}

} // namespace Cli
