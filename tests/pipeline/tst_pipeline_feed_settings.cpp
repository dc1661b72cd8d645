// A feed's own settings in a refresh against the local server: an HTTP login
// (Basic, the password handed in by the caller) and "the feed has the full
// text" (no page is fetched or cleaned).

#include "net/fetcher.h"
#include "pipeline/pipeline.h"
#include "pipeline_fixture.h"
#include "storage/store.h"
#include "test_feeds.h"
#include "test_http_server.h"

#include <QSignalSpy>
#include <QTest>

using namespace Core;
using namespace TestSupport;
using namespace PipelineTest;

namespace {

int storiesOf(Store &store, SubscriptionId id)
{
    StoryFilter filter;
    filter.kind = StoryFilter::Kind::Subscription;
    filter.id = id;
    return store.countStories(filter);
}

} // namespace

class TestPipelineFeedSettings final : public QObject, private PipelineFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }
    void loginFetchesWithTheRightPassword();
    void wrongPasswordFailsClearly();
    void noPasswordSaysALoginIsNeeded();
    void loginIsNotSentToAnotherHost();
    void fullTextFeedFetchesNoPage();

private:
    SubscriptionId addLoginFeed(Site *site);
};

// The site's feed answers only to reader:s3cret.
SubscriptionId TestPipelineFeedSettings::addLoginFeed(Site *site)
{
    serveSite(*m_server, site);
    TestHttpServer *server = m_server.get();
    server->route(site->feedPath(), [server, site](const HttpRequest &request) {
        QList<FeedEntry> entries;
        for (int i = 0; i < site->count; ++i)
            entries.append(
                { site->prefix + "-" + QByteArray::number(i), site->title + " story " + QByteArray::number(i),
                    server->url(QString::fromLatin1(site->pagePath(i))).toEncoded(), {} });
        return TestHttpServer::basicAuth(request, "reader", "s3cret",
            TestHttpServer::ok(rssFeed(site->title, "http://example.org/", entries), "application/rss+xml"));
    });
    const SubscriptionId id
        = *m_store->addSubscription(m_server->url(QString::fromLatin1(site->feedPath())).toString());
    SubscriptionSettings settings;
    settings.authUser = QStringLiteral("reader");
    [&] { QVERIFY(m_store->setSubscriptionSettings(id, settings)); }();
    return id;
}

void TestPipelineFeedSettings::loginFetchesWithTheRightPassword()
{
    Site site { "/private", "Members Only", 2 };
    const SubscriptionId id = addLoginFeed(&site);
    Pipeline pipeline(m_store.get());
    pipeline.setPassword(id, QStringLiteral("s3cret"));
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refresh(id); }));
    const Subscription state = *m_store->subscription(id);
    QVERIFY2(state.lastError.code == ErrorCode::None, qPrintable(describe(state.lastError)));
    QCOMPARE(storiesOf(*m_store, id), 2);
    const QList<HttpRequest> feedRequests = m_server->requests(site.feedPath());
    QCOMPARE(feedRequests.size(), 1);
    QCOMPARE(feedRequests.constFirst().header("authorization"),
        QByteArray("Basic " + QByteArray("reader:s3cret").toBase64()));
    // The login belongs to the feed: the story pages are asked for without it.
    QTRY_VERIFY(pageRequests(*m_server) > 0);
    for (const HttpRequest &request : m_server->requests())
        QVERIFY2(request.path == site.feedPath() || !request.hasHeader("authorization"), request.path.constData());
}

void TestPipelineFeedSettings::wrongPasswordFailsClearly()
{
    Site site { "/private", "Members Only", 2 };
    const SubscriptionId id = addLoginFeed(&site);
    Pipeline pipeline(m_store.get());
    pipeline.setPassword(id, QStringLiteral("guess"));
    QSignalSpy refreshed(&pipeline, &Pipeline::feedRefreshed);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refresh(id); }));
    QCOMPARE(refreshed.size(), 1);
    const FeedRefreshResult result = refreshed.constFirst().at(0).value<FeedRefreshResult>();
    QCOMPARE(result.error.code, ErrorCode::HttpError);
    QVERIFY2(result.error.detail.contains(QLatin1String("401")), qPrintable(result.error.detail));
    QVERIFY2(result.error.detail.contains(QLatin1String("refused the user name or password")),
        qPrintable(result.error.detail));
    const Subscription state = *m_store->subscription(id);
    QCOMPARE(state.lastError.code, ErrorCode::HttpError);
    QCOMPARE(state.lastError.detail, result.error.detail);
    QCOMPARE(storiesOf(*m_store, id), 0);
    QCOMPARE(m_server->requests(site.feedPath()).constFirst().header("authorization"),
        QByteArray("Basic " + QByteArray("reader:guess").toBase64()));
}

