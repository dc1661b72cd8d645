#include "core/pipeline.h"

// FIXME: a placeholder until Core::Store lands; the real orchestration follows.
namespace Core {

Pipeline::Pipeline(Store *store, QObject *parent)
    : QObject(parent)
{
    Q_UNUSED(store);
}

Pipeline::~Pipeline() = default;

void Pipeline::refreshAll() { }
void Pipeline::refresh(SubscriptionId) { }
void Pipeline::addSubscription(const QString &, FolderId) { }
void Pipeline::cleanStory(StoryId) { }
bool Pipeline::isBusy() const { return false; }
RefreshProgress Pipeline::progress() const { return {}; }

} // namespace Core
