// Whole-pipeline throughput and GUI-thread stalls against the local test
// server: F feeds of S stories each, every story's page fetched and cleaned.
// Pages are the shared Readability corpus's sources when present (real news
// pages), else synthetic ones. A 5 ms timer on the GUI thread measures how
// late it fires: that lateness is the stall the UI would feel (the store's
// upserts and article saves run there; parsing and extraction do not).
// Prints figures; asserts nothing.
//
//   bench_pipeline [--feeds F] [--stories S] [--runs N]

#include "core/pipeline.h"
#include "core/store.h"
#include "test_feeds.h"
#include "test_http_server.h"
#include "test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace TestSupport;

namespace {

QList<QByteArray> loadPages(int wanted)
{
    QList<QByteArray> pages;
    const QString readability = sharedPath(QStringLiteral("corpus/readability"));
    if (!readability.isEmpty()) {
        for (const QString &name : QDir(readability).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QByteArray bytes = readFile(readability + QLatin1Char('/') + name + QStringLiteral("/source.html"));
            if (!bytes.isEmpty())
                pages << bytes;
            if (pages.size() >= wanted)
                break;
        }
    }
    for (int i = int(pages.size()); i < wanted; ++i)
        pages << articlePage("Synthetic story " + QByteArray::number(i), i);
    return pages;
}

struct StallMeter {
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    QList<qint64> lateness;

    void start()
    {
        lateness.clear();
        timer.setInterval(5);
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            lateness << std::max<qint64>(0, now - last - 5);
            last = now;
        });
        clock.start();
        last = 0;
        timer.start();
    }
    void stop() { timer.stop(); }
    qint64 percentile(double p) const
    {
        if (lateness.isEmpty())
            return 0;
        QList<qint64> sorted = lateness;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }
};

struct RunFigures {
    qint64 ms = 0;
    int newStories = 0;
    int cleaned = 0;
    int notCleaned = 0;
    qint64 stallMax = 0;
    qint64 stallP99 = 0;
};

RunFigures refreshOnce(Core::Pipeline &pipeline)
{
    RunFigures figures;
    StallMeter meter;
    QEventLoop loop;
    const auto idle = QObject::connect(&pipeline, &Core::Pipeline::idle, &loop, &QEventLoop::quit);
    const auto added = QObject::connect(&pipeline, &Core::Pipeline::storiesAdded,
                                        [&](Core::SubscriptionId, const QList<Core::StoryId> &ids) {
                                            figures.newStories += int(ids.size());
                                        });
    const auto saved = QObject::connect(&pipeline, &Core::Pipeline::articleSaved, [&] { ++figures.cleaned; });
    const auto failed = QObject::connect(&pipeline, &Core::Pipeline::cleaningFailed, [&] { ++figures.notCleaned; });
    QElapsedTimer clock;
    clock.start();
    meter.start();
    pipeline.refreshAll(Core::RefreshPolicy::IgnoreBackoff);
    loop.exec();
    meter.stop();
    figures.ms = clock.elapsed();
    figures.stallMax = meter.percentile(1.0);
    figures.stallP99 = meter.percentile(0.99);
    for (const auto &connection : {idle, added, saved, failed})
        QObject::disconnect(connection);
    return figures;
}

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int feeds = std::max(1, intOption(args, QStringLiteral("--feeds"), 20));
    const int stories = std::max(1, intOption(args, QStringLiteral("--stories"), 10));
    const int runs = std::max(1, intOption(args, QStringLiteral("--runs"), 3));

    const QList<QByteArray> pages = loadPages(feeds * stories);
    qint64 pageBytes = 0;
    for (const QByteArray &page : pages)
        pageBytes += page.size();
    std::printf("bench_pipeline: %d feeds x %d stories, %lld pages (mean %lld KB), %d runs\n", feeds, stories,
                qlonglong(pages.size()), qlonglong(pageBytes / pages.size() / 1024), runs);

    for (int run = 0; run < runs; ++run) {
        TestHttpServer server;
        server.listen();
        for (int f = 0; f < feeds; ++f) {
            QList<FeedEntry> entries;
            for (int s = 0; s < stories; ++s) {
                const int index = f * stories + s;
                const QString path = QStringLiteral("/f%1/s%2.html").arg(f).arg(s);
                server.serve(path.toLatin1(), TestHttpServer::ok(pages.at(index), "text/html; charset=utf-8"));
                entries.append({"g" + QByteArray::number(index), "Story " + QByteArray::number(index),
                                server.url(path).toEncoded(), "Bench"});
            }
            const QByteArray feed = rssFeed("Feed " + QByteArray::number(f), "http://bench.example/", entries);
            server.route("/f" + QByteArray::number(f) + "/feed.xml", [feed](const HttpRequest &request) {
                return TestHttpServer::conditional(request, feed, "application/rss+xml", "\"v1\"", {});
            });
        }
        QTemporaryDir dir;
        auto store = Core::Store::open(dir.path());
        if (!store) {
            std::fprintf(stderr, "cannot open a store: %s\n", qPrintable(store.error().detail));
            return 1;
        }
        for (int f = 0; f < feeds; ++f)
            (void)(*store)->addSubscription(server.url(QStringLiteral("/f%1/feed.xml").arg(f)).toString());
        Core::Pipeline pipeline(store->get());
        const RunFigures first = refreshOnce(pipeline);
        const RunFigures second = refreshOnce(pipeline);
        std::printf("run %d: first refresh %lld ms (%d new, %d cleaned, %d not cleaned; %.1f pages/s), "
                    "GUI stall max %lld ms p99 %lld ms | all-304 refresh %lld ms, stall max %lld ms\n",
                    run + 1, qlonglong(first.ms), first.newStories, first.cleaned, first.notCleaned,
                    first.ms > 0 ? 1000.0 * (first.cleaned + first.notCleaned) / double(first.ms) : 0.0,
                    qlonglong(first.stallMax), qlonglong(first.stallP99), qlonglong(second.ms),
                    qlonglong(second.stallMax));
    }
    return 0;
}
