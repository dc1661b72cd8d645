#pragma once

#include "base/types.h"
#include "pipeline/pipeline.h"
#include "storage/store.h"

#include <QObject>

namespace Core {
class RefreshScheduler;
}

namespace Ui {

// What the window needs from the pipeline. The window talks to this
// interface so the GUI tests can drive it with a fake (cleaning started,
// article saved...) without a network, and so the UI library does not drag
// the fetch code into every test.
class PipelineLink : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineLink)

public:
    explicit PipelineLink(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~PipelineLink() override = default;

    virtual void refreshAll() = 0;
    virtual void refresh(Core::SubscriptionId id) = 0;
    virtual void addSubscription(const QString &url, Core::FolderId folder) = 0;
    virtual void cleanStory(Core::StoryId id) = 0;
    // Queues stories for cleaning in turn (a server account's new stories).
    virtual void cleanStories(const QList<Core::StoryId> &ids) { Q_UNUSED(ids) }
    virtual bool isBusy() const = 0;
    // What refreshes feeds on their own as they fall due; null in fakes.
    virtual Core::RefreshScheduler *scheduler() const { return nullptr; }
    // Retention's app-wide defaults (Ui::Settings); runs a pass at once.
    virtual void setRetentionDefaults(const Core::RetentionDefaults &defaults) { Q_UNUSED(defaults) }
    // The HTTP password of a feed with a login (from the keyring), for its
    // next fetches; empty forgets it. A fake may ignore it.
    virtual void setPassword(Core::SubscriptionId id, const QString &password)
    {
        Q_UNUSED(id);
        Q_UNUSED(password);
    }

Q_SIGNALS:
    void subscriptionAdded(Core::SubscriptionId id);
    void subscriptionFailed(const QString &url, const Core::Error &error);
    void subscriptionUpdated(Core::SubscriptionId id);
    void storiesAdded(Core::SubscriptionId id, const QList<Core::StoryId> &ids);
    void storiesRemoved(const QList<Core::StoryId> &ids); // by retention
    void cleaningStarted(Core::StoryId id);
    void articleSaved(Core::StoryId id);
    void cleaningFailed(Core::StoryId id, const Core::Error &reason);
    void progressChanged(const Core::RefreshProgress &progress);
    void idle();
    void iconChanged(Core::SubscriptionId id); // a site's icon was stored
};

} // namespace Ui
