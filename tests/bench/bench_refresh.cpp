// Refresh of many feeds (issue 14: 1,000 feeds within 30 s on 2 cores, no
// event-loop stall over 50 ms), with a mix of unchanged feeds (304) and
// changed ones, from real HTTP servers on loopback addresses.
//
// F feeds of S stories each are spread over H hosts (127.0.0.1, 127.0.0.2...:
// the fetcher's per-host limit then works as with real sites); each story's
// page is a real page from the shared corpus. The servers run on a thread of
// their own, and their CPU time is taken out of the app's. Each run starts
// from an empty profile:
//   1. the first refresh fetches every feed (all new: F x S stories, pages cleaned);
//   2. C percent of the feeds then gain a story and a new ETag, and the second
//      refresh gets 304 Not Modified from all the others.
// For both: wall time, the app's CPU time (the process's less the servers'),
// and the gaps between the ticks of a 10 ms timer on the GUI thread. Prints
// medians; asserts nothing.
//
//   bench_refresh [--feeds F] [--stories S] [--hosts H] [--changed C] [--runs N]
//   (defaults 1,000 x 3 on 100 hosts, 20% changed, 3 runs)

#include "bench_support.h"
#include "pipeline/pipeline.h"
#include "storage/store.h"
#include "test_feeds.h"
#include "test_http_server.h"
#include "test_support.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

using namespace TestSupport;

