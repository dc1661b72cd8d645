// The window on a small screen: it fits, title bar and frame included, also
// from a saved geometry larger than the screen; at 800×600 the tree and the
// list keep their minimum widths and the reading pane gives way first. And
// the text around the list: an empty search says so, leaving a search clears
// the field, a picked completion runs, a right-to-left headline and meta line
// follow the article.

#include "models/story_list_model.h"
#include "models/welcome_feed.h"
#include "reading/reading_pane.h"
#include "ui_fixture.h"
#include "widgets/search_field.h"
#include "window/main_window.h"
#include "window/read_state.h"
#include "window/subscription_pane.h"

#include <QCompleter>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>

using namespace UiTest;

class TestWindowLayout final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void panesKeepMinimumWidthsAt800x600();
    void savedGeometryLargerThanScreenFits();
    void searchWithoutResultsSaysSo();
    void leavingSearchClearsField();
    void pickedCompletionRunsSearch();
    void rightToLeftHeadlineAndMeta();
    void welcomeFeedNamesRealMenus();
    void undoButtonLeavesItsMessageVisible();

private:
    std::unique_ptr<Ui::MainWindow> openWindow();
    QList<int> paneWidths(Ui::MainWindow &window) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Core::Store> m_reader;
    Core::SubscriptionId m_feed = 0;
};

void TestWindowLayout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = openStore(*m_dir);
    QVERIFY(m_store);
    m_feed = m_store
                 ->addSubscription(QStringLiteral("https://harbour.example/feed"),
                     QStringLiteral("The Harbour Times, with a rather long name for a narrow tree"))
                 .value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto added = m_store->upsertStories(m_feed,
        { item(QStringLiteral("h1"), QStringLiteral("Ferry timetable changes for the whole of the winter season"),
              now.addSecs(-600), QStringLiteral("<p>New ferry times start on Monday.</p>")),
            item(QStringLiteral("h2"), QStringLiteral("Container traffic grows"), now.addSecs(-3600),
                QStringLiteral("<p>More boxes than ever.</p>")) });
    QVERIFY(added && added->size() == 2);
    QVERIFY(m_store->saveArticle(storyByTitle(m_store.get(), QStringLiteral("Container traffic grows")),
        article(QStringLiteral("Container traffic grows"), QStringLiteral("<p>Volumes rose.</p>"),
            { QStringLiteral("Shipping") })));
    m_reader = openReader(*m_dir);
    QVERIFY(m_reader);
}

void TestWindowLayout::cleanup()
{
    m_reader.reset();
    m_store.reset();
    m_dir.reset();
}

std::unique_ptr<Ui::MainWindow> TestWindowLayout::openWindow()
{
    auto window = std::make_unique<Ui::MainWindow>(m_reader.get());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    return window;
}

QList<int> TestWindowLayout::paneWidths(Ui::MainWindow &window) const
{
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    return { splitter->widget(0)->width(), splitter->widget(1)->width(), splitter->widget(2)->width() };
}

void TestWindowLayout::panesKeepMinimumWidthsAt800x600()
{
    std::unique_ptr<Ui::MainWindow> window = openWindow();
    QVERIFY(window);
    window->resize(1300, 700);
    QTRY_COMPARE(window->width(), 1300);
    const QList<int> wide = paneWidths(*window);
    QVERIFY2(wide.at(2) > Ui::MainWindow::PaneMinWidth + 300, qPrintable(QString::number(wide.at(2))));

    // Narrower: only the reading pane gives way.
    window->resize(1100, 700);
    QTRY_COMPARE(window->width(), 1100);
    const QList<int> narrower = paneWidths(*window);
    QCOMPARE(narrower.at(0), wide.at(0));
    QCOMPARE(narrower.at(1), wide.at(1));
    QCOMPARE(narrower.at(2), wide.at(2) - 200);

    window->resize(800, 600);
    QTRY_COMPARE(window->width(), 800);
    const QList<int> small = paneWidths(*window);
    QVERIFY2(small.at(0) >= Ui::MainWindow::TreeMinWidth, qPrintable(QString::number(small.at(0))));
    QVERIFY2(small.at(1) >= Ui::MainWindow::ListMinWidth, qPrintable(QString::number(small.at(1))));
    QVERIFY2(small.at(2) >= Ui::MainWindow::PaneMinWidth, qPrintable(QString::number(small.at(2))));
    QVERIFY(small.at(2) < narrower.at(2));
    // Everything is inside the window: nothing pushed past its edge.
    QVERIFY(small.at(0) + small.at(1) + small.at(2) <= window->width());
}

