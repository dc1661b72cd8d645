#include "models/core_pipeline_link.h"
#include "models/story_list_model.h"
#include "pipeline/refresh_scheduler.h"
#include "pipeline/storage_writer.h"
#include "test_feeds.h"
#include "test_http_server.h"
#include "ui_fixture.h"
#include "window/main_actions.h"
#include "window/main_window.h"
#include "window/notifications.h"
#include "window/settings.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

// A notification server as small as the test needs: it keeps what it is sent.
class FakeNotificationServer final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received {
        QString app;
        QString summary;
        QString body;
    };
    QList<Received> received;

public Q_SLOTS:
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary, const QString &body,
        const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId);
        Q_UNUSED(icon);
        Q_UNUSED(actions);
        Q_UNUSED(hints);
        Q_UNUSED(timeout);
        received.append({ app, summary, body });
        return uint(received.size());
    }
    QStringList GetCapabilities() { return { QStringLiteral("body") }; }
};

const QString ServiceName = QStringLiteral("org.freedesktop.Notifications");

QList<FeedEntry> entries(const TestHttpServer &server, const QByteArray &prefix, int from, int to)
{
    QList<FeedEntry> list;
    for (int i = from; i <= to; ++i) {
        const QByteArray id = prefix + QByteArray::number(i);
        list.append(
            { id, "Story " + id, server.url(QStringLiteral("/p/%1.html").arg(QLatin1String(id))).toEncoded(), {} });
    }
    return list;
}

} // namespace

// New stories from a chosen feed raise one desktop notification per refresh,
// sent over the session bus to org.freedesktop.Notifications (here a server
// of the test's own, on a private bus from dbus-run-session).
class TestNotifications final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneNotificationPerRefreshOnlyWhenAsked();
    void composeCountsFeedsAndFollowedTopics();

private:
    // A round trip to the server through the app's own connection: whatever
    // the app sent before has arrived once this returns (D-Bus keeps order).
    bool roundTrip();

    QDBusConnection m_serverBus { QString() };
    FakeNotificationServer m_server;
};

void TestNotifications::initTestCase()
{
    if (!QDBusConnection::sessionBus().isConnected())
        QSKIP("no D-Bus session bus (run under dbus-run-session)");
    m_serverBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("notification-server"));
    QVERIFY(m_serverBus.isConnected());
    QVERIFY(m_serverBus.registerObject(
        QStringLiteral("/org/freedesktop/Notifications"), &m_server, QDBusConnection::ExportAllSlots));
    QVERIFY2(m_serverBus.registerService(ServiceName), qPrintable(m_serverBus.lastError().message()));
    QTRY_VERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(ServiceName));
}

