#include "extract/article_extractor.h"
#include "net/fetcher.h"
#include "parser_worker.h"
#include "pipeline/pipeline.h"
#include "storage/store.h"
#include "test_feeds.h"
#include "test_http_server.h"

#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWaitCondition>

using namespace Core;
using namespace TestSupport;

namespace {

constexpr int Patience = 30'000; // ms; generous for a loaded 2-core machine

// One site: a feed of `count` stories whose pages live on the same server.
struct Site {
    QByteArray prefix; // "/one"
    QByteArray title;
    int count = 0;
    bool conditional = true;
    int feedStatus = 200;

    QByteArray feedPath() const { return prefix + "/feed.xml"; }
    QByteArray pagePath(int i) const { return prefix + "/story" + QByteArray::number(i) + ".html"; }
};

void serveSite(TestHttpServer &server, Site *site)
{
    server.route(site->feedPath(), [&server, site](const HttpRequest &request) {
        if (site->feedStatus != 200)
            return TestHttpServer::status(site->feedStatus, "broken");
        QList<FeedEntry> entries;
        for (int i = 0; i < site->count; ++i) {
            entries.append(
                { site->prefix + "-" + QByteArray::number(i), site->title + " story " + QByteArray::number(i),
                    server.url(QString::fromLatin1(site->pagePath(i))).toEncoded(), "Kernow Harbour Trust" });
        }
        const QByteArray body
            = rssFeed(site->title, server.url(QString::fromLatin1(site->prefix + "/")).toEncoded(), entries);
        const QByteArray etag = "\"" + site->prefix.mid(1) + QByteArray::number(site->count) + "\"";
        if (!site->conditional)
            return TestHttpServer::ok(body, "application/rss+xml");
        return TestHttpServer::conditional(request, body, "application/rss+xml", etag, "Sat, 28 Nov 2026 09:00:00 GMT");
    });
    for (int i = 0; i < 20; ++i) {
        server.serve(site->pagePath(i),
            TestHttpServer::ok(
                articlePage(site->title + " story " + QByteArray::number(i), i), "text/html; charset=utf-8"));
    }
}

int pageRequests(const TestHttpServer &server)
{
    int count = 0;
    for (const HttpRequest &request : server.requests())
        count += request.path.endsWith(".html");
    return count;
}

} // namespace

class TestPipeline final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void workerRunsOnTheParserThread();
    void refreshStoresAndCleans();
    void failingFeedDoesNotStopOthers();
    void permanentRedirectMovesTheSubscription_data();
    void permanentRedirectMovesTheSubscription();
    void retryAfterBecomesSubscriptionState();
    void unreachablePageKeepsFeedContent();
    void addByFeedUrl();
    void addByPageWithLink();
    void addByCommonPath();
    void addFailsWithoutFeed();
    void addDuplicateFails();
    void feedErrorsBecomeState_data();
    void feedErrorsBecomeState();
    void offlineFailureIsState();
    void builtInFeedIsNeverFetched();
    void cleanStoryDropsStaleResults();
    void backlogAndOutdatedArticlesAreCleaned();
    void idleWhenNothingToDo();
    void shutdownMidRefresh();
    void writesRunOnTheStorageThread();
    void shutdownCommitsHandedOverWrites();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TestHttpServer> m_server;

    bool runUntilIdle(Pipeline &pipeline, const std::function<void()> &start);
};

void TestPipeline::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Store>> store = Store::open(m_dir->path());
    QVERIFY2(store.has_value(), qPrintable(store.has_value() ? QString() : store.error().detail));
    m_store = std::move(*store);
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
}

void TestPipeline::cleanup()
{
    m_store.reset();
    m_server.reset();
    m_dir.reset();
}

bool TestPipeline::runUntilIdle(Pipeline &pipeline, const std::function<void()> &start)
{
    QSignalSpy idle(&pipeline, &Pipeline::idle);
    start();
    return idle.wait(Patience) || idle.size() > 0;
}

