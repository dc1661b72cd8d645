// The main window over a real Store: reading, chips, tag search, keys,
// live pipeline events, mark-as-read with undo.

#include "models/story_list_model.h"
#include "models/subscription_tree_model.h"
#include "models/welcome_feed.h"
#include "pipeline/storage_writer.h"
#include "reading/chip_bar.h"
#include "reading/reading_browser.h"
#include "reading/reading_pane.h"
#include "store_fixture.h"
#include "ui_fixture.h"
#include "widgets/search_field.h"
#include "window/main_actions.h"
#include "window/main_window.h"
#include "window/read_state.h"
#include "window/subscription_controller.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTextBlock>
#include <QToolButton>

using namespace UiTest;
using Outcome = Ui::SubscriptionController::Outcome;

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void selectingShowsCleanTextAndChips();
    void chipShowsTopicFromEveryFeed();
    void backReturnsToPreviousViewAndStory();
    void tagSearchMatchesChip();
    void tagSearchCombinesWithWords();
    void keyboardNavigation();
    void spacePagesThenMovesOn();
    void cleaningShowsFeedTextThenArticle();
    void cleaningFailureKeepsFeedText();
    void newStoriesAppearLive();
    void markFeedReadAndUndo();
    void fontSizeIsRemembered();
    void welcomeFeedFillsEmptyProfile();
    void rightToLeftArticle();
    void failingFeedIsMarked();
    void opmlRoundTrip();
    void aListThatCannotBeReadSaysSo();

private:
    QStringList listTitles() const;
    QSet<Core::SubscriptionId> listFeeds() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store; // the test's own, read-write
    std::unique_ptr<Core::Store> m_reader; // the window's, read-only
    std::unique_ptr<FakePipeline> m_pipeline;
    std::unique_ptr<Ui::MainWindow> m_window;
    Core::SubscriptionId m_harbour = 0;
    Core::SubscriptionId m_ledger = 0;
};

void TestMainWindow::init()
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

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Core::ParsedItem> harbour = {
        item(QStringLiteral("h1"), QStringLiteral("Xi Jinping visits the harbour"), now.addSecs(-600),
            QStringLiteral("<p>Feed summary of the visit.</p>")),
        item(QStringLiteral("h2"), QStringLiteral("Ferry timetable changes"), now.addSecs(-3600),
            QStringLiteral("<p>New ferry times start on Monday.</p>")),
        item(QStringLiteral("h3"), QStringLiteral("Container traffic grows"), now.addSecs(-7200),
            QStringLiteral("<p>More boxes than ever.</p>")),
    };
    QList<Core::ParsedItem> ledger = {
        item(QStringLiteral("l1"), QStringLiteral("Markets wait for Beijing"), now.addSecs(-1800),
            QStringLiteral("<p>Traders are cautious.</p>")),
        item(QStringLiteral("l2"), QStringLiteral("Xi Jinping meets exporters"), now.addSecs(-5400),
            QStringLiteral("<p>A meeting in the capital.</p>")),
    };
    QVERIFY(m_store->upsertStories(m_harbour, harbour));
    QVERIFY(m_store->upsertStories(m_ledger, ledger));

    const Core::StoryId h1 = storyByTitle(m_store.get(), QStringLiteral("Xi Jinping visits the harbour"));
    const Core::StoryId l2 = storyByTitle(m_store.get(), QStringLiteral("Xi Jinping meets exporters"));
    const Core::StoryId h3 = storyByTitle(m_store.get(), QStringLiteral("Container traffic grows"));
    QVERIFY(h1 && l2 && h3);
    QVERIFY(m_store->saveArticle(h1,
        article(QStringLiteral("Xi Jinping visits the harbour"),
            QStringLiteral("<p>The cleaned article says the president toured the "
                           "new container terminal.</p>"),
            { QStringLiteral("Xi Jinping"), QStringLiteral("Shipping") })));
    QVERIFY(m_store->saveArticle(l2,
        article(QStringLiteral("Xi Jinping meets exporters"), QStringLiteral("<p>Exporters asked about tariffs.</p>"),
            { QStringLiteral("Xi Jinping"), QStringLiteral("Trade") })));
    QVERIFY(m_store->saveArticle(h3,
        article(QStringLiteral("Container traffic grows"), QStringLiteral("<p>Volumes rose by a tenth.</p>"),
            { QStringLiteral("Shipping") })));

    m_pipeline = std::make_unique<FakePipeline>();
    m_reader = openReader(*m_dir);
    QVERIFY(m_reader);
    m_window = std::make_unique<Ui::MainWindow>(m_reader.get(), m_pipeline.get());
    m_window->resize(1300, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_pipeline.reset();
    m_reader.reset();
    m_store.reset();
    m_dir.reset();
}

