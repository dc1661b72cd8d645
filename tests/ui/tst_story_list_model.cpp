// StoryListModel: keyset paging through fetchMore, checked by
// QAbstractItemModelTester, up to 100,000 stories; and the relative times.

#include "models/story_list_model.h"
#include "ui_fixture.h"
#include "widgets/relative_time.h"

#include <QAbstractItemModelTester>

using namespace UiTest;

class TestStoryListModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pagesWithFetchMore();
    void pagesThroughManyStories();
    void liveInsertKeepsOrderAndFilter();
    void topicAndSearchViewsTakeCleanedStories();
    void relativeTimes();

private:
    static void fill(
        Core::Store *store, Core::SubscriptionId feed, int count, const QDateTime &newest, int batch = 2000);
};

void TestStoryListModel::fill(
    Core::Store *store, Core::SubscriptionId feed, int count, const QDateTime &newest, int batch)
{
    for (int start = 0; start < count; start += batch) {
        QList<Core::ParsedItem> items;
        for (int i = start; i < qMin(count, start + batch); ++i)
            items.append(item(QStringLiteral("s%1-%2").arg(feed).arg(i), QStringLiteral("Story %1").arg(i),
                newest.addSecs(-60LL * i), QStringLiteral("<p>Body %1</p>").arg(i)));
        QVERIFY(store->upsertStories(feed, items));
    }
}

void TestStoryListModel::pagesWithFetchMore()
{
    QTemporaryDir dir;
    std::unique_ptr<Core::Store> store = openStore(dir);
    QVERIFY(store);
    const Core::SubscriptionId feed = store->addSubscription(QStringLiteral("https://a.example/feed")).value();
    fill(store.get(), feed, 250, QDateTime::currentDateTimeUtc());

    Ui::StoryListModel model(store.get());
    model.setFilter(Core::StoryFilter {});
    QCOMPARE(model.rowCount(), 100);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 200);
    // The tester checks the model and itself fetches what is left.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    // Newest first, no gaps or repeats at page borders.
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.storyAt(row).title, QStringLiteral("Story %1").arg(row));
    QCOMPARE(model.index(5).data(Ui::StoryListModel::FeedRole).toString(), store->subscription(feed)->title);
    QVERIFY(!model.index(5).data(Qt::ToolTipRole).toString().isEmpty());

    // Read state changes reach the rows without a reload.
    const Core::StoryId id = model.storyAt(3).id;
    QVERIFY(store->setRead(id, true));
    model.setReadLocal({ id }, true);
    QVERIFY(model.index(3).data(Ui::StoryListModel::ReadRole).toBool());
}

void TestStoryListModel::pagesThroughManyStories()
{
    QTemporaryDir dir;
    std::unique_ptr<Core::Store> store = openStore(dir);
    QVERIFY(store);
    const Core::SubscriptionId feed = store->addSubscription(QStringLiteral("https://big.example/feed")).value();
    const int total = 100000;
    fill(store.get(), feed, total, QDateTime::currentDateTimeUtc(), 10000);

    Ui::StoryListModel model(store.get());
    model.setFilter(Core::StoryFilter {});
    int fetches = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++fetches;
    }
    QCOMPARE(model.rowCount(), total);
    // One page per fetch (the last may come back empty when the total is a multiple of the page).
    QVERIFY(fetches >= total / Ui::StoryListModel::PageSize - 1 && fetches <= total / Ui::StoryListModel::PageSize);
    QSet<Core::StoryId> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.storyAt(row).id);
        if (row > 0)
            QVERIFY(model.storyAt(row - 1).published >= model.storyAt(row).published);
    }
    QCOMPARE(seen.size(), total);
    QCOMPARE(model.ensureLoaded(model.storyAt(total - 1).id), total - 1);
}

