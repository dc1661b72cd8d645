// tidings-cli generate-profile and search, and tidings --measure-startup, at a
// small size: what the scale benchmarks run at a million stories.

#include "cli_run.h"
#include "storage/store.h"
#include "test_support.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;
using namespace Core;

class TestCliScale final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void generatesAProfile();
    void refusesAProfileInUse();
    void needsAProfile();
    void searchesByTagAndText();
    void searchUsage();
    void measuresStartup();
    void measuresScroll();
    void appliesRetention();

private:
    CliRun run(const QStringList &args)
    {
        return runCli(QStringList { QStringLiteral("--profile"), m_dir.path() } + args);
    }

    QTemporaryDir m_dir;
};

void TestCliScale::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const CliRun generated = run({ QStringLiteral("generate-profile"), QStringLiteral("--feeds"), QStringLiteral("10"),
        QStringLiteral("--stories"), QStringLiteral("500") });
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    QVERIFY2(generated.out.contains(QLatin1String("stories 500/500 (100%)")), qPrintable(generated.out));
    QVERIFY2(generated.out.contains(QLatin1String("generated 10 feeds, 50 folders, 500 stories")),
        qPrintable(generated.out));
}

void TestCliScale::generatesAProfile()
{
    // The app's own connections open it: read-write (checked) and the GUI's read-only one.
    auto writer = Store::open(m_dir.path());
    QVERIFY2(writer, writer ? "" : qPrintable(describe(writer.error())));
    auto reader = Store::open(m_dir.path(), StoreOptions::readOnlyForGui());
    QVERIFY2(reader, reader ? "" : qPrintable(describe(reader.error())));
    Store &store = **reader;

    const QList<Subscription> feeds = store.subscriptions();
    QCOMPARE(feeds.size(), 10);
    QCOMPARE(store.folders().size(), 50);
    int inFolders = 0, unread = 0;
    for (const Subscription &feed : feeds) {
        inFolders += feed.folderId != 0;
        unread += feed.unreadCount;
        QVERIFY(feed.lastFetched.isValid()); // none due at start
    }
    QVERIFY(inFolders >= 9);
    QCOMPARE(store.countStories({}), 500);
    // The unread counts the triggers kept agree with the stories.
    const StoryFilter unreadFilter { StoryFilter::Kind::Unread, 0, {}, {} };
    QCOMPARE(unread, store.countStories(unreadFilter));
    QVERIFY(unread > 0 && unread < 500);
    // Zipf-like: the busiest feed carries far more than the quietest.
    int most = 0, fewest = 500;
    for (const Subscription &feed : feeds) {
        const int count = store.countStories({ StoryFilter::Kind::Subscription, feed.id, {}, {} });
        most = qMax(most, count);
        fewest = qMin(fewest, count);
    }
    QVERIFY2(most > 3 * qMax(1, fewest), qPrintable(QStringLiteral("%1 vs %2").arg(most).arg(fewest)));

    // Every story is cleaned: an article of realistic length, nothing left to clean.
    QVERIFY(store.storiesWithoutArticle(10).isEmpty());
    const QList<StoryRow> newest = store.stories({}, {}, 20);
    QCOMPARE(newest.size(), 20);
    for (const StoryRow &row : newest) {
        QVERIFY(row.cleaned);
        QVERIFY(!row.title.isEmpty());
        QVERIFY(!row.excerpt.isEmpty());
    }
    const std::optional<StoryDetail> detail = store.story(newest.first().id);
    QVERIFY(detail && detail->article);
    QVERIFY2(detail->article->wordCount >= 80, qPrintable(QString::number(detail->article->wordCount)));
    QVERIFY(detail->article->text.split(QLatin1Char(' ')).size() >= 80);
    QVERIFY(detail->article->html.startsWith(QLatin1String("<p>")));
    QVERIFY(!detail->topics.isEmpty());

    // Topics with a skewed spread, and their counts agree with their lists.
    const QList<TopicCount> topics = store.topicsLike({}, 1000);
    QVERIFY(topics.size() >= 20);
    QVERIFY2(topics.first().stories > 4 * topics.at(topics.size() / 2).stories,
        qPrintable(QStringLiteral("%1 vs %2").arg(topics.first().stories).arg(topics.at(topics.size() / 2).stories)));
    QCOMPARE(store.countStories({ StoryFilter::Kind::Topic, 0, topics.first().name, {} }), topics.first().stories);
}

