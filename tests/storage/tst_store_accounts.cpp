// The store's side of feed-server accounts (issue 15): a server's folders and
// feeds applied by their server ids beside local ones, server stories in the
// clean queue, read and starred state from the server, and the pending
// changes written in the same transaction as the change.

#include "storage/store.h"
#include "store_fixture.h"
#include "store_schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace StoreTest;

namespace {

const QString Server = QStringLiteral("ttrss-1");

ServerStory serverStory(const QString &remoteId, const QString &feed, int minutes)
{
    ParsedItem parsed = item(QStringLiteral("guid-") + remoteId, QStringLiteral("Story ") + remoteId, at(minutes));
    parsed.contentHtml = QStringLiteral("<p>Body of story ") + remoteId + QStringLiteral("</p>");
    return ServerStory { remoteId, feed, parsed };
}

std::optional<Subscription> byRemote(const Store &store, const QString &account, const QString &remoteId)
{
    for (const Subscription &sub : store.subscriptions())
        if (sub.accountId == account && sub.remoteId == remoteId)
            return sub;
    return std::nullopt;
}

std::optional<Folder> folderByRemote(const Store &store, const QString &remoteId)
{
    for (const Folder &folder : store.folders())
        if (folder.remoteId == remoteId)
            return folder;
    return std::nullopt;
}

StoryId storyByRemote(const Store &store, const QString &remoteId)
{
    for (const StoryRow &row : store.stories({}, std::nullopt, 1000))
        if (store.storyRemoteId(row.id) == remoteId)
            return row.id;
    return 0;
}

} // namespace

