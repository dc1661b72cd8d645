// The story list in a real window over a real Store: its context menu,
// "next unread" across feeds, unread-only views, oldest first across a page
// boundary, and stories retention removed leaving the list.

#include "models/story_list_model.h"
#include "models/subscription_tree_model.h"
#include "reading/reading_pane.h"
#include "ui_fixture.h"
#include "window/main_actions.h"
#include "window/main_window.h"
#include "window/read_state.h"
#include "window/settings.h"
#include "window/story_list_actions.h"
#include "window/subscription_pane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QListView>
#include <QMenu>
#include <QStatusBar>
#include <QTreeView>

using namespace UiTest;

// Stands in for the browser: QDesktopServices hands it the links it opens.
class UrlCatcher final : public QObject {
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestStoryListActions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void contextMenuActionsWork();
    void markAboveAndBelowWithUndo();
    void nextUnreadCrossesToAnotherFeed();
    void unreadOnlyHidesReadStories();
    void oldestFirstAcrossAPageBoundary();
    void removedStoriesLeaveTheList();

private:
    QMenu *openMenuOn(int row);
    QStringList listTitles() const;
    void showFeed(Core::SubscriptionId id);
    void makeWindow();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store; // the test's own, read-write
    std::unique_ptr<Core::Store> m_reader; // the window's, read-only
    std::unique_ptr<FakePipeline> m_pipeline;
    std::unique_ptr<Ui::MainWindow> m_window;
    Core::SubscriptionId m_harbour = 0;
    Core::SubscriptionId m_ledger = 0;
    QDateTime m_now;
};

void TestStoryListActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = openStore(*m_dir);
    QVERIFY(m_store);
    m_harbour
        = m_store->addSubscription(QStringLiteral("https://harbour.example/feed"), QStringLiteral("Harbour Times"))
              .value();
    m_ledger = m_store->addSubscription(QStringLiteral("https://ledger.example/rss"), QStringLiteral("Evening Ledger"))
                   .value();
    m_now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->upsertStories(m_harbour,
        { item(QStringLiteral("h1"), QStringLiteral("Harbour one"), m_now.addSecs(-600), QStringLiteral("<p>1</p>")),
            item(QStringLiteral("h2"), QStringLiteral("Harbour two"), m_now.addSecs(-1200), QStringLiteral("<p>2</p>")),
            item(QStringLiteral("h3"), QStringLiteral("Harbour three"), m_now.addSecs(-1800),
                QStringLiteral("<p>3</p>")),
            item(QStringLiteral("h4"), QStringLiteral("Harbour four"), m_now.addSecs(-2400),
                QStringLiteral("<p>4</p>")) }));
    QVERIFY(m_store->upsertStories(m_ledger,
        { item(QStringLiteral("l1"), QStringLiteral("Ledger one"), m_now.addSecs(-900), QStringLiteral("<p>a</p>")),
            item(QStringLiteral("l2"), QStringLiteral("Ledger two"), m_now.addSecs(-1500),
                QStringLiteral("<p>b</p>")) }));
    m_pipeline = std::make_unique<FakePipeline>();
    m_reader = openReader(*m_dir);
    QVERIFY(m_reader);
    makeWindow();
}

