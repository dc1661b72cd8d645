// One topic under several names across feeds, and the user's choices about
// topics: follow, rename, block; the summary a topic's list shows.

#include "storage/store.h"
#include "store_fixture.h"
#include "store_schema.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace StoreTest;

namespace {

// A chip with its aliases, as the tagger gives them.
struct ChipSpec {
    QString name;
    QStringList aliases;
};

Article withChips(const QList<ChipSpec> &chips)
{
    Article result = article(QStringLiteral("Text."), {});
    for (const ChipSpec &chip : chips) {
        result.topics.append(chip.name);
        result.topicAliases.append(chip.aliases);
    }
    return result;
}

QStringList chipNames(const Store &store, StoryId id)
{
    QStringList names;
    const std::optional<StoryDetail> detail = store.story(id);
    if (!detail)
        return names;
    for (const TopicCount &topic : detail->topics)
        names.append(topic.name);
    return names;
}

StoryFilter topicFilter(const QString &name)
{
    StoryFilter filter;
    filter.kind = StoryFilter::Kind::Topic;
    filter.topic = name;
    return filter;
}

StoryFilter searchFilter(const QString &query)
{
    StoryFilter filter;
    filter.kind = StoryFilter::Kind::Search;
    filter.query = query;
    return filter;
}

// A store with `feeds` subscriptions and one story in each per entry of
// `perFeed`, published a minute apart; ids in order.
struct Fixture {
    std::unique_ptr<Store> store;
    QList<SubscriptionId> feeds;
    QList<StoryId> stories;

    bool make(const QString &dir, int feedCount, int storiesPerFeed)
    {
        store = openStore(dir);
        if (!store)
            return false;
        int minute = 0;
        for (int f = 0; f < feedCount; ++f) {
            const Result<SubscriptionId> sub = store->addSubscription(QStringLiteral("https://feed%1/").arg(f));
            if (!sub)
                return false;
            feeds.append(*sub);
            QList<ParsedItem> items;
            for (int i = 0; i < storiesPerFeed; ++i, ++minute)
                items.append(
                    item(QStringLiteral("%1-%2").arg(f).arg(i), QStringLiteral("Story %1").arg(minute), at(minute)));
            const auto added = store->upsertStories(*sub, items);
            if (!added)
                return false;
            stories.append(*added);
        }
        return true;
    }
};

} // namespace

