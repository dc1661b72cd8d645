#pragma once

// Rolling backups of the database and the recovery from a damaged one.
//
// A backup is a consistent copy made with SQLite's VACUUM INTO, written under
// a temporary name, checked with integrity_check and only then renamed to
// <profile>/backups/tidings-<UTC yyyyMMdd-HHmmss>.sqlite, with the
// subscription list beside it as the same name with .opml. The newest few
// are kept; an older one is pruned only once a new one was checked good, so a
// damaged database never replaces good backups.

#include "base/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Core {

class Store;

struct BackupPolicy {
    int generations = 3; // how many backups are kept
    int minHoursBetween = 24; // no new backup while the newest is younger; 0: always
};

struct BackupFile {
    QString path; // the .sqlite file
    QDateTime taken; // UTC, from its name
    int sequence = 1; // the nth backup in that second (tidings-<stamp>-<n>.sqlite from 2 on)
    QString opmlPath() const; // the subscription list written with it (may be missing)
};

// <profile>/backups
QString backupFolder(const QString &profileDir);
// The kept backups, newest first.
QList<BackupFile> listBackups(const QString &profileDir);

// Writes a backup of an open read-write store when one is due under the
// policy. Returns the new file, or an empty string when none was due.
Result<QString> backUpIfDue(Store &store, const BackupPolicy &policy = {});

// Empty when the SQLite file at `path` passes integrity_check, else why not.
QString integrityProblem(const QString &path);

// What a recovery did.
struct Recovery {
    QString restoredFrom; // the backup now in use; empty when a new database was started
    QString damagedFile; // where the damaged database stays (never deleted)
    int subscriptionsRecovered = 0; // added back from the damaged file or the newest OPML list
    bool fromDamagedFile = false; // the damaged file's own subscription list could still be read
};

// After Store::open found the database damaged and moved it to `damagedFile`:
// puts the newest backup that passes integrity_check in its place (or, with
// `useBackup` false or no good backup, lets a new database be made), then adds
// back every subscription (with its folder) still readable from the damaged
// file, else those of the newest OPML list kept with the backups. The database
// is closed again when this returns.
Result<Recovery> recoverDatabase(const QString &profileDir, const QString &damagedFile, bool useBackup = true);

} // namespace Core
