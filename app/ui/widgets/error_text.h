#pragma once

// The one place where error codes become words for the user: each code's
// sentence goes through translation (context "Ui::Errors"); the detail
// (an HTTP status, a content type, SQLite's own words) follows untranslated.
// The CLI and logs use Core::describe instead.

#include "base/result.h"
#include "sync/remote_client.h"

#include <QString>

namespace Ui {

// "The server answered with an error: HTTP 404 Not Found".
QString errorText(Core::ErrorCode code, const QString &detail = {});
QString errorText(const Core::Error &error);
// A feed server's failure (signing in, syncing), with what to do about it.
QString remoteErrorText(const Sync::RemoteError &error);

} // namespace Ui
