#pragma once

#include <QDateTime>
#include <QStringView>

namespace Core::FeedDates {

// Reads a feed date the way real feeds write it and returns it in UTC, or an
// invalid QDateTime. Accepts RFC 822/2822 (optional or wrong weekday, named
// and military zones, two-digit years, no seconds, stray whitespace),
// RFC 3339 / ISO 8601 (seconds and fraction optional, "Z" or offsets, basic
// or extended form) and W3C-DTF partial dates (YYYY, YYYY-MM, YYYY-MM-DD).
// A date without a zone is taken as UTC.
QDateTime parse(QStringView text);

} // namespace Core::FeedDates
