#include "storage/store.h"

#include "store_private.h"
#include "store_schema.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcStore, "tidings.store")

namespace Core {

using StoreDetail::dbError;
using StoreDetail::run;

namespace {

const QLatin1String databaseFileName("tidings.sqlite");

// SQLite result codes that mean the file itself is damaged or foreign.
bool isCorruptionCode(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == QLatin1String("11") /* SQLITE_CORRUPT */ || code == QLatin1String("26") /* SQLITE_NOTADB */;
}

// SQLite's locks on a database are POSIX advisory locks, which belong to the
// process: closing any descriptor of the file drops them all, SQLite's own
// included. Another process could then take itself for the last reader and
// delete the write-ahead log from under our writer, hiding all it commits
// next. So this process opens the file itself (to read its header) only while
// it has no connection to it: the paths it has open are counted here.
QMutex &openPathsMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, int> &openPaths()
{
    static QHash<QString, int> paths;
    return paths;
}

// Called while no connection of this process has the file open.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return true; // unreadable: let SQLite report why
    if (file.size() == 0)
        return true; // SQLite treats an empty file as a new database
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Error corruptError(const QString &path, const QString &why)
{
    const QString aside = Store::moveDatabaseAside(path);
    const QString where = aside.isEmpty()
        ? QStringLiteral("it could not be moved aside and is left in place")
        : QStringLiteral("it was moved to %1; a new database will be created").arg(aside);
    return Error { ErrorCode::DatabaseCorrupt, QStringLiteral("%1 is damaged (%2); %3").arg(path, why, where),
        QUrl::fromLocalFile(aside.isEmpty() ? path : aside) };
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("tidings-store-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Empty when the database is sound, else what quick_check or SQLite said.
// `corrupt` tells damage apart from other failures (a locked file).
QString quickCheck(QSqlDatabase &db, bool &corrupt)
{
    corrupt = false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        corrupt = isCorruptionCode(query.lastError());
        return query.lastError().text();
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (query.lastError().isValid()) {
        corrupt = isCorruptionCode(query.lastError());
        return query.lastError().text();
    }
    corrupt = !problems.isEmpty();
    return problems.mid(0, 3).join(QStringLiteral("; "));
}

Status applyPragmas(QSqlDatabase &db, const StoreOptions &options)
{
    const QString busy = QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(0, options.busyTimeoutMs));
    // A read-only connection finds WAL set by the read-write one (and may not write the header).
    const QString journal = options.access == StoreOptions::Access::ReadOnly
        ? QStringLiteral("PRAGMA journal_mode")
        : QStringLiteral("PRAGMA journal_mode = WAL");
    QSqlQuery mode(db);
    if (!mode.exec(journal))
        return Error { ErrorCode::DatabaseError, mode.lastError().text(), {} };
    // In WAL mode a commit is in the log when COMMIT returns, so synchronous
    // NORMAL loses nothing when the process is killed (tst_kill_safety) and at
    // worst the last commits on power loss. Where the file system refuses WAL
    // (some network mounts) SQLite stays in rollback mode, where NORMAL could
    // damage the file on power loss: there every commit is synced (FULL).
    const bool wal = mode.next() && mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    mode.finish();
    const QString synchronous
        = wal ? QStringLiteral("PRAGMA synchronous = NORMAL") : QStringLiteral("PRAGMA synchronous = FULL");
    for (const QString &pragma : { synchronous, QStringLiteral("PRAGMA foreign_keys = ON"), busy,
             // 16 MB instead of 2: list pages and indexes stay in memory.
             QStringLiteral("PRAGMA cache_size = -16384") }) {
        const Status status = StoreSchema::exec(db, pragma);
        if (!status)
            return status;
    }
    return Ok {};
}

// A read-only profile (a read-only mount, a folder or file without write
// permission): SQLite can neither write the file nor make its -wal and -shm.
bool isUnwritable(const QString &dir, const QString &path)
{
    return !QFileInfo(dir).isWritable() || (QFileInfo::exists(path) && !QFileInfo(path).isWritable());
}

// A failure to open or check the file, told apart when the profile is read-only.
Error openError(const Error &error, const QString &dir, const QString &path)
{
    if (error.code == ErrorCode::DatabaseError && isUnwritable(dir, path))
        return Error { ErrorCode::ReadOnlyDatabase, error.detail, QUrl::fromLocalFile(path) };
    return error;
}

// Tests simulate a full disk on a real file: TIDINGS_TEST_MAX_PAGE_COUNT
// caps the pages this connection may grow the file to (1: not one more page).
Status applyTestPageLimit(QSqlDatabase &db)
{
    bool ok = false;
    const int pages = qEnvironmentVariableIntValue("TIDINGS_TEST_MAX_PAGE_COUNT", &ok);
    if (!ok || pages <= 0)
        return Ok {};
    qCWarning(lcStore) << "TIDINGS_TEST_MAX_PAGE_COUNT: the database may not grow past" << pages << "pages";
    return StoreSchema::exec(db, QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

bool hasTables(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && query.next()
        && query.value(0).toInt() > 0;
}

// A consistent copy (WAL included) before the schema changes under the user's data.
Status backup(QSqlDatabase &db, const QString &path, int fromVersion)
{
    const QString target = path + QStringLiteral(".bak-v") + QString::number(fromVersion);
    if (QFileInfo::exists(target) && !QFile::remove(target))
        return Error { ErrorCode::DatabaseError, QStringLiteral("cannot replace the old backup %1").arg(target), {} };
    QString quoted = target;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    const Status status = StoreSchema::exec(db, QStringLiteral("VACUUM INTO '%1'").arg(quoted));
    if (!status)
        return Error { ErrorCode::DatabaseError,
            QStringLiteral("backup before migration to %1 failed: %2").arg(target, status.error().detail), {} };
    return Ok {};
}

} // namespace

Store::Store()
    : d(std::make_unique<Private>())
{
}

Store::~Store()
{
    const QString name = d->connectionName;
    d->db.close();
    d->db = QSqlDatabase();
    if (!name.isEmpty())
        QSqlDatabase::removeDatabase(name);
    if (!d->openPath.isEmpty()) {
        const QMutexLocker lock(&openPathsMutex());
        if (--openPaths()[d->openPath] <= 0)
            openPaths().remove(d->openPath);
    }
}

QString Store::defaultProfileDir()
{
    const QString fromEnvironment = qEnvironmentVariable("TIDINGS_PROFILE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Store::databasePath(const QString &profileDir)
{
    return QDir(profileDir.isEmpty() ? defaultProfileDir() : profileDir).absoluteFilePath(databaseFileName);
}

// Keeps a damaged file (and its WAL) beside the new one instead of deleting
// anything the user might still recover.
QString Store::moveDatabaseAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, aside))
        return {};
    for (const QLatin1String suffix : { QLatin1String("-wal"), QLatin1String("-shm") }) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, aside + suffix);
    }
    return aside;
}

Result<std::unique_ptr<Store>> Store::open(const QString &profileDir, const StoreOptions &options)
{
    const bool readOnly = options.access == StoreOptions::Access::ReadOnly;
    const QString dir = QDir(profileDir.isEmpty() ? defaultProfileDir() : profileDir).absolutePath();
    if (!QDir().mkpath(dir))
        return Error { ErrorCode::FileNotReadable, QStringLiteral("cannot create the profile folder %1").arg(dir), {} };
    const QString path = dir + QLatin1Char('/') + databaseFileName;
    if (!readOnly && QFileInfo::exists(path) && isUnwritable(dir, path))
        return Error { ErrorCode::ReadOnlyDatabase,
            QStringLiteral("%1 or its folder cannot be written (a read-only profile)").arg(path),
            QUrl::fromLocalFile(path) };
    {
        QMutexLocker lock(&openPathsMutex());
        if (!openPaths().contains(path) && !hasSqliteHeader(path)) {
            lock.unlock();
            return corruptError(path, QStringLiteral("not an SQLite database"));
        }
        ++openPaths()[path];
    }

    std::unique_ptr<Store> store(new Store);
    store->d->openPath = path; // counted out by the destructor, on every return below
    store->d->profileDir = dir;
    store->d->connectionName = nextConnectionName();
    QSqlDatabase &db = store->d->db;
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->d->connectionName);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, options.busyTimeoutMs));
    if (readOnly && isUnwritable(dir, path) && QFileInfo::exists(path)) {
        // Nothing can write here, so SQLite may read without making a -shm
        // (immutable), unless a -wal holds commits not yet in the file.
        const QString mode = QFileInfo::exists(path + QStringLiteral("-wal")) ? QStringLiteral("mode=ro")
                                                                              : QStringLiteral("immutable=1");
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QLatin1Char('?') + mode);
        connectOptions += QStringLiteral(";QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY");
    } else {
        db.setDatabaseName(path);
    }
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return openError(dbError(db.lastError(), QStringLiteral("opening %1").arg(path)), dir, path);

    if (!readOnly && options.check == StoreOptions::Check::Schema) {
        // Reading the schema finds a damaged first page or schema table.
        QSqlQuery schema(db);
        if (!schema.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !schema.next()) {
            const QSqlError error = schema.lastError();
            schema = QSqlQuery();
            if (isCorruptionCode(error)) {
                store.reset(); // release the file before moving it
                return corruptError(path, error.text());
            }
            return openError(dbError(error, QStringLiteral("reading the schema of %1").arg(path)), dir, path);
        }
    } else if (!readOnly) {
        bool corrupt = false;
        const QString problem = quickCheck(db, corrupt);
        if (corrupt) {
            store.reset(); // release the file before moving it
            return corruptError(path, problem);
        }
        if (!problem.isEmpty())
            return openError(
                Error { ErrorCode::DatabaseError, QStringLiteral("checking %1: %2").arg(path, problem), {} }, dir,
                path);
    }

    if (const Status status = applyPragmas(db, options); !status)
        return openError(status.error(), dir, path);
    const int version = StoreSchema::version(db);
    if (readOnly) {
        if (version != StoreSchema::currentVersion())
            return Error { ErrorCode::DatabaseError,
                QStringLiteral("%1 has schema version %2, not %3: open it for writing first")
                    .arg(path)
                    .arg(version)
                    .arg(StoreSchema::currentVersion()),
                {} };
        if (const Status status = StoreSchema::exec(db, QStringLiteral("PRAGMA query_only = 1")); !status)
            return status.error();
        store->d->version = version;
        store->d->readOnly = true;
        return store;
    }
    if (version > StoreSchema::currentVersion())
        return Error { ErrorCode::DatabaseError,
            QStringLiteral("%1 has schema version %2, newer than this Tidings knows (%3)")
                .arg(path)
                .arg(version)
                .arg(StoreSchema::currentVersion()),
            {} };
    if (version < StoreSchema::currentVersion()) {
        if (version > 0 || hasTables(db)) {
            if (const Status status = backup(db, path, version); !status)
                return status.error();
        }
        if (const Status status = StoreSchema::migrate(db, StoreSchema::currentVersion()); !status)
            return status.error();
    }
    if (const Status status = applyTestPageLimit(db); !status)
        return status.error();
    store->d->version = StoreSchema::version(db);
    return store;
}

