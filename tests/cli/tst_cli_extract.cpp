// Runs the built tidings-cli's extract command on the seed fixture pages.

#include "cli_run.h"
#include "seed_story.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

namespace {

TestSupport::CliRun runExtract(const QStringList &args)
{
    // The suite switches debug logging off for every test; the trace is
    // debug logging that --trace itself turns on.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    return TestSupport::runCli(QStringList { QStringLiteral("extract") } + args, environment);
}

QString page(const char *name)
{
    return TestSupport::fixturePath(QStringLiteral("pages/") + QLatin1String(name));
}

} // namespace

class TestCliExtract final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void jsonlGivesTheArticleItsTopicsAndTaggedRawTags()
    {
        const TestSupport::CliRun run
            = runExtract({ QStringLiteral("--format"), QStringLiteral("jsonl"), page("seed-rich.html") });
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.stdoutBytes.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject article = QJsonDocument::fromJson(lines.first()).object();
        QVERIFY(article.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Putin In Trade Push")));
        const QString text = article.value(QStringLiteral("text")).toString();
        for (const QString &paragraph : TestSupport::seedParagraphs())
            QVERIFY2(text.contains(paragraph), qPrintable(paragraph));
        QVERIFY(article.value(QStringLiteral("topics")).toArray().contains(QStringLiteral("Vladimir Putin")));
        // The page's JSON-LD keywords, in the printed "source:value" form.
        const QJsonArray rawTags = article.value(QStringLiteral("raw_tags")).toArray();
        QVERIFY(rawTags.contains(QStringLiteral("jsonld:Xi Jinping")));
        QVERIFY(rawTags.contains(QStringLiteral("keywords:Breaking News")));
    }

    void traceShowsWhereATextSits()
    {
        const QString needle = QStringLiteral("Lying just a few hundred kilometres");
        const TestSupport::CliRun traced = runExtract({ QStringLiteral("--trace"), needle, page("seed-rich.html") });
        QCOMPARE(traced.exitCode, 0);
        QVERIFY2(traced.err.contains(QStringLiteral("trace: text")), qPrintable(traced.err.left(2000)));
        // The paragraph is kept: one of its ancestors is the chosen container.
        QVERIFY2(traced.err.contains(QStringLiteral("[CONTAINER]")), qPrintable(traced.err.left(2000)));
        QVERIFY(traced.out.contains(needle));

        const TestSupport::CliRun plain = runExtract({ page("seed-rich.html") });
        QCOMPARE(plain.exitCode, 0);
        QVERIFY(!plain.err.contains(QStringLiteral("trace:")));
    }

    void aMissingPageFailsAndTheOthersAreStillCleaned()
    {
        const TestSupport::CliRun run = runExtract(
            { QStringLiteral("--format"), QStringLiteral("jsonl"), page("no-such-page.html"), page("seed-bare.html") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("no-such-page.html")));
        QCOMPARE(run.stdoutBytes.trimmed().split('\n').size(), 1);
    }

    void usageErrors()
    {
        QCOMPARE(runExtract({}).exitCode, 2);
        QCOMPARE(runExtract({ QStringLiteral("--format"), QStringLiteral("xml"), page("seed-bare.html") }).exitCode, 2);
        QCOMPARE(runExtract({ page("seed-bare.html"), QStringLiteral("--trace") }).exitCode, 2);
        QCOMPARE(runExtract({ QStringLiteral("--bogus"), page("seed-bare.html") }).exitCode, 2);
        QCOMPARE(runExtract({ page("seed-bare.html"), QStringLiteral("--feed-categories") }).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliExtract)
#include "tst_cli_extract.moc"
