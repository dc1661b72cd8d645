// Adding a subscription: the URL as a feed, else the feeds its page
// announces, else the common feed paths of its site.

#include "pipeline_private.h"

#include <utility>

namespace Core {

using namespace PipelineDetail;

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
        // An address typed without a scheme whose https site cannot be
        // reached (no TLS there, nothing listening) is tried over http. A
        // certificate that was refused is not that: the site speaks TLS and
        // something is wrong with it, so nothing is sent in the clear.
        const ErrorCode code = result.error.code;
        const bool unreachable
            = code == ErrorCode::NetworkError || code == ErrorCode::Timeout || code == ErrorCode::ConnectionLost;
        if (!it->probing && unreachable && it->fallback.isValid()) {
            it->url = std::exchange(it->fallback, QUrl());
            fetchForAdd(addId, it->url);
            return;
        }
        if (it->probing)
            probeNext(addId);
        else
            failAdd(addId,
                result.error.code == ErrorCode::None
                    ? Error { ErrorCode::HttpError, QStringLiteral("unexpected 304"), result.url }
                    : result.error);
        return;
    }
    const quint64 requestId = nextRequest++;
    parses.insert(requestId, ParseJob { ParseJob::Kind::Add, qint64(addId), result });
    QMetaObject::invokeMethod(
        worker, [worker = worker, requestId, bytes = result.body, url = result.finalUrl, charset = result.charset] {
            worker->parseFeed(requestId, bytes, url, charset);
        });
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
    QMetaObject::invokeMethod(worker,
        [worker = worker, requestId, bytes = job.fetch.body, url = job.fetch.finalUrl, charset = job.fetch.charset] {
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
        failAdd(addId,
            { ErrorCode::NotAFeed, QStringLiteral("no feed found at or linked from %1").arg(it->url.toString()),
                it->url });
        return;
    }
    fetchForAdd(addId, it->candidates.at(it->next++));
}

void Pipeline::Private::subscribe(quint64 addId, const FetchResult &result, const ParsedFeed &feed)
{
    const AddJob job = adds.value(addId);
    // Temporary redirects keep the address asked for; permanent ones move it.
    const QString url = (result.permanentRedirect ? result.finalUrl : result.url).toString();
    // The duplicate check is made again on the storage thread, where it
    // cannot race another add's write.
    toStorage([addId, url, folder = job.folder, etag = result.etag, lastModified = result.lastModified, feed,
                  minInterval = std::max(feed.minIntervalSeconds, result.maxAgeSeconds)](StorageWorker &storage) {
        storage.subscribe(addId, url, folder, etag, lastModified, feed, minInterval);
    });
}

void Pipeline::Private::onSubscriptionStored(const SubscriptionStored &stored)
{
    if (!adds.contains(stored.addId))
        return;
    if (stored.error.code != ErrorCode::None) {
        failAdd(stored.addId, stored.error);
        return;
    }
    adds.remove(stored.addId);
    ++progress.feedsDone;
    Q_EMIT q->subscriptionAdded(stored.id);
    if (icons)
        icons->refreshIfDue(stored.id);
    if (!stored.added.isEmpty()) {
        Q_EMIT q->storiesAdded(stored.id, stored.added);
        queuePages(stored.added);
    }
    if (stored.storiesError.code != ErrorCode::None)
        qCWarning(lcPipeline) << "could not store the stories of" << stored.id << ":" << describe(stored.storiesError);
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

} // namespace Core
