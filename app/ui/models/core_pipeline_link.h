#pragma once

#include "models/pipeline_link.h"

namespace Core {
class Pipeline;
class RefreshScheduler;
class StorageWriter;
class Store;
}

namespace Ui {

// The real link: forwards to Core::Pipeline. Only main.cpp creates it.
class CorePipelineLink final : public PipelineLink {
    Q_DISABLE_COPY_MOVE(CorePipelineLink)

public:
    // The pipeline writes through `writer`, shared with the window's writes.
    CorePipelineLink(Core::Store *store, Core::StorageWriter *writer, QObject *parent = nullptr);
    ~CorePipelineLink() override;

    void refreshAll() override;
    void refresh(Core::SubscriptionId id) override;
    void addSubscription(const QString &url, Core::FolderId folder) override;
    void cleanStory(Core::StoryId id) override;
    void cleanStories(const QList<Core::StoryId> &ids) override;
    bool isBusy() const override;
    Core::RefreshScheduler *scheduler() const override { return m_scheduler; }
    void setRetentionDefaults(const Core::RetentionDefaults &defaults) override;
    void setPassword(Core::SubscriptionId id, const QString &password) override;

private:
    Core::Pipeline *m_pipeline;
    Core::RefreshScheduler *m_scheduler;
};

} // namespace Ui