bool TestNotifications::roundTrip()
{
    const QDBusMessage call = QDBusMessage::createMethodCall(
        ServiceName, QStringLiteral("/org/freedesktop/Notifications"), ServiceName, QStringLiteral("GetCapabilities"));
    QDBusPendingCallWatcher watcher(QDBusConnection::sessionBus().asyncCall(call));
    QSignalSpy finished(&watcher, &QDBusPendingCallWatcher::finished);
    if (!finished.wait(10'000) && !watcher.isFinished())
        return false;
    return !watcher.isError();
}

void TestNotifications::oneNotificationPerRefreshOnlyWhenAsked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestHttpServer server;
    QVERIFY(server.listen());
    server.setFallback([](const HttpRequest &request) {
        return TestHttpServer::ok(articlePage("Story " + request.path, int(request.path.size())), "text/html");
    });
    const auto serveFeeds = [&server](int aTo, int bTo) {
        server.serve("/a.xml",
            TestHttpServer::ok(rssFeed("Harbour News", server.url().toEncoded(), entries(server, "a", 1, aTo)),
                "application/rss+xml"));
        server.serve("/b.xml",
            TestHttpServer::ok(
                rssFeed("Valley Post", server.url().toEncoded(), entries(server, "b", 1, bTo)), "application/rss+xml"));
    };
    serveFeeds(2, 3);
    Core::SubscriptionId harbour = 0;
    {
        const std::unique_ptr<Core::Store> store = UiTest::openStore(dir);
        QVERIFY(store);
        const auto a = store->addSubscription(server.url(QStringLiteral("/a.xml")).toString());
        QVERIFY(a.has_value());
        harbour = *a;
        QVERIFY(store->addSubscription(server.url(QStringLiteral("/b.xml")).toString()).has_value());
    }
    {
        // Off by default; on here, for the feeds chosen in their properties: Harbour News.
        Ui::Settings settings(dir.path());
        QVERIFY(!settings.notifyNewStories());
        settings.setNotifyNewStories(true);
        settings.setNotifyFeeds(Ui::Settings::NotifyFeeds::Chosen);
        settings.setNotifiesFeed(harbour, true);
        settings.sync();
    }
    const std::unique_ptr<Core::Store> reader = UiTest::openReader(dir);
    QVERIFY(reader);
    Core::StorageWriter writer(dir.path());
    Ui::CorePipelineLink link(reader.get(), &writer);
    link.scheduler()->setReachability(nullptr);
    Ui::MainWindow window(reader.get(), &writer, &link);
    QSignalSpy idle(&link, &Ui::PipelineLink::idle);
    m_server.received.clear();

    // The first refresh brings 2 stories in Harbour News and 3 in Valley
    // Post (not chosen): one notification, about Harbour News.
    window.actions().refreshAll->trigger();
    QVERIFY(idle.wait(60'000));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.received.size(), 1, 10'000);
    QVERIFY(roundTrip());
    QCOMPARE(m_server.received.size(), 1);
    QCOMPARE(m_server.received.first().summary, QStringLiteral("2 new stories in Harbour News"));
    QCOMPARE(m_server.received.first().app, QStringLiteral("Tidings"));

    // Every feed: one notification for both, the total as its summary.
    window.settings().setNotifyFeeds(Ui::Settings::NotifyFeeds::All);
    serveFeeds(4, 5);
    idle.clear();
    window.actions().refreshAll->trigger();
    QVERIFY(idle.wait(60'000));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.received.size(), 2, 10'000);
    QVERIFY(roundTrip());
    QCOMPARE(m_server.received.size(), 2);
    QCOMPARE(m_server.received.last().summary, QStringLiteral("4 new stories"));
    QCOMPARE(
        m_server.received.last().body, QStringLiteral("2 new stories in Harbour News\n2 new stories in Valley Post"));

    // Off: new stories come, nothing is sent.
    window.settings().setNotifyNewStories(false);
    serveFeeds(6, 7);
    idle.clear();
    window.actions().refreshAll->trigger();
    QVERIFY(idle.wait(60'000));
    QTRY_VERIFY_WITH_TIMEOUT(window.storyModel()->rowCount() == 13, 10'000);
    QVERIFY(roundTrip());
    QCOMPARE(m_server.received.size(), 2);
}

// A fake sink: what the notifier composes for feeds and followed topics.
class RecordingSink final : public Ui::NotificationSink {
public:
    QStringList summaries;
    void notify(const QString &summary, const QString &) override { summaries << summary; }
};

void TestNotifications::composeCountsFeedsAndFollowedTopics()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::unique_ptr<Core::Store> store = UiTest::openStore(dir);
    QVERIFY(store);
    const auto sub = store->addSubscription(QStringLiteral("https://example.org/feed.xml"));
    QVERIFY(sub.has_value());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Core::StoryId> ids;
    for (int i = 0; i < 3; ++i) {
        const QString title = QStringLiteral("Topic story %1").arg(i);
        QVERIFY(store->upsertStories(*sub,
            { UiTest::item(QStringLiteral("t%1").arg(i), title, now.addSecs(-60 * i), QStringLiteral("<p>x</p>")) }));
        ids.append(UiTest::storyByTitle(store.get(), title));
    }
    for (const int i : { 0, 2 }) {
        QVERIFY(store->saveArticle(ids[i],
            UiTest::article(
                QStringLiteral("Topic story %1").arg(i), QStringLiteral("<p>x</p>"), { QStringLiteral("Tides") })));
    }
    QVERIFY(store->setTopicFollowed(QStringLiteral("Tides"), true));

    Ui::Settings settings(dir.path());
    settings.setNotifyNewStories(true);
    settings.setNotifyFeeds(Ui::Settings::NotifyFeeds::Chosen); // no feed chosen
    RecordingSink sink;
    Ui::NewStoriesNotifier notifier(store.get(), &settings, &sink);
    notifier.storiesAdded(*sub, ids);
    notifier.batchDone();
    QCOMPARE(sink.summaries, QStringList { QStringLiteral("2 new stories on Tides") });

    // A feed just subscribed to: its first stories raise nothing.
    notifier.subscriptionAdded(*sub);
    notifier.storiesAdded(*sub, ids);
    notifier.batchDone();
    QCOMPARE(sink.summaries.size(), 1);
    // The next batch counts it again.
    notifier.storiesAdded(*sub, ids);
    notifier.batchDone();
    QCOMPARE(sink.summaries.size(), 2);

    // Not for topics: nothing at all.
    settings.setNotifyTopics(false);
    notifier.storiesAdded(*sub, ids);
    notifier.batchDone();
    QCOMPARE(sink.summaries.size(), 2);
}

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
