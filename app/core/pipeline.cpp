#include "core/pipeline.h"

#include "core/autodiscovery.h"
#include "core/fetcher.h"
#include "core/parser_worker.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>

#include <deque>
#include <optional>

Q_LOGGING_CATEGORY(lcPipeline, "tidings.pipeline")

namespace Core {

namespace {

// Pages fetched or being cleaned at once: keeps memory and the parser
// thread's queue short however many stories a refresh brings.
constexpr int MaxPagesInFlight = 6;

bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// Content types an article page can come as; anything else (PDF, images,
// audio) keeps the feed's own content.
bool isPageType(const QString &contentType)
{
    return contentType.isEmpty() || contentType == QLatin1String("text/html")
        || contentType == QLatin1String("application/xhtml+xml") || contentType == QLatin1String("text/plain")
        || contentType == QLatin1String("application/xml") || contentType == QLatin1String("text/xml");
}

QString titleOf(const Subscription &subscription)
{
    return subscription.title.isEmpty() ? subscription.url : subscription.title;
}

struct ParseJob {
    enum class Kind { Refresh, Add } kind = Kind::Refresh;
    qint64 owner = 0; // subscription (Refresh) or add job (Add)
    FetchResult fetch;
};

struct AddJob {
    QString input;
    FolderId folder = 0;
    QUrl url;                // what the user gave, normalised
    bool probing = false;    // trying discovered or common feed URLs
    QList<QUrl> candidates;
    qsizetype next = 0;
    QUrl pageUrl;            // the page the candidates came from
};

} // namespace

struct Pipeline::Private {
    Pipeline *q = nullptr;
    Store *store = nullptr;
    Fetcher *fetcher = nullptr;
    QThread *thread = nullptr;
    ParserWorker *worker = nullptr;

    RefreshProgress progress;
    bool active = false; // work started since the last idle()
    quint64 nextRequest = 1;
    QSet<SubscriptionId> feedsInFlight;
    QHash<quint64, ParseJob> parses;
    QHash<quint64, AddJob> adds;
    QHash<quint64, quint64> discoveries; // discover request -> add job
    std::deque<StoryId> pageQueue;
    QSet<StoryId> queuedPages;
    int pagesInFlight = 0;
    bool pumping = false;
    quint64 generationCounter = 0;
    QHash<StoryId, quint64> generations; // the latest cleaning of each story in flight
    std::optional<Topics::CorpusStats> stats;

    bool busy() const;
    void begin();
    void step();
    void maybeIdleLater();

    void refreshOne(const Subscription &subscription, RefreshPolicy policy);
    void onFeedFetched(SubscriptionId id, const FetchResult &result);
    void onFeedParsed(quint64 requestId, const ParsedFeed &feed);
    void finishRefresh(const ParseJob &job, const ParsedFeed &feed);
    void failFeed(SubscriptionId id, const Error &error, const QDateTime &serverRetryAfter = {});
    void feedDone(const FeedRefreshResult &result);

    void fetchForAdd(quint64 addId, const QUrl &url);
    void onAddFetched(quint64 addId, const FetchResult &result);
    void onAddParsed(const ParseJob &job, const ParsedFeed &feed);
    void onFeedsDiscovered(quint64 requestId, const QList<Autodiscovery::Candidate> &found);
    void probeNext(quint64 addId);
    void subscribe(quint64 addId, const FetchResult &result, const ParsedFeed &feed);
    void failAdd(quint64 addId, const Error &error);

