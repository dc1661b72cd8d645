#include "storage/store_backup.h"

#include "storage/store.h"
#include "storage/store_opml.h"
#include "store_private.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>

#include <algorithm>

namespace Core {

namespace {

const QLatin1String stampFormat("yyyyMMdd-HHmmss");
const QLatin1String backupPrefix("tidings-");
const QLatin1String backupSuffix(".sqlite");

QString nextCheckName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tidings-backup-check-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Runs `use` on a read-only connection of its own to `path` (a backup or a
// damaged file: nothing writes it), then closes it. Immutable unless a -wal
// beside it holds commits: SQLite then makes no -shm and takes no lock.
template <typename Use> void withReadOnlyConnection(const QString &path, Use use)
{
    const QString name = nextCheckName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        const QString mode = QFileInfo::exists(path + QStringLiteral("-wal")) ? QStringLiteral("mode=ro")
                                                                              : QStringLiteral("immutable=1");
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QLatin1Char('?') + mode);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        use(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString opmlPathOf(const QString &backupPath)
{
    return backupPath.left(backupPath.size() - backupSuffix.size()) + QStringLiteral(".opml");
}

// The subscriptions (and their folders) a possibly damaged database still
// gives away; false when its tables cannot be read.
bool readSubscriptions(const QString &path, Opml::Document &document)
{
    bool ok = false;
    withReadOnlyConnection(path, [&](QSqlDatabase &db) {
        if (!db.open())
            return;
        QSqlQuery query(db);
        QHash<qint64, std::pair<QString, qint64>> folders; // id: name, parent
        if (query.exec(QStringLiteral("SELECT id, name, COALESCE(parent_id, 0) FROM folders"))) {
            while (query.next())
                folders.insert(query.value(0).toLongLong(), { query.value(1).toString(), query.value(2).toLongLong() });
        } // a damaged folders table loses the folders, not the feeds
        const auto pathOf = [&folders](qint64 id) {
            QStringList path;
            for (int depth = 0; id != 0 && folders.contains(id) && depth < 64; ++depth) {
                path.prepend(folders.value(id).first);
                id = folders.value(id).second;
            }
            return path;
        };
        if (!query.exec(QStringLiteral("SELECT url, title, site_url, COALESCE(folder_id, 0) FROM subscriptions")))
            return;
        while (query.next()) {
            const QStringList folder = pathOf(query.value(3).toLongLong());
            document.feeds.append(Opml::Outline {
                query.value(1).toString(), query.value(0).toString(), query.value(2).toString(), folder });
            if (!folder.isEmpty() && !document.folders.contains(folder))
                document.folders.append(folder);
        }
        // A read that stops on a damaged page still keeps what came before it.
        ok = !document.feeds.isEmpty() || !query.lastError().isValid();
    });
    return ok;
}

// Folder paths must list parents before children for importOpml.
void addParentFolders(Opml::Document &document)
{
    QList<QStringList> all;
    for (const QStringList &path : std::as_const(document.folders)) {
        for (int n = 1; n <= path.size(); ++n) {
            const QStringList prefix = path.mid(0, n);
            if (!all.contains(prefix))
                all.append(prefix);
        }
    }
    document.folders = all;
}

} // namespace

QString BackupFile::opmlPath() const
{
    return opmlPathOf(path);
}

QString backupFolder(const QString &profileDir)
{
    return QDir(profileDir).absoluteFilePath(QStringLiteral("backups"));
}

QList<BackupFile> listBackups(const QString &profileDir)
{
    QList<BackupFile> result;
    const QDir dir(backupFolder(profileDir));
    QList<std::pair<std::pair<QDateTime, int>, BackupFile>> found;
    for (const QString &name : dir.entryList({ backupPrefix + QStringLiteral("*") + backupSuffix }, QDir::Files)) {
        // tidings-<stamp>.sqlite, or tidings-<stamp>-<n>.sqlite for the nth in the same second
        const QString middle = name.mid(backupPrefix.size(), name.size() - backupPrefix.size() - backupSuffix.size());
        const QDateTime local = QDateTime::fromString(middle.left(15), stampFormat);
        bool numbered = middle.size() == 15;
        int n = 1;
        if (middle.size() > 16 && middle.at(15) == QLatin1Char('-'))
            n = middle.mid(16).toInt(&numbered);
        if (!local.isValid() || !numbered)
            continue;
        const QDateTime taken(local.date(), local.time(), Qt::UTC);
        found.append({ { taken, n }, BackupFile { dir.absoluteFilePath(name), taken, n } });
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &each : found)
        result.append(each.second);
    return result;
}

QString integrityProblem(const QString &path)
{
    QString problem;
    withReadOnlyConnection(path, [&](QSqlDatabase &db) {
        if (!db.open()) {
            problem = db.lastError().text();
            return;
        }
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
            problem = query.lastError().text();
            return;
        }
        QStringList lines;
        while (query.next())
            lines << query.value(0).toString();
        if (query.lastError().isValid())
            problem = query.lastError().text();
        else if (lines != QStringList { QStringLiteral("ok") })
            problem = lines.mid(0, 3).join(QStringLiteral("; "));
    });
    return problem;
}

Result<QString> backUpIfDue(Store &store, const BackupPolicy &policy)
{
    if (store.isReadOnly())
        return Error { ErrorCode::InvalidArgument, QStringLiteral("a read-only store cannot be backed up here"), {} };
    const QString profileDir = store.profileDir();
    const QList<BackupFile> existing = listBackups(profileDir);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (policy.minHoursBetween > 0 && !existing.isEmpty() && existing.first().taken <= now
        && existing.first().taken.secsTo(now) < qint64(policy.minHoursBetween) * 3600)
        return QString();

    const QDir dir(backupFolder(profileDir));
    if (!QDir().mkpath(dir.path()))
        return Error { ErrorCode::FileNotReadable, QStringLiteral("cannot create %1").arg(dir.path()), {} };
    // More than one in the same second: numbered after the newest of that
    // second (never reusing a pruned name, which would sort as the oldest).
    const QDateTime second = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Qt::UTC);
    int sequence = 1;
    for (const BackupFile &backup : existing) {
        if (backup.taken == second)
            sequence = qMax(sequence, backup.sequence + 1);
    }
    QString name = backupPrefix + second.toString(stampFormat);
    if (sequence > 1)
        name += QLatin1Char('-') + QString::number(sequence);
    const QString target = dir.absoluteFilePath(name + backupSuffix);
    const QString temporary = dir.absoluteFilePath(QStringLiteral(".") + name + QStringLiteral(".tmp"));
    QFile::remove(temporary);

