#include "storage_worker.h"

#include "base/backoff.h"
#include "hand_over.h"

#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcStorage, "tidings.pipeline.storage")

namespace Core {

// Before QObject's destructor frees the connections the GUI thread used.
StorageWorker::~StorageWorker()
{
    handedOver(this);
}

void StorageWorker::registerMetaTypes()
{
    qRegisterMetaType<Core::FeedStored>();
    qRegisterMetaType<Core::SubscriptionStored>();
    qRegisterMetaType<Core::ArticleStored>();
    qRegisterMetaType<QList<Core::StoryId>>("QList<Core::StoryId>");
}

void StorageWorker::attach(Store *store, const Error &openError)
{
    m_store = store;
    m_openError = openError;
}

void StorageWorker::setWriteObserver(const WriteObserver &observer)
{
    m_observer = observer;
}

void StorageWorker::observe(const QString &operation, qint64 key) const
{
    if (m_observer)
        m_observer(operation, key);
}

QString StorageWorker::titleOf(SubscriptionId id, bool *exists) const
{
    const std::optional<Subscription> subscription = m_store ? m_store->subscription(id) : std::nullopt;
    if (exists)
        *exists = subscription.has_value();
    if (!subscription)
        return {};
    return subscription->title.isEmpty() ? subscription->url : subscription->title;
}

void StorageWorker::setRetentionDefaults(const RetentionDefaults &defaults)
{
    m_retention = defaults;
}

QList<StoryId> StorageWorker::retain(SubscriptionId id)
{
    if (!m_store)
        return {};
    observe(QStringLiteral("applyRetention"), id);
    const Result<QList<StoryId>> removed = m_store->applyRetention(m_retention, id);
    if (!removed) {
        qCWarning(lcStorage) << "could not apply retention to" << id << ":" << describe(removed.error());
        return {};
    }
    return *removed;
}

namespace {

// New stories retention removed at once (older than the feed keeps) are not news.
QList<StoryId> withoutRemoved(const QList<StoryId> &added, const QList<StoryId> &removed)
{
    if (removed.isEmpty())
        return added;
    const QSet<StoryId> gone(removed.cbegin(), removed.cend());
    QList<StoryId> kept;
    for (StoryId id : added) {
        if (!gone.contains(id))
            kept.append(id);
    }
    return kept;
}

} // namespace

void StorageWorker::applyRetention()
{
    handingOver(this);
    Q_EMIT retentionApplied(retain(0));
}

void StorageWorker::moveSubscription(SubscriptionId id, const QString &url)
{
    if (!m_store)
        return;
    observe(QStringLiteral("moveSubscription"), id);
    const Status moved = m_store->setSubscriptionUrl(id, url);
    if (!moved)
        qCWarning(lcStorage) << "could not follow the permanent redirect of" << id << "to" << url << ":"
                             << describe(moved.error());
}

bool StorageWorker::answeredWithoutStore(SubscriptionId id)
{
    if (m_store)
        return false;
    FeedStored result;
    result.id = id;
    result.error = m_openError;
    handingOver(this);
    Q_EMIT feedStored(result);
    return true;
}

void StorageWorker::storeFeed(
    SubscriptionId id, const QString &etag, const QString &lastModified, const ParsedFeed &feed, int minIntervalSeconds)
{
    if (answeredWithoutStore(id))
        return;
    FeedStored result;
    result.id = id;
    observe(QStringLiteral("upsertStories"), id);
    const Result<QList<StoryId>> added = m_store->upsertStories(id, feed.items);
    if (!added) {
        result.error = added.error();
        result.title = titleOf(id, &result.exists);
        handingOver(this);
        Q_EMIT feedStored(result);
        return;
    }
    observe(QStringLiteral("recordFetchSuccess"), id);
    const Status recorded = m_store->recordFetchSuccess(id, etag, lastModified, &feed, minIntervalSeconds);
    if (!recorded)
        qCWarning(lcStorage) << "could not record the fetch of" << id << ":" << describe(recorded.error());
    result.removed = retain(id);
    result.added = withoutRemoved(*added, result.removed);
    result.title = titleOf(id, &result.exists);
    if (result.title.isEmpty())
        result.title = feed.title;
    handingOver(this);
    Q_EMIT feedStored(result);
}

void StorageWorker::recordNotModified(
    SubscriptionId id, const QString &etag, const QString &lastModified, int maxAgeSeconds)
{
    if (answeredWithoutStore(id))
        return;
    FeedStored result;
    result.id = id;
    observe(QStringLiteral("recordFetchSuccess"), id);
    const Status recorded = m_store->recordFetchSuccess(id, etag, lastModified, nullptr, maxAgeSeconds);
    if (!recorded)
        result.error = recorded.error();
    result.removed = retain(id); // days pass for a feed that does not change too
    result.title = titleOf(id, &result.exists);
    handingOver(this);
    Q_EMIT feedStored(result);
}

// The back-off grows with the failures counted here, on the connection that
// writes them, so that two failures in a row never read a stale count.
void StorageWorker::recordFailure(SubscriptionId id, const Error &error, const QDateTime &serverRetryAfter)
{
    FeedStored result;
    result.id = id;
    const std::optional<Subscription> subscription = m_store ? m_store->subscription(id) : std::nullopt;
    result.exists = subscription.has_value();
    const int failures = subscription ? subscription->consecutiveFailures + 1 : 1;
    result.retryAfter = QDateTime::currentDateTimeUtc().addSecs(backoffSeconds(failures));
    if (serverRetryAfter.isValid() && serverRetryAfter > result.retryAfter)
        result.retryAfter = serverRetryAfter;
    if (subscription) {
        result.title = subscription->title.isEmpty() ? subscription->url : subscription->title;
        observe(QStringLiteral("recordFetchFailure"), id);
        const Status recorded = m_store->recordFetchFailure(id, error, result.retryAfter);
        if (!recorded)
            qCWarning(lcStorage) << "could not record the failure of" << id << ":" << describe(recorded.error());
    }
    handingOver(this);
    Q_EMIT feedStored(result);
}

void StorageWorker::subscribe(quint64 addId, const QString &url, FolderId folder, const QString &etag,
    const QString &lastModified, const ParsedFeed &feed, int minIntervalSeconds)
{
    SubscriptionStored result;
    result.addId = addId;
    if (!m_store) {
        result.error = m_openError;
        handingOver(this);
        Q_EMIT subscriptionStored(result);
        return;
    }
    if (m_store->subscriptionByUrl(url)) {
        result.error = { ErrorCode::Duplicate, QStringLiteral("already subscribed to %1").arg(url), QUrl(url) };
        handingOver(this);
        Q_EMIT subscriptionStored(result);
        return;
    }
    observe(QStringLiteral("addSubscription"), qint64(addId));
    const Result<SubscriptionId> added = m_store->addSubscription(url, feed.title.simplified(), folder);
    if (!added) {
        result.error = added.error();
        handingOver(this);
        Q_EMIT subscriptionStored(result);
        return;
    }
    result.id = *added;
    // The stories first, then the fetch's validators, as storeFeed does: a
    // crash between the two leaves a feed without an ETag, fetched whole next
    // time. The other order could leave the ETag without the stories, and
    // the next refresh's 304 would never bring them.
    observe(QStringLiteral("upsertStories"), result.id);
    const Result<QList<StoryId>> stories = m_store->upsertStories(result.id, feed.items);
    if (stories) {
        observe(QStringLiteral("recordFetchSuccess"), result.id);
        const Status recorded = m_store->recordFetchSuccess(result.id, etag, lastModified, &feed, minIntervalSeconds);
        if (!recorded)
            qCWarning(lcStorage) << "could not record the first fetch of" << url << ":" << describe(recorded.error());
        result.removed = retain(result.id);
        result.added = withoutRemoved(*stories, result.removed);
    } else {
        result.storiesError = stories.error();
    }
    handingOver(this);
    Q_EMIT subscriptionStored(result);
}

void StorageWorker::saveArticle(StoryId id, quint64 generation, const Article &article)
{
    ArticleStored result;
    result.id = id;
    result.generation = generation;
    if (!m_store) {
        result.error = m_openError;
        handingOver(this);
        Q_EMIT articleStored(result);
        return;
    }
    observe(QStringLiteral("saveArticle"), id);
    if (const Status saved = m_store->saveArticle(id, article); !saved)
        result.error = saved.error();
    handingOver(this);
    Q_EMIT articleStored(result);
}

void StorageWorker::saveCleanFailure(StoryId id, quint64 generation, const Error &reason)
{
    ArticleStored result;
    result.id = id;
    result.generation = generation;
    result.failure = true;
    result.reason = reason;
    if (m_store) {
        observe(QStringLiteral("saveCleanFailure"), id);
        const Status saved = m_store->saveCleanFailure(id, reason);
        if (!saved)
            qCWarning(lcStorage) << "could not record the cleaning failure of story" << id << ":"
                                 << describe(saved.error());
    }
    handingOver(this);
    Q_EMIT articleStored(result);
}

} // namespace Core
