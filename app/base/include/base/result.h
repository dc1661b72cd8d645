#pragma once

#include <QString>
#include <QUrl>

#include <utility>
#include <variant>

namespace Core {

// Core returns codes; the UI turns them into translated text (Ui::errorText),
// the CLI and logs into English (describe). What the store keeps of a failure
// is a code and its detail, never a sentence.
enum class ErrorCode {
    None,
    InvalidArgument,
    FileNotReadable,
    NetworkError,
    HttpError,
    Timeout,
    TooLarge,
    TooManyRedirects,
    NotAFeed,
    ParseError,
    DatabaseError,
    DatabaseCorrupt,
    DiskFull, // SQLite could not grow the file (SQLITE_FULL)
    ReadOnlyDatabase, // the database or its folder cannot be written (SQLITE_READONLY, a read-only profile)
    NotFound,
    Duplicate,
    NoWebPage, // a story to clean links to no web page
    NotAWebPage, // the link leads to something else (detail: its content type)
    NotAnArticle, // the page holds no article (detail: the cleaner's reason)
    CertificateError, // TLS: the server's certificate was refused (detail: why: expired, self-signed...)
    HostNotFound, // the server's name does not resolve (detail: the host)
    ConnectionLost, // the connection was closed or reset before the reply was whole
    Unknown, // unclassified, or kept as text by an older version (detail: that text)
};

// Every code, None included, in declaration order (for tables and tests).
inline constexpr ErrorCode AllErrorCodes[] = { ErrorCode::None, ErrorCode::InvalidArgument, ErrorCode::FileNotReadable,
    ErrorCode::NetworkError, ErrorCode::HttpError, ErrorCode::Timeout, ErrorCode::TooLarge, ErrorCode::TooManyRedirects,
    ErrorCode::NotAFeed, ErrorCode::ParseError, ErrorCode::DatabaseError, ErrorCode::DatabaseCorrupt,
    ErrorCode::DiskFull, ErrorCode::ReadOnlyDatabase, ErrorCode::NotFound, ErrorCode::Duplicate, ErrorCode::NoWebPage,
    ErrorCode::NotAWebPage, ErrorCode::NotAnArticle, ErrorCode::CertificateError, ErrorCode::HostNotFound,
    ErrorCode::ConnectionLost, ErrorCode::Unknown };

struct Error {
    ErrorCode code = ErrorCode::None;
    QString detail; // what went wrong in particular: untranslated, may be empty
    QUrl url;
};

// One line of English for the CLI and logs: "timed out: <detail>".
// Empty for ErrorCode::None.
QString describe(const Error &error);

// The stable name a code is stored under ("network", "http"...); empty for
// None. Never changes once released: the database keeps it.
QString errorCodeName(ErrorCode code);
// The code stored under a name; Unknown for a name this version does not
// know, None for an empty one.
ErrorCode errorCodeFromName(const QString &name);

// A small expected-like type. Member names follow std::expected so it can
// become an alias once we move to C++23.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool has_value() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return has_value(); }
    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    const Error &error() const { return std::get<Error>(m_data); }
    T value_or(T fallback) const { return has_value() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

struct Ok { };
using Status = Result<Ok>;

} // namespace Core
