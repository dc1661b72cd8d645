#include "storage/store.h"
#include "store_schema.h"
#include "test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <thread>

using namespace Core;

namespace {

QDateTime at(int minutes)
{
    return QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC).addSecs(qint64(minutes) * 60);
}

ParsedItem item(const QString &id, const QString &title, const QDateTime &published, const QString &summary = {})
{
    ParsedItem parsed;
    parsed.id = id;
    parsed.title = title;
    parsed.link = QStringLiteral("https://example.org/") + id;
    parsed.published = published;
    parsed.summaryHtml
        = summary.isEmpty() ? QStringLiteral("<p>About <b>") + title + QStringLiteral("</b>.</p>") : summary;
    return parsed;
}

std::unique_ptr<Store> openStore(const QString &dir)
{
    auto store = Store::open(dir);
    if (!store) {
        qWarning() << "open failed:" << store.error().detail;
        return nullptr;
    }
    return std::move(store.value());
}

// One feed with `count` stories published a minute apart, oldest first;
// their ids go to *stories (empty when anything failed).
std::unique_ptr<Store> storeWithStories(const QString &dir, int count, QList<StoryId> *stories)
{
    stories->clear();
    auto store = openStore(dir);
    if (!store)
        return nullptr;
    const Result<SubscriptionId> sub = store->addSubscription(QStringLiteral("https://a/"));
    if (!sub)
        return store;
    QList<ParsedItem> items;
    for (int i = 1; i <= count; ++i)
        items.append(item(QString::number(i), QStringLiteral("Story %1").arg(i), at(i)));
    if (const auto added = store->upsertStories(*sub, items))
        *stories = *added;
    return store;
}

QList<StoryId> ids(const QList<StoryRow> &rows)
{
    QList<StoryId> result;
    for (const StoryRow &row : rows)
        result.append(row.id);
    return result;
}

// Every row of a filter, fetched `pageSize` at a time through keyset paging.
QList<StoryRow> allPages(const Store &store, const StoryFilter &filter, int pageSize)
{
    QList<StoryRow> rows;
    std::optional<PageKey> after;
    for (int guard = 0; guard < 10000; ++guard) {
        const QList<StoryRow> page = store.stories(filter, after, pageSize);
        rows.append(page);
        if (page.size() < pageSize)
            break;
        after = PageKey { page.last().published, page.last().id };
    }
    return rows;
}

bool isListOrder(const QList<StoryRow> &rows)
{
    return std::is_sorted(rows.begin(), rows.end(), [](const StoryRow &a, const StoryRow &b) {
        return a.published != b.published ? a.published > b.published : a.id > b.id;
    });
}

Article article(const QString &text, const QStringList &topics)
{
    Article result;
    result.title = QStringLiteral("Cleaned");
    result.text = text;
    result.html = QStringLiteral("<p>") + text + QStringLiteral("</p>");
    result.topics = topics;
    result.readerable = true;
    result.wordCount = int(text.split(QLatin1Char(' ')).size());
    result.extractorVersion = 3;
    result.published = QDateTime(QDate(2024, 3, 1), QTime(9, 30), QTimeZone(3600));
    return result;
}

} // namespace

class TestStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void opensAndCreatesTheProfileFolder()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/a/b/profile");
        auto store = openStore(dir);
        QVERIFY(store);
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/tidings.sqlite")));
        QCOMPARE(store->profileDir(), dir);
        QCOMPARE(store->schemaVersion(), StoreSchema::currentVersion());
        // WAL is a property of the file: a plain connection sees it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(dir + QStringLiteral("/tidings.sqlite"));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void emptyProfileMeansTheEnvironmentVariable()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.path() + QStringLiteral("/from-env");
        qputenv("TIDINGS_PROFILE", dir.toUtf8());
        QCOMPARE(Store::defaultProfileDir(), dir);
        auto store = openStore({});
        qunsetenv("TIDINGS_PROFILE");
        QVERIFY(store);
        QCOMPARE(store->profileDir(), dir);
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/tidings.sqlite")));
    }

    void storesOnSeveralThreadsShareTheFile()
    {
        QTemporaryDir tmp;
        auto main = openStore(tmp.path());
        QVERIFY(main);
        const auto added = main->addSubscription(QStringLiteral("https://a.example/feed"));
        QVERIFY2(added, qPrintable(added ? QString() : added.error().detail));
        const SubscriptionId sub = *added;
        std::atomic<int> failures = 0;
        auto work = [&](int thread) {
            auto store = openStore(tmp.path());
            if (!store) {
                ++failures;
                return;
            }
            for (int batch = 0; batch < 5; ++batch) {
                QList<ParsedItem> items;
                for (int i = 0; i < 20; ++i)
                    items.append(item(
                        QStringLiteral("t%1-%2-%3").arg(thread).arg(batch).arg(i), QStringLiteral("Story"), at(i)));
                if (!store->upsertStories(sub, items) || store->stories({}).isEmpty())
                    ++failures;
            }
        };
        std::thread first(work, 1);
        std::thread second(work, 2);
        first.join();
        second.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(main->countStories({}), 200);
    }

    void subscriptionsAreManaged()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const auto id = store->addSubscription(QStringLiteral(" https://a.example/feed "), QStringLiteral("A"));
        QVERIFY(id);
        const auto duplicate = store->addSubscription(QStringLiteral("https://a.example/feed"));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::Duplicate);
        QCOMPARE(store->addSubscription(QStringLiteral("  ")).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(
            store->addSubscription(QStringLiteral("https://b.example/"), {}, 999).error().code, ErrorCode::NotFound);

        QVERIFY(store->renameSubscription(*id, QStringLiteral("Renamed")));
        const FolderId folder = store->addFolder(QStringLiteral("News")).value();
        QVERIFY(store->moveSubscription(*id, folder));
        QVERIFY(store->setAllowImages(*id, true));
        const auto sub = store->subscriptionByUrl(QStringLiteral("https://a.example/feed"));
        QVERIFY(sub);
        QCOMPARE(sub->title, QStringLiteral("Renamed"));
        QCOMPARE(sub->folderId, folder);
        QVERIFY(sub->allowImages);
        QCOMPARE(store->renameSubscription(4242, QStringLiteral("x")).error().code, ErrorCode::NotFound);

        const SubscriptionId other = store->addSubscription(QStringLiteral("https://b.example/feed")).value();
        QCOMPARE(store->setSubscriptionUrl(other, QStringLiteral("https://a.example/feed")).error().code,
            ErrorCode::Duplicate);
        QVERIFY(store->setSubscriptionUrl(other, QStringLiteral("https://b.example/moved")));
        QCOMPARE(store->subscription(other)->url, QStringLiteral("https://b.example/moved"));

        QVERIFY(store->upsertStories(*id, { item(QStringLiteral("1"), QStringLiteral("One"), at(1)) }));
        QVERIFY(store->upsertStories(other, { item(QStringLiteral("1"), QStringLiteral("One"), at(1)) }));
        QCOMPARE(store->countStories({}), 2);
        QVERIFY(store->deleteSubscription(*id));
        QCOMPARE(store->countStories({}), 1);
        QCOMPARE(store->subscriptions().size(), 1);
        QCOMPARE(store->deleteSubscription(*id).error().code, ErrorCode::NotFound);
    }

    void fetchBookkeepingIsRecorded()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId id = store->addSubscription(QStringLiteral("https://a.example/feed")).value();
        const QDateTime retry = QDateTime::currentDateTimeUtc().addSecs(3600);
        QVERIFY(store->recordFetchFailure(id, QStringLiteral("HTTP 503"), retry));
        QVERIFY(store->recordFetchFailure(id, QStringLiteral("HTTP 503"), retry));
        auto sub = store->subscription(id);
        QCOMPARE(sub->consecutiveFailures, 2);
        QCOMPARE(sub->lastError, QStringLiteral("HTTP 503"));
        QCOMPARE(sub->retryAfter.toSecsSinceEpoch(), retry.toSecsSinceEpoch());
        QVERIFY(sub->lastFetched.isValid());
        QVERIFY(!sub->lastSuccess.isValid());

        ParsedFeed feed;
        feed.title = QStringLiteral("Feed Title");
        feed.link = QStringLiteral("https://a.example/");
        QVERIFY(store->recordFetchSuccess(id, QStringLiteral("\"v1\""), QStringLiteral("Mon, 01 Jan 2024"), &feed));
        sub = store->subscription(id);
        QCOMPARE(sub->consecutiveFailures, 0);
        QVERIFY(sub->lastError.isEmpty());
        QVERIFY(!sub->retryAfter.isValid());
        QCOMPARE(sub->etag, QStringLiteral("\"v1\""));
        QCOMPARE(sub->title, QStringLiteral("Feed Title"));
        QCOMPARE(sub->siteUrl, QStringLiteral("https://a.example/"));
        // A title the user chose survives the feed's.
        QVERIFY(store->renameSubscription(id, QStringLiteral("Mine")));
        QVERIFY(store->recordFetchSuccess(id, {}, {}, &feed));
        QCOMPARE(store->subscription(id)->title, QStringLiteral("Mine"));
    }

    void foldersNestAndDeleteIntoTheirParent()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const FolderId top = store->addFolder(QStringLiteral("Top")).value();
        const FolderId mid = store->addFolder(QStringLiteral("Mid"), top).value();
        const FolderId leaf = store->addFolder(QStringLiteral("Leaf"), mid).value();
        QCOMPARE(store->addFolder(QStringLiteral("Mid"), top).error().code, ErrorCode::Duplicate);
        QCOMPARE(store->addFolder(QStringLiteral("X"), 999).error().code, ErrorCode::NotFound);
        QVERIFY(store->renameFolder(leaf, QStringLiteral("Leaf 2")));
        const SubscriptionId a = store->addSubscription(QStringLiteral("https://a/"), {}, mid).value();
        const SubscriptionId b = store->addSubscription(QStringLiteral("https://b/"), {}, leaf).value();
        const SubscriptionId c = store->addSubscription(QStringLiteral("https://c/")).value();
        QVERIFY(store->upsertStories(a, { item(QStringLiteral("a"), QStringLiteral("A"), at(1)) }));
        QVERIFY(store->upsertStories(b, { item(QStringLiteral("b"), QStringLiteral("B"), at(2)) }));
        QVERIFY(store->upsertStories(c, { item(QStringLiteral("c"), QStringLiteral("C"), at(3)) }));

        StoryFilter inTop { StoryFilter::Kind::Folder, top, {}, {} };
        QCOMPARE(store->countStories(inTop), 2); // subfolders count
        QCOMPARE(store->stories(inTop).size(), 2);
        QCOMPARE(store->countStories({ StoryFilter::Kind::Folder, leaf, {}, {} }), 1);

        QVERIFY(store->deleteFolder(mid));
        QCOMPARE(store->subscription(a)->folderId, top);
        const QList<Folder> folders = store->folders();
        QCOMPARE(folders.size(), 2);
        const auto leafFolder
            = std::find_if(folders.begin(), folders.end(), [&](const Folder &f) { return f.id == leaf; });
        QVERIFY(leafFolder != folders.end());
        QCOMPARE(leafFolder->parentId, top);
        QCOMPARE(leafFolder->name, QStringLiteral("Leaf 2"));
        QCOMPARE(store->countStories(inTop), 2);
        QCOMPARE(store->deleteFolder(mid).error().code, ErrorCode::NotFound);

        const FolderId other = store->addFolder(QStringLiteral("Other")).value();
        QCOMPARE(store->moveFolder(top, leaf).error().code, ErrorCode::InvalidArgument); // below itself
        QCOMPARE(store->moveFolder(top, top).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(store->moveFolder(leaf, 999).error().code, ErrorCode::NotFound);
        QVERIFY(store->moveFolder(leaf, other));
        QCOMPARE(store->countStories({ StoryFilter::Kind::Folder, other, {}, {} }), 1);
        QCOMPARE(store->countStories(inTop), 1);
        QVERIFY(store->moveFolder(leaf, 0));
        QCOMPARE(store->countStories({ StoryFilter::Kind::Folder, other, {}, {} }), 0);
    }

    void deletingASubscriptionTakesEverythingOfItsStories()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId gone = store->addSubscription(QStringLiteral("https://gone/")).value();
        const SubscriptionId kept = store->addSubscription(QStringLiteral("https://kept/")).value();
        const StoryId a
            = store->upsertStories(gone, { item(QStringLiteral("a"), QStringLiteral("Walrus news"), at(1)) })->first();
        const StoryId b
            = store->upsertStories(kept, { item(QStringLiteral("b"), QStringLiteral("Penguin news"), at(2)) })->first();
        QVERIFY(store->saveArticle(
            a, article(QStringLiteral("Walruses."), { QStringLiteral("Arctic"), QStringLiteral("Seals") })));
        QVERIFY(store->saveArticle(b, article(QStringLiteral("Penguins."), { QStringLiteral("Seals") })));
        QVERIFY(store->setStarred(a, true));
        QVERIFY(store->deleteSubscription(gone));
        QVERIFY(!store->story(a));
        QCOMPARE(store->countStories({ StoryFilter::Kind::Search, 0, {}, QStringLiteral("walrus") }), 0);
        QCOMPARE(store->countStories({ StoryFilter::Kind::Search, 0, {}, QStringLiteral("news") }), 1);
        QCOMPARE(store->countStories({ StoryFilter::Kind::Starred, 0, {}, {} }), 0);
        QVERIFY(store->topicsLike(QStringLiteral("arctic")).isEmpty());
        QCOMPARE(store->topicsLike(QStringLiteral("seals")).first().stories, 1);
        QCOMPARE(store->corpusStats().knownTopics.size(), 1);
        QCOMPARE(store->corpusStats().documentCount, 1);
    }

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

    void termRarityIsLearnedOncePerStory()
    {
        QTemporaryDir tmp;
        QList<StoryId> stories;
        auto store = storeWithStories(tmp.path(), 3, &stories);
        QVERIFY(store && stories.size() == 3);
        Article first = article(QStringLiteral("Harbin and Beijing."), {});
        first.documentTerms = { QStringLiteral("harbin"), QStringLiteral("beijing") };
        QVERIFY(store->saveArticle(stories.at(0), first));
        // Cleaning the same story again counts nothing more.
        QVERIFY(store->saveArticle(stories.at(0), first));
        QVERIFY2(store->corpusStats().documentFrequency.isEmpty(), "a term on one story is not returned");
        Article second = article(QStringLiteral("Beijing again."), {});
        second.documentTerms = { QStringLiteral("beijing") };
        QVERIFY(store->saveArticle(stories.at(1), second));
        Article third = article(QStringLiteral("Beijing and Moscow."), {});
        third.documentTerms = { QStringLiteral("beijing"), QStringLiteral("moscow") };
        QVERIFY(store->saveArticle(stories.at(2), third));
        const Topics::CorpusStats stats = store->corpusStats();
        QCOMPARE(stats.documentCount, 3);
        QCOMPARE(stats.documentFrequency.value(QStringLiteral("beijing")), 3);
        QVERIFY(!stats.documentFrequency.contains(QStringLiteral("harbin")));
        QVERIFY(!stats.documentFrequency.contains(QStringLiteral("moscow")));
    }

    void outdatedArticlesAreQueuedOncePerExtractorVersion()
    {
        QTemporaryDir tmp;
        QList<StoryId> stories;
        auto store = storeWithStories(tmp.path(), 4, &stories);
        QVERIFY(store && stories.size() == 4);
        Article v1 = article(QStringLiteral("Old cleaning."), {});
        v1.extractorVersion = 1;
        for (int i = 0; i < 3; ++i)
            QVERIFY(store->saveArticle(stories.at(i), v1));
        QVERIFY(store->saveCleanFailure(stories.at(3), QStringLiteral("gone")));
        QVERIFY(store->storiesWithoutArticle().isEmpty());

        // The newest two of the three old articles; the failure is not retried.
        QCOMPARE(store->requeueOutdatedArticles(2, 2).value(), 2);
        QCOMPARE(store->storiesWithoutArticle(), (QList<StoryId> { stories.at(2), stories.at(1) }));
        QCOMPARE(store->requeueOutdatedArticles(2, 10).value(), 0); // once per version
        // Cleaning again, or failing to, takes a story off the queue.
        Article v2 = v1;
        v2.extractorVersion = 2;
        QVERIFY(store->saveArticle(stories.at(2), v2));
        QCOMPARE(store->storiesWithoutArticle(), (QList<StoryId> { stories.at(1) }));
        QVERIFY(store->saveCleanFailure(stories.at(1), QStringLiteral("page gone")));
        QVERIFY(store->storiesWithoutArticle().isEmpty());
        QCOMPARE(store->story(stories.at(1))->article->text, QStringLiteral("Old cleaning.")); // kept
        // A newer extractor queues what is older than it.
        QCOMPARE(store->requeueOutdatedArticles(3, 10).value(), 3);
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

    void articlesTopicsAndCounts()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId a = store->addSubscription(QStringLiteral("https://a/")).value();
        const SubscriptionId b = store->addSubscription(QStringLiteral("https://b/")).value();
        const StoryId first
            = store->upsertStories(a, { item(QStringLiteral("1"), QStringLiteral("One"), at(1)) })->first();
        const StoryId second
            = store->upsertStories(b, { item(QStringLiteral("2"), QStringLiteral("Two"), at(2)) })->first();
        const StoryId third
            = store->upsertStories(b, { item(QStringLiteral("3"), QStringLiteral("Three"), at(3)) })->first();
        QCOMPARE(store->storiesWithoutArticle(), (QList<StoryId> { third, second, first }));
        QCOMPARE(store->storiesWithoutArticle(1), QList<StoryId> { third });

        QVERIFY(store->saveArticle(first,
            article(QStringLiteral("Beijing said on Monday that trade talks resumed."),
                { QStringLiteral("Xi Jinping"), QStringLiteral("Trade"), QStringLiteral("xi  jinping") })));
        QVERIFY(store->saveArticle(second, article(QStringLiteral("Markets rose."), { QStringLiteral("XI JINPING") })));
        QVERIFY(store->saveCleanFailure(third, QStringLiteral("HTTP 404")));
        QCOMPARE(store->saveArticle(4242, article({}, {})).error().code, ErrorCode::NotFound);

        const auto detail = store->story(first);
        QVERIFY(detail && detail->article);
        QVERIFY(detail->row.cleaned);
        QCOMPARE(detail->row.excerpt, QStringLiteral("Beijing said on Monday that trade talks resumed."));
        QCOMPARE(detail->article->extractorVersion, 3);
        QCOMPARE(detail->article->published, QDateTime(QDate(2024, 3, 1), QTime(9, 30), QTimeZone(3600)));
        QCOMPARE(detail->article->published.offsetFromUtc(), 3600);
        QCOMPARE(detail->topics.size(), 2);
        QCOMPARE(detail->topics.at(0).name, QStringLiteral("Xi Jinping"));
        QCOMPARE(detail->topics.at(0).stories, 2);
        QCOMPARE(detail->topics.at(1).name, QStringLiteral("Trade"));
        QCOMPARE(detail->topics.at(1).stories, 1);
        QCOMPARE(detail->article->topics, (QStringList { QStringLiteral("Xi Jinping"), QStringLiteral("Trade") }));

        const auto failed = store->story(third);
        QVERIFY(!failed->article);
        QVERIFY(!failed->row.cleaned);
        QCOMPARE(failed->cleanError, QStringLiteral("HTTP 404"));
        QVERIFY(store->storiesWithoutArticle().isEmpty());

        // Topic lists span subscriptions; re-saving replaces topics and counts.
        StoryFilter topic { StoryFilter::Kind::Topic, 0, QStringLiteral("xi jinping"), {} };
        QCOMPARE(ids(store->stories(topic)), (QList<StoryId> { second, first }));
        QVERIFY(store->saveArticle(second, article(QStringLiteral("Markets rose."), { QStringLiteral("Markets") })));
        QCOMPARE(ids(store->stories(topic)), (QList<StoryId> { first }));
        QCOMPARE(store->story(first)->topics.at(0).stories, 1);
        QCOMPARE(store->storyTopics({ first, second, third }).value(second), QStringList { QStringLiteral("Markets") });
        QVERIFY(!store->storyTopics({ third }).contains(third));
    }

    void topicCompletionAndCorpusStats()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId sub = store->addSubscription(QStringLiteral("https://a/")).value();
        QList<ParsedItem> items;
        for (int i = 0; i < 4; ++i)
            items.append(item(QString::number(i), QStringLiteral("S"), at(i)));
        const QList<StoryId> stories = store->upsertStories(sub, items).value();
        QVERIFY(store->saveArticle(
            stories[0], article(QStringLiteral("x"), { QStringLiteral("Xi Jinping"), QStringLiteral("China") })));
        QVERIFY(store->saveArticle(
            stories[1], article(QStringLiteral("x"), { QStringLiteral("China"), QStringLiteral("Chile") })));
        QVERIFY(store->saveArticle(stories[2], article(QStringLiteral("x"), { QStringLiteral("China") })));

        const QList<TopicCount> ch = store->topicsLike(QStringLiteral("CH"));
        QCOMPARE(ch.size(), 2);
        QCOMPARE(ch.at(0).name, QStringLiteral("China"));
        QCOMPARE(ch.at(0).stories, 3);
        QCOMPARE(ch.at(1).name, QStringLiteral("Chile"));
        QCOMPARE(store->topicsLike(QStringLiteral("jin")).first().name, QStringLiteral("Xi Jinping"));
        QCOMPARE(store->topicsLike({}, 1).size(), 1);
        QVERIFY(store->topicsLike(QStringLiteral("zz")).isEmpty());

        const Topics::CorpusStats stats = store->corpusStats();
        QCOMPARE(stats.documentCount, 4);
        QCOMPARE(stats.knownTopics.value(QStringLiteral("china")), 3);
        QCOMPARE(stats.knownTopics.value(QStringLiteral("xi jinping")), 1);
        QCOMPARE(stats.knownTopics.size(), 3);
    }

    void oldSchemaIsMigratedWithABackup()
    {
        QTemporaryDir tmp;
        const QString path = tmp.path() + QStringLiteral("/tidings.sqlite");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(StoreSchema::migrate(db, 1));
            QCOMPARE(StoreSchema::version(db), 1);
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO subscriptions(id, url, title, created) VALUES (1, 'https://old/', 'Old', 0)")));
            QVERIFY(query.exec(
                QStringLiteral("INSERT INTO stories(id, subscription_id, guid, title, summary_html, published, "
                               "first_seen, content_hash)"
                               " VALUES (7, 1, 'g', 'Kept story', '<p>Glaciers &amp; ice</p>', 1000, 1000, 'h')")));
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO story_state(story_id, published, read) VALUES (7, 1000, 1)")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO stories(id, subscription_id, guid, title, published, first_seen, content_hash)"
                " VALUES (8, 1, 'u', 'Unread story', 2000, 2000, 'h')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO story_state(story_id, published) VALUES (8, 2000)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        auto store = openStore(tmp.path());
        QVERIFY(store);
        QCOMPARE(store->schemaVersion(), StoreSchema::currentVersion());
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".bak-v1")));
        const auto kept = store->story(7);
        QVERIFY(kept);
        QCOMPARE(kept->row.title, QStringLiteral("Kept story"));
        QVERIFY(kept->row.read);
        QCOMPARE(store->subscription(1)->unreadCount, 1);
        QCOMPARE(store->subscriptions().first().unreadCount, 1);
        QCOMPARE(ids(store->stories({})), (QList<StoryId> { 8, 7 }));
        QCOMPARE(store->storiesWithoutArticle(), (QList<StoryId> { 8, 7 }));
        // The migration indexed the old story for search.
        QCOMPARE(store->countStories({ StoryFilter::Kind::Search, 0, {}, QStringLiteral("glaciers") }), 1);
        store.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            db.setDatabaseName(path + QStringLiteral(".bak-v1"));
            QVERIFY(db.open());
            QCOMPARE(StoreSchema::version(db), 1);
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT title FROM stories")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("Kept story"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
        // Opening again migrates nothing and takes no new backup.
        QVERIFY(QFile::remove(path + QStringLiteral(".bak-v1")));
        QVERIFY(openStore(tmp.path()));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".bak-v1")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".bak-v0")));
    }

    void aNewerSchemaIsRefused()
    {
        QTemporaryDir tmp;
        QVERIFY(openStore(tmp.path()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(tmp.path() + QStringLiteral("/tidings.sqlite"));
            QVERIFY(db.open());
            QVERIFY(StoreSchema::exec(db, QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const auto store = Store::open(tmp.path());
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::DatabaseError);
        QVERIFY(store.error().detail.contains(QStringLiteral("newer")));
        QVERIFY(QFileInfo::exists(tmp.path() + QStringLiteral("/tidings.sqlite")));
    }

    void aForeignFileIsKeptAndReported()
    {
        QTemporaryDir tmp;
        const QString path = tmp.path() + QStringLiteral("/tidings.sqlite");
        const QByteArray junk = "this is not a database, it is a shopping list\n" + QByteArray(5000, 'x');
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(junk);
        }
        const auto store = Store::open(tmp.path());
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::DatabaseCorrupt);
        const QString aside = store.error().url.toLocalFile();
        QVERIFY2(store.error().detail.contains(aside), qPrintable(store.error().detail));
        QVERIFY(aside.startsWith(path + QStringLiteral(".corrupt-")));
        QFile kept(aside);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), junk);
        // The next start gets a fresh, working database.
        auto fresh = openStore(tmp.path());
        QVERIFY(fresh);
        QVERIFY(fresh->addSubscription(QStringLiteral("https://a/")));
    }

    void aDamagedDatabaseIsKeptAndReported_data()
    {
        QTest::addColumn<bool>("truncate");
        QTest::newRow("pages overwritten") << false;
        QTest::newRow("file cut in half") << true;
    }
    void aDamagedDatabaseIsKeptAndReported()
    {
        QFETCH(bool, truncate);
        QTemporaryDir tmp;
        const QString path = tmp.path() + QStringLiteral("/tidings.sqlite");
        {
            auto store = openStore(tmp.path());
            QVERIFY(store);
            const SubscriptionId sub = store->addSubscription(QStringLiteral("https://a/")).value();
            QList<ParsedItem> items;
            for (int i = 0; i < 300; ++i)
                items.append(item(QString::number(i), QStringLiteral("Story %1").arg(i), at(i),
                    QStringLiteral("<p>%1</p>").arg(QString(400, QLatin1Char('w')))));
            QVERIFY(store->upsertStories(sub, items));
        }
        // The header stays valid; the pages after it are damaged.
        QByteArray bytes;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 64 * 1024);
            if (truncate) {
                QVERIFY(file.resize(file.size() / 2));
            } else {
                file.seek(4096 * 2);
                file.write(QByteArray(4096 * 10, '\xA5'));
            }
            file.close();
            bytes = TestSupport::readFile(path);
        }
        const auto store = Store::open(tmp.path());
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::DatabaseCorrupt);
        const QString aside = store.error().url.toLocalFile();
        QVERIFY2(store.error().detail.contains(aside), qPrintable(store.error().detail));
        QCOMPARE(TestSupport::readFile(aside), bytes);
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
