// Crash safety: tidings-cli is SIGKILLed at random moments while it writes,
// alternately during a refresh (feeds stored, pages cleaned) and during a
// storm of read and star changes, against one real profile. After every kill
// the database passes PRAGMA integrity_check, the store opens, the
// subscriptions are all there and every change the child reported committed
// before it died is in the database; the next child carries on from there.
//
// The moments come from a seeded generator: the seed is printed, and
// TIDINGS_KILL_SEED=<seed> repeats a run. TIDINGS_KILL_ITERATIONS changes the
// number of kills (default 50; fewer in a sanitizer build, which runs slower).

#include "cli_run.h"
#include "storage/store.h"
#include "test_feeds.h"
#include "test_http_server.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtEndian>

using namespace TestSupport;

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr int DefaultIterations = 20;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr int DefaultIterations = 20;
#else
constexpr int DefaultIterations = 50;
#endif
#else
constexpr int DefaultIterations = 50;
#endif

constexpr int Feeds = 4;
constexpr int ItemsPerFeed = 24; // what one fetch of a feed lists
constexpr int NewPerFetch = 8; // of which this many were not listed by the fetch before
constexpr int ChangesPerStorm = 1000;

struct State {
    bool read = false;
    bool starred = false;
    friend bool operator==(const State &, const State &) = default;
};

// One child process, killed (SIGKILL) a while after its first line of output.
struct Child {
    QByteArray out; // everything it wrote to stdout before it ended
    QByteArray err;
    bool killed = false; // ended by our kill, not by itself
    int exitCode = -1; // when it ended by itself
    qint64 firstLineMs = -1; // since the start
    qint64 totalMs = 0;

    // Complete lines only: a line cut short by the kill was not reported.
    QList<QByteArray> lines() const
    {
        QList<QByteArray> result = out.split('\n');
        result.removeLast(); // after the last '\n': empty, or a cut line
        return result;
    }
};

