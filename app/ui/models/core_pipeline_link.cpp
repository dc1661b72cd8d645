#include "models/core_pipeline_link.h"

#include "pipeline/pipeline.h"
#include "pipeline/refresh_scheduler.h"
#include "storage/store.h"

namespace Ui {

CorePipelineLink::CorePipelineLink(Core::Store *store, Core::StorageWriter *writer, QObject *parent)
    : PipelineLink(parent)
    , m_pipeline(new Core::Pipeline(store, writer, this))
    , m_scheduler(new Core::RefreshScheduler(store, m_pipeline, this))
{
    // Paused while the system says the network is gone (never, without a backend).
    m_scheduler->setReachability(new Core::SystemReachability(m_scheduler));
    using P = Core::Pipeline;
    connect(m_pipeline, &P::subscriptionAdded, this, &PipelineLink::subscriptionAdded);
    connect(m_pipeline, &P::subscriptionFailed, this, &PipelineLink::subscriptionFailed);
    connect(m_pipeline, &P::subscriptionUpdated, this, &PipelineLink::subscriptionUpdated);
    connect(m_pipeline, &P::storiesAdded, this, &PipelineLink::storiesAdded);
    connect(m_pipeline, &P::storiesRemoved, this, &PipelineLink::storiesRemoved);
    connect(m_pipeline, &P::cleaningStarted, this, &PipelineLink::cleaningStarted);
    connect(m_pipeline, &P::articleSaved, this, &PipelineLink::articleSaved);
    connect(m_pipeline, &P::cleaningFailed, this, &PipelineLink::cleaningFailed);
    connect(m_pipeline, &P::progressChanged, this, &PipelineLink::progressChanged);
    connect(m_pipeline, &P::idle, this, &PipelineLink::idle);
    connect(m_pipeline, &P::iconChanged, this, &PipelineLink::iconChanged);
    m_pipeline->setFetchIcons(true);
}

CorePipelineLink::~CorePipelineLink() = default;

void CorePipelineLink::refreshAll()
{
    m_pipeline->refreshAll();
}

void CorePipelineLink::refresh(Core::SubscriptionId id)
{
    m_pipeline->refresh(id); // the pipeline itself skips built-in feeds
}

void CorePipelineLink::addSubscription(const QString &url, Core::FolderId folder)
{
    m_pipeline->addSubscription(url, folder);
}

void CorePipelineLink::cleanStory(Core::StoryId id)
{
    m_pipeline->cleanStory(id);
}

void CorePipelineLink::cleanStories(const QList<Core::StoryId> &ids)
{
    m_pipeline->cleanStories(ids);
}

void CorePipelineLink::setRetentionDefaults(const Core::RetentionDefaults &defaults)
{
    m_pipeline->setRetentionDefaults(defaults);
}

bool CorePipelineLink::isBusy() const
{
    return m_pipeline->isBusy();
}

void CorePipelineLink::setPassword(Core::SubscriptionId id, const QString &password)
{
    m_pipeline->setPassword(id, password);
}

} // namespace Ui