class TestStoreTopics final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // One topic an alias names is still not joined against the context: the
    // story's other, known chips never appear beside it.
    void anAliasDoesNotJoinAgainstTheContext()
    {
        QTemporaryDir tmp;
        Fixture f;
        QVERIFY(f.make(tmp.path(), 6, 2));
        Store &store = *f.store;
        const StoryId a = f.stories.at(0), b = f.stories.at(1), c = f.stories.at(2), d = f.stories.at(3);
        QVERIFY(store.saveArticle(a,
            withChips(
                { { QStringLiteral("Blue House"), { QStringLiteral("house") } }, { QStringLiteral("Seoul"), {} } })));
        // A story alone is too little company to disagree with: the next one
        // that says "House" beside unrelated chips would still join it.
        QVERIFY(store.saveArticle(f.stories.at(4), withChips({ { QStringLiteral("Blue House"), {} } })));
        QVERIFY(store.saveArticle(f.stories.at(5), withChips({ { QStringLiteral("Blue House"), {} } })));
        QVERIFY(store.saveArticle(
            b, withChips({ { QStringLiteral("Republicans"), {} }, { QStringLiteral("Senate"), {} } })));
        // Beside a chip the store has seen with "Blue House": the same House.
        QVERIFY(store.saveArticle(d, withChips({ { QStringLiteral("House"), {} }, { QStringLiteral("Seoul"), {} } })));
        // Beside chips never seen with it: another House.
        QVERIFY(store.saveArticle(c,
            withChips({ { QStringLiteral("House"), {} }, { QStringLiteral("Republicans"), {} },
                { QStringLiteral("Senate"), {} } })));
        QCOMPARE(chipNames(store, c).constFirst(), QStringLiteral("House"));
        QCOMPARE(chipNames(store, d).constFirst(), QStringLiteral("Blue House"));
        QCOMPARE(store.topic(QStringLiteral("Blue House"))->stories, 4);
    }

    void aLaterShortFormJoinsTheFullName()
    {
        QTemporaryDir tmp;
        Fixture f;
        QVERIFY(f.make(tmp.path(), 3, 1));
        Store &store = *f.store;
        const StoryId a = f.stories.at(0), b = f.stories.at(1), c = f.stories.at(2);
        QVERIFY(store.saveArticle(a,
            withChips(
                { { QStringLiteral("Vladimir Putin"), { QStringLiteral("putin"), QStringLiteral("president putin") } },
                    { QStringLiteral("Kremlin"), {} } })));
        // Other feeds, later stories that only say "Putin" or "President Putin".
        QVERIFY(
            store.saveArticle(b, withChips({ { QStringLiteral("Putin"), {} }, { QStringLiteral("Ukraine"), {} } })));
        QVERIFY(store.saveArticle(c, withChips({ { QStringLiteral("President Putin"), {} } })));

        // One topic: every story shows its name, and the counts gather.
        QCOMPARE(chipNames(store, b), (QStringList { QStringLiteral("Vladimir Putin"), QStringLiteral("Ukraine") }));
        QCOMPARE(chipNames(store, c), QStringList { QStringLiteral("Vladimir Putin") });
        QCOMPARE(store.story(a)->topics.at(0).stories, 3);
        for (const QString &name :
            { QStringLiteral("Vladimir Putin"), QStringLiteral("putin"), QStringLiteral("PRESIDENT PUTIN") }) {
            QCOMPARE(ids(store.stories(topicFilter(name))), (QList<StoryId> { c, b, a }));
            QCOMPARE(store.countStories(topicFilter(name)), 3);
        }
        QCOMPARE(ids(store.stories(searchFilter(QStringLiteral("topic:\"putin\"")))), (QList<StoryId> { c, b, a }));
        QCOMPARE(ids(store.stories(searchFilter(QStringLiteral("topic:Ukraine topic:putin")))), QList<StoryId> { b });
        const std::optional<TopicInfo> putin = store.topic(QStringLiteral("Putin"));
        QVERIFY(putin);
        QCOMPARE(putin->name, QStringLiteral("Vladimir Putin"));
        QCOMPARE(putin->aliases, (QStringList { QStringLiteral("president putin"), QStringLiteral("putin") }));
        QCOMPARE(putin->stories, 3);
        QCOMPARE(store.topicsLike(QStringLiteral("vlad")).first().stories, 3);
        // Re-cleaning a story replaces its topics and keeps the count exact.
        QVERIFY(store.saveArticle(b, withChips({ { QStringLiteral("Putin"), {} } })));
        QCOMPARE(store.topic(QStringLiteral("putin"))->stories, 3);
        // Two chips of one story that name one topic count once.
        QVERIFY(store.saveArticle(
            c, withChips({ { QStringLiteral("President Putin"), {} }, { QStringLiteral("Vladimir Putin"), {} } })));
        QCOMPARE(chipNames(store, c), QStringList { QStringLiteral("Vladimir Putin") });
        QCOMPARE(store.topic(QStringLiteral("putin"))->stories, 3);
    }

    void peopleSharingASurnameStayApart()
    {
        QTemporaryDir tmp;
        Fixture f;
        QVERIFY(f.make(tmp.path(), 3, 2));
        Store &store = *f.store;
        const QList<StoryId> &s = f.stories;
        QVERIFY(store.saveArticle(s[0],
            withChips(
                { { QStringLiteral("Robert Lee"), { QStringLiteral("lee") } }, { QStringLiteral("Civil War"), {} } })));
        QVERIFY(store.saveArticle(s[1],
            withChips(
                { { QStringLiteral("Barbara Lee"), { QStringLiteral("lee") } }, { QStringLiteral("Congress"), {} } })));
        // "Lee" beside "Congress": the Lee whose stories share Congress.
        QVERIFY(
            store.saveArticle(s[2], withChips({ { QStringLiteral("Lee"), {} }, { QStringLiteral("Congress"), {} } })));
        QCOMPARE(chipNames(store, s[2]), (QStringList { QStringLiteral("Barbara Lee"), QStringLiteral("Congress") }));
        // "Lee" beside "Civil War": the other one.
        QVERIFY(
            store.saveArticle(s[3], withChips({ { QStringLiteral("Civil War"), {} }, { QStringLiteral("Lee"), {} } })));
        QCOMPARE(chipNames(store, s[3]), (QStringList { QStringLiteral("Civil War"), QStringLiteral("Robert Lee") }));
        // "Lee" with nothing in common with either: a topic of its own.
        QVERIFY(
            store.saveArticle(s[4], withChips({ { QStringLiteral("Lee"), {} }, { QStringLiteral("Weather"), {} } })));
        QCOMPARE(chipNames(store, s[4]), (QStringList { QStringLiteral("Lee"), QStringLiteral("Weather") }));
        QCOMPARE(store.topic(QStringLiteral("Robert Lee"))->stories, 2);
        QCOMPARE(store.topic(QStringLiteral("Barbara Lee"))->stories, 2);
        QCOMPARE(store.topic(QStringLiteral("Lee"))->stories, 1);
        // An alias that is another topic's name is never recorded: it would
        // merge two people the store knows apart.
        QVERIFY(store.saveArticle(s[5],
            withChips({ { QStringLiteral("Robert Lee"), { QStringLiteral("Barbara Lee"), QStringLiteral("lee") } } })));
        QCOMPARE(store.topic(QStringLiteral("Robert Lee"))->aliases, QStringList { QStringLiteral("lee") });
        QCOMPARE(store.topic(QStringLiteral("Barbara Lee"))->stories, 2);
        QCOMPARE(ids(store.stories(topicFilter(QStringLiteral("Barbara Lee")))), (QList<StoryId> { s[2], s[1] }));
    }

    // The short form came first: "Putin" stories before any gave the full
    // name. The full name takes them in when their context agrees, never a
    // "Lee" from unrelated stories nor a topic the user chose something about.
    void anEarlierShortFormFoldsIntoTheFullName()
    {
        QTemporaryDir tmp;
        Fixture f;
        QVERIFY(f.make(tmp.path(), 2, 4));
        Store &store = *f.store;
        const QList<StoryId> &s = f.stories;
        QVERIFY(
            store.saveArticle(s[0], withChips({ { QStringLiteral("Putin"), {} }, { QStringLiteral("Kremlin"), {} } })));
        QVERIFY(
            store.saveArticle(s[1], withChips({ { QStringLiteral("Lee"), {} }, { QStringLiteral("Weather"), {} } })));
        QVERIFY(
            store.saveArticle(s[2], withChips({ { QStringLiteral("Merkel"), {} }, { QStringLiteral("Berlin"), {} } })));
        QVERIFY(store.setTopicFollowed(QStringLiteral("Merkel"), true));
        QCOMPARE(store.topic(QStringLiteral("Putin"))->name, QStringLiteral("Putin"));

        QVERIFY(store.saveArticle(s[4],
            withChips({ { QStringLiteral("Kremlin"), {} },
                { QStringLiteral("Vladimir Putin"), { QStringLiteral("putin") } } })));
        QCOMPARE(chipNames(store, s[0]), (QStringList { QStringLiteral("Vladimir Putin"), QStringLiteral("Kremlin") }));
        const std::optional<TopicSummary> putin = store.topicSummary(QStringLiteral("Putin"));
        QCOMPARE(putin->topic.name, QStringLiteral("Vladimir Putin"));
        QCOMPARE(putin->topic.stories, 2);
        QCOMPARE(putin->topic.unread, 2);
        QCOMPARE(putin->topic.aliases, QStringList { QStringLiteral("putin") });
        QCOMPARE(putin->feeds, 2);
        QCOMPARE(store.topic(QStringLiteral("Kremlin"))->stories, 2);
        QCOMPARE(ids(store.stories(topicFilter(QStringLiteral("putin")))), (QList<StoryId> { s[4], s[0] }));
        // A later "Putin" joins it.
        QVERIFY(store.saveArticle(s[5], withChips({ { QStringLiteral("Putin"), {} } })));
        QCOMPARE(store.topic(QStringLiteral("Vladimir Putin"))->stories, 3);

        // No context in common: the "Lee" of the weather stories stays apart.
        QVERIFY(store.saveArticle(s[6],
            withChips(
                { { QStringLiteral("Robert Lee"), { QStringLiteral("lee") } }, { QStringLiteral("Civil War"), {} } })));
        QCOMPARE(store.topic(QStringLiteral("Lee"))->name, QStringLiteral("Lee"));
        QCOMPARE(store.topic(QStringLiteral("Lee"))->stories, 1);
        QVERIFY(store.topic(QStringLiteral("Robert Lee"))->aliases.isEmpty());
        // A followed short form is the user's: it stays as it is.
        QVERIFY(store.saveArticle(s[7],
            withChips({ { QStringLiteral("Angela Merkel"), { QStringLiteral("merkel") } },
                { QStringLiteral("Berlin"), {} } })));
        QCOMPARE(store.topic(QStringLiteral("Merkel"))->name, QStringLiteral("Merkel"));
        QCOMPARE(store.topic(QStringLiteral("Angela Merkel"))->stories, 1);
    }

    void followRenameAndBlock()
    {
        QTemporaryDir tmp;
        Fixture f;
        QVERIFY(f.make(tmp.path(), 2, 2));
        Store &store = *f.store;
        const QList<StoryId> &s = f.stories;
        const ChipSpec putin { QStringLiteral("Vladimir Putin"), { QStringLiteral("putin") } };
        QVERIFY(store.saveArticle(s[0], withChips({ putin, { QStringLiteral("Kremlin"), {} } })));
        QVERIFY(
            store.saveArticle(s[2], withChips({ { QStringLiteral("Putin"), {} }, { QStringLiteral("Kremlin"), {} } })));
        QVERIFY(store.saveArticle(s[3], withChips({ { QStringLiteral("Kremlin"), {} } })));
        QCOMPARE(store.setTopicFollowed(QStringLiteral("nobody"), true).error().code, ErrorCode::NotFound);

        // Followed topics carry their unread stories across every feed.
        QVERIFY(store.followedTopics().isEmpty());
        QVERIFY(store.setTopicFollowed(QStringLiteral("putin"), true));
        QVERIFY(store.setTopicFollowed(QStringLiteral("Kremlin"), true));
        QList<TopicInfo> followed = store.followedTopics();
        QCOMPARE(followed.size(), 2);
        QCOMPARE(followed.at(0).name, QStringLiteral("Kremlin"));
        QCOMPARE(followed.at(0).unread, 3);
        QCOMPARE(followed.at(1).name, QStringLiteral("Vladimir Putin"));
        QCOMPARE(followed.at(1).unread, 2);
        QVERIFY(store.setRead(s[2], true));
        QCOMPARE(store.followedTopics().at(1).unread, 1);
        QCOMPARE(store.followedTopics().at(0).unread, 2);
        QVERIFY(store.markAllRead(topicFilter(QStringLiteral("Kremlin"))));
        QCOMPARE(store.followedTopics().at(0).unread, 0);
        QCOMPARE(store.followedTopics().at(1).unread, 0);
        QVERIFY(store.setReadMany({ s[0], s[2] }, false));
        QCOMPARE(store.followedTopics().at(1).unread, 2);
        // A new unread story joins the count as soon as its topics are saved.
        QVERIFY(store.saveArticle(s[1], withChips({ { QStringLiteral("Putin"), {} } })));
        QCOMPARE(store.followedTopics().at(1).unread, 3);
        QCOMPARE(store.countStories([] {
            StoryFilter unread = topicFilter(QStringLiteral("Putin"));
            unread.unreadOnly = true;
            return unread;
        }()),
            3);

        // A rename is what the chips show, finds the topic, and survives a re-clean.
        QVERIFY(store.renameTopic(QStringLiteral("Putin"), QStringLiteral("Putin (Russia)")));
        QCOMPARE(chipNames(store, s[2]), (QStringList { QStringLiteral("Putin (Russia)"), QStringLiteral("Kremlin") }));
        QVERIFY(store.saveArticle(s[0], withChips({ putin, { QStringLiteral("Kremlin"), {} } })));
        QCOMPARE(chipNames(store, s[0]), (QStringList { QStringLiteral("Putin (Russia)"), QStringLiteral("Kremlin") }));
        QCOMPARE(store.countStories(topicFilter(QStringLiteral("Putin (Russia)"))), 3);
        QCOMPARE(
            store.renameTopic(QStringLiteral("Putin"), QStringLiteral("kremlin")).error().code, ErrorCode::Duplicate);

        // Blocked: gone from chips, completion, the followed list and related
        // topics; stays gone after a re-clean; the tagger learns its names.
        QVERIFY(store.setTopicBlocked(QStringLiteral("Vladimir Putin"), true));
        QCOMPARE(chipNames(store, s[2]), QStringList { QStringLiteral("Kremlin") });
        QVERIFY(store.storyTopics({ s[1] }).isEmpty());
        QVERIFY(store.topicsLike(QStringLiteral("put")).isEmpty());
        QCOMPARE(store.followedTopics().size(), 1);
        QVERIFY(store.topicSummary(QStringLiteral("Kremlin"))->related.isEmpty());
        const CorpusStats stats = store.corpusStats();
        QVERIFY(stats.blockedTopics.contains(QStringLiteral("vladimir putin")));
        QVERIFY(stats.blockedTopics.contains(QStringLiteral("putin")));
        QVERIFY(!stats.blockedTopics.contains(QStringLiteral("kremlin")));
        QVERIFY(
            store.saveArticle(s[2], withChips({ { QStringLiteral("Putin"), {} }, { QStringLiteral("Kremlin"), {} } })));
        QCOMPARE(chipNames(store, s[2]), QStringList { QStringLiteral("Kremlin") });
        QCOMPARE(store.blockedTopics().size(), 1);
        QCOMPARE(store.blockedTopics().first().name, QStringLiteral("Putin (Russia)"));
        // Unblocking restores every chip, the rename and the follow.
        QVERIFY(store.setTopicBlocked(QStringLiteral("putin"), false));
        QCOMPARE(chipNames(store, s[2]), (QStringList { QStringLiteral("Putin (Russia)"), QStringLiteral("Kremlin") }));
        QCOMPARE(store.followedTopics().size(), 2);
        QVERIFY(store.corpusStats().blockedTopics.isEmpty());
        QVERIFY(store.setTopicFollowed(QStringLiteral("Putin (Russia)"), false));
        QCOMPARE(store.followedTopics().size(), 1);
        // An empty rename restores the first spelling.
        QVERIFY(store.renameTopic(QStringLiteral("putin"), {}));
        QCOMPARE(store.topic(QStringLiteral("putin"))->name, QStringLiteral("Vladimir Putin"));
    }

    void aBlockedAliasSharedWithAWantedTopicIsNotBlocked()
    {
        QTemporaryDir tmp;
        Fixture f;
        QVERIFY(f.make(tmp.path(), 1, 2));
        Store &store = *f.store;
        QVERIFY(store.saveArticle(
            f.stories[0], withChips({ { QStringLiteral("Robert Lee"), { QStringLiteral("lee") } } })));
        QVERIFY(store.saveArticle(
            f.stories[1], withChips({ { QStringLiteral("Barbara Lee"), { QStringLiteral("lee") } } })));
        QVERIFY(store.setTopicBlocked(QStringLiteral("Robert Lee"), true));
        const QSet<QString> blocked = store.corpusStats().blockedTopics;
        QCOMPARE(blocked, QSet<QString> { QStringLiteral("robert lee") });
    }

    void summaryCountsFeedsAndRelatedTopics()
    {
        QTemporaryDir tmp;
        Fixture f;
        QVERIFY(f.make(tmp.path(), 3, 3));
        Store &store = *f.store;
        const QList<StoryId> &s = f.stories;
        const ChipSpec xi { QStringLiteral("Xi Jinping"), { QStringLiteral("xi") } };
        // Feed 0: three Xi stories; feed 1: one; feed 2: none.
        QVERIFY(store.saveArticle(
            s[0], withChips({ xi, { QStringLiteral("China"), {} }, { QStringLiteral("Trade"), {} } })));
        QVERIFY(store.saveArticle(s[1], withChips({ { QStringLiteral("Xi"), {} }, { QStringLiteral("China"), {} } })));
        QVERIFY(store.saveArticle(s[2], withChips({ xi, { QStringLiteral("Taiwan"), {} } })));
        QVERIFY(store.saveArticle(s[3], withChips({ { QStringLiteral("China"), {} }, xi })));
        QVERIFY(
            store.saveArticle(s[6], withChips({ { QStringLiteral("China"), {} }, { QStringLiteral("Trade"), {} } })));
        QVERIFY(!store.topicSummary(QStringLiteral("Nobody")));

        std::optional<TopicSummary> summary = store.topicSummary(QStringLiteral("xi"));
        QVERIFY(summary);
        QCOMPARE(summary->topic.name, QStringLiteral("Xi Jinping"));
        QCOMPARE(summary->topic.stories, 4);
        QCOMPARE(summary->feeds, 2);
        QCOMPARE(summary->related.size(), 3);
        QCOMPARE(summary->related.at(0).name, QStringLiteral("China"));
        QCOMPARE(summary->related.at(0).stories, 3);
        QCOMPARE(summary->related.at(1).stories, 1);
        QCOMPARE(store.topicSummary(QStringLiteral("xi"), 1)->related.size(), 1);
        QCOMPARE(store.topicSummary(QStringLiteral("China"))->feeds, 3);

        // Feeds leave the count as their stories leave the topic, or the feed goes.
        QVERIFY(store.saveArticle(s[3], withChips({ { QStringLiteral("China"), {} } })));
        QCOMPARE(store.topicSummary(QStringLiteral("xi"))->feeds, 1);
        QVERIFY(store.deleteSubscription(f.feeds[2]));
        QCOMPARE(store.topicSummary(QStringLiteral("China"))->feeds, 2);
        QCOMPARE(store.topic(QStringLiteral("China"))->stories, 3);
        QVERIFY(store.setTopicFollowed(QStringLiteral("China"), true));
        QCOMPARE(store.followedTopics().first().unread, 3);
        QVERIFY(store.deleteSubscription(f.feeds[0]));
        QCOMPARE(store.followedTopics().first().unread, 1);
        QCOMPARE(store.topic(QStringLiteral("China"))->stories, 1);
    }

    // A version 8 store, written with raw SQL, opens as version 9: its
    // topics keep their stories, gain feed and unread counts, and take aliases.
    void version8TopicsAreMigrated()
    {
        QTemporaryDir tmp;
        const QString path = Store::databasePath(tmp.path());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v8"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(StoreSchema::migrate(db, 8));
            QCOMPARE(StoreSchema::version(db), 8);
            QSqlQuery query(db);
            const auto sql = [&query](const QString &statement) {
                const bool ok = query.exec(statement);
                if (!ok)
                    qWarning() << statement << query.lastError().text();
                return ok;
            };
            QVERIFY(sql(QStringLiteral("INSERT INTO subscriptions(id, url, created) VALUES (1, 'https://a/', 0),"
                                       " (2, 'https://b/', 0)")));
            for (int id = 11; id <= 13; ++id) {
                const int sub = id == 13 ? 2 : 1;
                QVERIFY(sql(QStringLiteral("INSERT INTO stories(id, subscription_id, guid, title, published,"
                                           " first_seen, content_hash) VALUES (%1, %2, 'g%1', 'Story %1', %1, %1, 'h')")
                                .arg(id)
                                .arg(sub)));
                QVERIFY(sql(QStringLiteral("INSERT INTO story_state(story_id, published, subscription_id, read)"
                                           " VALUES (%1, %1, %2, %3)")
                                .arg(id)
                                .arg(sub)
                                .arg(id == 11 ? 1 : 0)));
            }
            QVERIFY(
                sql(QStringLiteral("INSERT INTO topics(id, name, key) VALUES (1, 'Vladimir Putin', 'vladimir putin'),"
                                   " (2, 'Kremlin', 'kremlin')")));
            QVERIFY(sql(QStringLiteral("INSERT INTO story_topics(story_id, topic_id, rank, published) VALUES"
                                       " (11, 1, 0, 11), (11, 2, 1, 11), (12, 1, 0, 12), (13, 1, 0, 13)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v8"));

        auto store = openStore(tmp.path());
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), StoreSchema::currentVersion());
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".bak-v8")));
        std::optional<TopicSummary> summary = store->topicSummary(QStringLiteral("Vladimir Putin"));
        QVERIFY(summary);
        QCOMPARE(summary->topic.stories, 3);
        QCOMPARE(summary->topic.unread, 2);
        QCOMPARE(summary->feeds, 2);
        QCOMPARE(summary->related.size(), 1);
        QCOMPARE(summary->related.first().name, QStringLiteral("Kremlin"));
        QVERIFY(store->topic(QStringLiteral("Vladimir Putin"))->aliases.isEmpty());
        // The migrated store keeps counting: a re-clean records aliases, a
        // new "Putin" joins, read state moves the unread count.
        QVERIFY(
            store->saveArticle(12, withChips({ { QStringLiteral("Vladimir Putin"), { QStringLiteral("putin") } } })));
        QVERIFY(store->saveArticle(13, withChips({ { QStringLiteral("Putin"), {} } })));
        QCOMPARE(store->topic(QStringLiteral("putin"))->stories, 3);
        QCOMPARE(store->topic(QStringLiteral("putin"))->unread, 2);
        QVERIFY(store->setRead(12, true));
        QCOMPARE(store->topic(QStringLiteral("putin"))->unread, 1);
        QCOMPARE(store->topicSummary(QStringLiteral("putin"))->feeds, 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreTopics)
#include "tst_store_topics.moc"
