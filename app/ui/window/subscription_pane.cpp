#include "window/subscription_pane.h"

#include "models/pipeline_link.h"
#include "models/subscription_tree_model.h"
#include "widgets/themed_icon.h"
#include "window/main_actions.h"
#include "window/read_state.h"
#include "window/subscription_controller.h"
#include "window/topic_controller.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QTreeView>

namespace Ui {

using Kind = Core::StoryFilter::Kind;
using NodeKind = SubscriptionTreeModel::NodeKind;

namespace {

NodeKind kindOf(const QModelIndex &node)
{
    return NodeKind(node.data(SubscriptionTreeModel::KindRole).toInt());
}

} // namespace

SubscriptionPane::SubscriptionPane(const Parts &parts, QWidget *window)
    : QObject(window)
    , m_parts(parts)
    , m_pipeline(parts.pipeline)
    , m_view(new QTreeView(window))
{
    m_view->setObjectName(QStringLiteral("subscriptionTree"));
    m_view->setAccessibleName(tr("Subscriptions"));
    m_view->setModel(m_parts.model);
    m_view->setItemDelegate(new SubscriptionDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setIndentation(14);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::DragDrop);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->expandAll();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &SubscriptionPane::currentChanged);
    connect(m_view, &QWidget::customContextMenuRequested, this, &SubscriptionPane::contextMenu);
}

SubscriptionPane::~SubscriptionPane() = default;

QModelIndex SubscriptionPane::currentNode() const
{
    return m_view->currentIndex();
}

QModelIndex SubscriptionPane::selectedNode() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && m_view->selectionModel()->isSelected(index) ? index : QModelIndex();
}

Core::FolderId SubscriptionPane::currentFolder() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && kindOf(index) == NodeKind::Folder ? index.data(SubscriptionTreeModel::IdRole).toLongLong()
                                                                : 0;
}

void SubscriptionPane::follow(const Core::StoryFilter &filter)
{
    QModelIndex index;
    switch (filter.kind) {
    case Kind::Subscription:
        index = m_parts.model->indexForSubscription(filter.id);
        break;
    case Kind::Folder:
        index = m_parts.model->indexForFolder(filter.id);
        break;
    case Kind::Topic:
        index = m_parts.model->indexForTopic(filter.topic);
        break;
    case Kind::Account:
        index = m_parts.model->indexForAccount(filter.account);
        break;
    case Kind::Search:
        break;
    default:
        index = m_parts.model->indexForSmart(filter.kind);
        break;
    }
    m_following = true;
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else
        m_view->selectionModel()->clearSelection();
    m_following = false;
}

void SubscriptionPane::rebuild(const Core::StoryFilter &filter)
{
    m_following = true;
    m_parts.model->rebuild();
    m_view->expandAll();
    m_following = false;
    follow(filter);
}

QString SubscriptionPane::currentTitle(const Core::StoryFilter &filter) const
{
    using Kind = Core::StoryFilter::Kind;
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()
        || (filter.kind != Kind::Subscription && filter.kind != Kind::Folder && filter.kind != Kind::Account))
        return {};
    const Core::StoryFilter shown = SubscriptionTreeModel::filterFor(index);
    if (shown.kind != filter.kind || shown.id != filter.id || shown.account != filter.account)
        return {};
    return index.data(Qt::DisplayRole).toString();
}

void SubscriptionPane::selectSubscription(Core::SubscriptionId id)
{
    const QModelIndex index = m_parts.model->indexForSubscription(id);
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void SubscriptionPane::refreshSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!m_pipeline || !index.isValid())
        return;
    if (kindOf(index) == NodeKind::Subscription)
        m_pipeline->refresh(index.data(SubscriptionTreeModel::IdRole).toLongLong());
    else
        m_pipeline->refreshAll();
}

void SubscriptionPane::currentChanged()
{
    if (m_following)
        return;
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid() || kindOf(index) == NodeKind::TopicSection)
        return;
    ListView view;
    view.filter = SubscriptionTreeModel::filterFor(index);
    view.title = index.data(Qt::DisplayRole).toString();
    Q_EMIT viewChosen(view);
}

