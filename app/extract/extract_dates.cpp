#include "extract_dates.h"

#include "base/dates.h"

#include <QHash>
#include <QRegularExpression>

namespace Core::Extract {

namespace {

int monthNumber(const QString &word)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> m;
        const char *const table[][2] = {
            { "jan", "1" },
            { "feb", "2" },
            { "mar", "3" },
            { "apr", "4" },
            { "may", "5" },
            { "jun", "6" },
            { "jul", "7" },
            { "aug", "8" },
            { "sep", "9" },
            { "sept", "9" },
            { "oct", "10" },
            { "nov", "11" },
            { "dec", "12" },
            { "january", "1" },
            { "february", "2" },
            { "march", "3" },
            { "april", "4" },
            { "june", "6" },
            { "july", "7" },
            { "august", "8" },
            { "september", "9" },
            { "october", "10" },
            { "november", "11" },
            { "december", "12" },
            // German, French, Spanish, Portuguese, Italian, Dutch, Polish (genitive), Turkish, Indonesian
            { "januar", "1" },
            { "jänner", "1" },
            { "februar", "2" },
            { "märz", "3" },
            { "mai", "5" },
            { "juni", "6" },
            { "juli", "7" },
            { "oktober", "10" },
            { "dezember", "12" },
            { "janvier", "1" },
            { "février", "2" },
            { "mars", "3" },
            { "avril", "4" },
            { "juin", "6" },
            { "juillet", "7" },
            { "août", "8" },
            { "septembre", "9" },
            { "octobre", "10" },
            { "novembre", "11" },
            { "décembre", "12" },
            { "enero", "1" },
            { "febrero", "2" },
            { "marzo", "3" },
            { "abril", "4" },
            { "mayo", "5" },
            { "junio", "6" },
            { "julio", "7" },
            { "agosto", "8" },
            { "septiembre", "9" },
            { "setiembre", "9" },
            { "octubre", "10" },
            { "noviembre", "11" },
            { "diciembre", "12" },
            { "janeiro", "1" },
            { "fevereiro", "2" },
            { "março", "3" },
            { "maio", "5" },
            { "junho", "6" },
            { "julho", "7" },
            { "setembro", "9" },
            { "outubro", "10" },
            { "novembro", "11" },
            { "dezembro", "12" },
            { "gennaio", "1" },
            { "febbraio", "2" },
            { "aprile", "4" },
            { "maggio", "5" },
            { "giugno", "6" },
            { "luglio", "7" },
            { "settembre", "9" },
            { "ottobre", "10" },
            { "dicembre", "12" },
            { "januari", "1" },
            { "februari", "2" },
            { "maart", "3" },
            { "mei", "5" },
            { "augustus", "8" },
            { "stycznia", "1" },
            { "lutego", "2" },
            { "marca", "3" },
            { "kwietnia", "4" },
            { "maja", "5" },
            { "czerwca", "6" },
            { "lipca", "7" },
            { "sierpnia", "8" },
            { "września", "9" },
            { "października", "10" },
            { "listopada", "11" },
            { "grudnia", "12" },
            { "ocak", "1" },
            { "şubat", "2" },
            { "mart", "3" },
            { "nisan", "4" },
            { "mayıs", "5" },
            { "haziran", "6" },
            { "temmuz", "7" },
            { "ağustos", "8" },
            { "eylül", "9" },
            { "ekim", "10" },
            { "kasım", "11" },
            { "aralık", "12" },
            { "agustus", "8" },
            { "desember", "12" },
            { "okt", "10" },
            { "dez", "12" },
            { "mär", "3" },
            { "января", "1" },
            { "февраля", "2" },
            { "марта", "3" },
            { "апреля", "4" },
            { "мая", "5" },
            { "июня", "6" },
            { "июля", "7" },
            { "августа", "8" },
            { "сентября", "9" },
            { "октября", "10" },
            { "ноября", "11" },
            { "декабря", "12" },
        };
        for (const auto &row : table)
            m.insert(QString::fromUtf8(row[0]), QByteArray(row[1]).toInt());
        return m;
    }();
    QString w = word.toLower();
    if (w.endsWith(QLatin1Char('.')))
        w.chop(1);
    return months.value(w, 0);
}

// The latest date a page can carry: the caller's bound, else tomorrow.
QDateTime limit(const QDateTime &latest)
{
    return latest.isValid() ? latest : QDateTime::currentDateTimeUtc().addDays(1);
}

bool plausible(const QDateTime &dt, const QDateTime &latest)
{
    return dt.isValid() && dt.date().year() >= 1995 && dt <= limit(latest);
}

// A date found in prose, in the zone written beside it (none or unknown: UTC).
QDateTime withOffset(QDate date, QTime time, const QString &zone)
{
    return Dates::fromParts(date, time.isValid() ? time : QTime(0, 0),
        zone.isEmpty() ? std::nullopt : Dates::zoneOffset(zone), Dates::Zone::KeepOffset);
}

