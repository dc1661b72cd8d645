#include "pipeline/account_sync.h"

#include "html/sanitizer.h"
#include "pipeline/storage_writer.h"
#include "sync/pending_changes.h"
#include "sync/ttrss_client.h"

#include <QHash>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

#include <map>

Q_LOGGING_CATEGORY(lcSync, "tidings.sync")

namespace Core {

QString AccountSyncResult::errorText() const
{
    if (remoteError)
        return Sync::describe(remoteError);
    if (storeError.code != ErrorCode::None)
        return describe(storeError);
    return {};
}

namespace {

Sync::StoryField toStoryField(StateField field)
{
    return field == StateField::Read ? Sync::StoryField::Read : Sync::StoryField::Starred;
}

QString idText(qint64 id)
{
    return QString::number(id);
}

ServerStory toServerStory(const Sync::RemoteStory &story)
{
    ServerStory out;
    out.remoteId = idText(story.id);
    out.feedRemoteId = idText(story.feedId);
    ParsedItem &item = out.item;
    item.id = story.guid;
    item.title = story.title.simplified();
    item.link = story.link;
    item.author = story.author;
    item.published = story.updated;
    item.updated = story.updated;
    item.dateIsFirstSeen = !story.updated.isValid();
    // The server's HTML is the server's: it passes the one sanitizer like
    // every feed's content.
    item.contentHtml = HtmlSanitizer::clean(story.contentHtml, QUrl(story.link));
    return out;
}

// Where a run got to: what the snapshot holds for certain.
struct Reached {
    bool feeds = false; // folders and feeds fetched
    bool stories = false; // the stories since sinceId fetched
};

} // namespace

// The client and the runs, on the sync thread.
class AccountSync::Runner final : public QObject {
public:
    Runner(AccountSync *facade, StorageWriter *writer)
        : m_facade(facade)
        , m_writer(writer)
    {
    }

    int pageSize = 200;

    void sync(const Sync::AccountInfo &account, const QString &password)
    {
        // 1. The store's pending changes (storage thread).
        const QString id = account.id;
        m_writer->post([this, account, password, id](Store *store, const Error &openError) {
            Error error = openError;
            QList<PendingChange> pending;
            if (store)
                pending = store->pendingChanges(id, &error);
            QMetaObject::invokeMethod(this, [this, account, password, pending, error] {
                if (error.code != ErrorCode::None) {
                    AccountSyncResult result;
                    result.accountId = account.id;
                    result.sinceId = account.sinceId;
                    result.storeError = error;
                    report(result);
                    return;
                }
                runRemote(account, password, pending);
            });
        });
    }

    void subscribe(
        const Sync::AccountInfo &account, const QString &password, const QString &url, const QString &folderRemoteId)
    {
        client(account, password)
            .subscribe(url, folderRemoteId.toLongLong(),
                [this, account, password, url](const Sync::RemoteError &error, const Sync::SubscribeResult &) {
                    QMetaObject::invokeMethod(m_facade, [facade = m_facade, id = account.id, url, error] {
                        Q_EMIT facade->subscribed(id, url, error);
                    });
                    if (!error)
                        startSync(account, password);
                });
    }

    void unsubscribe(const Sync::AccountInfo &account, const QString &password, const QString &feedRemoteId)
    {
        client(account, password)
            .unsubscribe(
                feedRemoteId.toLongLong(), [this, account, password, feedRemoteId](const Sync::RemoteError &error) {
                    QMetaObject::invokeMethod(m_facade, [facade = m_facade, id = account.id, feedRemoteId, error] {
                        Q_EMIT facade->unsubscribed(id, feedRemoteId, error);
                    });
                    if (!error)
                        startSync(account, password);
                });
    }

    void renameFeed(
        const Sync::AccountInfo &account, const QString &password, const QString &feedRemoteId, const QString &title)
    {
        client(account, password)
            .renameFeed(feedRemoteId.toLongLong(), title,
                [this, account, password, feedRemoteId](
                    const Sync::RemoteError &error) { edited(account, password, feedRemoteId, error); });
    }

    void moveFeed(const Sync::AccountInfo &account, const QString &password, const QString &feedRemoteId,
        const QString &folderRemoteId, const QString &newFolder)
    {
        Sync::TtRssClient &remote = client(account, password);
        const auto move = [this, account, password, feedRemoteId](qint64 category) {
            client(account, password)
                .moveFeed(feedRemoteId.toLongLong(), category,
                    [this, account, password, feedRemoteId](
                        const Sync::RemoteError &error) { edited(account, password, feedRemoteId, error); });
        };
        if (newFolder.isEmpty()) {
            move(folderRemoteId.toLongLong());
            return;
        }
        remote.addCategory(
            newFolder, [this, account, password, feedRemoteId, move](const Sync::RemoteError &error, qint64 category) {
                if (error)
                    edited(account, password, feedRemoteId, error);
                else
                    move(category);
            });
    }

private:
    void edited(const Sync::AccountInfo &account, const QString &password, const QString &feedRemoteId,
        const Sync::RemoteError &error)
    {
        QMetaObject::invokeMethod(m_facade, [facade = m_facade, id = account.id, feedRemoteId, error] {
            Q_EMIT facade->feedEdited(id, feedRemoteId, error);
        });
        if (!error)
            startSync(account, password);
    }

