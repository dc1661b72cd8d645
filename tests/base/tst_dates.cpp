#include "base/dates.h"

#include <QTest>

using namespace Core;

class TestDates final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesRealWorldDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // ISO 8601 UTC, or empty when unreadable

        // RFC 822 / 2822 as feeds write it
        QTest::newRow("rfc822") << "Thu, 01 Jan 2004 19:48:21 GMT"
                                << "2004-01-01T19:48:21Z";
        QTest::newRow("no weekday") << "01 Jan 2004 19:48:21 GMT"
                                    << "2004-01-01T19:48:21Z";
        QTest::newRow("wrong weekday") << "Mon, 01 Jan 2004 19:48:21 GMT"
                                       << "2004-01-01T19:48:21Z";
        QTest::newRow("offset") << "Thu, 01 Jan 2004 19:48:21 -0500"
                                << "2004-01-02T00:48:21Z";
        QTest::newRow("offset with colon") << "Thu, 01 Jan 2004 19:48:21 +05:30"
                                           << "2004-01-01T14:18:21Z";
        QTest::newRow("EST") << "Thu, 01 Jan 2004 19:48:21 EST"
                             << "2004-01-02T00:48:21Z";
        QTest::newRow("EDT") << "Thu, 01 Jul 2004 19:48:21 EDT"
                             << "2004-07-01T23:48:21Z";
        QTest::newRow("CST") << "Thu, 01 Jan 2004 19:48:21 CST"
                             << "2004-01-02T01:48:21Z";
        QTest::newRow("CDT") << "Thu, 01 Jan 2004 19:48:21 CDT"
                             << "2004-01-02T00:48:21Z";
        QTest::newRow("MST") << "Thu, 01 Jan 2004 19:48:21 MST"
                             << "2004-01-02T02:48:21Z";
        QTest::newRow("MDT") << "Thu, 01 Jan 2004 19:48:21 MDT"
                             << "2004-01-02T01:48:21Z";
        QTest::newRow("PST") << "Thu, 01 Jan 2004 19:48:21 PST"
                             << "2004-01-02T03:48:21Z";
        QTest::newRow("PDT") << "Thu, 01 Jan 2004 19:48:21 PDT"
                             << "2004-01-02T02:48:21Z";
        QTest::newRow("UT") << "Thu, 01 Jan 2004 19:48:21 UT"
                            << "2004-01-01T19:48:21Z";
        QTest::newRow("UTC") << "Thu, 01 Jan 2004 19:48:21 UTC"
                             << "2004-01-01T19:48:21Z";
        QTest::newRow("Z") << "Thu, 01 Jan 2004 19:48:21 Z"
                           << "2004-01-01T19:48:21Z";
        QTest::newRow("military letter") << "Thu, 01 Jan 2004 19:48:21 A"
                                         << "2004-01-01T19:48:21Z";
        QTest::newRow("no zone") << "Thu, 01 Jan 2004 19:48:21"
                                 << "2004-01-01T19:48:21Z";
        QTest::newRow("two-digit year 2000s") << "Thu, 01 Jan 04 19:48:21 GMT"
                                              << "2004-01-01T19:48:21Z";
        QTest::newRow("two-digit year 1900s") << "Fri, 01 Jan 99 19:48:21 GMT"
                                              << "1999-01-01T19:48:21Z";
        QTest::newRow("no seconds") << "Thu, 01 Jan 2004 19:48 GMT"
                                    << "2004-01-01T19:48:00Z";
        QTest::newRow("single-digit day") << "Thu, 1 Jan 2004 19:48:21 GMT"
                                          << "2004-01-01T19:48:21Z";
        QTest::newRow("extra whitespace") << "  Thu,   01  Jan   2004\t19:48:21   GMT \n"
                                          << "2004-01-01T19:48:21Z";
        QTest::newRow("full month name") << "Thursday, 01 January 2004 19:48:21 GMT"
                                         << "2004-01-01T19:48:21Z";
        QTest::newRow("asctime") << "Thu Jan  1 19:48:21 2004"
                                 << "2004-01-01T19:48:21Z";
        QTest::newRow("zone glued to time") << "01 Jan 2004 19:48:21Z"
                                            << "2004-01-01T19:48:21Z";
        QTest::newRow("GMT+offset") << "Thu, 01 Jan 2004 19:48:21 GMT+0100"
                                    << "2004-01-01T18:48:21Z";
        QTest::newRow("UTC-hours") << "Thu, 01 Jan 2004 19:48:21 UTC-5"
                                   << "2004-01-02T00:48:21Z";
        QTest::newRow("zone comment") << "Thu, 01 Jan 2004 19:48:21 -0500 (EST)"
                                      << "2004-01-02T00:48:21Z";
        QTest::newRow("IST half hour") << "Thu, 01 Jan 2004 19:48:21 IST"
                                       << "2004-01-01T14:18:21Z";
        QTest::newRow("JST") << "Thu, 01 Jan 2004 19:48:21 JST"
                             << "2004-01-01T10:48:21Z";
        QTest::newRow("CEST") << "Thu, 01 Jul 2004 19:48:21 CEST"
                              << "2004-07-01T17:48:21Z";
        QTest::newRow("ET") << "Thu, 01 Jan 2004 19:48:21 ET"
                            << "2004-01-02T00:48:21Z";
        QTest::newRow("military J is no zone") << "Thu, 01 Jan 2004 19:48:21 J"
                                               << "2004-01-01T19:48:21Z";
        QTest::newRow("pm") << "Jan 1, 2004 7:48 PM"
                            << "2004-01-01T19:48:00Z";
        QTest::newRow("12 am is midnight") << "Jan 1, 2004 12:30 am"
                                           << "2004-01-01T00:30:00Z";
        QTest::newRow("12 pm is noon") << "Jan 1, 2004 12:30 pm"
                                       << "2004-01-01T12:30:00Z";
        QTest::newRow("unknown words skipped") << "Thu, 01 Jan 2004 at 19:48:21 GMT"
                                               << "2004-01-01T19:48:21Z";
        // HTTP-date, the three forms of RFC 7231 7.1.1.1
        QTest::newRow("IMF-fixdate") << "Sun, 06 Nov 1994 08:49:37 GMT"
                                     << "1994-11-06T08:49:37Z";
        QTest::newRow("RFC 850") << "Sunday, 06-Nov-94 08:49:37 GMT"
                                 << "1994-11-06T08:49:37Z";
        QTest::newRow("RFC 850 this century") << "Saturday, 28-Nov-26 12:02:00 GMT"
                                              << "2026-11-28T12:02:00Z";
        QTest::newRow("asctime two-space day") << "Sun Nov  6 08:49:37 1994"
                                               << "1994-11-06T08:49:37Z";
        // RFC 3339 / ISO 8601
        QTest::newRow("rfc3339 Z") << "2003-12-31T10:14:55Z"
                                   << "2003-12-31T10:14:55Z";
        QTest::newRow("rfc3339 lower-case") << "2003-12-31t10:14:55z"
                                            << "2003-12-31T10:14:55Z";
        QTest::newRow("rfc3339 offset") << "2003-12-31T10:14:55-08:00"
                                        << "2003-12-31T18:14:55Z";
        QTest::newRow("rfc3339 fraction") << "2003-12-31T10:14:55.123456+01:00"
                                          << "2003-12-31T09:14:55Z";
        QTest::newRow("iso no seconds") << "2003-12-31T10:14Z"
                                        << "2003-12-31T10:14:00Z";
        QTest::newRow("iso space") << "2003-12-31 10:14:55"
                                   << "2003-12-31T10:14:55Z";
        QTest::newRow("iso basic") << "20031231T101455Z"
                                   << "2003-12-31T10:14:55Z";
        QTest::newRow("iso offset no colon") << "2003-12-31T10:14:55+0100"
                                             << "2003-12-31T09:14:55Z";
        QTest::newRow("iso hour offset") << "2003-12-31T10:14:55+01"
                                         << "2003-12-31T09:14:55Z";
        QTest::newRow("iso one-digit month and day") << "2022-1-6T14:32:06+02:00"
                                                     << "2022-01-06T12:32:06Z";
        QTest::newRow("iso one-digit day, space") << "2022-05-5 22:17:36"
                                                  << "2022-05-05T22:17:36Z";
        QTest::newRow("asctime with zone") << "Tue Jan 28 15:28:56 CET 2020"
                                           << "2020-01-28T14:28:56Z";
        QTest::newRow("iso comma fraction") << "2003-12-31T10:14:55,5Z"
                                            << "2003-12-31T10:14:55Z";
        QTest::newRow("iso 24:00") << "2003-12-31T24:00:00Z"
                                   << "2004-01-01T00:00:00Z";
        QTest::newRow("iso leap second") << "2016-12-31T23:59:60Z"
                                         << "2016-12-31T23:59:59Z";
        QTest::newRow("iso GMT offset") << "2003-12-31T10:14:55 GMT+2"
                                        << "2003-12-31T08:14:55Z";
        // W3C-DTF partial dates
        QTest::newRow("year") << "2003"
                              << "2003-01-01T00:00:00Z";
        QTest::newRow("year-month") << "2003-12"
                                    << "2003-12-01T00:00:00Z";
        QTest::newRow("date") << "2003-12-31"
                              << "2003-12-31T00:00:00Z";
        // Unreadable
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("words") << "yesterday afternoon"
                               << "";
        QTest::newRow("bad month") << "2003-13-01"
                                   << "";
        QTest::newRow("bad day") << "31 Feb 2004 10:00:00 GMT"
                                 << "";
        QTest::newRow("bad hour") << "01 Jan 2004 25:00:00 GMT"
                                  << "";
        QTest::newRow("no year") << "Thu, 01 Jan 19:48:21 GMT"
                                 << "";
        QTest::newRow("offset out of range") << "2003-12-31T10:14:55+15:00"
                                             << "";
        QTest::newRow("bad zone after iso") << "2003-12-31T10:14:55 XYZ"
                                            << "";
        QTest::newRow("epoch seconds") << "1715936400"
                                       << "";
        QTest::newRow("two days") << "01 02 2004"
                                  << "";
    }
    void parsesRealWorldDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QDateTime parsed = Dates::parse(text);
        if (utc.isEmpty()) {
            QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODate)));
            return;
        }
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(parsed.toString(Qt::ISODate), utc);
    }

    void keepsTheOffset_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written"); // ISO 8601 with the offset as written
        QTest::addColumn<int>("offset"); // seconds east of UTC

        QTest::newRow("rfc3339 offset") << "2003-12-31T10:14:55-08:00"
                                        << "2003-12-31T10:14:55-08:00" << -8 * 3600;
        QTest::newRow("basic offset") << "20031231T101455+0530"
                                      << "2003-12-31T10:14:55+05:30" << 5 * 3600 + 1800;
        QTest::newRow("rfc822 named zone") << "Thu, 01 Jan 2004 19:48:21 EST"
                                           << "2004-01-01T19:48:21-05:00" << -5 * 3600;
        QTest::newRow("rfc822 numeric zone") << "Thu, 01 Jan 2004 19:48:21 +0100"
                                             << "2004-01-01T19:48:21+01:00" << 3600;
        QTest::newRow("Z stays UTC") << "2003-12-31T10:14:55Z"
                                     << "2003-12-31T10:14:55Z" << 0;
        QTest::newRow("zero offset is UTC") << "2003-12-31T10:14:55+00:00"
                                            << "2003-12-31T10:14:55Z" << 0;
        QTest::newRow("GMT stays UTC") << "Thu, 01 Jan 2004 19:48:21 GMT"
                                       << "2004-01-01T19:48:21Z" << 0;
        QTest::newRow("no zone is UTC") << "2003-12-31 10:14:55"
                                        << "2003-12-31T10:14:55Z" << 0;
    }
    void keepsTheOffset()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QFETCH(int, offset);
        Dates::ParseOptions options;
        options.zone = Dates::Zone::KeepOffset;
        const QDateTime kept = Dates::parse(text, options);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.toString(Qt::ISODate), written);
        QCOMPARE(kept.offsetFromUtc(), offset);
        QCOMPARE(kept, Dates::parse(text)); // the same instant either way
    }

    void honoursOptions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("words"); // Dates::Words
        QTest::addColumn<int>("partial"); // Dates::Partial
        QTest::addColumn<QString>("latest"); // ISO 8601 bound, or empty
        QTest::addColumn<int>("earliestYear");
        QTest::addColumn<QString>("utc"); // or empty when rejected

        const int skip = int(Dates::Words::Skip), reject = int(Dates::Words::Reject);
        const int accept = int(Dates::Partial::Accept), noPartial = int(Dates::Partial::Reject);
        QTest::newRow("unknown word rejected")
            << "Thu, 01 Jan 2004 at 19:48:21 GMT" << reject << accept << "" << 0 << "";
        QTest::newRow("stray number rejected")
            << "Thu, 01 Jan 2004 19:48:21 GMT 1st" << reject << accept << "" << 0 << "";
        QTest::newRow("stray number skipped")
            << "Thu, 01 Jan 2004 19:48:21 GMT 1st" << skip << accept << "" << 0 << "2004-01-01T19:48:21Z";
        QTest::newRow("known words pass")
            << "Thursday, January 1, 2004 7:48 PM EST" << reject << accept << "" << 0 << "2004-01-02T00:48:00Z";
        QTest::newRow("http-date passes")
            << "Sunday, 06-Nov-94 08:49:37 GMT" << reject << accept << "" << 0 << "1994-11-06T08:49:37Z";
        QTest::newRow("partial year rejected") << "2003" << skip << noPartial << "" << 0 << "";
        QTest::newRow("partial month rejected") << "2003-12" << skip << noPartial << "" << 0 << "";
        QTest::newRow("full date with partial rejected")
            << "2003-12-31" << skip << noPartial << "" << 0 << "2003-12-31T00:00:00Z";
        QTest::newRow("at the bound") << "2004-01-01T00:00:00Z" << skip << accept << "2004-01-01T00:00:00Z" << 0
                                      << "2004-01-01T00:00:00Z";
        QTest::newRow("after the bound") << "2004-01-01T00:00:01Z" << skip << accept << "2004-01-01T00:00:00Z" << 0
                                         << "";
        QTest::newRow("bound compares instants")
            << "2004-01-01T01:00:00+02:00" << skip << accept << "2004-01-01T00:00:00Z" << 0 << "2003-12-31T23:00:00Z";
        QTest::newRow("before the earliest year") << "1994-12-31" << skip << accept << "" << 1995 << "";
        QTest::newRow("in the earliest year") << "1995-01-01" << skip << accept << "" << 1995 << "1995-01-01T00:00:00Z";
    }
    void honoursOptions()
    {
        QFETCH(QString, text);
        QFETCH(int, words);
        QFETCH(int, partial);
        QFETCH(QString, latest);
        QFETCH(int, earliestYear);
        QFETCH(QString, utc);
        Dates::ParseOptions options;
        options.words = Dates::Words(words);
        options.partial = Dates::Partial(partial);
        options.latest = latest.isEmpty() ? QDateTime() : QDateTime::fromString(latest, Qt::ISODate);
        options.earliestYear = earliestYear;
        const QDateTime parsed = Dates::parse(text, options);
        if (utc.isEmpty()) {
            QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODate)));
            return;
        }
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.toString(Qt::ISODate), utc);
    }

    void readsZoneTokens_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("offset"); // seconds east of UTC
        QTest::addColumn<bool>("zone"); // false: no zone

        QTest::newRow("Z") << "Z" << 0 << true;
        QTest::newRow("lower-case utc") << "utc" << 0 << true;
        QTest::newRow("+hh:mm") << "+05:30" << 19800 << true;
        QTest::newRow("-hhmm") << "-0800" << -28800 << true;
        QTest::newRow("+hh") << "+02" << 7200 << true;
        QTest::newRow("GMT+h") << "GMT+1" << 3600 << true;
        QTest::newRow("PDT") << "PDT" << -25200 << true;
        QTest::newRow("military") << "A" << 0 << true;
        QTest::newRow("too far") << "+1500" << 0 << false;
        QTest::newRow("bad minutes") << "+0570" << 0 << false;
        QTest::newRow("word") << "by" << 0 << false;
        QTest::newRow("empty") << "" << 0 << false;
    }
    void readsZoneTokens()
    {
        QFETCH(QString, token);
        QFETCH(int, offset);
        QFETCH(bool, zone);
        const std::optional<int> read = Dates::zoneOffset(token);
        QCOMPARE(read.has_value(), zone);
        if (zone)
            QCOMPARE(*read, offset);
    }

    void offsetAndNamedZoneAgree()
    {
        QCOMPARE(Dates::parse(u"Thu, 01 Jan 2004 19:48:21 PST"), Dates::parse(u"2004-01-01T19:48:21-08:00"));
    }

    void longInputIsRejectedQuickly()
    {
        const QString junk(100000, QLatin1Char('1'));
        QVERIFY(!Dates::parse(junk).isValid());
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
