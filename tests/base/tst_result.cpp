#include "base/result.h"

#include <QSet>
#include <QTest>

#include <iterator>

using namespace Core;

Q_DECLARE_METATYPE(Core::ErrorCode)

// Codes in English for the CLI and logs (describe), and the names the store
// keeps them under.
class TestResult final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void describesEveryCode_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("summary"); // describe() without a detail
        using C = ErrorCode;
        QTest::newRow("none") << C::None << QString();
        QTest::newRow("invalid argument") << C::InvalidArgument << QStringLiteral("invalid address");
        QTest::newRow("file not readable") << C::FileNotReadable << QStringLiteral("unreadable file");
        QTest::newRow("network") << C::NetworkError << QStringLiteral("network error");
        QTest::newRow("http") << C::HttpError << QStringLiteral("HTTP error");
        QTest::newRow("timeout") << C::Timeout << QStringLiteral("timed out");
        QTest::newRow("too large") << C::TooLarge << QStringLiteral("too large");
        QTest::newRow("too many redirects") << C::TooManyRedirects << QStringLiteral("too many redirects");
        QTest::newRow("not a feed") << C::NotAFeed << QStringLiteral("not a feed");
        QTest::newRow("parse") << C::ParseError << QStringLiteral("parse error");
        QTest::newRow("database") << C::DatabaseError << QStringLiteral("database error");
        QTest::newRow("database corrupt") << C::DatabaseCorrupt << QStringLiteral("damaged database");
        QTest::newRow("disk full") << C::DiskFull << QStringLiteral("disk full");
        QTest::newRow("read-only") << C::ReadOnlyDatabase << QStringLiteral("read-only database");
        QTest::newRow("not found") << C::NotFound << QStringLiteral("not found");
        QTest::newRow("duplicate") << C::Duplicate << QStringLiteral("duplicate");
        QTest::newRow("no web page") << C::NoWebPage << QStringLiteral("the story links to no web page");
        QTest::newRow("not a web page") << C::NotAWebPage << QStringLiteral("not a web page");
        QTest::newRow("not an article") << C::NotAnArticle << QStringLiteral("not an article");
        QTest::newRow("certificate") << C::CertificateError << QStringLiteral("certificate refused");
        QTest::newRow("host not found") << C::HostNotFound << QStringLiteral("host not found");
        QTest::newRow("connection lost") << C::ConnectionLost << QStringLiteral("connection broken off");
        QTest::newRow("unknown") << C::Unknown << QStringLiteral("unknown error");
    }
    void describesEveryCode()
    {
        QFETCH(ErrorCode, code);
        QFETCH(QString, summary);
        QCOMPARE(describe({ code, {}, {} }), summary);
        // A detail follows after a colon; an unclassified one stands alone.
        const QString detail = QStringLiteral("HTTP 418 I'm a teapot");
        const QString expected = code == ErrorCode::None ? QString()
            : code == ErrorCode::Unknown                 ? detail
                                                         : summary + QStringLiteral(": ") + detail;
        QCOMPARE(describe({ code, detail, QUrl(QStringLiteral("https://example.org/")) }), expected);
    }

    void theTableCoversEveryCode()
    {
        QSet<QString> summaries;
        QSet<QString> names;
        for (const ErrorCode code : AllErrorCodes) {
            if (code == ErrorCode::None)
                continue;
            const QString summary = describe({ code, {}, {} });
            QVERIFY2(!summary.isEmpty(), qPrintable(QString::number(int(code))));
            summaries.insert(summary);
            names.insert(errorCodeName(code));
        }
        const qsizetype codes = qsizetype(std::size(AllErrorCodes)) - 1;
        QCOMPARE(summaries.size(), codes); // no two codes read alike
        QCOMPARE(names.size(), codes);
    }

    // The names are what the database keeps: fixed once released.
    void storedNamesRoundTrip_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("name");
        using C = ErrorCode;
        QTest::newRow("none") << C::None << QString();
        QTest::newRow("invalid argument") << C::InvalidArgument << QStringLiteral("invalid-argument");
        QTest::newRow("file not readable") << C::FileNotReadable << QStringLiteral("file-not-readable");
        QTest::newRow("network") << C::NetworkError << QStringLiteral("network");
        QTest::newRow("http") << C::HttpError << QStringLiteral("http");
        QTest::newRow("timeout") << C::Timeout << QStringLiteral("timeout");
        QTest::newRow("too large") << C::TooLarge << QStringLiteral("too-large");
        QTest::newRow("too many redirects") << C::TooManyRedirects << QStringLiteral("too-many-redirects");
        QTest::newRow("not a feed") << C::NotAFeed << QStringLiteral("not-a-feed");
        QTest::newRow("parse") << C::ParseError << QStringLiteral("parse");
        QTest::newRow("database") << C::DatabaseError << QStringLiteral("database");
        QTest::newRow("database corrupt") << C::DatabaseCorrupt << QStringLiteral("database-corrupt");
        QTest::newRow("disk full") << C::DiskFull << QStringLiteral("disk-full");
        QTest::newRow("read-only") << C::ReadOnlyDatabase << QStringLiteral("read-only");
        QTest::newRow("not found") << C::NotFound << QStringLiteral("not-found");
        QTest::newRow("duplicate") << C::Duplicate << QStringLiteral("duplicate");
        QTest::newRow("no web page") << C::NoWebPage << QStringLiteral("no-web-page");
        QTest::newRow("not a web page") << C::NotAWebPage << QStringLiteral("not-a-web-page");
        QTest::newRow("not an article") << C::NotAnArticle << QStringLiteral("not-an-article");
        QTest::newRow("certificate") << C::CertificateError << QStringLiteral("certificate");
        QTest::newRow("host not found") << C::HostNotFound << QStringLiteral("host-not-found");
        QTest::newRow("connection lost") << C::ConnectionLost << QStringLiteral("connection-lost");
        QTest::newRow("unknown") << C::Unknown << QStringLiteral("unknown");
    }
    void storedNamesRoundTrip()
    {
        QFETCH(ErrorCode, code);
        QFETCH(QString, name);
        QCOMPARE(errorCodeName(code), name);
        QCOMPARE(errorCodeFromName(name), code);
    }

    void aNameFromANewerVersionIsUnknown()
    {
        QCOMPARE(errorCodeFromName(QStringLiteral("quota-exceeded")), ErrorCode::Unknown);
        QCOMPARE(errorCodeFromName(QStringLiteral("HTTP")), ErrorCode::Unknown); // names are exact
    }

    void resultHoldsAValueOrAnError()
    {
        const Result<int> fine = 42;
        QVERIFY(fine);
        QCOMPARE(*fine, 42);
        const Result<int> failed = Error { ErrorCode::NotFound, QStringLiteral("no story 7"), {} };
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, ErrorCode::NotFound);
        QCOMPARE(failed.value_or(-1), -1);
        QCOMPARE(describe(failed.error()), QStringLiteral("not found: no story 7"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