    // A subscribe or unsubscribe's own sync, unless one is under way already.
    void startSync(const Sync::AccountInfo &account, const QString &password)
    {
        QMetaObject::invokeMethod(m_facade, [facade = m_facade, account, password] {
            // The account's sinceId may have moved since: read it again.
            Sync::AccountList list;
            Sync::AccountInfo current = account;
            if (list.load(facade->m_writer->profileDir()))
                if (const auto found = list.find(account.id))
                    current = *found;
            facade->sync(current, password);
        });
    }

    Sync::TtRssClient &client(const Sync::AccountInfo &account, const QString &password)
    {
        Client &c = m_clients[account.id];
        if (!c.client || c.server != account.server || c.user != account.user || c.password != password) {
            c.client = std::make_unique<Sync::TtRssClient>(account.server, account.user, password);
            c.server = account.server;
            c.user = account.user;
            c.password = password;
        }
        c.client->setPageSize(pageSize);
        return *c.client;
    }

    // 2. The server (this thread).
    void runRemote(const Sync::AccountInfo &account, const QString &password, const QList<PendingChange> &sent)
    {
        Sync::TtRssClient &remote = client(account, password);
        auto pending = std::make_shared<Sync::PendingChanges>();
        for (const PendingChange &change : sent) {
            bool ok = false;
            const qint64 id = change.remoteId.toLongLong(&ok);
            if (ok && id > 0)
                pending->set(id, toStoryField(change.field), change.value);
        }
        auto reached = std::make_shared<Reached>();
        const QString id = account.id;
        Sync::runSync(
            remote, *pending, account.sinceId,
            [this, id, reached](Sync::SyncStep step, int stories) {
                if (step == Sync::SyncStep::Stories)
                    reached->feeds = true;
                if (step == Sync::SyncStep::States)
                    reached->stories = true;
                QMetaObject::invokeMethod(
                    m_facade, [facade = m_facade, id, step, stories] { Q_EMIT facade->progress(id, step, stories); });
            },
            [this, account, sent, pending, reached](
                const Sync::RemoteError &error, const Sync::SyncSnapshot &snapshot) {
                // The changes the server took are no longer in the run's queue.
                QList<PendingChange> confirmed;
                for (const PendingChange &change : sent) {
                    if (pending->pending(change.remoteId.toLongLong(), toStoryField(change.field)) != change.value)
                        confirmed.append(change);
                }
                store(account, error, snapshot, *reached, confirmed);
            });
    }

    // 3. The store (storage thread), then the accounts file (this thread).
    void store(const Sync::AccountInfo &account, const Sync::RemoteError &remoteError,
        const Sync::SyncSnapshot &snapshot, const Reached &reached, const QList<PendingChange> &confirmed)
    {
        QList<ServerFolder> folders;
        QList<ServerFeed> feeds;
        if (reached.feeds) {
            for (const Sync::RemoteCategory &category : snapshot.categories) {
                if (category.id > 0) // 0: tt-rss's "Uncategorized", the account's top level
                    folders.append({ idText(category.id), category.title });
            }
            for (const Sync::RemoteFeed &feed : snapshot.feeds)
                feeds.append({ idText(feed.id), feed.title, feed.url,
                    feed.categoryId > 0 ? idText(feed.categoryId) : QString() });
        }
        QList<ServerStory> stories;
        if (reached.stories) {
            stories.reserve(snapshot.stories.size());
            for (const Sync::RemoteStory &story : snapshot.stories)
                stories.append(toServerStory(story));
        }
        QSet<QString> unread, starred;
        for (qint64 id : snapshot.unread)
            unread.insert(idText(id));
        for (qint64 id : snapshot.starred)
            starred.insert(idText(id));

        AccountSyncResult result;
        result.accountId = account.id;
        result.remoteError = remoteError;
        result.sinceId = account.sinceId;
        result.changesSent = int(confirmed.size());
        const bool complete = snapshot.complete;
        const qint64 nextSince = snapshot.sinceId;
        m_writer->post([this, account, result, folders, feeds, stories, unread, starred, confirmed, reached, complete,
                           nextSince](Store *store, const Error &openError) mutable {
            const auto fail = [&](const Error &error) {
                if (result.storeError.code == ErrorCode::None)
                    result.storeError = error;
            };
            if (!store) {
                fail(openError);
            } else {
                if (const Status s = store->confirmPendingChanges(account.id, confirmed); !s)
                    fail(s.error());
                if (reached.feeds && result.storeError.code == ErrorCode::None) {
                    if (auto applied = store->applyServerFeeds(account.id, folders, feeds))
                        result.feeds = *applied;
                    else
                        fail(applied.error());
                }
                if (reached.stories && result.storeError.code == ErrorCode::None) {
                    if (auto added = store->upsertServerStories(account.id, stories))
                        result.added = *added;
                    else
                        fail(added.error());
                }
                if (complete && result.storeError.code == ErrorCode::None) {
                    if (auto changed = store->applyServerStates(account.id, unread, starred))
                        result.stateChanged = *changed;
                    else
                        fail(changed.error());
                }
            }
            result.complete = complete && result.storeError.code == ErrorCode::None;
            QMetaObject::invokeMethod(this, [this, result, nextSince]() mutable {
                if (result.complete) {
                    // Only a complete sync moves the account on.
                    Sync::AccountList list;
                    QString error;
                    const QString profile = m_writer->profileDir();
                    std::optional<Sync::AccountInfo> info;
                    if (list.load(profile, &error) && (info = list.find(result.accountId))) {
                        info->sinceId = nextSince;
                        list.update(*info);
                        if (list.save(profile, &error))
                            result.sinceId = nextSince;
                    }
                    if (result.sinceId != nextSince) {
                        result.complete = false;
                        result.storeError = Error { ErrorCode::FileNotReadable,
                            QStringLiteral("cannot keep the account's progress in accounts.json: %1").arg(error), {} };
                    }
                }
                report(result);
            });
        });
    }