namespace {

constexpr int TickMs = 10;
constexpr int BudgetMs = 50;
constexpr int Spare = 4; // stories a feed can gain after its first version

qint64 cpuMs(clockid_t clock)
{
    timespec now {};
    clock_gettime(clock, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

struct Figures {
    qint64 wallMs = 0;
    qint64 cpuMs = 0; // the app's: the process's less the servers' thread
    int fetched = 0;
    int notModified = 0;
    int failed = 0;
    int newStories = 0;
    int cleaned = 0;
    qint64 gapP99 = 0;
    qint64 gapMax = 0;
    qint64 gapCpuMax = 0; // the GUI thread's own CPU time in its busiest gap
    int overBudget = 0;
};

// The servers, all on one thread of their own. Feed f lives on host f % H;
// its version (how many stories it gained) decides its body and ETag.
class Servers final {
public:
    Servers(int feeds, int stories, int hosts, const QList<QByteArray> &pages)
        : m_feeds(feeds)
        , m_stories(stories)
        , m_versions(std::make_shared<std::vector<int>>(size_t(feeds), 0))
    {
        m_thread.setObjectName(QStringLiteral("servers"));
        m_thread.start();
        QMetaObject::invokeMethod(
            &m_anchor, [&] { setUp(hosts, pages); }, Qt::BlockingQueuedConnection);
    }
    ~Servers()
    {
        QMetaObject::invokeMethod(
            &m_anchor, [this] { m_servers.clear(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    Servers(const Servers &) = delete;
    Servers &operator=(const Servers &) = delete;

    bool listening() const { return m_listening; }
    QString feedUrl(int feed) const
    {
        return m_bases.at(feed % m_bases.size()) + QStringLiteral("/f%1/feed.xml").arg(feed);
    }
    // Every `step`-th feed gains a story (on the servers' thread, between refreshes).
    void change(int step)
    {
        QMetaObject::invokeMethod(
            &m_anchor,
            [this, step] {
                for (size_t f = 0; f < m_versions->size(); f += size_t(step))
                    ++m_versions->at(f);
            },
            Qt::BlockingQueuedConnection);
    }
    qint64 threadCpuMs()
    {
        qint64 ms = 0;
        QMetaObject::invokeMethod(
            &m_anchor, [&ms] { ms = cpuMs(CLOCK_THREAD_CPUTIME_ID); }, Qt::BlockingQueuedConnection);
        return ms;
    }

private:
    void setUp(int hosts, const QList<QByteArray> &pages)
    {
        m_listening = true;
        for (int h = 0; h < hosts; ++h) {
            auto server = std::make_unique<TestHttpServer>();
            if (!server->listen(QHostAddress(QStringLiteral("127.0.0.%1").arg(h + 1)))) {
                m_listening = false;
                return;
            }
            m_bases.append(server->url(QStringLiteral("/")).toString(QUrl::StripTrailingSlash));
            m_servers.push_back(std::move(server));
        }
        // Each feed's pages, a few more than it starts with (the stories it gains).
        for (int f = 0; f < m_feeds; ++f) {
            TestHttpServer &server = *m_servers.at(size_t(f % hosts));
            const QString base = m_bases.at(f % hosts);
            for (int s = 0; s < m_stories + Spare; ++s) {
                const int index = f * (m_stories + Spare) + s;
                server.serve(QStringLiteral("/f%1/s%2.html").arg(f).arg(s).toLatin1(),
                    TestHttpServer::ok(pages.at(index % pages.size()), "text/html"));
            }
            server.route("/f" + QByteArray::number(f) + "/feed.xml",
                [versions = m_versions, f, base, stories = m_stories](const HttpRequest &request) {
                    const int version = std::min(versions->at(size_t(f)), Spare);
                    QList<FeedEntry> entries;
                    for (int s = stories + version - 1; s >= 0; --s)
                        entries.append({ "f" + QByteArray::number(f) + "s" + QByteArray::number(s),
                            "Story " + QByteArray::number(s) + " of feed " + QByteArray::number(f),
                            (base + QStringLiteral("/f%1/s%2.html").arg(f).arg(s)).toUtf8(), "Bench" });
                    const QByteArray feed = rssFeed("Feed " + QByteArray::number(f), base.toUtf8() + "/", entries);
                    return TestHttpServer::conditional(
                        request, feed, "application/rss+xml", "\"v" + QByteArray::number(version) + '"', {});
                });
        }
    }

    int m_feeds;
    int m_stories;
    std::shared_ptr<std::vector<int>> m_versions;
    QThread m_thread;
    // Lives on the servers' thread: what invokeMethod runs its work through.
    struct Anchor : QObject {
        explicit Anchor(QThread *thread) { moveToThread(thread); }
    } m_anchor { &m_thread };
    std::vector<std::unique_ptr<TestHttpServer>> m_servers;
    QStringList m_bases;
    bool m_listening = false;
};

Figures refreshOnce(Core::Pipeline &pipeline, Servers &servers)
{
    Figures figures;
    GapMeter meter;
    QEventLoop loop;
    const QList<QMetaObject::Connection> connections = {
        QObject::connect(&pipeline, &Core::Pipeline::idle, &loop, &QEventLoop::quit),
        QObject::connect(&pipeline, &Core::Pipeline::storiesAdded,
            [&](Core::SubscriptionId, const QList<Core::StoryId> &ids) { figures.newStories += int(ids.size()); }),
        QObject::connect(&pipeline, &Core::Pipeline::articleSaved, [&] { ++figures.cleaned; }),
        QObject::connect(&pipeline, &Core::Pipeline::feedRefreshed,
            [&](const Core::FeedRefreshResult &result) {
                if (result.error.code != Core::ErrorCode::None)
                    ++figures.failed;
                else if (result.notModified)
                    ++figures.notModified;
                else
                    ++figures.fetched;
            }),
    };
    const qint64 serverCpu = servers.threadCpuMs();
    const qint64 processCpu = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
    QElapsedTimer clock;
    clock.start();
    meter.start(TickMs);
    pipeline.refreshAll(Core::RefreshPolicy::IgnoreBackoff);
    loop.exec();
    meter.stop();
    figures.wallMs = clock.elapsed();
    figures.cpuMs = (cpuMs(CLOCK_PROCESS_CPUTIME_ID) - processCpu) - (servers.threadCpuMs() - serverCpu);
    figures.gapP99 = meter.percentile(0.99);
    figures.gapMax = meter.percentile(1.0);
    figures.overBudget = meter.over(BudgetMs);
    figures.gapCpuMax = meter.maxCpuMs();
    for (const QMetaObject::Connection &connection : connections)
        QObject::disconnect(connection);
    return figures;
}

int intOption(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : fallback;
}

void print(const char *what, const Figures &f)
{
    std::printf("  %s: %lld ms wall, %lld ms CPU | %d fetched, %d not modified, %d failed, %d new stories, "
                "%d cleaned | gap p99 %lld ms, max %lld ms, %d over %d ms; GUI-thread CPU in a gap at most %lld ms\n",
        what, qlonglong(f.wallMs), qlonglong(f.cpuMs), f.fetched, f.notModified, f.failed, f.newStories, f.cleaned,
        qlonglong(f.gapP99), qlonglong(f.gapMax), f.overBudget, BudgetMs, qlonglong(f.gapCpuMax));
    std::fflush(stdout);
}

void printMedians(const char *what, const QList<Figures> &runs)
{
    QList<qint64> wall, cpu, p99, max, gapCpu;
    QList<int> over;
    for (const Figures &f : runs) {
        gapCpu << f.gapCpuMax;
        wall << f.wallMs;
        cpu << f.cpuMs;
        p99 << f.gapP99;
        max << f.gapMax;
        over << f.overBudget;
    }
    std::printf("median of %lld runs, %s: %lld ms wall, %lld ms CPU, gap p99 %lld ms, max %lld ms, %d over %d ms, "
                "GUI-thread CPU in a gap at most %lld ms\n",
        qlonglong(runs.size()), what, qlonglong(median(wall)), qlonglong(median(cpu)), qlonglong(median(p99)),
        qlonglong(median(max)), median(over), BudgetMs, qlonglong(median(gapCpu)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int feeds = std::max(1, intOption(args, QStringLiteral("--feeds"), 1000));
    const int stories = std::max(1, intOption(args, QStringLiteral("--stories"), 3));
    const int hosts = std::clamp(intOption(args, QStringLiteral("--hosts"), 100), 1, 250);
    const int changedPercent = std::clamp(intOption(args, QStringLiteral("--changed"), 20), 1, 100);
    const int runs = std::max(1, intOption(args, QStringLiteral("--runs"), 3));

    const QList<QByteArray> pages = loadCorpusPages();
    if (pages.isEmpty()) {
        std::printf("bench_refresh: SKIP: the shared corpus (corpus/readability, corpus/trafilatura-eval) is absent\n");
        return 0;
    }
    const int step = std::max(1, 100 / changedPercent);
    std::printf("bench_refresh: %d feeds x %d stories on %d loopback hosts, then every %d%s feed changed (a story "
                "more), the rest 304; %lld corpus pages; %d runs; %d ms ticks; %d cores\n",
        feeds, stories, hosts, step, step == 1 ? "st" : "th", qlonglong(pages.size()), runs, TickMs,
        QThread::idealThreadCount());
    std::fflush(stdout);

    QList<Figures> firsts, seconds;
    for (int run = 0; run < runs; ++run) {
        Servers servers(feeds, stories, hosts, pages);
        if (!servers.listening()) {
            std::fprintf(stderr, "bench_refresh: cannot listen on 127.0.0.1-127.0.0.%d\n", hosts);
            return 1;
        }
        QTemporaryDir dir;
        auto store = Core::Store::open(dir.path());
        if (!store) {
            std::fprintf(stderr, "bench_refresh: cannot open a store: %s\n", qPrintable(store.error().detail));
            return 1;
        }
        for (int f = 0; f < feeds; ++f)
            (void)(*store)->addSubscription(servers.feedUrl(f));
        Core::Pipeline pipeline(store->get());
        std::printf("run %d:\n", run + 1);
        firsts << refreshOnce(pipeline, servers);
        print("first refresh (all new)", firsts.last());
        servers.change(step);
        seconds << refreshOnce(pipeline, servers);
        print("second refresh (changed and 304)", seconds.last());
    }
    printMedians("first refresh (all new)", firsts);
    printMedians("second refresh (changed and 304)", seconds);
    return 0;
}
