#pragma once

#include <QString>
#include <QUrl>

#include <utility>
#include <variant>

namespace Core {

// Core returns codes; the UI turns them into translated text.
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
    NotFound,
    Duplicate,
};

struct Error {
    ErrorCode code = ErrorCode::None;
    QString detail;
    QUrl url;
};

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
