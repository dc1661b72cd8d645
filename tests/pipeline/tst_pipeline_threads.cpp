// The pipeline's threads: cleaning and its backlog, idle, shutdown, and
// every write on the storage thread, committed before it is announced.

#include "extract/article_extractor.h"
#include "net/fetcher.h"
#include "parser_worker.h"
#include "pipeline/pipeline.h"
#include "pipeline_fixture.h"
#include "storage/store.h"
#include "test_feeds.h"
#include "test_http_server.h"

#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWaitCondition>

#include <condition_variable>
#include <mutex>

using namespace Core;
using namespace TestSupport;
using namespace PipelineTest;

class TestPipelineThreads final : public QObject, private PipelineFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }
    void cleanStoryDropsStaleResults();
    void backlogAndOutdatedArticlesAreCleaned();
    void idleWhenNothingToDo();
    void shutdownMidRefresh();
    void writesRunOnTheStorageThread();
    void shutdownCommitsHandedOverWrites();
};

void TestPipelineThreads::cleanStoryDropsStaleResults()
{
    Site site { "/again", "Again", 1 };
    serveSite(*m_server, &site);
    m_store->addSubscription(m_server->url(QStringLiteral("/again/feed.xml")).toString()).value();
    Pipeline pipeline(m_store.get());
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    const StoryId id = m_store->stories({}).constFirst().id;

    QSignalSpy started(&pipeline, &Pipeline::cleaningStarted);
    QSignalSpy saved(&pipeline, &Pipeline::articleSaved);
    QSignalSpy failed(&pipeline, &Pipeline::cleaningFailed);
    m_server->clearLog();
    QVERIFY(runUntilIdle(pipeline, [&] {
        pipeline.cleanStory(id);
        pipeline.cleanStory(id); // supersedes the first
    }));
    QCOMPARE(started.size(), 2);
    QCOMPARE(pageRequests(*m_server), 2);
    QCOMPARE(saved.size() + failed.size(), 1); // the first result was dropped
    QCOMPARE(pipeline.progress().pagesDone, pipeline.progress().pagesQueued);
}

void TestPipelineThreads::backlogAndOutdatedArticlesAreCleaned()
{
    // An earlier session stored three stories and quit: one never cleaned,
    // one cleaned by an older extractor, one cleaned by this one. (The feed
    // lists none now; their pages are still served.)
    Site site { "/later", "Later", 0 };
    serveSite(*m_server, &site);
    const SubscriptionId sub = *m_store->addSubscription(m_server->url(QStringLiteral("/later/feed.xml")).toString());
    QList<ParsedItem> items;
    for (int i = 0; i < 3; ++i) {
        ParsedItem item;
        item.id = QStringLiteral("/later-%1").arg(i);
        item.title = QStringLiteral("Later story %1").arg(i);
        item.link = m_server->url(QString::fromLatin1(site.pagePath(i))).toString();
        item.published = QDateTime::currentDateTimeUtc().addSecs(-3600 * (i + 1));
        items.append(item);
    }
    const Result<QList<StoryId>> ids = m_store->upsertStories(sub, items);
    QVERIFY(ids && ids->size() == 3);
    Article old;
    old.readerable = true;
    old.text = QStringLiteral("What an old cleaner made of it.");
    old.extractorVersion = ArticleExtractor::Version - 1;
    QVERIFY(m_store->saveArticle(ids->at(1), old));
    Article current = old;
    current.text = QStringLiteral("Already clean.");
    current.extractorVersion = ArticleExtractor::Version;
    QVERIFY(m_store->saveArticle(ids->at(2), current));

    Pipeline pipeline(m_store.get());
    QSignalSpy saved(&pipeline, &Pipeline::articleSaved);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QList<StoryId> cleaned;
    for (const QList<QVariant> &args : std::as_const(saved))
        cleaned.append(args.at(0).value<StoryId>());
    std::sort(cleaned.begin(), cleaned.end());
    QCOMPARE(cleaned, (QList<StoryId> { ids->at(0), ids->at(1) }));
    for (StoryId id : { ids->at(0), ids->at(1) }) {
        const std::optional<StoryDetail> detail = m_store->story(id);
        QVERIFY(detail && detail->article);
        QCOMPARE(detail->article->extractorVersion, ArticleExtractor::Version);
        QVERIFY(detail->article->text.contains(QStringLiteral("harbour plan")));
    }
    QCOMPARE(m_store->story(ids->at(2))->article->text, QStringLiteral("Already clean."));
    QVERIFY(m_store->storiesWithoutArticle().isEmpty());

    // Nothing is left to do: the next refresh fetches no page.
    const int pagesBefore = pageRequests(*m_server);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(pageRequests(*m_server), pagesBefore);
}

void TestPipelineThreads::idleWhenNothingToDo()
{
    Pipeline pipeline(m_store.get());
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QVERIFY(!pipeline.isBusy());
}

void TestPipelineThreads::shutdownMidRefresh()
{
    Site site { "/slow", "Slow", 3 };
    serveSite(*m_server, &site);
    for (int i = 0; i < 3; ++i) {
        HttpResponse stalled = TestHttpServer::ok(articlePage("slow", i), "text/html");
        stalled.stall = true;
        m_server->serve(site.pagePath(i), stalled);
    }
    m_store->addSubscription(m_server->url(QStringLiteral("/slow/feed.xml")).toString()).value();
    {
        Pipeline pipeline(m_store.get());
        QSignalSpy added(&pipeline, &Pipeline::storiesAdded);
        pipeline.refreshAll();
        QVERIFY(added.wait(Patience));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->inFlight(), 2, Patience); // two pages per host, both hanging
        QVERIFY(pipeline.isBusy());
    } // destroyed mid-flight: replies aborted, parser thread joined
    QCOMPARE(m_store->countStories({}), 3); // what was committed stays
    QTRY_COMPARE(m_server->inFlight(), 0);
}

