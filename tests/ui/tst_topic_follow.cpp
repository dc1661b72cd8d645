// Following a topic from a chip's menu, the followed topic in the sidebar
// with its unread count kept live, blocking a chip, and the topic header.
// A real Store in a temporary profile; the window reads through its own
// read-only connection and writes through its StorageWriter.

#include "models/story_list_model.h"
#include "models/subscription_tree_model.h"
#include "reading/chip_bar.h"
#include "reading/reading_pane.h"
#include "ui_fixture.h"
#include "window/main_actions.h"
#include "window/main_window.h"
#include "window/subscription_pane.h"
#include "window/topic_controller.h"
#include "window/topic_header.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>

using namespace UiTest;

namespace {

Core::Article withChips(const QString &title, const QList<std::pair<QString, QStringList>> &chips)
{
    QStringList names;
    for (const auto &chip : chips)
        names.append(chip.first);
    Core::Article result = article(title, QStringLiteral("<p>") + title + QStringLiteral(".</p>"), names);
    for (const auto &chip : chips)
        result.topicAliases.append(chip.second);
    return result;
}

QAction *menuAction(Ui::ChipBar *chips, const QString &topic, const QString &name)
{
    QMenu *menu = chips->menuFor(topic);
    menu->deleteLater();
    return menu->findChild<QAction *>(name);
}

} // namespace

class TestTopicFollow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void followFromTheChipMenuAddsALiveTopicToTheSidebar();
    void blockingRemovesTheChipEverywhere();
    void headerShowsCountsAndRelatedTopics();
    void renameShowsTheNewNameEverywhere();

private:
    int topicUnread(const QString &topic) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store; // the test's own, read-write
    std::unique_ptr<Core::Store> m_reader; // the window's, read-only
    std::unique_ptr<FakePipeline> m_pipeline;
    std::unique_ptr<Ui::MainWindow> m_window;
    QList<Core::SubscriptionId> m_feeds;
    Core::StoryId m_harbour = 0, m_ledger = 0, m_courier = 0;
};

