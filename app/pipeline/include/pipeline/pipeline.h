#pragma once

// The GUI-thread orchestrator of the data flow (ARCHITECTURE.md):
// fetch feed -> parse (parser thread) -> upsert (storage thread) -> fetch
// page -> extract + topics (parser thread) -> save article (storage thread).
// Emits value signals the UI listens to, on the GUI thread, once the data
// they announce is committed.

#include "base/result.h"
#include "base/types.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>

namespace Core {

class Store;
class StorageWriter;
struct FetcherOptions;
struct RetentionDefaults;

struct RefreshProgress {
    int feedsTotal = 0;
    int feedsDone = 0;
    int feedsFailed = 0;
    int pagesQueued = 0;
    int pagesDone = 0;
    int feedsSkipped = 0; // resting after failures or a Retry-After (counted in feedsTotal and feedsDone)
    int pagesStoring = 0; // cleaned (or failed) and handed to the storage thread, not yet committed
};

// The outcome of one feed in a refresh, for status lines and the CLI.
struct FeedRefreshResult {
    SubscriptionId id = 0;
    QString title; // the subscription's title, else its URL
    int newStories = 0;
    bool notModified = false; // 304
    bool skipped = false; // not fetched: retryAfter lies in the future
    QDateTime retryAfter; // when the feed may be fetched again (failures, skips)
    Error error; // code None on success
};

enum class RefreshPolicy {
    RespectBackoff, // feeds whose retryAfter lies ahead are skipped
    IgnoreBackoff, // an explicit user request: fetch them anyway
    Reload, // as IgnoreBackoff, and without conditional GET: the whole feed again
};

class Pipeline final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pipeline)

public:
    // The store must outlive the pipeline and belong to this (the GUI) thread;
    // the pipeline only reads through it (it may be read-only).
    // The pipeline's writes go through a second connection to the same
    // profile (store->profileDir()) on the "storage" thread; signals about
    // stored data are emitted once it is committed, so reads through `store`
    // see it.
    // The writer, when given, is shared with the UI's writes and must outlive
    // the pipeline; without one the pipeline opens its own.
    explicit Pipeline(Store *store, QObject *parent = nullptr);
    Pipeline(Store *store, StorageWriter *writer, QObject *parent = nullptr);
    ~Pipeline() override;

    void refreshAll();
    void refreshAll(RefreshPolicy policy);
    void refresh(SubscriptionId id);
    void refresh(SubscriptionId id, RefreshPolicy policy);
    // These feeds (the scheduler's due ones, `refresh --due`), in one batch.
    void refresh(const QList<SubscriptionId> &ids, RefreshPolicy policy);
    // Adds a feed URL or a site URL (autodiscovery); the result arrives in subscriptionAdded/subscriptionFailed.
    void addSubscription(const QString &url, FolderId folder = 0);
    // Re-clean one story now (e.g. the user opened it before its turn).
    void cleanStory(StoryId id);
    // Queues these stories for cleaning, in turn (a server account's new
    // stories, AccountSyncResult::added).
    void cleanStories(const QList<StoryId> &ids);
    bool isBusy() const;
    // The password of a feed whose settings name an authUser, kept in memory
    // only and sent as HTTP Basic with its feed requests; empty forgets it.
    // The caller (the UI, from the system keyring) sets it before refreshing.
    void setPassword(SubscriptionId id, const QString &password);
    RefreshProgress progress() const;
    // Timeouts, size caps and politeness of the fetcher (tests shorten them).
    void setFetcherOptions(const FetcherOptions &options);
    // The one writer this pipeline writes through.
    StorageWriter *writer() const;
    // Called on the storage thread before each database write the pipeline
    // makes (operation: e.g. "saveArticle", key: the story or feed). For tests
    // and diagnostics; set it before starting work.
    using WriteObserver = std::function<void(const QString &operation, qint64 key)>;
    void setWriteObserver(const WriteObserver &observer);
    // Retention (Store::applyRetention) runs on the storage thread for each
    // feed once its refresh is stored, with these app-wide defaults (the
    // app's settings; zero: no limit). Setting them also runs a pass over
    // every feed, as applyRetention() does. storiesRemoved reports what went.
    void setRetentionDefaults(const RetentionDefaults &defaults);
    void applyRetention();
    // Look for the sites' icons (at most weekly, after a feed is stored;
    // iconChanged tells when one was kept). Off by default: the CLI has no
    // use for them. Icon fetches do not keep the pipeline busy.
    void setFetchIcons(bool on);

Q_SIGNALS:
    void subscriptionAdded(Core::SubscriptionId id);
    void subscriptionFailed(const QString &url, const Core::Error &error);
    void subscriptionUpdated(Core::SubscriptionId id); // fetch state or title changed
    void storiesAdded(Core::SubscriptionId id, const QList<Core::StoryId> &ids);
    // Retention removed these stories (committed); never emitted empty.
    void storiesRemoved(const QList<Core::StoryId> &ids);
    void cleaningStarted(Core::StoryId id);
    void articleSaved(Core::StoryId id);
    void cleaningFailed(Core::StoryId id, const Core::Error &reason);
    void progressChanged(const Core::RefreshProgress &progress);
    void feedRefreshed(const Core::FeedRefreshResult &result);
    void idle();
    void iconChanged(Core::SubscriptionId id); // a site's icon was stored (setFetchIcons)

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::RefreshProgress)
Q_DECLARE_METATYPE(Core::FeedRefreshResult)
Q_DECLARE_METATYPE(Core::Error)
