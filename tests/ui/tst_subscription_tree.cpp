// SubscriptionTreeModel drag and drop: feeds and folders move in the real
// store, never into a smart view or below themselves.

#include "models/subscription_tree_model.h"
#include "pipeline/storage_writer.h"
#include "ui_fixture.h"

#include <QMimeData>
#include <QSignalSpy>

#include <memory>

using namespace UiTest;
using Ui::SubscriptionTreeModel;

class TestSubscriptionTree final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void feedMovesIntoFolder();
    void feedDroppedOnFeedJoinsItsFolder();
    void folderMovesToTopLevel();
    void folderNeverMovesBelowItself();
    void smartViewsNeitherDragNorTakeDrops();

private:
    // Drags `from` and drops it on `onto` as the view would; returns what the drop answered.
    bool drag(const QModelIndex &from, const QModelIndex &onto);
    Core::FolderId folderOf(Core::SubscriptionId id) const { return m_store->subscription(id)->folderId; }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Core::Store> m_reader; // the model's, read-only
    std::unique_ptr<Core::StorageWriter> m_writer;
    std::unique_ptr<SubscriptionTreeModel> m_model;
    Core::FolderId m_news = 0;
    Core::FolderId m_tech = 0;
    Core::SubscriptionId m_loose = 0;
    Core::SubscriptionId m_inNews = 0;
};

void TestSubscriptionTree::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = openStore(*m_dir);
    QVERIFY(m_store);
    m_news = m_store->addFolder(QStringLiteral("News")).value();
    m_tech = m_store->addFolder(QStringLiteral("Tech"), m_news).value();
    m_loose = m_store->addSubscription(QStringLiteral("https://loose.example/feed"), QStringLiteral("Loose")).value();
    m_inNews = m_store->addSubscription(QStringLiteral("https://news.example/feed"), QStringLiteral("In News"), m_news)
                   .value();
    m_reader = openReader(*m_dir);
    QVERIFY(m_reader);
    m_writer = std::make_unique<Core::StorageWriter>(m_dir->path());
    m_model = std::make_unique<SubscriptionTreeModel>(m_reader.get(), m_writer.get());
    m_model->rebuild();
}

void TestSubscriptionTree::cleanup()
{
    m_model.reset();
    m_writer.reset();
    m_reader.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestSubscriptionTree::drag(const QModelIndex &from, const QModelIndex &onto)
{
    std::unique_ptr<QMimeData> data(m_model->mimeData({ from }));
    if (!data)
        return false;
    if (!m_model->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, onto))
        return false;
    QSignalSpy moved(m_model.get(), &SubscriptionTreeModel::moved);
    QSignalSpy failed(m_model.get(), &SubscriptionTreeModel::moveFailed);
    m_model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, onto);
    // The moves are written on the storage thread; one of the two answers follows.
    if (!QTest::qWaitFor([&] { return moved.count() + failed.count() > 0; }, 5000))
        return false;
    const bool ok = moved.count() == 1;
    m_model->rebuild();
    return ok;
}

void TestSubscriptionTree::feedMovesIntoFolder()
{
    QVERIFY(m_model->flags(m_model->indexForSubscription(m_loose)) & Qt::ItemIsDragEnabled);
    QVERIFY(drag(m_model->indexForSubscription(m_loose), m_model->indexForFolder(m_tech)));
    QCOMPARE(folderOf(m_loose), m_tech);
    // The rebuilt tree shows it there.
    QCOMPARE(m_model->indexForSubscription(m_loose).parent(), m_model->indexForFolder(m_tech));
}

void TestSubscriptionTree::feedDroppedOnFeedJoinsItsFolder()
{
    QVERIFY(drag(m_model->indexForSubscription(m_loose), m_model->indexForSubscription(m_inNews)));
    QCOMPARE(folderOf(m_loose), m_news);
    // And back to the top level: a drop on the empty area below the tree.
    QVERIFY(drag(m_model->indexForSubscription(m_loose), QModelIndex()));
    QCOMPARE(folderOf(m_loose), Core::FolderId(0));
}

void TestSubscriptionTree::folderMovesToTopLevel()
{
    QVERIFY(drag(m_model->indexForFolder(m_tech), QModelIndex()));
    const QList<Core::Folder> folders = m_store->folders();
    const auto tech
        = std::find_if(folders.cbegin(), folders.cend(), [this](const Core::Folder &f) { return f.id == m_tech; });
    QVERIFY(tech != folders.cend());
    QCOMPARE(tech->parentId, Core::FolderId(0));
    QVERIFY(!m_model->indexForFolder(m_tech).parent().isValid());
}

void TestSubscriptionTree::folderNeverMovesBelowItself()
{
    QSignalSpy failed(m_model.get(), &SubscriptionTreeModel::moveFailed);
    QVERIFY(!drag(m_model->indexForFolder(m_news), m_model->indexForFolder(m_tech)));
    QCOMPARE(failed.count(), 1);
    const QList<Core::Folder> folders = m_store->folders();
    for (const Core::Folder &f : folders)
        QCOMPARE(f.parentId, f.id == m_tech ? m_news : Core::FolderId(0));
}

void TestSubscriptionTree::smartViewsNeitherDragNorTakeDrops()
{
    const QModelIndex unread = m_model->indexForSmart(Core::StoryFilter::Kind::Unread);
    QVERIFY(!(m_model->flags(unread) & Qt::ItemIsDragEnabled));
    QVERIFY(!(m_model->flags(unread) & Qt::ItemIsDropEnabled));
    QVERIFY(!m_model->mimeData({ unread }));
    QVERIFY(!drag(m_model->indexForSubscription(m_loose), unread));
    QCOMPARE(folderOf(m_loose), Core::FolderId(0));
}

QTEST_MAIN(TestSubscriptionTree)
#include "tst_subscription_tree.moc"
