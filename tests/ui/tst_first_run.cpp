// A first start: an empty profile opens on the welcome feed with nothing
// modal in the way; the suggested feeds subscribe with one click, and one
// that cannot be reached is marked in the tree, quietly.

#include "models/core_pipeline_link.h"
#include "models/story_list_model.h"
#include "models/subscription_tree_model.h"
#include "models/welcome_feed.h"
#include "pipeline/storage_writer.h"
#include "reading/chip_bar.h"
#include "reading/reading_browser.h"
#include "reading/reading_pane.h"
#include "test_feeds.h"
#include "test_http_server.h"
#include "ui_fixture.h"
#include "window/first_run.h"
#include "window/main_actions.h"
#include "window/main_window.h"
#include "window/subscription_controller.h"
#include "window/subscription_pane.h"
#include "window/suggested_feeds_dialog.h"

#include <QAction>
#include <QPushButton>
#include <QTcpServer>
#include <QTreeView>

using namespace UiTest;
using namespace TestSupport;

namespace {

constexpr int Patience = 30'000; // ms: a fetch on a loaded 2-core machine

} // namespace

class TestFirstRun final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyProfileOpensOnTheWelcomeFeed();
    void welcomeStoriesShowCleaningChipsAndFollowing();
    void welcomeLinkOpensSuggestedFeeds();
    void suggestedFeedSubscribesWithOneClick();
    void builtInSuggestionsAreWellFormed();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::StorageWriter> m_writer;
    std::unique_ptr<Core::Store> m_reader;
    std::unique_ptr<Ui::CorePipelineLink> m_pipeline;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestFirstRun::init()
{
    qRegisterMetaType<Core::Error>();
    qRegisterMetaType<Core::RefreshProgress>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(openStore(*m_dir)); // creates the schema, as main() does
    // As main() starts: the welcome feed, then the window on it.
    m_writer = std::make_unique<Core::StorageWriter>(m_dir->path());
    QVERIFY(Ui::ensureWelcomeFeed(*m_writer));
    m_reader = openReader(*m_dir);
    QVERIFY(m_reader);
    m_pipeline = std::make_unique<Ui::CorePipelineLink>(m_reader.get(), m_writer.get());
    m_window = std::make_unique<Ui::MainWindow>(m_reader.get(), m_writer.get(), m_pipeline.get());
    Ui::showWelcomeFeed(m_window.get(), m_reader.get());
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestFirstRun::cleanup()
{
    m_window.reset();
    m_pipeline.reset();
    m_reader.reset();
    m_writer.reset();
    m_dir.reset();
}

void TestFirstRun::emptyProfileOpensOnTheWelcomeFeed()
{
    const std::optional<Core::Subscription> welcome
        = m_reader->subscriptionByUrl(QString::fromLatin1(Ui::WelcomeFeedUrl));
    QVERIFY(welcome);
    const QModelIndex current = m_window->subscriptionPane()->view()->currentIndex();
    QCOMPARE(current.data(Ui::SubscriptionTreeModel::IdRole).toLongLong(), welcome->id);
    QCOMPARE(m_window->viewTitle(), welcome->title);
    QVERIFY(m_window->storyModel()->rowCount() >= 7);
    // Its first story is open.
    QVERIFY(m_window->readingPane()->bodyText().contains(QStringLiteral("calm reader")));
    // Nothing modal, nothing but the window.
    QTest::qWait(200); // the event loop ran: anything queued at start would be open now
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    for (QWidget *top : QApplication::topLevelWidgets())
        QVERIFY2(top == m_window.get() || !top->isVisible() || top->inherits("QMenu"),
            qPrintable(QStringLiteral("%1 is open").arg(top->objectName())));
}

void TestFirstRun::welcomeStoriesShowCleaningChipsAndFollowing()
{
    QStringList titles;
    for (int row = 0; row < m_window->storyModel()->rowCount(); ++row)
        titles << m_window->storyModel()->storyAt(row).title;
    QVERIFY(titles.contains(QStringLiteral("Clean articles, not web pages")));
    QVERIFY(titles.contains(QStringLiteral("Topics and chips")));
    QVERIFY(titles.contains(QStringLiteral("Following a topic")));

    m_window->selectStory(storyByTitle(m_reader.get(), QStringLiteral("Following a topic")));
    QVERIFY(m_window->readingPane()->bodyText().contains(QStringLiteral("Follow topic")));
    // The chip the story suggests trying is there, and says how many share it.
    QVERIFY(m_window->readingPane()->chipBar()->topics().contains(QStringLiteral("Topics")));
    const int tagged = m_window->storyModel()->rowCount();
    m_window->selectStory(storyByTitle(m_reader.get(), QStringLiteral("Topics and chips")));
    QVERIFY(m_window->readingPane()->bodyText().contains(QStringLiteral("Tidings · %1").arg(tagged)));
}

void TestFirstRun::welcomeLinkOpensSuggestedFeeds()
{
    // The first story links to them.
    QVERIFY(m_window->readingPane()->browser()->toHtml().contains(QStringLiteral("tidings:suggested-feeds")));
    QVERIFY(!m_window->subscriptions()->suggestedFeedsDialog());
    Q_EMIT m_window->readingPane()->browser()->anchorClicked(QUrl(QStringLiteral("tidings:suggested-feeds")));
    Ui::SuggestedFeedsDialog *dialog = m_window->subscriptions()->suggestedFeedsDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->isModal());
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    // The File menu opens the same one.
    m_window->actions().suggestedFeeds->trigger();
    QCOMPARE(m_window->subscriptions()->suggestedFeedsDialog(), dialog);
    QVERIFY(dialog->button(QStringLiteral("https://feeds.bbci.co.uk/news/world/rss.xml")));
}