void TestWindowLayout::savedGeometryLargerThanScreenFits()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        std::unique_ptr<Ui::MainWindow> window = openWindow();
        QVERIFY(window);
        // As if saved on a bigger screen.
        window->setGeometry(QRect(available.topLeft() + QPoint(300, 200), available.size() * 2));
        QTRY_VERIFY(window->width() > available.width());
        window->close(); // saves the geometry
    }
    std::unique_ptr<Ui::MainWindow> window = openWindow();
    QVERIFY(window);
    QTRY_VERIFY2(available.contains(window->frameGeometry()),
        qPrintable(QStringLiteral("frame %1,%2 %3x%4 on %5x%6")
                       .arg(window->frameGeometry().x())
                       .arg(window->frameGeometry().y())
                       .arg(window->frameGeometry().width())
                       .arg(window->frameGeometry().height())
                       .arg(available.width())
                       .arg(available.height())));
    const QList<int> widths = paneWidths(*window);
    QVERIFY(widths.at(0) >= Ui::MainWindow::TreeMinWidth);
    QVERIFY(widths.at(1) >= Ui::MainWindow::ListMinWidth);
}

void TestWindowLayout::searchWithoutResultsSaysSo()
{
    std::unique_ptr<Ui::MainWindow> window = openWindow();
    QVERIFY(window);
    QVERIFY(!window->emptyNotice()->isVisible());
    window->search(QStringLiteral("zeppelin"));
    QCOMPARE(window->storyModel()->rowCount(), 0);
    QVERIFY(window->emptyNotice()->isVisible());
    QVERIFY(window->emptyNotice()->text().contains(QStringLiteral("zeppelin")));
    QCOMPARE(window->emptyNotice()->parentWidget(), window->storyList()->viewport()); // in the list area
    QVERIFY(window->emptyNotice()->width() > 0);
    // A search that finds something hides it again.
    window->search(QStringLiteral("ferry"));
    QVERIFY(window->storyModel()->rowCount() > 0);
    QVERIFY(!window->emptyNotice()->isVisible());
}

void TestWindowLayout::leavingSearchClearsField()
{
    std::unique_ptr<Ui::MainWindow> window = openWindow();
    QVERIFY(window);
    Ui::SearchField *field = window->searchField();
    // Selecting a feed.
    window->search(QStringLiteral("ferry"));
    QCOMPARE(field->text(), QStringLiteral("ferry"));
    window->subscriptionPane()->selectSubscription(m_feed);
    QTRY_VERIFY(window->viewTitle() != QStringLiteral("Search: ferry"));
    QVERIFY(field->text().isEmpty());
    // Esc in the field.
    window->search(QStringLiteral("ferry"));
    field->setFocus();
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(field->text().isEmpty());
    QVERIFY(window->viewTitle() != QStringLiteral("Search: ferry"));
    // Clearing it by hand.
    window->search(QStringLiteral("boxes"));
    field->clear();
    QVERIFY(window->viewTitle() != QStringLiteral("Search: boxes"));
}

void TestWindowLayout::pickedCompletionRunsSearch()
{
    std::unique_ptr<Ui::MainWindow> window = openWindow();
    QVERIFY(window);
    Ui::SearchField *field = window->searchField();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("tag:Shi"));
    Q_EMIT field->topicCompleter()->activated(QStringLiteral("Shipping"));
    QCOMPARE(field->text(), QStringLiteral("tag:\"Shipping\" "));
    QCOMPARE(window->viewTitle(), QStringLiteral("Search: tag:\"Shipping\""));
    QCOMPARE(window->storyModel()->rowCount(), 1);
    QCOMPARE(window->storyModel()->storyAt(0).title, QStringLiteral("Container traffic grows"));
}

