#include "pipeline/pipeline.h"

#include "hand_over.h"
#include "pipeline/web_address.h"
#include "pipeline_private.h"

#include <QThread>

#include <utility>

Q_LOGGING_CATEGORY(lcPipeline, "tidings.pipeline")

namespace Core {

using namespace PipelineDetail;

// ---- bookkeeping -----------------------------------------------------------

bool Pipeline::Private::busy() const
{
    return !feedsInFlight.isEmpty() || !parses.isEmpty() || !adds.isEmpty() || pagesInFlight > 0 || !pageQueue.empty()
        || !feedWrites.isEmpty() || requeuePending || retentionPending > 0;
}

// A new batch starts from zero when the pipeline was idle.
void Pipeline::Private::begin()
{
    if (!active) {
        progress = {};
        stats.reset();
    }
    active = true;
}

void Pipeline::Private::step()
{
    Q_EMIT q->progressChanged(progress);
    if (active && !busy()) {
        active = false;
        stats.reset();
        Q_EMIT q->idle();
    }
}

void Pipeline::Private::maybeIdleLater()
{
    QMetaObject::invokeMethod(
        q, [this] { step(); }, Qt::QueuedConnection);
}

// ---- refreshing feeds ------------------------------------------------------

void Pipeline::Private::refreshOne(const Subscription &subscription, RefreshPolicy policy)
{
    // Built-in local feeds (tidings:welcome) live only in the store: there is
    // nothing to fetch, and they must never be reported as failing.
    // A feed server's subscriptions are fetched by the server and come in
    // through its account's sync (AccountSync), never from here.
    if (feedsInFlight.contains(subscription.id) || isBuiltInFeed(subscription.url) || subscription.isRemote())
        return;
    begin();
    ++progress.feedsTotal;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (policy == RefreshPolicy::RespectBackoff && subscription.retryAfter.isValid() && subscription.retryAfter > now) {
        ++progress.feedsDone;
        ++progress.feedsSkipped;
        FeedRefreshResult result;
        result.id = subscription.id;
        result.title = titleOf(subscription);
        result.skipped = true;
        result.retryAfter = subscription.retryAfter;
        Q_EMIT q->feedRefreshed(result);
        return;
    }
    feedsInFlight.insert(subscription.id);
    FetchRequest request;
    request.url = QUrl(subscription.url);
    request.kind = FetchKind::Feed;
    if (policy != RefreshPolicy::Reload) {
        request.etag = subscription.etag;
        request.lastModified = subscription.lastModified;
    }
    if (!subscription.settings.authUser.isEmpty()) {
        request.user = subscription.settings.authUser;
        request.password = passwords.value(subscription.id);
    }
    const SubscriptionId id = subscription.id;
    fetcher->fetch(request, [this, id](const FetchResult &result) { onFeedFetched(id, result); });
}

void Pipeline::Private::onFeedFetched(SubscriptionId id, const FetchResult &result)
{
    const std::optional<Subscription> subscription = store->subscription(id);
    if (!subscription) { // deleted while its fetch was under way
        feedsInFlight.remove(id);
        ++progress.feedsDone;
        step();
        return;
    }
    if (result.ok() && result.permanentRedirect && result.finalUrl.toString() != subscription->url) {
        toStorage(
            [id, url = result.finalUrl.toString()](StorageWorker &storage) { storage.moveSubscription(id, url); });
    }
    if (!result.ok()) {
        failFeed(id, result.error, result.retryAfter);
        return;
    }
    if (result.notModified()) {
        // A 304 may omit the validators; the stored ones still hold.
        feedWrites.insert(id, { FeedWrite::Kind::NotModified, {} });
        toStorage([id, etag = result.etag.isEmpty() ? subscription->etag : result.etag,
                      lastModified = result.lastModified.isEmpty() ? subscription->lastModified : result.lastModified,
                      maxAge = result.maxAgeSeconds](
                      StorageWorker &storage) { storage.recordNotModified(id, etag, lastModified, maxAge); });
        return;
    }
    const quint64 requestId = nextRequest++;
    ParseJob job { ParseJob::Kind::Refresh, id, result };
    job.fetch.body.clear(); // the parser thread has its own reference
    parses.insert(requestId, job);
    QMetaObject::invokeMethod(
        worker, [worker = worker, requestId, bytes = result.body, url = result.finalUrl, charset = result.charset] {
            worker->parseFeed(requestId, bytes, url, charset);
        });
}

void Pipeline::Private::onFeedParsed(quint64 requestId, const ParsedFeed &feed)
{
    if (!parses.contains(requestId))
        return;
    const ParseJob job = parses.take(requestId);
    if (job.kind == ParseJob::Kind::Add)
        onAddParsed(job, feed);
    else
        finishRefresh(job, feed);
}

void Pipeline::Private::finishRefresh(const ParseJob &job, const ParsedFeed &feed)
{
    const SubscriptionId id = job.owner;
    if (feed.fatal) {
        const QString why
            = feed.errors.isEmpty() ? QStringLiteral("not a feed") : feed.errors.join(QStringLiteral("; "));
        failFeed(id, { feed.format.isEmpty() ? ErrorCode::NotAFeed : ErrorCode::ParseError, why, job.fetch.finalUrl });
        return;
    }
    feedWrites.insert(id, { FeedWrite::Kind::Stored, {} });
    toStorage([id, etag = job.fetch.etag, lastModified = job.fetch.lastModified, feed,
                  minInterval = std::max(feed.minIntervalSeconds, job.fetch.maxAgeSeconds)](
                  StorageWorker &storage) { storage.storeFeed(id, etag, lastModified, feed, minInterval); });
}

void Pipeline::Private::failFeed(SubscriptionId id, const Error &error, const QDateTime &serverRetryAfter)
{
    feedWrites.insert(id, { FeedWrite::Kind::Failed, error });
    toStorage(
        [id, error, serverRetryAfter](StorageWorker &storage) { storage.recordFailure(id, error, serverRetryAfter); });
}

// The feed's outcome is committed: now the UI may read it.
void Pipeline::Private::onFeedStored(const FeedStored &stored)
{
    if (!feedWrites.contains(stored.id))
        return;
    const FeedWrite write = feedWrites.take(stored.id);
    FeedRefreshResult done;
    done.id = stored.id;
    done.title = stored.title;
    switch (write.kind) {
    case FeedWrite::Kind::Stored:
    case FeedWrite::Kind::NotModified:
        if (stored.error.code != ErrorCode::None) {
            failFeed(stored.id, stored.error);
            return;
        }
        Q_EMIT q->subscriptionUpdated(stored.id);
        if (!stored.removed.isEmpty())
            Q_EMIT q->storiesRemoved(stored.removed);
        if (!stored.added.isEmpty())
            Q_EMIT q->storiesAdded(stored.id, stored.added);
        if (icons)
            icons->refreshIfDue(stored.id);
        done.notModified = write.kind == FeedWrite::Kind::NotModified;
        done.newStories = int(stored.added.size());
        // A feed that carries its stories whole is read as it comes: no page to clean.
        if (const std::optional<Subscription> subscription = store->subscription(stored.id);
            !subscription || !subscription->settings.fullText)
            queuePages(stored.added);
        break;
    case FeedWrite::Kind::Failed:
        if (stored.exists)
            Q_EMIT q->subscriptionUpdated(stored.id);
        ++progress.feedsFailed;
        done.retryAfter = stored.retryAfter;
        done.error = write.error;
        break;
    }
    feedDone(done);
}

void Pipeline::Private::feedDone(const FeedRefreshResult &result)
{
    feedsInFlight.remove(result.id);
    ++progress.feedsDone;
    Q_EMIT q->feedRefreshed(result);
    step();
}

// ---- Pipeline ----------------------------------------------------------------

Pipeline::Pipeline(Store *store, QObject *parent)
    : Pipeline(store, nullptr, parent)
{
}

Pipeline::Pipeline(Store *store, StorageWriter *writer, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    Q_ASSERT(store);
    ParserWorker::registerMetaTypes();
    qRegisterMetaType<Core::RefreshProgress>();
    qRegisterMetaType<Core::FeedRefreshResult>();
    qRegisterMetaType<Core::Error>();
    qRegisterMetaType<QList<Core::StoryId>>("QList<Core::StoryId>");
    d->q = this;
    d->store = store;
    d->fetcher = new Fetcher(this);
    d->thread = new QThread(this);
    d->thread->setObjectName(QStringLiteral("parser"));
    d->worker = new ParserWorker; // no parent: it moves to the parser thread
    d->worker->moveToThread(d->thread);
    connect(d->thread, &QThread::finished, d->worker, &QObject::deleteLater);
    connect(d->worker, &ParserWorker::feedParsed, this,
        [this, from = d->worker](quint64 requestId, const ParsedFeed &feed) {
            handedOver(from);
            d->onFeedParsed(requestId, feed);
        });
    connect(d->worker, &ParserWorker::articleExtracted, this,
        [this, from = d->worker](StoryId id, quint64 generation, const Article &article) {
            handedOver(from);
            d->onArticleExtracted(id, generation, article);
        });
    connect(d->worker, &ParserWorker::feedsDiscovered, this,
        [this, from = d->worker](quint64 requestId, const QList<Autodiscovery::Candidate> &found) {
            handedOver(from);
            d->onFeedsDiscovered(requestId, found);
        });
    d->thread->start();

    StorageWorker::registerMetaTypes();
    if (!writer) {
        d->ownWriter = std::make_unique<StorageWriter>(store->profileDir());
        writer = d->ownWriter.get();
    }
    d->writer = writer;
    d->storage = new StorageWorker; // no parent: it moves to the storage thread
    d->storage->moveToThread(writer->storageThread());
    connect(d->storage, &StorageWorker::feedStored, this, [this, from = d->storage](const FeedStored &stored) {
        handedOver(from);
        d->onFeedStored(stored);
    });
    connect(d->storage, &StorageWorker::subscriptionStored, this,
        [this, from = d->storage](const SubscriptionStored &stored) {
            handedOver(from);
            d->onSubscriptionStored(stored);
        });
    connect(d->storage, &StorageWorker::articleStored, this, [this, from = d->storage](const ArticleStored &stored) {
        handedOver(from);
        d->onArticleStored(stored);
    });
    connect(
        d->storage, &StorageWorker::retentionApplied, this, [this, from = d->storage](const QList<StoryId> &removed) {
            handedOver(from);
            --d->retentionPending;
            if (!removed.isEmpty())
                Q_EMIT storiesRemoved(removed);
            d->step();
        });
    writer->post([storage = d->storage](Store *opened, const Error &openError) { storage->attach(opened, openError); });
}

// Replies are aborted without reports and queued parser work is skipped,
// but every write already handed to the storage thread is committed: the
// worker's deletion queues behind them, and an own writer waits for it.
// Their reports are not emitted.
Pipeline::~Pipeline()
{
    delete d->fetcher;
    d->fetcher = nullptr;
    handingOver(d->worker); // to its destructor, on the parser thread
    d->thread->requestInterruption();
    d->thread->quit();
    d->thread->wait();
    handingOver(d->storage);
    d->writer->post([storage = d->storage](Store *, const Error &) { delete storage; });
    d->storage = nullptr;
    d->ownWriter.reset();
}

void Pipeline::refreshAll()
{
    refreshAll(RefreshPolicy::RespectBackoff);
}

void Pipeline::refreshAll(RefreshPolicy policy)
{
    Q_ASSERT(QThread::currentThread() == thread());
    d->begin();
    for (const Subscription &subscription : d->store->subscriptions())
        d->refreshOne(subscription, policy);
    d->queueBacklog();
    d->maybeIdleLater(); // idle() even when every feed was resting
}

void Pipeline::refresh(SubscriptionId id)
{
    refresh(id, RefreshPolicy::RespectBackoff);
}

void Pipeline::refresh(SubscriptionId id, RefreshPolicy policy)
{
    Q_ASSERT(QThread::currentThread() == thread());
    d->begin();
    if (const std::optional<Subscription> subscription = d->store->subscription(id))
        d->refreshOne(*subscription, policy);
    d->maybeIdleLater();
}

void Pipeline::refresh(const QList<SubscriptionId> &ids, RefreshPolicy policy)
{
    Q_ASSERT(QThread::currentThread() == thread());
    d->begin();
    for (const SubscriptionId id : ids) {
        if (const std::optional<Subscription> subscription = d->store->subscription(id))
            d->refreshOne(*subscription, policy);
    }
    d->maybeIdleLater();
}

void Pipeline::addSubscription(const QString &url, FolderId folder)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const QList<QUrl> candidates = webAddressCandidates(url);
    const QUrl normalised = candidates.value(0, QUrl(url.trimmed()));
    d->begin();
    ++d->progress.feedsTotal;
    const quint64 addId = d->nextRequest++;
    AddJob job;
    job.input = url;
    job.folder = folder;
    job.url = normalised;
    job.fallback = candidates.value(1);
    d->adds.insert(addId, job);
    if (candidates.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, addId, normalised] {
                d->failAdd(addId, { ErrorCode::InvalidArgument, QStringLiteral("not a web address"), normalised });
            },
            Qt::QueuedConnection);
        return;
    }
    for (const QUrl &candidate : candidates) {
        if (!d->store->subscriptionByUrl(candidate.toString()))
            continue;
        QMetaObject::invokeMethod(
            this,
            [this, addId, candidate] {
                d->failAdd(addId,
                    { ErrorCode::Duplicate, QStringLiteral("already subscribed to %1").arg(candidate.toString()),
                        candidate });
            },
            Qt::QueuedConnection);
        return;
    }
    d->fetchForAdd(addId, normalised);
}