// Every write the pipeline makes runs on its "storage" thread, and each
// signal about stored data comes after the commit: a read through the GUI
// thread's own connection, made in the slot, already sees it.
void TestPipelineThreads::writesRunOnTheStorageThread()
{
    Site one { "/one", "Harbour Gazette", 3 };
    serveSite(*m_server, &one);
    Site broken { "/broken", "Broken", 1 };
    broken.feedStatus = 500;
    serveSite(*m_server, &broken);
    m_store->addSubscription(m_server->url(QStringLiteral("/one/feed.xml")).toString()).value();
    const SubscriptionId failing
        = m_store->addSubscription(m_server->url(QStringLiteral("/broken/feed.xml")).toString()).value();

    QMutex mutex;
    QSet<QString> threads;
    QSet<QString> operations;
    Pipeline pipeline(m_store.get());
    pipeline.setWriteObserver([&](const QString &operation, qint64) {
        const QMutexLocker lock(&mutex);
        threads.insert(QThread::currentThread()->objectName());
        operations.insert(operation);
        if (QThread::currentThread() == QCoreApplication::instance()->thread())
            threads.insert(QStringLiteral("the GUI thread"));
    });
    int storiesSeen = 0;
    int articlesSeen = 0;
    connect(&pipeline, &Pipeline::storiesAdded, this, [&](SubscriptionId, const QList<StoryId> &ids) {
        for (StoryId id : ids)
            storiesSeen += m_store->story(id).has_value();
    });
    connect(&pipeline, &Pipeline::articleSaved, this, [&](StoryId id) {
        const std::optional<StoryDetail> detail = m_store->story(id);
        articlesSeen += detail && detail->article;
    });
    bool failureSeen = false;
    connect(&pipeline, &Pipeline::feedRefreshed, this, [&](const FeedRefreshResult &result) {
        if (result.id == failing)
            failureSeen = m_store->subscription(failing)->consecutiveFailures == 1;
    });
    QSignalSpy added(&pipeline, &Pipeline::subscriptionAdded);
    QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
    QCOMPARE(storiesSeen, 3);
    QCOMPARE(articlesSeen, 3);
    QVERIFY(failureSeen);

    Site two { "/two", "Valley Times", 2 };
    serveSite(*m_server, &two);
    QVERIFY(runUntilIdle(
        pipeline, [&] { pipeline.addSubscription(m_server->url(QStringLiteral("/two/feed.xml")).toString()); }));
    QCOMPARE(added.size(), 1);
    QVERIFY(m_store->subscription(added.constFirst().at(0).value<SubscriptionId>()));
    QCOMPARE(storiesSeen, 5);

    const QMutexLocker lock(&mutex);
    QCOMPARE(threads, QSet<QString>({ QStringLiteral("storage") }));
    for (const char *operation :
        { "upsertStories", "recordFetchSuccess", "recordFetchFailure", "saveArticle", "addSubscription" })
        QVERIFY2(operations.contains(QLatin1String(operation)), operation);
}

// Destroying the pipeline while article saves wait in the storage thread's
// queue commits them all before the thread ends.
void TestPipelineThreads::shutdownCommitsHandedOverWrites()
{
    Site site { "/many", "Many", 8 };
    serveSite(*m_server, &site);
    m_store->addSubscription(m_server->url(QStringLiteral("/many/feed.xml")).toString()).value();
    // The first article save holds the storage thread until released, so
    // the others pile up behind it.
    // std:: rather than QMutex and QWaitCondition: QWaitCondition unlocks and
    // relocks inside libQt6Core, which ThreadSanitizer cannot see.
    std::mutex mutex;
    std::condition_variable released;
    bool held = false;
    bool release = false;
    auto pipeline = std::make_unique<Pipeline>(m_store.get());
    pipeline->setWriteObserver([&](const QString &operation, qint64) {
        if (operation != QLatin1String("saveArticle"))
            return;
        std::unique_lock lock(mutex);
        held = true;
        released.wait(lock, [&] { return release; });
    });
    QSignalSpy saved(pipeline.get(), &Pipeline::articleSaved);
    pipeline->refreshAll();
    const auto isHeld = [&] {
        const std::lock_guard lock(mutex);
        return held;
    };
    QTRY_VERIFY_WITH_TIMEOUT(isHeld(), Patience);
    // Six pages are in flight at most; the pages stay in flight until saved.
    QTRY_COMPARE_WITH_TIMEOUT(pageRequests(*m_server), 6, Patience);
    // The parser thread cleans the six fetched pages; each is handed to the
    // storage thread, where all wait behind the held one.
    QTRY_COMPARE_WITH_TIMEOUT(pipeline->progress().pagesStoring, 6, Patience);
    QCOMPARE(m_server->inFlight(), 0);
    QCOMPARE(saved.size(), 0);
    {
        const std::lock_guard lock(mutex);
        release = true;
        released.notify_all();
    }
    pipeline.reset();
    int cleaned = 0;
    for (const StoryRow &row : m_store->stories({}))
        cleaned += row.cleaned;
    QCOMPARE(m_store->countStories({}), 8);
    QCOMPARE(cleaned, 6);
}

QTEST_GUILESS_MAIN(TestPipelineThreads)
#include "tst_pipeline_threads.moc"