void TestPipeline::workerRunsOnTheParserThread()
{
    QThread thread;
    thread.setObjectName(QStringLiteral("parser"));
    auto *worker = new ParserWorker;
    worker->moveToThread(&thread);
    connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    QString ranOn;
    connect(
        worker, &ParserWorker::feedParsed, worker, [&ranOn] { ranOn = QThread::currentThread()->objectName(); },
        Qt::DirectConnection);
    QSignalSpy parsed(worker, &ParserWorker::feedParsed);
    QSignalSpy discovered(worker, &ParserWorker::feedsDiscovered);
    thread.start();
    const QByteArray page = R"(<link rel="alternate" type="application/atom+xml" href="/atom">)";
    QMetaObject::invokeMethod(worker, [worker] {
        worker->parseFeed(7, "<rss version=\"2.0\"><channel><title>x</title></channel></rss>",
            QUrl(QStringLiteral("http://example.org/feed")), {});
    });
    QMetaObject::invokeMethod(
        worker, [worker, page] { worker->discoverFeeds(8, page, QUrl(QStringLiteral("http://example.org/")), {}); });
    QTRY_COMPARE(parsed.size(), 1);
    QTRY_COMPARE(discovered.size(), 1);
    QCOMPARE(parsed.constFirst().at(0).value<quint64>(), quint64(7));
    QCOMPARE(ranOn, QStringLiteral("parser"));
    const auto found = discovered.constFirst().at(1).value<QList<Autodiscovery::Candidate>>();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().url, QUrl(QStringLiteral("http://example.org/atom")));
    thread.quit();
    QVERIFY(thread.wait(Patience));
}

void TestPipeline::refreshStoresAndCleans()
{
    Site one { "/one", "Harbour Gazette", 3 };
    Site two { "/two", "Valley Times", 2 };
    serveSite(*m_server, &one);
    serveSite(*m_server, &two);
    const Result<SubscriptionId> first
        = m_store->addSubscription(m_server->url(QStringLiteral("/one/feed.xml")).toString());
    const Result<SubscriptionId> second
        = m_store->addSubscription(m_server->url(QStringLiteral("/two/feed.xml")).toString());
    QVERIFY(first && second);

    Pipeline pipeline(m_store.get());
    QSignalSpy added(&pipeline, &Pipeline::storiesAdded);
    QSignalSpy saved(&pipeline, &Pipeline::articleSaved);
    QSignalSpy failed(&pipeline, &Pipeline::cleaningFailed);
    QSignalSpy refreshed(&pipeline, &Pipeline::feedRefreshed);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QVERIFY(!pipeline.isBusy());

    QCOMPARE(added.size(), 2);
    QCOMPARE(refreshed.size(), 2);
    QCOMPARE(m_store->countStories({}), 5);
    QCOMPARE(pageRequests(*m_server), 5);
    QCOMPARE(saved.size() + failed.size(), 5);
    const RefreshProgress progress = pipeline.progress();
    QCOMPARE(progress.feedsTotal, 2);
    QCOMPARE(progress.feedsDone, 2);
    QCOMPARE(progress.feedsFailed, 0);
    QCOMPARE(progress.pagesQueued, 5);
    QCOMPARE(progress.pagesDone, 5);
    QCOMPARE(m_store->subscription(*first)->title, QStringLiteral("Harbour Gazette"));
    QVERIFY(m_store->subscription(*first)->lastError.isEmpty());
    QCOMPARE(m_store->subscription(*first)->etag, QStringLiteral("\"one3\""));
    QCOMPARE(saved.size(), 5);
    const StoryId cleaned = saved.constFirst().at(0).value<StoryId>();
    const std::optional<StoryDetail> detail = m_store->story(cleaned);
    QVERIFY(detail && detail->article);
    QVERIFY(detail->article->text.contains(QStringLiteral("harbour plan")));
    QVERIFY(detail->cleanError.isEmpty());
    // Topics come from the page and the feed's categories, as Topics::tag
    // computes them from the corpus as it stood when the batch began (empty).
    const QByteArray page
        = articlePage(detail->row.title.toUtf8(), detail->row.link.section(QLatin1String("story"), 1).toInt());
    const Article direct = ArticleExtractor::extract(page, QUrl(detail->row.link), QStringLiteral("utf-8"));
    QVERIFY(detail->article->topics.contains(QStringLiteral("Kernow Harbour Trust")));
    QCOMPARE(detail->article->topics, Topics::tag(direct, detail->categories, {}));
    // The store learned from the five articles how common their names are.
    const Topics::CorpusStats learned = m_store->corpusStats();
    QCOMPARE(learned.documentCount, 5);
    QCOMPARE(learned.documentFrequency.value(Topics::key(QStringLiteral("Kernow Harbour Trust"))), 5);

    // Read marks survive refetches; a 304 costs no parse and adds nothing.
    const QList<StoryRow> rows = m_store->stories({});
    QVERIFY(m_store->setRead(rows.constFirst().id, true));
    m_server->clearLog();
    added.clear();
    refreshed.clear();
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(added.size(), 0);
    QCOMPARE(refreshed.size(), 2);
    for (const QList<QVariant> &arguments : refreshed)
        QVERIFY(arguments.at(0).value<FeedRefreshResult>().notModified);
    QCOMPARE(pageRequests(*m_server), 0);
    QCOMPARE(m_server->requests("/one/feed.xml").constFirst().header("if-none-match"), QByteArray("\"one3\""));
    QCOMPARE(m_store->countStories({}), 5);

    // The same content again without validators: still no duplicates.
    one.conditional = false;
    two.conditional = false;
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(added.size(), 0);
    QCOMPARE(m_store->countStories({}), 5);
    QVERIFY(m_store->story(rows.constFirst().id)->row.read);

    // One new story: only its page is fetched.
    one.count = 4;
    m_server->clearLog();
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.constFirst().at(1).value<QList<StoryId>>().size(), 1);
    QCOMPARE(pageRequests(*m_server), 1);
    QCOMPARE(m_store->countStories({}), 6);
}