void TestCliScale::refusesAProfileInUse()
{
    const QByteArray before = readFile(Store::databasePath(m_dir.path()));
    const CliRun again = run({ QStringLiteral("generate-profile"), QStringLiteral("--feeds"), QStringLiteral("3"),
        QStringLiteral("--stories"), QStringLiteral("10") });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("already has 10 subscriptions")), qPrintable(again.err));
    auto store = Store::open(m_dir.path(), StoreOptions::readOnlyForGui());
    QVERIFY(store);
    QCOMPARE((*store)->countStories({}), 500);
    QCOMPARE((*store)->subscriptions().size(), 10);
    QCOMPARE(readFile(Store::databasePath(m_dir.path())).size(), before.size());
}

void TestCliScale::needsAProfile()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TIDINGS_PROFILE"));
    const CliRun bare
        = runCli({ QStringLiteral("generate-profile"), QStringLiteral("--stories"), QStringLiteral("5") }, environment);
    QCOMPARE(bare.exitCode, 2);
    QVERIFY2(bare.err.contains(QLatin1String("needs --profile")), qPrintable(bare.err));
    const CliRun badNumber
        = run({ QStringLiteral("generate-profile"), QStringLiteral("--stories"), QStringLiteral("many") });
    QCOMPARE(badNumber.exitCode, 2);
    QVERIFY2(badNumber.err.contains(QLatin1String("--stories needs a number")), qPrintable(badNumber.err));
}

void TestCliScale::searchesByTagAndText()
{
    auto store = Store::open(m_dir.path(), StoreOptions::readOnlyForGui());
    QVERIFY(store);
    const QString topic = (*store)->topicsLike({}, 1).first().name;
    const int tagged = (*store)->countStories({ StoryFilter::Kind::Topic, 0, topic, {} });
    const CliRun byTag = run({ QStringLiteral("search"), QStringLiteral("tag:\"%1\"").arg(topic) });
    QCOMPARE(byTag.exitCode, 0);
    const QRegularExpression summary(
        QStringLiteral("^results=(\\d+) elapsed-ms=\\d+\\.\\d\\d$"), QRegularExpression::MultilineOption);
    QRegularExpressionMatch match = summary.match(byTag.out);
    QVERIFY2(match.hasMatch(), qPrintable(byTag.out));
    QCOMPARE(match.captured(1).toInt(), qMin(100, tagged));
    QCOMPARE(byTag.out.count(QLatin1Char('\n')), qMin(100, tagged) + 1);

    // A story's own title words find it; --runs gives the spread.
    const StoryRow oldest = (*store)->stories({ StoryFilter::Kind::All, 0, {}, {}, false, true }, {}, 1).first();
    const QStringList words = oldest.title.split(QLatin1Char(' '));
    const CliRun byText = run({ QStringLiteral("search"), QStringLiteral("--runs"), QStringLiteral("5"),
        QStringLiteral("--limit"), QStringLiteral("1000"), words.at(0), words.at(1), words.at(2) });
    QCOMPARE(byText.exitCode, 0);
    QVERIFY2(byText.out.contains(QString::number(oldest.id) + QLatin1Char('\t')), qPrintable(byText.out));
    QVERIFY2(QRegularExpression(QStringLiteral("runs=5 median-ms=\\S+ p95-ms=\\S+ max-ms=\\S+\\n$"))
                 .match(byText.out)
                 .hasMatch(),
        qPrintable(byText.out));

    // A phrase from the middle of an article's body: the search index holds the bodies.
    const std::optional<StoryDetail> detail = (*store)->story(oldest.id);
    QVERIFY(detail && detail->article);
    const QStringList body = detail->article->text.simplified().split(QLatin1Char(' '));
    QVERIFY(body.size() > 40);
    QStringList phrase = body.mid(body.size() / 2, 4);
    for (QString &word : phrase)
        word.remove(QRegularExpression(QStringLiteral("[^\\w]")));
    const CliRun byBody = run({ QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("1000"),
        QLatin1Char('"') + phrase.join(QLatin1Char(' ')) + QLatin1Char('"') });
    QCOMPARE(byBody.exitCode, 0);
    QVERIFY2(byBody.out.contains(QString::number(oldest.id) + QLatin1Char('\t')), qPrintable(byBody.out));

    const CliRun nothing = run({ QStringLiteral("search"), QStringLiteral("--quiet"), QStringLiteral("zzqxnotaword") });
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY2(nothing.out.startsWith(QLatin1String("results=0 elapsed-ms=")), qPrintable(nothing.out));
}

void TestCliScale::searchUsage()
{
    QCOMPARE(run({ QStringLiteral("search") }).exitCode, 2);
    QCOMPARE(
        run({ QStringLiteral("search"), QStringLiteral("--runs"), QStringLiteral("0"), QStringLiteral("x") }).exitCode,
        2);
}

