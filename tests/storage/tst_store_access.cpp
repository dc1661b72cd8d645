// Who may write and what happens when someone else holds the write lock:
// every multi-statement write begins its transaction or fails whole, and the
// GUI's read-only connection refuses every write. A second connection in this
// process keeps SQLite's locks, so another process reading the database
// meanwhile cannot take the write-ahead log from under the writer.

#include "cli_run.h"
#include "storage/store.h"
#include "storage/store_backup.h"
#include "store_fixture.h"
#include "tmpfs_mount.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

namespace {

std::unique_ptr<Store> openStore(const QString &dir, const StoreOptions &options = {})
{
    auto store = Store::open(dir, options);
    if (!store) {
        qWarning() << "open failed:" << store.error().detail;
        return nullptr;
    }
    return std::move(store.value());
}

ParsedItem item(const QString &id)
{
    ParsedItem parsed;
    parsed.id = id;
    parsed.title = QStringLiteral("Story ") + id;
    parsed.link = QStringLiteral("https://example.org/") + id;
    parsed.published = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC).addSecs(id.toInt() * 60);
    return parsed;
}

// A plain second connection to the same file holding SQLite's write lock
// (BEGIN IMMEDIATE) until it is released or destroyed: the "busy database"
// without any timing.
class WriteLock final {
public:
    explicit WriteLock(const QString &dir)
        : m_name(QStringLiteral("write-lock-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(dir + QStringLiteral("/tidings.sqlite"));
        m_held = db.open() && QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~WriteLock()
    {
        release();
        QSqlDatabase::removeDatabase(m_name);
    }
    WriteLock(const WriteLock &) = delete;
    WriteLock &operator=(const WriteLock &) = delete;

    bool held() const { return m_held; }
    void release()
    {
        if (!m_held)
            return;
        QSqlDatabase db = QSqlDatabase::database(m_name);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        db.close();
        m_held = false;
    }

private:
    QString m_name;
    bool m_held = false;
};

bool isLocked(const Error &error)
{
    return error.code == ErrorCode::DatabaseError && error.detail.contains(QLatin1String("locked"));
}

} // namespace

class TestStoreAccess final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    SubscriptionId m_sub = 0;
    FolderId m_folder = 0;
    QList<StoryId> m_stories;

private Q_SLOTS:
    void anotherProcessNeverHidesOurWrites();
    void init()
    {
        QVERIFY(m_dir.isValid());
        // No waiting for the lock: the busy case answers at once.
        m_store = openStore(m_dir.path(), StoreOptions { StoreOptions::Access::ReadWrite, 0 });
        QVERIFY(m_store);
        const Result<FolderId> folder = m_store->addFolder(QStringLiteral("News"));
        QVERIFY(folder);
        m_folder = *folder;
        const Result<SubscriptionId> sub = m_store->addSubscription(QStringLiteral("https://a/"), {}, m_folder);
        QVERIFY(sub);
        m_sub = *sub;
        QList<ParsedItem> items;
        for (int i = 1; i <= 1200; ++i) // more than one 500-id chunk of updateRead
            items.append(item(QString::number(i)));
        const Result<QList<StoryId>> added = m_store->upsertStories(m_sub, items);
        QVERIFY(added);
        m_stories = *added;
    }

    void cleanup()
    {
        m_store.reset();
        QDir(m_dir.path()).removeRecursively();
    }

