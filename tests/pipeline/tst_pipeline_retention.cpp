// Retention through the pipeline, against a local server: it runs on the
// storage thread after a feed's refresh is stored, keeps starred stories,
// and a feed that still lists a removed story never brings it back as new.

#include "pipeline/pipeline.h"
#include "pipeline_fixture.h"
#include "storage/store.h"
#include "test_http_server.h"

#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Core;
using namespace TestSupport;
using namespace PipelineTest;

namespace {

// An RSS feed of `count` stories, story i published i days ago; its pages 404
// (cleaning fails, the feed's text stays), so only the feed matters here.
QByteArray dailyFeed(const TestHttpServer &server, int count)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                     "<title>Daily</title><link>"
        + server.url(QStringLiteral("/")).toEncoded() + "</link><description>Test</description>\n";
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><guid isPermaLink=\"false\">daily-" + n + "</guid><title>Daily story " + n + "</title><link>"
            + server.url(QStringLiteral("/page") + QString::fromLatin1(n)).toEncoded() + "</link><pubDate>"
            + now.addDays(-i).addSecs(-60).toString(Qt::RFC2822Date).toLatin1() + "</pubDate><description>Story " + n
            + "</description></item>\n";
    }
    return xml + "</channel></rss>\n";
}

} // namespace

class TestPipelineRetention final : public QObject, private PipelineFixture {
    Q_OBJECT

private Q_SLOTS:
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void retentionRunsAfterARefreshOnTheStorageThread()
    {
        int count = 6;
        m_server->route("/daily.xml", [&](const HttpRequest &) {
            return TestHttpServer::ok(dailyFeed(*m_server, count), "application/rss+xml");
        });
        const SubscriptionId feed
            = m_store->addSubscription(m_server->url(QStringLiteral("/daily.xml")).toString()).value();
        Pipeline pipeline(m_store.get());
        QMutex mutex;
        QList<QThread *> retentionThreads;
        pipeline.setWriteObserver([&](const QString &operation, qint64) {
            if (operation == QLatin1String("applyRetention")) {
                QMutexLocker locker(&mutex);
                retentionThreads.append(QThread::currentThread());
            }
        });
        QSignalSpy added(&pipeline, &Pipeline::storiesAdded);
        QSignalSpy removed(&pipeline, &Pipeline::storiesRemoved);
        QSignalSpy refreshed(&pipeline, &Pipeline::feedRefreshed);

        // No limits yet: all six arrive.
        QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
        QCOMPARE(m_store->countStories({}), 6);
        QCOMPARE(removed.size(), 0);
        const QList<StoryRow> rows = m_store->stories({});
        QCOMPARE(rows.last().title, QStringLiteral("Daily story 5"));
        QVERIFY(m_store->setStarred(rows.last().id, true)); // five days old, starred
        QVERIFY(m_store->setRead(rows.at(4).id, true)); // four days old, read

        // The app keeps three days: setting it runs a pass over every feed.
        QVERIFY(runUntilIdle(pipeline, [&] { pipeline.setRetentionDefaults({ 3, 0 }); }));
        // Stories 3 (unread) and 4 (read) are older than three days; 5 is starred.
        QCOMPARE(removed.size(), 1);
        const QList<StoryId> gone = removed.constFirst().at(0).value<QList<StoryId>>();
        QCOMPARE(QSet<StoryId>(gone.cbegin(), gone.cend()), (QSet<StoryId> { rows.at(3).id, rows.at(4).id }));
        QCOMPARE(m_store->countStories({}), 4);
        QVERIFY(m_store->story(rows.last().id)); // starred: kept

        // The feed still lists all six: nothing comes back as new.
        added.clear();
        refreshed.clear();
        QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
        QCOMPARE(added.size(), 0);
        QCOMPARE(refreshed.size(), 1);
        QCOMPARE(refreshed.constFirst().at(0).value<FeedRefreshResult>().newStories, 0);
        QCOMPARE(m_store->countStories({}), 4);
        QCOMPARE(m_store->subscriptions().constFirst().unreadCount, 4);

        // The feed's own setting beats the app's: two stories, and the starred one.
        SubscriptionSettings settings;
        settings.keepCount = 2;
        settings.keepDays = -1;
        QVERIFY(m_store->setSubscriptionSettings(feed, settings));
        removed.clear();
        count = 8; // two older stories appear in the feed: removed at once, never announced
        QVERIFY(runUntilIdle(pipeline, [&] { pipeline.refreshAll(); }));
        QCOMPARE(added.size(), 0);
        QCOMPARE(removed.size(), 1);
        // Story 2, and 6 and 7 as soon as they were stored.
        QCOMPARE(removed.constFirst().at(0).value<QList<StoryId>>().size(), 3);
        QStringList titles;
        for (const StoryRow &row : m_store->stories({}))
            titles.append(row.title);
        QCOMPARE(titles,
            (QStringList {
                QStringLiteral("Daily story 0"), QStringLiteral("Daily story 1"), QStringLiteral("Daily story 5") }));
        QCOMPARE(m_store->subscriptions().constFirst().unreadCount, 3);

        QMutexLocker locker(&mutex);
        QVERIFY(!retentionThreads.isEmpty());
        for (QThread *thread : std::as_const(retentionThreads)) {
            QVERIFY(thread != QThread::currentThread());
            QCOMPARE(thread->objectName(), QStringLiteral("storage"));
        }
    }
};

QTEST_GUILESS_MAIN(TestPipelineRetention)
#include "tst_pipeline_retention.moc"
