#pragma once

// Pipeline internals shared by pipeline.cpp, pipeline_add.cpp and
// pipeline_pages.cpp. Not part of the API.

#include "feeds/autodiscovery.h"
#include "hand_over.h"
#include "net/fetcher.h"
#include "parser_worker.h"
#include "pipeline/pipeline.h"
#include "pipeline/storage_writer.h"
#include "site_icons.h"
#include "storage/store.h"
#include "storage_worker.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <deque>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcPipeline)

namespace Core {

namespace PipelineDetail {

// Pages fetched or being cleaned at once: keeps memory and the parser
// thread's queue short however many stories a refresh brings.
constexpr int MaxPagesInFlight = 6;
// Stories left uncleaned by an earlier session, taken up at each refresh.
constexpr int MaxBacklogPages = 200;
// Articles cleaned by an older extractor, cleaned again once after an upgrade.
constexpr int MaxRecleanedArticles = 300;

inline bool isWebUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
        && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// Content types an article page can come as; anything else (PDF, images,
// audio) keeps the feed's own content.
inline bool isPageType(const QString &contentType)
{
    return contentType.isEmpty() || contentType == QLatin1String("text/html")
        || contentType == QLatin1String("application/xhtml+xml") || contentType == QLatin1String("text/plain")
        || contentType == QLatin1String("application/xml") || contentType == QLatin1String("text/xml");
}

inline QString titleOf(const Subscription &subscription)
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
    QUrl url; // what the user gave, normalised
    QUrl fallback; // typed without a scheme: the http address, tried when https cannot be reached
    bool probing = false; // trying discovered or common feed URLs
    QList<QUrl> candidates;
    qsizetype next = 0;
    QUrl pageUrl; // the page the candidates came from
};

// What a feed's outcome written on the storage thread was, for its report.
struct FeedWrite {
    enum class Kind { Stored, NotModified, Failed } kind = Kind::Stored;
    Error error; // Failed: why
};

} // namespace PipelineDetail

using PipelineDetail::AddJob;
using PipelineDetail::FeedWrite;
using PipelineDetail::ParseJob;

struct Pipeline::Private {
    Pipeline *q = nullptr;
    Store *store = nullptr;
    Fetcher *fetcher = nullptr;
    QThread *thread = nullptr;
    ParserWorker *worker = nullptr;
    StorageWriter *writer = nullptr; // the one writer (shared, or ownWriter)
    std::unique_ptr<StorageWriter> ownWriter;
    StorageWorker *storage = nullptr; // the pipeline's writes, on the writer's thread
    SiteIcons *icons = nullptr; // null unless setFetchIcons(true)
    bool requeuePending = false; // old articles being queued again on the storage thread
    int retentionPending = 0; // passes over every feed handed to the storage thread

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
    bool requeueChecked = false; // old articles looked at once a session
    std::optional<CorpusStats> stats;
    QHash<SubscriptionId, FeedWrite> feedWrites; // feeds whose outcome is being written
    QHash<SubscriptionId, QString> passwords; // HTTP logins of feeds with an authUser (setPassword)

    bool busy() const;
    // Runs f(storage) on the storage thread, after all work handed over before.
    template <typename F> void toStorage(F &&f)
    {
        handingOver(storage);
        QMetaObject::invokeMethod(storage, [storage = storage, f = std::forward<F>(f)] {
            handedOver(storage);
            f(*storage);
        });
    }
    void begin();
    void step();
    void maybeIdleLater();

    void refreshOne(const Subscription &subscription, RefreshPolicy policy);
    void onFeedFetched(SubscriptionId id, const FetchResult &result);
    void onFeedParsed(quint64 requestId, const ParsedFeed &feed);
    void finishRefresh(const ParseJob &job, const ParsedFeed &feed);
    void failFeed(SubscriptionId id, const Error &error, const QDateTime &serverRetryAfter = {});
    void onFeedStored(const FeedStored &stored);
    void feedDone(const FeedRefreshResult &result);

    void fetchForAdd(quint64 addId, const QUrl &url);
    void onAddFetched(quint64 addId, const FetchResult &result);
    void onAddParsed(const ParseJob &job, const ParsedFeed &feed);
    void onFeedsDiscovered(quint64 requestId, const QList<Autodiscovery::Candidate> &found);
    void probeNext(quint64 addId);
    void subscribe(quint64 addId, const FetchResult &result, const ParsedFeed &feed);
    void onSubscriptionStored(const SubscriptionStored &stored);
    void failAdd(quint64 addId, const Error &error);

    void queuePages(const QList<StoryId> &ids);
    // Queues the store's clean queue (after an upgrade, old articles too).
    void queueBacklog();
    void queueStoredBacklog();
    void pumpPages();
    void startPage(StoryId id);
    void onPageFetched(StoryId id, quint64 generation, const QStringList &categories, const FetchResult &result);
    void onArticleExtracted(StoryId id, quint64 generation, const Article &article);
    void cleaningFailed(StoryId id, quint64 generation, const Error &reason);
    void onArticleStored(const ArticleStored &stored);
    void pageDone(StoryId id, quint64 generation);
};

} // namespace Core
