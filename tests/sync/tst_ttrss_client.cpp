// The Tiny Tiny RSS client and the pending-changes queue against a real
// tt-rss server (scripts/ttrss-server.sh), started once for all cases.

#include "sync/pending_changes.h"
#include "sync/sync_run.h"
#include "sync/ttrss_client.h"
#include "ttrss_server.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Sync;

namespace {

constexpr int Wait = 60000;

template <typename T> struct Got {
    bool done = false;
    RemoteError error;
    T value {};
};

template <typename T> auto catcher(const std::shared_ptr<Got<T>> &got)
{
    return [got](const RemoteError &error, const T &value) {
        got->error = error;
        got->value = value;
        got->done = true;
    };
}

struct Status {
    bool done = false;
    RemoteError error;
};

auto catcher(const std::shared_ptr<Status> &got)
{
    return [got](const RemoteError &error) {
        got->error = error;
        got->done = true;
    };
}

// A port nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

#define AWAIT(got) QTRY_VERIFY_WITH_TIMEOUT((got)->done, Wait)

class TstTtRssClient : public QObject {
    Q_OBJECT

private:
    TtRssServer m_server;

    std::unique_ptr<TtRssClient> client(const QString &user = {}, const QString &password = {}) const
    {
        return std::make_unique<TtRssClient>(QUrl(m_server.url()), user.isEmpty() ? m_server.user() : user,
            password.isEmpty() ? m_server.password() : password);
    }

    QList<RemoteStory> allStories(TtRssClient &c, qint64 since = 0)
    {
        auto got = std::make_shared<Got<QList<RemoteStory>>>();
        c.stories(since, catcher(got));
        [&] { AWAIT(got); }();
        if (got->error)
            qWarning("stories: %s", qPrintable(describe(got->error)));
        return got->value;
    }

    QList<qint64> ids(TtRssClient &c, StoryField field)
    {
        auto got = std::make_shared<Got<QList<qint64>>>();
        c.storiesWith(field, catcher(got));
        [&] { AWAIT(got); }();
        return got->value;
    }

    qint64 subscribe(TtRssClient &c, const QString &name, qint64 category = 0)
    {
        auto got = std::make_shared<Got<SubscribeResult>>();
        c.subscribe(QStringLiteral("http://203.0.113.10/") + name, category, catcher(got));
        [&] { AWAIT(got); }();
        [&] { QVERIFY2(!got->error, qPrintable(describe(got->error))); }();
        return got->value.feedId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TTRSS_START_OR_SKIP(m_server);
        // Two feeds, one in a folder ("category") made on the server's side:
        // API level 15 cannot make categories.
        QVERIFY(m_server.addCategory(QStringLiteral("News")));
        m_server.writeFeed(QStringLiteral("news.xml"), QStringLiteral("News feed"),
            { { QStringLiteral("n1"), QStringLiteral("First news") },
                { QStringLiteral("n2"), QStringLiteral("Second news") },
                { QStringLiteral("n3"), QStringLiteral("Third news") } });
        m_server.writeFeed(QStringLiteral("blog.xml"), QStringLiteral("A blog"),
            { { QStringLiteral("b1"), QStringLiteral("Blog post one") },
                { QStringLiteral("b2"), QStringLiteral("Blog post two") } });
    }

    void cleanupTestCase() { m_server.stop(); }

    void wrongPasswordIsSaid()
    {
        auto c = client(QString(), QStringLiteral("not the password"));
        auto got = std::make_shared<Status>();
        c->login(catcher(got));
        AWAIT(got);
        QCOMPARE(got->error.kind, RemoteError::Kind::WrongPassword);
        QVERIFY(c->sessionId().isEmpty());

        auto unknownUser = client(QStringLiteral("nobody"));
        got = std::make_shared<Status>();
        unknownUser->login(catcher(got));
        AWAIT(got);
        QCOMPARE(got->error.kind, RemoteError::Kind::WrongPassword);
    }