void TestStoryListActions::makeWindow()
{
    m_window = std::make_unique<Ui::MainWindow>(m_reader.get(), m_pipeline.get());
    m_window->resize(1300, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestStoryListActions::cleanup()
{
    m_window.reset();
    m_pipeline.reset();
    m_reader.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TestStoryListActions::listTitles() const
{
    QStringList titles;
    Ui::StoryListModel *model = m_window->storyModel();
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->storyAt(row).title);
    return titles;
}

void TestStoryListActions::showFeed(Core::SubscriptionId id)
{
    m_window->subscriptionPane()->selectSubscription(id);
    QCOMPARE(m_window->storyModel()->filter().kind, Core::StoryFilter::Kind::Subscription);
    QCOMPARE(m_window->storyModel()->filter().id, id);
}

// A right click on a row, as the view gets it.
QMenu *TestStoryListActions::openMenuOn(int row)
{
    QListView *list = m_window->storyList();
    const QPoint pos = list->visualRect(m_window->storyModel()->index(row)).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, list->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(list->viewport(), &event);
    return m_window->storyListActions()->menu();
}

void TestStoryListActions::contextMenuActionsWork()
{
    showFeed(m_harbour);
    QCOMPARE(listTitles(),
        (QStringList { QStringLiteral("Harbour one"), QStringLiteral("Harbour two"), QStringLiteral("Harbour three"),
            QStringLiteral("Harbour four") }));
    QMenu *menu = openMenuOn(1);
    QVERIFY(menu);
    QTRY_VERIFY(menu->isVisible());
    // The row under the pointer became the current story (and was read on select).
    QCOMPARE(m_window->storyList()->currentIndex().row(), 1);
    const Core::StoryId two = m_window->storyModel()->storyAt(1).id;
    QTRY_VERIFY(m_store->story(two)->row.read);
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(action->isSeparator() ? QStringLiteral("-") : action->text());
    QCOMPARE(texts,
        (QStringList { QStringLiteral("Open in Browser"), QStringLiteral("Copy Link"), QStringLiteral("-"),
            QStringLiteral("Mark as Unread"), QStringLiteral("Star"), QStringLiteral("-"),
            QStringLiteral("Mark All Above as Read"), QStringLiteral("Mark All Below as Read") }));

    UrlCatcher browser;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
    openMenuOn(1)->findChild<QAction *>(QStringLiteral("menuOpen"))->trigger();
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QCOMPARE(browser.opened, (QList<QUrl> { QUrl(QStringLiteral("https://example.org/h2")) }));

    openMenuOn(1)->findChild<QAction *>(QStringLiteral("menuCopyLink"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("https://example.org/h2"));

    openMenuOn(1)->findChild<QAction *>(QStringLiteral("menuToggleRead"))->trigger();
    QVERIFY(!m_window->storyModel()->storyAt(1).read);
    QTRY_VERIFY(!m_store->story(two)->row.read);
    openMenuOn(1)->findChild<QAction *>(QStringLiteral("menuToggleStar"))->trigger();
    QVERIFY(m_window->storyModel()->storyAt(1).starred);
    QTRY_VERIFY(m_store->story(two)->row.starred);
    if (QMenu *open = m_window->storyListActions()->menu())
        open->close();

    // Opened again, the menu says what the story is now.
    menu = openMenuOn(1);
    QVERIFY(menu);
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("menuToggleRead"))->text(), QStringLiteral("Mark as Read"));
    QCOMPARE(menu->findChild<QAction *>(QStringLiteral("menuToggleStar"))->text(), QStringLiteral("Unstar"));
    openMenuOn(1)->findChild<QAction *>(QStringLiteral("menuToggleStar"))->trigger();
    QTRY_VERIFY(!m_store->story(two)->row.starred);
    if (QMenu *open = m_window->storyListActions()->menu())
        open->close();
    // The first row has nothing above it.
    menu = openMenuOn(0);
    QVERIFY(!menu->findChild<QAction *>(QStringLiteral("menuMarkAbove"))->isEnabled());
    QVERIFY(menu->findChild<QAction *>(QStringLiteral("menuMarkBelow"))->isEnabled());
    if (QMenu *open = m_window->storyListActions()->menu())
        open->close();
}

void TestStoryListActions::markAboveAndBelowWithUndo()
{
    m_window->settings().setMarkReadOnSelect(false);
    showFeed(m_harbour);
    Core::StoryFilter unread;
    unread.kind = Core::StoryFilter::Kind::Unread;
    QCOMPARE(m_store->countStories(unread), 6);
    QMenu *menu = openMenuOn(1);
    QVERIFY(menu);
    menu->findChild<QAction *>(QStringLiteral("menuMarkBelow"))->trigger();
    QTRY_VERIFY(m_window->readState()->canUndo());
    const Ui::StoryListModel *model = m_window->storyModel();
    // Rows 2 and 3 of this feed only; row 1 itself and the other feed stay.
    QCOMPARE(m_store->countStories(unread), 4);
    QVERIFY(!model->storyAt(0).read && !model->storyAt(1).read);
    QVERIFY(model->storyAt(2).read && model->storyAt(3).read);
    QVERIFY(m_store->story(model->storyAt(3).id)->row.read);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Marked 2 stories as read."));
    // The window's undo takes it back.
    m_window->actions().undoMarkRead->trigger();
    QTRY_VERIFY(!m_window->readState()->canUndo());
    QCOMPARE(m_store->countStories(unread), 6);
    QVERIFY(!model->storyAt(2).read);

    // Above, through the Story menu's action on the current story.
    m_window->storyList()->setCurrentIndex(model->index(2));
    m_window->actions().markAboveRead->trigger();
    QTRY_VERIFY(m_window->readState()->canUndo());
    QCOMPARE(m_store->countStories(unread), 4);
    QVERIFY(model->storyAt(0).read && model->storyAt(1).read && !model->storyAt(2).read);
    QVERIFY(m_store->story(model->storyAt(0).id)->row.read);
}

void TestStoryListActions::nextUnreadCrossesToAnotherFeed()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    showFeed(m_harbour);
    QListView *list = m_window->storyList();
    list->setFocus();
    QVERIFY(m_store->setRead(m_window->storyModel()->storyAt(1).id, true));
    m_window->storyModel()->reload();
    m_window->treeModel()->refreshCounts();
    m_window->selectStory(m_window->storyModel()->storyAt(0).id);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_N); // row 1 is read: skipped
    QCOMPARE(list->currentIndex().row(), 2);
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(list->currentIndex().row(), 3);
    QCOMPARE(m_window->viewTitle(), QStringLiteral("Harbour Times"));
    // Nothing unread is left here: on to the next feed with unread stories.
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(m_window->viewTitle(), QStringLiteral("Evening Ledger"));
    QCOMPARE(m_window->storyModel()->filter().id, m_ledger);
    QCOMPARE(list->currentIndex().row(), 0);
    QCOMPARE(m_window->storyModel()->storyAt(0).title, QStringLiteral("Ledger one"));
    QCOMPARE(
        m_window->subscriptionPane()->currentNode().data(Ui::SubscriptionTreeModel::IdRole).toLongLong(), m_ledger);
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(m_window->storyModel()->storyAt(list->currentIndex().row()).title, QStringLiteral("Ledger two"));
    // Every story read (each write done, on a busy machine too): it stays and says so.
    Core::StoryFilter unread;
    unread.kind = Core::StoryFilter::Kind::Unread;
    QTRY_COMPARE(m_store->countStories(unread), 0);
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(m_window->viewTitle(), QStringLiteral("Evening Ledger"));
    QCOMPARE(list->currentIndex().row(), 1);
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("No unread stories left."));
}