    // Each write on a database whose write lock another connection holds
    // fails whole, reports the lock, and leaves everything as it was.
    void aBusyDatabaseFailsEveryWriteWhole()
    {
        WriteLock lock(m_dir.path());
        QVERIFY(lock.held());

        const Result<QList<StoryId>> marked = m_store->markAllRead({});
        QVERIFY(!marked);
        QVERIFY2(isLocked(marked.error()), qPrintable(marked.error().detail));
        const Status many = m_store->setReadMany(m_stories, true);
        QVERIFY(!many);
        QVERIFY2(isLocked(many.error()), qPrintable(many.error().detail));
        const Status folder = m_store->deleteFolder(m_folder);
        QVERIFY(!folder);
        QVERIFY2(isLocked(folder.error()), qPrintable(folder.error().detail));
        const Status sub = m_store->deleteSubscription(m_sub);
        QVERIFY(!sub);
        QVERIFY2(isLocked(sub.error()), qPrintable(sub.error().detail));
        const Result<QList<StoryId>> upserted = m_store->upsertStories(m_sub, { item(QStringLiteral("9999")) });
        QVERIFY(!upserted);
        QVERIFY2(isLocked(upserted.error()), qPrintable(upserted.error().detail));

        lock.release();
        StoryFilter unread;
        unread.unreadOnly = true;
        QCOMPARE(m_store->countStories(unread), 1200);
        QCOMPARE(m_store->countStories({}), 1200);
        QCOMPARE(m_store->folders().size(), 1);
        const std::optional<Subscription> kept = m_store->subscription(m_sub);
        QVERIFY(kept);
        QCOMPARE(kept->folderId, m_folder);

        // Once the lock is gone the same calls succeed, whole.
        const Result<QList<StoryId>> again = m_store->markAllRead({});
        QVERIFY(again);
        QCOMPARE(again->size(), 1200);
        QCOMPARE(m_store->countStories(unread), 0);
        QVERIFY(m_store->setReadMany(*again, false));
        QCOMPARE(m_store->countStories(unread), 1200);
    }

    // The GUI's connection: every write fails, reads see what the writer commits.
    void aReadOnlyStoreRefusesWrites()
    {
        auto gui = openStore(m_dir.path(), StoreOptions::readOnlyForGui());
        QVERIFY(gui);
        QVERIFY(gui->isReadOnly());
        QVERIFY(!m_store->isReadOnly());
        QCOMPARE(gui->countStories({}), 1200);

        const Status read = gui->setRead(m_stories.first(), true);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::ReadOnlyDatabase);
        QVERIFY2(read.error().detail.contains(QLatin1String("readonly")), qPrintable(read.error().detail));
        QVERIFY(!gui->markAllRead({}));
        QVERIFY(!gui->addFolder(QStringLiteral("Other")));
        QVERIFY(!gui->addSubscription(QStringLiteral("https://b/")));
        QVERIFY(!gui->deleteSubscription(m_sub));
        QVERIFY(!gui->upsertStories(m_sub, { item(QStringLiteral("9999")) }));

