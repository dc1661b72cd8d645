#include "base/dates.h"

#include <QTest>

using namespace Core;

class TestFeedDates final : public QObject {
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
    }
    void parsesRealWorldDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QDateTime parsed = FeedDates::parse(text);
        if (utc.isEmpty()) {
            QVERIFY2(!parsed.isValid(), qPrintable(parsed.toString(Qt::ISODate)));
            return;
        }
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
        QCOMPARE(parsed.toString(Qt::ISODate), utc);
    }

    void offsetAndNamedZoneAgree()
    {
        QCOMPARE(FeedDates::parse(u"Thu, 01 Jan 2004 19:48:21 PST"), FeedDates::parse(u"2004-01-01T19:48:21-08:00"));
    }

    void longInputIsRejectedQuickly()
    {
        const QString junk(100000, QLatin1Char('1'));
        QVERIFY(!FeedDates::parse(junk).isValid());
    }
};

QTEST_GUILESS_MAIN(TestFeedDates)
#include "tst_dates.moc"