void TestPipeline::failingFeedDoesNotStopOthers()
{
    Site good { "/good", "Good", 2 };
    Site bad { "/bad", "Bad", 2 };
    bad.feedStatus = 500;
    serveSite(*m_server, &good);
    serveSite(*m_server, &bad);
    const SubscriptionId badId = *m_store->addSubscription(m_server->url(QStringLiteral("/bad/feed.xml")).toString());
    const SubscriptionId goodId = *m_store->addSubscription(m_server->url(QStringLiteral("/good/feed.xml")).toString());

    Pipeline pipeline(m_store.get());
    QSignalSpy updated(&pipeline, &Pipeline::subscriptionUpdated);
    QSignalSpy refreshed(&pipeline, &Pipeline::feedRefreshed);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(m_store->countStories({}), 2);
    QCOMPARE(pipeline.progress().feedsFailed, 1);

    const Subscription failed = *m_store->subscription(badId);
    QVERIFY(failed.lastError.contains(QStringLiteral("500")));
    QCOMPARE(failed.consecutiveFailures, 1);
    QVERIFY(failed.retryAfter >= before.addSecs(Fetcher::backoffSeconds(1) - 1));
    QVERIFY(m_store->subscription(goodId)->lastError.isEmpty());
    bool sawBad = false;
    for (const QList<QVariant> &arguments : updated)
        sawBad = sawBad || arguments.at(0).value<SubscriptionId>() == badId;
    QVERIFY(sawBad);

    // Resting: the next refresh leaves the failing feed alone...
    m_server->clearLog();
    refreshed.clear();
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(m_server->requestCount("/bad/feed.xml"), 0);
    QCOMPARE(m_server->requestCount("/good/feed.xml"), 1);
    QCOMPARE(pipeline.progress().feedsSkipped, 1);
    bool skipped = false;
    for (const QList<QVariant> &arguments : refreshed) {
        const auto result = arguments.at(0).value<FeedRefreshResult>();
        skipped = skipped || (result.id == badId && result.skipped);
    }
    QVERIFY(skipped);

    // ...unless asked explicitly; a recovered feed clears its error.
    bad.feedStatus = 200;
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refresh(badId, RefreshPolicy::IgnoreBackoff); }));
    QCOMPARE(m_server->requestCount("/bad/feed.xml"), 1);
    const Subscription recovered = *m_store->subscription(badId);
    QVERIFY(recovered.lastError.isEmpty());
    QCOMPARE(recovered.consecutiveFailures, 0);
    QCOMPARE(m_store->countStories({}), 4);
}

void TestPipeline::permanentRedirectMovesTheSubscription_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("moves");
    QTest::newRow("301") << 301 << true;
    QTest::newRow("308") << 308 << true;
    QTest::newRow("302") << 302 << false;
    QTest::newRow("307") << 307 << false;
}

