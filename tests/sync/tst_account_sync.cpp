// A Tiny Tiny RSS account synced into a real store (Core::AccountSync) and
// through tidings-cli, against a real tt-rss (scripts/ttrss-server.sh),
// started once for all cases. The account reaches the server through a TCP
// relay in this process, which the tests close and open again: the server
// "stopped" and "back" without losing its database, and a server that dies
// in the middle of a sync.

#include "pipeline/account_sync.h"
#include "pipeline/pipeline.h"
#include "pipeline/refresh_schedule.h"
#include "pipeline/storage_writer.h"
#include "storage/store.h"
#include "sync/account.h"
#include "sync/ttrss_client.h"
#include "test_http_server.h"
#include "test_support.h"
#include "ttrss_server.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Core;

namespace {

constexpr int Wait = 60000;

// Relays TCP connections from its own port to tt-rss's. stop() ends every
// connection and stops listening; start() listens on the same port again.
// dieAt(op, n): the n-th request naming that API op ends everything, as a
// server dying half-way through a sync.
class TcpRelay final : public QObject {
public:
    explicit TcpRelay(quint16 target)
        : m_target(target)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TcpRelay::accept);
    }

    bool start()
    {
        if (!m_server.listen(QHostAddress::LocalHost, m_port))
            return false;
        m_port = m_server.serverPort();
        return true;
    }
    void stop()
    {
        m_server.close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets))
            if (socket)
                socket->abort();
        m_sockets.clear();
    }
    quint16 port() const { return m_port; }
    void dieAt(const QByteArray &op, int nth)
    {
        m_dieOp = op;
        m_dieAt = nth;
        m_seen = 0;
    }
    bool died() const { return m_died; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            m_sockets << client << upstream;
            connect(client, &QTcpSocket::readyRead, this, [this, client, upstream] {
                const QByteArray bytes = client->readAll();
                if (!m_dieOp.isEmpty()
                    && bytes.contains(QByteArray(QByteArray("\"op\":\"") + m_dieOp + QByteArray("\"")))
                    && ++m_seen == m_dieAt) {
                    m_dieOp.clear();
                    m_died = true;
                    stop();
                    return;
                }
                upstream->write(bytes);
            });
            connect(upstream, &QTcpSocket::readyRead, this, [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_server;
    quint16 m_target = 0;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
    QByteArray m_dieOp;
    int m_dieAt = 0;
    int m_seen = 0;
    bool m_died = false;
};

QByteArray articlePage(const QString &title)
{
    QString words;
    for (int i = 0; i < 40; ++i)
        words += QStringLiteral("The Lindqvist glacier report describes melting ice in Greenland and its meaning. ");
    return QStringLiteral("<!doctype html><html><head><title>%1</title></head><body><article><h1>%1</h1>"
                          "<p>%2</p><p>%2</p></article></body></html>")
        .arg(title, words)
        .toUtf8();
}

StoryFilter unreadFilter()
{
    StoryFilter filter;
    filter.kind = StoryFilter::Kind::Unread;
    return filter;
}

} // namespace

class TstAccountSync : public QObject {
    Q_OBJECT

private:
    TtRssServer m_server;
    std::unique_ptr<TcpRelay> m_relay;
    TestSupport::TestHttpServer m_pages; // the stories' web pages, for cleaning
    QTemporaryDir m_profile;
    Sync::AccountInfo m_account;
    std::unique_ptr<StorageWriter> m_writer;
    std::unique_ptr<AccountSync> m_sync;
    std::unique_ptr<Store> m_store; // reads, as the GUI's connection would
    qint64 m_newsCategory = 0;

    // A feed of (guid, title) items; their links are on a documentation
    // address (tt-rss drops a link's port), which m_pages answers as a proxy.
    void writeFeed(const QString &name, const QString &title, const QStringList &guids)
    {
        QString xml = QStringLiteral("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>%1</title>"
                                     "<link>http://203.0.113.10/</link>")
                          .arg(title);
        int n = 0;
        for (const QString &guid : guids) {
            ++n;
            xml += QStringLiteral("<item><guid>%1</guid><title>Story %1</title><link>%2</link>"
                                  "<pubDate>Mon, 0%3 Dec 2026 10:00:00 GMT</pubDate>"
                                  "<description>&lt;p&gt;Body of %1&lt;/p&gt;</description></item>")
                       .arg(guid, QStringLiteral("http://203.0.113.10/") + guid + QStringLiteral(".html"))
                       .arg(std::min(n, 9));
        }
        xml += QStringLiteral("</channel></rss>");
        QFile file(m_server.feedsDir() + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(xml.toUtf8());
    }

    QString serverUrlThroughRelay() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_relay->port()); }

    void openProfile()
    {
        m_writer = std::make_unique<StorageWriter>(m_profile.path());
        m_sync = std::make_unique<AccountSync>(m_writer.get());
        auto store = Store::open(m_profile.path());
        QVERIFY2(store, store ? "" : qPrintable(describe(store.error())));
        m_store = std::move(store.value());
    }

    void closeProfile()
    {
        m_sync.reset();
        m_writer.reset();
        m_store.reset();
    }

    AccountSyncResult syncNow(const Sync::AccountInfo &account)
    {
        QSignalSpy finished(m_sync.get(), &AccountSync::finished);
        [&] { QVERIFY(m_sync->sync(account, m_server.password())); }();
        [&] { QVERIFY(finished.wait(Wait)); }();
        if (finished.isEmpty())
            return {};
        const auto result = finished.first().first().value<AccountSyncResult>();
        return result;
    }

    AccountSyncResult syncNow() { return syncNow(currentAccount()); }

    Sync::AccountInfo currentAccount() const
    {
        Sync::AccountList list;
        if (!list.load(m_profile.path()))
            return {};
        return list.find(m_account.id).value_or(Sync::AccountInfo {});
    }

    StoryId storyByGuid(const QString &guid) const
    {
        for (const StoryRow &row : m_store->stories({}, std::nullopt, 1000))
            if (row.title == QStringLiteral("Story ") + guid)
                return row.id;
        return 0;
    }

    template <typename W> auto write(W w) { return m_writer->writeAndWait(std::move(w)); }

    // The server's own word: which stories are unread, which starred.
    QList<qint64> serverIds(Sync::StoryField field)
    {
        Sync::TtRssClient client(QUrl(m_server.url()), m_server.user(), m_server.password());
        bool done = false;
        QList<qint64> ids;
        client.storiesWith(field, [&](const Sync::RemoteError &error, const QList<qint64> &got) {
            if (error)
                qWarning("storiesWith: %s", qPrintable(Sync::describe(error)));
            ids = got;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, Wait); }();
        return ids;
    }

    qint64 remoteOf(StoryId id) const { return m_store->storyRemoteId(id).toLongLong(); }

private Q_SLOTS:
    void initTestCase()
    {
        TTRSS_START_OR_SKIP(m_server);
        QVERIFY(m_pages.listen());
        m_pages.setFallback([](const TestSupport::HttpRequest &request) {
            return TestSupport::TestHttpServer::ok(
                articlePage(QString::fromUtf8(request.path.mid(1))), "text/html; charset=utf-8");
        });
        m_relay = std::make_unique<TcpRelay>(QUrl(m_server.url()).port());
        QVERIFY(m_relay->start());

        // A folder (tt-rss API level 15 cannot make one) and two feeds.
        QVERIFY(m_server.addCategory(QStringLiteral("News")));
        writeFeed(QStringLiteral("news.xml"), QStringLiteral("News feed"),
            { QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3") });
        writeFeed(QStringLiteral("blog.xml"), QStringLiteral("A blog"), { QStringLiteral("b1"), QStringLiteral("b2") });
        Sync::TtRssClient client(QUrl(m_server.url()), m_server.user(), m_server.password());
        bool done = false;
        client.categories([&](const Sync::RemoteError &, const QList<Sync::RemoteCategory> &list) {
            for (const Sync::RemoteCategory &category : list)
                if (category.title == QLatin1String("News"))
                    m_newsCategory = category.id;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, Wait);
        QVERIFY(m_newsCategory > 0);
        for (const auto &[name, category] : { std::pair { QStringLiteral("news.xml"), m_newsCategory },
                 std::pair { QStringLiteral("blog.xml"), 0LL } }) {
            done = false;
            Sync::RemoteError error;
            client.subscribe(QStringLiteral("http://203.0.113.10/") + name, category,
                [&](const Sync::RemoteError &e, const Sync::SubscribeResult &) {
                    error = e;
                    done = true;
                });
            QTRY_VERIFY_WITH_TIMEOUT(done, Wait);
            QVERIFY2(!error, qPrintable(Sync::describe(error)));
        }
        QVERIFY(m_server.update());

        Sync::AccountList list;
        m_account = list.add(Sync::AccountKind::TtRss, QUrl(serverUrlThroughRelay()), m_server.user(), {});
        QVERIFY(list.save(m_profile.path()));
        openProfile();
    }

    void cleanupTestCase()
    {
        closeProfile();
        m_server.stop();
    }

    void firstSyncImportsFoldersFeedsAndStories()
    {
        QSignalSpy progress(m_sync.get(), &AccountSync::progress);
        const AccountSyncResult result = syncNow();
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QVERIFY(result.complete);
        QCOMPARE(result.feeds.added.size(), 2);
        QCOMPARE(result.added.size(), 5);
        QVERIFY(!progress.isEmpty());

        const QList<Folder> folders = m_store->folders();
        QCOMPARE(folders.size(), 1);
        QCOMPARE(folders.first().name, QStringLiteral("News"));
        QCOMPARE(folders.first().accountId, m_account.id);
        QCOMPARE(folders.first().remoteId, QString::number(m_newsCategory));
        const QList<Subscription> subscriptions = m_store->subscriptions();
        QCOMPARE(subscriptions.size(), 2);
        for (const Subscription &sub : subscriptions) {
            QCOMPARE(sub.accountId, m_account.id);
            QVERIFY(!sub.remoteId.isEmpty());
            if (sub.title == QLatin1String("News feed")) {
                QCOMPARE(sub.folderId, folders.first().id);
                QCOMPARE(sub.url, QStringLiteral("http://203.0.113.10/news.xml"));
            } else {
                QCOMPARE(sub.title, QStringLiteral("A blog"));
                QCOMPARE(sub.folderId, 0);
            }
            // The local refresh never fetches a server's feed.
            QVERIFY(!nextRefreshDue(sub, RefreshRules {}).isValid());
        }
        QCOMPARE(m_store->countStories({}), 5);
        QCOMPARE(m_store->countStories(unreadFilter()), 5);
        const StoryId n1 = storyByGuid(QStringLiteral("n1"));
        QVERIFY(n1);
        QCOMPARE(m_store->storyAccount(n1), m_account.id);
        QVERIFY(m_store->story(n1)->contentHtml.contains(QLatin1String("Body of n1")));
        // Only a complete sync moves the account on.
        qint64 newest = 0;
        for (StoryId id : result.added)
            newest = std::max(newest, remoteOf(id));
        QCOMPARE(currentAccount().sinceId, newest);
        QCOMPARE(result.sinceId, newest);

        // The new stories are in the clean queue; the pipeline cleans their
        // pages like a local feed's and tags them.
        QCOMPARE(m_store->storiesWithoutArticle(100).size(), 5);
        // The pages come from m_pages, as this process's HTTP proxy.
        const QNetworkProxy before = QNetworkProxy::applicationProxy();
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_pages.port()));
        Pipeline pipeline(m_store.get(), m_writer.get());
        QSignalSpy idle(&pipeline, &Pipeline::idle);
        pipeline.cleanStories(result.added);
        const bool wentIdle = idle.wait(Wait);
        QNetworkProxy::setApplicationProxy(before);
        QVERIFY(wentIdle);
        QVERIFY(m_store->storiesWithoutArticle(100).isEmpty());
        const auto detail = m_store->story(n1);
        QVERIFY2(detail->article, qPrintable(describe(detail->cleanError) + QLatin1Char(' ') + detail->row.link));
        QVERIFY(detail->article->text.contains(QLatin1String("Lindqvist glacier")));
        QVERIFY2(!detail->topics.isEmpty(), "the cleaned story has topic chips");
        // Refreshing the profile fetches none of the server's feeds itself.
        pipeline.refreshAll(RefreshPolicy::Reload);
        QCOMPARE(pipeline.progress().feedsTotal, 0);
        const QList<TestSupport::HttpRequest> requests = m_pages.requests();
        QVERIFY(std::any_of(requests.cbegin(), requests.cend(),
            [](const TestSupport::HttpRequest &request) { return request.path.endsWith("/n1.html"); }));
    }

    void laterSyncsFetchOnlyNewStories()
    {
        writeFeed(QStringLiteral("blog.xml"), QStringLiteral("A blog"),
            { QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3") });
        QVERIFY(m_server.update());
        const qint64 before = currentAccount().sinceId;
        m_sync->setPageSize(1); // pages of one: several requests
        const AccountSyncResult result = syncNow();
        m_sync->setPageSize(200);
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(result.added.size(), 1);
        QCOMPARE(m_store->story(result.added.first())->row.title, QStringLiteral("Story b3"));
        QVERIFY(currentAccount().sinceId > before);
        QCOMPARE(m_store->countStories({}), 6);
        QVERIFY(result.feeds.added.isEmpty() && result.feeds.removed.isEmpty());
    }

    void readAndStarredGoBothWays()
    {
        const StoryId n1 = storyByGuid(QStringLiteral("n1"));
        const StoryId n2 = storyByGuid(QStringLiteral("n2"));
        QVERIFY(n1 && n2);
        // The server: n1 read and starred.
        QVERIFY(m_server.sql(
            QStringLiteral("update ttrss_user_entries set unread = false, marked = true where ref_id = %1;")
                .arg(remoteOf(n1))));
        // Here: n2 read and starred, queued with the change.
        QVERIFY(write([n2](Store &store) { return store.setRead(n2, true); }));
        QVERIFY(write([n2](Store &store) { return store.setStarred(n2, true); }));
        QCOMPARE(m_store->pendingChanges(m_account.id).size(), 2);

        const AccountSyncResult result = syncNow();
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(result.changesSent, 2);
        QVERIFY(m_store->pendingChanges(m_account.id).isEmpty());
        QVERIFY(result.stateChanged.contains(n1));
        QVERIFY(m_store->story(n1)->row.read);
        QVERIFY(m_store->story(n1)->row.starred);
        QVERIFY(m_store->story(n2)->row.read);
        QVERIFY(m_store->story(n2)->row.starred);
        QVERIFY(!serverIds(Sync::StoryField::Read).contains(remoteOf(n2)));
        QVERIFY(serverIds(Sync::StoryField::Starred).contains(remoteOf(n2)));
    }

    void offlineChangesSurviveARestartAndAreSentWhenTheServerIsBack()
    {
        const StoryId n3 = storyByGuid(QStringLiteral("n3"));
        const StoryId b1 = storyByGuid(QStringLiteral("b1"));
        m_relay->stop(); // the server is away
        QVERIFY(write([n3](Store &store) { return store.setRead(n3, true); }));
        QVERIFY(write([b1](Store &store) { return store.setStarred(b1, true); }));
        const qint64 since = currentAccount().sinceId;
        AccountSyncResult result = syncNow();
        QCOMPARE(result.remoteError.kind, Sync::RemoteError::Kind::Unreachable);
        QVERIFY(!result.complete);
        QVERIFY(!result.errorText().isEmpty());
        QCOMPARE(currentAccount().sinceId, since);
        QCOMPARE(m_store->pendingChanges(m_account.id).size(), 2);

        // Tidings restarts while the server is still away.
        closeProfile();
        openProfile();
        QCOMPARE(m_store->pendingChanges(m_account.id).size(), 2);
        QVERIFY(m_store->story(n3)->row.read);

        // The server is back.
        QVERIFY(m_relay->start());
        result = syncNow();
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(result.changesSent, 2);
        QVERIFY(m_store->pendingChanges(m_account.id).isEmpty());
        QVERIFY(!serverIds(Sync::StoryField::Read).contains(remoteOf(n3)));
        QVERIFY(serverIds(Sync::StoryField::Starred).contains(remoteOf(b1)));
        QVERIFY(m_store->story(n3)->row.read);
        QVERIFY(m_store->story(b1)->row.starred);
    }

    void aPendingLocalChangeWinsAConflict()
    {
        const StoryId b2 = storyByGuid(QStringLiteral("b2"));
        QVERIFY(!m_store->story(b2)->row.read);
        // Offline here: b2 read. Meanwhile on the server: b2 stays unread but is starred.
        m_relay->stop();
        QVERIFY(write([b2](Store &store) { return store.setRead(b2, true); }));
        QCOMPARE(syncNow().remoteError.kind, Sync::RemoteError::Kind::Unreachable);
        QVERIFY(
            m_server.sql(QStringLiteral("update ttrss_user_entries set unread = true, marked = true where ref_id = %1;")
                             .arg(remoteOf(b2))));
        QVERIFY(m_relay->start());
        const AccountSyncResult result = syncNow();
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        // The local change won; the star the server gave followed the server.
        QVERIFY(m_store->story(b2)->row.read);
        QVERIFY(m_store->story(b2)->row.starred);
        QVERIFY(!serverIds(Sync::StoryField::Read).contains(remoteOf(b2)));
        QVERIFY(serverIds(Sync::StoryField::Starred).contains(remoteOf(b2)));
    }

    void subscribeAndUnsubscribeGoThroughTheServer()
    {
        writeFeed(QStringLiteral("extra.xml"), QStringLiteral("Extra"), { QStringLiteral("e1") });
        QSignalSpy subscribed(m_sync.get(), &AccountSync::subscribed);
        QSignalSpy finished(m_sync.get(), &AccountSync::finished);
        m_sync->subscribe(currentAccount(), m_server.password(), QStringLiteral("http://203.0.113.10/extra.xml"));
        QVERIFY(subscribed.wait(Wait));
        QVERIFY(!subscribed.first().at(2).value<Sync::RemoteError>());
        QVERIFY(finished.wait(Wait));
        QCOMPARE(finished.first().first().value<AccountSyncResult>().feeds.added.size(), 1);
        QString remote;
        for (const Subscription &sub : m_store->subscriptions())
            if (sub.url == QLatin1String("http://203.0.113.10/extra.xml"))
                remote = sub.remoteId;
        QVERIFY(!remote.isEmpty());

        QSignalSpy unsubscribed(m_sync.get(), &AccountSync::unsubscribed);
        finished.clear();
        m_sync->unsubscribe(currentAccount(), m_server.password(), remote);
        QVERIFY(unsubscribed.wait(Wait));
        QVERIFY(finished.wait(Wait));
        QCOMPARE(finished.first().first().value<AccountSyncResult>().feeds.removed.size(), 1);
        QCOMPARE(m_store->subscriptions().size(), 2);
    }

    void renameAndMoveGoThroughTheServer()
    {
        std::optional<Subscription> blog;
        for (const Subscription &sub : m_store->subscriptions())
            if (sub.url == QLatin1String("http://203.0.113.10/blog.xml"))
                blog = sub;
        QVERIFY(blog);
        QSignalSpy edited(m_sync.get(), &AccountSync::feedEdited);
        QSignalSpy finished(m_sync.get(), &AccountSync::finished);
        m_sync->renameFeed(currentAccount(), m_server.password(), blog->remoteId, QStringLiteral("Blog, renamed"));
        QVERIFY(edited.wait(Wait));
        QVERIFY2(!edited.first().at(2).value<Sync::RemoteError>(),
            qPrintable(Sync::describe(edited.first().at(2).value<Sync::RemoteError>())));
        QVERIFY(finished.wait(Wait));
        QCOMPARE(m_store->subscription(blog->id)->title, QStringLiteral("Blog, renamed"));

        // Into a folder the server does not have yet: made there, then here.
        edited.clear();
        finished.clear();
        m_sync->moveFeed(currentAccount(), m_server.password(), blog->remoteId, {}, QStringLiteral("Made by Tidings"));
        QVERIFY(edited.wait(Wait));
        QVERIFY(!edited.first().at(2).value<Sync::RemoteError>());
        QVERIFY(finished.wait(Wait));
        const std::optional<Subscription> moved = m_store->subscription(blog->id);
        QVERIFY(moved->folderId != 0);
        std::optional<Folder> folder;
        for (const Folder &f : m_store->folders())
            if (f.id == moved->folderId)
                folder = f;
        QVERIFY(folder);
        QCOMPARE(folder->name, QStringLiteral("Made by Tidings"));
        QCOMPARE(folder->accountId, m_account.id);

        // Back to the top level.
        edited.clear();
        finished.clear();
        m_sync->moveFeed(currentAccount(), m_server.password(), blog->remoteId, {});
        QVERIFY(edited.wait(Wait));
        QVERIFY(!edited.first().at(2).value<Sync::RemoteError>());
        QVERIFY(finished.wait(Wait));
        QCOMPARE(m_store->subscription(blog->id)->folderId, FolderId(0));

        // A server that is away: said, and nothing changes here.
        m_relay->stop();
        edited.clear();
        m_sync->renameFeed(currentAccount(), m_server.password(), blog->remoteId, QStringLiteral("Never"));
        QVERIFY(edited.wait(Wait));
        QCOMPARE(edited.first().at(2).value<Sync::RemoteError>().kind, Sync::RemoteError::Kind::Unreachable);
        QCOMPARE(m_store->subscription(blog->id)->title, QStringLiteral("Blog, renamed"));
        QVERIFY(m_relay->start());
    }

    void theCliAddsSyncsListsAndMarks()
    {
        QTemporaryDir profile;
        const auto cli = [&](const QStringList &args, const QByteArray &input, bool withPassword = false) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("TIDINGS_TTRSS_PASSWORD"));
            if (withPassword)
                env.insert(QStringLiteral("TIDINGS_TTRSS_PASSWORD"), m_server.password());
            process.setProcessEnvironment(env);
            process.start(TestSupport::cliPath(), QStringList { QStringLiteral("--profile"), profile.path() } + args);
            process.write(input);
            process.closeWriteChannel();
            // The CLI talks to the relay in this process: keep its event loop running.
            QSignalSpy done(&process, &QProcess::finished);
            if (process.state() != QProcess::NotRunning)
                done.wait(Wait);
            return std::tuple { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError()) };
        };
        // A wrong password is said, and nothing is kept.
        auto [code, out, err] = cli({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("ttrss"),
                                        serverUrlThroughRelay(), m_server.user() },
            "not the password\n");
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QLatin1String("wrong user name or password")), qPrintable(err));
        std::tie(code, out, err) = cli({ QStringLiteral("account"), QStringLiteral("list") }, {});
        QCOMPARE(out, QStringLiteral("local\tlocal\n"));

        std::tie(code, out, err) = cli({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("ttrss"),
                                           serverUrlThroughRelay(), m_server.user() },
            m_server.password().toUtf8() + '\n');
        QCOMPARE(code, 0);
        QVERIFY2(out.startsWith(QLatin1String("added\tttrss-1\t")), qPrintable(out));
        QVERIFY(err.contains(QLatin1String("TIDINGS_TTRSS_PASSWORD")));

        // No password anywhere: said, nothing tried.
        std::tie(code, out, err) = cli({ QStringLiteral("sync"), QStringLiteral("--no-clean") }, {});
        QCOMPARE(code, 1);
        QVERIFY2(out.contains(QLatin1String("no password")), qPrintable(out));
        std::tie(code, out, err) = cli({ QStringLiteral("sync"), QStringLiteral("--no-clean") }, {}, true);
        QVERIFY2(code == 0, qPrintable(out + err));
        QVERIFY2(out.startsWith(QLatin1String("synced\tttrss-1\t6 new stories")), qPrintable(out));

        std::tie(code, out, err)
            = cli({ QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") }, {});
        QCOMPARE(code, 0);
        const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QString unreadId;
        for (const QString &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QCOMPARE(o.value(QLatin1String("account")).toString(), QStringLiteral("ttrss-1"));
            if (!o.value(QLatin1String("read")).toBool())
                unreadId = QString::number(o.value(QLatin1String("id")).toInteger());
        }
        QVERIFY(!unreadId.isEmpty());
        std::tie(code, out, err) = cli({ QStringLiteral("mark"), unreadId, QStringLiteral("read") }, {});
        QCOMPARE(code, 0);
        QCOMPARE(out, QStringLiteral("read\t%1\n").arg(unreadId));
        std::tie(code, out, err) = cli({ QStringLiteral("account"), QStringLiteral("list") }, {});
        QVERIFY2(out.contains(QLatin1String("ttrss-1\tttrss\t")) && out.contains(QLatin1String("\t1 pending")),
            qPrintable(out));
        // The sync sends it.
        std::tie(code, out, err)
            = cli({ QStringLiteral("sync"), QStringLiteral("--no-clean"), QStringLiteral("ttrss-1") },
                m_server.password().toUtf8() + '\n');
        QVERIFY2(code == 0 && out.contains(QLatin1String("1 local changes sent")), qPrintable(out + err));

        // Subscribe on the server into a folder it does not have yet, then unsubscribe.
        writeFeed(QStringLiteral("cli.xml"), QStringLiteral("From the CLI"), { QStringLiteral("c1") });
        std::tie(code, out, err) = cli({ QStringLiteral("account"), QStringLiteral("subscribe"),
                                           QStringLiteral("ttrss-1"), QStringLiteral("http://203.0.113.10/cli.xml"),
                                           QStringLiteral("--folder"), QStringLiteral("CLI folder") },
            {}, true);
        QVERIFY2(code == 0, qPrintable(out + err));
        QCOMPARE(out, QStringLiteral("subscribed\thttp://203.0.113.10/cli.xml\tttrss-1\n"));
        std::tie(code, out, err) = cli({ QStringLiteral("account"), QStringLiteral("subscribe"),
                                           QStringLiteral("ttrss-1"), QStringLiteral("http://203.0.113.10/none.xml") },
            {}, true);
        QCOMPARE(code, 1);
        QVERIFY2(out.startsWith(QLatin1String("failed\tttrss-1\tthe server refused")), qPrintable(out));
        {
            auto opened = Store::open(profile.path());
            QVERIFY(opened);
            const std::unique_ptr<Store> cliStore = std::move(opened.value());
            bool found = false;
            for (const Subscription &sub : cliStore->subscriptions()) {
                if (sub.url != QLatin1String("http://203.0.113.10/cli.xml"))
                    continue;
                found = true;
                for (const Folder &f : cliStore->folders())
                    if (f.id == sub.folderId)
                        QCOMPARE(f.name, QStringLiteral("CLI folder"));
                QVERIFY(sub.folderId != 0);
            }
            QVERIFY(found);
        }
        std::tie(code, out, err) = cli({ QStringLiteral("account"), QStringLiteral("unsubscribe"),
                                           QStringLiteral("ttrss-1"), QStringLiteral("http://203.0.113.10/cli.xml") },
            m_server.password().toUtf8() + '\n');
        QVERIFY2(code == 0, qPrintable(out + err));
        QCOMPARE(out, QStringLiteral("unsubscribed\thttp://203.0.113.10/cli.xml\tttrss-1\n"));
        std::tie(code, out, err) = cli({ QStringLiteral("account"), QStringLiteral("unsubscribe"),
                                           QStringLiteral("ttrss-1"), QStringLiteral("http://203.0.113.10/cli.xml") },
            {}, true);
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(QLatin1String("no feed")), qPrintable(err));

        // The server gone: a clear error and exit 1.
        m_relay->stop();
        std::tie(code, out, err) = cli({ QStringLiteral("sync"), QStringLiteral("--no-clean") }, {}, true);
        QVERIFY(m_relay->start());
        QCOMPARE(code, 1);
        QVERIFY2(out.startsWith(QLatin1String("failed\tttrss-1\tserver unreachable")), qPrintable(out));
    }

    // Last but one: it ends the relay in the middle of a sync.
    void aServerThatDiesMidSyncLosesNothingAndTheNextSyncResumes()
    {
        writeFeed(QStringLiteral("news.xml"), QStringLiteral("News feed"),
            { QStringLiteral("n1"), QStringLiteral("n2"), QStringLiteral("n3"), QStringLiteral("n4"),
                QStringLiteral("n5") });
        QVERIFY(m_server.update());
        const qint64 since = currentAccount().sinceId;
        const int stories = m_store->countStories({});
        const StoryId n1 = storyByGuid(QStringLiteral("n1"));
        QVERIFY(write([n1](Store &store) { return store.setStarred(n1, false); }));
        // Pages of one story: the second page's request kills the server.
        m_sync->setPageSize(1);
        m_relay->dieAt("getHeadlines", 2);
        AccountSyncResult result = syncNow();
        QVERIFY(m_relay->died());
        QVERIFY(!result.ok());
        QVERIFY(!result.complete);
        QCOMPARE(result.changesSent, 1); // sent before the server died, and forgotten
        QCOMPARE(currentAccount().sinceId, since);
        QCOMPARE(m_store->countStories({}), stories);
        QVERIFY(!m_store->story(n1)->row.starred);

        QVERIFY(m_relay->start());
        result = syncNow();
        m_sync->setPageSize(200);
        QVERIFY2(result.ok(), qPrintable(result.errorText()));
        QCOMPARE(result.added.size(), 2);
        QCOMPARE(m_store->countStories({}), stories + 2);
        QVERIFY(currentAccount().sinceId > since);
        QVERIFY(!serverIds(Sync::StoryField::Starred).contains(remoteOf(n1)));
        QVERIFY(!m_store->story(n1)->row.starred);
    }
};

QTEST_GUILESS_MAIN(TstAccountSync)
#include "tst_account_sync.moc"
