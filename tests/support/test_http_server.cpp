#include "test_http_server.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>

#include <sys/socket.h>
#include <zlib.h>

namespace TestSupport {

namespace {

constexpr qint64 StreamChunk = 64 * 1024;
constexpr qint64 StreamHighWater = 256 * 1024;

QByteArray compress(const QByteArray &data, int windowBits)
{
    z_stream stream {};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))) + 32, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray encodeBody(const HttpResponse &response)
{
    switch (response.encoding) {
    case HttpResponse::Encoding::Gzip:
        return TestHttpServer::gzip(response.body);
    case HttpResponse::Encoding::Deflate:
        return TestHttpServer::zlibDeflate(response.body);
    case HttpResponse::Encoding::RawDeflate:
        return TestHttpServer::rawDeflate(response.body);
    case HttpResponse::Encoding::Identity:
        break;
    }
    return response.body;
}

bool hasNoBody(const QByteArray &method, int status)
{
    return method == "HEAD" || status == 204 || status == 304 || (status >= 100 && status < 200);
}

bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    const auto strip = [](QByteArray tag) {
        tag = tag.trimmed();
        return tag.startsWith("W/") ? tag.mid(2) : tag;
    };
    for (const QByteArray &candidate : ifNoneMatch.split(',')) {
        if (candidate.trimmed() == "*" || strip(candidate) == strip(etag))
            return true;
    }
    return false;
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    const QByteArray key = name.toLower();
    for (const auto &header : headers) {
        if (header.first == key)
            return header.second;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray &name) const
{
    const QByteArray key = name.toLower();
    return std::any_of(headers.cbegin(), headers.cend(), [&key](const auto &header) { return header.first == key; });
}

HttpResponse &HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return *this;
        }
    }
    headers.append({ name, value });
    return *this;
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

struct TestHttpServer::Connection {
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    bool busy = false; // a request is being answered
    bool completed = false; // its reply was fully sent
    bool pumping = false; // the body goes out as the socket drains
    qsizetype logIndex = -1;
    HttpResponse response;
    QByteArray payload; // the encoded body
    qint64 sent = 0; // body bytes handed to the socket
    qint64 total = 0; // body bytes to send
    QTimer *timer = nullptr;
};

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    qRegisterMetaType<TestSupport::HttpRequest>();
    connect(m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
    m_clock.start();
}

TestHttpServer::~TestHttpServer()
{
    const QList<Connection *> connections = m_connections;
    for (Connection *connection : connections) {
        connection->socket->disconnect(this);
        connection->socket->abort();
        delete connection->timer;
        delete connection;
    }
}

bool TestHttpServer::listen()
{
    return listen(QHostAddress(QHostAddress::LocalHost));
}

bool TestHttpServer::listen(const QHostAddress &loopback)
{
    if (!loopback.isLoopback())
        return false;
    return m_server->listen(loopback, 0);
}

bool TestHttpServer::listenTls(const QSslConfiguration &configuration)
{
    delete m_server;
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    server->setHandshakeTimeout(5'000);
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_tlsStarted; });
    connect(server, &QSslServer::errorOccurred, this, [this] { ++m_tlsFailed; });
    connect(server, &QSslServer::handshakeInterruptedOnError, this, [this] { ++m_tlsFailed; });
    m_server = server;
    m_tls = true;
    // A QSslServer has a socket to hand over only after the handshake.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &TestHttpServer::onNewConnection);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TestHttpServer::port() const
{
    return m_server->serverPort();
}

QString TestHttpServer::host() const
{
    const QHostAddress address = m_server->serverAddress();
    return address.isNull() || address == QHostAddress::Any ? QStringLiteral("127.0.0.1") : address.toString();
}

QUrl TestHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("%1://%2:%3%4")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"), host())
                    .arg(port())
                    .arg(pathAndQuery));
}

void TestHttpServer::route(const QByteArray &path, Handler handler)
{
    m_routes.insert(path, std::move(handler));
}

void TestHttpServer::serve(const QByteArray &path, const HttpResponse &response)
{
    route(path, [response](const HttpRequest &) { return response; });
}

void TestHttpServer::setFallback(Handler handler)
{
    m_fallback = std::move(handler);
}

QList<HttpRequest> TestHttpServer::requests() const
{
    return m_log;
}

QList<HttpRequest> TestHttpServer::requests(const QByteArray &path) const
{
    QList<HttpRequest> matching;
    for (const HttpRequest &request : m_log) {
        if (request.path == path)
            matching.append(request);
    }
    return matching;
}

int TestHttpServer::requestCount(const QByteArray &path) const
{
    return int(requests(path).size());
}

void TestHttpServer::clearLog()
{
    // Connections still answering keep writing to their (now detached) index.
    for (Connection *connection : std::as_const(m_connections))
        connection->logIndex = -1;
    m_log.clear();
}

int TestHttpServer::inFlight() const
{
    return m_inFlight;
}

int TestHttpServer::maxInFlight() const
{
    return m_maxInFlight;
}