QStringList TestMainWindow::listTitles() const
{
    QStringList titles;
    Ui::StoryListModel *model = m_window->storyModel();
    for (int row = 0; row < model->rowCount(); ++row)
        titles.append(model->storyAt(row).title);
    return titles;
}

QSet<Core::SubscriptionId> TestMainWindow::listFeeds() const
{
    QSet<Core::SubscriptionId> feeds;
    Ui::StoryListModel *model = m_window->storyModel();
    for (int row = 0; row < model->rowCount(); ++row)
        feeds.insert(model->storyAt(row).subscriptionId);
    return feeds;
}

void TestMainWindow::selectingShowsCleanTextAndChips()
{
    QCOMPARE(m_window->storyModel()->rowCount(), 5);
    const auto unreadIn
        = [this](const QModelIndex &index) { return index.data(Ui::SubscriptionTreeModel::UnreadRole).toInt(); };
    Ui::SubscriptionTreeModel *tree = m_window->treeModel();
    QCOMPARE(unreadIn(tree->indexForSubscription(m_harbour)), 3);
    QCOMPARE(unreadIn(tree->indexForSmart(Core::StoryFilter::Kind::Unread)), 5);
    const Core::StoryId h1 = storyByTitle(m_store.get(), QStringLiteral("Xi Jinping visits the harbour"));
    m_window->selectStory(h1);
    // The counts follow at once, and agree with the store.
    QCOMPARE(unreadIn(tree->indexForSubscription(m_harbour)), 2);
    QCOMPARE(unreadIn(tree->indexForSmart(Core::StoryFilter::Kind::Unread)), 4);
    // Selecting marked it read, written on the storage thread.
    QTRY_VERIFY(m_store->story(h1)->row.read);
    tree->refreshCounts();
    QCOMPARE(unreadIn(tree->indexForSubscription(m_harbour)), 2);
    QCOMPARE(unreadIn(tree->indexForSmart(Core::StoryFilter::Kind::Unread)), 4);
    Ui::ReadingPane *pane = m_window->readingPane();
    QCOMPARE(pane->storyId(), h1);
    QVERIFY2(
        pane->bodyText().contains(QStringLiteral("toured the new container terminal")), qPrintable(pane->bodyText()));
    QVERIFY(!pane->bodyText().contains(QStringLiteral("Feed summary")));
    QCOMPARE(pane->chipBar()->topics(), (QStringList { QStringLiteral("Xi Jinping"), QStringLiteral("Shipping") }));
    // The chip says how many stories share the topic.
    const QList<QToolButton *> chips = pane->chipBar()->findChildren<QToolButton *>(QStringLiteral("chip"));
    QCOMPARE(chips.size(), 2);
    QVERIFY2(chips.at(0)->text().contains(QStringLiteral("2")), qPrintable(chips.at(0)->text()));
    QVERIFY(pane->noticeText().isEmpty());
}

void TestMainWindow::chipShowsTopicFromEveryFeed()
{
    m_window->selectStory(storyByTitle(m_store.get(), QStringLiteral("Xi Jinping visits the harbour")));
    QToolButton *chip = nullptr;
    for (QToolButton *candidate :
        m_window->readingPane()->chipBar()->findChildren<QToolButton *>(QStringLiteral("chip")))
        if (candidate->property("topic").toString() == QLatin1String("Xi Jinping"))
            chip = candidate;
    QVERIFY(chip);
    QVERIFY(chip->isVisible());
    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(listTitles(),
        (QStringList {
            QStringLiteral("Xi Jinping visits the harbour"), QStringLiteral("Xi Jinping meets exporters") }));
    QCOMPARE(listFeeds(), (QSet<Core::SubscriptionId> { m_harbour, m_ledger }));
    QCOMPARE(m_window->viewTitle(), QStringLiteral("Xi Jinping"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("viewTitle"))->text(), QStringLiteral("Xi Jinping"));
}

