#include "base/dates.h"

#include <QRegularExpression>
#include <QStringList>

#include <cstring>
#include <optional>
#include <string_view>

namespace Core::Dates {

namespace {

constexpr int noZone = 1 << 30;

int monthFromName(QStringView word)
{
    static const char *const names[]
        = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
    if (word.size() < 3)
        return 0;
    const QString head = word.left(3).toString().toLower();
    for (int i = 0; i < 12; ++i)
        if (head == QLatin1String(names[i]))
            return i + 1;
    return 0;
}

bool isWeekdayName(QStringView word)
{
    static const char *const names[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
    if (word.size() < 3)
        return false;
    const QString head = word.left(3).toString().toLower();
    for (const char *name : names)
        if (head == QLatin1String(name))
            return true;
    return false;
}

QDateTime build(int year, int month, int day, int hour, int minute, int second, int msec, int offset, Zone zone)
{
    if (hour == 24 && minute == 0 && second == 0) {
        const QDate date(year, month, day);
        if (!date.isValid())
            return {};
        const QDate next = date.addDays(1);
        return build(next.year(), next.month(), next.day(), 0, 0, 0, msec, offset, zone);
    }
    if (second == 60)
        second = 59; // a leap second: close enough for ordering stories
    return fromParts(QDate(year, month, day), QTime(hour, minute, second, msec),
        offset == noZone ? std::nullopt : std::optional<int>(offset), zone);
}

QDateTime parseIso(QStringView text, const ParseOptions &options)
{
    // Extended (2003-12-31T10:14:55.5-08:00) and basic (20031231T101455Z) forms, partial dates.
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4})(?:-?(\\d{2})(?:-?(\\d{2})(?:(?:[Tt]|\\s+)(\\d{2})(?::?(\\d{2})(?::?(\\d{2})(?:[.,](\\d+))?)?)?"
        "\\s*([Zz]|[+-]\\d{2}(?::?\\d{2})?|(?:GMT|UTC)(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?)?)?)?$"));
    // Pages write "2022-1-26" too: months and days of one digit get their zero.
    static const QRegularExpression shortParts(QStringLiteral("^(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?(?!\\d)"));
    QString padded;
    if (const auto s = shortParts.match(text); s.hasMatch() && (s.capturedLength(2) == 1 || s.capturedLength(3) == 1)) {
        padded = s.captured(1) + QLatin1Char('-') + s.captured(2).rightJustified(2, QLatin1Char('0'));
        if (s.hasCaptured(3))
            padded += QLatin1Char('-') + s.captured(3).rightJustified(2, QLatin1Char('0'));
        padded += text.mid(s.capturedEnd());
        text = padded;
    }
    const auto m = re.match(text);
    if (!m.hasMatch() || (options.partial == Partial::Reject && !m.hasCaptured(3)))
        return {};
    auto number = [&](int group, int fallback) {
        const QStringView s = m.capturedView(group);
        return s.isEmpty() ? fallback : s.toInt();
    };
    int msec = 0;
    if (const QStringView fraction = m.capturedView(7); !fraction.isEmpty())
        msec = QString(fraction.toString() + QStringLiteral("00")).left(3).toInt();
    int offset = noZone;
    if (const QStringView zone = m.capturedView(8); !zone.isEmpty()) {
        const auto parsed = zoneOffset(zone);
        if (!parsed)
            return {};
        offset = *parsed;
    }
    return build(
        number(1, 0), number(2, 1), number(3, 1), number(4, 0), number(5, 0), number(6, 0), msec, offset, options.zone);
}

bool parseClock(QStringView token, int &hour, int &minute, int &second)
{
    const auto parts = token.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    bool ok1 = false, ok2 = false, ok3 = true;
    hour = parts[0].toInt(&ok1);
    minute = parts[1].toInt(&ok2);
    second = 0;
    if (parts.size() == 3) {
        QStringView secs = parts[2];
        if (const qsizetype dot = secs.indexOf(QLatin1Char('.')); dot >= 0)
            secs = secs.left(dot);
        second = secs.toInt(&ok3);
    }
    return ok1 && ok2 && ok3;
}

// The tokens of an RFC 822-style date; RFC 850's "06-Nov-94" counts as three.
QStringList rfc822Tokens(QStringView text)
{
    QString cleaned = text.toString();
    cleaned.replace(QLatin1Char(','), QLatin1Char(' '));
    cleaned = cleaned.simplified();
    static const QRegularExpression rfc850(QStringLiteral("^(\\d{1,2})-([A-Za-z]{3,})-(\\d{2,4})$"));
    QStringList tokens;
    for (const QString &token : cleaned.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (const auto m = rfc850.match(token); m.hasMatch())
            tokens << m.captured(1) << m.captured(2) << m.captured(3);
        else
            tokens << token;
    }
    return tokens;
}

// RFC 822 and its relatives, token by token so that the order of day, month
// and year, a missing weekday or a glued zone ("10:14:55Z") do not matter.
QDateTime parseRfc822(QStringView text, const ParseOptions &options)
{
    const QStringList tokens = rfc822Tokens(text);
    const bool lenient = options.words == Words::Skip;
    int day = 0, month = 0, year = -1, hour = 0, minute = 0, second = 0;
    int offset = noZone;
    bool haveTime = false;
    for (QString token : tokens) {
        if (token.startsWith(QLatin1Char('(')))
            continue; // "(EST)" comments
        if (token.contains(QLatin1Char(':')) && !haveTime && token[0].isDigit()) {
            // A zone glued to the time: "10:14:55Z", "10:14:55-0500".
            qsizetype cut = token.size();
            for (qsizetype i = 1; i < token.size(); ++i) {
                if (token[i].isLetter() || token[i] == QLatin1Char('+') || token[i] == QLatin1Char('-')) {
                    cut = i;
                    break;
                }
            }
            if (cut < token.size()) {
                const auto zone = zoneOffset(QStringView(token).mid(cut));
                if (zone)
                    offset = *zone;
                token.truncate(cut);
            }
            if (!parseClock(token, hour, minute, second))
                return {};
            haveTime = true;
            continue;
        }
        if (token[0].isLetter()) {
            if (const int m = monthFromName(token); m != 0 && month == 0 && !zoneOffset(token)) {
                month = m;
                continue;
            }
            if (isWeekdayName(token))
                continue;
            if (const auto zone = zoneOffset(token); zone && offset == noZone) {
                offset = *zone;
                continue;
            }
            if (token.compare(QLatin1String("am"), Qt::CaseInsensitive) == 0) {
                if (hour == 12)
                    hour = 0;
                continue;
            }
            if (token.compare(QLatin1String("pm"), Qt::CaseInsensitive) == 0) {
                if (hour < 12)
                    hour += 12;
                continue;
            }
            if (lenient)
                continue; // unknown words ("at", localized noise)
            return {};
        }
        if ((token[0] == QLatin1Char('+') || token[0] == QLatin1Char('-')) && haveTime) {
            if (const auto zone = zoneOffset(token)) {
                offset = *zone;
                continue;
            }
        }
        bool ok = false;
        const int value = token.toInt(&ok);
        if (!ok) {
            if (lenient)
                continue;
            return {};
        }
        if (token.size() <= 2 && day == 0 && value >= 1 && value <= 31)
            day = value;
        else if (year < 0 && (token.size() == 4 || token.size() == 2))
            year = token.size() == 2 ? (value < 50 ? 2000 + value : 1900 + value) : value;
        else
            return {};
    }
    if (day == 0 || month == 0 || year < 0)
        return {};
    return build(year, month, day, hour, minute, second, 0, offset, options.zone);
}

} // namespace

std::optional<int> zoneOffset(QStringView token)
{
    if (token.isEmpty())
        return std::nullopt;
    const QChar first = token[0];
    if (first == QLatin1Char('+') || first == QLatin1Char('-')) {
        QString digits = token.mid(1).toString();
        digits.remove(QLatin1Char(':'));
        bool ok = false;
        const int value = digits.toInt(&ok);
        if (!ok || digits.isEmpty() || digits.size() > 4)
            return std::nullopt;
        const int hours = digits.size() <= 2 ? value : value / 100;
        const int minutes = digits.size() <= 2 ? 0 : value % 100;
        if (hours > 14 || minutes > 59)
            return std::nullopt;
        const int seconds = hours * 3600 + minutes * 60;
        return first == QLatin1Char('-') ? -seconds : seconds;
    }
    const QString name = token.toString().toUpper();
    struct Named {
        const char *name;
        int hours;
    };
    static const Named named[] = { { "UT", 0 }, { "UTC", 0 }, { "GMT", 0 }, { "Z", 0 }, { "EST", -5 }, { "EDT", -4 },
        { "CST", -6 }, { "CDT", -5 }, { "MST", -7 }, { "MDT", -6 }, { "PST", -8 }, { "PDT", -7 }, { "AST", -4 },
        { "ADT", -3 }, { "BST", 1 }, { "CET", 1 }, { "CEST", 2 }, { "MET", 1 }, { "MEST", 2 }, { "EET", 2 },
        { "EEST", 3 }, { "WET", 0 }, { "WEST", 1 }, { "JST", 9 }, { "KST", 9 }, { "HKT", 8 }, { "IST", 5 },
        { "PKT", 5 }, { "ET", -5 }, { "PT", -8 } };
    for (const Named &zone : named)
        if (name == QLatin1String(zone.name))
            return zone.name == std::string_view("IST") ? 5 * 3600 + 1800 : zone.hours * 3600;
    // "GMT+01:00", "UTC-5"
    for (const char *prefix : { "GMT", "UTC", "UT" }) {
        if (name.startsWith(QLatin1String(prefix)) && name.size() > qsizetype(std::strlen(prefix))) {
            const QChar sign = name[std::strlen(prefix)];
            if (sign == QLatin1Char('+') || sign == QLatin1Char('-'))
                return zoneOffset(QStringView(name).mid(std::strlen(prefix)));
        }
    }
    // RFC 822 military zones. RFC 2822 notes their signs were published
    // backwards and asks readers to treat them as UTC; we follow RFC 2822.
    if (name.size() == 1 && name[0] >= QLatin1Char('A') && name[0] <= QLatin1Char('Z') && name[0] != QLatin1Char('J'))
        return 0;
    return std::nullopt;
}

QDateTime fromParts(QDate date, QTime time, std::optional<int> offset, Zone zone)
{
    if (!date.isValid() || !time.isValid())
        return {};
    if (!offset)
        return QDateTime(date, time, Qt::UTC);
    if (zone == Zone::KeepOffset)
        return QDateTime(date, time, Qt::OffsetFromUTC, *offset);
    return QDateTime(date, time, Qt::UTC).addSecs(-*offset);
}

QDateTime parse(QStringView text, const ParseOptions &options)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100)
        return {};
    QDateTime parsed;
    if (trimmed[0].isDigit() && trimmed.size() >= 4 && trimmed[1].isDigit() && trimmed[2].isDigit()
        && trimmed[3].isDigit())
        parsed = parseIso(trimmed, options);
    if (!parsed.isValid())
        parsed = parseRfc822(trimmed, options);
    if (!parsed.isValid() || parsed.date().year() < options.earliestYear
        || (options.latest.isValid() && parsed > options.latest))
        return {};
    return parsed;
}

} // namespace Core::Dates
