#include "net/fetcher.h"
#include "test_http_server.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <memory>

using namespace Core;
using TestSupport::HttpRequest;
using TestSupport::HttpResponse;
using TestSupport::TestHttpServer;

namespace {

// Runs one fetch to its end on the test's event loop.
FetchResult fetchNow(Fetcher &fetcher, const FetchRequest &request)
{
    auto state = std::make_shared<std::optional<FetchResult>>();
    QEventLoop loop;
    fetcher.fetch(request, [state, &loop](const FetchResult &result) {
        *state = result;
        loop.quit();
    });
    QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
    if (!state->has_value())
        loop.exec();
    if (!state->has_value()) {
        FetchResult timedOut;
        timedOut.status = -1;
        timedOut.error = { ErrorCode::None, QStringLiteral("the test gave up waiting"), request.url };
        return timedOut;
    }
    return **state;
}

FetchRequest feed(const QUrl &url)
{
    FetchRequest request;
    request.url = url;
    return request;
}

QByteArray sampleText(int lines)
{
    QByteArray text;
    for (int i = 0; i < lines; ++i)
        text += "<item><title>Story number " + QByteArray::number(i) + "</title></item>\n";
    return text;
}

} // namespace

class TestFetcher final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void okAndUserAgent();
    void conditionalGet();
    void conditionalGetLastModifiedOnly();
    void compression_data();
    void compression();
    void redirects_data();
    void redirects();
    void redirectLoop();
    void redirectBackAndForthIsALoop();
    void comingBackOnceIsNoLoop();
    void tenRedirectsAreFine();
    void httpErrors_data();
    void httpErrors();
    void slowReplyCompletes();
    void stalledReplyTimesOut();
    void endlessTrickleHitsTotalTimeout();
    void oversizedWhileStreaming();
    void oversizedAnnouncedLength();
    void oversizedDecompressed();
    void gzipBombUnderTheDefaultCaps_data();
    void gzipBombUnderTheDefaultCaps();
    void imageKind();
    void retryAfterHonoured_data();
    void retryAfterHonoured();
    void longRetryAfterFailsQueuedRequests();
    void perHostLimit_data();
    void perHostLimit();
    void truncatedBodyIsAnError();
    void resetConnection_data();
    void resetConnection();
    void connectionRefused();
    void abortReportsAborted();
    void invalidUrl();
    void contentTypeAndCharset();
    void parseRetryAfter_data();
    void parseRetryAfter();
    void maxAgeReachesTheResult();
    void parseMaxAge_data();
    void parseMaxAge();

private:
    TestHttpServer m_server;
};

void TestFetcher::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestFetcher::okAndUserAgent()
{
    m_server.clearLog();
    m_server.serve("/hello", TestHttpServer::ok("hello\n"));
    Fetcher fetcher;
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/hello"))));
    QVERIFY2(result.ok(), qPrintable(result.error.detail));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.body, QByteArray("hello\n"));
    QCOMPARE(result.finalUrl, m_server.url(QStringLiteral("/hello")));
    QVERIFY(!result.permanentRedirect);
    QCOMPARE(m_server.requestCount("/hello"), 1);
    const HttpRequest seen = m_server.requests("/hello").constFirst();
    QCOMPARE(seen.method, QByteArray("GET"));
    QVERIFY2(seen.header("user-agent").startsWith("Tidings/" TIDINGS_VERSION), seen.header("user-agent").constData());
    QVERIFY(seen.header("accept-encoding").contains("gzip"));
    QVERIFY(seen.header("accept").contains("application/rss+xml"));
    QVERIFY(!seen.hasHeader("if-none-match"));
}