void TestMainWindow::backReturnsToPreviousViewAndStory()
{
    const Core::StoryId ferry = storyByTitle(m_store.get(), QStringLiteral("Ferry timetable changes"));
    m_window->selectStory(ferry);
    m_window->showTopic(QStringLiteral("Shipping"));
    QCOMPARE(m_window->storyModel()->rowCount(), 2);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->storyList(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(m_window->storyModel()->rowCount(), 5);
    QCOMPARE(m_window->readingPane()->storyId(), ferry);
    QVERIFY(!m_window->goBack()); // nothing further back
}

void TestMainWindow::tagSearchMatchesChip()
{
    m_window->showTopic(QStringLiteral("Xi Jinping"));
    const QStringList byChip = listTitles();
    QCOMPARE(byChip.size(), 2);
    m_window->goBack();

    Ui::SearchField *field = m_window->searchField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("tag:\"Xi Jinping\""));
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(listTitles(), byChip);
    QCOMPARE(listFeeds(), (QSet<Core::SubscriptionId> { m_harbour, m_ledger }));

    // topic: is the same.
    m_window->search(QStringLiteral("topic:\"xi jinping\""));
    QCOMPARE(listTitles(), byChip);
}

void TestMainWindow::tagSearchCombinesWithWords()
{
    m_window->search(QStringLiteral("tag:\"Xi Jinping\" tariffs"));
    QCOMPARE(listTitles(), QStringList { QStringLiteral("Xi Jinping meets exporters") });
    // The match is marked in the pane.
    m_window->selectStory(m_window->storyModel()->storyAt(0).id);
    const auto selections = m_window->readingPane()->browser()->extraSelections();
    QVERIFY(!selections.isEmpty());
    bool marked = false;
    for (const auto &selection : selections)
        marked = marked || selection.cursor.selectedText().compare(QLatin1String("tariffs"), Qt::CaseInsensitive) == 0;
    QVERIFY(marked);
}

void TestMainWindow::keyboardNavigation()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QListView *list = m_window->storyList();
    list->setFocus();
    m_window->selectStory(m_window->storyModel()->storyAt(0).id);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_N);
    QCOMPARE(list->currentIndex().row(), 2);
    QTest::keyClick(list, Qt::Key_K);
    QCOMPARE(list->currentIndex().row(), 1);
    QTest::keyClick(list, Qt::Key_P);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_K); // stays at the top
    QCOMPARE(list->currentIndex().row(), 0);

    const Core::StoryId first = m_window->storyModel()->storyAt(0).id;
    QTRY_VERIFY(m_store->story(first)->row.read); // read on select
    QTest::keyClick(list, Qt::Key_M);
    QVERIFY(!m_window->storyModel()->storyAt(0).read); // shown at once
    QTRY_VERIFY(!m_store->story(first)->row.read); // written soon after
    QTest::keyClick(list, Qt::Key_M);
    QTRY_VERIFY(m_store->story(first)->row.read);
    QTest::keyClick(list, Qt::Key_S);
    QVERIFY(m_window->storyModel()->storyAt(0).starred);
    QTRY_VERIFY(m_store->story(first)->row.starred);
    QTest::keyClick(list, Qt::Key_S);
    QTRY_VERIFY(!m_store->story(first)->row.starred);

    // Keys typed into the search field are text, not commands.
    m_window->searchField()->setFocus();
    QTest::keyClick(m_window->searchField(), Qt::Key_J);
    QCOMPARE(list->currentIndex().row(), 0);
    QCOMPARE(m_window->searchField()->text(), QStringLiteral("j"));
}

void TestMainWindow::spacePagesThenMovesOn()
{
    // A long story first, so Space has pages to turn.
    QString longHtml;
    for (int i = 0; i < 80; ++i)
        longHtml += QStringLiteral("<p>Paragraph %1 of a long story about tides, harbours and the sea.</p>").arg(i);
    const QDateTime newest = QDateTime::currentDateTimeUtc().addSecs(-30);
    QVERIFY(m_store->upsertStories(
        m_harbour, { item(QStringLiteral("long"), QStringLiteral("A long read"), newest, longHtml) }));
    m_window->storyModel()->reload();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QListView *list = m_window->storyList();
    list->setFocus();
    m_window->selectStory(storyByTitle(m_store.get(), QStringLiteral("A long read")));
    QCOMPARE(list->currentIndex().row(), 0);
    QScrollBar *bar = m_window->readingPane()->browser()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY(bar->value() > 0);
    QCOMPARE(list->currentIndex().row(), 0);
    int presses = 0;
    while (list->currentIndex().row() == 0 && presses < 100) {
        QTest::keyClick(list, Qt::Key_Space);
        ++presses;
    }
    QVERIFY(presses > 1);
    QCOMPARE(list->currentIndex().row(), 1);
}

