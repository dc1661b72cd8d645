#include "window/single_instance.h"

#include "pipeline/web_address.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

#include <optional>
#include <utility>

namespace Ui {

namespace {

constexpr int ProtocolVersion = 1;
const QByteArray Answer = QByteArrayLiteral("ok\n");

QString commandName(SingleInstance::Request::Command command)
{
    return command == SingleInstance::Request::Command::Quit ? QStringLiteral("quit") : QStringLiteral("open");
}

QByteArray encode(const SingleInstance::Request &request)
{
    QJsonObject object;
    object.insert(QStringLiteral("tidings"), ProtocolVersion);
    object.insert(QStringLiteral("command"), commandName(request.command));
    object.insert(QStringLiteral("arguments"), QJsonArray::fromStringList(request.arguments));
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<SingleInstance::Request> decode(const QByteArray &line)
{
    const QJsonDocument document = QJsonDocument::fromJson(line);
    const QJsonObject object = document.object();
    if (!document.isObject() || object.value(QStringLiteral("tidings")).toInt() != ProtocolVersion)
        return std::nullopt;
    SingleInstance::Request request;
    const QString command = object.value(QStringLiteral("command")).toString();
    if (command == QLatin1String("quit"))
        request.command = SingleInstance::Request::Command::Quit;
    else if (command != QLatin1String("open"))
        return std::nullopt;
    for (const QJsonValue &value : object.value(QStringLiteral("arguments")).toArray())
        request.arguments.append(value.toString());
    return request;
}

} // namespace

QString feedAddressFromArgument(const QString &argument)
{
    QString address = argument.trimmed();
    if (address.isEmpty() || address.startsWith(QLatin1Char('-')))
        return {};
    if (address.startsWith(QLatin1String("feed:"), Qt::CaseInsensitive)) {
        address = address.mid(5);
        // feed://host/path (the scheme does not say http or https) and
        // feed://https://host/path, seen in the wild.
        if (address.startsWith(QLatin1String("//")))
            address = address.mid(2);
    } else if (!address.contains(QLatin1String("://")) && QFileInfo::exists(address)) {
        return {}; // a local file, not a site
    }
    if (Core::webAddressCandidates(address).isEmpty())
        return {};
    return address;
}

SingleInstance::SingleInstance(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_name(serverName(profileDir))
{
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close(); // removes the socket file
}

QString SingleInstance::serverName(const QString &profileDir)
{
    const QFileInfo info(profileDir);
    const QString canonical = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    const QString name = QStringLiteral("tidings-") + QString::fromLatin1(hash);
    // The user's own runtime folder when there is one, so that no other user
    // can take the name; else Qt's default, the temporary folder.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty() || !QFileInfo(runtime).isDir())
        return name;
    return QDir(runtime).filePath(name);
}

SingleInstance::Forwarded SingleInstance::forward(const QStringList &arguments, int answerTimeoutMs)
{
    Request request;
    request.arguments = arguments;
    const Forwarded forwarded = send(m_name, request, answerTimeoutMs);
    if (forwarded == Forwarded::NoInstance)
        QLocalServer::removeServer(m_name); // left by an instance that crashed
    return forwarded;
}

SingleInstance::Forwarded SingleInstance::send(const QString &serverName, const Request &request, int answerTimeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(serverName);
    if (!socket.waitForConnected(ConnectTimeoutMs))
        return socket.error() == QLocalSocket::SocketTimeoutError ? Forwarded::NoAnswer : Forwarded::NoInstance;
    socket.write(encode(request));
    if (!socket.waitForBytesWritten(answerTimeoutMs))
        return Forwarded::NoAnswer;
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    while (!answer.endsWith('\n')) {
        const qint64 left = answerTimeoutMs - clock.elapsed();
        if (left <= 0 || (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(left))))
            return Forwarded::NoAnswer;
        answer += socket.readAll();
    }
    socket.disconnectFromServer();
    return answer == Answer ? Forwarded::Yes : Forwarded::NoAnswer;
}

bool SingleInstance::listen()
{
    if (m_server)
        return m_server->isListening();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        qWarning("Tidings: cannot listen on %s (%s); a second launch will start another window", qPrintable(m_name),
            qPrintable(m_server->errorString()));
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::setHandler(std::function<void(const Request &)> handler)
{
    m_handler = std::move(handler);
    if (m_pending.isEmpty() || !m_handler)
        return;
    QTimer::singleShot(0, this, [this] {
        const QList<Request> pending = std::exchange(m_pending, {});
        for (const Request &request : pending)
            deliver(request);
    });
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A client that never finishes its request is dropped.
        QTimer::singleShot(AnswerTimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > MaxRequestBytes)
            socket->abort();
        return;
    }
    const std::optional<Request> request = decode(socket->readLine(MaxRequestBytes));
    if (!request) {
        socket->abort();
        return;
    }
    socket->write(Answer);
    socket->flush();
    socket->disconnectFromServer();
    deliver(*request);
}

void SingleInstance::deliver(const Request &request)
{
    if (m_handler)
        m_handler(request);
    else
        m_pending.append(request);
}

} // namespace Ui