void TestFetcher::conditionalGet()
{
    m_server.clearLog();
    int bodiesSent = 0;
    const QByteArray lastModified = "Sat, 28 Nov 2026 10:00:00 GMT";
    m_server.route("/cond", [&](const HttpRequest &request) {
        HttpResponse response
            = TestHttpServer::conditional(request, "<rss/>", "application/rss+xml", "\"v1\"", lastModified);
        bodiesSent += response.status == 200;
        return response;
    });
    Fetcher fetcher;
    const FetchResult first = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/cond"))));
    QVERIFY(first.ok());
    QCOMPARE(first.status, 200);
    QCOMPARE(first.etag, QStringLiteral("\"v1\""));
    QCOMPARE(first.lastModified, QString::fromLatin1(lastModified));

    FetchRequest again = feed(first.url);
    again.etag = first.etag;
    again.lastModified = first.lastModified;
    const FetchResult second = fetchNow(fetcher, again);
    QVERIFY2(second.ok(), qPrintable(second.error.detail));
    QVERIFY(second.notModified());
    QVERIFY(second.body.isEmpty());
    QCOMPARE(bodiesSent, 1);
    const HttpRequest seen = m_server.requests("/cond").at(1);
    QCOMPARE(seen.header("if-none-match"), QByteArray("\"v1\""));
    QCOMPARE(seen.header("if-modified-since"), lastModified);
}

void TestFetcher::conditionalGetLastModifiedOnly()
{
    const QByteArray lastModified = "Fri, 27 Nov 2026 08:00:00 GMT";
    m_server.route("/lm", [&](const HttpRequest &request) {
        return TestHttpServer::conditional(request, "<feed/>", "application/atom+xml", {}, lastModified);
    });
    Fetcher fetcher;
    FetchRequest request = feed(m_server.url(QStringLiteral("/lm")));
    request.lastModified = QString::fromLatin1(lastModified);
    const FetchResult result = fetchNow(fetcher, request);
    QVERIFY(result.notModified());
    request.lastModified = QStringLiteral("Thu, 26 Nov 2026 08:00:00 GMT");
    const FetchResult changed = fetchNow(fetcher, request);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.body, QByteArray("<feed/>"));
}

void TestFetcher::compression_data()
{
    QTest::addColumn<int>("encoding");
    QTest::newRow("gzip") << int(HttpResponse::Encoding::Gzip);
    QTest::newRow("deflate (zlib)") << int(HttpResponse::Encoding::Deflate);
    QTest::newRow("deflate (raw)") << int(HttpResponse::Encoding::RawDeflate);
}

void TestFetcher::compression()
{
    QFETCH(int, encoding);
    const QByteArray text = sampleText(2000);
    HttpResponse response = TestHttpServer::ok(text, "application/rss+xml");
    response.encoding = HttpResponse::Encoding(encoding);
    m_server.serve("/packed", response);
    Fetcher fetcher;
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/packed"))));
    QVERIFY2(result.ok(), qPrintable(result.error.detail));
    QCOMPARE(result.body.size(), text.size());
    QCOMPARE(result.body, text);
    const HttpRequest seen = m_server.requests("/packed").constLast();
    QVERIFY(seen.bodyBytesSent < text.size() / 4); // it really went compressed
}

void TestFetcher::redirects_data()
{
    QTest::addColumn<QList<int>>("hops");
    QTest::addColumn<bool>("permanent");
    QTest::newRow("301") << QList<int> { 301 } << true;
    QTest::newRow("308") << QList<int> { 308 } << true;
    QTest::newRow("301 then 308") << QList<int> { 301, 308 } << true;
    QTest::newRow("302") << QList<int> { 302 } << false;
    QTest::newRow("307") << QList<int> { 307 } << false;
    QTest::newRow("301 then 302") << QList<int> { 301, 302 } << false;
    QTest::newRow("302 then 301") << QList<int> { 302, 301 } << false;
}

void TestFetcher::redirects()
{
    QFETCH(QList<int>, hops);
    QFETCH(bool, permanent);
    m_server.clearLog();
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const QByteArray next = "/hop" + QByteArray::number(i + 1);
        m_server.serve("/hop" + QByteArray::number(i), TestHttpServer::redirect(hops.at(i), next));
    }
    m_server.serve("/hop" + QByteArray::number(hops.size()), TestHttpServer::ok("arrived"));
    Fetcher fetcher;
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/hop0"))));
    QVERIFY2(result.ok(), qPrintable(result.error.detail));
    QCOMPARE(result.body, QByteArray("arrived"));
    QCOMPARE(result.url, m_server.url(QStringLiteral("/hop0")));
    QCOMPARE(result.finalUrl, m_server.url(QStringLiteral("/hop%1").arg(hops.size())));
    QCOMPARE(result.redirects, int(hops.size()));
    QCOMPARE(result.permanentRedirect, permanent);
    QCOMPARE(m_server.requests().size(), hops.size() + 1);
}

