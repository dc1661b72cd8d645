#include "cli_run.h"
#include "storage/store.h"
#include "test_feeds.h"
#include "test_http_server.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

} // namespace

class TestCliRefresh final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addRefreshList();
    void addFailsOnMissingFeed();
    void usage();
    void dueOnlyAndForce();

private:
    // Runs tidings-cli without blocking the event loop, so the test's HTTP
    // server can answer it.
    CliRun run(const QStringList &args);
    void serveSite();

    QTemporaryDir m_profile;
    TestHttpServer m_server;
    int m_stories = 2;
    bool m_broken = false;
};

void TestCliRefresh::initTestCase()
{
    QVERIFY(m_profile.isValid());
    QVERIFY(m_server.listen());
    serveSite();
}

void TestCliRefresh::serveSite()
{
    m_server.route("/feed.xml", [this](const HttpRequest &request) {
        if (m_broken)
            return TestHttpServer::status(500, "down");
        QList<FeedEntry> entries;
        for (int i = 0; i < m_stories; ++i) {
            const QByteArray n = QByteArray::number(i);
            entries.append({ "cli-" + n, "Harbour story " + n,
                m_server.url(QStringLiteral("/p%1.html").arg(i)).toEncoded(), "Kernow Harbour Trust" });
        }
        return TestHttpServer::conditional(request, rssFeed("CLI Gazette", m_server.url().toEncoded(), entries),
            "application/rss+xml", "\"n" + QByteArray::number(m_stories) + "\"", {});
    });
    for (int i = 0; i < 10; ++i)
        m_server.serve("/p" + QByteArray::number(i) + ".html",
            TestHttpServer::ok(articlePage("Harbour story " + QByteArray::number(i), i), "text/html"));
}

CliRun TestCliRefresh::run(const QStringList &args)
{
    return runCli(QStringList { QStringLiteral("--profile"), m_profile.path() } + args);
}

void TestCliRefresh::addRefreshList()
{
    const QString feedUrl = m_server.url(QStringLiteral("/feed.xml")).toString();
    const CliRun added = run({ QStringLiteral("add"), feedUrl });
    QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
    QVERIFY2(added.out.contains(QStringLiteral("added")) && added.out.contains(QStringLiteral("CLI Gazette"))
            && added.out.contains(feedUrl),
        qPrintable(added.out));

    m_stories = 3; // one new story since the add
    const CliRun refreshed = run({ QStringLiteral("refresh") });
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.out + refreshed.err));
    QVERIFY2(refreshed.out.contains(QStringLiteral("ok\tCLI Gazette\t1 new")), qPrintable(refreshed.out));
    QVERIFY2(refreshed.out.contains(QStringLiteral("1 feeds, 1 new stories, 0 failed")), qPrintable(refreshed.out));
    QCOMPARE(m_server.requestCount("/p2.html"), 1); // the new story's page was fetched once
    QCOMPARE(m_server.requestCount("/p0.html"), 1); // and the old ones not again

    // What reached the database, read back independently of the CLI.
    {
        auto store = Core::Store::open(m_profile.path());
        QVERIFY(store.has_value());
        QCOMPARE((*store)->countStories({}), 3);
        const QList<Core::Subscription> subscriptions = (*store)->subscriptions();
        QCOMPARE(subscriptions.size(), 1);
        QCOMPARE(subscriptions.constFirst().title, QStringLiteral("CLI Gazette"));
        QCOMPARE(subscriptions.constFirst().lastError.code, Core::ErrorCode::None);
    }

    // `list --format json` prints one JSON object a line, newest first.
    const CliRun listed = run({ QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(listed.exitCode, 0);
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QStringList titles;
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(line.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError && json.isObject(), qPrintable(line));
        const QJsonObject story = json.object();
        QCOMPARE(story.value(QStringLiteral("subscription")).toString(), QStringLiteral("CLI Gazette"));
        QVERIFY(story.value(QStringLiteral("cleaned")).toBool());
        QVERIFY(story.value(QStringLiteral("topics")).isArray());
        // The feed's category, seen on the page, became a topic chip.
        QVERIFY2(story.value(QStringLiteral("topics")).toArray().contains(QStringLiteral("Kernow Harbour Trust")),
            qPrintable(line));
        titles << story.value(QStringLiteral("title")).toString();
    }
    for (int i = 0; i < 3; ++i)
        QVERIFY2(titles.contains(QStringLiteral("Harbour story %1").arg(i)), qPrintable(titles.join(u',')));

    // A failing feed is a line and exit code 1, not a crash.
    m_broken = true;
    const CliRun failing = run({ QStringLiteral("refresh"), QStringLiteral("--force") });
    QCOMPARE(failing.exitCode, 1);
    QVERIFY2(
        failing.out.contains(QStringLiteral("failed\tCLI Gazette\tHTTP error: HTTP 500")), qPrintable(failing.out));
    // Resting after the failure: skipped, and still reported as failing.
    const CliRun resting = run({ QStringLiteral("refresh") });
    QCOMPARE(resting.exitCode, 1);
    QVERIFY2(resting.out.contains(QStringLiteral("skipped\tCLI Gazette")), qPrintable(resting.out));
    m_broken = false;
}