        StoryFilter unread;
        unread.unreadOnly = true;
        QCOMPARE(gui->countStories(unread), 1200);
        QVERIFY(m_store->setRead(m_stories.first(), true));
        QCOMPARE(gui->countStories(unread), 1199);
    }

    // A full disk (simulated with max_page_count: the file may not grow by
    // one page): a write that needs room fails whole with its own code, and
    // everything stored stays, readable, the file sound.
    void aFullDiskRefusesWritesAndLosesNothing()
    {
        qputenv("TIDINGS_TEST_MAX_PAGE_COUNT", "1");
        auto full = openStore(m_dir.path());
        qunsetenv("TIDINGS_TEST_MAX_PAGE_COUNT");
        QVERIFY(full);
        QList<ParsedItem> more;
        for (int i = 2001; i <= 2600; ++i) {
            ParsedItem next = item(QString::number(i));
            next.contentHtml = QStringLiteral("<p>%1</p>").arg(QString(2000, QLatin1Char('x')));
            more.append(next);
        }
        const Result<QList<StoryId>> added = full->upsertStories(m_sub, more);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::DiskFull);
        QVERIFY2(added.error().detail.contains(QLatin1String("full")), qPrintable(added.error().detail));
        QVERIFY(describe(added.error()).startsWith(QLatin1String("disk full: ")));
        // Nothing of the failed write, everything from before.
        QCOMPARE(full->countStories({}), 1200);
        QCOMPARE(m_store->countStories({}), 1200);
        QCOMPARE(full->subscriptions().size(), 1);
        // A write that needs no new page still goes through.
        QVERIFY(full->setRead(m_stories.first(), true));
        full.reset();
        m_store.reset();
        QCOMPARE(integrityProblem(Store::databasePath(m_dir.path())), QString());
        // With room again, the same write succeeds.
        auto roomy = openStore(m_dir.path());
        QVERIFY(roomy);
        QVERIFY(roomy->upsertStories(m_sub, more));
        QCOMPARE(roomy->countStories({}), 1800);
    }

    // A really full disk: a small tmpfs filled to the last block.
    void aFullFileSystemRefusesWritesAndLosesNothing()
    {
        TestSupport::TmpfsMount disk(4);
        if (!disk.mounted())
            QSKIP("cannot mount a tmpfs here (needs root or a container that allows mount)");
        const QString profile = disk.filePath(QStringLiteral("profile"));
        QList<StoryId> stories;
        {
            auto store = StoreTest::storeWithStories(profile, 300, &stories);
            QVERIFY(store);
            QCOMPARE(stories.size(), 300);
        }
        auto store = openStore(profile);
        QVERIFY(store);
        QVERIFY(TestSupport::fillDisk(disk.filePath(QStringLiteral("filler"))));
        QList<ParsedItem> more;
        for (int i = 1001; i <= 1400; ++i) {
            ParsedItem next = item(QString::number(i));
            next.contentHtml = QStringLiteral("<p>%1</p>").arg(QString(2000, QLatin1Char('x')));
            more.append(next);
        }
        const SubscriptionId sub = store->subscriptions().first().id;
        const Result<QList<StoryId>> added = store->upsertStories(sub, more);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::DiskFull);
        QCOMPARE(store->countStories({}), 300);
        // The backup fails too, and leaves nothing half-written behind.
        QVERIFY(!backUpIfDue(*store));
        QVERIFY(listBackups(profile).isEmpty());
        QCOMPARE(QDir(backupFolder(profile)).entryList(QDir::Files | QDir::Hidden).size(), 0);
        store.reset();
        QVERIFY(QFile::remove(disk.filePath(QStringLiteral("filler"))));
        QCOMPARE(integrityProblem(Store::databasePath(profile)), QString());
        auto again = openStore(profile);
        QVERIFY(again);
        QCOMPARE(again->countStories({}), 300);
        QVERIFY(again->upsertStories(sub, more));
    }

    // A profile on a read-only mount (as root, chmod would not stop a
    // write): the read-write open says so with its own code, a read-only
    // open reads everything and refuses every write.
    void aReadOnlyProfileIsReadNotWritten()
    {
        TestSupport::TmpfsMount disk(16);
        if (!disk.mounted())
            QSKIP("cannot mount a tmpfs here (needs root or a container that allows mount)");
        const QString profile = disk.filePath(QStringLiteral("profile"));
        QList<StoryId> stories;
        QVERIFY(StoreTest::storeWithStories(profile, 50, &stories));
        QCOMPARE(stories.size(), 50);
        QVERIFY(disk.setReadOnly(true));
        const Result<std::unique_ptr<Store>> writer = Store::open(profile);
        QVERIFY(!writer);
        QCOMPARE(writer.error().code, ErrorCode::ReadOnlyDatabase);
        {
            auto reader = openStore(profile, StoreOptions::readOnlyForGui());
            QVERIFY(reader);
            QCOMPARE(reader->countStories({}), 50);
            QCOMPARE(reader->subscriptions().size(), 1);
            const Status read = reader->setRead(stories.first(), true);
            QVERIFY(!read);
            QCOMPARE(read.error().code, ErrorCode::ReadOnlyDatabase);
        }
        QVERIFY(disk.setReadOnly(false));
        QCOMPARE(integrityProblem(Store::databasePath(profile)), QString());
    }

    // A read-only connection does not migrate: it needs the writer to have done so.
    void aReadOnlyStoreNeedsAMigratedFile()
    {
        QTemporaryDir empty;
        const Result<std::unique_ptr<Store>> gui = Store::open(empty.path(), StoreOptions::readOnlyForGui());
        QVERIFY(!gui);
        QCOMPARE(gui.error().code, ErrorCode::DatabaseError);
    }

    // The busy timeout is the one asked for (the GUI's is a frame, the
    // default 5 s): a write blocked by another connection's lock gives up
    // within about that long.
    void theBusyTimeoutIsHonoured()
    {
        auto frame = openStore(m_dir.path(), StoreOptions { StoreOptions::Access::ReadWrite, 16 });
        QVERIFY(frame);
        auto gui = openStore(m_dir.path(), StoreOptions::readOnlyForGui());
        QVERIFY(gui);
        WriteLock lock(m_dir.path());
        QVERIFY(lock.held());
        QElapsedTimer timer;
        timer.start();
        const Status blocked = frame->setRead(m_stories.first(), true);
        QVERIFY(!blocked);
        QVERIFY2(isLocked(blocked.error()), qPrintable(blocked.error().detail));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(gui->countStories({}), 1200); // reads go on meanwhile (WAL)
    }

    // A list that cannot be read says why instead of passing for empty.
    void aFailedListReadSaysSo()
    {
        Error none;
        QCOMPARE(m_store->folders(&none).size(), 1);
        QCOMPARE(m_store->stories({}, std::nullopt, 10, &none).size(), 10);
        QCOMPARE(none.code, ErrorCode::None); // untouched on success
        // Another connection takes the tables away under the store.
        const QString failure = StoreTest::execBehindTheStore(m_dir.path(),
            { QStringLiteral("DROP TABLE folders"), QStringLiteral("DROP TABLE story_state"),
                QStringLiteral("DROP TABLE unread_counts") });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        Error folders;
        QVERIFY(m_store->folders(&folders).isEmpty());
        QCOMPARE(folders.code, ErrorCode::DatabaseError);
        QVERIFY2(folders.detail.contains(QLatin1String("folders")), qPrintable(folders.detail));
        Error stories;
        QVERIFY(m_store->stories({}, std::nullopt, 10, &stories).isEmpty());
        QCOMPARE(stories.code, ErrorCode::DatabaseError);
        Error subscriptions;
        QVERIFY(m_store->subscriptions(&subscriptions).isEmpty());
        QCOMPARE(subscriptions.code, ErrorCode::DatabaseError);
    }
};

