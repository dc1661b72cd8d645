// Stories in the store: idempotent upserts, read state that survives
// refetches, dates, excerpts, keyset paging, unread counts and mark-all-read.

#include "storage/store.h"
#include "store_fixture.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace Core;
using namespace StoreTest;

class TestStoreStories final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void upsertIsIdempotent()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId sub = store->addSubscription(QStringLiteral("https://a/")).value();
        const QList<ParsedItem> items = { item(QStringLiteral("1"), QStringLiteral("One"), at(1)),
            item(QStringLiteral("2"), QStringLiteral("Two"), at(2)),
            item(QStringLiteral("1"), QStringLiteral("One again"), at(1)) };
        const auto first = store->upsertStories(sub, items);
        QVERIFY(first);
        QCOMPARE(first->size(), 2);
        const auto second = store->upsertStories(sub, items);
        QVERIFY(second);
        QVERIFY(second->isEmpty());
        QCOMPARE(store->countStories({}), 2);
        QCOMPARE(store->story(first->at(0))->row.title, QStringLiteral("One again"));
        // The same guid in another subscription is another story.
        const SubscriptionId other = store->addSubscription(QStringLiteral("https://b/")).value();
        QCOMPARE(store->upsertStories(other, items)->size(), 2);
        QCOMPARE(store->upsertStories(999, items).error().code, ErrorCode::NotFound);
    }

    void readStateSurvivesARefetchWithChangedContent()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId sub = store->addSubscription(QStringLiteral("https://a/")).value();
        ParsedItem story = item(QStringLiteral("g"), QStringLiteral("Draft"), at(5));
        const StoryId id = store->upsertStories(sub, { story })->first();
        QVERIFY(store->setRead(id, true));
        QVERIFY(store->setStarred(id, true));
        story.title = QStringLiteral("Final");
        story.summaryHtml = QStringLiteral("<p>Now with &amp; more</p>");
        story.categories = { QStringLiteral("Politics") };
        story.published = at(6);
        QVERIFY(store->upsertStories(sub, { story })->isEmpty());
        const auto detail = store->story(id);
        QVERIFY(detail);
        QCOMPARE(detail->row.title, QStringLiteral("Final"));
        QCOMPARE(detail->row.excerpt, QStringLiteral("Now with & more"));
        QCOMPARE(detail->categories, QStringList { QStringLiteral("Politics") });
        QCOMPARE(detail->row.published, at(6));
        QVERIFY(detail->row.read);
        QVERIFY(detail->row.starred);
        // The unread and starred lists follow the new date too.
        QCOMPARE(store->stories({ StoryFilter::Kind::Starred, 0, {}, {} }).first().published, at(6));
        QCOMPARE(store->countStories({ StoryFilter::Kind::Unread, 0, {}, {} }), 0);
    }

    void firstSeenDatesDoNotMoveOnRefetch()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId sub = store->addSubscription(QStringLiteral("https://a/")).value();
        ParsedItem story = item(QStringLiteral("undated"), QStringLiteral("No date"), at(1));
        story.dateIsFirstSeen = true;
        const StoryId id = store->upsertStories(sub, { story })->first();
        story.published = at(90); // the parser's "now" on the next fetch
        QVERIFY(store->upsertStories(sub, { story })->isEmpty());
        const auto detail = store->story(id);
        QCOMPARE(detail->row.published, at(1));
        QVERIFY(detail->dateIsFirstSeen);
    }

    void futureDatesDoNotPinStoriesToTheTop()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId sub = store->addSubscription(QStringLiteral("https://a/")).value();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const StoryId id = store
                               ->upsertStories(sub,
                                   { item(QStringLiteral("f"), QStringLiteral("From 2099"),
                                       QDateTime(QDate(2099, 1, 1), QTime(0, 0), Qt::UTC)) })
                               ->first();
        const QDateTime published = store->story(id)->row.published;
        QVERIFY(published >= before.addSecs(-1));
        QVERIFY(published <= QDateTime::currentDateTimeUtc().addSecs(1));
        // Tomorrow is fine: time zones and early publishing.
        const QDateTime tomorrow = QDateTime::currentDateTimeUtc().addSecs(6 * 3600);
        const StoryId soon
            = store->upsertStories(sub, { item(QStringLiteral("s"), QStringLiteral("Soon"), tomorrow) })->first();
        QCOMPARE(store->story(soon)->row.published.toSecsSinceEpoch(), tomorrow.toSecsSinceEpoch());
    }

    void aCleanedStoryKeepsItsArticleTextWhenTheFeedChanges()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId sub = store->addSubscription(QStringLiteral("https://a/")).value();
        ParsedItem story
            = item(QStringLiteral("c"), QStringLiteral("Old title"), at(1), QStringLiteral("<p>Teaser only</p>"));
        const StoryId id = store->upsertStories(sub, { story })->first();
        QVERIFY(store->saveArticle(
            id, article(QStringLiteral("The whole story about otters."), { QStringLiteral("Otters") })));
        story.title = QStringLiteral("New title");
        story.summaryHtml = QStringLiteral("<p>Another teaser</p>");
        QVERIFY(store->upsertStories(sub, { story })->isEmpty());
        const auto detail = store->story(id);
        QCOMPARE(detail->row.title, QStringLiteral("New title"));
        QCOMPARE(detail->row.excerpt, QStringLiteral("The whole story about otters."));
        QCOMPARE(detail->summaryHtml, QStringLiteral("<p>Another teaser</p>"));
        QVERIFY(detail->article);
        QCOMPARE(store->countStories({ StoryFilter::Kind::Search, 0, {}, QStringLiteral("otters") }), 1);
        QCOMPARE(store->countStories({ StoryFilter::Kind::Search, 0, {}, QStringLiteral("\"new title\"") }), 1);
        QCOMPARE(store->countStories({ StoryFilter::Kind::Search, 0, {}, QStringLiteral("\"old title\"") }), 0);
        QCOMPARE(store->story(id)->topics.first().name, QStringLiteral("Otters"));
    }

    void excerptsAreOneShortLine()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId sub = store->addSubscription(QStringLiteral("https://a/")).value();
        QString longSummary = QStringLiteral("<div><script>alert('x')</script><style>p{}</style><h2>Head</h2>"
                                             "<p>First&nbsp;line<br>second &#8220;line&#x201D; &lt;tag&gt;</p>");
        for (int i = 0; i < 60; ++i)
            longSummary += QStringLiteral("<p>word%1 and <a href=\"#\">link</a></p>\n").arg(i);
        const StoryId id
            = store->upsertStories(sub, { item(QStringLiteral("x"), QStringLiteral("X"), at(1), longSummary) })
                  ->first();
        const QString excerpt = store->story(id)->row.excerpt;
        QVERIFY2(
            excerpt.startsWith(QStringLiteral("Head First line second \u201Cline\u201D <tag> word0 and link word1")),
            qPrintable(excerpt));
        QVERIFY(excerpt.size() <= 201);
        QVERIFY(excerpt.endsWith(QChar(0x2026)));
        QVERIFY(!excerpt.contains(QLatin1Char('\n')));
        QVERIFY(!excerpt.contains(QStringLiteral("alert")));
    }

    void enclosuresAndDetailsRoundTrip()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId sub
            = store->addSubscription(QStringLiteral("https://a/"), QStringLiteral("Feed A")).value();
        ParsedItem story = item(QStringLiteral("e"), QStringLiteral("Podcast"), at(1));
        story.author = QStringLiteral("Ann");
        story.contentHtml = QStringLiteral("<p>Full</p>");
        story.enclosures = { Enclosure { QStringLiteral("https://a/ep.mp3"), QStringLiteral("audio/mpeg"), 1234 } };
        const StoryId id = store->upsertStories(sub, { story })->first();
        const auto detail = store->story(id);
        QVERIFY(detail);
        QCOMPARE(detail->guid, QStringLiteral("e"));
        QCOMPARE(detail->author, QStringLiteral("Ann"));
        QCOMPARE(detail->contentHtml, QStringLiteral("<p>Full</p>"));
        QCOMPARE(detail->row.subscriptionTitle, QStringLiteral("Feed A"));
        QCOMPARE(detail->enclosures.size(), 1);
        QCOMPARE(detail->enclosures.first().length, 1234);
        QCOMPARE(detail->enclosures.first().type, QStringLiteral("audio/mpeg"));
        QVERIFY(!detail->article);
        QVERIFY(!store->story(id + 100));
    }

    void pagingIsKeysetAcrossEqualTimestamps_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("100") << 100;
    }
    void pagingIsKeysetAcrossEqualTimestamps()
    {
        QFETCH(int, pageSize);
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId a = store->addSubscription(QStringLiteral("https://a/")).value();
        const SubscriptionId b = store->addSubscription(QStringLiteral("https://b/")).value();
        QList<ParsedItem> itemsA, itemsB;
        for (int i = 0; i < 150; ++i) {
            // Only ten distinct timestamps: ties must be broken by id.
            const ParsedItem story = item(QStringLiteral("s%1").arg(i), QStringLiteral("Story %1").arg(i), at(i % 10));
            (i % 3 == 0 ? itemsB : itemsA).append(story);
        }
        const QList<StoryId> newA = store->upsertStories(a, itemsA).value();
        const QList<StoryId> newB = store->upsertStories(b, itemsB).value();
        for (qsizetype i = 0; i < newA.size(); i += 4)
            QVERIFY(store->setRead(newA.at(i), true));
        for (qsizetype i = 0; i < newA.size(); i += 5)
            QVERIFY(store->setStarred(newA.at(i), true));

        const QList<StoryFilter> filters = {
            { StoryFilter::Kind::All, 0, {}, {} }, { StoryFilter::Kind::Subscription, a, {}, {} },
            { StoryFilter::Kind::Unread, 0, {}, {} }, { StoryFilter::Kind::Starred, 0, {}, {} },
            { StoryFilter::Kind::Search, 0, {}, QStringLiteral("story") },
            // Small pages walk the list (scan plan), the full list sorts the
            // matches (lookup plan): both must agree.
            { StoryFilter::Kind::Search, 0, {}, QStringLiteral("\"story 1*\"") }, // 61 of 150
        };
        for (const StoryFilter &filter : filters) {
            const QList<StoryRow> rows = allPages(*store, filter, pageSize);
            QVERIFY(isListOrder(rows));
            const QList<StoryId> listed = ids(rows);
            QCOMPARE(QSet<StoryId>(listed.begin(), listed.end()).size(), listed.size()); // no repeats
            QCOMPARE(listed.size(), store->countStories(filter));
            QCOMPARE(listed, ids(store->stories(filter, {}, 1000)));
        }
        QCOMPARE(store->countStories({}), 150);
        QCOMPARE(store->countStories({ StoryFilter::Kind::Subscription, a, {}, {} }), 100);
        QCOMPARE(store->countStories({ StoryFilter::Kind::Subscription, b, {}, {} }), int(newB.size()));
        QCOMPARE(store->countStories({ StoryFilter::Kind::Unread, 0, {}, {} }), 125);
        QCOMPARE(store->countStories({ StoryFilter::Kind::Starred, 0, {}, {} }), 20);
        QCOMPARE(store->countStories({ StoryFilter::Kind::Search, 0, {}, QStringLiteral("\"story 1*\"") }), 61);
    }

    void todayMeansSinceLocalMidnight()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId sub = store->addSubscription(QStringLiteral("https://a/")).value();
        const QDateTime midnight(QDate::currentDate(), QTime(0, 0));
        QVERIFY(store->upsertStories(sub,
            { item(QStringLiteral("today"), QStringLiteral("Today"), midnight.addSecs(60).toUTC()),
                item(QStringLiteral("later"), QStringLiteral("Later today"), midnight.addSecs(120).toUTC()),
                item(QStringLiteral("yesterday"), QStringLiteral("Yesterday"), midnight.addSecs(-1).toUTC()) }));
        const QList<StoryRow> rows = store->stories({ StoryFilter::Kind::Today, 0, {}, {} });
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.last().title, QStringLiteral("Today"));

        // Badges count what is left to read.
        StoryFilter today { StoryFilter::Kind::Today, 0, {}, {} };
        today.unreadOnly = true;
        StoryFilter feed { StoryFilter::Kind::Subscription, sub, {}, {} };
        feed.unreadOnly = true;
        QCOMPARE(store->countStories(today), 2);
        QCOMPARE(store->countStories(feed), 3);
        QVERIFY(store->setRead(rows.first().id, true));
        QCOMPARE(store->countStories(today), 1);
        QCOMPARE(store->countStories(feed), 2);
        QCOMPARE(store->countStories({ StoryFilter::Kind::Today, 0, {}, {} }), 2);
    }

    // The per-feed counts kept by triggers always equal a direct count over story_state.
    void unreadCountsStayExactThroughEveryChange()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId a = store->addSubscription(QStringLiteral("https://a/"), QStringLiteral("A")).value();
        const SubscriptionId b = store->addSubscription(QStringLiteral("https://b/"), QStringLiteral("B")).value();
        const auto check = [&store](const char *step) {
            for (const Subscription &sub : store->subscriptions()) {
                StoryFilter unread { StoryFilter::Kind::Subscription, sub.id, {}, {} };
                unread.unreadOnly = true;
                if (sub.unreadCount != store->countStories(unread)) {
                    qWarning("%s: feed %lld shows %d unread, has %d", step, sub.id, sub.unreadCount,
                        store->countStories(unread));
                    return false;
                }
            }
            return true;
        };
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
        QList<ParsedItem> items;
        for (int i = 0; i < 30; ++i)
            items.append(item(QStringLiteral("s%1").arg(i), QStringLiteral("Story %1").arg(i), base.addSecs(i)));
        const auto inA = store->upsertStories(a, items);
        const auto inB = store->upsertStories(b, items.mid(0, 10));
        QVERIFY(inA && inB);
        QVERIFY(check("added"));
        QCOMPARE(store->subscription(a)->unreadCount, 30);
        QVERIFY(store->upsertStories(a, items)); // refetch: nothing new
        QVERIFY(check("refetched"));
        QVERIFY(store->setRead(inA->at(0), true));
        QVERIFY(store->setRead(inA->at(0), true)); // twice: counted once
        QVERIFY(check("one read"));
        QVERIFY(store->setReadMany(inA->mid(1, 9), true));
        QVERIFY(check("many read"));
        QCOMPARE(store->subscription(a)->unreadCount, 20);
        QVERIFY(store->setRead(inA->at(3), false));
        QVERIFY(check("one unread again"));
        const auto marked = store->markAllRead({ StoryFilter::Kind::Subscription, b, {}, {} });
        QVERIFY(marked);
        QVERIFY(check("feed marked read"));
        QCOMPARE(store->subscription(b)->unreadCount, 0);
        QVERIFY(store->setReadMany(*marked, false)); // undo
        QVERIFY(check("undone"));
        QCOMPARE(store->subscription(b)->unreadCount, 10);
        QVERIFY(store->deleteSubscription(b));
        QVERIFY(check("feed deleted"));
        QCOMPARE(store->subscriptions().size(), 1);
        QCOMPARE(store->countStories({ StoryFilter::Kind::Unread, 0, {}, {} }), 21);
    }

    void unreadCountsAndMarkAllReadWithUndo()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId a = store->addSubscription(QStringLiteral("https://a/"), QStringLiteral("A")).value();
        const SubscriptionId b = store->addSubscription(QStringLiteral("https://b/"), QStringLiteral("B")).value();
        QList<ParsedItem> items;
        for (int i = 0; i < 6; ++i)
            items.append(item(QString::number(i), QStringLiteral("S"), at(i)));
        const QList<StoryId> storiesA = store->upsertStories(a, items).value();
        QVERIFY(store->upsertStories(b, items.mid(0, 2)));
        QVERIFY(store->setRead(storiesA.first(), true));

        QList<Subscription> subs = store->subscriptions();
        QCOMPARE(subs.size(), 2);
        QCOMPARE(subs.at(0).title, QStringLiteral("A"));
        QCOMPARE(subs.at(0).unreadCount, 5);
        QCOMPARE(subs.at(1).unreadCount, 2);
        QCOMPARE(store->subscription(a)->unreadCount, 5);

        const auto changed = store->markAllRead({ StoryFilter::Kind::Subscription, a, {}, {} });
        QVERIFY(changed);
        QCOMPARE(changed->size(), 5);
        QVERIFY(!changed->contains(storiesA.first())); // it was read already: undo must not touch it
        QCOMPARE(store->subscription(a)->unreadCount, 0);
        QCOMPARE(store->subscription(b)->unreadCount, 2);
        QVERIFY(store->setReadMany(*changed, false));
        QCOMPARE(store->subscription(a)->unreadCount, 5);
        QVERIFY(store->story(storiesA.first())->row.read);

        QCOMPARE(store->markAllRead({})->size(), 7);
        QCOMPARE(store->countStories({ StoryFilter::Kind::Unread, 0, {}, {} }), 0);
        QCOMPARE(store->setRead(99999, true).error().code, ErrorCode::NotFound);
    }

    // Oldest first pages forward through the same stories in reverse, for
    // every driver (stories, story_state), ties broken by id the other way too.
    void oldestFirstPagesInAscendingOrder()
    {
        QTemporaryDir tmp;
        QList<StoryId> stories;
        auto store = storeWithStories(tmp.path(), 250, &stories);
        QVERIFY(store);
        QCOMPARE(stories.size(), 250);
        const SubscriptionId sub = store->subscriptions().constFirst().id;
        // Two more stories at the same minute as the oldest.
        const QList<StoryId> tied = store
                                        ->upsertStories(sub,
                                            { item(QStringLiteral("t1"), QStringLiteral("Tie 1"), at(1)),
                                                item(QStringLiteral("t2"), QStringLiteral("Tie 2"), at(1)) })
                                        .value();
        QList<StoryId> expected = { stories.first(), tied.at(0), tied.at(1) };
        expected.append(stories.mid(1));
        for (const StoryFilter::Kind kind : { StoryFilter::Kind::All, StoryFilter::Kind::Unread }) {
            StoryFilter filter;
            filter.kind = kind;
            filter.oldestFirst = true;
            QCOMPARE(ids(allPages(*store, filter, 100)), expected);
            filter.oldestFirst = false;
            QList<StoryId> newestFirst = expected;
            std::reverse(newestFirst.begin(), newestFirst.end());
            QCOMPARE(ids(allPages(*store, filter, 100)), newestFirst);
        }
        StoryFilter feed;
        feed.kind = StoryFilter::Kind::Subscription;
        feed.id = sub;
        feed.oldestFirst = true;
        feed.unreadOnly = true;
        QVERIFY(store->setRead(expected.at(1), true));
        QList<StoryId> unread = expected;
        unread.removeAt(1);
        QCOMPARE(ids(allPages(*store, feed, 7)), unread);
    }

    void marksEverythingAboveOrBelowARow()
    {
        QTemporaryDir tmp;
        QList<StoryId> stories; // oldest first
        auto store = storeWithStories(tmp.path(), 10, &stories);
        QVERIFY(store);
        StoryFilter all;
        const QList<StoryRow> rows = store->stories(all); // newest first
        const PageKey fifth { rows.at(4).published, rows.at(4).id };
        QVERIFY(store->setRead(rows.at(1).id, true));
        const Result<QList<StoryId>> above = store->markAllRead(all, fifth, Store::ListSide::Above);
        QVERIFY(above);
        // Rows 0, 2 and 3: row 1 was read already, row 4 itself stays unread.
        QCOMPARE(QSet<StoryId>(above->cbegin(), above->cend()),
            (QSet<StoryId> { rows.at(0).id, rows.at(2).id, rows.at(3).id }));
        QVERIFY(!store->story(rows.at(4).id)->row.read);
        // Oldest first, "below" is the newer side.
        StoryFilter oldest;
        oldest.oldestFirst = true;
        const PageKey third { store->story(stories.at(2))->row.published, stories.at(2) };
        const Result<QList<StoryId>> below = store->markAllRead(oldest, third, Store::ListSide::Below);
        QVERIFY(below);
        QCOMPARE(QSet<StoryId>(below->cbegin(), below->cend()),
            (QSet<StoryId> { stories.at(3), stories.at(4), stories.at(5) }));
        StoryFilter unread;
        unread.kind = StoryFilter::Kind::Unread;
        QCOMPARE(ids(store->stories(unread)), (QList<StoryId> { stories.at(2), stories.at(1), stories.at(0) }));
        QCOMPARE(store->countStories(unread), 3);
    }
};

QTEST_GUILESS_MAIN(TestStoreStories)
#include "tst_store_stories.moc"
