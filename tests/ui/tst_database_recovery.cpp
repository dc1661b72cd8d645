// What the user sees at start when the database is damaged or cannot be
// written: real damaged files and a real read-only mount, the dialog answered
// as a user would, then the main window on what came out of it.

#include "models/story_list_model.h"
#include "models/subscription_tree_model.h"
#include "pipeline/storage_writer.h"
#include "storage/store.h"
#include "storage/store_backup.h"
#include "test_support.h"
#include "tmpfs_mount.h"
#include "ui_fixture.h"
#include "window/database_recovery.h"
#include "window/main_window.h"
#include "window/read_state.h"
#include "window/status_panel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Ui;

namespace {

// Answers the recovery dialog once it shows, with the button of that object
// name; what it said lands in *said. Gives up after ten seconds.
void answerWith(const char *button, QString *said)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    auto *tries = new int(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, said, tries] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("databaseRecovery")) {
            if (++*tries > 1000) {
                timer->deleteLater();
                delete tries;
            }
            return;
        }
        QStringList names;
        for (QAbstractButton *each : box->buttons())
            names << each->objectName();
        *said = box->text() + QLatin1Char('\n') + box->informativeText() + QStringLiteral("\nbuttons: ")
            + names.join(QLatin1Char(' '));
        timer->stop();
        timer->deleteLater();
        delete tries;
        if (auto *chosen = box->findChild<QPushButton *>(QLatin1String(button)))
            chosen->click();
        else
            box->reject();
    });
    timer->start();
}

// Two feeds (one in a folder) with stories, as a first start leaves them: the
// start-up check makes the first backup.
bool fillProfile(const QString &dir)
{
    {
        auto opened = Core::Store::open(dir);
        if (!opened)
            return false;
        Core::Store &store = **opened;
        const auto folder = store.addFolder(QStringLiteral("News"));
        const auto alpha = store.addSubscription(
            QStringLiteral("https://alpha.example/feed"), QStringLiteral("Alpha"), folder ? *folder : 0);
        const auto beta = store.addSubscription(QStringLiteral("https://beta.example/feed"), QStringLiteral("Beta"));
        if (!folder || !alpha || !beta)
            return false;
        QList<Core::ParsedItem> items;
        for (int i = 0; i < 300; ++i)
            items.append(UiTest::item(QString::number(i), QStringLiteral("Story %1").arg(i),
                QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC).addSecs(i * 60),
                QStringLiteral("<p>%1</p>").arg(QString(600, QLatin1Char('w')))));
        if (!store.upsertStories(*alpha, items))
            return false;
    }
    return !DatabaseRecovery::open(dir).quit() && Core::listBackups(dir).size() == 1;
}

using TestSupport::Damage;
using TestSupport::damage;

QStringList treeTexts(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        texts << index.data().toString();
        texts << treeTexts(model, index);
    }
    return texts;
}

bool containsText(const QStringList &texts, const QString &word)
{
    for (const QString &text : texts) {
        if (text.contains(word))
            return true;
    }
    return false;
}

