// Network faults at the subscription level (issue 12, point 4): one refresh of
// many subscriptions through the real pipeline and a real store, one per fault
// plus healthy ones, against local servers (plain HTTP and TLS). Each faulty
// subscription ends with its own stored error, shown to the user in specific
// words, within the configured timeouts, while the healthy feeds' stories
// arrive. TLS failures are never retried over plain http.

#include "net/fetcher.h"
#include "pipeline/pipeline.h"
#include "pipeline_fixture.h"
#include "storage/store.h"
#include "test_http_server.h"
#include "widgets/error_text.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTest>

#include <memory>
#include <vector>

using namespace Core;
using namespace TestSupport;
using namespace PipelineTest;

namespace {

constexpr int TransferTimeoutMs = 2'000; // no byte for this long
constexpr int TotalTimeoutMs = 5'000; // a whole transfer
constexpr qint64 FeedCap = 1024 * 1024;
// What a loaded 2-core machine (under ASan in CI) may add to a timeout.
constexpr int SlackMs = 4'000;

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(TIDINGS_FIXTURES_DIR "/tls/") + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The server side of a TLS server with one of the fixture certificates.
QSslConfiguration serverTls(const QString &certificate)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(fixture(certificate), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(fixture(QStringLiteral("server.key")), QSsl::Rsa, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    return configuration;
}

struct Fault {
    QByteArray name;
    QUrl url;
    QString code; // the stored code's name (errorCodeName)
    QString detail; // a part of the stored detail
    QString sentence; // how the user's text (Ui::errorText) starts
    TestHttpServer *server = nullptr; // the TLS server, for the handshake counts
};

} // namespace

class TestNetworkFaults final : public QObject, private PipelineFixture {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }
    void eachFaultEndsInItsOwnErrorWhileOthersRefresh();
    void certificateFailureIsNotRetriedOverHttp_data();
    void certificateFailureIsNotRetriedOverHttp();

private:
    std::unique_ptr<TestHttpServer> tlsServer(const QString &certificate);
};

void TestNetworkFaults::initTestCase()
{
    // The test CA is trusted as a system CA would be: a certificate it signed
    // is accepted unless something else is wrong with it (expired.pem).
    const QList<QSslCertificate> ca = QSslCertificate::fromData(fixture(QStringLiteral("ca.pem")), QSsl::Pem);
    QCOMPARE(ca.size(), 1);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(ca);
    QSslConfiguration::setDefaultConfiguration(configuration);
}

std::unique_ptr<TestHttpServer> TestNetworkFaults::tlsServer(const QString &certificate)
{
    auto server = std::make_unique<TestHttpServer>();
    if (!server->listenTls(serverTls(certificate)))
        return {};
    return server;
}

