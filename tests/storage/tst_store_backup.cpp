// Rolling backups and the recovery from a damaged database: real SQLite
// files, damaged the ways disks and crashes damage them.
#include "storage/store.h"
#include "storage/store_backup.h"
#include "store_fixture.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace StoreTest;

namespace {

QStringList subscriptionUrls(const Store &store)
{
    QStringList urls;
    for (const Subscription &subscription : store.subscriptions())
        urls << subscription.url;
    urls.sort();
    return urls;
}

// A profile with two feeds (one in a folder) and some stories.
bool fillProfile(const QString &dir)
{
    auto store = openStore(dir);
    if (!store)
        return false;
    const Result<FolderId> folder = store->addFolder(QStringLiteral("News"));
    const Result<SubscriptionId> a = store->addSubscription(QStringLiteral("https://a.example/feed"), {}, *folder);
    const Result<SubscriptionId> b = store->addSubscription(QStringLiteral("https://b.example/feed"));
    if (!folder || !a || !b)
        return false;
    QList<ParsedItem> items;
    for (int i = 0; i < 400; ++i)
        items.append(item(QString::number(i), QStringLiteral("Story %1").arg(i), at(i),
            QStringLiteral("<p>%1</p>").arg(QString(600, QLatin1Char('w')))));
    return bool(store->upsertStories(*a, items));
}

using TestSupport::Damage;
using TestSupport::damage;

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestStoreBackup final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void backupsRollAndAreChecked()
    {
        QTemporaryDir tmp;
        QVERIFY(fillProfile(tmp.path()));
        auto store = openStore(tmp.path());
        QVERIFY(store);
        QVERIFY(listBackups(tmp.path()).isEmpty());

        const Result<QString> first = backUpIfDue(*store);
        QVERIFY2(first, first ? "" : qPrintable(describe(first.error())));
        QVERIFY(first->startsWith(backupFolder(tmp.path()) + QStringLiteral("/tidings-")));
        QVERIFY(first->endsWith(QStringLiteral(".sqlite")));
        QCOMPARE(integrityProblem(*first), QString());
        // Not due again within the day.
        const Result<QString> again = backUpIfDue(*store);
        QVERIFY(again);
        QCOMPARE(*again, QString());

        // Always due: four more, three kept, the newest first, each with its list.
        QStringList made { *first };
        for (int i = 0; i < 4; ++i) {
            const Result<QString> next = backUpIfDue(*store, BackupPolicy { 3, 0 });
            QVERIFY(next && !next->isEmpty());
            made.prepend(*next);
        }
        const QList<BackupFile> kept = listBackups(tmp.path());
        QCOMPARE(kept.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(kept.at(i).path == made.at(i), qPrintable(made.join(QLatin1Char(' '))));
            QVERIFY(QFileInfo::exists(kept.at(i).opmlPath()));
            if (i > 0)
                QVERIFY(kept.at(i).taken <= kept.at(i - 1).taken); // several may share a second
        }
        QVERIFY(!QFileInfo::exists(made.last()));
        QVERIFY(!QFileInfo::exists(BackupFile { made.last(), {} }.opmlPath()));
        // Nothing temporary is left behind, and a backup is a whole database.
        QCOMPARE(QDir(backupFolder(tmp.path())).entryList(QDir::Files | QDir::Hidden).size(), 6);
        const QByteArray opml = TestSupport::readFile(kept.first().opmlPath());
        QVERIFY(opml.contains("https://a.example/feed"));
        QVERIFY(opml.contains("News"));
    }

    void aReadOnlyStoreIsNotBackedUp()
    {
        QTemporaryDir tmp;
        QVERIFY(fillProfile(tmp.path()));
        auto reader = Store::open(tmp.path(), StoreOptions::readOnlyForGui());
        QVERIFY(reader);
        QVERIFY(!backUpIfDue(**reader));
        QVERIFY(listBackups(tmp.path()).isEmpty());
    }

    void aDamagedDatabaseIsRestoredWithItsSubscriptions_data()
    {
        QTest::addColumn<Damage>("how");
        QTest::addColumn<bool>("listReadable"); // the damaged file's subscription table still reads
        QTest::newRow("header overwritten") << Damage::Header << false;
        QTest::newRow("last pages overwritten") << Damage::Pages << true;
        // SQLite refuses a file shorter than its header says: nothing reads.
        QTest::newRow("cut in half") << Damage::Truncated << false;
    }
    void aDamagedDatabaseIsRestoredWithItsSubscriptions()
    {
        QFETCH(Damage, how);
        QFETCH(bool, listReadable);
        QTemporaryDir tmp;
        QVERIFY(fillProfile(tmp.path()));
        {
            auto store = openStore(tmp.path());
            QVERIFY(store);
            QVERIFY(backUpIfDue(*store));
            // Subscribed after the backup: only the damaged file knows it.
            QVERIFY(store->addSubscription(QStringLiteral("https://c.example/feed")));
        }
        const QString path = Store::databasePath(tmp.path());
        QVERIFY(damage(path, how));
        const QByteArray damagedBytes = TestSupport::readFile(path);

        const auto failed = Store::open(tmp.path());
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::DatabaseCorrupt);
        const QString aside = failed.error().url.toLocalFile();

