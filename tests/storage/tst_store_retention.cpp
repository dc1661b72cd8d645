// Retention in the store: old and surplus stories go, starred ones stay, a
// feed's own settings beat the app's, removed stories never come back as new,
// and every running count (unread, topics, search) stays exact.

#include "storage/store.h"
#include "store_fixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace StoreTest;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

QDateTime daysAgo(int days)
{
    return Now.addDays(-days);
}

// Stories i = 0..count-1 published i days before Now, guid "<prefix>i".
QList<ParsedItem> dailyItems(const QString &prefix, int count)
{
    QList<ParsedItem> items;
    for (int i = 0; i < count; ++i)
        items.append(item(prefix + QString::number(i), QStringLiteral("%1 story %2").arg(prefix).arg(i), daysAgo(i)));
    return items;
}

QStringList titles(const Store &store, const StoryFilter &filter)
{
    QStringList result;
    for (const StoryRow &row : store.stories(filter, {}, 1000))
        result.append(row.title);
    return result;
}

StoryFilter feed(SubscriptionId id)
{
    StoryFilter filter;
    filter.kind = StoryFilter::Kind::Subscription;
    filter.id = id;
    return filter;
}

int unreadOf(const Store &store, SubscriptionId id)
{
    for (const Subscription &subscription : store.subscriptions())
        if (subscription.id == id)
            return subscription.unreadCount;
    return -1;
}

// The unread count the triggers keep, against one counted from the stories.
bool unreadCountsExact(const Store &store)
{
    int total = 0;
    for (const Subscription &subscription : store.subscriptions()) {
        StoryFilter unread = feed(subscription.id);
        unread.unreadOnly = true;
        const int counted = int(store.stories(unread, {}, 100000).size());
        if (subscription.unreadCount != counted) {
            qWarning() << "feed" << subscription.id << "says" << subscription.unreadCount << "unread, has" << counted;
            return false;
        }
        total += counted;
    }
    StoryFilter unread;
    unread.kind = StoryFilter::Kind::Unread;
    return store.countStories(unread) == total;
}

} // namespace