    void queuePages(const QList<StoryId> &ids);
    void pumpPages();
    void startPage(StoryId id);
    void onPageFetched(StoryId id, quint64 generation, const QStringList &categories, const FetchResult &result);
    void onArticleExtracted(StoryId id, quint64 generation, const Article &article);
    void cleaningFailed(StoryId id, const QString &reason);
    void pageDone(StoryId id, quint64 generation);
};

// ---- bookkeeping -----------------------------------------------------------

bool Pipeline::Private::busy() const
{
    return !feedsInFlight.isEmpty() || !parses.isEmpty() || !adds.isEmpty() || pagesInFlight > 0
        || !pageQueue.empty();
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
    QMetaObject::invokeMethod(q, [this] { step(); }, Qt::QueuedConnection);
}

// ---- refreshing feeds ------------------------------------------------------

void Pipeline::Private::refreshOne(const Subscription &subscription, RefreshPolicy policy)
{
    if (feedsInFlight.contains(subscription.id))
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
    request.etag = subscription.etag;
    request.lastModified = subscription.lastModified;
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
        const Status moved = store->setSubscriptionUrl(id, result.finalUrl.toString());
        if (!moved)
            qCWarning(lcPipeline) << "could not follow the permanent redirect of" << subscription->url << "to"
                                  << result.finalUrl << ":" << moved.error().detail;
    }
    if (!result.ok()) {
        failFeed(id, result.error, result.retryAfter);
        return;
    }
    if (result.notModified()) {
        // A 304 may omit the validators; the stored ones still hold.
        const Status recorded
            = store->recordFetchSuccess(id, result.etag.isEmpty() ? subscription->etag : result.etag,
                                        result.lastModified.isEmpty() ? subscription->lastModified : result.lastModified,
                                        nullptr);
        if (!recorded) {
            failFeed(id, recorded.error());
            return;
        }
        Q_EMIT q->subscriptionUpdated(id);
        FeedRefreshResult done;
        done.id = id;
        done.title = titleOf(*subscription);
        done.notModified = true;
        feedDone(done);
        return;
    }
    const quint64 requestId = nextRequest++;
    ParseJob job {ParseJob::Kind::Refresh, id, result};
    job.fetch.body.clear(); // the parser thread has its own reference
    parses.insert(requestId, job);
    QMetaObject::invokeMethod(worker, [worker = worker, requestId, bytes = result.body, url = result.finalUrl,
                                       charset = result.charset] { worker->parseFeed(requestId, bytes, url, charset); });
}

void Pipeline::Private::onFeedParsed(quint64 requestId, const ParsedFeed &feed)
{
    const auto it = parses.constFind(requestId);
    if (it == parses.constEnd())
        return;
    const ParseJob job = *it;
    parses.erase(it);
    if (job.kind == ParseJob::Kind::Add)
        onAddParsed(job, feed);
    else
        finishRefresh(job, feed);
}

void Pipeline::Private::finishRefresh(const ParseJob &job, const ParsedFeed &feed)
{
    const SubscriptionId id = job.owner;
    if (feed.fatal) {
        const QString why = feed.errors.isEmpty() ? QStringLiteral("not a feed") : feed.errors.join(QStringLiteral("; "));
        failFeed(id, {feed.format.isEmpty() ? ErrorCode::NotAFeed : ErrorCode::ParseError, why, job.fetch.finalUrl});
        return;
    }
    const Result<QList<StoryId>> added = store->upsertStories(id, feed.items);
    if (!added) {
        failFeed(id, added.error());
        return;
    }
    const Status recorded = store->recordFetchSuccess(id, job.fetch.etag, job.fetch.lastModified, &feed);
    if (!recorded)
        qCWarning(lcPipeline) << "could not record the fetch of" << id << ":" << recorded.error().detail;
    Q_EMIT q->subscriptionUpdated(id);
    if (!added->isEmpty())
        Q_EMIT q->storiesAdded(id, *added);
    const std::optional<Subscription> subscription = store->subscription(id);
    FeedRefreshResult done;
    done.id = id;
    done.title = subscription ? titleOf(*subscription) : feed.title;
    done.newStories = int(added->size());
    queuePages(*added);
    feedDone(done);
}

void Pipeline::Private::failFeed(SubscriptionId id, const Error &error, const QDateTime &serverRetryAfter)
{
    const std::optional<Subscription> subscription = store->subscription(id);
    const int failures = subscription ? subscription->consecutiveFailures + 1 : 1;
    QDateTime retryAfter = QDateTime::currentDateTimeUtc().addSecs(Fetcher::backoffSeconds(failures));
    if (serverRetryAfter.isValid() && serverRetryAfter > retryAfter)
        retryAfter = serverRetryAfter;
    const Status recorded = store->recordFetchFailure(id, describeError(error), retryAfter);
    if (!recorded)
        qCWarning(lcPipeline) << "could not record the failure of" << id << ":" << recorded.error().detail;
    Q_EMIT q->subscriptionUpdated(id);
    ++progress.feedsFailed;
    FeedRefreshResult done;
    done.id = id;
    done.title = subscription ? titleOf(*subscription) : QString();
    done.retryAfter = retryAfter;
    done.error = error;
    feedDone(done);
}