void Pipeline::cleanStory(StoryId id)
{
    Q_ASSERT(QThread::currentThread() == thread());
    d->begin();
    // Jump the queue; a cleaning already under way is superseded (its
    // result is dropped by the generation check).
    if (d->queuedPages.contains(id)) {
        d->pageQueue.erase(std::find(d->pageQueue.begin(), d->pageQueue.end(), id));
        d->queuedPages.remove(id);
        --d->progress.pagesQueued;
    }
    ++d->progress.pagesQueued;
    d->startPage(id);
}

void Pipeline::cleanStories(const QList<StoryId> &ids)
{
    Q_ASSERT(QThread::currentThread() == thread());
    d->queuePages(ids);
    d->maybeIdleLater();
}

bool Pipeline::isBusy() const
{
    return d->busy();
}

RefreshProgress Pipeline::progress() const
{
    return d->progress;
}

void Pipeline::setPassword(SubscriptionId id, const QString &password)
{
    if (password.isEmpty())
        d->passwords.remove(id);
    else
        d->passwords.insert(id, password);
}

void Pipeline::setFetcherOptions(const FetcherOptions &options)
{
    d->fetcher->setOptions(options);
}

StorageWriter *Pipeline::writer() const
{
    return d->writer;
}

void Pipeline::setRetentionDefaults(const RetentionDefaults &defaults)
{
    d->toStorage([defaults](StorageWorker &storage) { storage.setRetentionDefaults(defaults); });
    applyRetention();
}

void Pipeline::applyRetention()
{
    Q_ASSERT(QThread::currentThread() == thread());
    d->begin();
    ++d->retentionPending;
    d->toStorage([](StorageWorker &storage) { storage.applyRetention(); });
}

void Pipeline::setWriteObserver(const WriteObserver &observer)
{
    d->toStorage([observer](StorageWorker &storage) { storage.setWriteObserver(observer); });
}

void Pipeline::setFetchIcons(bool on)
{
    if (on == (d->icons != nullptr))
        return;
    if (!on) {
        delete std::exchange(d->icons, nullptr);
        return;
    }
    d->icons = new SiteIcons(d->store, d->writer, d->fetcher, this);
    connect(d->icons, &SiteIcons::iconChanged, this, &Pipeline::iconChanged);
}

} // namespace Core
