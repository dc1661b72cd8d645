// Adding subscriptions: by feed URL, by a page that links its feed, by a
// common path, and the failures.

#include "extract/article_extractor.h"
#include "net/fetcher.h"
#include "parser_worker.h"
#include "pipeline/pipeline.h"
#include "pipeline/web_address.h"
#include "pipeline_fixture.h"
#include "storage/store.h"
#include "test_feeds.h"
#include "test_http_server.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Core;
using namespace TestSupport;
using namespace PipelineTest;

class TestPipelineAdd final : public QObject, private PipelineFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }
    void addByFeedUrl();
    void addByPageWithLink();
    void addByCommonPath();
    void addFailsWithoutFeed();
    void addDuplicateFails();
    void crashAtEachWriteLosesNoStory();
    void schemelessTriesHttpsThenHttp();
    void webAddressRule();
};

void TestPipelineAdd::addByFeedUrl()
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

void TestPipelineAdd::addByPageWithLink()
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

void TestPipelineAdd::addByCommonPath()
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

void TestPipelineAdd::addFailsWithoutFeed()
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

void TestPipelineAdd::addDuplicateFails()
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

void TestPipelineAdd::schemelessTriesHttpsThenHttp()
{
    Site site { "/plain", "Plain Port News", 1 };
    serveSite(*m_server, &site);
    Pipeline pipeline(m_store.get());
    QSignalSpy added(&pipeline, &Pipeline::subscriptionAdded);
    QSignalSpy failed(&pipeline, &Pipeline::subscriptionFailed);
    const QString typed = QStringLiteral("127.0.0.1:%1/plain/feed.xml").arg(m_server->port());
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.addSubscription(typed); }));
    QCOMPARE(failed.size(), 0);
    QCOMPARE(added.size(), 1);
    QCOMPARE(m_server->tlsAttempts(), 1); // https was asked first
    QCOMPARE(m_server->requestCount("/plain/feed.xml"), 1);
    QCOMPARE(m_store->subscription(added.constFirst().at(0).value<SubscriptionId>())->url,
        m_server->url(QStringLiteral("/plain/feed.xml")).toString());

    // The same address again, typed either way, is already there.
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.addSubscription(typed); }));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.constFirst().at(1).value<Error>().code, ErrorCode::Duplicate);
    QCOMPARE(failed.constFirst().at(0).toString(), typed); // the input as typed, for the dialog
}

// A crash at any of an add's writes loses no story: the database files as a
// SIGKILL there would leave them (copied between two writes, while the
// storage thread waits in the observer) get every story from one refresh.
// The ETag used to be committed before the stories: a crash between the two
// left a feed whose every refresh answered 304, its first stories never stored.
void TestPipelineAdd::crashAtEachWriteLosesNoStory()
{
    Site site { "/crash", "Crash Courier", 3 };
    serveSite(*m_server, &site);
    QTemporaryDir crashes;
    QVERIFY(crashes.isValid());
    const QString database = Store::databasePath(m_dir->path());
    QMutex mutex;
    QStringList operations; // the write about to run when each copy was taken
    {
        Pipeline pipeline(m_store.get());
        pipeline.setWriteObserver([&](const QString &operation, qint64) {
            const QMutexLocker lock(&mutex);
            const QString copy = crashes.path() + QLatin1Char('/') + QString::number(operations.size());
            QDir().mkpath(copy);
            QFile::copy(database, Store::databasePath(copy));
            QFile::copy(database + QStringLiteral("-wal"), Store::databasePath(copy) + QStringLiteral("-wal"));
            operations << operation;
        });
        QVERIFY(runUntilIdle(pipeline,
            [&] { pipeline.addSubscription(m_server->url(QString::fromLatin1(site.feedPath())).toString()); }));
    }
    const QMutexLocker lock(&mutex);
    QVERIFY2(operations.contains(QStringLiteral("upsertStories"))
            && operations.contains(QStringLiteral("recordFetchSuccess")),
        qPrintable(operations.join(u',')));
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const QString copy = crashes.path() + QLatin1Char('/') + QString::number(i);
        Result<std::unique_ptr<Store>> store = Store::open(copy);
        QVERIFY2(store.has_value(), qPrintable(copy));
        if ((*store)->subscriptions().isEmpty()) {
            QCOMPARE(operations.at(i), QStringLiteral("addSubscription")); // nothing was stored yet
            continue;
        }
        Pipeline pipeline(store->get());
        QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
        QVERIFY2((*store)->countStories({}) == site.count,
            qPrintable(QStringLiteral("a crash before %1 lost stories").arg(operations.at(i))));
    }
}

void TestPipelineAdd::webAddressRule()
{
    using L = QList<QUrl>;
    QCOMPARE(webAddressCandidates(QStringLiteral(" example.org/feed ")),
        (L { QUrl(QStringLiteral("https://example.org/feed")), QUrl(QStringLiteral("http://example.org/feed")) }));
    QCOMPARE(webAddressCandidates(QStringLiteral("localhost:8080/rss")),
        (L { QUrl(QStringLiteral("https://localhost:8080/rss")), QUrl(QStringLiteral("http://localhost:8080/rss")) }));
    QCOMPARE(
        webAddressCandidates(QStringLiteral("http://example.org/")), L { QUrl(QStringLiteral("http://example.org/")) });
    QCOMPARE(webAddressCandidates(QStringLiteral("HTTPS://Example.org/")).size(), 1);
    QVERIFY(webAddressCandidates(QStringLiteral("ftp://example.org/feed")).isEmpty());
    QVERIFY(webAddressCandidates(QStringLiteral("")).isEmpty());
    QVERIFY(webAddressCandidates(QStringLiteral("not an address")).isEmpty());
    QVERIFY(webAddressCandidates(QStringLiteral("https://")).isEmpty());
}

QTEST_GUILESS_MAIN(TestPipelineAdd)
#include "tst_pipeline_add.moc"
