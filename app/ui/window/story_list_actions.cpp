#include "window/story_list_actions.h"

#include "models/story_list_model.h"
#include "models/subscription_tree_model.h"
#include "window/main_actions.h"
#include "window/read_state.h"
#include "window/story_reader.h"
#include "window/subscription_pane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QListView>
#include <QMenu>

namespace Ui {

namespace {

using NodeKind = SubscriptionTreeModel::NodeKind;

// Pages "next unread" loads at most looking down one view (100 stories each).
constexpr int MaxPagesLookedAt = 50;

// Every node of the tree in the order it is drawn.
void collectNodes(const QAbstractItemModel *model, const QModelIndex &parent, QList<QModelIndex> &nodes)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex node = model->index(row, 0, parent);
        nodes.append(node);
        collectNodes(model, node, nodes);
    }
}

} // namespace

StoryListActions::StoryListActions(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{
    const MainActions &a = *m_parts.actions;
    connect(a.nextUnread, &QAction::triggered, this, &StoryListActions::nextUnread);
    connect(a.copyLink, &QAction::triggered, this, &StoryListActions::copyLink);
    connect(a.markAboveRead, &QAction::triggered, this, &StoryListActions::markAboveRead);
    connect(a.markBelowRead, &QAction::triggered, this, &StoryListActions::markBelowRead);
    m_parts.list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_parts.list, &QWidget::customContextMenuRequested, this, &StoryListActions::contextMenu);
}

StoryListActions::~StoryListActions() = default;

QMenu *StoryListActions::menu() const
{
    return m_menu;
}

void StoryListActions::contextMenu(const QPoint &pos)
{
    const QModelIndex index = m_parts.list->indexAt(pos);
    if (!index.isValid())
        return;
    // The menu acts on the story under the pointer: it becomes the current one.
    if (index != m_parts.list->currentIndex())
        m_parts.list->setCurrentIndex(index);
    if (m_menu)
        m_menu->deleteLater();
    const MainActions &a = *m_parts.actions;
    const bool read = index.data(StoryListModel::ReadRole).toBool();
    const bool starred = index.data(StoryListModel::StarredRole).toBool();
    const bool hasLink
        = QUrl(index.data(StoryListModel::LinkRole).toString()).scheme().startsWith(QLatin1String("http"));
    m_menu = new QMenu(m_parts.list);
    m_menu->setObjectName(QStringLiteral("storyMenu"));
    m_menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *open = m_menu->addAction(tr("Open in Browser"), a.openOriginal, &QAction::trigger);
    open->setEnabled(hasLink);
    open->setObjectName(QStringLiteral("menuOpen"));
    QAction *copy = m_menu->addAction(tr("Copy Link"), this, &StoryListActions::copyLink);
    copy->setEnabled(hasLink);
    copy->setObjectName(QStringLiteral("menuCopyLink"));
    m_menu->addSeparator();
    m_menu->addAction(read ? tr("Mark as Unread") : tr("Mark as Read"), a.toggleRead, &QAction::trigger)
        ->setObjectName(QStringLiteral("menuToggleRead"));
    m_menu->addAction(starred ? tr("Unstar") : tr("Star"), a.toggleStar, &QAction::trigger)
        ->setObjectName(QStringLiteral("menuToggleStar"));
    m_menu->addSeparator();
    QAction *above = m_menu->addAction(tr("Mark All Above as Read"), this, &StoryListActions::markAboveRead);
    above->setObjectName(QStringLiteral("menuMarkAbove"));
    above->setEnabled(index.row() > 0);
    QAction *below = m_menu->addAction(tr("Mark All Below as Read"), this, &StoryListActions::markBelowRead);
    below->setObjectName(QStringLiteral("menuMarkBelow"));
    below->setEnabled(index.row() + 1 < m_parts.stories->rowCount() || m_parts.stories->canFetchMore({}));
    m_menu->popup(m_parts.list->viewport()->mapToGlobal(pos));
}

void StoryListActions::copyLink()
{
    const QModelIndex index = m_parts.list->currentIndex();
    if (!index.isValid())
        return;
    const QString link = index.data(StoryListModel::LinkRole).toString();
    if (link.isEmpty()) {
        Q_EMIT message(tr("This story has no web page."), 4000);
        return;
    }
    QApplication::clipboard()->setText(link);
    Q_EMIT message(tr("Link copied."), 3000);
}

void StoryListActions::markAboveRead()
{
    markBeside(Core::Store::ListSide::Above);
}

void StoryListActions::markBelowRead()
{
    markBeside(Core::Store::ListSide::Below);
}

void StoryListActions::markBeside(Core::Store::ListSide side)
{
    const QModelIndex index = m_parts.list->currentIndex();
    if (!index.isValid())
        return;
    const Core::StoryRow &row = m_parts.stories->storyAt(index.row());
    // The store marks them (below may reach past the pages loaded); the
    // window shows the answer and offers the undo, as for mark-all-read.
    m_parts.readState->markAllRead(m_parts.stories->filter(), Core::PageKey { row.published, row.id }, side);
}

bool StoryListActions::selectUnreadAfter(int row)
{
    StoryListModel *stories = m_parts.stories;
    int pages = 0;
    for (int next = row + 1;; ++next) {
        if (next >= stories->rowCount()) {
            if (!stories->canFetchMore({}) || pages++ >= MaxPagesLookedAt)
                return false;
            stories->fetchMore({});
            if (next >= stories->rowCount())
                return false;
        }
        if (!stories->storyAt(next).read) {
            const QModelIndex index = stories->index(next);
            m_parts.list->setCurrentIndex(index);
            m_parts.list->scrollTo(index);
            return true;
        }
    }
}

QModelIndex StoryListActions::nextFeedWithUnread() const
{
    const SubscriptionTreeModel *model = m_parts.treeModel;
    QList<QModelIndex> nodes;
    collectNodes(model, {}, nodes);
    const QModelIndex current = m_parts.tree->currentNode();
    const Core::StoryFilter &filter = m_parts.stories->filter();
    const Core::SubscriptionId showing
        = filter.kind == Core::StoryFilter::Kind::Subscription ? Core::SubscriptionId(filter.id) : 0;
    // After the node on show (from the top when the view has none: a search, a topic).
    const qsizetype start = current.isValid() ? nodes.indexOf(current) + 1 : 0;
    for (qsizetype step = 0; step < nodes.size(); ++step) {
        const QModelIndex node = nodes.at((start + step) % nodes.size());
        if (NodeKind(node.data(SubscriptionTreeModel::KindRole).toInt()) != NodeKind::Subscription)
            continue;
        if (node.data(SubscriptionTreeModel::IdRole).toLongLong() == showing)
            continue; // this view has just been looked through
        if (node.data(SubscriptionTreeModel::UnreadRole).toInt() > 0)
            return node;
    }
    return {};
}

bool StoryListActions::nextUnread()
{
    const QModelIndex current = m_parts.list->currentIndex();
    if (selectUnreadAfter(current.isValid() ? current.row() : -1))
        return true;
    const QModelIndex feed = nextFeedWithUnread();
    if (!feed.isValid()) {
        Q_EMIT message(tr("No unread stories left."), 4000);
        return false;
    }
    // Choosing the feed in the tree shows it, as a click would.
    m_parts.tree->selectSubscription(feed.data(SubscriptionTreeModel::IdRole).toLongLong());
    return selectUnreadAfter(-1);
}

} // namespace Ui