class TestStoreRetention final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void removesOldUnreadStoriesButKeepsStarredOnes()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId sub = store->addSubscription(QStringLiteral("https://a/")).value();
        const QList<StoryId> ids = store->upsertStories(sub, dailyItems(QStringLiteral("a"), 10)).value();
        QCOMPARE(ids.size(), 10);
        QVERIFY(store->setStarred(ids.at(9), true)); // the oldest, unread
        QVERIFY(store->setRead(ids.at(8), true));
        QVERIFY(store->setRead(ids.at(1), true));
        QCOMPARE(unreadOf(*store, sub), 8);

        // Nothing set anywhere: nothing goes.
        QVERIFY(store->applyRetention({}, 0, Now)->isEmpty());
        QCOMPARE(store->countStories(feed(sub)), 10);

        const Result<QList<StoryId>> removed = store->applyRetention({ 5, 0 }, 0, Now);
        QVERIFY(removed);
        // Published 6, 7 and 8 days ago (5 is on the line and stays); 9 is starred.
        QCOMPARE(
            QSet<StoryId>(removed->cbegin(), removed->cend()), (QSet<StoryId> { ids.at(6), ids.at(7), ids.at(8) }));
        QCOMPARE(titles(*store, feed(sub)),
            (QStringList { QStringLiteral("a story 0"), QStringLiteral("a story 1"), QStringLiteral("a story 2"),
                QStringLiteral("a story 3"), QStringLiteral("a story 4"), QStringLiteral("a story 5"),
                QStringLiteral("a story 9") }));
        QVERIFY(!store->story(ids.at(7)));
        QVERIFY(store->story(ids.at(9))->row.starred);
        QCOMPARE(unreadOf(*store, sub), 6); // 6 and 7 were unread, 8 was read
        QVERIFY(unreadCountsExact(*store));
        QCOMPARE(store->removedStoryCount(sub), 3);
        // Nothing is left waiting to be cleaned for a removed story.
        const QList<StoryId> waiting = store->storiesWithoutArticle();
        QCOMPARE(waiting.size(), 7);
        QVERIFY(!waiting.contains(ids.at(7)));
        // Applying it again finds nothing more.
        QVERIFY(store->applyRetention({ 5, 0 }, 0, Now)->isEmpty());
    }

    void keepsTheNewestPerFeedAndEveryStarredOne()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId a = store->addSubscription(QStringLiteral("https://a/")).value();
        const SubscriptionId b = store->addSubscription(QStringLiteral("https://b/")).value();
        const QList<StoryId> ids = store->upsertStories(a, dailyItems(QStringLiteral("a"), 6)).value();
        QVERIFY(store->upsertStories(b, dailyItems(QStringLiteral("b"), 2)));
        QVERIFY(store->setStarred(ids.at(4), true));
        const Result<QList<StoryId>> removed = store->applyRetention({ 0, 3 }, 0, Now);
        QVERIFY(removed);
        QCOMPARE(removed->size(), 2);
        QCOMPARE(titles(*store, feed(a)),
            (QStringList { QStringLiteral("a story 0"), QStringLiteral("a story 1"), QStringLiteral("a story 2"),
                QStringLiteral("a story 4") }));
        QCOMPARE(store->countStories(feed(b)), 2); // under its count: untouched
        QVERIFY(unreadCountsExact(*store));
    }

    void aFeedsOwnSettingsBeatTheApps()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId unlimited = store->addSubscription(QStringLiteral("https://unlimited/")).value();
        const SubscriptionId longer = store->addSubscription(QStringLiteral("https://longer/")).value();
        const SubscriptionId fewer = store->addSubscription(QStringLiteral("https://fewer/")).value();
        const SubscriptionId app = store->addSubscription(QStringLiteral("https://app/")).value();
        for (const SubscriptionId sub : { unlimited, longer, fewer, app })
            QVERIFY(store->upsertStories(sub, dailyItems(QString::number(sub) + QLatin1Char('-'), 10)));
        SubscriptionSettings settings;
        settings.keepDays = -1; // no limit, whatever the app says
        settings.keepCount = -1;
        QVERIFY(store->setSubscriptionSettings(unlimited, settings));
        settings = {};
        settings.keepDays = 8; // longer than the app's 3 days
        QVERIFY(store->setSubscriptionSettings(longer, settings));
        settings = {};
        settings.keepCount = 2; // a count of its own, and the app's days still apply
        QVERIFY(store->setSubscriptionSettings(fewer, settings));

        QVERIFY(store->applyRetention({ 3, 0 }, 0, Now));
        QCOMPARE(store->countStories(feed(unlimited)), 10);
        QCOMPARE(store->countStories(feed(longer)), 9); // 0..8 days old
        QCOMPARE(store->countStories(feed(fewer)), 2);
        QCOMPARE(store->countStories(feed(app)), 4); // 0..3 days old
        QVERIFY(unreadCountsExact(*store));

        // Only one feed: the others are left alone.
        QVERIFY(store->applyRetention({ 1, 0 }, app, Now));
        QCOMPARE(store->countStories(feed(app)), 2);
        QCOMPARE(store->countStories(feed(longer)), 9);
    }

    void aRemovedStoryDoesNotReturnAsNew()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId sub = store->addSubscription(QStringLiteral("https://a/")).value();
        const QList<ParsedItem> items = dailyItems(QStringLiteral("a"), 5);
        QVERIFY(store->upsertStories(sub, items));
        QCOMPARE(store->applyRetention({ 0, 2 }, 0, Now)->size(), 3);
        // The feed still lists all five, and one more.
        QList<ParsedItem> next = items;
        next.prepend(item(QStringLiteral("fresh"), QStringLiteral("Fresh"), Now));
        const Result<QList<StoryId>> added = store->upsertStories(sub, next);
        QVERIFY(added);
        QCOMPARE(added->size(), 1);
        QCOMPARE(store->story(added->first())->row.title, QStringLiteral("Fresh"));
        QCOMPARE(store->countStories(feed(sub)), 3);
        QCOMPARE(unreadOf(*store, sub), 3);
        // The same guid in another feed is another story.
        const SubscriptionId other = store->addSubscription(QStringLiteral("https://b/")).value();
        QCOMPARE(store->upsertStories(other, items)->size(), 5);
    }

    void rememberedGuidsAreBounded()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId sub = store->addSubscription(QStringLiteral("https://a/")).value();
        const QList<ParsedItem> items = dailyItems(QStringLiteral("a"), 4);
        QVERIFY(store->upsertStories(sub, items));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(store->applyRetention({ 0, 1 }, 0, now)->size(), 3);
        QCOMPARE(store->removedStoryCount(sub), 3);
        // Within the window they stay remembered.
        QVERIFY(store->applyRetention({}, 0, now.addDays(Store::RemovedStoryDays - 1)));
        QCOMPARE(store->removedStoryCount(sub), 3);
        // Two of them were last listed long ago; the feed lists the other today.
        const qint64 old = now.addDays(-Store::RemovedStoryDays - 5).toMSecsSinceEpoch();
        QCOMPARE(execBehindTheStore(tmp.path(), { QStringLiteral("UPDATE removed_stories SET removed = %1").arg(old) }),
            QString());
        QVERIFY(store->upsertStories(sub, { items.at(1) })->isEmpty()); // still not new: touched
        QVERIFY(store->applyRetention({}, 0, now));
        QCOMPARE(store->removedStoryCount(sub), 1);
        QVERIFY(store->upsertStories(sub, { items.at(1) })->isEmpty());
        // Forgotten guids may come back: the feed dropped them long ago.
        QCOMPARE(store->upsertStories(sub, { items.at(2) })->size(), 1);
        // Deleting the feed forgets its guids.
        QVERIFY(store->deleteSubscription(sub));
        QCOMPARE(store->removedStoryCount(sub), 0);
    }

    void topicAndSearchCountsStayExact()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId a = store->addSubscription(QStringLiteral("https://a/")).value();
        const SubscriptionId b = store->addSubscription(QStringLiteral("https://b/")).value();
        const QList<StoryId> as = store->upsertStories(a, dailyItems(QStringLiteral("a"), 3)).value();
        const QList<StoryId> bs = store->upsertStories(b, dailyItems(QStringLiteral("b"), 1)).value();
        const QStringList chips = { QStringLiteral("Harbin"), QStringLiteral("Putin") };
        QVERIFY(store->saveArticle(as.at(0), article(QStringLiteral("Putin in Harbin today"), chips)));
        const QStringList ferry = { QStringLiteral("Harbin"), QStringLiteral("Putin"), QStringLiteral("Ferry") };
        QVERIFY(store->saveArticle(as.at(1), article(QStringLiteral("Putin in Harbin yesterday"), ferry)));
        QVERIFY(store->saveArticle(as.at(2), article(QStringLiteral("Putin saw the zeppelin"), ferry)));
        QVERIFY(store->saveArticle(bs.at(0),
            article(QStringLiteral("Putin elsewhere"), { QStringLiteral("Putin"), QStringLiteral("Ferry") })));
        QVERIFY(store->setRead(as.at(1), true));
        QVERIFY(store->setTopicFollowed(QStringLiteral("Putin"), true));
        QCOMPARE(store->topic(QStringLiteral("Putin"))->stories, 4);
        QCOMPARE(store->topic(QStringLiteral("Putin"))->unread, 3);
        QCOMPARE(store->topicSummary(QStringLiteral("Harbin"))->feeds, 1);
        QCOMPARE(store->topicSummary(QStringLiteral("Ferry"))->feeds, 2);

        // Feed a keeps its newest story only: one read and one unread story go.
        QCOMPARE(store->applyRetention({ 0, 1 }, 0, Now)->size(), 2);
        const std::optional<TopicInfo> putin = store->topic(QStringLiteral("Putin"));
        QCOMPARE(putin->stories, 2);
        QCOMPARE(putin->unread, 2);
        QCOMPARE(store->followedTopics().first().unread, 2);
        QCOMPARE(store->topicSummary(QStringLiteral("Putin"))->feeds, 2);
        QCOMPARE(store->topic(QStringLiteral("Harbin"))->stories, 1);
        // Feed a no longer carries Ferry: its per-feed count went with the stories.
        QCOMPARE(store->topic(QStringLiteral("Ferry"))->stories, 1);
        QCOMPARE(store->topicSummary(QStringLiteral("Ferry"))->feeds, 1);
        StoryFilter harbin;
        harbin.kind = StoryFilter::Kind::Topic;
        harbin.topic = QStringLiteral("Harbin");
        QCOMPARE(store->countStories(harbin), 1);
        QVERIFY(unreadCountsExact(*store));
        // The search index lost the removed stories' words.
        StoryFilter search;
        search.kind = StoryFilter::Kind::Search;
        search.query = QStringLiteral("zeppelin");
        QCOMPARE(store->countStories(search), 0);
        search.query = QStringLiteral("Harbin");
        QCOMPARE(store->countStories(search), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreRetention)
#include "tst_store_retention.moc"