void TestMainWindow::cleaningShowsFeedTextThenArticle()
{
    const Core::StoryId ferry = storyByTitle(m_store.get(), QStringLiteral("Ferry timetable changes"));
    m_window->selectStory(ferry);
    QVERIFY(m_pipeline->cleanRequests.contains(ferry));
    Ui::ReadingPane *pane = m_window->readingPane();
    QVERIFY(pane->bodyText().contains(QStringLiteral("New ferry times start on Monday.")));
    QVERIFY2(pane->noticeText().contains(QStringLiteral("Cleaning")), qPrintable(pane->noticeText()));

    QVERIFY(m_store->saveArticle(ferry,
        article(QStringLiteral("Ferry timetable changes"),
            QStringLiteral("<p>From Monday the first ferry leaves at six.</p>"), { QStringLiteral("Ferries") })));
    Q_EMIT m_pipeline->articleSaved(ferry);
    QVERIFY(pane->bodyText().contains(QStringLiteral("the first ferry leaves at six")));
    QVERIFY(pane->noticeText().isEmpty());
    QCOMPARE(pane->chipBar()->topics(), QStringList { QStringLiteral("Ferries") });

    // Cleaning it again fails (offline, after an upgrade): the article stays,
    // and the pane does not claim to show the feed's text.
    const Core::Error offline { Core::ErrorCode::NetworkError, QStringLiteral("host not found"), {} };
    QVERIFY(m_store->saveCleanFailure(ferry, offline));
    Q_EMIT m_pipeline->cleaningFailed(ferry, offline);
    QVERIFY(pane->bodyText().contains(QStringLiteral("the first ferry leaves at six")));
    QVERIFY2(pane->noticeText().isEmpty(), qPrintable(pane->noticeText()));
}

void TestMainWindow::cleaningFailureKeepsFeedText()
{
    const Core::StoryId markets = storyByTitle(m_store.get(), QStringLiteral("Markets wait for Beijing"));
    m_window->selectStory(markets);
    Q_EMIT m_pipeline->cleaningStarted(markets);
    QVERIFY(m_window->readingPane()->noticeText().contains(QStringLiteral("Cleaning")));
    const Core::Error gallery { Core::ErrorCode::NotAnArticle, QStringLiteral("video gallery"), {} };
    QVERIFY(m_store->saveCleanFailure(markets, gallery));
    Q_EMIT m_pipeline->cleaningFailed(markets, gallery);
    Ui::ReadingPane *pane = m_window->readingPane();
    QVERIFY(pane->bodyText().contains(QStringLiteral("Traders are cautious.")));
    QVERIFY2(pane->noticeText().contains(QStringLiteral("feed's text")), qPrintable(pane->noticeText()));
    // The stored code in words (no translator here: the English source), and its detail.
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("cleaningNote"))->toolTip(),
        QStringLiteral("The page holds no article: video gallery"));
}

void TestMainWindow::newStoriesAppearLive()
{
    const Core::StoryId selected = storyByTitle(m_store.get(), QStringLiteral("Ferry timetable changes"));
    m_window->selectStory(selected);
    const Core::Result<QList<Core::StoryId>> added = m_store->upsertStories(m_ledger,
        { item(QStringLiteral("l3"), QStringLiteral("Breaking: port strike ends"), QDateTime::currentDateTimeUtc(),
            QStringLiteral("<p>Work resumes.</p>")) });
    QVERIFY(added);
    QCOMPARE(added->size(), 1);
    Q_EMIT m_pipeline->storiesAdded(m_ledger, *added);
    QCOMPARE(m_window->storyModel()->rowCount(), 6);
    QCOMPARE(m_window->storyModel()->storyAt(0).title, QStringLiteral("Breaking: port strike ends"));
    // The reader's place is kept.
    QCOMPARE(m_window->readingPane()->storyId(), selected);
    QCOMPARE(m_window->storyList()->currentIndex().data(Ui::StoryListModel::IdRole).toLongLong(), selected);
}

