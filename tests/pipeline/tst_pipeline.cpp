// Refreshing feeds end to end against a local server: stories stored and
// cleaned, failures, redirects, Retry-After and error state.

#include "base/backoff.h"
#include "extract/article_extractor.h"
#include "hand_over.h"
#include "net/fetcher.h"
#include "parser_worker.h"
#include "pipeline/pipeline.h"
#include "pipeline_fixture.h"
#include "storage/store.h"
#include "test_feeds.h"
#include "test_http_server.h"

#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Core;
using namespace TestSupport;
using namespace PipelineTest;

class TestPipeline final : public QObject, private PipelineFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }
    void workerRunsOnTheParserThread();
    void refreshStoresAndCleans();
    void failingFeedDoesNotStopOthers();
    void permanentRedirectMovesTheSubscription_data();
    void permanentRedirectMovesTheSubscription();
    void retryAfterBecomesSubscriptionState();
    void unreachablePageKeepsFeedContent();
    void feedErrorsBecomeState_data();
    void feedErrorsBecomeState();
    void offlineFailureIsState();
    void builtInFeedIsNeverFetched();
};

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
    // The spies record on the parser thread (QSignalSpy has no lock): they are
    // read once that thread has run both jobs and ended, not polled meanwhile.
    QMetaObject::invokeMethod(worker, [&thread] {
        handingOver(&thread); // QThread::wait's ordering is inside Qt (hand_over.h)
        QThread::currentThread()->quit();
    });
    QVERIFY(thread.wait(Patience));
    handedOver(&thread);
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(discovered.size(), 1);
    QCOMPARE(parsed.constFirst().at(0).value<quint64>(), quint64(7));
    QCOMPARE(ranOn, QStringLiteral("parser"));
    const auto found = discovered.constFirst().at(1).value<QList<Autodiscovery::Candidate>>();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().url, QUrl(QStringLiteral("http://example.org/atom")));
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
    QCOMPARE(m_store->subscription(*first)->lastError.code, ErrorCode::None);
    QCOMPARE(m_store->subscription(*first)->etag, QStringLiteral("\"one3\""));
    QCOMPARE(saved.size(), 5);
    const StoryId cleaned = saved.constFirst().at(0).value<StoryId>();
    const std::optional<StoryDetail> detail = m_store->story(cleaned);
    QVERIFY(detail && detail->article);
    QVERIFY(detail->article->text.contains(QStringLiteral("harbour plan")));
    QCOMPARE(detail->cleanError.code, ErrorCode::None);
    // Topics come from the page and the feed's categories, as Topics::tag
    // computes them from the corpus as it stood when the batch began (empty).
    const QByteArray page
        = articlePage(detail->row.title.toUtf8(), detail->row.link.section(QLatin1String("story"), 1).toInt());
    const Article direct = ArticleExtractor::extract(page, QUrl(detail->row.link), QStringLiteral("utf-8"));
    QVERIFY(detail->article->topics.contains(QStringLiteral("Kernow Harbour Trust")));
    QCOMPARE(detail->article->topics, Topics::tag(direct, detail->categories, {}));
    // The store learned from the five articles how common their names are.
    const CorpusStats learned = m_store->corpusStats();
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
    QCOMPARE(failed.lastError.code, ErrorCode::HttpError);
    QVERIFY(failed.lastError.detail.contains(QStringLiteral("500")));
    QCOMPARE(failed.consecutiveFailures, 1);
    QVERIFY(failed.retryAfter >= before.addSecs(backoffSeconds(1) - 1));
    QCOMPARE(m_store->subscription(goodId)->lastError.code, ErrorCode::None);
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
    QCOMPARE(recovered.lastError.code, ErrorCode::None);
    QVERIFY(recovered.lastError.detail.isEmpty());
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
    QCOMPARE(state.lastError.code, ErrorCode::HttpError);
    QVERIFY(state.lastError.detail.contains(QStringLiteral("503")));
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
    QMap<ErrorCode, QString> stored; // code -> detail, as the store kept them
    for (const QList<QVariant> &arguments : failed) {
        const std::optional<StoryDetail> detail = m_store->story(arguments.at(0).value<StoryId>());
        QVERIFY(detail);
        QVERIFY(!detail->article);
        QCOMPARE(detail->cleanError.code, arguments.at(1).value<Error>().code); // the signal says what is stored
        stored.insert(detail->cleanError.code, detail->cleanError.detail);
        QVERIFY(detail->summaryHtml.contains(QStringLiteral("Summary of"))); // the feed's own content stays
    }
    QCOMPARE(stored.size(), 2);
    QVERIFY(stored.value(ErrorCode::HttpError).contains(QStringLiteral("404")));
    QCOMPARE(stored.value(ErrorCode::NotAWebPage), QStringLiteral("application/pdf"));
}

void TestPipeline::feedErrorsBecomeState_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail"); // how the stored detail starts
    QTest::newRow("404") << QByteArray("404") << int(ErrorCode::HttpError) << QStringLiteral("HTTP 404");
    QTest::newRow("redirect loop") << QByteArray("loop") << int(ErrorCode::TooManyRedirects) << QString();
    QTest::newRow("stalled") << QByteArray("stall") << int(ErrorCode::Timeout) << QString();
    QTest::newRow("oversized") << QByteArray("huge") << int(ErrorCode::TooLarge) << QString();
    QTest::newRow("not a feed") << QByteArray("html") << int(ErrorCode::NotAFeed) << QString();
}

void TestPipeline::feedErrorsBecomeState()
{
    QFETCH(QByteArray, kind);
    QFETCH(int, code);
    QFETCH(QString, detail);
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
    QCOMPARE(int(state.lastError.code), code);
    QVERIFY2(state.lastError.detail.startsWith(detail), qPrintable(state.lastError.detail));
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
    QCOMPARE(state.lastError.code, ErrorCode::NetworkError);
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
    QVERIFY2(state.lastError.code == ErrorCode::None, qPrintable(describe(state.lastError)));
    QCOMPARE(state.consecutiveFailures, 0);
    QVERIFY(!state.lastFetched.isValid());
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refresh(welcome); }));
    QCOMPARE(refreshed.size(), 1);
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