QTime parseTime(const QString &hh, const QString &mm, const QString &ss, const QString &ampm)
{
    int h = hh.toInt();
    const QString ap = ampm.toLower().remove(QLatin1Char('.'));
    if (ap == QLatin1String("pm") && h < 12)
        h += 12;
    else if (ap == QLatin1String("am") && h == 12)
        h = 0;
    return QTime(h, mm.toInt(), ss.isEmpty() ? 0 : ss.toInt());
}

// How the extractor reads a whole value: the page's offset kept, no partial
// dates, nothing before 1995 or after `latest` (by default tomorrow), and no
// guessing from scattered numbers (prose goes through findDateInText).
Dates::ParseOptions options(const QDateTime &latest)
{
    Dates::ParseOptions o;
    o.zone = Dates::Zone::KeepOffset;
    o.words = Dates::Words::Reject;
    o.partial = Dates::Partial::Reject;
    o.latest = latest;
    o.earliestYear = 1995;
    return o;
}

} // namespace

QDateTime parseDate(const QString &input, const QDateTime &latest)
{
    const QString s = input.simplified();
    if (s.isEmpty() || s.size() > 200)
        return {};
    QDateTime dt = Dates::parse(s, options(limit(latest)));
    if (dt.isValid())
        return dt;
    // Epoch seconds or milliseconds.
    static const QRegularExpression epochRe(QStringLiteral("^\\d{10}(\\d{3})?$"));
    if (epochRe.match(s).hasMatch()) {
        const qint64 v = s.toLongLong();
        dt = s.size() == 13 ? QDateTime::fromMSecsSinceEpoch(v, Qt::UTC) : QDateTime::fromSecsSinceEpoch(v, Qt::UTC);
        return plausible(dt, latest) ? dt : QDateTime();
    }
    return findDateInText(s, latest);
}

QDateTime findDateInText(const QString &text, const QDateTime &latest)
{
    const QString s = text.left(400);
    static const QString timePart = QStringLiteral("(?:[^\\d]{0,12}?(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?"
                                                   "m\\.?)?\\s*([A-Z]{2,4}|[+-]\\d{2}:?\\d{2})?)?");
    // ISO date anywhere.
    static const QRegularExpression isoAny(QStringLiteral(
        "(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)"));
    if (const auto m = isoAny.match(s); m.hasMatch()) {
        const QDateTime dt = Dates::parse(m.captured(1), options(limit(latest)));
        if (dt.isValid())
            return dt;
    }
    // "May 17, 2024 09:00 AM"
    static const QRegularExpression mdy(
        QStringLiteral("\\b(\\p{L}{3,10}\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})") + timePart,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // "17 May 2024", "17. Mai 2024", "22 de janeiro de 2018"
    static const QRegularExpression dmy(
        QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:de\\s+)?(\\p{L}{3,12}\\.?)\\s+(?:de\\s+)?(\\d{4})")
            + timePart,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // "17.05.2024", "17/05/2024"
    static const QRegularExpression numeric(QStringLiteral("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})") + timePart,
        QRegularExpression::CaseInsensitiveOption);
    // "2024年5月17日", "2024년 5월 17일", "2024/05/17"
    static const QRegularExpression ymd(QStringLiteral("(\\d{4})\\s*[年년/.]\\s*(\\d{1,2})\\s*[月월/.]\\s*(\\d{1,2})"));

    struct Hit {
        qsizetype pos;
        QDateTime dt;
    };
    Hit best { -1, {} };
    auto consider = [&](qsizetype pos, const QDateTime &dt) {
        if (plausible(dt, latest) && (best.pos < 0 || pos < best.pos))
            best = { pos, dt };
    };
    if (const auto m = mdy.match(s); m.hasMatch()) {
        const int month = monthNumber(m.captured(1));
        if (month)
            consider(m.capturedStart(),
                withOffset(QDate(m.captured(3).toInt(), month, m.captured(2).toInt()),
                    m.capturedLength(4) ? parseTime(m.captured(4), m.captured(5), m.captured(6), m.captured(7))
                                        : QTime(),
                    m.captured(8)));
    }
    if (const auto m = dmy.match(s); m.hasMatch()) {
        const int month = monthNumber(m.captured(2));
        if (month)
            consider(m.capturedStart(),
                withOffset(QDate(m.captured(3).toInt(), month, m.captured(1).toInt()),
                    m.capturedLength(4) ? parseTime(m.captured(4), m.captured(5), m.captured(6), m.captured(7))
                                        : QTime(),
                    m.captured(8)));
    }
    if (const auto m = numeric.match(s); m.hasMatch()) {
        int a = m.captured(1).toInt();
        int b = m.captured(2).toInt();
        // D/M unless the second number cannot be a month.
        int day = a, month = b;
        if (b > 12 && a <= 12)
            std::swap(day, month);
        consider(m.capturedStart(),
            withOffset(QDate(m.captured(3).toInt(), month, day),
                m.capturedLength(4) ? parseTime(m.captured(4), m.captured(5), m.captured(6), m.captured(7)) : QTime(),
                m.captured(8)));
    }
    if (const auto m = ymd.match(s); m.hasMatch())
        consider(m.capturedStart(),
            withOffset(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()), QTime(), QString()));
    return best.dt;
}

} // namespace Core::Extract