void TestStoryListActions::unreadOnlyHidesReadStories()
{
    showFeed(m_harbour);
    QVERIFY(m_store->setRead(m_window->storyModel()->storyAt(1).id, true));
    QVERIFY(m_store->setRead(m_window->storyModel()->storyAt(3).id, true));
    QAction *unreadOnly = m_window->actions().unreadOnly;
    QVERIFY(unreadOnly->isCheckable());
    QVERIFY(!unreadOnly->isChecked());
    unreadOnly->setChecked(true);
    QCOMPARE(listTitles(), (QStringList { QStringLiteral("Harbour one"), QStringLiteral("Harbour three") }));
    QVERIFY(m_window->storyModel()->filter().unreadOnly);
    // It holds for other views too, and is remembered.
    m_window->subscriptionPane()->selectSubscription(m_ledger);
    QCOMPARE(listTitles(), (QStringList { QStringLiteral("Ledger one"), QStringLiteral("Ledger two") }));
    m_window->settings().sync();
    QVERIFY(Ui::Settings(m_dir->path()).unreadOnly());
    m_window->close();
    makeWindow();
    QVERIFY(m_window->actions().unreadOnly->isChecked());
    showFeed(m_harbour);
    QCOMPARE(listTitles(), (QStringList { QStringLiteral("Harbour one"), QStringLiteral("Harbour three") }));
    m_window->actions().unreadOnly->setChecked(false);
    QCOMPARE(listTitles().size(), 4);
    m_window->settings().sync();
    QVERIFY(!Ui::Settings(m_dir->path()).unreadOnly());
}