void TestWindowLayout::rightToLeftHeadlineAndMeta()
{
    const auto added = m_store->upsertStories(m_feed,
        { item(QStringLiteral("ar"), QStringLiteral("خبر"), QDateTime::currentDateTimeUtc(),
            QStringLiteral("<p>نص</p>")) });
    QVERIFY(added && !added->isEmpty());
    Core::Article rtl = article(QStringLiteral("خبر عاجل من الميناء"), QStringLiteral("<p>هذا نص المقال.</p>"), {});
    rtl.dir = QStringLiteral("rtl");
    rtl.lang = QStringLiteral("ar");
    rtl.byline = QStringLiteral("John Smith");
    QVERIFY(m_store->saveArticle(added->first(), rtl));
    std::unique_ptr<Ui::MainWindow> window = openWindow();
    QVERIFY(window);
    window->selectStory(added->first());
    auto *headline = window->readingPane()->findChild<QLabel *>(QStringLiteral("headline"));
    auto *meta = window->readingPane()->findChild<QLabel *>(QStringLiteral("storyMeta"));
    QVERIFY(headline && meta);
    QCOMPARE(headline->text(), QStringLiteral("خبر عاجل من الميناء"));
    QCOMPARE(headline->layoutDirection(), Qt::RightToLeft);
    // On screen the headline and the meta line start at the right edge.
    QVERIFY(QStyle::visualAlignment(headline->layoutDirection(), headline->alignment()) & Qt::AlignRight);
    QVERIFY(QStyle::visualAlignment(meta->layoutDirection(), meta->alignment()) & Qt::AlignRight);
    QVERIFY(meta->text().contains(QStringLiteral("dir=\"rtl\"")));
    // The Latin name is isolated from the Arabic around it.
    QVERIFY(meta->text().contains(QChar(0x2068) + QStringLiteral("John Smith") + QChar(0x2069)));

    // A left-to-right story is laid out left to right again.
    window->selectStory(storyByTitle(m_store.get(), QStringLiteral("Container traffic grows")));
    QCOMPARE(headline->layoutDirection(), Qt::LeftToRight);
    QVERIFY(QStyle::visualAlignment(headline->layoutDirection(), headline->alignment()) & Qt::AlignLeft);
    QVERIFY(meta->text().contains(QStringLiteral("dir=\"ltr\"")));
}

void TestWindowLayout::welcomeFeedNamesRealMenus()
{
    QTemporaryDir dir;
    std::unique_ptr<Core::Store> store = openStore(dir);
    QVERIFY(store);
    QVERIFY(Ui::ensureWelcomeFeed(store.get()));
    Ui::MainWindow window(store.get());
    const auto plain = [](QString text) { return text.remove(QLatin1Char('&')).remove(QChar(0x2026)).trimmed(); };
    // Every "<b>Menu → Action</b>" the welcome stories name is in that menu.
    static const QRegularExpression path(QStringLiteral("<b>([^<]+?) → ([^<]+?)</b>"));
    int named = 0;
    for (const Core::StoryRow &row : store->stories(Core::StoryFilter {}, std::nullopt, 100)) {
        const QString html = store->story(row.id)->contentHtml + store->story(row.id)->summaryHtml;
        for (auto it = path.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            ++named;
            QMenu *menu = nullptr;
            for (QAction *top : window.menuBar()->actions()) {
                if (plain(top->text()) == match.captured(1))
                    menu = top->menu();
            }
            QVERIFY2(menu, qPrintable(QStringLiteral("no menu %1 (in “%2”)").arg(match.captured(1), row.title)));
            bool found = false;
            for (QAction *action : menu->actions())
                found = found || plain(action->text()) == match.captured(2);
            QVERIFY2(found,
                qPrintable(
                    QStringLiteral("no %1 in %2 (in “%3”)").arg(match.captured(2), match.captured(1), row.title)));
        }
    }
    QVERIFY(named >= 3);
}

void TestWindowLayout::undoButtonLeavesItsMessageVisible()
{
    std::unique_ptr<Ui::MainWindow> window = openWindow();
    QVERIFY(window);
    window->resize(800, 600);
    Core::StoryFilter feed;
    feed.kind = Core::StoryFilter::Kind::Subscription;
    feed.id = m_feed;
    window->readState()->markAllRead(feed);
    QTRY_VERIFY(window->readState()->canUndo());
    auto *undo = window->findChild<QToolButton *>(QStringLiteral("undoButton"));
    QVERIFY(undo->isVisible());
    const QString message = window->statusBar()->currentMessage();
    QCOMPARE(message, QStringLiteral("Marked 2 stories as read."));
    // The message is drawn from the bar's leading edge; the button starts
    // after the whole of it.
    const int messageEnd = window->statusBar()->fontMetrics().horizontalAdvance(message) + 8;
    QVERIFY2(undo->geometry().left() > messageEnd,
        qPrintable(QStringLiteral("button at %1, message to %2").arg(undo->geometry().left()).arg(messageEnd)));
}

QTEST_MAIN(TestWindowLayout)
#include "tst_window_layout.moc"
