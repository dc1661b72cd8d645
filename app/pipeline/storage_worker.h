#pragma once

// The pipeline's database writes, on the StorageWriter's thread ("storage").
// The worker borrows the writer's Store (one connection per thread; SQLite's
// WAL lets the GUI thread's connection keep reading meanwhile). Work arrives
// by QMetaObject::invokeMethod with captured values and runs in arrival order,
// interleaved with the UI's writes; each result goes back as a queued signal
// carrying a value struct, emitted only once the data is committed.

#include "base/result.h"
#include "base/types.h"
#include "storage/store.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

namespace Core {

// A refresh's outcome for one feed: stories upserted and fetch state recorded
// (success, 304 or failure).
struct FeedStored {
    SubscriptionId id = 0;
    bool exists = true; // false: the subscription was deleted meanwhile
    QString title; // the subscription's title, else its URL
    QList<StoryId> added; // new stories (success only), none that retention removed at once
    QList<StoryId> removed; // stories retention removed from the feed after storing it
    QDateTime retryAfter; // failures: when the feed may be fetched again
    Error error; // the upsert failed (success path) or None
};

// A new subscription made from a fetched and parsed feed.
struct SubscriptionStored {
    quint64 addId = 0;
    SubscriptionId id = 0;
    QList<StoryId> added;
    QList<StoryId> removed; // by retention, right after the first fetch
    Error storiesError; // stories could not be stored (the subscription was)
    Error error; // not subscribed (duplicate, database error)
};

// A cleaned article, or the reason cleaning failed, committed.
struct ArticleStored {
    StoryId id = 0;
    quint64 generation = 0;
    bool failure = false; // a cleaning failure was recorded
    Error reason; // failure: why cleaning failed
    Error error; // the article could not be saved
};

class StorageWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageWorker)

public:
    // Called on the storage thread before each write (tests check where
    // writes happen); operation is a short name, key the story or feed.
    using WriteObserver = std::function<void(const QString &operation, qint64 key)>;

    StorageWorker() = default;
    ~StorageWorker() override;
    static void registerMetaTypes();

    // All of these run on the storage thread. The store belongs to the
    // StorageWriter (null when it could not be opened: openError says why).
    void attach(Store *store, const Error &openError);
    void setWriteObserver(const WriteObserver &observer);

    void moveSubscription(SubscriptionId id, const QString &url);
    // minIntervalSeconds: the longer of the feed's own request and the server's max-age.
    void storeFeed(SubscriptionId id, const QString &etag, const QString &lastModified, const ParsedFeed &feed,
        int minIntervalSeconds);
    void recordNotModified(SubscriptionId id, const QString &etag, const QString &lastModified, int maxAgeSeconds);
    void recordFailure(SubscriptionId id, const Error &error, const QDateTime &serverRetryAfter);
    void subscribe(quint64 addId, const QString &url, FolderId folder, const QString &etag, const QString &lastModified,
        const ParsedFeed &feed, int minIntervalSeconds);
    void saveArticle(StoryId id, quint64 generation, const Article &article);
    void saveCleanFailure(StoryId id, quint64 generation, const Error &reason);
    // Retention: the app's defaults, and a pass over every feed (each feed's
    // own pass runs after its refresh is stored).
    void setRetentionDefaults(const RetentionDefaults &defaults);
    void applyRetention();

Q_SIGNALS:
    void feedStored(const Core::FeedStored &result);
    void subscriptionStored(const Core::SubscriptionStored &result);
    void articleStored(const Core::ArticleStored &result);
    void retentionApplied(const QList<Core::StoryId> &removed);

private:
    void observe(const QString &operation, qint64 key) const;
    // No store (it could not be opened): answers a feed's write at once with
    // the open error. Returns whether it did.
    bool answeredWithoutStore(SubscriptionId id);
    QString titleOf(SubscriptionId id, bool *exists = nullptr) const;
    // Applies retention to one feed (0: every feed); returns what went.
    QList<StoryId> retain(SubscriptionId id);

    Store *m_store = nullptr;
    Error m_openError;
    WriteObserver m_observer;
    RetentionDefaults m_retention;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::FeedStored)
Q_DECLARE_METATYPE(Core::SubscriptionStored)
Q_DECLARE_METATYPE(Core::ArticleStored)
