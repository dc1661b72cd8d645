// tidings-cli generate-profile and search: a profile at scale and timed searches in it.

#include "commands.h"
#include "extract/article_extractor.h"
#include "storage/store.h"
#include "storage/synthetic_profile.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace Cli {

namespace {

int usage(const QString &message, const char *synopsis)
{
    err() << "tidings-cli: " << message << "\nusage: tidings-cli --profile DIR " << synopsis << '\n';
    return Usage;
}

// "--name N" at args[i]: the number, or nullopt with i left on the name.
std::optional<qint64> numberAfter(const QStringList &args, qsizetype &i)
{
    if (i + 1 >= args.size())
        return std::nullopt;
    bool ok = false;
    const qint64 value = args.at(i + 1).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    ++i;
    return value;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(std::ceil(p * double(values.size())) - 1));
    return values.at(index);
}

QString ms(double value)
{
    return QString::number(value, 'f', 2);
}

} // namespace

int generateProfile(const Context &context, const QStringList &args)
{
    const char *synopsis
        = "generate-profile [--feeds N] [--stories N] [--folders N] [--topics N] [--days N] [--seed N]";
    Core::SyntheticProfileOptions options;
    options.extractorVersion = Core::ArticleExtractor::Version;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        static const QStringList names
            = { QStringLiteral("--feeds"), QStringLiteral("--stories"), QStringLiteral("--folders"),
                  QStringLiteral("--topics"), QStringLiteral("--days"), QStringLiteral("--seed") };
        if (!names.contains(arg))
            return usage(QStringLiteral("unexpected argument '%1'").arg(arg), synopsis);
        const std::optional<qint64> value = numberAfter(args, i);
        if (!value)
            return usage(arg + QStringLiteral(" needs a number"), synopsis);
        if (arg == QLatin1String("--feeds"))
            options.feeds = int(std::min<qint64>(*value, 1000000));
        else if (arg == QLatin1String("--stories"))
            options.stories = *value;
        else if (arg == QLatin1String("--folders"))
            options.folders = int(std::min<qint64>(*value, 10000));
        else if (arg == QLatin1String("--topics"))
            options.topics = int(std::min<qint64>(*value, 1000000));
        else if (arg == QLatin1String("--days"))
            options.days = int(std::min<qint64>(*value, 36500));
        else
            options.seed = quint32(*value);
    }
    // Never the user's own profile by default.
    if (context.profileDir.isEmpty())
        return usage(QStringLiteral("generate-profile needs --profile DIR (an empty folder)"), synopsis);
    QElapsedTimer timer;
    timer.start();
    const auto progress = [&timer](qint64 written, qint64 total) {
        // Every 50,000 stories (and at the end): a line, not a flood.
        if (written % 50000 != 0 && written != total)
            return;
        const double seconds = double(timer.elapsed()) / 1000.0;
        const double rate = seconds > 0 ? double(written) / seconds : 0;
        out() << "stories " << written << '/' << total << " (" << (total > 0 ? written * 100 / total : 100) << "%), "
              << qRound(rate) << "/s, " << qRound(seconds) << " s";
        if (rate > 0 && written < total)
            out() << ", about " << qRound(double(total - written) / rate) << " s left";
        out() << '\n';
        out().flush();
    };
    out() << "generating " << options.stories << " stories in " << options.feeds << " feeds and " << options.folders
          << " folders into " << context.profileDir << '\n';
    out().flush();
    const Core::Result<Core::SyntheticProfileReport> report
        = Core::generateSyntheticProfile(context.profileDir, options, progress);
    if (!report) {
        err() << "tidings-cli: cannot generate the profile: " << Core::describe(report.error()) << '\n';
        return SomeFailed;
    }
    const qint64 bytes = fileSize(Core::Store::databasePath(context.profileDir));
    out() << "generated " << report->feeds << " feeds, " << report->folders << " folders, " << report->stories
          << " stories, " << report->topics << " topics (" << report->storyTopics << " story topics), "
          << report->textBytes / (1024 * 1024) << " MiB of article text in " << qRound(double(timer.elapsed()) / 1000.0)
          << " s; database " << bytes / (1024 * 1024) << " MiB";
    if (report->stories > 0)
        out() << ", " << bytes / report->stories << " bytes a story";
    out() << '\n';
    return Success;
}