void TestNetworkFaults::eachFaultEndsInItsOwnErrorWhileOthersRefresh()
{
    TestHttpServer &plain = *m_server;
    std::unique_ptr<TestHttpServer> valid = tlsServer(QStringLiteral("valid.pem"));
    std::unique_ptr<TestHttpServer> selfSigned = tlsServer(QStringLiteral("self-signed.pem"));
    std::unique_ptr<TestHttpServer> expired = tlsServer(QStringLiteral("expired.pem"));
    QVERIFY(valid && selfSigned && expired);

    // Healthy: two plain feeds and one over TLS with a certificate the test CA signed.
    Site one { "/one", "Harbour Gazette", 2 };
    Site two { "/two", "Valley Times", 2 };
    Site secure { "/secure", "Secure Post", 2 };
    serveSite(plain, &one);
    serveSite(plain, &two);
    serveSite(*valid, &secure);

    // Each fault on its own server, as on the web: Qt opens at most six
    // connections to one host and port, and faults sharing them would wait
    // for each other.
    std::vector<std::unique_ptr<TestHttpServer>> sites;
    const auto newSite = [&sites]() -> TestHttpServer & {
        sites.push_back(std::make_unique<TestHttpServer>());
        sites.back()->listen(); // port() stays 0 when it failed
        return *sites.back();
    };
    TestHttpServer &loop = newSite();
    TestHttpServer &chain = newSite();
    TestHttpServer &endlessSite = newSite();
    TestHttpServer &gzipSite = newSite();
    TestHttpServer &deflateSite = newSite();
    TestHttpServer &slowBodySite = newSite();
    TestHttpServer &slowHeadSite = newSite();
    TestHttpServer &resetHeadSite = newSite();
    TestHttpServer &resetBodySite = newSite();
    for (const auto &site : sites)
        QVERIFY(site->port() != 0);

    // A -> B -> A.
    loop.serve("/loop-a.xml", TestHttpServer::redirect(302, "/loop-b.xml"));
    loop.serve("/loop-b.xml", TestHttpServer::redirect(302, "/loop-a.xml"));
    // A new address every time, for ever.
    chain.route("/chain.xml", [](const HttpRequest &request) {
        return TestHttpServer::redirect(301, "/chain.xml?n=" + QByteArray::number(request.query.mid(2).toInt() + 1));
    });
    // No Content-Length and no end, as fast as we read.
    HttpResponse endless = TestHttpServer::ok({}, "application/rss+xml");
    endless.streamBytes = qint64(1) << 40;
    endless.omitLength = true;
    endlessSite.serve("/endless.xml", endless);
    // 10 MB of zeros in about 10 KB, gzip and zlib deflate (compressed once
    // here, so that the server answers at once).
    const QByteArray zeros(10 * 1024 * 1024, '\0');
    HttpResponse gzipBomb = TestHttpServer::ok(TestHttpServer::gzip(zeros), "application/rss+xml");
    gzipBomb.setHeader("Content-Encoding", "gzip");
    gzipSite.serve("/gzip-bomb.xml", gzipBomb);
    HttpResponse deflateBomb = TestHttpServer::ok(TestHttpServer::zlibDeflate(zeros), "application/rss+xml");
    deflateBomb.setHeader("Content-Encoding", "deflate");
    deflateSite.serve("/deflate-bomb.xml", deflateBomb);
    // Slowloris: one byte every 300 ms for ever, in the body and in the head.
    HttpResponse slowBody = endless;
    slowBody.trickleChunk = 1;
    slowBody.trickleIntervalMs = 300;
    slowBodySite.serve("/slow-body.xml", slowBody);
    HttpResponse slowHead = TestHttpServer::ok("never sent");
    slowHead.endlessHeadIntervalMs = 300;
    slowHeadSite.serve("/slow-head.xml", slowHead);
    // Connection resets (RST) in the head and half way through the body.
    HttpResponse resetHead = TestHttpServer::ok(QByteArray(64 * 1024, 'x'), "application/rss+xml");
    resetHead.resetAfterBytes = 20;
    resetHeadSite.serve("/reset-head.xml", resetHead);
    HttpResponse resetBody = resetHead;
    resetBody.resetAfterBytes = 8 * 1024;
    resetBodySite.serve("/reset-body.xml", resetBody);

    const QString sentenceNetwork = Ui::errorText(ErrorCode::NetworkError);
    const QList<Fault> faults {
        { "redirect loop", loop.url(QStringLiteral("/loop-a.xml")), QStringLiteral("too-many-redirects"),
            QStringLiteral("redirect loop"), Ui::errorText(ErrorCode::TooManyRedirects) },
        { "endless redirects", chain.url(QStringLiteral("/chain.xml")), QStringLiteral("too-many-redirects"),
            QStringLiteral("more than 10 redirects"), Ui::errorText(ErrorCode::TooManyRedirects) },
        { "endless body", endlessSite.url(QStringLiteral("/endless.xml")), QStringLiteral("too-large"),
            QStringLiteral("exceeds the 1048576 byte limit"), Ui::errorText(ErrorCode::TooLarge) },
        { "gzip bomb", gzipSite.url(QStringLiteral("/gzip-bomb.xml")), QStringLiteral("too-large"),
            QStringLiteral("exceeds the 1048576 byte limit"), Ui::errorText(ErrorCode::TooLarge) },
        { "deflate bomb", deflateSite.url(QStringLiteral("/deflate-bomb.xml")), QStringLiteral("too-large"),
            QStringLiteral("exceeds the 1048576 byte limit"), Ui::errorText(ErrorCode::TooLarge) },
        { "slowloris body", slowBodySite.url(QStringLiteral("/slow-body.xml")), QStringLiteral("timeout"),
            QStringLiteral("longer than 5 s"), Ui::errorText(ErrorCode::Timeout) },
        { "slowloris head", slowHeadSite.url(QStringLiteral("/slow-head.xml")), QStringLiteral("timeout"),
            QStringLiteral("no complete answer"), Ui::errorText(ErrorCode::Timeout) },
        { "reset in head", resetHeadSite.url(QStringLiteral("/reset-head.xml")), QStringLiteral("connection-lost"),
            QStringLiteral("before"), QStringLiteral("The connection to the server broke off") },
        { "reset in body", resetBodySite.url(QStringLiteral("/reset-body.xml")), QStringLiteral("connection-lost"),
            QStringLiteral("in the middle"), QStringLiteral("The connection to the server broke off") },
        { "self-signed certificate", selfSigned->url(QStringLiteral("/feed.xml")), QStringLiteral("certificate"),
            QStringLiteral("self-signed"), QStringLiteral("The site's security certificate was refused"),
            selfSigned.get() },
        { "expired certificate", expired->url(QStringLiteral("/feed.xml")), QStringLiteral("certificate"),
            QStringLiteral("expired"), QStringLiteral("The site's security certificate was refused"), expired.get() },
        { "unknown host", QUrl(QStringLiteral("http://feed.invalid/feed.xml")), QStringLiteral("host-not-found"),
            QStringLiteral("feed.invalid"), QStringLiteral("The server's name was not found") },
    };

    QHash<SubscriptionId, Fault> byId;
    for (const Fault &fault : faults)
        byId.insert(*m_store->addSubscription(fault.url.toString()), fault);
    const QList<SubscriptionId> healthy { *m_store->addSubscription(
                                              plain.url(QStringLiteral("/one/feed.xml")).toString()),
        *m_store->addSubscription(plain.url(QStringLiteral("/two/feed.xml")).toString()),
        *m_store->addSubscription(valid->url(QStringLiteral("/secure/feed.xml")).toString()) };

    Pipeline pipeline(m_store.get());
    FetcherOptions options;
    options.transferTimeoutMs = TransferTimeoutMs;
    options.totalTimeoutMs = TotalTimeoutMs;
    options.maxFeedBytes = FeedCap;
    options.maxPerHost = 32; // every local server is 127.0.0.1: no queueing behind the slow ones
    options.maxTotal = 32;
    pipeline.setFetcherOptions(options);
    QHash<SubscriptionId, qint64> doneAtMs;
    QElapsedTimer clock;
    connect(&pipeline, &Pipeline::feedRefreshed, this,
        [&](const FeedRefreshResult &result) { doneAtMs.insert(result.id, clock.elapsed()); });
    clock.start();
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(doneAtMs.size(), byId.size() + healthy.size());

    // The healthy feeds: stored, and done while the slowloris body was still
    // trickling (it ends only at the total timeout), so no fault held them up.
    qint64 slowestHealthy = 0;
    for (const SubscriptionId id : healthy) {
        const Subscription state = *m_store->subscription(id);
        QVERIFY2(state.lastError.code == ErrorCode::None, qPrintable(describe(state.lastError)));
        StoryFilter ofFeed;
        ofFeed.kind = StoryFilter::Kind::Subscription;
        ofFeed.id = id;
        QCOMPARE(m_store->countStories(ofFeed), 2);
        slowestHealthy = std::max(slowestHealthy, doneAtMs.value(id));
    }
    qInfo("healthy feeds (2 plain, 1 TLS) stored after %lld ms", slowestHealthy);
    QVERIFY2(slowestHealthy < TotalTimeoutMs, qPrintable(QString::number(slowestHealthy)));
    QCOMPARE(m_store->countStories({}), 6);

    for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
        const Fault &fault = it.value();
        const Subscription state = *m_store->subscription(it.key());
        const QString shown = Ui::errorText(state.lastError); // what the window shows
        qInfo("%-24s %5lld ms  %s", fault.name.constData(), doneAtMs.value(it.key()), qPrintable(shown));
        QVERIFY2(errorCodeName(state.lastError.code) == fault.code,
            qPrintable(fault.name + ": " + errorCodeName(state.lastError.code)));
        QVERIFY2(state.lastError.detail.contains(fault.detail, Qt::CaseInsensitive),
            qPrintable(fault.name + ": " + state.lastError.detail));
        QVERIFY2(shown.startsWith(fault.sentence), qPrintable(fault.name + ": " + shown));
        QCOMPARE(state.consecutiveFailures, 1);
        QVERIFY(doneAtMs.value(it.key()) <= TotalTimeoutMs + SlackMs);
        if (fault.server) {
            // Refused during the handshake: one connection, no request, no
            // second try over plain http (that would be a second handshake
            // attempt on this port).
            QCOMPARE(fault.server->tlsHandshakesStarted(), 1);
            QCOMPARE(fault.server->requests().size(), 0);
        }
    }
    QVERIFY(sentenceNetwork != Ui::errorText(ErrorCode::TooLarge)); // the words differ by fault
}