// killAfterFirstLineMs < 0: let it finish.
Child runChild(const QStringList &args, int killAfterFirstLineMs)
{
    Child child;
    QProcess process;
    process.setProgram(cliPath());
    process.setArguments(args);
    QElapsedTimer clock;
    QTimer killer;
    killer.setSingleShot(true);
    QObject::connect(&killer, &QTimer::timeout, &process, [&] {
        if (process.state() == QProcess::NotRunning)
            return;
        child.killed = true;
        process.kill(); // SIGKILL
    });
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        child.out += process.readAllStandardOutput();
        if (child.firstLineMs < 0 && child.out.contains('\n')) {
            child.firstLineMs = clock.elapsed();
            if (killAfterFirstLineMs >= 0)
                killer.start(killAfterFirstLineMs);
        }
    });
    QSignalSpy finished(&process, &QProcess::finished);
    clock.start();
    process.start();
    if (!process.waitForStarted(10'000))
        return child;
    if (finished.isEmpty() && !finished.wait(120'000)) {
        process.kill();
        process.waitForFinished();
    }
    killer.stop();
    child.totalMs = clock.elapsed();
    child.out += process.readAllStandardOutput();
    child.err = process.readAllStandardError();
    if (!child.killed && process.exitStatus() == QProcess::NormalExit)
        child.exitCode = process.exitCode();
    return child;
}

// What a kill left in the write-ahead log: frames of committed transactions,
// and valid frames after the last commit (a transaction was being written).
struct WalState {
    int committedFrames = 0;
    int pendingFrames = 0;
};

WalState inspectWal(const QString &path)
{
    WalState state;
    const QByteArray wal = readFile(path);
    if (wal.size() < 32)
        return state;
    const auto word = [&](qsizetype at) { return qFromBigEndian<quint32>(wal.constData() + at); };
    const quint32 magic = word(0);
    if (magic != 0x377f0682 && magic != 0x377f0683)
        return state;
    const bool bigEndianSums = magic & 1;
    const quint32 pageSize = word(8);
    if (pageSize < 512)
        return state;
    quint32 s0 = 0, s1 = 0;
    const auto checksum = [&](qsizetype from, qsizetype bytes) {
        for (qsizetype at = from; at < from + bytes; at += 8) {
            const quint32 a = bigEndianSums ? qFromBigEndian<quint32>(wal.constData() + at)
                                            : qFromLittleEndian<quint32>(wal.constData() + at);
            const quint32 b = bigEndianSums ? qFromBigEndian<quint32>(wal.constData() + at + 4)
                                            : qFromLittleEndian<quint32>(wal.constData() + at + 4);
            s0 += a + s1;
            s1 += b + s0;
        }
    };
    checksum(0, 24);
    if (s0 != word(24) || s1 != word(28))
        return state;
    const quint32 salt1 = word(16), salt2 = word(20);
    int sinceCommit = 0;
    for (qsizetype frame = 32; frame + 24 + qsizetype(pageSize) <= wal.size(); frame += 24 + pageSize) {
        if (word(frame + 8) != salt1 || word(frame + 12) != salt2)
            break;
        checksum(frame, 8);
        checksum(frame + 24, pageSize);
        if (s0 != word(frame + 16) || s1 != word(frame + 20))
            break;
        ++sinceCommit;
        if (word(frame + 4) != 0) { // a commit frame: the database size after it
            state.committedFrames += sinceCommit;
            sinceCommit = 0;
        }
    }
    state.pendingFrames = sinceCommit;
    return state;
}

// PRAGMA integrity_check on a plain connection, before the store touches the file.
QStringList integrityProblems(const QString &databasePath)
{
    QStringList problems;
    const QString name = QStringLiteral("kill-safety-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        if (!db.open()) {
            problems << QStringLiteral("cannot open: ") + db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
                problems << query.lastError().text();
            while (query.next())
                problems << query.value(0).toString();
            if (problems == QStringList { QStringLiteral("ok") })
                problems.clear();
            else if (problems.isEmpty())
                problems << QStringLiteral("integrity_check returned nothing");
            if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
                problems << query.lastError().text();
            while (query.next())
                problems << QStringLiteral("foreign key: %1 row %2")
                                .arg(query.value(0).toString(), query.value(1).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problems;
}

QHash<Core::StoryId, Core::StoryRow> allStories(Core::Store &store)
{
    QHash<Core::StoryId, Core::StoryRow> result;
    std::optional<Core::PageKey> after;
    for (;;) {
        const QList<Core::StoryRow> page = store.stories({}, after, 500);
        for (const Core::StoryRow &row : page)
            result.insert(row.id, row);
        if (page.size() < 500)
            break;
        after = Core::PageKey { page.last().published, page.last().id };
    }
    return result;
}

enum class Mark { Read, Unread, Star, Unstar };

struct Change {
    Core::StoryId id = 0;
    Mark mark = Mark::Read;
};

QByteArray reportLine(const Change &change)
{
    static const char *const words[] = { "read", "unread", "starred", "unstarred" };
    return QByteArray(words[int(change.mark)]) + '\t' + QByteArray::number(change.id);
}

void applyChange(State &state, Mark mark)
{
    switch (mark) {
    case Mark::Read:
        state.read = true;
        break;
    case Mark::Unread:
        state.read = false;
        break;
    case Mark::Star:
        state.starred = true;
        break;
    case Mark::Unstar:
        state.starred = false;
        break;
    }
}

} // namespace

class TestKillSafety final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedRefreshesAndMarkStorms();

private:
    QByteArray feedXml(int feed);
    QStringList cliArgs(const QStringList &args) const;
    // The database after a child ended: sound, openable, no story lost, and
    // (unless a storm just changed them) every story's state as verified last.
    // Fills `stories` with what is stored now.
    void checkDatabase(const Child &child, QHash<Core::StoryId, Core::StoryRow> &stories, bool statesChanged = false);
    void checkRefresh(const Child &child, const QHash<Core::StoryId, Core::StoryRow> &stories);
    // The stored states must be the initial ones after the first `reported`
    // changes, or after some later ones too (committed, not yet reported).
    // Returns how many changes beyond the reported ones were found committed.
    int checkStorm(const QList<Change> &changes, int reported, const QHash<Core::StoryId, State> &before,
        const QHash<Core::StoryId, Core::StoryRow> &stories);

    QTemporaryDir m_profile;
    TestHttpServer m_server;
    int m_fetches[Feeds] = {};
    bool m_frozen = false; // the feeds list what they listed last time
    QHash<int, QList<QByteArray>> m_served; // feed -> the links of its last fetch
    QHash<Core::StoryId, State> m_expected; // every story's state as last verified
    QSet<QString> m_subscriptionUrls;
};

void TestKillSafety::initTestCase()
{
    QVERIFY(m_profile.isValid());
    QVERIFY(m_server.listen());
    for (int feed = 0; feed < Feeds; ++feed) {
        const QByteArray path = "/feed" + QByteArray::number(feed) + ".xml";
        m_server.route(path,
            [this, feed](const HttpRequest &) { return TestHttpServer::ok(feedXml(feed), "application/rss+xml"); });
    }
    // Every story's page: /p/<feed>/<n>.html
    m_server.setFallback([](const HttpRequest &request) {
        if (!request.path.startsWith("/p/") || !request.path.endsWith(".html"))
            return TestHttpServer::status(404, "no such page");
        const QList<QByteArray> parts = request.path.mid(3).chopped(5).split('/');
        const int n = parts.value(1).toInt();
        return TestHttpServer::ok(
            articlePage("Harbour story " + parts.value(0) + " " + parts.value(1), n), "text/html");
    });
    auto store = Core::Store::open(m_profile.path());
    QVERIFY(store.has_value());
    for (int feed = 0; feed < Feeds; ++feed) {
        const QString url = m_server.url(QStringLiteral("/feed%1.xml").arg(feed)).toString();
        QVERIFY((*store)->addSubscription(url, QStringLiteral("Feed %1").arg(feed)).has_value());
        m_subscriptionUrls.insert(url);
    }
}

QByteArray TestKillSafety::feedXml(int feed)
{
    if (!m_frozen)
        ++m_fetches[feed];
    const int first = (m_fetches[feed] - 1) * NewPerFetch;
    QList<QByteArray> links;
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n<title>Feed "
        + QByteArray::number(feed) + "</title>\n<link>" + m_server.url().toEncoded()
        + "</link>\n<description>Kill test feed</description>\n";
    for (int n = first + ItemsPerFeed - 1; n >= first; --n) {
        const QByteArray id = QByteArray::number(feed) + '/' + QByteArray::number(n);
        const QByteArray link = m_server.url(QStringLiteral("/p/%1/%2.html").arg(feed).arg(n)).toEncoded();
        links.append(link);
        // Summaries of a few kilobytes: every stored feed is a real transaction.
        QByteArray summary;
        for (int s = 0; s < 12; ++s)
            summary += "Sentence " + QByteArray::number(s) + " of story " + id
                + " tells of the harbour council, the sea wall and the fishermen of Kernow. ";
        xml += "<item><guid isPermaLink=\"false\">kill-" + id + "</guid><title>Harbour story " + id + "</title><link>"
            + link + "</link><pubDate>"
            + TestHttpServer::httpDate(QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 600))
            + "</pubDate><category>Kernow Harbour Trust</category><description>" + summary + "</description></item>\n";
    }
    m_served.insert(feed, links);
    return xml + "</channel></rss>\n";
}

QStringList TestKillSafety::cliArgs(const QStringList &args) const
{
    return QStringList { QStringLiteral("--profile"), m_profile.path() } + args;
}

void TestKillSafety::checkDatabase(
    const Child &child, QHash<Core::StoryId, Core::StoryRow> &stories, bool statesChanged)
{
    const QString path = Core::Store::databasePath(m_profile.path());
    const QStringList problems = integrityProblems(path);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    QVERIFY2(!child.err.contains("database") && !child.err.contains("malformed"), child.err.constData());

    auto store = Core::Store::open(m_profile.path());
    QVERIFY2(store.has_value(), qPrintable(store ? QString() : Core::describe(store.error())));
    Core::Error error;
    const QList<Core::Subscription> subscriptions = (*store)->subscriptions(&error);
    QCOMPARE(error.code, Core::ErrorCode::None);
    QSet<QString> urls;
    for (const Core::Subscription &subscription : subscriptions)
        urls.insert(subscription.url);
    QCOMPARE(urls, m_subscriptionUrls);
    stories = allStories(**store);
    // Nothing verified before is gone or changed.
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        const auto row = stories.constFind(it.key());
        QVERIFY2(row != stories.cend(), qPrintable(QStringLiteral("story %1 is gone").arg(it.key())));
        QVERIFY2(statesChanged || (State { row->read, row->starred } == it.value()),
            qPrintable(QStringLiteral("story %1 changed state").arg(it.key())));
    }
}