void TestHttpServer::resetMaxInFlight()
{
    m_maxInFlight = m_inFlight;
}

qint64 TestHttpServer::elapsedMs() const
{
    return m_clock.elapsed();
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new Connection;
        connection->socket = socket;
        m_connections.append(connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, connection] { onReadyRead(connection); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, connection] { sendMore(connection); });
        connect(socket, &QTcpSocket::disconnected, this, [this, connection] { drop(connection); });
        // A TLS server hands the socket over after the handshake, when the
        // request may already wait in it.
        if (socket->bytesAvailable() > 0)
            onReadyRead(connection);
    }
}

void TestHttpServer::onReadyRead(Connection *connection)
{
    connection->buffer += connection->socket->readAll();
    if (connection->busy)
        return; // one request per connection: we answer with Connection: close
    if (connection->buffer.startsWith('\x16')) {
        // A TLS handshake (an https:// address on this plain port): answer
        // as a plain server does, 400 and close, so the client fails at once.
        ++m_tlsAttempts;
        connection->busy = true;
        connection->completed = true; // never in flight: not a request
        connection->socket->write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        connection->socket->disconnectFromHost();
        return;
    }
    const qsizetype headEnd = connection->buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return;
    const QList<QByteArray> lines = connection->buffer.left(headEnd).split('\n');
    HttpRequest request;
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    const qsizetype question = request.target.indexOf('?');
    request.path = question < 0 ? request.target : request.target.left(question);
    request.query = question < 0 ? QByteArray() : request.target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({ line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    }
    const qint64 length = request.header("content-length").toLongLong();
    if (connection->buffer.size() < headEnd + 4 + length)
        return;
    request.body = connection->buffer.mid(headEnd + 4, length);
    connection->buffer.remove(0, headEnd + 4 + length);
    request.receivedAtMs = m_clock.elapsed();

    connection->busy = true;
    connection->logIndex = m_log.size();
    m_log.append(request);
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);
    Q_EMIT requestReceived(request);

    const auto routeIt = m_routes.constFind(request.path);
    if (routeIt != m_routes.constEnd())
        connection->response = (*routeIt)(request);
    else if (m_fallback)
        connection->response = m_fallback(request);
    else
        connection->response = status(404, "not found\n");
    if (hasNoBody(request.method, connection->response.status)) {
        connection->response.body.clear();
        connection->response.streamBytes = -1;
    }
    if (connection->response.delayMs > 0) {
        connection->timer = new QTimer;
        connection->timer->setSingleShot(true);
        connect(connection->timer, &QTimer::timeout, this, [this, connection] { respond(connection); });
        connection->timer->start(connection->response.delayMs);
    } else {
        respond(connection);
    }
}

void TestHttpServer::respond(Connection *connection)
{
    HttpResponse &response = connection->response;
    connection->payload = response.streamBytes >= 0 ? QByteArray() : encodeBody(response);
    connection->total = response.streamBytes >= 0 ? response.streamBytes : connection->payload.size();
    if (response.resetAfterBytes >= 0) {
        resetAfter(connection);
        return;
    }
    if (response.endlessHeadIntervalMs > 0) {
        connection->socket->write("HTTP/1.1 200 OK\r\nX-Slow: ");
        delete connection->timer;
        connection->timer = new QTimer;
        connect(connection->timer, &QTimer::timeout, this, [connection] { connection->socket->write("a"); });
        connection->timer->start(response.endlessHeadIntervalMs);
        return;
    }
    sendHead(connection);
    if (response.stall)
        return;
    if (response.trickleChunk > 0) {
        delete connection->timer;
        connection->timer = new QTimer;
        connect(connection->timer, &QTimer::timeout, this, [this, connection] {
            const qint64 size
                = std::min<qint64>(connection->response.trickleChunk, connection->total - connection->sent);
            const QByteArray piece = connection->response.streamBytes >= 0
                ? QByteArray(size, 'x')
                : connection->payload.mid(connection->sent, size);
            connection->socket->write(piece);
            connection->sent += piece.size();
            if (connection->logIndex >= 0)
                m_log[connection->logIndex].bodyBytesSent = connection->sent;
            if (connection->sent >= connection->total) {
                connection->timer->stop();
                finishReply(connection, true);
            }
        });
        connection->timer->start(std::max(1, response.trickleIntervalMs));
        return;
    }
    connection->pumping = true;
    sendMore(connection);
}

