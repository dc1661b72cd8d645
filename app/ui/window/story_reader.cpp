#include "window/story_reader.h"

#include "models/pipeline_link.h"
#include "models/story_list_model.h"
#include "models/subscription_tree_model.h"
#include "reading/reading_pane.h"
#include "widgets/open_link.h"
#include "window/read_state.h"
#include "window/settings.h"

#include <QListView>
#include <QTimer>
#include <QUrl>

namespace Ui {

StoryReader::StoryReader(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
    , m_pipeline(parts.pipeline)
    , m_markReadTimer(new QTimer(this))
{
    m_markReadTimer->setSingleShot(true);
    m_markReadTimer->setTimerType(Qt::PreciseTimer); // "after N seconds" means no sooner
    connect(m_markReadTimer, &QTimer::timeout, this, [this] {
        const Core::StoryId id = m_markReadPending;
        m_markReadPending = 0;
        if (id == 0 || id != currentStoryId())
            return;
        const QModelIndex index = m_parts.list->currentIndex();
        if (index.data(StoryListModel::ReadRole).toBool())
            return; // the reader marked it already
        markShownRead(id, m_parts.stories->storyAt(index.row()).subscriptionId);
    });
    connect(m_parts.pane, &ReadingPane::imagesAllowedForStory, this,
        [this](Core::StoryId id) { m_imagesAllowedStories.insert(id); });
    connect(m_parts.list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this] { showCurrentStory(Shown::BySelection); });
}

StoryReader::~StoryReader() = default;

Core::StoryId StoryReader::currentStoryId() const
{
    const QModelIndex index = m_parts.list->currentIndex();
    return index.isValid() ? index.data(StoryListModel::IdRole).toLongLong() : 0;
}

void StoryReader::selectStory(Core::StoryId id)
{
    const int row = m_parts.stories->ensureLoaded(id);
    if (row < 0)
        return;
    const QModelIndex index = m_parts.stories->index(row);
    m_parts.list->setCurrentIndex(index);
    m_parts.list->scrollTo(index);
}

void StoryReader::restoreStory(Core::StoryId id)
{
    if (id == 0 || m_parts.stories->ensureLoaded(id, 5) < 0)
        return;
    m_restoringStory = true;
    selectStory(id);
    m_restoringStory = false;
}

bool StoryReader::imagesAllowedFor(const Core::StoryDetail &story) const
{
    if (m_parts.settings->loadImagesEverywhere() || m_imagesAllowedStories.contains(story.row.id))
        return true;
    return m_parts.tree->allowsImages(story.row.subscriptionId);
}

void StoryReader::showCurrentStory(Shown shown)
{
    ReadingPane *pane = m_parts.pane;
    const Core::StoryId id = currentStoryId();
    if (id == 0) {
        pane->clear();
        return;
    }
    std::optional<Core::StoryDetail> story = m_parts.store->story(id);
    if (!story) {
        pane->clear(tr("This story is no longer stored."));
        return;
    }
    if (shown == Shown::BySelection) {
        // A new selection cancels the delayed mark of the one before.
        m_markReadTimer->stop();
        m_markReadPending = 0;
    }
    if (shown == Shown::BySelection && !m_restoringStory && !story->row.read && m_parts.settings->markReadOnSelect()) {
        if (const int delay = m_parts.settings->markReadDelaySeconds(); delay > 0) {
            m_markReadPending = id;
            m_markReadTimer->start(delay * 1000);
        } else {
            story->row.read = true;
            markShownRead(id, story->row.subscriptionId);
        }
    }
    // A feed that carries the full text is read as it comes: its page is never cleaned.
    const std::optional<Core::Subscription> feed = m_parts.store->subscription(story->row.subscriptionId);
    const bool fullText = feed && feed->settings.fullText;
    const bool needsCleaning
        = !fullText && !story->article && story->cleanError.code == Core::ErrorCode::None && !story->row.link.isEmpty();
    if (needsCleaning && m_pipeline && !m_cleaning.contains(id)) {
        m_cleaning.insert(id);
        m_pipeline->cleanStory(id);
    }
    if (fullText && story->article) {
        // Cleaned before the feed was marked as full text: the feed's own text wins.
        Core::StoryDetail asFed = *story;
        asFed.article.reset();
        pane->showStory(asFed, false, imagesAllowedFor(asFed));
        return;
    }
    pane->showStory(*story, needsCleaning && m_cleaning.contains(id), imagesAllowedFor(*story));
}

void StoryReader::markShownRead(Core::StoryId id, Core::SubscriptionId subscription)
{
    // Shown at once, written on the storage thread, undone on screen if the write fails.
    m_parts.stories->setReadLocal({ id }, true);
    m_parts.tree->adjustUnread(subscription, -1, id);
    m_parts.readState->setRead(id, subscription, ReadState::Mark::Read);
}

void StoryReader::moveSelection(int delta)
{
    StoryListModel *stories = m_parts.stories;
    QListView *list = m_parts.list;
    const int rows = stories->rowCount();
    int row = list->currentIndex().isValid() ? list->currentIndex().row() + delta : 0;
    if (row >= rows && stories->canFetchMore({})) {
        stories->fetchMore({});
    }
    row = qBound(0, row, stories->rowCount() - 1);
    if (stories->rowCount() == 0)
        return;
    const QModelIndex index = stories->index(row);
    if (index == list->currentIndex())
        return;
    list->setCurrentIndex(index);
    list->scrollTo(index);
}

void StoryReader::pageDownOrNext()
{
    if (!m_parts.pane->pageDown())
        moveSelection(+1);
}

void StoryReader::toggleRead()
{
    const QModelIndex index = m_parts.list->currentIndex();
    if (!index.isValid())
        return;
    const Core::StoryId id = index.data(StoryListModel::IdRole).toLongLong();
    const bool read = !index.data(StoryListModel::ReadRole).toBool();
    const Core::SubscriptionId subscription = m_parts.stories->storyAt(index.row()).subscriptionId;
    m_parts.stories->setReadLocal({ id }, read);
    m_parts.tree->adjustUnread(subscription, read ? -1 : +1, id);
    m_parts.readState->setRead(id, subscription, read ? ReadState::Mark::Read : ReadState::Mark::Unread);
}

void StoryReader::toggleStar()
{
    const QModelIndex index = m_parts.list->currentIndex();
    if (!index.isValid())
        return;
    const Core::StoryId id = index.data(StoryListModel::IdRole).toLongLong();
    const bool starred = !index.data(StoryListModel::StarredRole).toBool();
    m_parts.stories->setStarredLocal(id, starred);
    m_parts.tree->adjustStarred(starred ? +1 : -1);
    m_parts.readState->setStarred(id, starred ? ReadState::Star::Starred : ReadState::Star::Unstarred);
}

void StoryReader::openOriginal()
{
    const QModelIndex index = m_parts.list->currentIndex();
    if (!index.isValid())
        return;
    const QUrl url(index.data(StoryListModel::LinkRole).toString());
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        openLink(url, m_parts.settings->browserCommand());
    else
        Q_EMIT message(tr("This story has no web page."), 4000);
}

void StoryReader::cleaningStarted(Core::StoryId id)
{
    m_cleaning.insert(id);
    if (m_parts.pane->storyId() == id)
        m_parts.pane->setCleaning(true);
}

void StoryReader::articleSaved(Core::StoryId id)
{
    m_parts.stories->storyCleaned(id);
    cleaningDone(id);
}

void StoryReader::cleaningDone(Core::StoryId id)
{
    m_cleaning.remove(id);
    if (m_parts.pane->storyId() == id)
        showCurrentStory(Shown::Again);
}

} // namespace Ui