void TestFetcher::redirectLoop()
{
    m_server.clearLog();
    m_server.route("/loop", [](const HttpRequest &request) {
        return TestHttpServer::redirect(302, "/loop?n=" + QByteArray::number(request.query.mid(2).toInt() + 1));
    });
    Fetcher fetcher;
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/loop"))));
    QCOMPARE(result.error.code, ErrorCode::TooManyRedirects);
    QVERIFY(result.body.isEmpty());
    QCOMPARE(m_server.requestCount("/loop"), 11); // the first request and ten redirects followed
}

void TestFetcher::redirectBackAndForthIsALoop()
{
    m_server.clearLog();
    m_server.serve("/ping", TestHttpServer::redirect(302, "/pong"));
    m_server.serve("/pong", TestHttpServer::redirect(302, "/ping"));
    Fetcher fetcher;
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/ping"))));
    QCOMPARE(result.error.code, ErrorCode::TooManyRedirects);
    QVERIFY2(result.error.detail.startsWith(QStringLiteral("redirect loop: ")), qPrintable(result.error.detail));
    // ping, pong, ping, pong: the next hop would reach ping a third time.
    QCOMPARE(m_server.requestCount("/ping"), 2);
    QCOMPARE(m_server.requestCount("/pong"), 2);
}

void TestFetcher::comingBackOnceIsNoLoop()
{
    // A site that sets a cookie on a detour and sends the reader back.
    m_server.route("/guarded", [](const HttpRequest &request) {
        if (request.header("cookie").contains("seen=1"))
            return TestHttpServer::ok("done");
        return TestHttpServer::redirect(302, "/consent");
    });
    HttpResponse consent = TestHttpServer::redirect(302, "/guarded");
    consent.setHeader("Set-Cookie", "seen=1; Path=/");
    m_server.serve("/consent", consent);
    Fetcher fetcher;
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/guarded"))));
    QVERIFY2(result.ok(), qPrintable(result.error.detail));
    QCOMPARE(result.body, QByteArray("done"));
    QCOMPARE(result.redirects, 2);
}

void TestFetcher::tenRedirectsAreFine()
{
    m_server.route("/ten", [](const HttpRequest &request) {
        const int n = request.query.mid(2).toInt();
        if (n >= 10)
            return TestHttpServer::ok("done");
        return TestHttpServer::redirect(301, "/ten?n=" + QByteArray::number(n + 1));
    });
    Fetcher fetcher;
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/ten"))));
    QVERIFY2(result.ok(), qPrintable(result.error.detail));
    QCOMPARE(result.redirects, 10);
    QVERIFY(result.permanentRedirect);
    QCOMPARE(result.finalUrl, m_server.url(QStringLiteral("/ten?n=10")));
}

void TestFetcher::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("404") << 404;
    QTest::newRow("410") << 410;
    QTest::newRow("500") << 500;
}

void TestFetcher::httpErrors()
{
    QFETCH(int, status);
    m_server.serve("/error", TestHttpServer::status(status, "nope"));
    Fetcher fetcher;
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/error"))));
    QCOMPARE(result.error.code, ErrorCode::HttpError);
    QCOMPARE(result.status, status);
    QVERIFY(result.error.detail.contains(QString::number(status)));
    QVERIFY(!result.retryAfter.isValid());
}

void TestFetcher::slowReplyCompletes()
{
    HttpResponse response = TestHttpServer::ok(sampleText(40));
    response.trickleChunk = 200;
    response.trickleIntervalMs = 40;
    m_server.serve("/slow", response);
    FetcherOptions options;
    options.transferTimeoutMs = 1000; // far above the gap between two pieces
    Fetcher fetcher(options);
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/slow"))));
    QVERIFY2(result.ok(), qPrintable(result.error.detail));
    QCOMPARE(result.body, sampleText(40));
}