void TestPipeline::permanentRedirectMovesTheSubscription()
{
    QFETCH(int, status);
    QFETCH(bool, moves);
    Site site { "/moved", "Moved", 1 };
    serveSite(*m_server, &site);
    m_server->serve("/old.xml", TestHttpServer::redirect(status, "/moved/feed.xml"));
    const QString oldUrl = m_server->url(QStringLiteral("/old.xml")).toString();
    const SubscriptionId id = *m_store->addSubscription(oldUrl);
    Pipeline pipeline(m_store.get());
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(m_store->countStories({}), 1);
    QCOMPARE(
        m_store->subscription(id)->url, moves ? m_server->url(QStringLiteral("/moved/feed.xml")).toString() : oldUrl);
}

void TestPipeline::retryAfterBecomesSubscriptionState()
{
    HttpResponse busy = TestHttpServer::status(503, "busy");
    busy.setHeader("Retry-After", "86400");
    m_server->serve("/busy.xml", busy);
    const SubscriptionId id = *m_store->addSubscription(m_server->url(QStringLiteral("/busy.xml")).toString());
    Pipeline pipeline(m_store.get());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    const Subscription state = *m_store->subscription(id);
    QVERIFY(state.lastError.contains(QStringLiteral("503")));
    // The server's day beats the first back-off step of five minutes.
    QVERIFY(state.retryAfter >= before.addSecs(86400 - 5));
}

void TestPipeline::unreachablePageKeepsFeedContent()
{
    Site site { "/lost", "Lost pages", 2 };
    serveSite(*m_server, &site);
    m_server->serve(site.pagePath(0), TestHttpServer::status(404, "gone"));
    m_server->serve(site.pagePath(1), TestHttpServer::ok("%PDF-1.4", "application/pdf"));
    m_store->addSubscription(m_server->url(QStringLiteral("/lost/feed.xml")).toString()).value();
    Pipeline pipeline(m_store.get());
    QSignalSpy failed(&pipeline, &Pipeline::cleaningFailed);
    QSignalSpy saved(&pipeline, &Pipeline::articleSaved);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(saved.size(), 0);
    QCOMPARE(failed.size(), 2);
    for (const QList<QVariant> &arguments : failed) {
        const std::optional<StoryDetail> detail = m_store->story(arguments.at(0).value<StoryId>());
        QVERIFY(detail);
        QVERIFY(!detail->article);
        QVERIFY(!detail->cleanError.isEmpty());
        QVERIFY(detail->summaryHtml.contains(QStringLiteral("Summary of"))); // the feed's own content stays
    }
}

void TestPipeline::addByFeedUrl()
{
    Site site { "/direct", "Direct News", 2 };
    serveSite(*m_server, &site);
    Pipeline pipeline(m_store.get());
    QSignalSpy added(&pipeline, &Pipeline::subscriptionAdded);
    QVERIFY(runUntilIdle(
        pipeline, [&] { pipeline.addSubscription(m_server->url(QStringLiteral("/direct/feed.xml")).toString()); }));
    QCOMPARE(added.size(), 1);
    const Subscription subscription = *m_store->subscription(added.constFirst().at(0).value<SubscriptionId>());
    QCOMPARE(subscription.title, QStringLiteral("Direct News"));
    QCOMPARE(subscription.url, m_server->url(QStringLiteral("/direct/feed.xml")).toString());
    QCOMPARE(m_store->countStories({}), 2);
    QCOMPARE(pageRequests(*m_server), 2);
}

void TestPipeline::addByPageWithLink()
{
    Site site { "/blog", "The Blog", 1 };
    serveSite(*m_server, &site);
    m_server->serve("/blog/",
        TestHttpServer::ok(R"(<html><head><title>Blog</title>
        <link rel="alternate" type="application/rss+xml" title="Comments" href="comments.xml">
        <link rel="alternate" type="application/rss+xml" title="Posts" href="feed.xml"></head>
        <body>Hello</body></html>)",
            "text/html"));
    Pipeline pipeline(m_store.get());
    QSignalSpy added(&pipeline, &Pipeline::subscriptionAdded);
    QVERIFY(
        runUntilIdle(pipeline, [&] { pipeline.addSubscription(m_server->url(QStringLiteral("/blog/")).toString()); }));
    QCOMPARE(added.size(), 1);
    const Subscription subscription = *m_store->subscription(added.constFirst().at(0).value<SubscriptionId>());
    QCOMPARE(subscription.url, m_server->url(QStringLiteral("/blog/feed.xml")).toString());
    QCOMPARE(subscription.title, QStringLiteral("The Blog"));
    QCOMPARE(m_server->requestCount("/blog/comments.xml"), 0); // comment feeds are tried last
}