void TestStoryListActions::oldestFirstAcrossAPageBoundary()
{
    // 150 more stories, a minute apart: more than one page.
    QList<Core::ParsedItem> many;
    for (int i = 0; i < 150; ++i)
        many.append(item(QStringLiteral("m%1").arg(i), QStringLiteral("Many %1").arg(i),
            m_now.addDays(-1).addSecs(-60 * i), QStringLiteral("<p>m</p>")));
    QVERIFY(m_store->upsertStories(m_harbour, many));
    showFeed(m_harbour);
    QCOMPARE(m_window->storyModel()->rowCount(), Ui::StoryListModel::PageSize);
    QCOMPARE(m_window->storyModel()->storyAt(0).title, QStringLiteral("Harbour one"));
    m_window->actions().oldestFirst->setChecked(true);
    QVERIFY(m_window->storyModel()->filter().oldestFirst);
    Ui::StoryListModel *model = m_window->storyModel();
    QCOMPARE(model->storyAt(0).title, QStringLiteral("Many 149"));
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), 154);
    QVERIFY(!model->canFetchMore({}));
    QStringList expected;
    for (int i = 149; i >= 0; --i)
        expected.append(QStringLiteral("Many %1").arg(i));
    expected << QStringLiteral("Harbour four") << QStringLiteral("Harbour three") << QStringLiteral("Harbour two")
             << QStringLiteral("Harbour one");
    QCOMPARE(listTitles(), expected);
    // A new story lands at the bottom, where it belongs in this order.
    QVERIFY(m_store->upsertStories(
        m_harbour, { item(QStringLiteral("new"), QStringLiteral("Brand new"), m_now, QStringLiteral("<p>n</p>")) }));
    Q_EMIT m_pipeline->storiesAdded(m_harbour, { storyByTitle(m_store.get(), QStringLiteral("Brand new")) });
    QCOMPARE(listTitles().constLast(), QStringLiteral("Brand new"));
    m_window->settings().sync();
    QVERIFY(Ui::Settings(m_dir->path()).oldestFirst());
}

void TestStoryListActions::removedStoriesLeaveTheList()
{
    m_window->settings().setMarkReadOnSelect(false);
    showFeed(m_harbour);
    Ui::StoryListModel *model = m_window->storyModel();
    const Core::StoryId current = model->storyAt(3).id;
    m_window->selectStory(current);
    // Retention keeps the newest story only; the list is told what went.
    const Core::Result<QList<Core::StoryId>> removed = m_store->applyRetention({ 0, 1 }, m_harbour);
    QVERIFY(removed);
    QCOMPARE(removed->size(), 3);
    Q_EMIT m_pipeline->storiesRemoved(*removed);
    // The story on show stays until the view changes; the others go.
    QCOMPARE(listTitles(), (QStringList { QStringLiteral("Harbour one"), QStringLiteral("Harbour four") }));
    QCOMPARE(m_window->storyList()->currentIndex().row(), 1);
    QCOMPARE(model->storyAt(1).id, current);
    QVERIFY(!m_store->story(model->storyAt(0).id)->row.read); // nothing else was selected and read
    showFeed(m_ledger);
    showFeed(m_harbour);
    QCOMPARE(listTitles(), (QStringList { QStringLiteral("Harbour one") }));
}

QTEST_MAIN(TestStoryListActions)
#include "tst_story_list_actions.moc"
