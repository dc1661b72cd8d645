#include "pipeline/refresh_scheduler.h"
#include "pipeline_fixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace PipelineTest;

// Feeds refreshed on their own: the scheduler against the local HTTP server,
// with a real store, on a short test minute (RefreshRules::msPerMinute).
class TestRefreshScheduler final : public QObject, private PipelineFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void oneMinuteFeedComesBackButTtl120WaitsItsTurn();
    void offlinePausesAndOnlineCatchesUp();
    void manualRefreshStillWorksWhileResting();
    void serverMaxAgeIsRecorded();

private:
    // A feed of one story whose page is served too; `channelExtra` goes into <channel>.
    void serveFeed(const QByteArray &path, const QByteArray &channelExtra);
    SubscriptionId subscribe(const QByteArray &path, int refreshMinutes);
};

// A test minute of 200 ms: a 1-minute feed is due every 0.2 s, the 5-minute
// floor is 1 s and a ttl of 120 minutes is 24 s.
constexpr qint64 TestMinuteMs = 200;

void TestRefreshScheduler::serveFeed(const QByteArray &path, const QByteArray &channelExtra)
{
    TestHttpServer *server = m_server.get();
    const QByteArray page = path + ".html";
    server->route(path, [server, path, page, channelExtra](const HttpRequest &) {
        QByteArray body = rssFeed("Feed " + path, server->url(QStringLiteral("/")).toEncoded(),
            { { path + "-1", "Story of " + path, server->url(QString::fromLatin1(page)).toEncoded(), {} } });
        const QByteArray description = "<description>Test feed</description>";
        body.replace(description, QByteArray(description + channelExtra));
        return TestHttpServer::ok(body, "application/rss+xml");
    });
    server->serve(page, TestHttpServer::ok(articlePage("Story of " + path, 1), "text/html; charset=utf-8"));
}

SubscriptionId TestRefreshScheduler::subscribe(const QByteArray &path, int refreshMinutes)
{
    const Result<SubscriptionId> id = m_store->addSubscription(m_server->url(QString::fromLatin1(path)).toString());
    if (!id)
        return 0;
    SubscriptionSettings settings;
    settings.refreshMinutes = refreshMinutes;
    if (!m_store->setSubscriptionSettings(*id, settings))
        return 0;
    return *id;
}

void TestRefreshScheduler::oneMinuteFeedComesBackButTtl120WaitsItsTurn()
{
    serveFeed("/minute", {});
    serveFeed("/ttl", "<ttl>120</ttl>");
    const SubscriptionId minute = subscribe("/minute", 1);
    const SubscriptionId ttl = subscribe("/ttl", 1); // the user asked for 1 minute; the feed asks for 120
    QVERIFY(minute && ttl);

    Pipeline pipeline(m_store.get());
    RefreshScheduler scheduler(m_store.get(), &pipeline);
    scheduler.setRules({ 30, TestMinuteMs });
    QSignalSpy nextDue(&scheduler, &RefreshScheduler::nextDueChanged);
    scheduler.start();

    // Both are fetched at start (never fetched: due at once) ...
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount("/ttl") >= 1, Patience);
    // ... and the 1-minute feed again and again on its own, nobody asking.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount("/minute") >= 4, Patience);
    QVERIFY(nextDue.size() > 0);

    // The scheduler demonstrably ran many times meanwhile; the ttl feed was
    // fetched once, and its next turn lies 120 (test) minutes after that fetch.
    QCOMPARE(m_server->requestCount("/ttl"), 1);
    const std::optional<Subscription> stored = m_store->subscription(ttl);
    QVERIFY(stored);
    QCOMPARE(stored->feedMinInterval, 120 * 60);
    const QDateTime due = nextRefreshDue(*stored, scheduler.rules());
    QVERIFY2(stored->lastFetched.msecsTo(due) >= 120 * TestMinuteMs,
        qPrintable(QString::number(stored->lastFetched.msecsTo(due))));
    QVERIFY(!isRefreshDue(*stored, scheduler.rules(), QDateTime::currentDateTimeUtc()));
    // The status bar's time is the earliest due of the feeds not in flight.
    QVERIFY(scheduler.nextDue().isValid());
    QVERIFY(scheduler.nextDue() <= due);

    // Not every minute-feed fetch re-cleaned its page: the story was new only once.
    QCOMPARE(m_server->requestCount("/minute.html"), 1);
    scheduler.stop();
    QVERIFY(!scheduler.nextDue().isValid());
    QTRY_VERIFY_WITH_TIMEOUT(!pipeline.isBusy(), Patience);
}