void TestKillSafety::checkRefresh(const Child &child, const QHash<Core::StoryId, Core::StoryRow> &stories)
{
    QSet<QByteArray> links;
    for (const Core::StoryRow &row : stories)
        links.insert(row.link.toUtf8());
    for (const QByteArray &line : child.lines()) {
        QVERIFY2(!line.startsWith("failed"), line.constData());
        if (!line.startsWith("ok\tFeed "))
            continue;
        // "ok\tFeed 2\t8 new": what that fetch listed is committed.
        const int feed = line.split('\t').value(1).mid(5).toInt();
        for (const QByteArray &link : m_served.value(feed))
            QVERIFY2(links.contains(link),
                qPrintable(
                    QStringLiteral("%1 reported, %2 missing").arg(QString::fromUtf8(line), QString::fromUtf8(link))));
    }
    for (const Core::StoryRow &row : stories) {
        if (!m_expected.contains(row.id)) {
            QVERIFY(!row.read && !row.starred); // a new story
            m_expected.insert(row.id, {});
        }
    }
}

int TestKillSafety::checkStorm(const QList<Change> &changes, int reported, const QHash<Core::StoryId, State> &before,
    const QHash<Core::StoryId, Core::StoryRow> &stories)
{
    QHash<Core::StoryId, State> state = before;
    for (int i = 0; i < reported; ++i)
        applyChange(state[changes.at(i).id], changes.at(i).mark);
    QSet<Core::StoryId> wrong;
    const auto compare = [&](Core::StoryId id) {
        const Core::StoryRow &row = stories[id];
        if (State { row.read, row.starred } == state.value(id))
            wrong.remove(id);
        else
            wrong.insert(id);
    };
    for (auto it = state.cbegin(); it != state.cend(); ++it)
        compare(it.key());
    int committed = reported;
    while (!wrong.isEmpty() && committed < changes.size()) {
        const Change &change = changes.at(committed++);
        applyChange(state[change.id], change.mark);
        compare(change.id);
    }
    if (!wrong.isEmpty()) {
        const Core::StoryId id = *wrong.cbegin();
        const Core::StoryRow &row = stories[id];
        qWarning("%d changes reported; story %lld is read=%d starred=%d, which no committed prefix explains", reported,
            id, row.read, row.starred);
        return -1;
    }
    m_expected = state;
    return committed - reported;
}