void TestStoreAccess::anotherProcessNeverHidesOurWrites()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // As the app runs: the storage thread's writer, then the window's reader.
    std::unique_ptr<Store> writer = openStore(dir.path());
    QVERIFY(writer);
    QVERIFY(writer->addSubscription(QStringLiteral("https://first.example/feed"), QStringLiteral("First")));
    std::unique_ptr<Store> reader = openStore(dir.path(), StoreOptions::readOnlyForGui());
    QVERIFY(reader);
    // Another process opens and closes the database while both stay open.
    const TestSupport::CliRun listed
        = TestSupport::runCli({ QStringLiteral("--profile"), dir.path(), QStringLiteral("export-opml") });
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QStringLiteral("first.example")), qPrintable(listed.out));
    QVERIFY2(QFileInfo::exists(Store::databasePath(dir.path()) + QStringLiteral("-wal")),
        "the write-ahead log of the open database is gone");
    // What the writer commits next is what the next process sees.
    QVERIFY(writer->addSubscription(QStringLiteral("https://second.example/feed"), QStringLiteral("Second")));
    const TestSupport::CliRun after
        = TestSupport::runCli({ QStringLiteral("--profile"), dir.path(), QStringLiteral("export-opml") });
    QCOMPARE(after.exitCode, 0);
    QVERIFY2(after.out.contains(QStringLiteral("second.example")), qPrintable(after.out));
}

QTEST_GUILESS_MAIN(TestStoreAccess)
#include "tst_store_access.moc"