void SubscriptionPane::contextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    QMenu menu(m_view->window());
    if (!index.isValid()) {
        if (m_actions) {
            menu.addAction(m_actions->addSubscription);
            menu.addAction(m_actions->newFolder);
        }
        menu.exec(m_view->viewport()->mapToGlobal(pos));
        return;
    }
    if (kindOf(index) == NodeKind::TopicSection)
        return;
    m_view->setCurrentIndex(index);
    SubscriptionController *subscriptions = m_parts.subscriptions;
    const NodeKind kind = kindOf(index);
    const qint64 id = index.data(SubscriptionTreeModel::IdRole).toLongLong();
    const auto rename = [this, subscriptions] { subscriptions->rename(m_view->currentIndex()); };
    const auto remove = [this, subscriptions] { subscriptions->remove(m_view->currentIndex()); };
    menu.addAction(tr("Mark as Read"), this,
        [this, index] { m_parts.readState->markAllRead(SubscriptionTreeModel::filterFor(index)); });
    const QString account = index.data(SubscriptionTreeModel::AccountIdRole).toString();
    if (!account.isEmpty() && account != Sync::localAccount().id) {
        // A feed server's: it fetches them; rename, move and unsubscribe go
        // through the server (its folders change on its own pages).
        if (kind == NodeKind::Subscription) {
            menu.addAction(tr("Rename…"), this, rename);
            QMenu *move = menu.addMenu(tr("Move to"));
            move->addAction(tr("(Top level)"), this, [subscriptions, id] { subscriptions->move(id, 0); });
            for (const Core::Folder &folder : m_parts.store->folders()) {
                if (folder.accountId != account)
                    continue; // only this server's folders
                move->addAction(themedIcon(QStringLiteral(":/icons/folder.svg")), folder.name, this,
                    [subscriptions, id, folder] { subscriptions->move(id, folder.id); });
            }
            move->addSeparator();
            move->addAction(tr("New Folder…"), this, [subscriptions, id] { subscriptions->moveToNewFolder(id); });
            const std::optional<Core::Subscription> sub = m_parts.store->subscription(id);
            if (sub) {
                const QString url = sub->url;
                menu.addAction(tr("Copy Feed Address"), this, [url] { QApplication::clipboard()->setText(url); });
            }
            menu.addSeparator();
            QAction *properties = menu.addAction(
                tr("Properties…"), subscriptions, [subscriptions, id] { subscriptions->editProperties(id); });
            if (m_actions)
                properties->setShortcut(m_actions->feedProperties->shortcut());
            menu.addSeparator();
            menu.addAction(tr("Unsubscribe…"), this, remove);
        }
        if (m_actions) {
            menu.addSeparator();
            menu.addAction(m_actions->syncAccounts);
        }
    } else if (kind == NodeKind::Subscription) {
        menu.addAction(tr("Refresh"), this, [this, id] {
            if (m_pipeline)
                m_pipeline->refresh(id);
        });
        menu.addSeparator();
        menu.addAction(tr("Rename…"), this, rename);
        QMenu *move = menu.addMenu(tr("Move to"));
        move->addAction(tr("(Top level)"), this, [subscriptions, id] { subscriptions->move(id, 0); });
        for (const Core::Folder &folder : m_parts.store->folders()) {
            if (folder.accountId != Core::LocalAccountId)
                continue; // a feed server's
            move->addAction(themedIcon(QStringLiteral(":/icons/folder.svg")), folder.name, this,
                [subscriptions, id, folder] { subscriptions->move(id, folder.id); });
        }
        const std::optional<Core::Subscription> sub = m_parts.store->subscription(id);
        QAction *images = menu.addAction(tr("Load Images in This Feed"));
        images->setCheckable(true);
        images->setChecked(sub && sub->allowImages);
        connect(images, &QAction::toggled, this, [this, subscriptions, id](bool on) {
            subscriptions->setImages(id,
                on ? SubscriptionController::Images::Load : SubscriptionController::Images::Block,
                [this] { Q_EMIT imagesSwitched(); });
        });
        if (sub) {
            const QString url = sub->url;
            menu.addAction(tr("Copy Feed Address"), this, [url] { QApplication::clipboard()->setText(url); });
        }
        menu.addSeparator();
        QAction *properties = menu.addAction(
            tr("Properties…"), subscriptions, [subscriptions, id] { subscriptions->editProperties(id); });
        if (m_actions)
            properties->setShortcut(m_actions->feedProperties->shortcut());
        menu.addSeparator();
        menu.addAction(tr("Unsubscribe…"), this, remove);
    } else if (kind == NodeKind::Topic && m_parts.topics) {
        TopicController *topics = m_parts.topics;
        const QString topic = index.data(Qt::DisplayRole).toString();
        menu.addSeparator();
        menu.addAction(tr("Rename Topic…"), topics, [topics, topic] { topics->rename(topic); });
        menu.addAction(tr("Unfollow Topic"), topics, [topics, topic] { topics->setFollowed(topic, false); });
    } else if (kind == NodeKind::Folder) {
        menu.addSeparator();
        menu.addAction(tr("Rename…"), this, rename);
        menu.addAction(tr("New Folder…"), subscriptions, &SubscriptionController::newFolder);
        menu.addSeparator();
        menu.addAction(tr("Delete Folder…"), this, remove);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Ui