void TestKillSafety::killedRefreshesAndMarkStorms()
{
    QElapsedTimer total;
    total.start();
    bool seeded = false;
    const quint32 seed = quint32(qEnvironmentVariableIntValue("TIDINGS_KILL_SEED", &seeded));
    const quint32 useSeed = seeded ? seed : QRandomGenerator::global()->generate();
    int iterations = qEnvironmentVariableIntValue("TIDINGS_KILL_ITERATIONS");
    if (iterations <= 0)
        iterations = DefaultIterations;
    qInfo("kill seed %u (TIDINGS_KILL_SEED=%u repeats this run), %d kills", useSeed, useSeed, iterations);
    QRandomGenerator random(useSeed);

    // First refreshes and a storm that run to the end: how long each takes
    // (the second refresh, with as many new stories as the later ones).
    QHash<Core::StoryId, Core::StoryRow> stories;
    Child firstRefresh;
    for (int round = 0; round < 2; ++round) {
        firstRefresh = runChild(cliArgs({ QStringLiteral("refresh") }), -1);
        QVERIFY2(firstRefresh.exitCode == 0, QByteArray(firstRefresh.out + firstRefresh.err).constData());
        checkDatabase(firstRefresh, stories);
        checkRefresh(firstRefresh, stories);
        if (QTest::currentTestFailed())
            return;
    }
    const auto makeStorm = [&] {
        const QList<Core::StoryId> ids = m_expected.keys();
        QList<Change> changes;
        QStringList args { QStringLiteral("mark") };
        static const QString flags[] = { QStringLiteral("--read"), QStringLiteral("--unread"), QStringLiteral("--star"),
            QStringLiteral("--unstar") };
        for (int i = 0; i < ChangesPerStorm; ++i) {
            const Change change { ids.at(random.bounded(int(ids.size()))), Mark(random.bounded(4)) };
            changes.append(change);
            args << flags[int(change.mark)] << QString::number(change.id);
        }
        return std::make_pair(changes, args);
    };
    int pendingWal = 0;
    const QString walPath = Core::Store::databasePath(m_profile.path()) + QStringLiteral("-wal");
    const auto runStorm = [&](int killAfterMs, Child &child, int &beyondReported, int &reportedCount) {
        const auto [changes, args] = makeStorm();
        const QHash<Core::StoryId, State> before = m_expected;
        child = runChild(cliArgs(args), killAfterMs);
        pendingWal += child.killed && inspectWal(walPath).pendingFrames > 0;
        const QList<QByteArray> lines = child.lines();
        reportedCount = int(lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i)
            QCOMPARE(lines.at(i), reportLine(changes.value(i)));
        if (!child.killed) {
            QVERIFY2(child.exitCode == 0, child.err.constData());
            QCOMPARE(lines.size(), changes.size());
        }
        checkDatabase(child, stories, true);
        if (QTest::currentTestFailed())
            return;
        beyondReported = checkStorm(changes, reportedCount, before, stories);
        QVERIFY2(beyondReported >= 0, "a change reported committed is not in the database");
    };
    int beyond = 0, reported = 0;
    Child firstStorm;
    runStorm(-1, firstStorm, beyond, reported);
    if (QTest::currentTestFailed())
        return;
    const qint64 refreshSpan = qMax<qint64>(20, firstRefresh.totalMs - firstRefresh.firstLineMs);
    const qint64 stormSpan = qMax<qint64>(20, firstStorm.totalMs - firstStorm.firstLineMs);
    qInfo("a whole refresh took %lld ms (first line at %lld), a storm of %d changes %lld ms (first line at %lld)",
        firstRefresh.totalMs, firstRefresh.firstLineMs, ChangesPerStorm, firstStorm.totalMs, firstStorm.firstLineMs);

    int refreshKills = 0, stormKills = 0, finishedFirst = 0, unreportedCommits = 0;
    qint64 reportedChanges = 0;
    for (int i = 0; i < iterations; ++i) {
        const bool refresh = i % 2 == 0;
        const int killAfter = int(random.bounded(refresh ? refreshSpan : stormSpan));
        Child child;
        if (refresh) {
            child = runChild(cliArgs({ QStringLiteral("refresh") }), killAfter);
            QVERIFY2(child.firstLineMs >= 0, QByteArray(child.out + child.err).constData()); // it got going
            pendingWal += child.killed && inspectWal(walPath).pendingFrames > 0;
            checkDatabase(child, stories);
            checkRefresh(child, stories);
        } else {
            runStorm(killAfter, child, beyond, reported);
            reportedChanges += reported;
            unreportedCommits += beyond > 0;
        }
        if (QTest::currentTestFailed()) {
            qWarning("iteration %d (%s, killed %d ms after its first line) failed; seed %u", i,
                refresh ? "refresh" : "storm", killAfter, useSeed);
            return;
        }
        if (child.killed)
            ++(refresh ? refreshKills : stormKills);
        else
            ++finishedFirst;
    }

    // Nothing a kill interrupted stays undone: with the feeds unchanged,
    // plain refreshes clean every story left waiting.
    m_frozen = true;
    for (int round = 0;; ++round) {
        const Child last = runChild(cliArgs({ QStringLiteral("refresh") }), -1);
        QVERIFY2(last.exitCode == 0, QByteArray(last.out + last.err).constData());
        auto store = Core::Store::open(m_profile.path());
        QVERIFY(store.has_value());
        if ((*store)->storiesWithoutArticle(1).isEmpty())
            break;
        QVERIFY2(round < 5, "stories are still waiting to be cleaned after five refreshes");
    }
    checkDatabase({}, stories);
    qInfo("%d kills in %lld ms: %d refreshes and %d storms killed, %d ran to the end first; %d kills left a "
          "transaction's frames uncommitted in the WAL; %lld changes reported committed, all kept; %d storms had "
          "committed changes not yet reported; %lld stories",
        iterations, total.elapsed(), refreshKills, stormKills, finishedFirst, pendingWal, reportedChanges,
        unreportedCommits, qint64(stories.size()));
}

QTEST_GUILESS_MAIN(TestKillSafety)
#include "tst_kill_safety.moc"
