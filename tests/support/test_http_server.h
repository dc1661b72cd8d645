#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for every test that fetches. Event
// driven (no threads): it runs on the test's event loop. Each request is
// answered by a route handler returning an HttpResponse, which can also
// describe slow, stalled, delayed and endless replies. Every request is
// logged (method, path, headers, when, body bytes sent) so tests can assert
// what reached the server.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <functional>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

namespace TestSupport {

struct HttpRequest {
    QByteArray method;
    QByteArray target; // as sent: path plus query
    QByteArray path; // without the query
    QByteArray query; // without the '?'
    QList<QPair<QByteArray, QByteArray>> headers; // names lower case, in order
    QByteArray body;
    qint64 receivedAtMs = 0; // since the server started
    qint64 bodyBytesSent = 0; // updated while the reply streams
    bool replyCompleted = false;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
    bool hasHeader(const QByteArray &name) const;
};

struct HttpResponse {
    enum class Encoding { Identity, Gzip, Deflate /* zlib framing */, RawDeflate };

    int status = 200;
    QByteArray reason; // empty: the standard phrase
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Encoding encoding = Encoding::Identity; // compresses body, sets Content-Encoding
    int delayMs = 0; // wait before sending anything
    int trickleChunk = 0; // > 0: send the body this many bytes at a time...
    int trickleIntervalMs = 0; // ...every this many ms
    bool stall = false; // send the headers, then nothing, and keep the connection open
    qint64 streamBytes = -1; // >= 0: a generated body of this size, sent as fast as the peer reads
    qint64 announcedLength = -1; // >= 0: Content-Length to announce instead of the real one
    bool omitLength = false; // no Content-Length: the body ends when the connection closes
    // Slowloris: the status line, then one byte of an endless header every
    // this many ms; the head never ends.
    int endlessHeadIntervalMs = 0;
    // >= 0: send only this many bytes of the whole reply (head and body), then
    // reset the connection (TCP RST, not a clean close).
    qint64 resetAfterBytes = -1;

    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

class TestHttpServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestHttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    // Listens on 127.0.0.1 on a random free port.
    bool listen();
    // The same on another loopback address (127.0.0.2 and so on), so that
    // one test can serve many hosts; anything but loopback is refused.
    bool listen(const QHostAddress &loopback);
    // The same, speaking HTTPS with `configuration` (certificate and key);
    // url() then gives https:// addresses.
    bool listenTls(const QSslConfiguration &configuration);
    // Connections that began a TLS handshake, and those whose handshake
    // failed (the client refused the certificate, or spoke plain HTTP).
    int tlsHandshakesStarted() const { return m_tlsStarted; }
    int tlsHandshakesFailed() const { return m_tlsFailed; }
    quint16 port() const;
    QUrl url(const QString &pathAndQuery = QStringLiteral("/")) const;
    QString host() const; // "127.0.0.1", or the loopback address given to listen()

    // Exact path match (without the query); unrouted paths get 404.
    void route(const QByteArray &path, Handler handler);
    // Serves a fixed response.
    void serve(const QByteArray &path, const HttpResponse &response);
    void setFallback(Handler handler);

    // The request log, in arrival order.
    QList<HttpRequest> requests() const;
    QList<HttpRequest> requests(const QByteArray &path) const;
    int requestCount(const QByteArray &path) const;
    void clearLog();
    // Requests received whose reply was not yet finished, now and at most.
    int inFlight() const;
    int maxInFlight() const;
    void resetMaxInFlight();
    qint64 elapsedMs() const;
    // TLS handshakes received (https:// asked of this plain server): each got
    // a 400 and a closed connection, and is not in the request log.
    int tlsAttempts() const { return m_tlsAttempts; }

    // ---- response helpers ----
    static HttpResponse ok(const QByteArray &body, const QByteArray &contentType = "text/plain; charset=utf-8");
    static HttpResponse status(int code, const QByteArray &body = {});
    static HttpResponse redirect(int code, const QByteArray &location);
    // 200 with ETag and Last-Modified, or 304 when the request's
    // If-None-Match / If-Modified-Since match them.
    static HttpResponse conditional(const HttpRequest &request, const QByteArray &body, const QByteArray &contentType,
        const QByteArray &etag, const QByteArray &lastModified);
    // `granted` when the request carries HTTP Basic credentials user:password,
    // else 401 with a WWW-Authenticate challenge.
    static HttpResponse basicAuth(
        const HttpRequest &request, const QByteArray &user, const QByteArray &password, const HttpResponse &granted);
    static QByteArray reasonPhrase(int code);
    static QByteArray gzip(const QByteArray &data);
    static QByteArray zlibDeflate(const QByteArray &data);
    static QByteArray rawDeflate(const QByteArray &data);
    // RFC 9110 IMF-fixdate, e.g. for Last-Modified and Retry-After.
    static QByteArray httpDate(const QDateTime &when);

Q_SIGNALS:
    void requestReceived(const TestSupport::HttpRequest &request);

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *connection);
    void respond(Connection *connection);
    QByteArray head(const Connection *connection) const;
    void sendHead(Connection *connection);
    void resetAfter(Connection *connection);
    void sendMore(Connection *connection);
    void finishReply(Connection *connection, bool close);
    void drop(Connection *connection);

    QTcpServer *m_server = nullptr;
    QHash<QByteArray, Handler> m_routes;
    Handler m_fallback;
    QList<HttpRequest> m_log;
    QList<Connection *> m_connections;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_tlsAttempts = 0;
    int m_tlsStarted = 0;
    int m_tlsFailed = 0;
    bool m_tls = false;
};

} // namespace TestSupport

Q_DECLARE_METATYPE(TestSupport::HttpRequest)
