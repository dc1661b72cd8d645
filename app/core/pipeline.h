#pragma once

// The GUI-thread orchestrator of the data flow (ARCHITECTURE.md):
// fetch feed -> parse (parser thread) -> upsert -> fetch page -> extract +
// topics (parser thread) -> save article. Emits value signals the UI listens to.

#include "core/result.h"
#include "core/types.h"

#include <QObject>

namespace Core {

class Store;

struct RefreshProgress {
    int feedsTotal = 0;
    int feedsDone = 0;
    int feedsFailed = 0;
    int pagesQueued = 0;
    int pagesDone = 0;
};

class Pipeline final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Pipeline)

public:
    // The store must outlive the pipeline and belong to this (the GUI) thread.
    explicit Pipeline(Store *store, QObject *parent = nullptr);
    ~Pipeline() override;

    void refreshAll();
    void refresh(SubscriptionId id);
    // Adds a feed URL or a site URL (autodiscovery); the result arrives in subscriptionAdded/subscriptionFailed.
    void addSubscription(const QString &url, FolderId folder = 0);
    // Re-clean one story now (e.g. the user opened it before its turn).
    void cleanStory(StoryId id);
    bool isBusy() const;
    RefreshProgress progress() const;

Q_SIGNALS:
    void subscriptionAdded(Core::SubscriptionId id);
    void subscriptionFailed(const QString &url, const Core::Error &error);
    void subscriptionUpdated(Core::SubscriptionId id); // fetch state or title changed
    void storiesAdded(Core::SubscriptionId id, const QList<Core::StoryId> &ids);
    void cleaningStarted(Core::StoryId id);
    void articleSaved(Core::StoryId id);
    void cleaningFailed(Core::StoryId id, const QString &reason);
    void progressChanged(const Core::RefreshProgress &progress);
    void idle();
};

} // namespace Core

Q_DECLARE_METATYPE(Core::RefreshProgress)
Q_DECLARE_METATYPE(Core::Error)