QString Store::profileDir() const
{
    return d->profileDir;
}

int Store::schemaVersion() const
{
    return d->version;
}

bool Store::isReadOnly() const
{
    return d->readOnly;
}

Status Store::checkIntegrity() const
{
    bool corrupt = false;
    const QString problem = quickCheck(d->db, corrupt);
    if (problem.isEmpty())
        return Ok {};
    const QString path = databasePath(d->profileDir);
    if (!corrupt)
        return Error { ErrorCode::DatabaseError, QStringLiteral("checking %1: %2").arg(path, problem), {} };
    return Error { ErrorCode::DatabaseCorrupt, QStringLiteral("%1 is damaged (%2)").arg(path, problem),
        QUrl::fromLocalFile(path) };
}

Status Store::copyTo(const QString &target) const
{
    QString quoted = target;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    QSqlQuery query(d->db);
    if (query.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)))
        return Ok {};
    // The copy reads every page: damage anywhere in the file shows here.
    if (isCorruptionCode(query.lastError())) {
        const QString path = databasePath(d->profileDir);
        return Error { ErrorCode::DatabaseCorrupt,
            QStringLiteral("%1 is damaged (%2)").arg(path, query.lastError().text()), QUrl::fromLocalFile(path) };
    }
    return dbError(query, QStringLiteral("copying the database"));
}