void TestFetcher::stalledReplyTimesOut()
{
    HttpResponse response = TestHttpServer::ok(sampleText(10));
    response.stall = true;
    m_server.serve("/stall", response);
    FetcherOptions options;
    options.transferTimeoutMs = 300;
    Fetcher fetcher(options);
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/stall"))));
    QCOMPARE(result.error.code, ErrorCode::Timeout);
    QVERIFY(result.body.isEmpty());
    QTRY_COMPARE(m_server.inFlight(), 0); // the fetcher hung up
}

void TestFetcher::endlessTrickleHitsTotalTimeout()
{
    HttpResponse response = TestHttpServer::ok(QByteArray(1'000'000, 'a'));
    response.trickleChunk = 10;
    response.trickleIntervalMs = 20;
    m_server.serve("/trickle", response);
    FetcherOptions options;
    options.transferTimeoutMs = 1000;
    options.totalTimeoutMs = 400;
    Fetcher fetcher(options);
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/trickle"))));
    QCOMPARE(result.error.code, ErrorCode::Timeout);
    QTRY_COMPARE(m_server.inFlight(), 0);
}

void TestFetcher::oversizedWhileStreaming()
{
    m_server.clearLog();
    const qint64 endless = qint64(1) << 30; // 1 GiB: the test would time out if it were all sent
    HttpResponse response = TestHttpServer::ok({}, "application/rss+xml");
    response.streamBytes = endless;
    response.omitLength = true;
    m_server.serve("/huge", response);
    FetcherOptions options;
    options.maxFeedBytes = 1024 * 1024;
    Fetcher fetcher(options);
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/huge"))));
    QCOMPARE(result.error.code, ErrorCode::TooLarge);
    QVERIFY(result.body.isEmpty());
    QTRY_COMPARE(m_server.inFlight(), 0);
    const qint64 sent = m_server.requests("/huge").constFirst().bodyBytesSent;
    qInfo("the server sent %lld bytes before the fetcher hung up (cap 1 MiB)", sent);
    QVERIFY(sent >= options.maxFeedBytes);
    QVERIFY(sent < 32 * 1024 * 1024); // loopback buffers hold a few MiB; far short of 1 GiB
}

void TestFetcher::oversizedAnnouncedLength()
{
    m_server.clearLog();
    HttpResponse response = TestHttpServer::ok({}, "text/html");
    response.streamBytes = qint64(1) << 30;
    m_server.serve("/announced", response);
    FetcherOptions options;
    options.maxPageBytes = 4 * 1024 * 1024;
    Fetcher fetcher(options);
    FetchRequest request = feed(m_server.url(QStringLiteral("/announced")));
    request.kind = FetchKind::Page;
    const FetchResult result = fetchNow(fetcher, request);
    QCOMPARE(result.error.code, ErrorCode::TooLarge);
    QVERIFY(result.error.detail.contains(QStringLiteral("Content-Length")));
    QTRY_COMPARE(m_server.inFlight(), 0);
    const qint64 sent = m_server.requests("/announced").constFirst().bodyBytesSent;
    qInfo("the server sent %lld bytes before the fetcher hung up (Content-Length 1 GiB, cap 4 MiB)", sent);
    // Loopback socket buffers swallow a few MiB before any reader is involved;
    // what matters is that the server stopped far short of the 1 GiB.
    QVERIFY(sent < 32 * 1024 * 1024);
}

void TestFetcher::imageKind()
{
    m_server.clearLog();
    m_server.serve("/pic.png", TestHttpServer::ok(QByteArray(3000, 'p'), "image/png"));
    FetcherOptions options;
    options.maxImageBytes = 2000;
    Fetcher fetcher(options);
    FetchRequest request = feed(m_server.url(QStringLiteral("/pic.png")));
    request.kind = FetchKind::Image;
    QCOMPARE(fetchNow(fetcher, request).error.code, ErrorCode::TooLarge);
    QVERIFY(m_server.requests("/pic.png").constFirst().header("accept").startsWith("image/"));
    options.maxImageBytes = 4000;
    fetcher.setOptions(options);
    const FetchResult result = fetchNow(fetcher, request);
    QVERIFY(result.ok());
    QCOMPARE(result.contentType, QStringLiteral("image/png"));
}