void Pipeline::Private::feedDone(const FeedRefreshResult &result)
{
    feedsInFlight.remove(result.id);
    ++progress.feedsDone;
    Q_EMIT q->feedRefreshed(result);
    step();
}

// ---- adding subscriptions --------------------------------------------------

void Pipeline::Private::fetchForAdd(quint64 addId, const QUrl &url)
{
    FetchRequest request;
    request.url = url;
    request.kind = FetchKind::Feed;
    fetcher->fetch(request, [this, addId](const FetchResult &result) { onAddFetched(addId, result); });
}

void Pipeline::Private::onAddFetched(quint64 addId, const FetchResult &result)
{
    auto it = adds.find(addId);
    if (it == adds.end())
        return;
    if (!result.ok() || result.notModified()) {
        if (it->probing)
            probeNext(addId);
        else
            failAdd(addId, result.error.code == ErrorCode::None
                               ? Error {ErrorCode::HttpError, QStringLiteral("unexpected 304"), result.url}
                               : result.error);
        return;
    }
    const quint64 requestId = nextRequest++;
    parses.insert(requestId, ParseJob {ParseJob::Kind::Add, qint64(addId), result});
    QMetaObject::invokeMethod(worker, [worker = worker, requestId, bytes = result.body, url = result.finalUrl,
                                       charset = result.charset] { worker->parseFeed(requestId, bytes, url, charset); });
}

void Pipeline::Private::onAddParsed(const ParseJob &job, const ParsedFeed &feed)
{
    const quint64 addId = quint64(job.owner);
    auto it = adds.find(addId);
    if (it == adds.end())
        return;
    if (!feed.fatal) {
        subscribe(addId, job.fetch, feed);
        return;
    }
    if (it->probing) {
        probeNext(addId);
        return;
    }
    // Not a feed: a web page, perhaps, that announces one.
    it->pageUrl = job.fetch.finalUrl;
    const quint64 requestId = nextRequest++;
    discoveries.insert(requestId, addId);
    QMetaObject::invokeMethod(worker, [worker = worker, requestId, bytes = job.fetch.body, url = job.fetch.finalUrl,
                                       charset = job.fetch.charset] {
        worker->discoverFeeds(requestId, bytes, url, charset);
    });
}

void Pipeline::Private::onFeedsDiscovered(quint64 requestId, const QList<Autodiscovery::Candidate> &found)
{
    const quint64 addId = discoveries.take(requestId);
    auto it = adds.find(addId);
    if (it == adds.end())
        return;
    QList<QUrl> candidates;
    for (const Autodiscovery::Candidate &candidate : found)
        candidates << candidate.url;
    for (const QUrl &url : Autodiscovery::commonFeedUrls(it->pageUrl)) {
        if (!candidates.contains(url) && url != it->pageUrl && url != it->url)
            candidates << url;
    }
    it->probing = true;
    it->candidates = candidates;
    it->next = 0;
    probeNext(addId);
}

void Pipeline::Private::probeNext(quint64 addId)
{
    auto it = adds.find(addId);
    if (it == adds.end())
        return;
    if (it->next >= it->candidates.size()) {
        failAdd(addId, {ErrorCode::NotAFeed, QStringLiteral("no feed found at or linked from %1").arg(it->url.toString()),
                        it->url});
        return;
    }
    fetchForAdd(addId, it->candidates.at(it->next++));
}