class TestStoreAccounts final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void serverFeedsMatchTheServerAndLeaveLocalOnesAlone()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        // A local feed and folder, named like the server's.
        const FolderId localFolder = store->addFolder(QStringLiteral("News")).value();
        const SubscriptionId local
            = store->addSubscription(QStringLiteral("http://example.org/news.xml"), QStringLiteral("Mine"), localFolder)
                  .value();

        auto applied = store->applyServerFeeds(Server, { { QStringLiteral("7"), QStringLiteral("News") } },
            { { QStringLiteral("1"), QStringLiteral("News feed"), QStringLiteral("http://example.org/news.xml"),
                  QStringLiteral("7") },
                { QStringLiteral("2"), QStringLiteral("A blog"), QStringLiteral("http://example.org/blog.xml"), {} } });
        QVERIFY2(applied, applied ? "" : qPrintable(describe(applied.error())));
        QCOMPARE(applied->added.size(), 2);
        QCOMPARE(applied->foldersChanged, 1);
        const auto folder = folderByRemote(*store, QStringLiteral("7"));
        QVERIFY(folder);
        QCOMPARE(folder->accountId, Server);
        QVERIFY(folder->id != localFolder);
        auto news = byRemote(*store, Server, QStringLiteral("1"));
        QVERIFY(news);
        // The same URL as the local feed, yet its own subscription.
        QCOMPARE(news->url, QStringLiteral("http://example.org/news.xml"));
        QVERIFY(news->isRemote());
        QCOMPARE(news->folderId, folder->id);
        QCOMPARE(byRemote(*store, Server, QStringLiteral("2"))->folderId, 0);
        QCOMPARE(store->subscriptionByUrl(QStringLiteral("http://example.org/news.xml"))->id, local);
        QVERIFY(!store->subscription(local)->isRemote());
        // A local folder of the same name can still be made, and only the local one is a duplicate.
        QCOMPARE(store->addFolder(QStringLiteral("News")).error().code, ErrorCode::Duplicate);

        // Stories for the blog, then the server renames, moves and removes.
        QVERIFY(store->upsertServerStories(Server, { serverStory(QStringLiteral("100"), QStringLiteral("2"), 1) }));
        applied = store->applyServerFeeds(Server, { { QStringLiteral("7"), QStringLiteral("World") } },
            { { QStringLiteral("1"), QStringLiteral("News feed"), QStringLiteral("http://example.org/news2.xml"),
                {} } });
        QVERIFY(applied);
        QCOMPARE(applied->added.size(), 0);
        QCOMPARE(applied->changed, QList<SubscriptionId> { news->id });
        QCOMPARE(applied->removed.size(), 1);
        QCOMPARE(store->folders().size(), 2);
        QCOMPARE(folderByRemote(*store, QStringLiteral("7"))->name, QStringLiteral("World"));
        news = byRemote(*store, Server, QStringLiteral("1"));
        QCOMPARE(news->url, QStringLiteral("http://example.org/news2.xml"));
        QCOMPARE(news->folderId, 0);
        QVERIFY(!byRemote(*store, Server, QStringLiteral("2")));
        QCOMPARE(store->countStories({}), 0); // the blog's story went with it
        // The folder goes when the server drops it; the local ones stay.
        QVERIFY(store->applyServerFeeds(Server, {}, {}));
        QCOMPARE(store->folders().size(), 1);
        QCOMPARE(store->folders().first().id, localFolder);
        QCOMPARE(store->subscriptions().size(), 1);
        QCOMPARE(store->subscriptions().first().id, local);
        QCOMPARE(store->applyServerFeeds(LocalAccountId, {}, {}).error().code, ErrorCode::InvalidArgument);
    }

    void serverStoriesAreUpsertedAndQueuedForCleaning()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        QVERIFY(store->applyServerFeeds(Server, {},
            { { QStringLiteral("1"), QStringLiteral("Feed"), QStringLiteral("http://example.org/f.xml"), {} } }));
        auto added = store->upsertServerStories(Server,
            { serverStory(QStringLiteral("10"), QStringLiteral("1"), 1),
                serverStory(QStringLiteral("11"), QStringLiteral("1"), 2),
                serverStory(QStringLiteral("12"), QStringLiteral("99"), 3) }); // unknown feed: skipped
        QVERIFY(added);
        QCOMPARE(added->size(), 2);
        QCOMPARE(store->countStories({}), 2);
        QCOMPARE(store->storiesWithoutArticle(), (QList<StoryId> { added->at(1), added->at(0) }));
        QCOMPARE(store->storyRemoteId(added->at(0)), QStringLiteral("10"));
        QCOMPARE(store->storyAccount(added->at(0)), Server);
        const auto detail = store->story(added->at(0));
        QVERIFY(detail);
        QVERIFY(detail->contentHtml.contains(QLatin1String("Body of story 10")));
        // Again: nothing new.
        added = store->upsertServerStories(Server, { serverStory(QStringLiteral("10"), QStringLiteral("1"), 1) });
        QVERIFY(added);
        QVERIFY(added->isEmpty());
        QCOMPARE(store->countStories({}), 2);
    }

    // An account's view: its feeds' stories only; marking it read queues
    // the server's changes and leaves other accounts alone.
    void anAccountsViewHoldsItsStoriesOnly()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        QVERIFY(store->applyServerFeeds(Server, {},
            { { QStringLiteral("1"), QStringLiteral("Feed"), QStringLiteral("http://example.org/f.xml"), {} } }));
        QVERIFY(store->applyServerFeeds(QStringLiteral("ttrss-2"), {},
            { { QStringLiteral("1"), QStringLiteral("Other"), QStringLiteral("http://example.org/o.xml"), {} } }));
        QVERIFY(store->upsertServerStories(Server,
            { serverStory(QStringLiteral("10"), QStringLiteral("1"), 1),
                serverStory(QStringLiteral("11"), QStringLiteral("1"), 2) }));
        QVERIFY(store->upsertServerStories(
            QStringLiteral("ttrss-2"), { serverStory(QStringLiteral("10"), QStringLiteral("1"), 3) }));
        const auto local = store->addSubscription(QStringLiteral("http://example.org/local.xml"));
        QVERIFY(local);
        QVERIFY(store->upsertStories(*local, { item(QStringLiteral("l1"), QStringLiteral("Local"), at(4)) }));

        StoryFilter filter;
        filter.kind = StoryFilter::Kind::Account;
        filter.account = Server;
        QCOMPARE(store->countStories(filter), 2);
        for (const StoryRow &row : store->stories(filter, std::nullopt, 100))
            QCOMPARE(store->storyAccount(row.id), Server);
        filter.account = LocalAccountId;
        QCOMPARE(store->countStories(filter), 1);
        filter.account = QStringLiteral("nobody");
        QCOMPARE(store->countStories(filter), 0);

        filter.account = Server;
        const auto marked = store->markAllRead(filter);
        QVERIFY(marked);
        QCOMPARE(marked->size(), 2);
        QCOMPARE(store->pendingChanges(Server).size(), 2);
        QVERIFY(store->pendingChanges(QStringLiteral("ttrss-2")).isEmpty());
        filter.unreadOnly = true;
        QCOMPARE(store->countStories(filter), 0);
        StoryFilter unread;
        unread.kind = StoryFilter::Kind::Unread;
        QCOMPARE(store->countStories(unread), 2); // the other server's and the local one
    }

    void changesToServerStoriesArePendingAndTheyWin()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId local = store->addSubscription(QStringLiteral("http://example.org/l.xml")).value();
        const StoryId localStory
            = store->upsertStories(local, { item(QStringLiteral("l"), QStringLiteral("L"), at(0)) })->first();
        QVERIFY(store->applyServerFeeds(Server, {},
            { { QStringLiteral("1"), QStringLiteral("Feed"), QStringLiteral("http://example.org/f.xml"), {} } }));
        QVERIFY(store->upsertServerStories(Server,
            { serverStory(QStringLiteral("10"), QStringLiteral("1"), 1),
                serverStory(QStringLiteral("11"), QStringLiteral("1"), 2),
                serverStory(QStringLiteral("12"), QStringLiteral("1"), 3) }));
        const StoryId a = storyByRemote(*store, QStringLiteral("10"));
        const StoryId b = storyByRemote(*store, QStringLiteral("11"));
        const StoryId c = storyByRemote(*store, QStringLiteral("12"));
        QVERIFY(a && b && c);

        // The server's state: 10 unread, 11 read and starred, 12 read.
        auto changed = store->applyServerStates(Server, { QStringLiteral("10") }, { QStringLiteral("11") });
        QVERIFY(changed);
        QCOMPARE(*changed, (QList<StoryId> { b, c }));
        QVERIFY(store->pendingChanges(Server).isEmpty()); // the server's own state is not a change

        // Changes here: queued with the change; local ones are not.
        QVERIFY(store->setRead(a, true));
        QVERIFY(store->setStarred(b, false));
        QVERIFY(store->setReadMany({ c }, false));
        QVERIFY(store->setRead(localStory, true));
        QVERIFY(store->setStarred(a, true));
        QVERIFY(store->setStarred(a, false)); // the last change replaces the first
        const QList<PendingChange> pending = store->pendingChanges(Server);
        QCOMPARE(pending.size(), 4);
        QVERIFY(pending.contains(PendingChange { QStringLiteral("10"), StateField::Read, true }));
        QVERIFY(pending.contains(PendingChange { QStringLiteral("11"), StateField::Starred, false }));
        QVERIFY(pending.contains(PendingChange { QStringLiteral("12"), StateField::Read, false }));
        QVERIFY(pending.contains(PendingChange { QStringLiteral("10"), StateField::Starred, false }));
        QVERIFY(store->pendingChanges(LocalAccountId).isEmpty());

        // They survive a restart.
        store.reset();
        store = openStore(tmp.path());
        QVERIFY(store);
        QCOMPARE(store->pendingChanges(Server).size(), 4);

        // The server says otherwise (it has not seen them): the pending changes win.
        changed = store->applyServerStates(Server, { QStringLiteral("10") }, { QStringLiteral("11") });
        QVERIFY(changed);
        QVERIFY(changed->isEmpty());
        QVERIFY(store->story(a)->row.read);
        QVERIFY(!store->story(b)->row.starred);
        QVERIFY(!store->story(c)->row.read);

        // The server confirms the read one only; a change made meanwhile stays.
        QVERIFY(store->setRead(c, true));
        QVERIFY(store->confirmPendingChanges(Server,
            { { QStringLiteral("10"), StateField::Read, true }, { QStringLiteral("12"), StateField::Read, false } }));
        QCOMPARE(store->pendingChanges(Server).size(), 3);
        QVERIFY(
            !store->pendingChanges(Server).contains(PendingChange { QStringLiteral("10"), StateField::Read, true }));
        QVERIFY(store->pendingChanges(Server).contains(PendingChange { QStringLiteral("12"), StateField::Read, true }));
        // Now the server's word counts for story 10's read state.
        changed = store->applyServerStates(Server, { QStringLiteral("10") }, { QStringLiteral("11") });
        QCOMPARE(*changed, QList<StoryId> { a });
        QVERIFY(!store->story(a)->row.read);

        // Mark all read queues every server story it changed, in one transaction.
        const auto marked = store->markAllRead({});
        QVERIFY(marked);
        QVERIFY(store->pendingChanges(Server).contains(PendingChange { QStringLiteral("10"), StateField::Read, true }));

        QVERIFY(store->removeAccountData(Server));
        QVERIFY(store->pendingChanges(Server).isEmpty());
        QCOMPARE(store->subscriptions().size(), 1);
    }

    void aFailedChangeQueuesNothing()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        QVERIFY(store->applyServerFeeds(Server, {},
            { { QStringLiteral("1"), QStringLiteral("Feed"), QStringLiteral("http://example.org/f.xml"), {} } }));
        QVERIFY(store->upsertServerStories(Server, { serverStory(QStringLiteral("10"), QStringLiteral("1"), 1) }));
        const StoryId a = storyByRemote(*store, QStringLiteral("10"));
        // The pending table refuses writes: the state change is rolled back with it.
        QCOMPARE(execBehindTheStore(tmp.path(),
                     { QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON pending_changes BEGIN"
                                      " SELECT RAISE(ABORT, 'refused'); END") }),
            QString());
        QVERIFY(!store->setRead(a, true));
        QVERIFY(!store->story(a)->row.read);
        QVERIFY(!store->setStarred(a, true));
        QVERIFY(!store->story(a)->row.starred);
    }
};

QTEST_GUILESS_MAIN(TestStoreAccounts)
#include "tst_store_accounts.moc"