void TestFetcher::oversizedDecompressed()
{
    // A small gzip body that inflates past the cap: the cap counts decoded bytes.
    HttpResponse response = TestHttpServer::ok(QByteArray(3 * 1024 * 1024, ' '), "application/rss+xml");
    response.encoding = HttpResponse::Encoding::Gzip;
    m_server.serve("/bomb", response);
    FetcherOptions options;
    options.maxFeedBytes = 1024 * 1024;
    Fetcher fetcher(options);
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/bomb"))));
    QCOMPARE(result.error.code, ErrorCode::TooLarge);
    QVERIFY(result.body.isEmpty());
}

void TestFetcher::gzipBombUnderTheDefaultCaps_data()
{
    QTest::addColumn<int>("encoding");
    QTest::newRow("gzip") << int(HttpResponse::Encoding::Gzip);
    QTest::newRow("deflate") << int(HttpResponse::Encoding::Deflate);
}

void TestFetcher::gzipBombUnderTheDefaultCaps()
{
    // 32 MB of zeros in about 32 KB: past the 20 MB feed cap, and past the
    // ratio Qt's own decompression guard allows: either way "too large".
    HttpResponse response = TestHttpServer::ok(QByteArray(32 * 1024 * 1024, '\0'), "application/rss+xml");
    QFETCH(int, encoding);
    response.encoding = HttpResponse::Encoding(encoding);
    m_server.serve("/big-bomb", response);
    Fetcher fetcher;
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/big-bomb"))));
    QVERIFY2(result.error.code == ErrorCode::TooLarge, qPrintable(describe(result.error)));
    QVERIFY(result.body.isEmpty());
}

void TestFetcher::retryAfterHonoured_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("asDate");
    QTest::newRow("429 seconds") << 429 << false;
    QTest::newRow("503 seconds") << 503 << false;
    QTest::newRow("429 HTTP-date") << 429 << true;
}

void TestFetcher::retryAfterHonoured()
{
    QFETCH(int, status);
    QFETCH(bool, asDate);
    m_server.clearLog();
    int calls = 0;
    QList<QDateTime> arrivals;
    m_server.route("/busy", [&](const HttpRequest &) {
        arrivals << QDateTime::currentDateTimeUtc();
        if (calls++ > 0)
            return TestHttpServer::ok("welcome back");
        HttpResponse response = TestHttpServer::status(status, "later");
        response.setHeader("Retry-After",
            asDate ? TestHttpServer::httpDate(QDateTime::currentDateTimeUtc().addSecs(2)) : QByteArray("1"));
        return response;
    });
    Fetcher fetcher;
    const FetchResult first = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/busy"))));
    QCOMPARE(first.error.code, ErrorCode::HttpError);
    QCOMPARE(first.status, status);
    QVERIFY(first.retryAfter.isValid());
    QVERIFY(first.retryAfter > arrivals.constFirst());
    QCOMPARE(fetcher.hostBlockedUntil(m_server.host()), first.retryAfter);

    // Asked at once, the second request waits for the host's Retry-After.
    const FetchResult second = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/busy"))));
    QVERIFY2(second.ok(), qPrintable(second.error.detail));
    QCOMPARE(arrivals.size(), 2);
    QVERIFY2(arrivals.at(1) >= first.retryAfter,
        qPrintable(QStringLiteral("second request at %1, Retry-After until %2")
                       .arg(arrivals.at(1).toString(Qt::ISODateWithMs), first.retryAfter.toString(Qt::ISODateWithMs))));
}

void TestFetcher::longRetryAfterFailsQueuedRequests()
{
    m_server.clearLog();
    HttpResponse busy = TestHttpServer::status(503, "maintenance");
    busy.setHeader("Retry-After", "3600");
    m_server.serve("/maintenance", busy);
    m_server.serve("/other", TestHttpServer::ok("fine"));
    Fetcher fetcher;
    const FetchResult first = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/maintenance"))));
    QCOMPARE(first.status, 503);
    const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(first.retryAfter);
    QVERIFY(wait > 3500 && wait <= 3600);
    const FetchResult second = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/other"))));
    QCOMPARE(second.error.code, ErrorCode::HttpError);
    QCOMPARE(second.retryAfter, first.retryAfter);
    QCOMPARE(m_server.requestCount("/other"), 0); // nothing reached the resting host
}