void TestPipeline::addByCommonPath()
{
    Site site { "/x", "Common", 1 };
    serveSite(*m_server, &site);
    m_server->serve("/", TestHttpServer::ok("<html><body>No feed announced here</body></html>", "text/html"));
    m_server->serve("/feed", TestHttpServer::ok("<html>not a feed</html>", "text/html"));
    m_server->route("/atom.xml", [this](const HttpRequest &) {
        return TestHttpServer::ok(
            rssFeed("Common", "http://example.org/",
                { { "c1", "Found", m_server->url(QStringLiteral("/x/story0.html")).toEncoded(), {} } }),
            "application/rss+xml");
    });
    Pipeline pipeline(m_store.get());
    QSignalSpy added(&pipeline, &Pipeline::subscriptionAdded);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.addSubscription(m_server->url(QStringLiteral("/")).toString()); }));
    QCOMPARE(added.size(), 1);
    QCOMPARE(m_store->subscription(added.constFirst().at(0).value<SubscriptionId>())->url,
        m_server->url(QStringLiteral("/atom.xml")).toString());
    QCOMPARE(m_server->requestCount("/feed"), 1);
    QCOMPARE(m_server->requestCount("/rss"), 1); // 404, then on to the next path
    QCOMPARE(m_server->requestCount("/feed.xml"), 0);
}

void TestPipeline::addFailsWithoutFeed()
{
    m_server->serve("/plain", TestHttpServer::ok("<html><body>Nothing</body></html>", "text/html"));
    Pipeline pipeline(m_store.get());
    QSignalSpy added(&pipeline, &Pipeline::subscriptionAdded);
    QSignalSpy failed(&pipeline, &Pipeline::subscriptionFailed);
    QVERIFY(
        runUntilIdle(pipeline, [&] { pipeline.addSubscription(m_server->url(QStringLiteral("/plain")).toString()); }));
    QCOMPARE(added.size(), 0);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().at(1).value<Error>().code, ErrorCode::NotAFeed);
    QVERIFY(m_store->subscriptions().isEmpty());

    failed.clear();
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.addSubscription(QStringLiteral("ftp://example.org/feed")); }));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().at(1).value<Error>().code, ErrorCode::InvalidArgument);
}

void TestPipeline::addDuplicateFails()
{
    Site site { "/dup", "Dup", 1 };
    serveSite(*m_server, &site);
    const QString url = m_server->url(QStringLiteral("/dup/feed.xml")).toString();
    m_store->addSubscription(url).value();
    Pipeline pipeline(m_store.get());
    QSignalSpy failed(&pipeline, &Pipeline::subscriptionFailed);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.addSubscription(url); }));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().at(1).value<Error>().code, ErrorCode::Duplicate);
    QCOMPARE(m_store->subscriptions().size(), 1);
}

void TestPipeline::feedErrorsBecomeState_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("stored");
    QTest::newRow("404") << QByteArray("404") << int(ErrorCode::HttpError) << QStringLiteral("HTTP error: HTTP 404");
    QTest::newRow("redirect loop") << QByteArray("loop") << int(ErrorCode::TooManyRedirects)
                                   << QStringLiteral("too many redirects");
    QTest::newRow("stalled") << QByteArray("stall") << int(ErrorCode::Timeout) << QStringLiteral("timed out");
    QTest::newRow("oversized") << QByteArray("huge") << int(ErrorCode::TooLarge) << QStringLiteral("too large");
    QTest::newRow("not a feed") << QByteArray("html") << int(ErrorCode::NotAFeed) << QStringLiteral("not a feed");
}