// ---- folders ----

Result<FolderId> Store::addFolder(const QString &name, FolderId parent)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Error { ErrorCode::InvalidArgument, QStringLiteral("a folder needs a name"), {} };
    QSqlQuery query(d->db);
    if (parent != 0) {
        if (!run(query, QStringLiteral("SELECT 1 FROM folders WHERE id = ?"), { parent }) || !query.next())
            return Error { ErrorCode::NotFound, QStringLiteral("no folder %1").arg(parent), {} };
    }
    if (!run(query, QStringLiteral("SELECT id FROM folders WHERE name = ? AND parent_id IS ? AND account_id = 'local'"),
            { clean, parent ? QVariant(parent) : QVariant() }))
        return dbError(query, QStringLiteral("adding a folder"));
    if (query.next())
        return Error { ErrorCode::Duplicate, QStringLiteral("a folder named %1 already exists there").arg(clean), {} };
    if (!run(query, QStringLiteral("INSERT INTO folders(name, parent_id) VALUES (?, ?)"),
            { clean, parent ? QVariant(parent) : QVariant() }))
        return dbError(query, QStringLiteral("adding a folder"));
    return query.lastInsertId().toLongLong();
}

Status Store::renameFolder(FolderId id, const QString &name)
{
    const QString clean = name.simplified();
    if (clean.isEmpty())
        return Error { ErrorCode::InvalidArgument, QStringLiteral("a folder needs a name"), {} };
    QSqlQuery query(d->db);
    if (!run(query, QStringLiteral("UPDATE folders SET name = ? WHERE id = ?"), { clean, id }))
        return dbError(query, QStringLiteral("renaming a folder"));
    if (query.numRowsAffected() == 0)
        return Error { ErrorCode::NotFound, QStringLiteral("no folder %1").arg(id), {} };
    return Ok {};
}

