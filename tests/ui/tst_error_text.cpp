#include "widgets/error_text.h"

#include <QCoreApplication>
#include <QSet>
#include <QTest>
#include <QTranslator>

#include <iterator>

Q_DECLARE_METATYPE(Core::ErrorCode)

namespace {

// Marks every string of the errors' context, so a test can tell which text
// went through translation and which did not.
class MarkingTranslator final : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("Ui::Errors"))
            return {};
        return QStringLiteral("[") + QString::fromUtf8(sourceText) + QStringLiteral("]");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

// Ui::errorText: the one place codes become the user's words.
class TestErrorText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCodeHasItsOwnSentence_data()
    {
        QTest::addColumn<Core::ErrorCode>("code");
        for (const Core::ErrorCode code : Core::AllErrorCodes)
            QTest::newRow(qPrintable(QString::number(int(code)))) << code;
    }
    void everyCodeHasItsOwnSentence()
    {
        QFETCH(Core::ErrorCode, code);
        const QString text = Ui::errorText(code);
        QVERIFY(!text.isEmpty());
        QVERIFY(!text.contains(QLatin1Char('%')));
        // The same through the Error overload, whatever the URL.
        QCOMPARE(Ui::errorText(Core::Error { code, {}, QUrl(QStringLiteral("https://example.org/")) }), text);
    }

    void sentencesAreDistinct()
    {
        QSet<QString> seen;
        for (const Core::ErrorCode code : Core::AllErrorCodes)
            seen.insert(Ui::errorText(code));
        QCOMPARE(seen.size(), qsizetype(std::size(Core::AllErrorCodes)));
    }

    void theDetailFollowsUntranslated()
    {
        QCOMPARE(Ui::errorText(Core::ErrorCode::HttpError, QStringLiteral("HTTP 404 Not Found")),
            QStringLiteral("The server answered with an error: HTTP 404 Not Found"));
        QCOMPARE(Ui::errorText({ Core::ErrorCode::NotAWebPage, QStringLiteral("application/pdf"), {} }),
            QStringLiteral("The link leads to something other than a web page: application/pdf"));
        QCOMPARE(Ui::errorText(Core::ErrorCode::Timeout, {}), QStringLiteral("The server did not answer in time"));
        // Network faults each in their own words (tst_network_faults shows them in place).
        QCOMPARE(Ui::errorText(Core::ErrorCode::CertificateError, QStringLiteral("The certificate has expired")),
            QStringLiteral("The site's security certificate was refused: The certificate has expired"));
        QCOMPARE(Ui::errorText(Core::ErrorCode::HostNotFound, QStringLiteral("feed.invalid")),
            QStringLiteral("The server's name was not found: feed.invalid"));
        QCOMPARE(Ui::errorText(Core::ErrorCode::ConnectionLost, {}),
            QStringLiteral("The connection to the server broke off"));
    }

    void everySentenceGoesThroughTranslation()
    {
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        for (const Core::ErrorCode code : Core::AllErrorCodes) {
            const QString text = Ui::errorText(code);
            QVERIFY2(text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')), qPrintable(text));
        }
        // The joining of sentence and detail is translatable too (word order,
        // punctuation); the detail itself is not.
        QCOMPARE(Ui::errorText(Core::ErrorCode::NetworkError, QStringLiteral("Connection refused")),
            QStringLiteral("[[Network error]: Connection refused]"));
        QVERIFY(QCoreApplication::removeTranslator(&marking));
        QCOMPARE(Ui::errorText(Core::ErrorCode::NetworkError), QStringLiteral("Network error"));
    }
};

QTEST_GUILESS_MAIN(TestErrorText)
#include "tst_error_text.moc"
