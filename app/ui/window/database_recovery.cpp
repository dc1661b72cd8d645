#include "window/database_recovery.h"

#include "storage/store_backup.h"
#include "widgets/error_text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>

Q_LOGGING_CATEGORY(lcRecovery, "tidings.ui.recovery")

namespace Ui {

namespace {

// Puts a damaged file back where it was (the user chose to quit), so the next
// start finds it and asks again instead of starting empty.
void putBack(const QString &aside, const QString &path)
{
    if (aside.isEmpty() || QFileInfo::exists(path) || !QFile::rename(aside, path))
        return;
    for (const QLatin1String suffix : { QLatin1String("-wal"), QLatin1String("-shm") }) {
        if (QFileInfo::exists(aside + suffix))
            QFile::rename(aside + suffix, path + suffix);
    }
}

// The newest damaged file moved aside when no database is in place: the
// store moves a damaged file aside before the dialog asks, so a start that
// ended while the dialog showed (killed, logged out) left no database at all,
// and the next start would have begun empty, the subscriptions out of sight.
// After an answer there is always a database in place, so a file found here
// was never answered for.
QString unansweredDamagedFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return {};
    const QFileInfo database(path);
    const QFileInfoList aside
        = QDir(database.absolutePath())
              .entryInfoList({ database.fileName() + QStringLiteral(".corrupt-*") }, QDir::Files, QDir::Time);
    for (const QFileInfo &file : aside) {
        if (!file.fileName().endsWith(QLatin1String("-wal")) && !file.fileName().endsWith(QLatin1String("-shm")))
            return file.absoluteFilePath();
    }
    return {};
}

// Present while no session runs on the profile and the last one ended
// cleanly (DatabaseRecovery::markCleanShutdown).
QString cleanShutdownMarker(const QString &databasePath)
{
    return databasePath + QStringLiteral(".clean-shutdown");
}

QPushButton *addButton(QMessageBox &box, const QString &text, QMessageBox::ButtonRole role, const char *name)
{
    QPushButton *button = box.addButton(text, role);
    button->setObjectName(QLatin1String(name));
    return button;
}

} // namespace