void TestPipelineFeedSettings::noPasswordSaysALoginIsNeeded()
{
    Site site { "/private", "Members Only", 1 };
    serveSite(*m_server, &site);
    m_server->route(site.feedPath(),
        [](const HttpRequest &request) { return TestHttpServer::basicAuth(request, "reader", "s3cret", {}); });
    const SubscriptionId id = *m_store->addSubscription(m_server->url(QString::fromLatin1(site.feedPath())).toString());
    Pipeline pipeline(m_store.get());
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refresh(id); }));
    const Subscription state = *m_store->subscription(id);
    QCOMPARE(state.lastError.code, ErrorCode::HttpError);
    QVERIFY2(state.lastError.detail.contains(QLatin1String("needs a login")), qPrintable(state.lastError.detail));
    QVERIFY(!m_server->requests(site.feedPath()).constFirst().hasHeader("authorization"));
}

void TestPipelineFeedSettings::loginIsNotSentToAnotherHost()
{
    // 127.0.0.1 and localhost are the same server but not the same origin.
    QUrl elsewhere = m_server->url(QStringLiteral("/elsewhere.xml"));
    elsewhere.setHost(QStringLiteral("localhost"));
    m_server->serve("/moved.xml", TestHttpServer::redirect(302, elsewhere.toEncoded()));
    m_server->serve("/elsewhere.xml", TestHttpServer::ok("<rss/>", "application/rss+xml"));
    Fetcher fetcher;
    FetchRequest request;
    request.url = m_server->url(QStringLiteral("/moved.xml"));
    request.user = QStringLiteral("reader");
    request.password = QStringLiteral("s3cret");
    QSignalSpy finished(&fetcher, &Fetcher::finished);
    fetcher.fetch(request);
    QVERIFY(finished.wait(Patience));
    QVERIFY(finished.constFirst().at(1).value<FetchResult>().ok());
    QVERIFY(m_server->requests("/moved.xml").constFirst().hasHeader("authorization"));
    QCOMPARE(m_server->requestCount("/elsewhere.xml"), 1);
    QVERIFY(!m_server->requests("/elsewhere.xml").constFirst().hasHeader("authorization"));
}

void TestPipelineFeedSettings::fullTextFeedFetchesNoPage()
{
    Site full { "/full", "Whole Stories", 3 };
    Site plain { "/plain", "Teasers", 1 };
    serveSite(*m_server, &full);
    serveSite(*m_server, &plain);
    const SubscriptionId fullId = *m_store->addSubscription(m_server->url(QStringLiteral("/full/feed.xml")).toString());
    const SubscriptionId plainId
        = *m_store->addSubscription(m_server->url(QStringLiteral("/plain/feed.xml")).toString());
    SubscriptionSettings settings;
    settings.fullText = true;
    QVERIFY(m_store->setSubscriptionSettings(fullId, settings));
    Pipeline pipeline(m_store.get());
    QSignalSpy saved(&pipeline, &Pipeline::articleSaved);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(storiesOf(*m_store, fullId), 3);
    // The other feed's page was cleaned as ever; the full-text feed's never asked for.
    QCOMPARE(saved.size(), 1);
    QCOMPARE(m_server->requestCount(plain.pagePath(0)), 1);
    for (int i = 0; i < full.count; ++i)
        QCOMPARE(m_server->requestCount(full.pagePath(i)), 0);
    // Nor taken up from the backlog by the next refresh.
    QVERIFY(m_store->storiesWithoutArticle(100).isEmpty());
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    for (int i = 0; i < full.count; ++i)
        QCOMPARE(m_server->requestCount(full.pagePath(i)), 0);
    Q_UNUSED(plainId);
}

QTEST_GUILESS_MAIN(TestPipelineFeedSettings)
#include "tst_pipeline_feed_settings.moc"
