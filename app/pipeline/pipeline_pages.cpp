// Cleaning the pages of new stories: fetched a few at a time through the
// fetcher's per-host queue, extracted and tagged on the parser thread.

#include "extract/article_extractor.h"
#include "pipeline_private.h"

namespace Core {

using namespace PipelineDetail;

void Pipeline::Private::queuePages(const QList<StoryId> &ids)
{
    if (ids.isEmpty())
        return;
    begin();
    for (StoryId id : ids) {
        // Queued already, or being cleaned right now: the backlog, read from
        // the database, can hold a story whose "stored" answer has not
        // arrived yet, and that answer queues it again.
        if (queuedPages.contains(id) || generations.contains(id))
            continue;
        queuedPages.insert(id);
        pageQueue.push_back(id);
        ++progress.pagesQueued;
    }
    pumpPages();
}

void Pipeline::Private::queueBacklog()
{
    if (requeueChecked) {
        queueStoredBacklog();
        return;
    }
    // Once a session, on the storage thread; the backlog is read once it is committed.
    requeueChecked = true;
    requeuePending = true;
    writer->write(
        [](Store &writable) {
            return writable.requeueOutdatedArticles(ArticleExtractor::Version, MaxRecleanedArticles);
        },
        q,
        [this](const Result<int> &requeued) {
            requeuePending = false;
            if (!requeued)
                qCWarning(lcPipeline) << "queueing old articles failed:" << describe(requeued.error());
            queueStoredBacklog();
            step();
        });
}

void Pipeline::Private::queueStoredBacklog()
{
    queuePages(store->storiesWithoutArticle(MaxBacklogPages));
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
        cleaningFailed(id, generation, { ErrorCode::NoWebPage, {}, link });
        return;
    }
    FetchRequest request;
    request.url = link;
    request.kind = FetchKind::Page;
    fetcher->fetch(request, [this, id, generation, categories = story->categories](const FetchResult &result) {
        onPageFetched(id, generation, categories, result);
    });
}

void Pipeline::Private::onPageFetched(
    StoryId id, quint64 generation, const QStringList &categories, const FetchResult &result)
{
    if (generations.value(id) != generation) {
        pageDone(id, generation); // a newer cleaning of this story is under way
        return;
    }
    if (!result.ok() || result.notModified()) {
        // A page is asked for without validators: a 304 gives nothing to clean.
        cleaningFailed(id, generation,
            result.ok() ? Error { ErrorCode::HttpError, QStringLiteral("HTTP 304"), result.finalUrl } : result.error);
        return;
    }
    if (!isPageType(result.contentType)) {
        cleaningFailed(id, generation, { ErrorCode::NotAWebPage, result.contentType, result.finalUrl });
        return;
    }
    if (!stats)
        stats = store->corpusStats();
    QMetaObject::invokeMethod(worker,
        [worker = worker, id, generation, bytes = result.body, url = result.finalUrl, charset = result.charset,
            categories, stats = *stats] { worker->extract(id, generation, bytes, url, charset, categories, stats); });
}

void Pipeline::Private::onArticleExtracted(StoryId id, quint64 generation, const Article &article)
{
    if (generations.value(id) != generation) {
        pageDone(id, generation); // superseded by a newer cleaning
        return;
    }
    if (!article.readerable) {
        // The cleaner's reason ("too little text") is its own short detail.
        cleaningFailed(id, generation, { ErrorCode::NotAnArticle, article.notReaderableReason, {} });
        return;
    }
    // The page stays in flight until the article is committed.
    ++progress.pagesStoring;
    toStorage([id, generation, article](StorageWorker &storage) { storage.saveArticle(id, generation, article); });
}

void Pipeline::Private::cleaningFailed(StoryId id, quint64 generation, const Error &reason)
{
    ++progress.pagesStoring;
    toStorage([id, generation, reason](StorageWorker &storage) { storage.saveCleanFailure(id, generation, reason); });
}

// An article or a cleaning failure is committed: now the UI may read it.
void Pipeline::Private::onArticleStored(const ArticleStored &stored)
{
    --progress.pagesStoring;
    if (stored.failure)
        Q_EMIT q->cleaningFailed(stored.id, stored.reason);
    else if (stored.error.code == ErrorCode::None)
        Q_EMIT q->articleSaved(stored.id);
    else
        Q_EMIT q->cleaningFailed(stored.id, stored.error);
    pageDone(stored.id, stored.generation);
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
