// One function gives the chips (issue 9): `tidings-cli refresh` (the pipeline,
// as in the app) and `tidings-cli extract --feed-categories ...` choose the same
// chips for the same corpus page, feed categories and store statistics. Real
// pages from ../shared/corpus, served by a local HTTP server.

#include "cli_run.h"
#include "extract/article_extractor.h"
#include "storage/store.h"
#include "test_http_server.h"
#include "test_support.h"
#include "topics/topics.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

struct Story {
    QString page; // a folder of ../shared/corpus/readability
    QStringList categories; // what the feed gives it
};

QByteArray rssWithCategories(const QUrl &site, const QList<Story> &stories, const TestHttpServer &server)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>\n"
                     "<title>Corpus Outlet</title><link>"
        + site.toEncoded() + "</link><description>Real pages</description>\n";
    for (const Story &story : stories) {
        const QByteArray link = server.url(QStringLiteral("/%1.html").arg(story.page)).toEncoded();
        xml += "<item><guid isPermaLink=\"false\">" + story.page.toUtf8() + "</guid><title>Story " + story.page.toUtf8()
            + "</title><link>" + link + "</link><pubDate>Sat, 28 Nov 2026 09:00:00 GMT</pubDate>";
        for (const QString &category : story.categories)
            xml += "<category>" + category.toHtmlEscaped().toUtf8() + "</category>";
        xml += "<description>Summary</description></item>\n";
    }
    return xml + "</channel></rss>\n";
}

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString());
    return result;
}

// The environment without $TIDINGS_PROFILE, which extract would read.
QProcessEnvironment noProfile()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TIDINGS_PROFILE"));
    return environment;
}

QList<QStringList> aliasLists(const QJsonValue &value)
{
    QList<QStringList> result;
    for (const QJsonValue &item : value.toArray())
        result.append(strings(item));
    return result;
}

} // namespace

class TestCliChips final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refreshAndExtractGiveTheSameChips();
    void extractTagsWithTheProfilesStatistics();
    void categoriesAreReadAsAFeedGivesThem();
    void aProfileWithoutADatabaseIsNotCreated();

private:
    // Serves the stories' corpus pages and a feed listing them at /<name>.xml.
    QUrl serveFeed(const QByteArray &name, const QList<Story> &stories);
    // Subscribes a new store in `profile` to the feed and runs `tidings-cli refresh`.
    void subscribeAndRefresh(const QString &profile, const QUrl &feed, int stories);
    // `tidings-cli --profile P extract` on a corpus page as the pipeline saw it;
    // or with TIDINGS_PROFILE=P.
    QJsonObject extract(const QString &profile, const Story &story, bool viaEnvironment = false);
    QString source(const QString &page) const { return m_corpus + QLatin1Char('/') + page + "/source.html"; }
    QUrl pageUrl(const QString &page) const { return m_server.url(QStringLiteral("/%1.html").arg(page)); }

    QString m_corpus;
    TestHttpServer m_server;
};

void TestCliChips::initTestCase()
{
    QVERIFY(m_server.listen());
}

QUrl TestCliChips::serveFeed(const QByteArray &name, const QList<Story> &stories)
{
    for (const Story &story : stories) {
        const QByteArray bytes = readFile(source(story.page));
        if (bytes.isEmpty())
            qFatal("cannot read %s", qPrintable(source(story.page)));
        m_server.serve("/" + story.page.toUtf8() + ".html", TestHttpServer::ok(bytes, "text/html"));
    }
    m_server.serve("/" + name + ".xml",
        TestHttpServer::ok(rssWithCategories(m_server.url(), stories, m_server), "application/rss+xml"));
    return m_server.url(QStringLiteral("/%1.xml").arg(QString::fromUtf8(name)));
}

void TestCliChips::subscribeAndRefresh(const QString &profile, const QUrl &feed, int stories)
{
    {
        auto store = Core::Store::open(profile);
        QVERIFY(store.has_value());
        QVERIFY((*store)->addSubscription(feed.toString()).has_value());
    }
    const CliRun refreshed = runCli({ QStringLiteral("--profile"), profile, QStringLiteral("refresh") });
    QVERIFY2(refreshed.exitCode == 0, qPrintable(refreshed.out + refreshed.err));
    QVERIFY2(refreshed.out.contains(QStringLiteral("%1 new stories").arg(stories))
            && refreshed.out.contains(QStringLiteral("pages: %1 cleaned").arg(stories)),
        qPrintable(refreshed.out));
}

QJsonObject TestCliChips::extract(const QString &profile, const Story &story, bool viaEnvironment)
{
    QProcessEnvironment environment = noProfile();
    QStringList args;
    if (viaEnvironment)
        environment.insert(QStringLiteral("TIDINGS_PROFILE"), profile);
    else
        args << QStringLiteral("--profile") << profile;
    // The pipeline cleans the page at its web address: the same --url.
    args << QStringLiteral("extract") << QStringLiteral("--url") << pageUrl(story.page).toString()
         << QStringLiteral("--format") << QStringLiteral("json");
    // Given as the option allows: a list, and the option again.
    if (!story.categories.isEmpty())
        args << QStringLiteral("--feed-categories") << story.categories.mid(0, 2).join(QLatin1Char(','));
    for (const QString &category : story.categories.mid(2))
        args << QStringLiteral("--feed-categories") << category;
    args << source(story.page);
    const CliRun run = runCli(args, environment);
    if (run.exitCode != 0) {
        qWarning("extract failed: %s", qPrintable(run.err));
        return {};
    }
    return QJsonDocument::fromJson(run.stdoutBytes).object();
}

