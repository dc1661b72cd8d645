// One Tidings per profile: the address forms a launch accepts, the local
// socket's protocol in one process, and the real app started twice.

#include "storage/store.h"
#include "test_feeds.h"
#include "test_http_server.h"
#include "window/single_instance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace TestSupport;
using Ui::SingleInstance;

class TestSingleInstance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void feedAddresses_data();
    void feedAddresses();
    void localFileIsNotAnAddress();
    void serverNameFollowsTheProfile();
    void staleSocketFileIsReplaced();
    void requestReachesTheRunningInstance();
    void secondLaunchSubscribesInTheFirst();
    void firstLaunchSubscribesItself();

private:
    // Starts the app on `profile` with `arguments`; the process is left running.
    static std::unique_ptr<QProcess> launch(const QString &profile, const QStringList &arguments = {});
    // Waits until the app on `profile` answers on its socket.
    static bool waitUntilAnswering(const QString &profile);
    static bool quit(const QString &profile, QProcess *process);
    static std::optional<Core::Subscription> subscription(const QString &profile, const QString &url);
    static int subscriptionCount(const QString &profile);
};

void TestSingleInstance::feedAddresses_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("address");
    QTest::newRow("https") << "https://example.org/feed.xml"
                           << "https://example.org/feed.xml";
    QTest::newRow("http site") << "http://example.org/"
                               << "http://example.org/";
    QTest::newRow("feed:https") << "feed:https://example.org/rss"
                                << "https://example.org/rss";
    QTest::newRow("FEED:http") << "FEED:http://example.org/rss"
                               << "http://example.org/rss";
    // The scheme does not say which: the add flow tries https, then http.
    QTest::newRow("feed://host") << "feed://example.org/rss"
                                 << "example.org/rss";
    QTest::newRow("feed:host") << "feed:example.org/rss"
                               << "example.org/rss";
    QTest::newRow("feed://https://") << "feed://https://example.org/rss"
                                     << "https://example.org/rss";
    QTest::newRow("feed: with port") << "feed:http://127.0.0.1:8080/feed.xml"
                                     << "http://127.0.0.1:8080/feed.xml";
    QTest::newRow("schemeless") << "example.org/feed"
                                << "example.org/feed";
    QTest::newRow("spaces around") << "  https://example.org/  "
                                   << "https://example.org/";
    QTest::newRow("file") << "file:///tmp/feed.xml"
                          << "";
    QTest::newRow("feed:file") << "feed:file:///tmp/feed.xml"
                               << "";
    QTest::newRow("ftp") << "ftp://example.org/feed"
                         << "";
    QTest::newRow("no host") << "https://"
                             << "";
    QTest::newRow("feed: alone") << "feed:"
                                 << "";
    QTest::newRow("option") << "--profile"
                            << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestSingleInstance::feedAddresses()
{
    QFETCH(QString, argument);
    QFETCH(QString, address);
    QCOMPARE(Ui::feedAddressFromArgument(argument), address);
}

void TestSingleInstance::localFileIsNotAnAddress()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("news.xml")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    // "news.xml" would read as a host name; a file of that name is meant.
    QVERIFY(QDir::setCurrent(dir.path()));
    QCOMPARE(Ui::feedAddressFromArgument(QStringLiteral("news.xml")), QString());
    QCOMPARE(Ui::feedAddressFromArgument(QStringLiteral("news.example")), QStringLiteral("news.example"));
}

void TestSingleInstance::serverNameFollowsTheProfile()
{
    QTemporaryDir one;
    QTemporaryDir two;
    const QString name = SingleInstance::serverName(one.path());
    QVERIFY(name.contains(QStringLiteral("tidings-")));
    QCOMPARE(SingleInstance::serverName(one.path() + QStringLiteral("/./")), name);
    QVERIFY(SingleInstance::serverName(two.path()) != name);
}

void TestSingleInstance::staleSocketFileIsReplaced()
{
    QTemporaryDir profile;
    SingleInstance instance(profile.path());
    // What a crashed instance leaves: a file at the socket's path that
    // nobody listens on.
    const QString name = instance.serverName();
    QFile stale(QDir::isAbsolutePath(name) ? name : QDir(QDir::tempPath()).filePath(name));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    QCOMPARE(instance.forward({}), SingleInstance::Forwarded::NoInstance);
    QVERIFY(instance.listen());
    QVERIFY(instance.isListening());
}