void TestPipeline::feedErrorsBecomeState()
{
    QFETCH(QByteArray, kind);
    QFETCH(int, code);
    QFETCH(QString, stored);
    m_server->route("/broken.xml", [kind](const HttpRequest &request) {
        if (kind == "loop")
            return TestHttpServer::redirect(
                302, "/broken.xml?n=" + QByteArray::number(request.query.mid(2).toInt() + 1));
        if (kind == "html")
            return TestHttpServer::ok("<html><body>Welcome</body></html>", "text/html");
        HttpResponse response = TestHttpServer::ok(QByteArray(4096, 'x'), "application/rss+xml");
        response.stall = kind == "stall";
        if (kind == "huge")
            response.streamBytes = qint64(1) << 30;
        return kind == "404" ? TestHttpServer::status(404) : response;
    });
    const SubscriptionId id = *m_store->addSubscription(m_server->url(QStringLiteral("/broken.xml")).toString());
    Pipeline pipeline(m_store.get());
    FetcherOptions options;
    options.transferTimeoutMs = 300;
    options.maxFeedBytes = 256 * 1024;
    pipeline.setFetcherOptions(options);
    QSignalSpy refreshed(&pipeline, &Pipeline::feedRefreshed);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(int(refreshed.constFirst().at(0).value<FeedRefreshResult>().error.code), code);
    const Subscription state = *m_store->subscription(id);
    QVERIFY2(state.lastError.startsWith(stored), qPrintable(state.lastError));
    QCOMPARE(state.consecutiveFailures, 1);
    QCOMPARE(m_store->countStories({}), 0);
}

void TestPipeline::offlineFailureIsState()
{
    quint16 closedPort = 0;
    {
        TestHttpServer probe;
        QVERIFY(probe.listen());
        closedPort = probe.port();
    }
    const SubscriptionId id = *m_store->addSubscription(QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(closedPort));
    Pipeline pipeline(m_store.get());
    QSignalSpy refreshed(&pipeline, &Pipeline::feedRefreshed);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(refreshed.constFirst().at(0).value<FeedRefreshResult>().error.code, ErrorCode::NetworkError);
    const Subscription state = *m_store->subscription(id);
    QVERIFY(state.lastError.startsWith(QStringLiteral("network error")));
    QCOMPARE(state.consecutiveFailures, 1);
    QVERIFY(state.retryAfter > QDateTime::currentDateTimeUtc());
}

void TestPipeline::builtInFeedIsNeverFetched()
{
    // The offline welcome feed lives only in the store: refreshing everything
    // must neither fetch it nor record it as failing, while real feeds refresh.
    Site site { "/real", "Real", 1 };
    serveSite(*m_server, &site);
    const SubscriptionId welcome
        = *m_store->addSubscription(QStringLiteral("tidings:welcome"), QStringLiteral("Welcome"));
    const SubscriptionId real = *m_store->addSubscription(m_server->url(QStringLiteral("/real/feed.xml")).toString());
    Pipeline pipeline(m_store.get());
    QSignalSpy refreshed(&pipeline, &Pipeline::feedRefreshed);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(refreshed.constFirst().at(0).value<FeedRefreshResult>().id, real);
    const Subscription state = *m_store->subscription(welcome);
    QVERIFY2(state.lastError.isEmpty(), qPrintable(state.lastError));
    QCOMPARE(state.consecutiveFailures, 0);
    QVERIFY(!state.lastFetched.isValid());
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refresh(welcome); }));
    QCOMPARE(refreshed.size(), 1);
}