void TestFirstRun::suggestedFeedSubscribesWithOneClick()
{
    TestHttpServer server;
    QVERIFY(server.listen());
    server.serve("/gazette.xml",
        TestHttpServer::ok(
            rssFeed("Harbour Gazette", server.url().toEncoded(),
                { { "g1", "Ferry timetable changes", server.url(QStringLiteral("/g1")).toEncoded(), {} } }),
            "application/rss+xml"));
    const QString reachable = server.url(QStringLiteral("/gazette.xml")).toString();
    // A port nobody listens on: what an offline machine sees.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString unreachable = QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(closed.serverPort());
    closed.close();
    m_window->subscriptions()->setSuggestedFeeds({ { QStringLiteral("Nearby"),
        { { QStringLiteral("Harbour Gazette"), reachable, QStringLiteral("en") },
            { QStringLiteral("Offline Times"), unreachable, QStringLiteral("en") } } } });
    m_window->actions().suggestedFeeds->trigger();
    Ui::SuggestedFeedsDialog *dialog = m_window->subscriptions()->suggestedFeedsDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    QPushButton *subscribe = dialog->button(reachable);
    QVERIFY(subscribe && subscribe->isEnabled());
    QTest::mouseClick(subscribe, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->subscriptionByUrl(reachable).has_value(), Patience);
    QTRY_COMPARE_WITH_TIMEOUT(subscribe->text(), QStringLiteral("Subscribed"), Patience);
    QVERIFY(!subscribe->isEnabled());
    // Refreshed at once: its story arrives.
    const Core::SubscriptionId gazette = m_reader->subscriptionByUrl(reachable)->id;
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->subscription(gazette)->lastFetched.isValid(), Patience);
    QCOMPARE(server.requestCount("/gazette.xml"), 1);
    QCOMPARE(m_reader->subscription(gazette)->lastError.code, Core::ErrorCode::None);

    // The unreachable one is subscribed too, and marked: no message box.
    QTest::mouseClick(dialog->button(unreachable), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->subscriptionByUrl(unreachable).has_value(), Patience);
    const Core::SubscriptionId offline = m_reader->subscriptionByUrl(unreachable)->id;
    QTRY_VERIFY_WITH_TIMEOUT(m_reader->subscription(offline)->lastError.code != Core::ErrorCode::None, Patience);
    const auto marked = [this, offline] {
        for (const Core::Subscription &failing : m_window->treeModel()->failingSubscriptions()) {
            if (failing.id == offline)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(marked(), Patience);
    QCOMPARE(QApplication::activeModalWidget(), nullptr);

    // Opened again, both show as subscribed.
    dialog->close();
    QTRY_VERIFY(!m_window->subscriptions()->suggestedFeedsDialog());
    m_window->actions().suggestedFeeds->trigger();
    dialog = m_window->subscriptions()->suggestedFeedsDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->button(reachable)->isEnabled());
    QVERIFY(!dialog->button(unreachable)->isEnabled());
}

void TestFirstRun::builtInSuggestionsAreWellFormed()
{
    const QList<Ui::SuggestedRegion> regions = Ui::suggestedFeeds();
    QVERIFY(regions.size() >= 5);
    QSet<QString> urls;
    for (const Ui::SuggestedRegion &region : regions) {
        QVERIFY(!region.name.isEmpty());
        QVERIFY2(region.feeds.size() >= 2 && region.feeds.size() <= 4, qPrintable(region.name));
        for (const Ui::SuggestedFeed &feed : region.feeds) {
            const QUrl url(feed.url);
            QVERIFY2(
                url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty(), qPrintable(feed.url));
            QVERIFY2(!urls.contains(feed.url), qPrintable(feed.url));
            urls.insert(feed.url);
            QVERIFY(!feed.title.isEmpty());
            QVERIFY2(QLocale(feed.language).language() != QLocale::C, qPrintable(feed.language));
        }
    }
}

QTEST_MAIN(TestFirstRun)
#include "tst_first_run.moc"
