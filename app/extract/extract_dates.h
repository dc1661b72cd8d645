#pragma once

#include <QDateTime>
#include <QString>

namespace Core::Extract {

// Parses the date formats pages use (ISO 8601 with or without offset, RFC 2822,
// "May 17, 2024 09:00 AM", "17 May 2024", "17.05.2024", "2024年5月17日",
// 10/13-digit epochs, localized month names). A given offset is kept
// (Qt::OffsetFromUTC); a date without one is taken as UTC. Dates before 1995
// or after `latest` are rejected (invalid result).
QDateTime parseDate(const QString &text, const QDateTime &latest = {});

// A date found in running text such as "Published May 17, 2024 | 09:00 AM".
QDateTime findDateInText(const QString &text, const QDateTime &latest = {});

} // namespace Core::Extract