void TestPipeline::backlogAndOutdatedArticlesAreCleaned()
{
    // An earlier session stored three stories and quit: one never cleaned,
    // one cleaned by an older extractor, one cleaned by this one. (The feed
    // lists none now; their pages are still served.)
    Site site { "/later", "Later", 0 };
    serveSite(*m_server, &site);
    const SubscriptionId sub = *m_store->addSubscription(m_server->url(QStringLiteral("/later/feed.xml")).toString());
    QList<ParsedItem> items;
    for (int i = 0; i < 3; ++i) {
        ParsedItem item;
        item.id = QStringLiteral("/later-%1").arg(i);
        item.title = QStringLiteral("Later story %1").arg(i);
        item.link = m_server->url(QString::fromLatin1(site.pagePath(i))).toString();
        item.published = QDateTime::currentDateTimeUtc().addSecs(-3600 * (i + 1));
        items.append(item);
    }
    const Result<QList<StoryId>> ids = m_store->upsertStories(sub, items);
    QVERIFY(ids && ids->size() == 3);
    Article old;
    old.readerable = true;
    old.text = QStringLiteral("What an old cleaner made of it.");
    old.extractorVersion = ArticleExtractor::Version - 1;
    QVERIFY(m_store->saveArticle(ids->at(1), old));
    Article current = old;
    current.text = QStringLiteral("Already clean.");
    current.extractorVersion = ArticleExtractor::Version;
    QVERIFY(m_store->saveArticle(ids->at(2), current));

    Pipeline pipeline(m_store.get());
    QSignalSpy saved(&pipeline, &Pipeline::articleSaved);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QList<StoryId> cleaned;
    for (const QList<QVariant> &args : std::as_const(saved))
        cleaned.append(args.at(0).value<StoryId>());
    std::sort(cleaned.begin(), cleaned.end());
    QCOMPARE(cleaned, (QList<StoryId> { ids->at(0), ids->at(1) }));
    for (StoryId id : { ids->at(0), ids->at(1) }) {
        const std::optional<StoryDetail> detail = m_store->story(id);
        QVERIFY(detail && detail->article);
        QCOMPARE(detail->article->extractorVersion, ArticleExtractor::Version);
        QVERIFY(detail->article->text.contains(QStringLiteral("harbour plan")));
    }
    QCOMPARE(m_store->story(ids->at(2))->article->text, QStringLiteral("Already clean."));
    QVERIFY(m_store->storiesWithoutArticle().isEmpty());

    // Nothing is left to do: the next refresh fetches no page.
    const int pagesBefore = pageRequests(*m_server);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(pageRequests(*m_server), pagesBefore);
}

void TestPipeline::cleanStoryDropsStaleResults()
{
    Site site { "/again", "Again", 1 };
    serveSite(*m_server, &site);
    m_store->addSubscription(m_server->url(QStringLiteral("/again/feed.xml")).toString()).value();
    Pipeline pipeline(m_store.get());
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    const StoryId id = m_store->stories({}).constFirst().id;

    QSignalSpy started(&pipeline, &Pipeline::cleaningStarted);
    QSignalSpy saved(&pipeline, &Pipeline::articleSaved);
    QSignalSpy failed(&pipeline, &Pipeline::cleaningFailed);
    m_server->clearLog();
    QVERIFY(runUntilIdle(pipeline, [&] {
        pipeline.cleanStory(id);
        pipeline.cleanStory(id); // supersedes the first
    }));
    QCOMPARE(started.size(), 2);
    QCOMPARE(pageRequests(*m_server), 2);
    QCOMPARE(saved.size() + failed.size(), 1); // the first result was dropped
    QCOMPARE(pipeline.progress().pagesDone, pipeline.progress().pagesQueued);
}

void TestPipeline::idleWhenNothingToDo()
{
    Pipeline pipeline(m_store.get());
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QVERIFY(!pipeline.isBusy());
}

void TestPipeline::shutdownMidRefresh()
{
    Site site { "/slow", "Slow", 3 };
    serveSite(*m_server, &site);
    for (int i = 0; i < 3; ++i) {
        HttpResponse stalled = TestHttpServer::ok(articlePage("slow", i), "text/html");
        stalled.stall = true;
        m_server->serve(site.pagePath(i), stalled);
    }
    m_store->addSubscription(m_server->url(QStringLiteral("/slow/feed.xml")).toString()).value();
    {
        Pipeline pipeline(m_store.get());
        QSignalSpy added(&pipeline, &Pipeline::storiesAdded);
        pipeline.refreshAll();
        QVERIFY(added.wait(Patience));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 2, Patience); // two pages per host, both hanging
        QVERIFY(pipeline.isBusy());
    } // destroyed mid-flight: replies aborted, parser thread joined
    QCOMPARE(m_store->countStories({}), 3); // what was committed stays
    QTRY_COMPARE(m_server->inFlight(), 0);
}