    if (const Status copied = store.copyTo(temporary); !copied) {
        QFile::remove(temporary);
        return copied.error();
    }
    if (const QString problem = integrityProblem(temporary); !problem.isEmpty()) {
        QFile::remove(temporary);
        return Error { ErrorCode::DatabaseCorrupt,
            QStringLiteral("the new backup failed integrity_check (%1); the older backups are kept").arg(problem), {} };
    }
    // The subscription list beside it, readable by any feed reader.
    QSaveFile opml(opmlPathOf(target));
    if (!opml.open(QIODevice::WriteOnly) || opml.write(Opml::write(opmlDocument(store))) < 0 || !opml.commit()) {
        QFile::remove(temporary);
        return Error { ErrorCode::FileNotReadable,
            QStringLiteral("cannot write %1: %2").arg(opml.fileName(), opml.errorString()), {} };
    }
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        QFile::remove(opmlPathOf(target));
        return Error { ErrorCode::FileNotReadable, QStringLiteral("cannot rename the backup to %1").arg(target), {} };
    }
    // Only now, with a good new one in place, the oldest go.
    const QList<BackupFile> kept = listBackups(profileDir);
    for (qsizetype i = qMax(1, policy.generations); i < kept.size(); ++i) {
        QFile::remove(kept.at(i).path);
        QFile::remove(kept.at(i).opmlPath());
    }
    return target;
}

Result<Recovery> recoverDatabase(const QString &profileDir, const QString &damagedFile, bool useBackup)
{
    Recovery recovery;
    recovery.damagedFile = damagedFile;
    const QString path = Store::databasePath(profileDir);
    if (QFileInfo::exists(path) && Store::moveDatabaseAside(path).isEmpty())
        return Error { ErrorCode::FileNotReadable, QStringLiteral("cannot move %1 aside").arg(path), {} };

    // What the damaged file still tells about the subscriptions; read first,
    // before anything else is written.
    Opml::Document salvaged;
    recovery.fromDamagedFile = !damagedFile.isEmpty() && readSubscriptions(damagedFile, salvaged);

    const QList<BackupFile> backups = listBackups(profileDir);
    if (useBackup) {
        for (const BackupFile &backup : backups) {
            if (!integrityProblem(backup.path).isEmpty())
                continue; // a damaged backup is skipped, and kept
            const QString temporary = path + QStringLiteral(".restoring");
            QFile::remove(temporary);
            if (!QFile::copy(backup.path, temporary) || !QFile::rename(temporary, path)) {
                QFile::remove(temporary);
                return Error { ErrorCode::FileNotReadable,
                    QStringLiteral("cannot copy %1 to %2").arg(backup.path, path), {} };
            }
            recovery.restoredFrom = backup.path;
            break;
        }
    }
    if (!recovery.fromDamagedFile) {
        // The newest subscription list that still parses.
        for (const BackupFile &backup : backups) {
            QFile file(backup.opmlPath());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            Result<Opml::Document> document = Opml::parse(file.readAll());
            if (document) {
                salvaged = *document;
                break;
            }
        }
    }
    addParentFolders(salvaged);

    Result<std::unique_ptr<Store>> opened = Store::open(profileDir);
    if (!opened)
        return opened.error();
    Result<OpmlImportReport> imported = importOpml(**opened, salvaged);
    if (!imported)
        return imported.error();
    recovery.subscriptionsRecovered = imported->added;
    return recovery;
}

} // namespace Core
