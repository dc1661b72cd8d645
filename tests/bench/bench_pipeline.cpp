// GUI-thread stalls while the whole pipeline runs (the budget: the
// event loop never stalls for more than 50 ms while the app refreshes 200
// feeds from a local server and cleans 1,000 pages).
//
// F feeds of S stories each are served by the local test server, which runs
// on a thread of its own (in real use the server is another machine, so its
// work must not count as the app's stall). Each story's page is a real page
// from the shared corpus (Readability sources, then trafilatura-eval pages,
// reused in turn when there are fewer pages than stories). A 10 ms timer on
// the GUI thread records the gap between its ticks: the longest gap is the
// longest the UI would have been frozen. Prints figures; asserts nothing.
//
//   bench_pipeline [--feeds F] [--stories S] [--runs N]   (defaults 200 x 5, 3 runs)

#include "bench_support.h"
#include "pipeline/pipeline.h"
#include "storage/store.h"
#include "test_feeds.h"
#include "test_http_server.h"
#include "test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace TestSupport;

namespace {

constexpr int TickMs = 10;
constexpr int BudgetMs = 50;

struct RunFigures {
    qint64 ms = 0;
    int newStories = 0;
    int cleaned = 0;
    int notCleaned = 0;
    qint64 p50 = 0;
    qint64 p99 = 0;
    qint64 max = 0;
    int overBudget = 0;
};

RunFigures refreshOnce(Core::Pipeline &pipeline)
{
    RunFigures figures;
    GapMeter meter;
    QEventLoop loop;
    const auto idle = QObject::connect(&pipeline, &Core::Pipeline::idle, &loop, &QEventLoop::quit);
    const auto added = QObject::connect(&pipeline, &Core::Pipeline::storiesAdded,
        [&](Core::SubscriptionId, const QList<Core::StoryId> &ids) { figures.newStories += int(ids.size()); });
    const auto saved = QObject::connect(&pipeline, &Core::Pipeline::articleSaved, [&] { ++figures.cleaned; });
    const auto failed = QObject::connect(&pipeline, &Core::Pipeline::cleaningFailed, [&] { ++figures.notCleaned; });
    QElapsedTimer clock;
    clock.start();
    meter.start(TickMs);
    pipeline.refreshAll(Core::RefreshPolicy::IgnoreBackoff);
    loop.exec();
    meter.stop();
    figures.ms = clock.elapsed();
    figures.p50 = meter.percentile(0.5);
    figures.p99 = meter.percentile(0.99);
    figures.max = meter.percentile(1.0);
    figures.overBudget = meter.over(BudgetMs);
    for (const auto &connection : { idle, added, saved, failed })
        QObject::disconnect(connection);
    return figures;
}

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

// The server lives on its own thread; routes are set before it moves there.
void setUpFeeds(TestHttpServer &server, const QString &base, int feeds, int stories, const QList<QByteArray> &pages)
{
    for (int f = 0; f < feeds; ++f) {
        QList<FeedEntry> entries;
        for (int s = 0; s < stories; ++s) {
            const int index = f * stories + s;
            const QString path = QStringLiteral("/f%1/s%2.html").arg(f).arg(s);
            server.serve(path.toLatin1(), TestHttpServer::ok(pages.at(index % pages.size()), "text/html"));
            entries.append({ "g" + QByteArray::number(index), "Story " + QByteArray::number(index),
                (base + path).toUtf8(), "Bench" });
        }
        const QByteArray feed = rssFeed("Feed " + QByteArray::number(f), "http://bench.example/", entries);
        server.route("/f" + QByteArray::number(f) + "/feed.xml", [feed](const HttpRequest &request) {
            return TestHttpServer::conditional(request, feed, "application/rss+xml", "\"v1\"", {});
        });
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int feeds = std::max(1, intOption(args, QStringLiteral("--feeds"), 200));
    const int stories = std::max(1, intOption(args, QStringLiteral("--stories"), 5));
    const int runs = std::max(1, intOption(args, QStringLiteral("--runs"), 3));

    const QList<QByteArray> pages = loadCorpusPages();
    if (pages.isEmpty()) {
        std::printf(
            "bench_pipeline: SKIP: the shared corpus (corpus/readability, corpus/trafilatura-eval) is absent\n");
        return 0;
    }
    qint64 pageBytes = 0;
    for (const QByteArray &page : pages)
        pageBytes += page.size();
    std::printf("bench_pipeline: %d feeds x %d stories = %d pages from %lld corpus pages (mean %lld KB), %d runs, "
                "%d ms ticks\n",
        feeds, stories, feeds * stories, qlonglong(pages.size()), qlonglong(pageBytes / pages.size() / 1024), runs,
        TickMs);
    std::fflush(stdout);

    QList<qint64> p50s, p99s, maxes, totals;
    QList<int> overs, cleanedCounts;
    for (int run = 0; run < runs; ++run) {
        QThread serverThread;
        serverThread.setObjectName(QStringLiteral("server"));
        auto *server = new TestHttpServer;
        server->moveToThread(&serverThread);
        serverThread.start();
        bool listening = false;
        QMetaObject::invokeMethod(
            server, [&] { listening = server->listen(); }, Qt::BlockingQueuedConnection);
        if (!listening) {
            std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
            return 1;
        }
        const QString base = server->url(QStringLiteral("/")).toString(QUrl::StripTrailingSlash);
        QMetaObject::invokeMethod(
            server, [&] { setUpFeeds(*server, base, feeds, stories, pages); }, Qt::BlockingQueuedConnection);

        RunFigures figures;
        {
            QTemporaryDir dir;
            auto store = Core::Store::open(dir.path());
            if (!store) {
                std::fprintf(stderr, "cannot open a store: %s\n", qPrintable(store.error().detail));
                return 1;
            }
            for (int f = 0; f < feeds; ++f)
                (void)(*store)->addSubscription(base + QStringLiteral("/f%1/feed.xml").arg(f));
            Core::Pipeline pipeline(store->get());
            figures = refreshOnce(pipeline);
        }
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();

        std::printf("run %d: %lld ms, %d new stories, %d cleaned, %d not cleaned | gap p50 %lld ms, p99 %lld ms, "
                    "max %lld ms, %d gaps over %d ms\n",
            run + 1, qlonglong(figures.ms), figures.newStories, figures.cleaned, figures.notCleaned,
            qlonglong(figures.p50), qlonglong(figures.p99), qlonglong(figures.max), figures.overBudget, BudgetMs);
        std::fflush(stdout);
        p50s << figures.p50;
        p99s << figures.p99;
        maxes << figures.max;
        overs << figures.overBudget;
        totals << figures.ms;
        cleanedCounts << figures.cleaned;
    }
    std::printf("median of %d runs: gap p50 %lld ms, p99 %lld ms, max %lld ms, %d gaps over %d ms, total %lld ms, "
                "%d pages cleaned\n",
        runs, qlonglong(median(p50s)), qlonglong(median(p99s)), qlonglong(median(maxes)), median(overs), BudgetMs,
        qlonglong(median(totals)), median(cleanedCounts));
    return 0;
}