void TestRefreshScheduler::offlinePausesAndOnlineCatchesUp()
{
    serveFeed("/away", {});
    serveFeed("/other", {});
    const SubscriptionId away = subscribe("/away", 0);
    QVERIFY(away);

    Pipeline pipeline(m_store.get());
    RefreshScheduler scheduler(m_store.get(), &pipeline);
    scheduler.setRules({ 30, TestMinuteMs });
    ManualReachability network(false);
    scheduler.setReachability(&network);
    QVERIFY(scheduler.isPaused());
    QSignalSpy checked(&scheduler, &RefreshScheduler::checked);
    scheduler.start();

    // The scheduler looked, found the feed due (never fetched) and held it back.
    QVERIFY(checked.wait(Patience));
    QCOMPARE(checked.constFirst().at(0).toInt(), 0); // none sent
    QCOMPARE(checked.constFirst().at(1).toInt(), 1); // one held back
    QVERIFY(m_store->subscription(away)->lastFetched.isValid() == false);
    // And again after a feed was added while offline: still nothing reached the server.
    checked.clear();
    QVERIFY(subscribe("/other", 0));
    scheduler.reschedule();
    QCOMPARE(checked.size(), 1);
    QCOMPARE(checked.constFirst().at(1).toInt(), 2);
    QCOMPARE(m_server->requests().size(), 0);

    // Back online: both are fetched at once, without waiting for any timer.
    QSignalSpy paused(&scheduler, &RefreshScheduler::pausedChanged);
    const QDateTime onlineAt = QDateTime::currentDateTimeUtc();
    network.setOnline(true);
    QCOMPARE(paused.size(), 1);
    QCOMPARE(paused.constFirst().at(0).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount("/away") == 1 && m_server->requestCount("/other") == 1, Patience);
    QTRY_VERIFY_WITH_TIMEOUT(m_store->subscription(away)->lastFetched.isValid(), Patience);
    // Neither is due again before the app's interval (30 test minutes).
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.nextDue().isValid(), Patience);
    QVERIFY(scheduler.nextDue() >= onlineAt.addMSecs(30 * TestMinuteMs));
    scheduler.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!pipeline.isBusy(), Patience);
}

// A feed resting after a Retry-After is not due for the scheduler, but the
// user's refresh fetches it at once.
void TestRefreshScheduler::manualRefreshStillWorksWhileResting()
{
    serveFeed("/resting", {});
    const SubscriptionId resting = subscribe("/resting", 1);
    QVERIFY(resting);
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    QVERIFY(m_store->recordFetchFailure(resting, { ErrorCode::HttpError, QStringLiteral("HTTP 503"), {} }, later));

    Pipeline pipeline(m_store.get());
    RefreshScheduler scheduler(m_store.get(), &pipeline);
    scheduler.setRules({ 30, TestMinuteMs });
    QSignalSpy checked(&scheduler, &RefreshScheduler::checked);
    scheduler.start();
    QVERIFY(checked.wait(Patience));
    QCOMPARE(checked.constFirst().at(0).toInt(), 0);
    QCOMPARE(scheduler.nextDue().toSecsSinceEpoch(), later.toSecsSinceEpoch()); // Retry-After is not scaled
    QCOMPARE(m_server->requestCount("/resting"), 0);

    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refresh(resting, RefreshPolicy::IgnoreBackoff); }));
    QCOMPARE(m_server->requestCount("/resting"), 1);
    // Its success ended the rest: the scheduler now counts from this fetch.
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.nextDue().isValid() && scheduler.nextDue() < later, Patience);
    scheduler.stop();
}

// Cache-Control max-age joins the feed's own request: the longer is kept,
// and a 304 can only lengthen it.
void TestRefreshScheduler::serverMaxAgeIsRecorded()
{
    QByteArray maxAge = "max-age=5400";
    TestHttpServer *server = m_server.get();
    server->route("/aged", [server, &maxAge](const HttpRequest &request) {
        QByteArray body = rssFeed("Aged", server->url(QStringLiteral("/")).toEncoded(), {});
        HttpResponse response = TestHttpServer::conditional(request,
            body.replace("</description>", "</description><ttl>60</ttl>"), "application/rss+xml", "\"a1\"", {});
        response.setHeader("Cache-Control", maxAge);
        return response;
    });
    const SubscriptionId aged = subscribe("/aged", 0);
    QVERIFY(aged);
    Pipeline pipeline(m_store.get());
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refresh(aged, RefreshPolicy::IgnoreBackoff); }));
    QCOMPARE(m_store->subscription(aged)->feedMinInterval, 5400); // 90 min over the ttl's 60
    maxAge = "max-age=60";
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refresh(aged, RefreshPolicy::IgnoreBackoff); }));
    QCOMPARE(m_server->requests("/aged").constLast().header("if-none-match"), QByteArray("\"a1\""));
    QCOMPARE(m_store->subscription(aged)->feedMinInterval, 5400); // a 304 with a shorter max-age
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refresh(aged, RefreshPolicy::Reload); }));
    QVERIFY(!m_server->requests("/aged").constLast().hasHeader("if-none-match")); // Reload: no conditional GET
    QCOMPARE(m_store->subscription(aged)->feedMinInterval, 3600); // a whole feed: its ttl now wins
}

QTEST_GUILESS_MAIN(TestRefreshScheduler)
#include "tst_refresh_scheduler.moc"