    void report(const AccountSyncResult &result)
    {
        if (!result.ok())
            qCWarning(lcSync) << "sync of" << result.accountId << "failed:" << result.errorText();
        QMetaObject::invokeMethod(m_facade, [facade = m_facade, result] { facade->onFinished(result); });
    }

    struct Client {
        std::unique_ptr<Sync::TtRssClient> client;
        QUrl server;
        QString user;
        QString password;
    };

    AccountSync *m_facade = nullptr; // lives on the caller's thread; outlives this object's work
    StorageWriter *m_writer = nullptr;
    std::map<QString, Client> m_clients;
};

AccountSync::AccountSync(StorageWriter *writer, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_thread(new QThread)
{
    qRegisterMetaType<Core::AccountSyncResult>();
    qRegisterMetaType<Sync::SyncStep>();
    qRegisterMetaType<Sync::RemoteError>();
    m_thread->setObjectName(QStringLiteral("sync"));
    m_runner = new Runner(this, writer);
    m_runner->moveToThread(m_thread);
    m_thread->start();
}

AccountSync::~AccountSync()
{
    // The sync thread first (no new storage work), then the storage thread's
    // work handed over so far (its answers to the runner), then the runner.
    m_thread->quit();
    m_thread->wait();
    const Status flushed = m_writer->writeAndWait([](Store &) { return Status(Ok {}); });
    Q_UNUSED(flushed);
    delete m_runner;
    delete m_thread;
}

bool AccountSync::sync(const Sync::AccountInfo &account, const QString &password)
{
    if (!account.isRemote() || m_running.contains(account.id))
        return false;
    m_running.insert(account.id);
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, account, password, size = m_pageSize] {
        runner->pageSize = size;
        runner->sync(account, password);
    });
    return true;
}

void AccountSync::subscribe(
    const Sync::AccountInfo &account, const QString &password, const QString &url, const QString &folderRemoteId)
{
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, account, password, url, folderRemoteId] {
        runner->subscribe(account, password, url, folderRemoteId);
    });
}

void AccountSync::unsubscribe(const Sync::AccountInfo &account, const QString &password, const QString &feedRemoteId)
{
    QMetaObject::invokeMethod(m_runner,
        [runner = m_runner, account, password, feedRemoteId] { runner->unsubscribe(account, password, feedRemoteId); });
}

void AccountSync::renameFeed(
    const Sync::AccountInfo &account, const QString &password, const QString &feedRemoteId, const QString &title)
{
    QMetaObject::invokeMethod(m_runner, [runner = m_runner, account, password, feedRemoteId, title] {
        runner->renameFeed(account, password, feedRemoteId, title);
    });
}

void AccountSync::moveFeed(const Sync::AccountInfo &account, const QString &password, const QString &feedRemoteId,
    const QString &folderRemoteId, const QString &newFolder)
{
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, account, password, feedRemoteId, folderRemoteId, newFolder] {
            runner->moveFeed(account, password, feedRemoteId, folderRemoteId, newFolder);
        });
}

void AccountSync::onFinished(const AccountSyncResult &result)
{
    m_running.remove(result.accountId);
    Q_EMIT finished(result);
}

} // namespace Core