// The damaged files kept aside (without their -wal and -shm).
QStringList corruptFiles(const QString &dir)
{
    QStringList files;
    for (const QString &name : QDir(dir).entryList({ QStringLiteral("tidings.sqlite.corrupt-*") }, QDir::Files)) {
        if (!name.endsWith(QLatin1String("-wal")) && !name.endsWith(QLatin1String("-shm")))
            files << name;
    }
    return files;
}

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestDatabaseRecovery final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aDamagedDatabaseIsRestoredFromTheBackup_data()
    {
        QTest::addColumn<Damage>("how");
        QTest::addColumn<bool>("listReadable");
        QTest::newRow("header overwritten") << Damage::Header << false;
        QTest::newRow("pages overwritten") << Damage::Pages << true;
        // SQLite refuses a file shorter than its header says: nothing reads.
        QTest::newRow("cut in half") << Damage::Truncated << false;
    }
    void aDamagedDatabaseIsRestoredFromTheBackup()
    {
        QFETCH(Damage, how);
        QFETCH(bool, listReadable);
        QTemporaryDir dir;
        QVERIFY(fillProfile(dir.path()));
        {
            auto store = UiTest::openStore(dir);
            QVERIFY(store);
            QVERIFY(store->addSubscription(QStringLiteral("https://gamma.example/feed"), QStringLiteral("Gamma")));
        }
        const QString path = Core::Store::databasePath(dir.path());
        QVERIFY(damage(path, how));
        const QByteArray damagedBytes = TestSupport::readFile(path);

        QString said;
        answerWith("restoreBackup", &said);
        StartupStore startup = DatabaseRecovery::open(dir.path());
        QVERIFY2(startup.store, qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("is damaged")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("Nothing was deleted")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("restoreBackup startNew quit")), qPrintable(said));
        QVERIFY2(startup.notice.contains(QLatin1String("was restored")), qPrintable(startup.notice));
        QVERIFY2(
            startup.notice.contains(listReadable ? QLatin1String("1 subscription") : QLatin1String("0 subscription")),
            qPrintable(startup.notice));
        startup.store.reset();
        // The damaged file stays, byte for byte, named in the dialog.
        const QStringList kept = corruptFiles(dir.path());
        QCOMPARE(kept.size(), 1);
        QVERIFY(said.contains(kept.first()));
        QCOMPARE(TestSupport::readFile(QDir(dir.path()).filePath(kept.first())), damagedBytes);

        // The window shows the restored feeds and stories.
        auto reader = UiTest::openReader(dir);
        QVERIFY(reader);
        Core::StorageWriter writer(dir.path());
        MainWindow window(reader.get(), &writer, nullptr);
        window.statusPanel()->showMessage(startup.notice, StatusPanel::Linger::Long);
        window.show();
        QTRY_VERIFY(window.storyModel()->rowCount() > 0);
        const QStringList texts = treeTexts(window.treeModel());
        QVERIFY2(containsText(texts, QStringLiteral("Alpha")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(containsText(texts, QStringLiteral("Beta")));
        QVERIFY(containsText(texts, QStringLiteral("News")));
        QCOMPARE(containsText(texts, QStringLiteral("Gamma")), listReadable);
        QCOMPARE(reader->countStories({}), 300);
        QCOMPARE(window.statusPanel()->currentMessage(), startup.notice);
    }

    void withoutABackupANewDatabaseKeepsTheSubscriptions()
    {
        QTemporaryDir dir;
        QVERIFY(fillProfile(dir.path()));
        QVERIFY(QDir(Core::backupFolder(dir.path())).removeRecursively());
        const QString path = Core::Store::databasePath(dir.path());
        QVERIFY(damage(path, Damage::Pages));

        QString said;
        answerWith("startNew", &said);
        StartupStore startup = DatabaseRecovery::open(dir.path());
        QVERIFY2(startup.store, qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("no backup yet")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("startNew quit")), qPrintable(said));
        QVERIFY(!said.contains(QLatin1String("restoreBackup")));
        QCOMPARE(startup.store->subscriptions().size(), 2);
        QCOMPARE(startup.store->countStories({}), 0);
        QVERIFY2(startup.notice.contains(QLatin1String("new database")), qPrintable(startup.notice));
        // A backup of the new database is made at once.
        QCOMPARE(Core::listBackups(dir.path()).size(), 1);
        QCOMPARE(corruptFiles(dir.path()).size(), 1);
    }

    // Quitting leaves the damaged file where it was: the next start asks again.
    void quittingLeavesTheDamagedFileInPlace()
    {
        QTemporaryDir dir;
        QVERIFY(fillProfile(dir.path()));
        const QString path = Core::Store::databasePath(dir.path());
        QVERIFY(damage(path, Damage::Header));
        const QByteArray damagedBytes = TestSupport::readFile(path);
        for (int start = 0; start < 2; ++start) {
            QString said;
            answerWith("quit", &said);
            const StartupStore startup = DatabaseRecovery::open(dir.path());
            QVERIFY(startup.quit());
            QVERIFY2(said.contains(QLatin1String("is damaged")), qPrintable(said));
            QCOMPARE(TestSupport::readFile(path), damagedBytes);
            QVERIFY(corruptFiles(dir.path()).isEmpty());
        }
        QCOMPARE(Core::listBackups(dir.path()).size(), 1); // the good backup is untouched
    }

    // After a clean shutdown the app's start reads only the header and the
    // schema; the backup it takes once the window shows reads every page and
    // finds the damage, and the next start (no clean shutdown noted) checks
    // the whole file and asks.
    void aCleanShutdownMovesTheCheckOffTheStart()
    {
        QTemporaryDir dir;
        QVERIFY(fillProfile(dir.path()));
        const auto appStart = [&dir] {
            return DatabaseRecovery::open(dir.path(), nullptr, DatabaseRecovery::Check::AfterUncleanShutdown);
        };
        {
            // No clean shutdown noted (a first start, a crash): checked whole, the backup left for later.
            const StartupStore first = appStart();
            QVERIFY(first.store);
            QVERIFY(first.backupDeferred);
        }
        DatabaseRecovery::markCleanShutdown(dir.path());
        const QString path = Core::Store::databasePath(dir.path());
        QVERIFY(damage(path, Damage::Pages));

        // Would answer a dialog, which must not show now (nor the next start's, once).
        QString said;
        answerWith("quit", &said);
        StartupStore second = appStart();
        QVERIFY2(second.store, qPrintable(said));
        QVERIFY(said.isEmpty());
        QVERIFY(second.backupDeferred);
        const Core::Result<QString> backup = Core::backUpIfDue(*second.store, Core::BackupPolicy { 3, 0 });
        QVERIFY(!backup);
        QCOMPARE(backup.error().code, Core::ErrorCode::DatabaseCorrupt);
        QCOMPARE(Core::listBackups(dir.path()).size(), 1); // the good one is kept
        second.store.reset();

        // The damage was found, so no clean shutdown is noted: the next start asks.
        const StartupStore third = appStart();
        QVERIFY(third.quit());
        QVERIFY2(said.contains(QLatin1String("is damaged")), qPrintable(said));
        // A damaged header is found at once, clean shutdown or not.
        DatabaseRecovery::markCleanShutdown(dir.path());
        QVERIFY(damage(path, Damage::Header));
        QVERIFY(!Core::Store::open(dir.path(), [] {
            Core::StoreOptions options;
            options.check = Core::StoreOptions::Check::Schema;
            return options;
        }()));
    }

    // A start that ended while the dialog showed (killed: the store had moved
    // the damaged file aside already) must not make the next start begin
    // empty: it asks again, and the backup still brings the subscriptions.
    void aStartKilledAtTheDialogAsksAgain()
    {
        QTemporaryDir dir;
        QVERIFY(fillProfile(dir.path()));
        const QString path = Core::Store::databasePath(dir.path());
        QVERIFY(damage(path, Damage::Pages));
        // What the killed start did before its dialog: the store's open.
        QVERIFY(!Core::Store::open(dir.path()));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(corruptFiles(dir.path()).size(), 1);

        QString said;
        answerWith("restoreBackup", &said);
        StartupStore startup = DatabaseRecovery::open(dir.path());
        QVERIFY2(startup.store, qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("is damaged")), qPrintable(said));
        QCOMPARE(startup.store->subscriptions().size(), 2);
        QCOMPARE(corruptFiles(dir.path()).size(), 1);
    }

    // A profile on a read-only mount: the user may open it read-only, reads
    // everything, and a change is refused with a lasting notice, not a crash.
    void aReadOnlyProfileOpensReadOnly()
    {
        TestSupport::TmpfsMount disk(32);
        if (!disk.mounted())
            QSKIP("cannot mount a tmpfs here (needs root or a container that allows mount)");
        const QString profile = disk.filePath(QStringLiteral("profile"));
        QVERIFY(fillProfile(profile));
        QVERIFY(disk.setReadOnly(true));
        {
            QString said;
            answerWith("openReadOnly", &said);
            const StartupStore startup = DatabaseRecovery::open(profile);
            QVERIFY2(startup.readOnly, qPrintable(said));
            QCOMPARE(startup.readOnlyReason.code, Core::ErrorCode::ReadOnlyDatabase);
            QVERIFY2(said.contains(QLatin1String("cannot be opened")), qPrintable(said));
            QVERIFY2(said.contains(QLatin1String("openReadOnly quit")), qPrintable(said));

            Core::Result<std::unique_ptr<Core::Store>> reader
                = Core::Store::open(profile, Core::StoreOptions::readOnlyForGui());
            QVERIFY2(reader, reader ? "" : qPrintable(Core::describe(reader.error())));
            Core::StorageWriter writer(profile);
            MainWindow window(reader->get(), &writer, nullptr);
            window.statusPanel()->showReadOnly(startup.readOnlyReason);
            window.show();
            QTRY_VERIFY(window.storyModel()->rowCount() > 0);
            QVERIFY(window.statusPanel()->readOnlyNotice().contains(QLatin1String("cannot be written")));
            const Core::StoryRow first = (*reader)->stories({}, std::nullopt, 1).first();
            QVERIFY(!first.read);
            QSignalSpy failed(window.readState(), &ReadState::failed);
            window.readState()->setRead(first.id, first.subscriptionId, ReadState::Mark::Read);
            QVERIFY(failed.wait(10'000));
            QCOMPARE(failed.first().first().value<Core::Error>().code, Core::ErrorCode::ReadOnlyDatabase);
            QVERIFY2(window.statusPanel()->currentMessage().contains(QLatin1String("cannot be written")),
                qPrintable(window.statusPanel()->currentMessage()));
            QVERIFY(!(*reader)->stories({}, std::nullopt, 1).first().read);
            QCOMPARE((*reader)->countStories({}), 300);
        }
        QVERIFY(disk.setReadOnly(false));
        QCOMPARE(Core::integrityProblem(Core::Store::databasePath(profile)), QString());
    }

    // The disk fills up while the app runs: a change is refused with a
    // message and the read-only notice, the stories stay readable, and the
    // file is sound once there is room again.
    void aFullDiskIsToldInTheWindow()
    {
        TestSupport::TmpfsMount disk(8);
        if (!disk.mounted())
            QSKIP("cannot mount a tmpfs here (needs root or a container that allows mount)");
        const QString profile = disk.filePath(QStringLiteral("profile"));
        QVERIFY(fillProfile(profile));
        {
            const StartupStore startup = DatabaseRecovery::open(profile);
            QVERIFY(startup.store);
        }
        Core::Result<std::unique_ptr<Core::Store>> reader
            = Core::Store::open(profile, Core::StoreOptions::readOnlyForGui());
        QVERIFY(reader);
        {
            Core::StorageWriter writer(profile);
            MainWindow window(reader->get(), &writer, nullptr);
            window.show();
            QTRY_VERIFY(window.storyModel()->rowCount() > 0);
            QVERIFY(TestSupport::fillDisk(disk.filePath(QStringLiteral("filler"))));
            // Many marks at once need room in the write-ahead log.
            QSignalSpy failed(window.readState(), &ReadState::failed);
            window.readState()->markAllRead(Core::StoryFilter {});
            QVERIFY(failed.wait(10'000));
            QCOMPARE(failed.first().first().value<Core::Error>().code, Core::ErrorCode::DiskFull);
            QVERIFY2(window.statusPanel()->currentMessage().contains(QLatin1String("disk is full")),
                qPrintable(window.statusPanel()->currentMessage()));
            QVERIFY(window.statusPanel()->readOnlyNotice().contains(QLatin1String("disk is full")));
            Core::StoryFilter unread;
            unread.unreadOnly = true;
            QCOMPARE((*reader)->countStories(unread), 300);
            QCOMPARE(window.storyModel()->rowCount() > 0, true);
        }
        reader->reset();
        QVERIFY(QFile::remove(disk.filePath(QStringLiteral("filler"))));
        QCOMPARE(Core::integrityProblem(Core::Store::databasePath(profile)), QString());
        auto again = Core::Store::open(profile);
        QVERIFY(again);
        QCOMPARE((*again)->countStories({}), 300);
    }
};

QTEST_MAIN(TestDatabaseRecovery)
#include "tst_database_recovery.moc"