void TestSingleInstance::requestReachesTheRunningInstance()
{
    QTemporaryDir profile;
    SingleInstance running(profile.path());
    QVERIFY(running.listen());
    const QString name = running.serverName();
    // A request that arrives before the handler is set waits for it.
    std::future<SingleInstance::Forwarded> early = std::async(std::launch::async, [name] {
        return SingleInstance::send(
            name, { SingleInstance::Request::Command::Open, { QStringLiteral("feed:a.example") } });
    });
    QTRY_VERIFY(early.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
    QCOMPARE(early.get(), SingleInstance::Forwarded::Yes);

    QList<SingleInstance::Request> received;
    running.setHandler([&received](const SingleInstance::Request &request) { received.append(request); });
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.first().arguments, QStringList { QStringLiteral("feed:a.example") });

    // A later launch, as main() does it.
    std::future<SingleInstance::Forwarded> later = std::async(std::launch::async, [&profile] {
        SingleInstance second(profile.path());
        return second.forward({ QStringLiteral("https://b.example/feed"), QStringLiteral("c.example") });
    });
    QTRY_VERIFY(later.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
    QCOMPARE(later.get(), SingleInstance::Forwarded::Yes);
    QTRY_COMPARE(received.size(), 2);
    QCOMPARE(received.last().command, SingleInstance::Request::Command::Open);
    QCOMPARE(received.last().arguments,
        (QStringList { QStringLiteral("https://b.example/feed"), QStringLiteral("c.example") }));

    // Garbage gets no answer and reaches nobody.
    std::future<bool> garbage = std::async(std::launch::async, [name] {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (!socket.waitForConnected(1000))
            return false;
        socket.write("hello\n");
        socket.waitForBytesWritten(1000);
        return !socket.waitForReadyRead(1000) || socket.readAll().isEmpty();
    });
    QTRY_VERIFY(garbage.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
    QVERIFY(garbage.get());
    QCOMPARE(received.size(), 2);
}

std::unique_ptr<QProcess> TestSingleInstance::launch(const QString &profile, const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(TIDINGS_APP_PATH));
    process->setArguments(QStringList { QStringLiteral("--profile"), profile } + arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start();
    return process;
}

bool TestSingleInstance::waitUntilAnswering(const QString &profile)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 60'000) {
        // Blocks this thread, which serves nothing the app needs yet.
        if (SingleInstance::send(SingleInstance::serverName(profile), {}, 2000) == SingleInstance::Forwarded::Yes)
            return true;
        QTest::qWait(100);
    }
    return false;
}