void TestCliScale::measuresStartup()
{
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(environment);
    app.start(QStringLiteral(TIDINGS_APP_PATH),
        { QStringLiteral("--profile"), m_dir.path(), QStringLiteral("--measure-startup") });
    QVERIFY(app.waitForStarted(10'000));
    QVERIFY2(app.waitForFinished(60'000), "the app did not quit after its first paint");
    const QString out = QString::fromUtf8(app.readAllStandardOutput());
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, qPrintable(out + QString::fromUtf8(app.readAllStandardError())));
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^first-paint-ms=(\\d+)$"), QRegularExpression::MultilineOption).match(out);
    QVERIFY2(match.hasMatch(), qPrintable(out));
    QVERIFY(match.captured(1).toLongLong() > 0);
    // The steps of the start, in order, none after the first paint.
    const QRegularExpression step(
        QStringLiteral("^startup-step ([a-z-]+)=(\\d+)$"), QRegularExpression::MultilineOption);
    QStringList steps;
    qint64 last = 0;
    for (auto it = step.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch found = it.next();
        steps.append(found.captured(1));
        QVERIFY2(found.captured(2).toLongLong() >= last, qPrintable(out));
        last = found.captured(2).toLongLong();
    }
    QVERIFY2(steps.startsWith(QStringLiteral("main")) && steps.contains(QStringLiteral("main-window"))
            && steps.endsWith(QStringLiteral("event-loop")),
        qPrintable(out));
    QVERIFY2(last <= match.captured(1).toLongLong(), qPrintable(out));
}

void TestCliScale::measuresScroll()
{
    auto store = Store::open(m_dir.path(), StoreOptions::readOnlyForGui());
    QVERIFY(store);
    // The busiest feed: more than one page of the list.
    SubscriptionId busiest = 0;
    int most = 0;
    for (const Subscription &feed : (*store)->subscriptions()) {
        const int count = (*store)->countStories({ StoryFilter::Kind::Subscription, feed.id, {}, {} });
        if (count > most) {
            most = count;
            busiest = feed.id;
        }
    }
    QVERIFY2(most > 100, qPrintable(QString::number(most)));
    const auto measure = [this](SubscriptionId feed, QString *out) {
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(TIDINGS_APP_PATH),
            { QStringLiteral("--profile"), m_dir.path(), QStringLiteral("--measure-scroll"), QString::number(feed) });
        if (!app.waitForStarted(10'000) || !app.waitForFinished(60'000))
            return -1;
        *out = QString::fromUtf8(app.readAllStandardOutput()) + QString::fromUtf8(app.readAllStandardError());
        return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    };
    QString out;
    QCOMPARE(measure(busiest, &out), 0);
    // Every story of the feed was listed on the way down.
    QVERIFY2(out.contains(QStringLiteral("scroll-stories=%1\n").arg(most)), qPrintable(out));
    for (const char *figure : { "open-ms", "scroll-ms", "longest-stall-ms", "longest-stall-cpu-ms", "rss-kb" })
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^%1=\\d+$").arg(QLatin1String(figure)), QRegularExpression::MultilineOption)
                     .match(out)
                     .hasMatch(),
            qPrintable(out));
    QCOMPARE(measure(999999, &out), 2);
    QVERIFY2(out.contains(QLatin1String("no feed with id 999999")), qPrintable(out));
}

// Last: it removes stories. The counts the triggers keep stay exact.
void TestCliScale::appliesRetention()
{
    QCOMPARE(run({ QStringLiteral("apply-retention") }).exitCode, 2);
    const CliRun applied
        = run({ QStringLiteral("apply-retention"), QStringLiteral("--keep-count"), QStringLiteral("5") });
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^removed=(\\d+) elapsed-ms=\\d+$"), QRegularExpression::MultilineOption)
              .match(applied.out);
    QVERIFY2(match.hasMatch(), qPrintable(applied.out));
    auto store = Store::open(m_dir.path(), StoreOptions::readOnlyForGui());
    QVERIFY(store);
    const int left = (*store)->countStories({});
    QCOMPARE(left + match.captured(1).toInt(), 500);
    const int starred = (*store)->countStories({ StoryFilter::Kind::Starred, 0, {}, {} }); // they stay
    int unread = 0;
    for (const Subscription &feed : (*store)->subscriptions()) {
        QVERIFY((*store)->countStories({ StoryFilter::Kind::Subscription, feed.id, {}, {} }) <= 5 + starred);
        unread += feed.unreadCount;
    }
    QCOMPARE(unread, (*store)->countStories({ StoryFilter::Kind::Unread, 0, {}, {} }));
    for (const TopicCount &topic : (*store)->topicsLike({}, 1000))
        QCOMPARE((*store)->countStories({ StoryFilter::Kind::Topic, 0, topic.name, {} }), topic.stories);
}

QTEST_GUILESS_MAIN(TestCliScale)
#include "tst_cli_scale.moc"
