// Runs the built tidings-cli on fixtures and on a feed served from 127.0.0.1.

#include "cli_run.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QJsonDocument json;
    QString stderrText;
};

Run runCli(const QStringList &args)
{
    const TestSupport::CliRun run = TestSupport::runCli(QStringList { QStringLiteral("parse-feed") } + args);
    return { run.exitCode, QJsonDocument::fromJson(run.stdoutBytes), run.err };
}

QString fixture(const char *name)
{
    return TestSupport::fixturePath(QStringLiteral("feeds/") + QLatin1String(name));
}

// A one-route HTTP/1.0 server: every request gets the same response.
class FeedServer final : public QObject {
public:
    FeedServer(const QByteArray &contentType, const QByteArray &body)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this, contentType, body] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, contentType, body] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                socket->write("HTTP/1.0 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString url(const char *path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(QLatin1String(path));
    }

private:
    QTcpServer m_server;
};

} // namespace

class TestCliParseFeed final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneFilePrintsOneObject()
    {
        const Run run = runCli({ fixture("rss20.xml"), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.json.isObject(), qPrintable(run.stderrText));
        const QJsonObject feed = run.json.object();
        QCOMPARE(feed[QStringLiteral("format")].toString(), QStringLiteral("rss20"));
        QCOMPARE(feed[QStringLiteral("title")].toString(), QStringLiteral("Harbour & Hill Gazette"));
        QCOMPARE(feed[QStringLiteral("link")].toString(), QStringLiteral("https://gazette.example/"));
        QVERIFY(feed[QStringLiteral("errors")].isArray());
        const QJsonArray items = feed[QStringLiteral("items")].toArray();
        QCOMPARE(items.size(), 4);

        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first[QStringLiteral("id")].toString(), QStringLiteral("gazette-1001"));
        QCOMPARE(first[QStringLiteral("title")].toString(), QStringLiteral("Caf\u00e9 opens on the quay"));
        QCOMPARE(first[QStringLiteral("published")].toString(), QStringLiteral("2024-05-14T07:15:00Z"));
        QVERIFY(first[QStringLiteral("updated")].isNull());
        QCOMPARE(first[QStringLiteral("author")].toString(), QStringLiteral("Mara Quill"));
        QVERIFY(!first[QStringLiteral("summary_html")].toString().isEmpty());
        QVERIFY(!first[QStringLiteral("content_html")].toString().isEmpty());
        QCOMPARE(first[QStringLiteral("categories")].toArray().size(), 3);
        const QJsonObject enclosure = first[QStringLiteral("enclosures")].toArray().at(0).toObject();
        QCOMPARE(enclosure[QStringLiteral("url")].toString(), QStringLiteral("https://gazette.example/audio/cafe.mp3"));
        QCOMPARE(enclosure[QStringLiteral("type")].toString(), QStringLiteral("audio/mpeg"));
        QCOMPARE(enclosure[QStringLiteral("length")].toInteger(), 123456);

        const QJsonObject undated = items.at(3).toObject();
        QVERIFY(undated[QStringLiteral("published")].isNull()); // first-seen dates are not the feed's
    }

    void severalInputsPrintAnArrayAndAMissingFileFails()
    {
        const Run run = runCli({ fixture("atom10.xml"), fixture("no-such-feed.xml"), fixture("feed11.json") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.stderrText.contains(QStringLiteral("no-such-feed.xml")));
        QVERIFY(run.json.isArray());
        const QJsonArray feeds = run.json.array();
        QCOMPARE(feeds.size(), 2);
        QCOMPARE(feeds.at(0).toObject()[QStringLiteral("format")].toString(), QStringLiteral("atom10"));
        QCOMPARE(feeds.at(1).toObject()[QStringLiteral("format")].toString(), QStringLiteral("json11"));
    }

    void notAFeedFailsWithItsError()
    {
        const Run run = runCli({ fixture("page.html") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.stderrText.contains(QStringLiteral("HTML page")));
        QVERIFY(run.json.object()[QStringLiteral("errors")].toArray().size() >= 1);
    }

    void usageErrors()
    {
        QCOMPARE(runCli({}).exitCode, 2);
        QCOMPARE(runCli({ fixture("rss20.xml"), QStringLiteral("--format"), QStringLiteral("xml") }).exitCode, 2);
    }

    void fetchesAUrlAndHonoursTheHttpCharset()
    {
        const QByteArray body = TestSupport::readFile(fixture("koi8r-mislabelled.xml"));
        FeedServer server("application/rss+xml; charset=KOI8-R", body);
        const Run run = runCli({ server.url("/feed") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json.object()[QStringLiteral("title")].toString(),
            QStringLiteral("\u041d\u043e\u0432\u043e\u0441\u0442\u0438"));
    }

    void unreachableUrlFails()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        const Run run = runCli({ QStringLiteral("http://127.0.0.1:%1/feed").arg(port) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.stderrText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliParseFeed)
#include "tst_cli_parse_feed.moc"