void TestNetworkFaults::certificateFailureIsNotRetriedOverHttp_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::newRow("self-signed") << QStringLiteral("self-signed.pem");
    QTest::newRow("expired") << QStringLiteral("expired.pem");
}

// An address typed without a scheme is tried over https, then over http when
// https cannot be reached; a certificate that is refused is not "cannot be
// reached": the user learns about it and nothing is sent in the clear.
void TestNetworkFaults::certificateFailureIsNotRetriedOverHttp()
{
    QFETCH(QString, certificate);
    std::unique_ptr<TestHttpServer> server = tlsServer(certificate);
    QVERIFY(server);
    Site site { "/site", "Site", 1 };
    serveSite(*server, &site);
    Pipeline pipeline(m_store.get());
    QSignalSpy failed(&pipeline, &Pipeline::subscriptionFailed);
    QSignalSpy added(&pipeline, &Pipeline::subscriptionAdded);
    const QString typed = QStringLiteral("127.0.0.1:%1/site/feed.xml").arg(server->port());
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.addSubscription(typed); }));
    QCOMPARE(added.size(), 0);
    QCOMPARE(failed.size(), 1);
    const Error error = failed.constFirst().at(1).value<Error>();
    QVERIFY2(error.code == errorCodeFromName(QStringLiteral("certificate")), qPrintable(describe(error)));
    QCOMPARE(error.url.scheme(), QStringLiteral("https"));
    QCOMPARE(server->tlsHandshakesStarted(), 1); // a plain-http retry would knock again
    QCOMPARE(server->requests().size(), 0);
    QVERIFY(m_store->subscriptions().isEmpty());
}

QTEST_GUILESS_MAIN(TestNetworkFaults)
#include "tst_network_faults.moc"
