#pragma once

// One Tidings per profile. The first process listens on a local socket
// whose name comes from its profile folder (so two profiles can run at once);
// a later launch on the same profile hands its arguments over and exits.
//
// The protocol: the later process connects, writes one request as a line of
// JSON ({"tidings":1,"command":"open","arguments":[...]}) and waits for the
// line "ok". The running one answers as soon as it has read the request,
// then acts on it (raise the window, subscribe to the addresses).

#include <QObject>
#include <QStringList>

#include <functional>

class QLocalServer;
class QLocalSocket;

namespace Ui {

// What a command-line argument means as an address to subscribe to: an
// http(s) URL as it is; a feed: URL ("feed:https://…", "feed://host/path",
// "feed:host/path") as the web address inside it; a schemeless
// "host/path" as typed. What the result holds is passed to the add flow,
// which tries https, then http, for an address without a scheme. Anything
// else (a file, another scheme, an option) gives an empty string.
QString feedAddressFromArgument(const QString &argument);

class SingleInstance final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    struct Request {
        enum class Command { Open, Quit };
        Command command = Command::Open;
        QStringList arguments; // as given on the command line
    };
    enum class Forwarded {
        Yes, // the running instance acknowledged: this process can exit
        NoInstance, // nobody listens (a stale socket file was removed)
        NoAnswer, // something listens but did not answer in time
    };

    static constexpr int ConnectTimeoutMs = 1000;
    static constexpr int AnswerTimeoutMs = 3000;
    static constexpr qsizetype MaxRequestBytes = 64 * 1024;

    explicit SingleInstance(const QString &profileDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket of a profile: a path in the user's runtime folder named
    // after a hash of the profile folder's canonical path.
    static QString serverName(const QString &profileDir);
    QString serverName() const { return m_name; }

    // Hands `arguments` to the instance running on this profile. Only when
    // connecting fails is a socket file left by a crashed instance removed.
    Forwarded forward(const QStringList &arguments, int answerTimeoutMs = AnswerTimeoutMs);
    // Sends one request to `serverName` and waits for its answer (blocking:
    // the receiver must run in another thread or process).
    static Forwarded send(const QString &serverName, const Request &request, int answerTimeoutMs = AnswerTimeoutMs);

    // Starts listening; false when the name is taken (another instance won
    // the race, or one that did not answer holds it).
    bool listen();
    bool isListening() const;

    // Requests received before a handler is set are kept and handed to it
    // (from the event loop) once it is.
    void setHandler(std::function<void(const Request &)> handler);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);
    void deliver(const Request &request);

    QString m_name;
    QLocalServer *m_server = nullptr;
    std::function<void(const Request &)> m_handler;
    QList<Request> m_pending;
};

} // namespace Ui
