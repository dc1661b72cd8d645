#include "sync/sync_run.h"

#include <QPointer>

#include <memory>

namespace Sync {

namespace {

struct Run {
    QPointer<RemoteClient> client;
    PendingChanges *pending = nullptr;
    std::function<void(SyncStep, int)> progress;
    std::function<void(const RemoteError &, const SyncSnapshot &)> done;
    SyncSnapshot snapshot;
    qint64 startedSince = 0;
    QMetaObject::Connection progressConnection;

    void step(SyncStep s, int stories = 0)
    {
        if (progress)
            progress(s, stories);
    }
    void finish(const RemoteError &error)
    {
        QObject::disconnect(progressConnection);
        if (error)
            snapshot.sinceId = startedSince;
        snapshot.complete = !error;
        done(error, snapshot);
    }
};

void states(const std::shared_ptr<Run> &run)
{
    run->step(SyncStep::States);
    run->client->storiesWith(StoryField::Read, [run](const RemoteError &error, const QList<qint64> &unread) {
        if (error)
            return run->finish(error);
        run->snapshot.unread = QSet<qint64>(unread.begin(), unread.end());
        run->client->storiesWith(StoryField::Starred, [run](const RemoteError &error, const QList<qint64> &starred) {
            if (error)
                return run->finish(error);
            run->snapshot.starred = QSet<qint64>(starred.begin(), starred.end());
            run->finish({});
        });
    });
}

void stories(const std::shared_ptr<Run> &run)
{
    run->step(SyncStep::Stories);
    run->progressConnection = QObject::connect(
        run->client.data(), &RemoteClient::progress, run->client.data(), [weak = std::weak_ptr<Run>(run)](int count) {
            if (const auto r = weak.lock())
                r->step(SyncStep::Stories, count);
        });
    run->client->stories(run->startedSince, [run](const RemoteError &error, const QList<RemoteStory> &list) {
        if (error)
            return run->finish(error);
        run->snapshot.stories = list;
        for (const RemoteStory &s : list)
            run->snapshot.sinceId = std::max(run->snapshot.sinceId, s.id);
        states(run);
    });
}

void feeds(const std::shared_ptr<Run> &run)
{
    run->step(SyncStep::Feeds);
    run->client->feeds([run](const RemoteError &error, const QList<RemoteFeed> &list) {
        if (error)
            return run->finish(error);
        run->snapshot.feeds = list;
        stories(run);
    });
}

void folders(const std::shared_ptr<Run> &run)
{
    run->step(SyncStep::Folders);
    run->client->categories([run](const RemoteError &error, const QList<RemoteCategory> &list) {
        if (error)
            return run->finish(error);
        run->snapshot.categories = list;
        feeds(run);
    });
}

} // namespace

void runSync(RemoteClient &client, PendingChanges &pending, qint64 sinceId,
    std::function<void(SyncStep step, int stories)> progress,
    std::function<void(const RemoteError &error, const SyncSnapshot &snapshot)> done)
{
    auto run = std::make_shared<Run>();
    run->client = &client;
    run->pending = &pending;
    run->progress = std::move(progress);
    run->done = std::move(done);
    run->startedSince = sinceId;
    run->snapshot.sinceId = sinceId;
    run->step(SyncStep::SendingChanges);
    pending.send(client, [run](const RemoteError &error) {
        if (error)
            return run->finish(error);
        folders(run);
    });
}

} // namespace Sync
