// The store itself: opening, profiles, threads, subscriptions and folders,
// migrations and damaged files.

#include "storage/store.h"
#include "store_fixture.h"
#include "store_schema.h"
#include "test_support.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Core;
using namespace StoreTest;

namespace {

bool writeTestFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readTestFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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

        // Feed properties: kept whole, read back, checked for range.
        QCOMPARE(sub->settings, SubscriptionSettings {});
        const SubscriptionSettings chosen { 90, true, 14, -1, QStringLiteral("reader") };
        QVERIFY(store->setSubscriptionSettings(*id, chosen));
        QCOMPARE(store->subscription(*id)->settings, chosen);
        QCOMPARE(store->setSubscriptionSettings(*id, { -1, false, 0, 0, {} }).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(store->setSubscriptionSettings(*id, { 0, false, -2, 0, {} }).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(store->subscription(*id)->settings, chosen);
        QCOMPARE(store->setSubscriptionSettings(4242, chosen).error().code, ErrorCode::NotFound);
        // A feed resting after a refused login may be tried again once its setup is saved.
        QVERIFY(store->recordFetchFailure(*id, Error { ErrorCode::HttpError, QStringLiteral("401"), {} },
            QDateTime::currentDateTimeUtc().addSecs(600)));
        QVERIFY(store->subscription(*id)->retryAfter.isValid());
        QVERIFY(store->setSubscriptionSettings(*id, chosen));
        QVERIFY(!store->subscription(*id)->retryAfter.isValid());

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
        QVERIFY(store->recordFetchFailure(id, { ErrorCode::HttpError, QStringLiteral("HTTP 503"), {} }, retry));
        QVERIFY(store->recordFetchFailure(id, { ErrorCode::HttpError, QStringLiteral("HTTP 503"), {} }, retry));
        auto sub = store->subscription(id);
        QCOMPARE(sub->consecutiveFailures, 2);
        QCOMPARE(sub->lastError.code, ErrorCode::HttpError);
        QCOMPARE(sub->lastError.detail, QStringLiteral("HTTP 503"));
        QCOMPARE(sub->retryAfter.toSecsSinceEpoch(), retry.toSecsSinceEpoch());
        QVERIFY(sub->lastFetched.isValid());
        QVERIFY(!sub->lastSuccess.isValid());

        ParsedFeed feed;
        feed.title = QStringLiteral("Feed Title");
        feed.link = QStringLiteral("https://a.example/");
        QVERIFY(store->recordFetchSuccess(id, QStringLiteral("\"v1\""), QStringLiteral("Mon, 01 Jan 2024"), &feed));
        sub = store->subscription(id);
        QCOMPARE(sub->consecutiveFailures, 0);
        QCOMPARE(sub->lastError.code, ErrorCode::None);
        QVERIFY(sub->lastError.detail.isEmpty());
        QVERIFY(!sub->retryAfter.isValid());
        QCOMPARE(sub->etag, QStringLiteral("\"v1\""));
        QCOMPARE(sub->title, QStringLiteral("Feed Title"));
        QCOMPARE(sub->siteUrl, QStringLiteral("https://a.example/"));
        // A title the user chose survives the feed's.
        QVERIFY(store->renameSubscription(id, QStringLiteral("Mine")));
        QVERIFY(store->recordFetchSuccess(id, {}, {}, &feed));
        QCOMPARE(store->subscription(id)->title, QStringLiteral("Mine"));
        // What the feed and its server asked about how often to fetch.
        QCOMPARE(store->subscription(id)->feedMinInterval, 0); // -1: left as it was
        QVERIFY(store->recordFetchSuccess(id, {}, {}, &feed, 7200));
        QCOMPARE(store->subscription(id)->feedMinInterval, 7200);
        // A 304 only lengthens it (its max-age says nothing of the feed's ttl).
        QVERIFY(store->recordFetchSuccess(id, {}, {}, nullptr, 600));
        QCOMPARE(store->subscription(id)->feedMinInterval, 7200);
        QVERIFY(store->recordFetchSuccess(id, {}, {}, nullptr, 9000));
        QCOMPARE(store->subscription(id)->feedMinInterval, 9000);
        // A new copy of the feed says it all again.
        QVERIFY(store->recordFetchSuccess(id, {}, {}, &feed, 0));
        QCOMPARE(store->subscription(id)->feedMinInterval, 0);
        QCOMPARE(store->recordFetchSuccess(9999, {}, {}, &feed, 60).error().code, ErrorCode::NotFound);
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

    void aDamagedFileIsMovedAsideWithItsJournal()
    {
        QTemporaryDir tmp;
        const QString path = Store::databasePath(tmp.path());
        QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("tidings.sqlite"));
        QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(tmp.path()).absoluteFilePath());
        QVERIFY(writeTestFile(path, "damaged"));
        QVERIFY(writeTestFile(path + QStringLiteral("-wal"), "journal"));
        const QString aside = Store::moveDatabaseAside(path);
        QVERIFY(aside.startsWith(path + QStringLiteral(".corrupt-")));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(readTestFile(aside), QByteArray("damaged"));
        QCOMPARE(readTestFile(aside + QStringLiteral("-wal")), QByteArray("journal"));
        // A second damaged file never replaces the first (same second: a numbered name).
        QVERIFY(writeTestFile(path, "damaged again"));
        const QString second = Store::moveDatabaseAside(path);
        QVERIFY(!second.isEmpty());
        QVERIFY(second != aside);
        QCOMPARE(readTestFile(aside), QByteArray("damaged"));
        QCOMPARE(readTestFile(second), QByteArray("damaged again"));
        // Nothing there: nothing moved.
        QVERIFY(Store::moveDatabaseAside(path).isEmpty());
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
