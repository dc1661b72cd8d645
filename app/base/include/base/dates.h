#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

// The one date parser: feed dates, the extractor's page dates and HTTP-dates
// (Retry-After) all read through it. Pure functions, safe on any thread.
namespace Core::Dates {

// What a parsed date carries.
enum class Zone {
    // The instant in UTC (Qt::UTC): feeds, HTTP.
    ToUtc,
    // The writer's own offset kept (Qt::OffsetFromUTC), as a page shows it;
    // a date without a zone, or in Z/UTC/GMT, is UTC.
    KeepOffset,
};

// What an RFC 822-style date may hold besides its parts.
enum class Words {
    // Unknown words are noise and skipped ("at", localized weekdays): feeds.
    Skip,
    // An unknown word or number makes the text no date: callers that search
    // prose for a date themselves rather than guess from scattered numbers.
    Reject,
};

// Whether W3C-DTF partial dates ("2003", "2003-12") count, as the first day.
enum class Partial { Accept, Reject };

struct ParseOptions {
    Zone zone = Zone::ToUtc;
    Words words = Words::Skip;
    Partial partial = Partial::Accept;
    QDateTime latest; // a later date is rejected; no bound when invalid
    int earliestYear = 0; // an earlier year is rejected
};

// Reads a date the way feeds, pages and HTTP write it, or returns an invalid
// QDateTime. Accepts RFC 822/2822 (optional or wrong weekday, named,
// obsolete and military zones, two-digit years, no seconds, am/pm, stray
// whitespace), the three HTTP-date forms of RFC 7231 (IMF-fixdate, RFC 850,
// asctime), RFC 3339 / ISO 8601 (seconds and fraction optional, "Z" or
// offsets, basic or extended form) and W3C-DTF partial dates (YYYY, YYYY-MM,
// YYYY-MM-DD). A date without a zone is taken as UTC.
QDateTime parse(QStringView text, const ParseOptions &options = {});

// Seconds east of UTC for a zone token ("+05:30", "-0800", "Z", "EST",
// "GMT+1", a military letter), or nullopt when the token is no zone.
std::optional<int> zoneOffset(QStringView token);

// The date and time as written in a zone `offset` seconds east of UTC (no
// offset: UTC), in the form `zone` asks for. Invalid when date or time is.
QDateTime fromParts(QDate date, QTime time, std::optional<int> offset, Zone zone);

} // namespace Core::Dates