bool TestSingleInstance::quit(const QString &profile, QProcess *process)
{
    const SingleInstance::Forwarded sent
        = SingleInstance::send(SingleInstance::serverName(profile), { SingleInstance::Request::Command::Quit, {} });
    if (sent != SingleInstance::Forwarded::Yes || !process->waitForFinished(30'000)) {
        process->kill();
        process->waitForFinished();
        return false;
    }
    return process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0;
}

std::optional<Core::Subscription> TestSingleInstance::subscription(const QString &profile, const QString &url)
{
    if (!QFileInfo::exists(Core::Store::databasePath(profile)))
        return std::nullopt;
    Core::Result<std::unique_ptr<Core::Store>> store = Core::Store::open(profile, Core::StoreOptions::readOnlyForGui());
    if (!store)
        return std::nullopt;
    return (*store)->subscriptionByUrl(url);
}

int TestSingleInstance::subscriptionCount(const QString &profile)
{
    Core::Result<std::unique_ptr<Core::Store>> store = Core::Store::open(profile, Core::StoreOptions::readOnlyForGui());
    return store ? int((*store)->subscriptions().size()) : -1;
}

// The database is read once the app has quit: another process that opens it
// while the app runs may check its WAL into the main file and remove it.
// That the app stored a feed shows while it runs in the requests that follow
// storing: a feed's story pages are fetched only once the feed and its
// stories are stored.
void TestSingleInstance::secondLaunchSubscribesInTheFirst()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    const auto serveFeed = [&server](const QByteArray &path, const QByteArray &title, const QByteArray &story) {
        server.serve(path,
            TestHttpServer::ok(
                rssFeed(title, server.url().toEncoded(),
                    { { story, "A story", server.url(QString::fromLatin1("/" + story)).toEncoded(), {} } }),
                "application/rss+xml"));
    };
    serveFeed("/feed.xml", "Harbour Gazette", "h1");
    serveFeed("/other.xml", "Valley Times", "v1");
    const QString feedUrl = server.url(QStringLiteral("/feed.xml")).toString();
    const QString otherUrl = server.url(QStringLiteral("/other.xml")).toString();

    QTemporaryDir profile;
    std::unique_ptr<QProcess> first = launch(profile.path());
    QVERIFY(first->waitForStarted(10'000));
    QVERIFY(waitUntilAnswering(profile.path()));

    // The second launch hands the feed: link over and is gone at once.
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QProcess> second = launch(profile.path(), { QStringLiteral("feed:") + feedUrl });
    QSignalSpy finished(second.get(), &QProcess::finished);
    QVERIFY(finished.wait(20'000));
    QCOMPARE(second->exitStatus(), QProcess::NormalExit);
    QCOMPARE(second->exitCode(), 0);
    qInfo("the second launch took %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() < 15'000);
    QCOMPARE(first->state(), QProcess::Running);
    // The first fetched it (this thread's event loop serves it) and stored it.
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount("/h1") > 0, 30'000);
    QCOMPARE(server.requestCount("/feed.xml"), 1);

    // Asked again, it is already there: shown, not fetched again. The next
    // launch's new feed is fetched after anything the third one started.
    std::unique_ptr<QProcess> third = launch(profile.path(), { feedUrl });
    QSignalSpy thirdFinished(third.get(), &QProcess::finished);
    QVERIFY(thirdFinished.wait(20'000));
    QCOMPARE(third->exitCode(), 0);
    std::unique_ptr<QProcess> fourth = launch(profile.path(), { QStringLiteral("feed://") + otherUrl.mid(7) });
    QSignalSpy fourthFinished(fourth.get(), &QProcess::finished);
    QVERIFY(fourthFinished.wait(20'000));
    QCOMPARE(fourth->exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount("/v1") > 0, 30'000);
    QCOMPARE(server.requestCount("/feed.xml"), 1);

    QVERIFY(quit(profile.path(), first.get()));
    QVERIFY(subscription(profile.path(), feedUrl));
    QCOMPARE(subscription(profile.path(), feedUrl)->title, QStringLiteral("Harbour Gazette"));
    // feed://host/path: https was tried first (this server speaks only http).
    QVERIFY(subscription(profile.path(), otherUrl));
    QCOMPARE(subscriptionCount(profile.path()), 3); // with the welcome feed
    // Gone with it: the next launch finds nobody.
    SingleInstance next(profile.path());
    QCOMPARE(next.forward({}), SingleInstance::Forwarded::NoInstance);
}

void TestSingleInstance::firstLaunchSubscribesItself()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.serve("/news.xml",
        TestHttpServer::ok(rssFeed("Valley Times", server.url().toEncoded(),
                               { { "v1", "Bridge reopens", server.url(QStringLiteral("/v1")).toEncoded(), {} } }),
            "application/rss+xml"));
    const QString feedUrl = server.url(QStringLiteral("/news.xml")).toString();
    QTemporaryDir profile;
    std::unique_ptr<QProcess> only = launch(profile.path(), { feedUrl });
    QVERIFY(only->waitForStarted(10'000));
    QTRY_VERIFY_WITH_TIMEOUT(server.requestCount("/v1") > 0, 60'000);
    QCOMPARE(only->state(), QProcess::Running);
    QVERIFY(waitUntilAnswering(profile.path()));
    QVERIFY(quit(profile.path(), only.get()));
    QVERIFY(subscription(profile.path(), feedUrl));
}

QTEST_MAIN(TestSingleInstance)
#include "tst_single_instance.moc"