        const Result<Recovery> recovery = recoverDatabase(tmp.path(), aside);
        QVERIFY2(recovery, recovery ? "" : qPrintable(describe(recovery.error())));
        QCOMPARE(recovery->restoredFrom, listBackups(tmp.path()).first().path);
        QCOMPARE(recovery->damagedFile, aside);
        QCOMPARE(recovery->fromDamagedFile, listReadable);
        QCOMPARE(recovery->subscriptionsRecovered, listReadable ? 1 : 0);
        // The damaged file is kept as it was.
        QCOMPARE(TestSupport::readFile(aside), damagedBytes);

        auto restored = openStore(tmp.path());
        QVERIFY(restored);
        QStringList expected { QStringLiteral("https://a.example/feed"), QStringLiteral("https://b.example/feed") };
        if (listReadable)
            expected << QStringLiteral("https://c.example/feed");
        QCOMPARE(subscriptionUrls(*restored), expected);
        QCOMPARE(restored->stories(StoryFilter {}, std::nullopt, 1000).size(), 400);
        QCOMPARE(restored->folders().size(), 1);
        const Subscription a = *restored->subscriptionByUrl(QStringLiteral("https://a.example/feed"));
        QCOMPARE(a.folderId, restored->folders().first().id);
        QCOMPARE(integrityProblem(path), QString());
    }

    void aDamagedBackupIsSkippedAndKept()
    {
        QTemporaryDir tmp;
        QVERIFY(fillProfile(tmp.path()));
        {
            auto store = openStore(tmp.path());
            QVERIFY(store);
            QVERIFY(backUpIfDue(*store, BackupPolicy { 3, 0 }));
            QVERIFY(backUpIfDue(*store, BackupPolicy { 3, 0 }));
        }
        const QList<BackupFile> backups = listBackups(tmp.path());
        QCOMPARE(backups.size(), 2);
        QVERIFY(damage(backups.first().path, Damage::Pages));
        QVERIFY(!integrityProblem(backups.first().path).isEmpty());
        QVERIFY(damage(Store::databasePath(tmp.path()), Damage::Header));
        const QString aside = Store::moveDatabaseAside(Store::databasePath(tmp.path()));

        const Result<Recovery> recovery = recoverDatabase(tmp.path(), aside);
        QVERIFY(recovery);
        QCOMPARE(recovery->restoredFrom, backups.at(1).path);
        QVERIFY(QFileInfo::exists(backups.first().path));
        auto restored = openStore(tmp.path());
        QVERIFY(restored);
        QCOMPARE(restored->subscriptions().size(), 2);
    }

    void aNewDatabaseStillGetsTheSubscriptions_data()
    {
        QTest::addColumn<bool>("withBackups");
        QTest::newRow("from the OPML list kept with the backups") << true;
        QTest::newRow("nothing to recover from") << false;
    }
    void aNewDatabaseStillGetsTheSubscriptions()
    {
        QFETCH(bool, withBackups);
        QTemporaryDir tmp;
        QVERIFY(fillProfile(tmp.path()));
        if (withBackups) {
            auto store = openStore(tmp.path());
            QVERIFY(store);
            QVERIFY(backUpIfDue(*store));
        }
        QVERIFY(damage(Store::databasePath(tmp.path()), Damage::Header));
        const QString aside = Store::moveDatabaseAside(Store::databasePath(tmp.path()));

        const Result<Recovery> recovery = recoverDatabase(tmp.path(), aside, false);
        QVERIFY(recovery);
        QCOMPARE(recovery->restoredFrom, QString());
        QVERIFY(!recovery->fromDamagedFile);
        auto fresh = openStore(tmp.path());
        QVERIFY(fresh);
        QCOMPARE(fresh->stories(StoryFilter {}, std::nullopt, 10).size(), 0);
        QCOMPARE(recovery->subscriptionsRecovered, withBackups ? 2 : 0);
        QCOMPARE(fresh->subscriptions().size(), withBackups ? 2 : 0);
        if (withBackups)
            QCOMPARE(fresh->folders().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStoreBackup)
#include "tst_store_backup.moc"
