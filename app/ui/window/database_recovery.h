#pragma once

// Opening the profile's database at start: the read-write check (and
// migration), the rolling backup when one is due, and, when the database is
// damaged or cannot be written, telling the user and offering what can be
// done: restore the newest good backup, start a new database (both adding
// back the subscriptions still readable), open the profile read-only, or quit.

#include "storage/store.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QWidget;

namespace Ui {

struct StartupStore {
    // The checked read-write store; null when read-only or quitting.
    std::unique_ptr<Core::Store> store;
    // The user chose to read the profile without saving anything (it could
    // not be written); why is in readOnlyReason.
    bool readOnly = false;
    Core::Error readOnlyReason;
    // What a recovery did, for the status bar; empty when there was none.
    QString notice;
    // open(..., AfterUncleanShutdown) took no backup: the caller takes it
    // once the window shows (it reads every page, so damage shows there).
    bool backupDeferred = false;
    bool quit() const { return !store && !readOnly; }
};

class DatabaseRecovery final {
    Q_DECLARE_TR_FUNCTIONS(Ui::DatabaseRecovery)

public:
    // The dialog's buttons carry these object names (for tests and
    // accessibility tools): restoreBackup, startNew, openReadOnly, quit.
    // Check::Full reads the whole file (PRAGMA quick_check) and takes the
    // backup when due, before anything shows: seconds to minutes at a million
    // stories. Check::AfterUncleanShutdown does that only when the last
    // session did not end with markCleanShutdown (a crash, a kill, damage
    // found, the first start); otherwise it reads the header and schema only
    // and leaves the backup to the caller (StartupStore::backupDeferred).
    enum class Check { Full, AfterUncleanShutdown };
    static StartupStore open(const QString &profileDir, QWidget *parent = nullptr, Check check = Check::Full);
    // Called as a session ends cleanly with no damage found; the next
    // open(..., AfterUncleanShutdown) consumes it.
    static void markCleanShutdown(const QString &profileDir);
};

} // namespace Ui
