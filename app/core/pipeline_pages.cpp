// Cleaning the pages of new stories: fetched a few at a time through the
// fetcher's per-host queue, extracted and tagged on the parser thread.

#include "core/pipeline_private.h"

namespace Core {

using namespace PipelineDetail;

void Pipeline::Private::queuePages(const QList<StoryId> &ids)
{
    if (ids.isEmpty())
        return;
    begin();
    for (StoryId id : ids) {
        if (queuedPages.contains(id))
            continue;
        queuedPages.insert(id);
        pageQueue.push_back(id);
        ++progress.pagesQueued;
    }
    pumpPages();
}

void Pipeline::Private::pumpPages()
{
    if (pumping)
        return; // a page that ends at once, inside startPage, must not recurse
    pumping = true;
    while (pagesInFlight < MaxPagesInFlight && !pageQueue.empty()) {
        const StoryId id = pageQueue.front();
        pageQueue.pop_front();
        queuedPages.remove(id);
        startPage(id);
    }
    pumping = false;
}

void Pipeline::Private::startPage(StoryId id)
{
    const quint64 generation = ++generationCounter;
    generations.insert(id, generation);
    ++pagesInFlight;
    const std::optional<StoryDetail> story = store->story(id);
    if (!story) {
        pageDone(id, generation); // deleted meanwhile: nothing to clean
        return;
    }
    const QUrl link(story->row.link);
    Q_EMIT q->cleaningStarted(id);
    if (!isWebUrl(link)) {
        cleaningFailed(id, QStringLiteral("the story links to no web page"));
        pageDone(id, generation);
        return;
    }
    FetchRequest request;
    request.url = link;
    request.kind = FetchKind::Page;
    fetcher->fetch(request, [this, id, generation, categories = story->categories](const FetchResult &result) {
        onPageFetched(id, generation, categories, result);
    });
}

void Pipeline::Private::onPageFetched(StoryId id, quint64 generation, const QStringList &categories,
                                      const FetchResult &result)
{
    if (generations.value(id) != generation) {
        pageDone(id, generation); // a newer cleaning of this story is under way
        return;
    }
    if (!result.ok() || result.notModified()) {
        cleaningFailed(id, QStringLiteral("could not fetch the page: %1").arg(describeError(result.error)));
        pageDone(id, generation);
        return;
    }
    if (!isPageType(result.contentType)) {
        cleaningFailed(id, QStringLiteral("the link leads to %1, not a web page").arg(result.contentType));
        pageDone(id, generation);
        return;
    }
    if (!stats)
        stats = store->corpusStats();
    QMetaObject::invokeMethod(worker, [worker = worker, id, generation, bytes = result.body, url = result.finalUrl,
                                       charset = result.charset, categories, stats = *stats] {
        worker->extract(id, generation, bytes, url, charset, categories, stats);
    });
}

void Pipeline::Private::onArticleExtracted(StoryId id, quint64 generation, const Article &article)
{
    if (generations.value(id) == generation) {
        if (!article.readerable) {
            cleaningFailed(id, article.notReaderableReason.isEmpty() ? QStringLiteral("the page is not an article")
                                                                     : article.notReaderableReason);
        } else if (const Status saved = store->saveArticle(id, article); saved) {
            Q_EMIT q->articleSaved(id);
        } else {
            Q_EMIT q->cleaningFailed(id, describeError(saved.error()));
        }
    }
    pageDone(id, generation);
}

void Pipeline::Private::cleaningFailed(StoryId id, const QString &reason)
{
    const Status saved = store->saveCleanFailure(id, reason);
    if (!saved)
        qCWarning(lcPipeline) << "could not record the cleaning failure of story" << id << ":" << saved.error().detail;
    Q_EMIT q->cleaningFailed(id, reason);
}

void Pipeline::Private::pageDone(StoryId id, quint64 generation)
{
    if (generations.value(id) == generation)
        generations.remove(id);
    --pagesInFlight;
    ++progress.pagesDone;
    pumpPages();
    step();
}

} // namespace Core