// The app's chips (what `refresh` stored) are extract's chips, in the same order.
void TestCliChips::refreshAndExtractGiveTheSameChips()
{
    TIDINGS_REQUIRE_SHARED(corpus, "corpus/readability");
    m_corpus = corpus;
    // The feed files the story under a place the page mentions twice, not a
    // chip without the feed; the story is about people the category does not name.
    const Story story { QStringLiteral("telegraph"), { QStringLiteral("Harare") } };
    const QUrl feed = serveFeed("one", { story });

    QTemporaryDir app; // P1: the profile `refresh` fills, empty when it tagged the page
    QVERIFY(app.isValid());
    subscribeAndRefresh(app.path(), feed, 1);
    if (QTest::currentTestFailed())
        return;
    const CliRun listed = runCli({ QStringLiteral("--profile"), app.path(), QStringLiteral("list"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(listed.exitCode, 0);
    const QList<QByteArray> lines = listed.stdoutBytes.trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const QJsonObject stored = QJsonDocument::fromJson(lines.first()).object();
    QVERIFY2(stored.value(QStringLiteral("cleaned")).toBool(), lines.first().constData());
    const QStringList appChips = strings(stored.value(QStringLiteral("topics")));

    // P2: a new, empty profile, the statistics P1 had when it tagged.
    QTemporaryDir fresh;
    QVERIFY(fresh.isValid());
    {
        auto store = Core::Store::open(fresh.path());
        QVERIFY(store.has_value());
        QCOMPARE((*store)->corpusStats().documentCount, 0);
    }
    const QJsonObject extracted = extract(fresh.path(), story);
    QVERIFY(!extracted.isEmpty());
    const QStringList cliChips = strings(extracted.value(QStringLiteral("topics")));
    qInfo("chips: %s", qPrintable(appChips.join(QStringLiteral(" | "))));
    QCOMPARE(cliChips, appChips);

    // The category is a chip, and it hides none of the names the story is about.
    QVERIFY2(appChips.contains(QStringLiteral("Harare")), qPrintable(appChips.join(u',')));
    QVERIFY2(appChips.contains(QStringLiteral("Robert Mugabe")), qPrintable(appChips.join(u',')));

    // One alias list per chip.
    const QList<QStringList> aliases = aliasLists(extracted.value(QStringLiteral("topic_aliases")));
    QCOMPARE(aliases.size(), cliChips.size());

    // Without the feed's category there is no such chip: the option counts.
    Story bare = story;
    bare.categories.clear();
    const QStringList bareChips = strings(extract(fresh.path(), bare).value(QStringLiteral("topics")));
    QVERIFY2(!bareChips.isEmpty() && !bareChips.contains(QStringLiteral("Harare")), qPrintable(bareChips.join(u',')));
}

// A store that knows several stories: extract tags with its statistics, and
// gives what Topics::tagArticle gives with Store::corpusStats().
void TestCliChips::extractTagsWithTheProfilesStatistics()
{
    TIDINGS_REQUIRE_SHARED(corpus, "corpus/readability");
    m_corpus = corpus;
    const QList<Story> stories {
        { QStringLiteral("nytimes-1"), { QStringLiteral("Sudan"), QStringLiteral("Barack Obama") } },
        { QStringLiteral("nytimes-2"), { QStringLiteral("Yahoo"), QStringLiteral("Verizon") } },
        { QStringLiteral("bbc-1"), { QStringLiteral("Barack Obama") } },
        { QStringLiteral("wapo-1"), { QStringLiteral("Tunisia") } },
        { QStringLiteral("wapo-2"),
            { QStringLiteral("Israel"), QStringLiteral("Barack Obama"), QStringLiteral("Benjamin Netanyahu") } },
        { QStringLiteral("telegraph"), { QStringLiteral("Zimbabwe") } },
        { QStringLiteral("breitbart"), { QStringLiteral("Donald Trump") } },
        { QStringLiteral("guardian-1"), {} },
    };
    const QUrl feed = serveFeed("several", stories);
    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    subscribeAndRefresh(profile.path(), feed, int(stories.size()));
    if (QTest::currentTestFailed())
        return;

    Core::CorpusStats stats;
    {
        auto store = Core::Store::open(profile.path());
        QVERIFY(store.has_value());
        stats = (*store)->corpusStats();
    }
    // Statistics that can change a chip: enough stories for rarity, known topics.
    QCOMPARE(stats.documentCount, qint64(stories.size()));
    QVERIFY(!stats.knownTopics.isEmpty());

    int changedByStatistics = 0;
    bool viaEnvironment = false;
    for (const Story &story : stories) {
        Core::Article expected = Core::ArticleExtractor::extract(readFile(source(story.page)), pageUrl(story.page), {});
        QVERIFY(expected.readerable);
        Core::Article unaware = expected;
        Core::Topics::tagArticle(expected, story.categories, stats);
        Core::Topics::tagArticle(unaware, story.categories, {});
        changedByStatistics += expected.topics != unaware.topics;

        const QJsonObject extracted = extract(profile.path(), story, viaEnvironment);
        viaEnvironment = !viaEnvironment; // --profile and $TIDINGS_PROFILE in turn
        QVERIFY(!extracted.isEmpty());
        QCOMPARE(strings(extracted.value(QStringLiteral("topics"))), expected.topics);
        QCOMPARE(aliasLists(extracted.value(QStringLiteral("topic_aliases"))), expected.topicAliases);
    }
    // The comparison proves extract read the profile only if the statistics
    // matter for some page.
    qInfo("pages whose chips the store's statistics change: %d of %d", changedByStatistics, int(stories.size()));
    QVERIFY(changedByStatistics > 0);

    // extract only read the store.
    auto store = Core::Store::open(profile.path());
    QVERIFY(store.has_value());
    QCOMPARE((*store)->corpusStats().documentCount, qint64(stories.size()));
    QCOMPARE((*store)->corpusStats().knownTopics, stats.knownTopics);
}

// --feed-categories as a list, again, with a comma kept inside one category:
// the chips and aliases Topics::tagArticle gives for the categories a feed
// would list.
void TestCliChips::categoriesAreReadAsAFeedGivesThem()
{
    TIDINGS_REQUIRE_SHARED(corpus, "corpus/readability");
    m_corpus = corpus;
    const QString page = source(QStringLiteral("telegraph"));
    const Core::Article article = Core::ArticleExtractor::extract(readFile(page), QUrl::fromLocalFile(page), {});
    QVERIFY(article.readerable);
    const auto tagged = [&](const QStringList &categories) {
        Core::Article copy = article;
        Core::Topics::tagArticle(copy, categories, {});
        return copy;
    };
    const auto extracted = [&](const QStringList &options) {
        const CliRun run
            = runCli(QStringList { QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("jsonl") }
                    + options + QStringList { page },
                noProfile());
        return run.exitCode == 0 ? QJsonDocument::fromJson(run.stdoutBytes).object() : QJsonObject();
    };
    struct Case {
        QStringList options;
        QStringList categories; // as a feed's <category> elements
    };
    const QList<Case> cases {
        { { QStringLiteral("--feed-categories"), QStringLiteral("Harare, Zimbabwe") },
            { QStringLiteral("Harare"), QStringLiteral("Zimbabwe") } },
        { { QStringLiteral("--feed-categories"), QStringLiteral("Harare"), QStringLiteral("--feed-categories=zimbabwe"),
              QStringLiteral("--feed-categories"), QStringLiteral(" HARARE ,,") },
            { QStringLiteral("Harare"), QStringLiteral("zimbabwe") } },
        { { QStringLiteral("--feed-categories"), QStringLiteral("Mugabe\\, Robert") },
            { QStringLiteral("Mugabe, Robert") } },
        { { QStringLiteral("--feed-categories"), QStringLiteral("Mugabe, Robert") },
            { QStringLiteral("Mugabe"), QStringLiteral("Robert") } },
    };
    for (const Case &test : cases) {
        const Core::Article expected = tagged(test.categories);
        const QJsonObject json = extracted(test.options);
        QVERIFY2(!json.isEmpty(), qPrintable(test.options.join(u' ')));
        QCOMPARE(strings(json.value(QStringLiteral("topics"))), expected.topics);
        QCOMPARE(aliasLists(json.value(QStringLiteral("topic_aliases"))), expected.topicAliases);
    }
    // The surname-first category is one name, not two: no "robert" alias.
    QVERIFY(tagged({ QStringLiteral("Mugabe, Robert") }).topicAliases
        != tagged({ QStringLiteral("Mugabe"), QStringLiteral("Robert") }).topicAliases);
    QVERIFY(tagged({ QStringLiteral("Harare") }).topics.contains(QStringLiteral("Harare")));
}

void TestCliChips::aProfileWithoutADatabaseIsNotCreated()
{
    QTemporaryDir parent;
    QVERIFY(parent.isValid());
    const QString missing = parent.filePath(QStringLiteral("no-profile"));
    const CliRun run = runCli({ QStringLiteral("--profile"), missing, QStringLiteral("extract"),
        fixturePath(QStringLiteral("pages/seed-bare.html")) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no Tidings profile in")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFileInfo::exists(missing));

    // An existing folder without a database is no profile either.
    QVERIFY(QDir().mkpath(missing));
    const CliRun empty = runCli({ QStringLiteral("--profile"), missing, QStringLiteral("extract"),
        fixturePath(QStringLiteral("pages/seed-bare.html")) });
    QCOMPARE(empty.exitCode, 1);
    QVERIFY(QDir(missing).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliChips)
#include "tst_cli_chips.moc"