Status Store::deleteFolder(FolderId id)
{
    Result<StoreDetail::Transaction> transaction
        = StoreDetail::Transaction::begin(d->db, QStringLiteral("deleting a folder"));
    if (!transaction)
        return transaction.error();
    QSqlQuery query(d->db);
    if (!run(query, QStringLiteral("SELECT parent_id FROM folders WHERE id = ?"), { id }) || !query.next())
        return Error { ErrorCode::NotFound, QStringLiteral("no folder %1").arg(id), {} };
    const QVariant parent = query.value(0);
    // Subscriptions and subfolders move up one level; nothing is deleted with the folder.
    if (!run(query, QStringLiteral("UPDATE subscriptions SET folder_id = ? WHERE folder_id = ?"), { parent, id })
        || !run(query, QStringLiteral("UPDATE folders SET parent_id = ? WHERE parent_id = ?"), { parent, id })
        || !run(query, QStringLiteral("DELETE FROM folders WHERE id = ?"), { id }))
        return dbError(query, QStringLiteral("deleting a folder"));
    if (const Status committed = transaction->commit(QStringLiteral("deleting a folder")); !committed)
        return committed.error();
    return Ok {};
}

Status Store::moveFolder(FolderId id, FolderId parent)
{
    QSqlQuery query(d->db);
    if (parent != 0) {
        // Refuse to move a folder into itself or below itself.
        if (!run(query,
                QStringLiteral("WITH RECURSIVE up(id) AS (SELECT ? UNION SELECT f.parent_id FROM folders f"
                               " JOIN up ON f.id = up.id WHERE f.parent_id IS NOT NULL)"
                               " SELECT count(*) FROM up WHERE id = ?"),
                { parent, id })
            || !query.next())
            return dbError(query, QStringLiteral("moving a folder"));
        if (query.value(0).toInt() > 0)
            return Error { ErrorCode::InvalidArgument, QStringLiteral("a folder cannot move into itself"), {} };
        if (!run(query, QStringLiteral("SELECT 1 FROM folders WHERE id = ?"), { parent }) || !query.next())
            return Error { ErrorCode::NotFound, QStringLiteral("no folder %1").arg(parent), {} };
    }
    if (!run(query, QStringLiteral("UPDATE folders SET parent_id = ? WHERE id = ?"),
            { parent ? QVariant(parent) : QVariant(), id }))
        return dbError(query, QStringLiteral("moving a folder"));
    if (query.numRowsAffected() == 0)
        return Error { ErrorCode::NotFound, QStringLiteral("no folder %1").arg(id), {} };
    return Ok {};
}

QList<Folder> Store::folders(Error *error) const
{
    QList<Folder> result;
    QSqlQuery query(d->db);
    if (!run(query,
            QStringLiteral("SELECT id, name, COALESCE(parent_id, 0), account_id, COALESCE(remote_id, '') FROM folders"
                           " ORDER BY name COLLATE NOCASE, id"))) {
        StoreDetail::reportListError(error, query, QStringLiteral("listing folders"));
        return result;
    }
    while (query.next())
        result.append(Folder { query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
            query.value(3).toString(), query.value(4).toString() });
    return result;
}

} // namespace Core