int search(const Context &context, const QStringList &args)
{
    const char *synopsis = "search [--limit N] [--runs N] [--quiet] QUERY...\n"
                           "  QUERY: words, \"phrases\", prefix*, -excluded, tag:NAME or tag:\"Two Words\"";
    int limit = 100; // the story list's page
    int runs = 1;
    bool quiet = false;
    QStringList words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--limit") || arg == QLatin1String("--runs")) {
            const std::optional<qint64> value = numberAfter(args, i);
            if (!value || (arg == QLatin1String("--runs") && *value < 1))
                return usage(arg + QStringLiteral(" needs a number"), synopsis);
            (arg == QLatin1String("--limit") ? limit : runs) = int(std::min<qint64>(*value, 100000));
        } else if (arg == QLatin1String("--quiet")) {
            quiet = true;
        } else {
            words.append(arg);
        }
    }
    if (words.isEmpty())
        return usage(QStringLiteral("search needs a query"), synopsis);
    // Reading only: no check, no migration, as the app's own reading connection.
    Core::StoreOptions readOnly;
    readOnly.access = Core::StoreOptions::Access::ReadOnly;
    Core::Result<std::unique_ptr<Core::Store>> opened = Core::Store::open(context.profileDir, readOnly);
    if (!opened) {
        err() << "tidings-cli: cannot open the profile: " << Core::describe(opened.error()) << '\n';
        return SomeFailed;
    }
    Core::Store &store = **opened;
    const Core::StoryFilter filter { Core::StoryFilter::Kind::Search, 0, {}, words.join(QLatin1Char(' ')) };
    std::vector<double> times;
    QList<Core::StoryRow> rows;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        Core::Error error;
        rows = store.stories(filter, {}, limit, &error);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (error.code != Core::ErrorCode::None) {
            err() << "tidings-cli: search failed: " << Core::describe(error) << '\n';
            return SomeFailed;
        }
    }
    if (!quiet) {
        for (const Core::StoryRow &row : std::as_const(rows))
            out() << row.id << '\t' << row.published.toUTC().toString(Qt::ISODate) << '\t' << row.subscriptionTitle
                  << '\t' << row.title.simplified() << '\n';
    }
    out() << "results=" << rows.size() << " elapsed-ms=" << ms(times.front());
    if (runs > 1)
        out() << " runs=" << runs << " median-ms=" << ms(percentile(times, 0.5))
              << " p95-ms=" << ms(percentile(times, 0.95)) << " max-ms=" << ms(percentile(times, 1.0));
    out() << '\n';
    return Success;
}

int applyRetention(const Context &context, const QStringList &args)
{
    const char *synopsis = "apply-retention [--keep-days N] [--keep-count N]";
    Core::RetentionDefaults defaults;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg != QLatin1String("--keep-days") && arg != QLatin1String("--keep-count"))
            return usage(QStringLiteral("unexpected argument '%1'").arg(arg), synopsis);
        const std::optional<qint64> value = numberAfter(args, i);
        if (!value)
            return usage(arg + QStringLiteral(" needs a number"), synopsis);
        (arg == QLatin1String("--keep-days") ? defaults.keepDays : defaults.keepCount)
            = int(std::min<qint64>(*value, 1000000000));
    }
    if (defaults.keepDays == 0 && defaults.keepCount == 0)
        return usage(QStringLiteral("apply-retention needs --keep-days or --keep-count"), synopsis);
    const std::unique_ptr<Core::Store> store = openStore(context);
    if (!store)
        return SomeFailed;
    QElapsedTimer timer;
    timer.start();
    const Core::Result<QList<Core::StoryId>> removed = store->applyRetention(defaults);
    if (!removed) {
        err() << "tidings-cli: retention failed: " << Core::describe(removed.error()) << '\n';
        return SomeFailed;
    }
    out() << "removed=" << removed->size() << " elapsed-ms=" << timer.elapsed() << '\n';
    return Success;
}

} // namespace Cli