void TestMainWindow::markFeedReadAndUndo()
{
    Core::StoryFilter unread;
    unread.kind = Core::StoryFilter::Kind::Unread;
    QCOMPARE(m_store->countStories(unread), 5);
    Core::StoryFilter harbour;
    harbour.kind = Core::StoryFilter::Kind::Subscription;
    harbour.id = m_harbour;
    QAction *undo = m_window->actions().undoMarkRead;
    QVERIFY(!undo->isEnabled());
    m_window->readState()->markAllRead(harbour);
    QTRY_VERIFY(m_window->readState()->canUndo()); // answered once committed
    QCOMPARE(m_store->countStories(unread), 2);
    QVERIFY(undo->isEnabled());
    QVERIFY(m_window->findChild<QToolButton *>(QStringLiteral("undoButton"))->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Marked 3 stories as read."));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->storyList(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_VERIFY(!m_window->readState()->canUndo());
    QCOMPARE(m_store->countStories(unread), 5);
    QVERIFY(!undo->isEnabled());
    QVERIFY(!m_window->findChild<QToolButton *>(QStringLiteral("undoButton"))->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Marked 3 stories as unread again."));

    // The menu's Mark Everything as Read does the same for every feed.
    m_window->actions().markEverythingRead->trigger();
    QTRY_VERIFY(m_window->readState()->canUndo());
    QCOMPARE(m_store->countStories(unread), 0);
    QCOMPARE(m_window->readState()->undoIds().size(), 5);
}

void TestMainWindow::fontSizeIsRemembered()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selectStory(m_window->storyModel()->storyAt(0).id);
    const int width = m_window->readingPane()->columnWidth();
    QTest::keyClick(m_window->storyList(), Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(m_window->storyList(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_window->readingPane()->fontDelta(), 2);
    QVERIFY(m_window->readingPane()->columnWidth() > width); // the measure follows the font
    m_window->close();
    m_window = std::make_unique<Ui::MainWindow>(m_reader.get(), m_pipeline.get());
    QCOMPARE(m_window->readingPane()->fontDelta(), 2);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->storyList(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_window->readingPane()->fontDelta(), 0);
}

void TestMainWindow::welcomeFeedFillsEmptyProfile()
{
    QTemporaryDir dir;
    std::unique_ptr<Core::Store> store = openStore(dir);
    QVERIFY(store);
    {
        Core::StorageWriter writer(store->profileDir()); // as the app does it
        QVERIFY(Ui::ensureWelcomeFeed(writer));
        QVERIFY(!Ui::ensureWelcomeFeed(writer)); // only once
    }
    const QList<Core::Subscription> subs = store->subscriptions();
    QCOMPARE(subs.size(), 1);
    QCOMPARE(subs.first().url, QString::fromLatin1(Ui::WelcomeFeedUrl));
    // Even if a pipeline tried to fetch it, the local feed is not shown as failing.
    QVERIFY(store->recordFetchFailure(
        subs.first().id, { Core::ErrorCode::NetworkError, QStringLiteral("Protocol \"tidings\" is unknown"), {} }));
    Ui::MainWindow window(store.get());
    QVERIFY(window.treeModel()->failingSubscriptions().isEmpty());
    QVERIFY(window.storyModel()->rowCount() >= 5);
    window.selectStory(window.storyModel()->storyAt(0).id);
    QVERIFY(window.readingPane()->bodyText().contains(QStringLiteral("Tidings")));
    QVERIFY(window.readingPane()->chipBar()->topics().contains(QStringLiteral("Tidings")));
    window.search(QStringLiteral("tag:\"Keyboard\""));
    QVERIFY(window.storyModel()->rowCount() >= 2);
}

void TestMainWindow::rightToLeftArticle()
{
    const auto added = m_store->upsertStories(m_ledger,
        { item(QStringLiteral("ar"), QStringLiteral("خبر"), QDateTime::currentDateTimeUtc(),
            QStringLiteral("<p>نص</p>")) });
    QVERIFY(added && !added->isEmpty());
    Core::Article rtl = article(QStringLiteral("خبر عاجل"), QStringLiteral("<p>هذا نص المقال باللغة العربية.</p>"), {});
    rtl.dir = QStringLiteral("rtl");
    rtl.lang = QStringLiteral("ar");
    QVERIFY(m_store->saveArticle(added->first(), rtl));
    m_window->storyModel()->reload();
    m_window->selectStory(added->first());
    Ui::ReadingBrowser *browser = m_window->readingPane()->browser();
    QVERIFY(browser->toPlainText().contains(QStringLiteral("هذا نص المقال")));
    QCOMPARE(browser->document()->begin().blockFormat().layoutDirection(), Qt::RightToLeft);
    QCOMPARE(m_window->readingPane()->findChild<QWidget *>(QStringLiteral("storyHeader"))->layoutDirection(),
        Qt::RightToLeft);
    // The next left-to-right story is laid out left to right again.
    m_window->selectStory(storyByTitle(m_store.get(), QStringLiteral("Container traffic grows")));
    QCOMPARE(browser->document()->begin().blockFormat().layoutDirection(), Qt::LeftToRight);
}

void TestMainWindow::failingFeedIsMarked()
{
    QToolButton *failing = m_window->findChild<QToolButton *>(QStringLiteral("failingFeedsButton"));
    QVERIFY(failing);
    QVERIFY(!failing->isVisible());
    QVERIFY(m_store->recordFetchFailure(
        m_ledger, { Core::ErrorCode::NetworkError, QStringLiteral("Host ledger.example not found"), {} }));
    Q_EMIT m_pipeline->subscriptionUpdated(m_ledger);
    QTRY_VERIFY(failing->isVisible());
    QVERIFY(failing->text().contains(QStringLiteral("1")));
    const QModelIndex index = m_window->treeModel()->indexForSubscription(m_ledger);
    QVERIFY(index.isValid());
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Host ledger.example not found")));
    QCOMPARE(index.data(Ui::SubscriptionTreeModel::ErrorRole).toString(),
        QStringLiteral("Network error: Host ledger.example not found"));
}

void TestMainWindow::opmlRoundTrip()
{
    const Core::FolderId folder = m_store->addFolder(QStringLiteral("Ports")).value();
    QVERIFY(m_store->moveSubscription(m_harbour, folder));
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("subs.opml"));
    QString summary;
    QVERIFY2(m_window->subscriptions()->exportOpmlFile(path, &summary) == Outcome::Done, qPrintable(summary));

    QTemporaryDir other;
    std::unique_ptr<Core::Store> store = openStore(other);
    QVERIFY(store);
    std::unique_ptr<Core::Store> reader = openReader(other);
    QVERIFY(reader);
    Ui::MainWindow window(reader.get());
    std::optional<Outcome> imported;
    const auto done = [&](Outcome outcome, const QString &text) {
        imported = outcome;
        summary = text;
    };
    window.subscriptions()->importOpmlFile(path, done);
    QTRY_VERIFY(imported.has_value());
    QVERIFY2(*imported == Outcome::Done, qPrintable(summary));
    const QList<Core::Subscription> subs = store->subscriptions();
    QCOMPARE(subs.size(), 2);
    QVERIFY(window.treeModel()->indexForSubscription(subs.at(0).id).isValid());
    const QList<Core::Folder> folders = store->folders();
    QCOMPARE(folders.size(), 1);
    QCOMPARE(folders.first().name, QStringLiteral("Ports"));
    QCOMPARE(store->subscriptionByUrl(QStringLiteral("https://harbour.example/feed"))->folderId, folders.first().id);

    // A file that is not OPML is refused with a reason, and nothing changes.
    QFile junk(out.filePath(QStringLiteral("junk.opml")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("<html><body>not a list</body>");
    junk.close();
    imported.reset();
    window.subscriptions()->importOpmlFile(junk.fileName(), done);
    QTRY_VERIFY(imported.has_value());
    QCOMPARE(*imported, Outcome::Failed);
    QVERIFY(!summary.isEmpty());
    QCOMPARE(store->subscriptions().size(), 2);
}

void TestMainWindow::aListThatCannotBeReadSaysSo()
{
    QSignalSpy failed(m_window->storyModel(), &Ui::StoryListModel::loadFailed);
    // Another connection takes the read state away under the window.
    const QString failure = StoreTest::execBehindTheStore(m_dir->path(), { QStringLiteral("DROP TABLE story_state") });
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_window->storyModel()->reload();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(m_window->storyModel()->rowCount(), 0);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Could not read the list")),
        qPrintable(m_window->statusBar()->currentMessage()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