void TestStoryListModel::liveInsertKeepsOrderAndFilter()
{
    QTemporaryDir dir;
    std::unique_ptr<Core::Store> store = openStore(dir);
    QVERIFY(store);
    const Core::SubscriptionId a = store->addSubscription(QStringLiteral("https://a.example/feed")).value();
    const Core::SubscriptionId b = store->addSubscription(QStringLiteral("https://b.example/feed")).value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    fill(store.get(), a, 10, now.addSecs(-3600));

    Ui::StoryListModel model(store.get());
    Core::StoryFilter onlyA;
    onlyA.kind = Core::StoryFilter::Kind::Subscription;
    onlyA.id = a;
    model.setFilter(onlyA);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 10);

    const auto inA = store->upsertStories(
        a, { item(QStringLiteral("new-a"), QStringLiteral("New in A"), now, QStringLiteral("<p>x</p>")) });
    const auto inB = store->upsertStories(
        b, { item(QStringLiteral("new-b"), QStringLiteral("New in B"), now, QStringLiteral("<p>x</p>")) });
    QVERIFY(inA && inB);
    model.storiesAdded(*inA + *inB);
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.storyAt(0).title, QStringLiteral("New in A"));
    model.storiesAdded(*inA); // twice: still one row
    QCOMPARE(model.rowCount(), 11);
}

void TestStoryListModel::topicAndSearchViewsTakeCleanedStories()
{
    QTemporaryDir dir;
    std::unique_ptr<Core::Store> store = openStore(dir);
    QVERIFY(store);
    const Core::SubscriptionId a = store->addSubscription(QStringLiteral("https://a.example/feed")).value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto added = store->upsertStories(a,
        { item(QStringLiteral("harbin"), QStringLiteral("Trade fair opens"), now, QStringLiteral("<p>x</p>")),
            item(QStringLiteral("other"), QStringLiteral("Weather"), now.addSecs(-60), QStringLiteral("<p>y</p>")) });
    QVERIFY(added && added->size() == 2);

    Ui::StoryListModel topicView(store.get());
    Core::StoryFilter topic;
    topic.kind = Core::StoryFilter::Kind::Topic;
    topic.topic = QStringLiteral("Harbin");
    topicView.setFilter(topic);
    Ui::StoryListModel searchView(store.get());
    Core::StoryFilter search;
    search.kind = Core::StoryFilter::Kind::Search;
    search.query = QStringLiteral("sanctions");
    searchView.setFilter(search);
    QAbstractItemModelTester topicTester(&topicView, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester searchTester(&searchView, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(topicView.rowCount(), 0);
    QCOMPARE(searchView.rowCount(), 0);

    // Added but not cleaned yet: neither view lists it.
    topicView.storiesAdded(*added);
    searchView.storiesAdded(*added);
    QCOMPARE(topicView.rowCount(), 0);
    QCOMPARE(searchView.rowCount(), 0);

    Core::Article article;
    article.readerable = true;
    article.title = QStringLiteral("Trade fair opens");
    article.text = QStringLiteral("Leaders met in Harbin to talk about sanctions and trade.");
    article.topics = { QStringLiteral("Harbin") };
    QVERIFY(store->saveArticle(added->first(), article));
    topicView.storyCleaned(added->first());
    searchView.storyCleaned(added->first());
    QCOMPARE(topicView.rowCount(), 1);
    QCOMPARE(topicView.storyAt(0).title, QStringLiteral("Trade fair opens"));
    QCOMPARE(searchView.rowCount(), 1);
    // Told again: still one row; the other story never matched.
    topicView.storiesAdded(*added);
    QCOMPARE(topicView.rowCount(), 1);
}

void TestStoryListModel::relativeTimes()
{
    const QDateTime now(QDate(2026, 3, 12), QTime(15, 0));
    QCOMPARE(Ui::relativeTime(now.addSecs(-20), now), QStringLiteral("now"));
    QCOMPARE(Ui::relativeTime(now.addSecs(-5 * 60), now), QStringLiteral("5 min"));
    QCOMPARE(Ui::relativeTime(now.addSecs(-3 * 3600), now), QStringLiteral("3 h"));
    QCOMPARE(Ui::relativeTime(QDateTime(QDate(2026, 3, 11), QTime(9, 0)), now), QStringLiteral("Yesterday"));
    QVERIFY(Ui::relativeTime(QDateTime(QDate(2025, 3, 1), QTime(9, 0)), now).contains(QStringLiteral("2025")));
    QVERIFY(Ui::relativeTime(QDateTime(), now).isEmpty());
}

QTEST_MAIN(TestStoryListModel)
#include "tst_story_list_model.moc"