void TestCliRefresh::addFailsOnMissingFeed()
{
    const CliRun missing = run({ QStringLiteral("add"), m_server.url(QStringLiteral("/nothing-here")).toString() });
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("cannot add")), qPrintable(missing.err));
}

void TestCliRefresh::usage()
{
    QCOMPARE(run({ QStringLiteral("add") }).exitCode, 2);
    QCOMPARE(run({ QStringLiteral("refresh"), QStringLiteral("--bogus") }).exitCode, 2);
}

// --due fetches only what the scheduler would; --force skips conditional GET.
void TestCliRefresh::dueOnlyAndForce()
{
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    const auto runHere = [&](const QStringList &args) {
        return runCli(QStringList { QStringLiteral("--profile"), profile.path() } + args);
    };
    m_server.serve("/late.xml",
        TestHttpServer::ok(rssFeed("Late Courier", m_server.url().toEncoded(), {}), "application/rss+xml"));
    const QString feedUrl = m_server.url(QStringLiteral("/feed.xml")).toString();
    const CliRun added = runHere({ QStringLiteral("add"), feedUrl });
    QVERIFY2(added.exitCode == 0, qPrintable(added.out + added.err));
    // A second feed, subscribed without a fetch: due at once.
    {
        auto store = Core::Store::open(profile.path());
        QVERIFY(store.has_value());
        QVERIFY((*store)->addSubscription(m_server.url(QStringLiteral("/late.xml")).toString()).has_value());
    }
    const int feedBefore = m_server.requestCount("/feed.xml");
    const CliRun due = runHere({ QStringLiteral("refresh"), QStringLiteral("--due") });
    QVERIFY2(due.exitCode == 0, qPrintable(due.out + due.err));
    QCOMPARE(m_server.requestCount("/late.xml"), 1);
    QCOMPARE(m_server.requestCount("/feed.xml"), feedBefore); // fetched by add a moment ago: not due
    QVERIFY2(due.out.contains(QStringLiteral("ok\tLate Courier")), qPrintable(due.out));
    QVERIFY2(due.out.contains(QStringLiteral("1 feeds not due yet")), qPrintable(due.out));
    QVERIFY2(due.out.contains(QStringLiteral("1 feeds, 0 new stories")), qPrintable(due.out));
    // Both were just fetched: nothing is due now.
    const CliRun again = runHere({ QStringLiteral("refresh"), QStringLiteral("--due") });
    QVERIFY2(again.out.contains(QStringLiteral("0 feeds, 0 new stories")), qPrintable(again.out));
    QCOMPARE(m_server.requestCount("/late.xml"), 1);
    QCOMPARE(m_server.requestCount("/feed.xml"), feedBefore);

    // A plain refresh asks conditionally; --force asks for the whole feed.
    QVERIFY(runHere({ QStringLiteral("refresh") }).exitCode == 0);
    QVERIFY(!m_server.requests("/feed.xml").constLast().header("if-none-match").isEmpty());
    const CliRun forced = runHere({ QStringLiteral("refresh"), QStringLiteral("--force") });
    QVERIFY2(forced.exitCode == 0, qPrintable(forced.out + forced.err));
    QVERIFY(!m_server.requests("/feed.xml").constLast().hasHeader("if-none-match"));
    QVERIFY2(forced.out.contains(QStringLiteral("ok\tCLI Gazette\t0 new")), qPrintable(forced.out));

    const CliRun help = runCli({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("--due")) && help.out.contains(QStringLiteral("--force")),
        qPrintable(help.out));
}

QTEST_GUILESS_MAIN(TestCliRefresh)
#include "tst_cli_refresh.moc"