    void disabledApiIsSaid()
    {
        auto c = client(m_server.noApiUser());
        auto got = std::make_shared<Status>();
        c->login(catcher(got));
        AWAIT(got);
        QCOMPARE(got->error.kind, RemoteError::Kind::ApiDisabled);
    }

    void unreachableServerIsSaid()
    {
        TtRssClient c(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())), QStringLiteral("admin"),
            QStringLiteral("password"));
        auto got = std::make_shared<Got<QList<RemoteFeed>>>();
        c.feeds(catcher(got));
        AWAIT(got);
        QCOMPARE(got->error.kind, RemoteError::Kind::Unreachable);
    }

    void loginGivesSessionAndLevel()
    {
        auto c = client();
        auto got = std::make_shared<Status>();
        c->login(catcher(got));
        AWAIT(got);
        QVERIFY2(!got->error, qPrintable(describe(got->error)));
        QVERIFY(!c->sessionId().isEmpty());
        QCOMPARE(c->apiLevel(), 15);
    }

    void expiredSessionLogsInAgainSilently()
    {
        auto c = client();
        auto login = std::make_shared<Status>();
        c->login(catcher(login));
        AWAIT(login);
        const QString first = c->sessionId();
        QVERIFY(!first.isEmpty());
        // The server forgets every session.
        QVERIFY(m_server.sql(QStringLiteral("delete from ttrss_sessions;")));
        auto got = std::make_shared<Got<QList<RemoteCategory>>>();
        c->categories(catcher(got));
        AWAIT(got);
        QVERIFY2(!got->error, qPrintable(describe(got->error)));
        QVERIFY(!c->sessionId().isEmpty());
        QVERIFY(c->sessionId() != first);
    }

    void importsFoldersAndFeeds()
    {
        auto c = client();
        auto cats = std::make_shared<Got<QList<RemoteCategory>>>();
        c->categories(catcher(cats));
        AWAIT(cats);
        QVERIFY(!cats->error);
        qint64 news = 0;
        for (const RemoteCategory &cat : cats->value)
            if (cat.title == QLatin1String("News"))
                news = cat.id;
        QVERIFY2(news > 0, "the server's category is listed");

        const qint64 newsFeed = subscribe(*c, QStringLiteral("news.xml"), news);
        const qint64 blogFeed = subscribe(*c, QStringLiteral("blog.xml"));
        QVERIFY(newsFeed > 0 && blogFeed > 0 && newsFeed != blogFeed);
        QVERIFY(m_server.update());

        auto feeds = std::make_shared<Got<QList<RemoteFeed>>>();
        c->feeds(catcher(feeds));
        AWAIT(feeds);
        QVERIFY(!feeds->error);
        QCOMPARE(feeds->value.size(), 2);
        for (const RemoteFeed &f : feeds->value) {
            if (f.id == newsFeed) {
                QCOMPARE(f.title, QStringLiteral("News feed"));
                QCOMPARE(f.url, QStringLiteral("http://203.0.113.10/news.xml"));
                QCOMPARE(f.categoryId, news);
            } else {
                QCOMPARE(f.id, blogFeed);
                QCOMPARE(f.title, QStringLiteral("A blog"));
                QCOMPARE(f.categoryId, 0);
            }
        }
    }

    void fetchesStoriesIncrementallyInPages()
    {
        auto c = client();
        c->setPageSize(2); // five stories: three pages
        QSignalSpy progress(c.get(), &RemoteClient::progress);
        const QList<RemoteStory> all = allStories(*c);
        QCOMPARE(all.size(), 5);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.last().at(0).toInt(), 5);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).id < all.at(i).id);
        QStringList titles;
        for (const RemoteStory &s : all) {
            titles.append(s.title);
            QVERIFY(s.unread);
            QVERIFY(!s.starred);
            QVERIFY(s.feedId > 0);
            QVERIFY(s.updated.isValid());
        }
        QVERIFY(titles.contains(QStringLiteral("Second news")));
        const RemoteStory first = *std::find_if(
            all.begin(), all.end(), [](const RemoteStory &s) { return s.title == QLatin1String("First news"); });
        QCOMPARE(first.link, QStringLiteral("http://203.0.113.10/n1.html"));
        QVERIFY2(first.contentHtml.contains(QLatin1String("Body of First news")), qPrintable(first.contentHtml));

        // Nothing new since the newest.
        const qint64 newest = all.last().id;
        QVERIFY(allStories(*c, newest).isEmpty());

        // One new story on the server: only it comes.
        m_server.writeFeed(QStringLiteral("blog.xml"), QStringLiteral("A blog"),
            { { QStringLiteral("b1"), QStringLiteral("Blog post one") },
                { QStringLiteral("b2"), QStringLiteral("Blog post two") },
                { QStringLiteral("b3"), QStringLiteral("Blog post three") } });
        QVERIFY(m_server.update());
        const QList<RemoteStory> fresh = allStories(*c, newest);
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(fresh.first().title, QStringLiteral("Blog post three"));
        QVERIFY(fresh.first().id > newest);
    }

    void readAndStarredBothWays()
    {
        auto c = client();
        const QList<RemoteStory> all = allStories(*c);
        QVERIFY(all.size() >= 3);
        const qint64 a = all.at(0).id, b = all.at(1).id;

        // Tidings -> server.
        auto done = std::make_shared<Status>();
        c->mark({ a, b }, StoryField::Read, true, catcher(done));
        AWAIT(done);
        QVERIFY(!done->error);
        done = std::make_shared<Status>();
        c->mark({ a }, StoryField::Starred, true, catcher(done));
        AWAIT(done);
        QVERIFY(!done->error);
        QList<qint64> unread = ids(*c, StoryField::Read);
        QVERIFY(!unread.contains(a) && !unread.contains(b));
        QVERIFY(unread.contains(all.at(2).id));
        QCOMPARE(ids(*c, StoryField::Starred), QList<qint64> { a });

        // Server -> Tidings: changed on the server's side.
        QVERIFY(
            m_server.sql(QStringLiteral("update ttrss_user_entries set unread = true, marked = false where ref_id = %1;"
                                        "update ttrss_user_entries set marked = true where ref_id = %2;")
                             .arg(a)
                             .arg(b)));
        unread = ids(*c, StoryField::Read);
        QVERIFY(unread.contains(a));
        QVERIFY(!unread.contains(b));
        QCOMPARE(ids(*c, StoryField::Starred), QList<qint64> { b });
    }

    // The queue's durability across a restart is the store's
    // (tst_store_accounts, tst_account_sync); here: what fails stays queued.
    void offlineChangesStayQueuedAndAreSentLater()
    {
        auto live = client();
        const QList<RemoteStory> all = allStories(*live);
        QVERIFY(all.size() >= 4);
        const qint64 x = all.at(2).id, y = all.at(3).id;
        PendingChanges pending;
        {
            // The server is away: the changes stay queued.
            TtRssClient away(
                QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())), m_server.user(), m_server.password());
            pending.set(x, StoryField::Read, true);
            pending.set(y, StoryField::Starred, true);
            auto sent = std::make_shared<Status>();
            pending.send(away, catcher(sent));
            AWAIT(sent);
            QCOMPARE(sent->error.kind, RemoteError::Kind::Unreachable);
            QCOMPARE(pending.size(), 2);
        }
        // The server back.
        QCOMPARE(pending.pending(x, StoryField::Read), std::optional<bool>(true));
        auto sent = std::make_shared<Status>();
        pending.send(*live, catcher(sent));
        AWAIT(sent);
        QVERIFY2(!sent->error, qPrintable(describe(sent->error)));
        QVERIFY(pending.isEmpty());
        QVERIFY(!ids(*live, StoryField::Read).contains(x));
        QVERIFY(ids(*live, StoryField::Starred).contains(y));
    }

    void localPendingChangeWinsTheRestFollowsTheServer()
    {
        auto c = client();
        const QList<RemoteStory> all = allStories(*c);
        const qint64 z = all.at(4).id;
        // Both sides changed z: Tidings marked it read (not sent yet), the
        // server starred it and kept it unread.
        PendingChanges pending;
        pending.set(z, StoryField::Read, true);
        QVERIFY(m_server.sql(
            QStringLiteral("update ttrss_user_entries set unread = true, marked = true where ref_id = %1;").arg(z)));
        const StoryState server { !ids(*c, StoryField::Read).contains(z), ids(*c, StoryField::Starred).contains(z) };
        QCOMPARE(server, (StoryState { false, true }));
        QCOMPARE(pending.resolve(z, server), (StoryState { true, true }));
        // Other stories follow the server.
        QCOMPARE(pending.resolve(all.at(0).id, StoryState { false, false }), (StoryState { false, false }));
        // Once sent, both sides agree.
        auto sent = std::make_shared<Status>();
        pending.send(*c, catcher(sent));
        AWAIT(sent);
        QVERIFY(!sent->error);
        QVERIFY(!ids(*c, StoryField::Read).contains(z));
        QVERIFY(ids(*c, StoryField::Starred).contains(z));
        // A change made again while one was in flight is not forgotten.
        pending.set(z, StoryField::Read, false);
        pending.confirm(z, StoryField::Read, true);
        QCOMPARE(pending.pending(z, StoryField::Read), std::optional<bool>(false));
    }

    void subscribesAndUnsubscribes()
    {
        auto c = client();
        m_server.writeFeed(QStringLiteral("extra.xml"), QStringLiteral("Extra"),
            { { QStringLiteral("e1"), QStringLiteral("Extra one") } });
        auto got = std::make_shared<Got<SubscribeResult>>();
        c->subscribe(QStringLiteral("http://203.0.113.10/extra.xml"), 0, catcher(got));
        AWAIT(got);
        QVERIFY2(!got->error, qPrintable(describe(got->error)));
        QVERIFY(got->value.added);
        const qint64 feed = got->value.feedId;

        got = std::make_shared<Got<SubscribeResult>>();
        c->subscribe(QStringLiteral("http://203.0.113.10/extra.xml"), 0, catcher(got));
        AWAIT(got);
        QVERIFY(!got->error);
        QVERIFY(!got->value.added);
        QCOMPARE(got->value.feedId, feed);

        got = std::make_shared<Got<SubscribeResult>>();
        c->subscribe(QStringLiteral("http://203.0.113.10/missing.xml"), 0, catcher(got));
        AWAIT(got);
        QCOMPARE(got->error.kind, RemoteError::Kind::Refused);

        auto done = std::make_shared<Status>();
        c->unsubscribe(feed, catcher(done));
        AWAIT(done);
        QVERIFY(!done->error);
        auto feeds = std::make_shared<Got<QList<RemoteFeed>>>();
        c->feeds(catcher(feeds));
        AWAIT(feeds);
        for (const RemoteFeed &f : feeds->value)
            QVERIFY(f.id != feed);

        done = std::make_shared<Status>();
        c->unsubscribe(feed, catcher(done));
        AWAIT(done);
        QCOMPARE(done->error.kind, RemoteError::Kind::Refused);
        QCOMPARE(done->error.detail, QStringLiteral("FEED_NOT_FOUND"));
    }

    // Not in API level 15: through the server's own web handlers with the
    // API's session (see ttrss_client.h).
    void renamesAndMovesFeedsAndMakesFolders()
    {
        auto c = client();
        m_server.writeFeed(QStringLiteral("movable.xml"), QStringLiteral("Movable"),
            { { QStringLiteral("m1"), QStringLiteral("Movable one") } });
        auto sub = std::make_shared<Got<SubscribeResult>>();
        c->subscribe(QStringLiteral("http://203.0.113.10/movable.xml"), 0, catcher(sub));
        AWAIT(sub);
        QVERIFY2(!sub->error, qPrintable(describe(sub->error)));
        const qint64 feed = sub->value.feedId;
        const auto serverFeed = [&]() -> RemoteFeed {
            auto feeds = std::make_shared<Got<QList<RemoteFeed>>>();
            c->feeds(catcher(feeds));
            [&] { AWAIT(feeds); }();
            for (const RemoteFeed &f : feeds->value)
                if (f.id == feed)
                    return f;
            return {};
        };

        // A title with the characters a form mangles when badly encoded.
        const QString title = QStringLiteral("Renamed & r\u00e9nam\u00e9 +1 100%");
        auto done = std::make_shared<Status>();
        c->renameFeed(feed, QStringLiteral("  ") + title + QStringLiteral(" "), catcher(done));
        AWAIT(done);
        QVERIFY2(!done->error, qPrintable(describe(done->error)));
        QCOMPARE(serverFeed().title, title);
        QCOMPARE(serverFeed().url, QStringLiteral("http://203.0.113.10/movable.xml")); // nothing else changed

        auto made = std::make_shared<Got<qint64>>();
        c->addCategory(QStringLiteral("Made here"), catcher(made));
        AWAIT(made);
        QVERIFY2(!made->error, qPrintable(describe(made->error)));
        QVERIFY(made->value > 0);
        auto again = std::make_shared<Got<qint64>>();
        c->addCategory(QStringLiteral("Made here"), catcher(again));
        AWAIT(again);
        QVERIFY(!again->error);
        QCOMPARE(again->value, made->value); // no second folder of that name

        done = std::make_shared<Status>();
        c->moveFeed(feed, made->value, catcher(done));
        AWAIT(done);
        QVERIFY2(!done->error, qPrintable(describe(done->error)));
        QCOMPARE(serverFeed().categoryId, made->value);
        QCOMPARE(serverFeed().title, title);

        // The server forgets its sessions: the client logs in again, with a new form token.
        QVERIFY(m_server.sql(QStringLiteral("delete from ttrss_sessions;")));
        done = std::make_shared<Status>();
        c->moveFeed(feed, 0, catcher(done));
        AWAIT(done);
        QVERIFY2(!done->error, qPrintable(describe(done->error)));
        QCOMPARE(serverFeed().categoryId, 0);

        done = std::make_shared<Status>();
        c->moveFeed(feed, 987654, catcher(done));
        AWAIT(done);
        QCOMPARE(done->error.kind, RemoteError::Kind::Refused);
        QCOMPARE(done->error.detail, QStringLiteral("CATEGORY_NOT_FOUND"));

        done = std::make_shared<Status>();
        c->renameFeed(feed, QStringLiteral("   "), catcher(done));
        AWAIT(done);
        QCOMPARE(done->error.kind, RemoteError::Kind::Refused);
        QCOMPARE(serverFeed().title, title);

        done = std::make_shared<Status>();
        c->renameFeed(987654, QStringLiteral("Nobody"), catcher(done));
        AWAIT(done);
        QCOMPARE(done->error.kind, RemoteError::Kind::Refused);
        QCOMPARE(done->error.detail, QStringLiteral("FEED_NOT_FOUND"));

        // A wrong password is said as such, never as a refused change.
        auto wrong = client(QString(), QStringLiteral("not the password"));
        done = std::make_shared<Status>();
        wrong->renameFeed(feed, QStringLiteral("Nope"), catcher(done));
        AWAIT(done);
        QCOMPARE(done->error.kind, RemoteError::Kind::WrongPassword);
        QCOMPARE(serverFeed().title, title);

        done = std::make_shared<Status>();
        c->unsubscribe(feed, catcher(done));
        AWAIT(done);
        QVERIFY(!done->error);
    }

    void fullSyncSendsLocalChangesFirstThenFollowsTheServer()
    {
        auto c = client();
        const QList<RemoteStory> all = allStories(*c);
        QVERIFY(all.size() >= 6);
        const qint64 a = all.at(0).id, b = all.at(1).id;
        // Both sides changed a: read here (pending), starred and unread there.
        // b changed only on the server.
        QVERIFY(m_server.sql(
            QStringLiteral("update ttrss_user_entries set unread = true, marked = true where ref_id = %1;"
                           "update ttrss_user_entries set unread = false, marked = false where ref_id = %2;")
                .arg(a)
                .arg(b)));
        PendingChanges pending;
        pending.set(a, StoryField::Read, true);

        QList<SyncStep> steps;
        bool finished = false;
        RemoteError error;
        SyncSnapshot snapshot;
        runSync(
            *c, pending, 0,
            [&](SyncStep step, int) {
                if (steps.isEmpty() || steps.last() != step)
                    steps.append(step);
            },
            [&](const RemoteError &e, const SyncSnapshot &s) {
                error = e;
                snapshot = s;
                finished = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(finished, Wait);
        QVERIFY2(!error, qPrintable(describe(error)));
        QVERIFY(snapshot.complete);
        QCOMPARE(steps,
            (QList<SyncStep> {
                SyncStep::SendingChanges, SyncStep::Folders, SyncStep::Feeds, SyncStep::Stories, SyncStep::States }));
        QVERIFY(pending.isEmpty());
        QCOMPARE(snapshot.feeds.size(), 2);
        QVERIFY(std::any_of(snapshot.categories.begin(), snapshot.categories.end(),
            [](const RemoteCategory &cat) { return cat.title == QLatin1String("News"); }));
        QCOMPARE(snapshot.stories.size(), all.size());
        QCOMPARE(snapshot.sinceId, all.last().id);
        // The local change won, the rest followed the server; both sides agree.
        QCOMPARE(snapshot.state(a, pending), (StoryState { true, true }));
        QCOMPARE(snapshot.state(b, pending), (StoryState { true, false }));
        QVERIFY(!snapshot.unread.contains(a));

        // The next sync is incremental: nothing new.
        finished = false;
        runSync(*c, pending, snapshot.sinceId, {}, [&](const RemoteError &e, const SyncSnapshot &s) {
            error = e;
            snapshot = s;
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, Wait);
        QVERIFY(!error);
        QVERIFY(snapshot.stories.isEmpty());
        QCOMPARE(snapshot.sinceId, all.last().id);
    }

    // Last: it ends the server in the middle of a sync.
    void serverThatDiesMidSyncLosesNothing()
    {
        auto c = client();
        c->setPageSize(1);
        const QList<RemoteStory> all = allStories(*c);
        QVERIFY(all.size() >= 3);
        PendingChanges pending;
        bool finished = false;
        RemoteError error;
        SyncSnapshot snapshot;
        runSync(
            *c, pending, 0,
            [&](SyncStep step, int stories) {
                if (step == SyncStep::Stories && stories == 1) {
                    // A change made while the sync runs, then the server dies.
                    pending.set(all.first().id, StoryField::Starred, true);
                    m_server.stop();
                }
            },
            [&](const RemoteError &e, const SyncSnapshot &s) {
                error = e;
                snapshot = s;
                finished = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(finished, Wait);
        QCOMPARE(error.kind, RemoteError::Kind::Unreachable);
        QVERIFY(!snapshot.complete);
        QCOMPARE(snapshot.sinceId, 0); // the next sync fetches everything again
        QCOMPARE(pending.pending(all.first().id, StoryField::Starred), std::optional<bool>(true));
    }
};

QTEST_GUILESS_MAIN(TstTtRssClient)
#include "tst_ttrss_client.moc"
