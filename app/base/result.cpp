#include "base/result.h"

#include <iterator>

namespace Core {

namespace {

struct CodeText {
    ErrorCode code;
    const char *name; // stored in the database: never change one
    const char *summary; // English, for the CLI and logs
};

// One row per code, None first.
constexpr CodeText codeTexts[] = {
    { ErrorCode::None, "", "" },
    { ErrorCode::InvalidArgument, "invalid-argument", "invalid address" },
    { ErrorCode::FileNotReadable, "file-not-readable", "unreadable file" },
    { ErrorCode::NetworkError, "network", "network error" },
    { ErrorCode::HttpError, "http", "HTTP error" },
    { ErrorCode::Timeout, "timeout", "timed out" },
    { ErrorCode::TooLarge, "too-large", "too large" },
    { ErrorCode::TooManyRedirects, "too-many-redirects", "too many redirects" },
    { ErrorCode::NotAFeed, "not-a-feed", "not a feed" },
    { ErrorCode::ParseError, "parse", "parse error" },
    { ErrorCode::DatabaseError, "database", "database error" },
    { ErrorCode::DatabaseCorrupt, "database-corrupt", "damaged database" },
    { ErrorCode::DiskFull, "disk-full", "disk full" },
    { ErrorCode::ReadOnlyDatabase, "read-only", "read-only database" },
    { ErrorCode::NotFound, "not-found", "not found" },
    { ErrorCode::Duplicate, "duplicate", "duplicate" },
    { ErrorCode::NoWebPage, "no-web-page", "the story links to no web page" },
    { ErrorCode::NotAWebPage, "not-a-web-page", "not a web page" },
    { ErrorCode::NotAnArticle, "not-an-article", "not an article" },
    { ErrorCode::CertificateError, "certificate", "certificate refused" },
    { ErrorCode::HostNotFound, "host-not-found", "host not found" },
    { ErrorCode::ConnectionLost, "connection-lost", "connection broken off" },
    { ErrorCode::Unknown, "unknown", "unknown error" },
};
static_assert(std::size(codeTexts) == std::size(AllErrorCodes), "one row per error code");

const CodeText &textOf(ErrorCode code)
{
    for (const CodeText &row : codeTexts) {
        if (row.code == code)
            return row;
    }
    return codeTexts[std::size(codeTexts) - 1]; // Unknown
}

} // namespace

QString describe(const Error &error)
{
    if (error.code == ErrorCode::None)
        return {};
    // An unclassified failure's detail says all there is.
    if (error.code == ErrorCode::Unknown && !error.detail.isEmpty())
        return error.detail;
    const QString summary = QString::fromLatin1(textOf(error.code).summary);
    return error.detail.isEmpty() ? summary : summary + QStringLiteral(": ") + error.detail;
}

QString errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(textOf(code).name);
}

ErrorCode errorCodeFromName(const QString &name)
{
    if (name.isEmpty())
        return ErrorCode::None;
    for (const CodeText &row : codeTexts) {
        if (name == QLatin1String(row.name))
            return row.code;
    }
    return ErrorCode::Unknown;
}

} // namespace Core