void TestTopicFollow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = openStore(*m_dir);
    QVERIFY(m_store);
    m_feeds.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList titles = { QStringLiteral("Putin visits the harbour"), QStringLiteral("Putin meets exporters"),
        QStringLiteral("Kremlin statement") };
    QList<Core::StoryId> ids;
    for (int i = 0; i < titles.size(); ++i) {
        const Core::SubscriptionId feed = m_store
                                              ->addSubscription(QStringLiteral("https://feed%1.example/rss").arg(i),
                                                  QStringLiteral("Feed %1").arg(i))
                                              .value();
        m_feeds.append(feed);
        QVERIFY(m_store->upsertStories(feed,
            { item(QStringLiteral("s%1").arg(i), titles.at(i), now.addSecs(-600 * (i + 1)),
                QStringLiteral("<p>x</p>")) }));
        ids.append(storyByTitle(m_store.get(), titles.at(i)));
    }
    m_harbour = ids.at(0);
    m_ledger = ids.at(1);
    m_courier = ids.at(2);
    // One topic under three names in three feeds: the later "Putin" joins it.
    QVERIFY(m_store->saveArticle(m_harbour,
        withChips(titles.at(0),
            { { QStringLiteral("Vladimir Putin"), { QStringLiteral("putin") } },
                { QStringLiteral("Shipping"), {} } })));
    QVERIFY(m_store->saveArticle(
        m_ledger, withChips(titles.at(1), { { QStringLiteral("Putin"), {} }, { QStringLiteral("Trade"), {} } })));
    QVERIFY(m_store->saveArticle(m_courier,
        withChips(titles.at(2), { { QStringLiteral("Vladimir Putin"), {} }, { QStringLiteral("Kremlin"), {} } })));

    m_pipeline = std::make_unique<FakePipeline>();
    m_reader = openReader(*m_dir);
    QVERIFY(m_reader);
    m_window = std::make_unique<Ui::MainWindow>(m_reader.get(), m_pipeline.get());
    m_window->settings().setMarkReadOnSelect(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTopicFollow::cleanup()
{
    m_window.reset();
    m_pipeline.reset();
    m_reader.reset();
    m_store.reset();
    m_dir.reset();
}

int TestTopicFollow::topicUnread(const QString &topic) const
{
    const QModelIndex index = m_window->treeModel()->indexForTopic(topic);
    return index.isValid() ? index.data(Ui::SubscriptionTreeModel::UnreadRole).toInt() : -1;
}

void TestTopicFollow::followFromTheChipMenuAddsALiveTopicToTheSidebar()
{
    m_window->selectStory(m_ledger);
    Ui::ChipBar *chips = m_window->readingPane()->chipBar();
    QCOMPARE(chips->topics(), (QStringList { QStringLiteral("Vladimir Putin"), QStringLiteral("Trade") }));
    QVERIFY(!m_window->treeModel()->indexForTopic(QStringLiteral("Vladimir Putin")).isValid());
    QAction *follow = menuAction(chips, QStringLiteral("Vladimir Putin"), QStringLiteral("followTopic"));
    QVERIFY(follow);
    QCOMPARE(follow->text(), QStringLiteral("Follow topic"));
    follow->trigger();

    // Under "Topics" once the write is committed, with its unread stories
    // from all three feeds.
    QTRY_VERIFY(m_window->treeModel()->indexForTopic(QStringLiteral("putin")).isValid());
    const QModelIndex topic = m_window->treeModel()->indexForTopic(QStringLiteral("Vladimir Putin"));
    QCOMPARE(topic.data(Qt::DisplayRole).toString(), QStringLiteral("Vladimir Putin"));
    QCOMPARE(topic.parent().data(Qt::DisplayRole).toString(), QStringLiteral("Topics"));
    QCOMPARE(topicUnread(QStringLiteral("Vladimir Putin")), 3);
    QCOMPARE(m_window->treeModel()->followedTopics(), QStringList { QStringLiteral("Vladimir Putin") });
    QCOMPARE(menuAction(chips, QStringLiteral("Vladimir Putin"), QStringLiteral("followTopic"))->text(),
        QStringLiteral("Unfollow topic"));

    // Reading a story takes it off the count at once, and the store agrees.
    m_window->actions().toggleRead->trigger();
    QCOMPARE(topicUnread(QStringLiteral("Vladimir Putin")), 2);
    QTRY_COMPARE(m_reader->topic(QStringLiteral("putin"))->unread, 2);
    m_window->treeModel()->refreshCounts();
    QCOMPARE(topicUnread(QStringLiteral("Vladimir Putin")), 2);

    // A new story on the topic, from any feed, counts as soon as it is cleaned.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->upsertStories(
        m_feeds.at(2), { item(QStringLiteral("s9"), QStringLiteral("Putin again"), now, QStringLiteral("<p>y</p>")) }));
    const Core::StoryId fresh = storyByTitle(m_store.get(), QStringLiteral("Putin again"));
    QVERIFY(m_store->saveArticle(fresh, withChips(QStringLiteral("Putin again"), { { QStringLiteral("Putin"), {} } })));
    Q_EMIT m_pipeline->storiesAdded(m_feeds.at(2), { fresh });
    Q_EMIT m_pipeline->articleSaved(fresh);
    QTRY_COMPARE(topicUnread(QStringLiteral("Vladimir Putin")), 3);

    // Choosing it in the sidebar lists its stories from every feed.
    QTreeView *tree = m_window->subscriptionPane()->view();
    tree->setCurrentIndex(m_window->treeModel()->indexForTopic(QStringLiteral("Vladimir Putin")));
    QCOMPARE(m_window->viewTitle(), QStringLiteral("Vladimir Putin"));
    QCOMPARE(m_window->storyModel()->rowCount(), 4);
    QVERIFY(m_window->topicHeader()->isVisible());
    QCOMPARE(m_window->topicHeader()->countsText(), QStringLiteral("4 stories in 3 feeds"));
    QVERIFY(m_window->topicHeader()->followButton()->isChecked());

    // Unfollowing from the header takes it out of the sidebar.
    m_window->topicHeader()->followButton()->click();
    QTRY_VERIFY(!m_window->treeModel()->indexForTopic(QStringLiteral("Vladimir Putin")).isValid());
    QVERIFY(!m_window->topicHeader()->followButton()->isChecked());
    QVERIFY(m_window->treeModel()->followedTopics().isEmpty());
}

void TestTopicFollow::blockingRemovesTheChipEverywhere()
{
    m_window->selectStory(m_ledger);
    Ui::ChipBar *chips = m_window->readingPane()->chipBar();
    QAction *block = menuAction(chips, QStringLiteral("Trade"), QStringLiteral("blockTopic"));
    QVERIFY(block);
    QCOMPARE(block->text(), QStringLiteral("Never show this chip"));
    block->trigger();
    // Gone at once, before the write is even committed.
    QCOMPARE(chips->topics(), QStringList { QStringLiteral("Vladimir Putin") });
    QTRY_VERIFY(m_reader->topic(QStringLiteral("Trade"))->blocked);
    // And for good: shown again, the story has no such chip; completion and
    // the tagger's block list know it.
    m_window->selectStory(m_harbour);
    m_window->selectStory(m_ledger);
    QCOMPARE(chips->topics(), QStringList { QStringLiteral("Vladimir Putin") });
    QVERIFY(m_reader->topicsLike(QStringLiteral("tra")).isEmpty());
    QVERIFY(m_reader->corpusStats().blockedTopics.contains(QStringLiteral("trade")));
    // Nor among a topic's related chips.
    m_window->showTopic(QStringLiteral("Putin"));
    QVERIFY(!m_window->topicHeader()->related()->topics().contains(QStringLiteral("Trade")));

    // View > Hidden Topic Chips lists it; Show Again brings it back.
    m_window->selectStory(m_ledger);
    m_window->actions().hiddenChips->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("hiddenChipsDialog"));
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("hiddenChips"));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Trade"));
    auto *showAgain = dialog->findChild<QPushButton *>(QStringLiteral("showAgain"));
    QVERIFY(!showAgain->isEnabled());
    list->setCurrentRow(0);
    showAgain->click();
    QCOMPARE(list->count(), 0);
    QTRY_COMPARE(chips->topics(), (QStringList { QStringLiteral("Vladimir Putin"), QStringLiteral("Trade") }));
    QVERIFY(!m_reader->topic(QStringLiteral("Trade"))->blocked);
    dialog->close();
}