void TestFetcher::perHostLimit_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("1") << 1;
    QTest::newRow("2") << 2;
    QTest::newRow("3") << 3;
}

void TestFetcher::perHostLimit()
{
    QFETCH(int, limit);
    m_server.clearLog();
    m_server.resetMaxInFlight();
    HttpResponse response = TestHttpServer::ok("slow but sure");
    response.delayMs = 150;
    m_server.serve("/held", response);
    FetcherOptions options;
    options.maxPerHost = limit;
    Fetcher fetcher(options);
    QSignalSpy finished(&fetcher, &Fetcher::finished);
    for (int i = 0; i < 6; ++i)
        fetcher.fetch(feed(m_server.url(QStringLiteral("/held?i=%1").arg(i))));
    QCOMPARE(fetcher.pendingCount(), 6);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 6, 20'000);
    for (const QList<QVariant> &arguments : finished)
        QVERIFY(arguments.at(1).value<FetchResult>().ok());
    QCOMPARE(m_server.maxInFlight(), limit);
    QCOMPARE(fetcher.pendingCount(), 0);
}

void TestFetcher::truncatedBodyIsAnError()
{
    HttpResponse response = TestHttpServer::ok("only part of it", "application/rss+xml");
    response.announcedLength = 100'000; // then the server hangs up early
    m_server.serve("/truncated", response);
    Fetcher fetcher;
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/truncated"))));
    QCOMPARE(result.error.code, ErrorCode::ConnectionLost);
    QVERIFY2(
        result.error.detail.startsWith(QStringLiteral("in the middle of the body")), qPrintable(result.error.detail));
    QVERIFY(result.body.isEmpty()); // half a feed is never handed on
}

void TestFetcher::resetConnection_data()
{
    QTest::addColumn<qint64>("after"); // bytes of the reply sent before the reset
    QTest::addColumn<QString>("where");
    QTest::newRow("before any byte") << qint64(0) << QStringLiteral("before the server answered");
    QTest::newRow("in the status line") << qint64(10) << QStringLiteral("before the server answered");
    QTest::newRow("in the body") << qint64(4096) << QStringLiteral("in the middle of the body");
}

void TestFetcher::resetConnection()
{
    QFETCH(qint64, after);
    QFETCH(QString, where);
    HttpResponse response = TestHttpServer::ok(QByteArray(64 * 1024, 'x'), "application/rss+xml");
    response.resetAfterBytes = after;
    m_server.serve("/reset", response);
    Fetcher fetcher;
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/reset"))));
    QVERIFY2(result.error.code == ErrorCode::ConnectionLost,
        qPrintable(QStringLiteral("%1 status %2 body %3")
                       .arg(describe(result.error))
                       .arg(result.status)
                       .arg(result.body.size())));
    QVERIFY2(result.error.detail.startsWith(where), qPrintable(result.error.detail));
    QVERIFY(result.body.isEmpty());
}

void TestFetcher::connectionRefused()
{
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    Fetcher fetcher;
    const FetchResult result
        = fetchNow(fetcher, feed(QUrl(QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(closedPort))));
    QCOMPARE(result.error.code, ErrorCode::NetworkError);
    QCOMPARE(result.status, 0);
    QVERIFY(!result.error.detail.isEmpty());
}

void TestFetcher::abortReportsAborted()
{
    HttpResponse response = TestHttpServer::ok("late");
    response.stall = true;
    m_server.serve("/abort", response);
    Fetcher fetcher;
    QSignalSpy finished(&fetcher, &Fetcher::finished);
    const Fetcher::RequestId id = fetcher.fetch(feed(m_server.url(QStringLiteral("/abort"))));
    QTRY_COMPARE(m_server.inFlight(), 1);
    fetcher.abort(id);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(0).value<Fetcher::RequestId>(), id);
    QCOMPARE(finished.constFirst().at(1).value<FetchResult>().error.code, ErrorCode::NetworkError);
    QTRY_COMPARE(m_server.inFlight(), 0);
}