// Writes the first resetAfterBytes bytes of the reply, then (once they are on
// the wire) resets the connection: SO_LINGER with a zero timeout makes the
// close send an RST instead of a FIN.
void TestHttpServer::resetAfter(Connection *connection)
{
    const QByteArray whole = head(connection) + connection->payload;
    connection->socket->write(whole.left(connection->response.resetAfterBytes));
    connection->socket->flush();
    delete connection->timer;
    connection->timer = new QTimer;
    connection->timer->setSingleShot(true);
    connect(connection->timer, &QTimer::timeout, this, [connection] {
        const linger hard { 1, 0 };
        ::setsockopt(int(connection->socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
        connection->socket->abort();
    });
    connection->timer->start(50);
}

void TestHttpServer::sendHead(Connection *connection)
{
    connection->socket->write(head(connection));
}

QByteArray TestHttpServer::head(const Connection *connection) const
{
    const HttpResponse &response = connection->response;
    const QByteArray reason = response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (response.encoding == HttpResponse::Encoding::Gzip)
        head += "Content-Encoding: gzip\r\n";
    else if (response.encoding != HttpResponse::Encoding::Identity)
        head += "Content-Encoding: deflate\r\n";
    const bool bodyless = response.status == 304 || response.status == 204;
    if (!response.omitLength && !bodyless) {
        const qint64 length = response.announcedLength >= 0 ? response.announcedLength : connection->total;
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    head += "Connection: close\r\n\r\n";
    return head;
}

// Feeds a streamed or plain body as fast as the peer reads it, keeping only a
// little in the socket's buffer so an abort stops the stream early.
void TestHttpServer::sendMore(Connection *connection)
{
    if (!connection->pumping || connection->completed)
        return;
    while (connection->sent < connection->total && connection->socket->bytesToWrite() < StreamHighWater) {
        const qint64 size = std::min(StreamChunk, connection->total - connection->sent);
        if (connection->response.streamBytes >= 0)
            connection->socket->write(QByteArray(size, 'x'));
        else
            connection->socket->write(connection->payload.constData() + connection->sent, size);
        connection->sent += size;
        if (connection->logIndex >= 0)
            m_log[connection->logIndex].bodyBytesSent = connection->sent;
    }
    if (connection->sent >= connection->total)
        finishReply(connection, true);
}

void TestHttpServer::finishReply(Connection *connection, bool close)
{
    if (connection->completed)
        return;
    connection->completed = true;
    --m_inFlight;
    if (connection->logIndex >= 0)
        m_log[connection->logIndex].replyCompleted = true;
    if (close)
        connection->socket->disconnectFromHost(); // after the buffered bytes are written
}

void TestHttpServer::drop(Connection *connection)
{
    if (connection->busy && !connection->completed)
        --m_inFlight;
    connection->completed = true;
    m_connections.removeOne(connection);
    if (connection->timer) {
        connection->timer->stop();
        connection->timer->disconnect(this);
        connection->timer->deleteLater();
    }
    connection->socket->deleteLater();
    delete connection;
}

HttpResponse TestHttpServer::ok(const QByteArray &body, const QByteArray &contentType)
{
    HttpResponse response;
    response.body = body;
    response.setHeader("Content-Type", contentType);
    return response;
}

HttpResponse TestHttpServer::basicAuth(
    const HttpRequest &request, const QByteArray &user, const QByteArray &password, const HttpResponse &granted)
{
    const QByteArray login = user + ':' + password;
    if (request.header("authorization") == "Basic " + login.toBase64())
        return granted;
    HttpResponse refused = status(401, "login required\n");
    refused.setHeader("WWW-Authenticate", "Basic realm=\"tidings-test\"");
    return refused;
}

HttpResponse TestHttpServer::status(int code, const QByteArray &body)
{
    HttpResponse response;
    response.status = code;
    response.body = body;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    return response;
}

HttpResponse TestHttpServer::redirect(int code, const QByteArray &location)
{
    HttpResponse response = status(code, "moved\n");
    response.setHeader("Location", location);
    return response;
}

HttpResponse TestHttpServer::conditional(const HttpRequest &request, const QByteArray &body,
    const QByteArray &contentType, const QByteArray &etag, const QByteArray &lastModified)
{
    bool notModified = false;
    // RFC 9110 13.2.2: If-None-Match wins over If-Modified-Since.
    if (request.hasHeader("if-none-match"))
        notModified = !etag.isEmpty() && etagMatches(request.header("if-none-match"), etag);
    else if (request.hasHeader("if-modified-since"))
        notModified = !lastModified.isEmpty() && request.header("if-modified-since") == lastModified;
    HttpResponse response = notModified ? status(304) : ok(body, contentType);
    if (!etag.isEmpty())
        response.setHeader("ETag", etag);
    if (!lastModified.isEmpty())
        response.setHeader("Last-Modified", lastModified);
    return response;
}

QByteArray TestHttpServer::reasonPhrase(int code)
{
    switch (code) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 410:
        return "Gone";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray TestHttpServer::gzip(const QByteArray &data)
{
    return compress(data, 15 + 16);
}

QByteArray TestHttpServer::zlibDeflate(const QByteArray &data)
{
    return compress(data, 15);
}

QByteArray TestHttpServer::rawDeflate(const QByteArray &data)
{
    return compress(data, -15);
}

QByteArray TestHttpServer::httpDate(const QDateTime &when)
{
    return QLocale::c()
        .toString(when.toTimeZone(QTimeZone::utc()), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace TestSupport