void Pipeline::Private::subscribe(quint64 addId, const FetchResult &result, const ParsedFeed &feed)
{
    const AddJob job = adds.value(addId);
    // Temporary redirects keep the address asked for; permanent ones move it.
    const QString url = (result.permanentRedirect ? result.finalUrl : result.url).toString();
    if (store->subscriptionByUrl(url)) {
        failAdd(addId, {ErrorCode::Duplicate, QStringLiteral("already subscribed to %1").arg(url), QUrl(url)});
        return;
    }
    const Result<SubscriptionId> added = store->addSubscription(url, feed.title.simplified(), job.folder);
    if (!added) {
        failAdd(addId, added.error());
        return;
    }
    const SubscriptionId id = *added;
    const Status recorded = store->recordFetchSuccess(id, result.etag, result.lastModified, &feed);
    if (!recorded)
        qCWarning(lcPipeline) << "could not record the first fetch of" << url << ":" << recorded.error().detail;
    const Result<QList<StoryId>> stories = store->upsertStories(id, feed.items);
    adds.remove(addId);
    ++progress.feedsDone;
    Q_EMIT q->subscriptionAdded(id);
    if (stories && !stories->isEmpty()) {
        Q_EMIT q->storiesAdded(id, *stories);
        queuePages(*stories);
    } else if (!stories) {
        qCWarning(lcPipeline) << "could not store the stories of" << url << ":" << stories.error().detail;
    }
    step();
}

void Pipeline::Private::failAdd(quint64 addId, const Error &error)
{
    const AddJob job = adds.take(addId);
    ++progress.feedsDone;
    ++progress.feedsFailed;
    Q_EMIT q->subscriptionFailed(job.input, error);
    step();
}

// ---- cleaning pages ----------------------------------------------------------

void Pipeline::Private::queuePages(const QList<StoryId> &ids)
{
    if (ids.isEmpty())
        return;
    begin();
    for (StoryId id : ids) {
        if (queuedPages.contains(id))
            continue;
        queuedPages.insert(id);
        pageQueue.push_back(id);
        ++progress.pagesQueued;
    }
    pumpPages();
}

void Pipeline::Private::pumpPages()
{
    if (pumping)
        return; // a page that ends at once, inside startPage, must not recurse
    pumping = true;
    while (pagesInFlight < MaxPagesInFlight && !pageQueue.empty()) {
        const StoryId id = pageQueue.front();
        pageQueue.pop_front();
        queuedPages.remove(id);
        startPage(id);
    }
    pumping = false;
}

void Pipeline::Private::startPage(StoryId id)
{
    const quint64 generation = ++generationCounter;
    generations.insert(id, generation);
    ++pagesInFlight;
    const std::optional<StoryDetail> story = store->story(id);
    if (!story) {
        pageDone(id, generation); // deleted meanwhile: nothing to clean
        return;
    }
    const QUrl link(story->row.link);
    Q_EMIT q->cleaningStarted(id);
    if (!isWebUrl(link)) {
        cleaningFailed(id, QStringLiteral("the story links to no web page"));
        pageDone(id, generation);
        return;
    }
    FetchRequest request;
    request.url = link;
    request.kind = FetchKind::Page;
    fetcher->fetch(request, [this, id, generation, categories = story->categories](const FetchResult &result) {
        onPageFetched(id, generation, categories, result);
    });
}

void Pipeline::Private::onPageFetched(StoryId id, quint64 generation, const QStringList &categories,
                                      const FetchResult &result)
{
    if (generations.value(id) != generation) {
        pageDone(id, generation); // a newer cleaning of this story is under way
        return;
    }
    if (!result.ok() || result.notModified()) {
        cleaningFailed(id, QStringLiteral("could not fetch the page: %1").arg(describeError(result.error)));
        pageDone(id, generation);
        return;
    }
    if (!isPageType(result.contentType)) {
        cleaningFailed(id, QStringLiteral("the link leads to %1, not a web page").arg(result.contentType));
        pageDone(id, generation);
        return;
    }
    if (!stats)
        stats = store->corpusStats();
    QMetaObject::invokeMethod(worker, [worker = worker, id, generation, bytes = result.body, url = result.finalUrl,
                                       charset = result.charset, categories, stats = *stats] {
        worker->extract(id, generation, bytes, url, charset, categories, stats);
    });
}

void Pipeline::Private::onArticleExtracted(StoryId id, quint64 generation, const Article &article)
{
    if (generations.value(id) == generation) {
        if (!article.readerable) {
            cleaningFailed(id, article.notReaderableReason.isEmpty() ? QStringLiteral("the page is not an article")
                                                                     : article.notReaderableReason);
        } else if (const Status saved = store->saveArticle(id, article); saved) {
            Q_EMIT q->articleSaved(id);
        } else {
            Q_EMIT q->cleaningFailed(id, describeError(saved.error()));
        }
    }
    pageDone(id, generation);
}