void TestTopicFollow::headerShowsCountsAndRelatedTopics()
{
    Ui::TopicHeader *header = m_window->topicHeader();
    QVERIFY(!header->isVisible());
    m_window->showTopic(QStringLiteral("Putin"));
    QVERIFY(header->isVisible());
    QCOMPARE(m_window->viewTitle(), QStringLiteral("Vladimir Putin"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("viewTitle"))->text(), QStringLiteral("Vladimir Putin"));
    QCOMPARE(m_window->storyModel()->rowCount(), 3);
    QCOMPARE(header->countsText(), QStringLiteral("3 stories in 3 feeds"));
    QStringList related = header->related()->topics();
    related.sort();
    QCOMPARE(related, (QStringList { QStringLiteral("Kremlin"), QStringLiteral("Shipping"), QStringLiteral("Trade") }));
    QVERIFY(!header->followButton()->isChecked());
    QCOMPARE(header->followButton()->text(), QStringLiteral("Follow"));

    // A related chip opens that topic, with a header of its own.
    QToolButton *kremlin = nullptr;
    for (QToolButton *chip : header->related()->findChildren<QToolButton *>(QStringLiteral("chip"))) {
        if (chip->property("topic").toString() == QLatin1String("Kremlin"))
            kremlin = chip;
    }
    QVERIFY(kremlin);
    QTest::mouseClick(kremlin, Qt::LeftButton);
    QCOMPARE(m_window->viewTitle(), QStringLiteral("Kremlin"));
    QCOMPARE(m_window->storyModel()->rowCount(), 1);
    QCOMPARE(header->countsText(), QStringLiteral("1 story in 1 feed"));
    QCOMPARE(header->related()->topics(), QStringList { QStringLiteral("Vladimir Putin") });

    // Follow from the header: the topic joins the sidebar, the button says so.
    header->followButton()->click();
    QTRY_VERIFY(m_window->treeModel()->indexForTopic(QStringLiteral("Kremlin")).isValid());
    QVERIFY(header->followButton()->isChecked());
    QCOMPARE(header->followButton()->text(), QStringLiteral("Following"));
    QCOMPARE(topicUnread(QStringLiteral("Kremlin")), 1);
    // Delete on the followed topic in the sidebar stops following it.
    m_window->subscriptionPane()->view()->setCurrentIndex(
        m_window->treeModel()->indexForTopic(QStringLiteral("Kremlin")));
    m_window->actions().remove->trigger();
    QTRY_VERIFY(!m_window->treeModel()->indexForTopic(QStringLiteral("Kremlin")).isValid());
    QVERIFY(!m_reader->topic(QStringLiteral("Kremlin"))->followed);

    // Back through the topics to where it began: no header there.
    QVERIFY(header->isVisible());
    while (m_window->goBack()) { }
    QCOMPARE(m_window->viewTitle(), QStringLiteral("All Stories"));
    QVERIFY(!header->isVisible());
}

void TestTopicFollow::renameShowsTheNewNameEverywhere()
{
    m_window->selectStory(m_ledger);
    Ui::ChipBar *chips = m_window->readingPane()->chipBar();
    QAction *rename = menuAction(chips, QStringLiteral("Vladimir Putin"), QStringLiteral("renameTopic"));
    QVERIFY(rename);
    QCOMPARE(rename->text(), QStringLiteral("Rename topic…"));
    m_window->topics()->setFollowed(QStringLiteral("Vladimir Putin"), true);
    QTRY_VERIFY(m_window->treeModel()->indexForTopic(QStringLiteral("Vladimir Putin")).isValid());
    m_window->showTopic(QStringLiteral("Vladimir Putin"));
    m_window->selectStory(m_ledger);

    // The dialog's answer, as the controller writes it.
    m_window->topics()->renameTo(QStringLiteral("Vladimir Putin"), QStringLiteral("Putin (Russia)"));
    QTRY_COMPARE(m_window->treeModel()->followedTopics(), QStringList { QStringLiteral("Putin (Russia)") });
    QCOMPARE(chips->topics(), (QStringList { QStringLiteral("Putin (Russia)"), QStringLiteral("Trade") }));
    QCOMPARE(m_window->viewTitle(), QStringLiteral("Putin (Russia)"));
    QCOMPARE(m_window->topicHeader()->countsText(), QStringLiteral("3 stories in 3 feeds"));
    QCOMPARE(m_window->storyModel()->rowCount(), 3);
    // The sidebar node is the one on show, and the old name still finds it.
    QCOMPARE(m_window->subscriptionPane()->selectedNode(),
        m_window->treeModel()->indexForTopic(QStringLiteral("Vladimir Putin")));
}

QTEST_MAIN(TestTopicFollow)
#include "tst_topic_follow.moc"
