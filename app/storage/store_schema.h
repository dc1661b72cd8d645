#pragma once

// The database schema and its migrations. Internal to the store; tests use
// it to build databases of older versions.

#include "base/result.h"

#include <QSqlDatabase>
#include <QString>

namespace Core::StoreSchema {

// The version this build writes (PRAGMA user_version).
int currentVersion();

// Applies migrations from the database's version up to `targetVersion`,
// each in its own transaction. Takes no backup (Store::open does that).
Status migrate(QSqlDatabase &db, int targetVersion);

// PRAGMA user_version, or -1 when it cannot be read.
int version(QSqlDatabase &db);

// What a failure stored as English text before version 8 becomes: the code
// of a sentence an older Tidings wrote (its detail split off), else
// ErrorCode::Unknown with the whole text as the detail; None for no text.
Error legacyError(const QString &text);

// Runs one statement; the error names the statement's first words.
Status exec(QSqlDatabase &db, const QString &sql);

} // namespace Core::StoreSchema
