#include "models/core_pipeline_link.h"
#include "models/story_list_model.h"
#include "pipeline/refresh_scheduler.h"
#include "pipeline/storage_writer.h"
#include "test_feeds.h"
#include "test_http_server.h"
#include "ui_fixture.h"
#include "widgets/relative_time.h"
#include "window/main_actions.h"
#include "window/main_window.h"
#include "window/status_panel.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// The app as a user who opens it and walks away meets it: the real pipeline
// and scheduler behind the window, the local HTTP server, nothing pressed.
class TestRefreshStatus final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void opensAndRefreshesOnItsOwnThenSaysWhenNext();
};

void TestRefreshStatus::opensAndRefreshesOnItsOwnThenSaysWhenNext()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestHttpServer server;
    QVERIFY(server.listen());
    HttpResponse feed = TestHttpServer::ok(
        rssFeed("Walk-away News", server.url().toEncoded(),
            { { "w-1", "Harbour wall repaired", server.url(QStringLiteral("/w1.html")).toEncoded(), {} } }),
        "application/rss+xml");
    feed.delayMs = 1000; // the scheduled refresh is seen under way
    server.serve("/news.xml", feed);
    server.serve("/w1.html", TestHttpServer::ok(articlePage("Harbour wall repaired", 1), "text/html"));
    {
        const std::unique_ptr<Core::Store> store = UiTest::openStore(dir);
        QVERIFY(store);
        QVERIFY(store->addSubscription(server.url(QStringLiteral("/news.xml")).toString()).has_value());
    }
    const std::unique_ptr<Core::Store> reader = UiTest::openReader(dir);
    QVERIFY(reader);
    Core::StorageWriter writer(dir.path());
    Ui::CorePipelineLink link(reader.get(), &writer);
    QVERIFY(link.scheduler());
    link.scheduler()->setReachability(nullptr); // whatever the test machine's network says
    Ui::MainWindow window(reader.get(), &writer, &link);
    QVERIFY(!link.scheduler()->isRunning()); // not before the window is shown
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Fetched without anyone pressing Refresh, and its story is listed.
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount("/news.xml"), 1, 30'000);
    // While that refresh is under way, the user's own stays available.
    QVERIFY(link.isBusy());
    QVERIFY(window.actions().refreshAll->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(window.storyModel()->rowCount() >= 1, 30'000);
    // The status bar says when the next refresh is: the app's 30 minutes on.
    QTRY_VERIFY_WITH_TIMEOUT(link.scheduler()->nextDue().isValid(), 30'000);
    const QDateTime next = link.scheduler()->nextDue();
    QVERIFY(next >= QDateTime::currentDateTimeUtc().addSecs(29 * 60));
    QCOMPARE(window.statusPanel()->nextRefreshText(),
        QStringLiteral("Next refresh at %1").arg(Ui::shortTime(next.toLocalTime().time())));

    // Offline, it says that refreshing waits; back online, the time again.
    Core::ManualReachability network(false);
    link.scheduler()->setReachability(&network);
    QCOMPARE(window.statusPanel()->nextRefreshText(), QStringLiteral("Offline: refreshing waits for the network"));
    network.setOnline(true);
    QVERIFY(window.statusPanel()->nextRefreshText().startsWith(QStringLiteral("Next refresh at")));
    link.scheduler()->setReachability(nullptr);

    // A manual refresh works at any time, due or not.
    window.actions().refreshAll->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(server.requestCount("/news.xml"), 2, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(!link.isBusy(), 30'000);
}

QTEST_MAIN(TestRefreshStatus)
#include "tst_refresh_status.moc"