void Pipeline::Private::cleaningFailed(StoryId id, const QString &reason)
{
    const Status saved = store->saveCleanFailure(id, reason);
    if (!saved)
        qCWarning(lcPipeline) << "could not record the cleaning failure of story" << id << ":" << saved.error().detail;
    Q_EMIT q->cleaningFailed(id, reason);
}

void Pipeline::Private::pageDone(StoryId id, quint64 generation)
{
    if (generations.value(id) == generation)
        generations.remove(id);
    --pagesInFlight;
    ++progress.pagesDone;
    pumpPages();
    step();
}

// ---- Pipeline ----------------------------------------------------------------

Pipeline::Pipeline(Store *store, QObject *parent)
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
            [this](quint64 requestId, const ParsedFeed &feed) { d->onFeedParsed(requestId, feed); });
    connect(d->worker, &ParserWorker::articleExtracted, this,
            [this](StoryId id, quint64 generation, const Article &article) {
                d->onArticleExtracted(id, generation, article);
            });
    connect(d->worker, &ParserWorker::feedsDiscovered, this,
            [this](quint64 requestId, const QList<Autodiscovery::Candidate> &found) {
                d->onFeedsDiscovered(requestId, found);
            });
    d->thread->start();
}

// Replies are aborted without reports; queued parser work is skipped; the
// store has already committed everything that was saved.
Pipeline::~Pipeline()
{
    delete d->fetcher;
    d->fetcher = nullptr;
    d->thread->requestInterruption();
    d->thread->quit();
    d->thread->wait();
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

void Pipeline::addSubscription(const QString &url, FolderId folder)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const QUrl normalised = QUrl::fromUserInput(url.trimmed());
    d->begin();
    ++d->progress.feedsTotal;
    const quint64 addId = d->nextRequest++;
    AddJob job;
    job.input = url;
    job.folder = folder;
    job.url = normalised;
    d->adds.insert(addId, job);
    if (!isWebUrl(normalised)) {
        QMetaObject::invokeMethod(
            this,
            [this, addId, normalised] {
                d->failAdd(addId, {ErrorCode::InvalidArgument, QStringLiteral("not a web address"), normalised});
            },
            Qt::QueuedConnection);
        return;
    }
    if (d->store->subscriptionByUrl(normalised.toString())) {
        QMetaObject::invokeMethod(
            this,
            [this, addId, normalised] {
                d->failAdd(addId, {ErrorCode::Duplicate,
                                   QStringLiteral("already subscribed to %1").arg(normalised.toString()), normalised});
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

bool Pipeline::isBusy() const
{
    return d->busy();
}

RefreshProgress Pipeline::progress() const
{
    return d->progress;
}

void Pipeline::setFetcherOptions(const FetcherOptions &options)
{
    d->fetcher->setOptions(options);
}

QString Pipeline::describeError(const Error &error)
{
    QString summary;
    switch (error.code) {
    case ErrorCode::None: return {};
    case ErrorCode::NetworkError: summary = QStringLiteral("network error"); break;
    case ErrorCode::HttpError: summary = QStringLiteral("HTTP error"); break;
    case ErrorCode::Timeout: summary = QStringLiteral("timed out"); break;
    case ErrorCode::TooLarge: summary = QStringLiteral("too large"); break;
    case ErrorCode::TooManyRedirects: summary = QStringLiteral("too many redirects"); break;
    case ErrorCode::NotAFeed: summary = QStringLiteral("not a feed"); break;
    case ErrorCode::ParseError: summary = QStringLiteral("unreadable feed"); break;
    case ErrorCode::DatabaseError:
    case ErrorCode::DatabaseCorrupt: summary = QStringLiteral("database error"); break;
    case ErrorCode::InvalidArgument: summary = QStringLiteral("invalid address"); break;
    case ErrorCode::FileNotReadable: summary = QStringLiteral("unreadable file"); break;
    case ErrorCode::NotFound: summary = QStringLiteral("not found"); break;
    case ErrorCode::Duplicate: summary = QStringLiteral("duplicate"); break;
    }
    return error.detail.isEmpty() ? summary : summary + QStringLiteral(": ") + error.detail;
}

} // namespace Core