void DatabaseRecovery::markCleanShutdown(const QString &profileDir)
{
    QFile marker(cleanShutdownMarker(Core::Store::databasePath(profileDir)));
    if (!marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qCWarning(lcRecovery) << "cannot note the clean shutdown:" << marker.errorString();
}

StartupStore DatabaseRecovery::open(const QString &profileDir, QWidget *parent, Check check)
{
    const QString path = Core::Store::databasePath(profileDir);
    putBack(unansweredDamagedFile(path), path); // asked again, not started empty
    // Taken away now: a session that does not end cleanly leaves none.
    const bool afterCleanShutdown
        = check == Check::AfterUncleanShutdown && QFileInfo::exists(path) && QFile::remove(cleanShutdownMarker(path));
    QString notice;
    while (true) {
        Core::StoreOptions options;
        // After a recovery the new file is checked whole, as any unclean start.
        const bool deferred = afterCleanShutdown && notice.isEmpty();
        options.check = deferred ? Core::StoreOptions::Check::Schema : Core::StoreOptions::Check::Full;
        Core::Result<std::unique_ptr<Core::Store>> opened = Core::Store::open(profileDir, options);
        if (opened) {
            StartupStore result;
            // The app backs up once its window shows; a recovered database at once.
            if (check == Check::Full || !notice.isEmpty()) {
                const Core::Result<QString> backup = Core::backUpIfDue(**opened);
                if (!backup)
                    qCWarning(lcRecovery) << "no backup was made:" << Core::describe(backup.error());
            } else {
                result.backupDeferred = true;
            }
            result.store = std::move(*opened);
            result.notice = notice;
            return result;
        }
        const Core::Error &error = opened.error();
        QMessageBox box(parent);
        box.setObjectName(QStringLiteral("databaseRecovery"));
        box.setIcon(QMessageBox::Critical);
        box.setWindowTitle(tr("Tidings cannot open its database"));
        box.setDetailedText(errorText(error));

        if (error.code != Core::ErrorCode::DatabaseCorrupt) {
            box.setText(tr("The database at\n%1\ncannot be opened.").arg(path));
            QPushButton *readOnly = nullptr;
            if (error.code == Core::ErrorCode::ReadOnlyDatabase || error.code == Core::ErrorCode::DiskFull) {
                box.setInformativeText(tr("%1\n\nTidings can open it read-only: you can read your stories, but "
                                          "nothing you change is saved until the disk has room or the profile "
                                          "can be written again.")
                                           .arg(errorText(error)));
                readOnly = addButton(box, tr("Open Read-Only"), QMessageBox::AcceptRole, "openReadOnly");
            } else {
                box.setInformativeText(errorText(error));
            }
            QPushButton *quit = addButton(box, tr("Quit"), QMessageBox::RejectRole, "quit");
            box.setDefaultButton(readOnly ? readOnly : quit);
            box.setEscapeButton(quit);
            box.exec();
            StartupStore result;
            if (readOnly && box.clickedButton() == readOnly) {
                result.readOnly = true;
                result.readOnlyReason = error;
            }
            return result;
        }

        // The store moved the damaged file aside (error.url); if it could not,
        // once more here.
        QString aside = error.url.isLocalFile() ? error.url.toLocalFile() : QString();
        if (aside.isEmpty() || aside == path || !QFileInfo::exists(aside))
            aside = Core::Store::moveDatabaseAside(path);
        box.setText(tr("The database at\n%1\nis damaged.").arg(path));
        if (aside.isEmpty()) {
            box.setInformativeText(tr("It could not be moved aside. Close Tidings, move the file somewhere safe, "
                                      "and start Tidings again to begin with a new database."));
            addButton(box, tr("Quit"), QMessageBox::RejectRole, "quit");
            box.exec();
            return {};
        }
        const QList<Core::BackupFile> backups = Core::listBackups(profileDir);
        QString offer;
        QPushButton *restore = nullptr;
        if (!backups.isEmpty()) {
            const QString when
                = QLocale().toString(backups.first().taken.toLocalTime(), QLocale::FormatType::LongFormat);
            offer = tr("Tidings can restore the newest backup, from %1, and add back the subscriptions it can "
                       "still read from the damaged file.")
                        .arg(when);
            restore = addButton(box, tr("Restore Backup"), QMessageBox::AcceptRole, "restoreBackup");
        } else {
            offer = tr("There is no backup yet. Tidings can start with a new, empty database and add back the "
                       "subscriptions it can still read from the damaged file.");
        }
        box.setInformativeText(tr("Nothing was deleted: the damaged file was moved to\n%1\nwhere the sqlite3 tool "
                                  "(.recover) may rescue more of it.\n\n%2")
                                   .arg(aside, offer));
        QPushButton *fresh = addButton(box, tr("Start with a New Database"), QMessageBox::AcceptRole, "startNew");
        QPushButton *quit = addButton(box, tr("Quit"), QMessageBox::RejectRole, "quit");
        box.setDefaultButton(restore ? restore : fresh);
        box.setEscapeButton(quit);
        box.exec();
        if (box.clickedButton() != fresh && (!restore || box.clickedButton() != restore)) {
            putBack(aside, path);
            return {};
        }
        const Core::Result<Core::Recovery> recovery
            = Core::recoverDatabase(profileDir, aside, restore && box.clickedButton() == restore);
        if (!recovery) {
            QMessageBox::critical(parent, tr("Tidings cannot open its database"),
                tr("The recovery failed: %1").arg(errorText(recovery.error())));
            return {};
        }
        const QString added = tr("%n subscription(s) added back.", nullptr, recovery->subscriptionsRecovered);
        if (!recovery->restoredFrom.isEmpty()) {
            const QList<Core::BackupFile> now = Core::listBackups(profileDir);
            QDateTime taken;
            for (const Core::BackupFile &backup : now) {
                if (backup.path == recovery->restoredFrom)
                    taken = backup.taken;
            }
            notice = tr("The backup from %1 was restored. %2")
                         .arg(QLocale().toString(taken.toLocalTime(), QLocale::FormatType::ShortFormat), added);
        } else {
            notice = tr("A new database was started. %1").arg(added);
        }
        // Opened again at the top of the loop, checked like any start.
    }
}

} // namespace Ui