// Every write the pipeline makes runs on its "storage" thread, and each
// signal about stored data comes after the commit: a read through the GUI
// thread's own connection, made in the slot, already sees it.
void TestPipeline::writesRunOnTheStorageThread()
{
    Site one { "/one", "Harbour Gazette", 3 };
    serveSite(*m_server, &one);
    Site broken { "/broken", "Broken", 1 };
    broken.feedStatus = 500;
    serveSite(*m_server, &broken);
    m_store->addSubscription(m_server->url(QStringLiteral("/one/feed.xml")).toString()).value();
    const SubscriptionId failing
        = m_store->addSubscription(m_server->url(QStringLiteral("/broken/feed.xml")).toString()).value();

    QMutex mutex;
    QSet<QString> threads;
    QSet<QString> operations;
    Pipeline pipeline(m_store.get());
    pipeline.setWriteObserver([&](const QString &operation, qint64) {
        const QMutexLocker lock(&mutex);
        threads.insert(QThread::currentThread()->objectName());
        operations.insert(operation);
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            threads.insert(QStringLiteral("the GUI thread"));
    });
    int storiesSeen = 0;
    int articlesSeen = 0;
    connect(&pipeline, &Pipeline::storiesAdded, this, [&](SubscriptionId, const QList<StoryId> &ids) {
        for (StoryId id : ids)
            storiesSeen += m_store->story(id).has_value();
    });
    connect(&pipeline, &Pipeline::articleSaved, this, [&](StoryId id) {
        const std::optional<StoryDetail> detail = m_store->story(id);
        articlesSeen += detail && detail->article;
    });
    bool failureSeen = false;
    connect(&pipeline, &Pipeline::feedRefreshed, this, [&](const FeedRefreshResult &result) {
        if (result.id == failing)
            failureSeen = m_store->subscription(failing)->consecutiveFailures == 1;
    });
    QSignalSpy added(&pipeline, &Pipeline::subscriptionAdded);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(storiesSeen, 3);
    QCOMPARE(articlesSeen, 3);
    QVERIFY(failureSeen);

    Site two { "/two", "Valley Times", 2 };
    serveSite(*m_server, &two);
    QVERIFY(runUntilIdle(
        pipeline, [&] { pipeline.addSubscription(m_server->url(QStringLiteral("/two/feed.xml")).toString()); }));
    QCOMPARE(added.size(), 1);
    QVERIFY(m_store->subscription(added.constFirst().at(0).value<SubscriptionId>()));
    QCOMPARE(storiesSeen, 5);

    const QMutexLocker lock(&mutex);
    QCOMPARE(threads, QSet<QString>({ QStringLiteral("storage") }));
    for (const char *operation :
        { "upsertStories", "recordFetchSuccess", "recordFetchFailure", "saveArticle", "addSubscription" })
        QVERIFY2(operations.contains(QLatin1String(operation)), operation);
}

// Destroying the pipeline while article saves wait in the storage thread's
// queue commits them all before the thread ends.
void TestPipeline::shutdownCommitsHandedOverWrites()
{
    Site site { "/many", "Many", 8 };
    serveSite(*m_server, &site);
    m_store->addSubscription(m_server->url(QStringLiteral("/many/feed.xml")).toString()).value();
    // The first article save holds the storage thread until released, so
    // the others pile up behind it.
    QMutex mutex;
    QWaitCondition released;
    bool held = false;
    bool release = false;
    auto pipeline = std::make_unique<Pipeline>(m_store.get());
    pipeline->setWriteObserver([&](const QString &operation, qint64) {
        if (operation != QLatin1String("saveArticle"))
            return;
        const QMutexLocker lock(&mutex);
        held = true;
        while (!release)
            released.wait(&mutex);
    });
    QSignalSpy saved(pipeline.get(), &Pipeline::articleSaved);
    pipeline->refreshAll();
    const auto isHeld = [&] {
        const QMutexLocker lock(&mutex);
        return held;
    };
    QTRY_VERIFY_WITH_TIMEOUT(isHeld(), Patience);
    // Six pages are in flight at most; the pages stay in flight until saved.
    QTRY_COMPARE_WITH_TIMEOUT(pageRequests(*m_server), 6, Patience);
    // The parser thread cleans the six fetched pages; each is handed to the
    // storage thread, where all wait behind the held one.
    QTRY_COMPARE_WITH_TIMEOUT(pipeline->progress().pagesStoring, 6, Patience);
    QCOMPARE(m_server->inFlight(), 0);
    QCOMPARE(saved.size(), 0);
    {
        const QMutexLocker lock(&mutex);
        release = true;
        released.wakeAll();
    }
    pipeline.reset();
    int cleaned = 0;
    for (const StoryRow &row : m_store->stories({}))
        cleaned += row.cleaned;
    QCOMPARE(m_store->countStories({}), 8);
    QCOMPARE(cleaned, 6);
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