void TestFetcher::invalidUrl()
{
    Fetcher fetcher;
    const FetchResult result = fetchNow(fetcher, feed(QUrl(QStringLiteral("ftp://example.org/feed"))));
    QCOMPARE(result.error.code, ErrorCode::InvalidArgument);
}

void TestFetcher::contentTypeAndCharset()
{
    m_server.serve("/typed", TestHttpServer::ok("<p>caf\xe9</p>", "Text/HTML; Charset=\"ISO-8859-1\""));
    Fetcher fetcher;
    const FetchResult result = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/typed"))));
    QVERIFY(result.ok());
    QCOMPARE(result.contentType, QStringLiteral("text/html"));
    QCOMPARE(result.charset, QStringLiteral("iso-8859-1"));
}

void TestFetcher::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedSeconds"); // -1: invalid
    QTest::newRow("seconds") << QByteArray("120") << qint64(120);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 30 ") << qint64(30);
    QTest::newRow("capped at a week") << QByteArray("99999999") << qint64(7 * 86400);
    QTest::newRow("IMF-fixdate") << QByteArray("Sat, 28 Nov 2026 12:01:00 GMT") << qint64(60);
    QTest::newRow("RFC 850") << QByteArray("Saturday, 28-Nov-26 12:02:00 GMT") << qint64(120);
    QTest::newRow("asctime") << QByteArray("Sat Nov 28 12:03:00 2026") << qint64(180);
    QTest::newRow("past date") << QByteArray("Fri, 27 Nov 2026 12:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestFetcher::parseRetryAfter()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedSeconds);
    const QDateTime now(QDate(2026, 11, 28), QTime(12, 0), QTimeZone::utc());
    const QDateTime when = Fetcher::parseRetryAfter(value, now);
    if (expectedSeconds < 0) {
        QVERIFY(!when.isValid());
        return;
    }
    QVERIFY(when.isValid());
    QCOMPARE(now.secsTo(when), expectedSeconds);
}

void TestFetcher::maxAgeReachesTheResult()
{
    HttpResponse response = TestHttpServer::ok("<rss/>", "application/rss+xml");
    response.setHeader("Cache-Control", "public, max-age=1800");
    m_server.serve("/cached", response);
    m_server.serve("/uncached", TestHttpServer::ok("<rss/>", "application/rss+xml"));
    Fetcher fetcher;
    const FetchResult cached = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/cached"))));
    QVERIFY2(cached.ok(), qPrintable(cached.error.detail));
    QCOMPARE(cached.maxAgeSeconds, 1800);
    const FetchResult uncached = fetchNow(fetcher, feed(m_server.url(QStringLiteral("/uncached"))));
    QVERIFY2(uncached.ok(), qPrintable(uncached.error.detail));
    QCOMPARE(uncached.maxAgeSeconds, 0);
}

void TestFetcher::parseMaxAge_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("seconds");
    QTest::newRow("absent") << QByteArray() << 0;
    QTest::newRow("plain") << QByteArray("max-age=600") << 600;
    QTest::newRow("among others, any case") << QByteArray("public, Max-Age=3600, must-revalidate") << 3600;
    QTest::newRow("quoted") << QByteArray("max-age=\"120\"") << 120;
    QTest::newRow("s-maxage is for shared caches") << QByteArray("s-maxage=900") << 0;
    QTest::newRow("no-cache alone") << QByteArray("no-cache") << 0;
    QTest::newRow("not a number") << QByteArray("max-age=soon") << 0;
    QTest::newRow("negative") << QByteArray("max-age=-5") << 0;
}

void TestFetcher::parseMaxAge()
{
    QFETCH(QByteArray, header);
    QFETCH(int, seconds);
    QCOMPARE(Fetcher::parseMaxAge(header), seconds);
}

QTEST_GUILESS_MAIN(TestFetcher)
#include "tst_fetcher.moc"
