#include "models/subscription_tree_model.h"

#include "pipeline/storage_writer.h"
#include "widgets/error_text.h"
#include "widgets/relative_time.h"
#include "widgets/themed_icon.h"

#include <QApplication>
#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>
#include <QTextDocument>

namespace Ui {

using Kind = Core::StoryFilter::Kind;

namespace {

QString formatWhen(const QDateTime &when)
{
    return when.isValid() ? longDateTime(when) : SubscriptionTreeModel::tr("never");
}

} // namespace

SubscriptionTreeModel::SubscriptionTreeModel(Core::Store *store, Core::StorageWriter *writer, QObject *parent)
    : QStandardItemModel(parent)
    , m_store(store)
    , m_writer(writer)
{
    rebuild();
}

SubscriptionTreeModel::~SubscriptionTreeModel() = default;

void SubscriptionTreeModel::rebuild()
{
    clear();
    m_subscriptionItems.clear();
    m_folderItems.clear();
    m_smartItems.clear();
    m_topicItems.clear();
    m_topicSection = nullptr;
    m_accountItems.clear();

    struct Smart {
        Kind kind;
        QString name;
        QString icon;
    };
    const Smart smart[] = {
        { Kind::All, tr("All Stories"), QStringLiteral(":/icons/all.svg") },
        { Kind::Unread, tr("Unread"), QStringLiteral(":/icons/unread.svg") },
        { Kind::Starred, tr("Starred"), QStringLiteral(":/icons/star.svg") },
        { Kind::Today, tr("Today"), QStringLiteral(":/icons/today.svg") },
    };
    for (const Smart &view : smart) {
        auto *item = new QStandardItem(themedIcon(view.icon), view.name);
        item->setEditable(false);
        item->setData(int(NodeKind::Smart), KindRole);
        item->setData(int(view.kind), SmartKindRole);
        appendRow(item);
        m_smartItems.insert(int(view.kind), item);
    }
    Core::Error topicsError;
    const QList<Core::TopicInfo> followed = m_store->followedTopics(&topicsError);
    if (topicsError.code != Core::ErrorCode::None)
        Q_EMIT loadFailed(topicsError);
    addTopics(followed);

    // Grouped by account only when there is a server account: a profile of
    // local feeds alone looks as it always did.
    const bool grouped = std::any_of(
        m_accounts.cbegin(), m_accounts.cend(), [](const Sync::AccountInfo &account) { return account.isRemote(); });
    if (grouped) {
        for (const Sync::AccountInfo &account : std::as_const(m_accounts))
            accountItem(account.id);
    }
    const auto rootFor
        = [this, grouped](const QString &accountId) { return grouped ? accountItem(accountId) : invisibleRootItem(); };

    const QIcon folderIcon = themedIcon(QStringLiteral(":/icons/folder.svg"));
    Core::Error error;
    const QList<Core::Folder> folders = m_store->folders(&error);
    if (error.code != Core::ErrorCode::None)
        Q_EMIT loadFailed(error);
    for (const Core::Folder &folder : folders) {
        auto *item = new QStandardItem(folderIcon, folder.name);
        item->setEditable(false);
        item->setData(int(NodeKind::Folder), KindRole);
        item->setData(folder.id, IdRole);
        item->setData(folder.name, Qt::AccessibleTextRole);
        item->setData(folder.accountId, AccountIdRole);
        m_folderItems.insert(folder.id, item);
    }
    // Parents may come after children in the list: attach in a second pass.
    for (const Core::Folder &folder : folders) {
        QStandardItem *parent = m_folderItems.value(folder.parentId, rootFor(folder.accountId));
        if (parent == m_folderItems.value(folder.id))
            parent = rootFor(folder.accountId);
        parent->appendRow(m_folderItems.value(folder.id));
    }
    m_siteIcons.clear();
    const QHash<Core::SubscriptionId, QByteArray> icons = m_store->subscriptionIcons();
    for (auto it = icons.cbegin(); it != icons.cend(); ++it)
        storeIcon(it.key(), it.value());
    const QList<Core::Subscription> subs = m_store->subscriptions(&error);
    if (error.code != Core::ErrorCode::None)
        Q_EMIT loadFailed(error);
    for (const Core::Subscription &sub : subs) {
        auto *item = new QStandardItem;
        item->setEditable(false);
        item->setData(int(NodeKind::Subscription), KindRole);
        item->setData(sub.id, IdRole);
        item->setData(sub.accountId, AccountIdRole);
        updateSubscriptionItem(item, sub);
        m_folderItems.value(sub.folderId, rootFor(sub.accountId))->appendRow(item);
        m_subscriptionItems.insert(sub.id, item);
    }
    // The list just read, not a second read of it (1,000 feeds: ~6 ms at start).
    if (error.code == Core::ErrorCode::None)
        refreshCounts(subs);
}

void SubscriptionTreeModel::refreshCounts()
{
    Core::Error error;
    const QList<Core::Subscription> subs = m_store->subscriptions(&error);
    if (error.code != Core::ErrorCode::None) {
        Q_EMIT loadFailed(error); // the counts shown stay as they were
        return;
    }
    refreshCounts(subs);
}

void SubscriptionTreeModel::refreshCounts(const QList<Core::Subscription> &subs)
{
    QHash<Core::FolderId, int> folderUnread;
    QHash<QString, int> accountUnread;
    m_failing.clear();
    int total = 0;
    m_allowImages.clear();
    for (Core::Subscription sub : subs) {
        // A built-in local feed (tidings:welcome) is never fetched; an error
        // recorded for it by an older version that tried is not the user's problem.
        if (Core::isBuiltInFeed(sub.url))
            sub.lastError = {};
        m_allowImages.insert(sub.id, sub.allowImages);
        if (QStandardItem *item = m_subscriptionItems.value(sub.id))
            updateSubscriptionItem(item, sub);
        if (sub.lastError.code != Core::ErrorCode::None)
            m_failing.append(sub);
        total += sub.unreadCount;
        accountUnread[sub.accountId] += sub.unreadCount;
        // Count into every enclosing folder.
        for (QStandardItem *folder = m_folderItems.value(sub.folderId); folder; folder = folder->parent())
            folderUnread[folder->data(IdRole).toLongLong()] += sub.unreadCount;
    }
    for (auto it = m_folderItems.cbegin(); it != m_folderItems.cend(); ++it)
        it.value()->setData(folderUnread.value(it.key()), UnreadRole);
    for (auto it = m_accountItems.cbegin(); it != m_accountItems.cend(); ++it) {
        it.value()->setData(accountUnread.value(it.key()), UnreadRole);
        updateAccountItem(it.value());
    }
    if (QStandardItem *item = m_smartItems.value(int(Kind::Unread)))
        item->setData(total, UnreadRole);
    if (QStandardItem *item = m_smartItems.value(int(Kind::All)))
        item->setData(total, UnreadRole);
    refreshTodayCount();
    refreshTopicCounts();
    if (QStandardItem *item = m_smartItems.value(int(Kind::Starred))) {
        Core::StoryFilter starred;
        starred.kind = Kind::Starred;
        item->setData(m_store->countStories(starred), UnreadRole);
    }
}

void SubscriptionTreeModel::adjustUnread(Core::SubscriptionId id, int delta, Core::StoryId story)
{
    const auto bump = [delta](QStandardItem *item) {
        if (item)
            item->setData(qMax(0, item->data(UnreadRole).toInt() + delta), UnreadRole);
    };
    // The story's followed topics: its chips name them as the tree does.
    if (story != 0 && !m_topicItems.isEmpty()) {
        const QStringList names = m_store->storyTopics({ story }).value(story);
        for (QStandardItem *item : std::as_const(m_topicItems)) {
            if (names.contains(item->text()))
                bump(item);
        }
    }
    QStandardItem *sub = m_subscriptionItems.value(id);
    if (!sub)
        return;
    bump(sub);
    for (QStandardItem *folder = sub->parent(); folder; folder = folder->parent())
        bump(folder);
    bump(m_smartItems.value(int(Kind::All)));
    bump(m_smartItems.value(int(Kind::Unread)));
    refreshTodayCount();
}

void SubscriptionTreeModel::addTopics(const QList<Core::TopicInfo> &topics)
{
    if (topics.isEmpty())
        return;
    const QIcon icon = themedIcon(QStringLiteral(":/icons/topic.svg"));
    m_topicSection = new QStandardItem(tr("Topics"));
    m_topicSection->setEditable(false);
    m_topicSection->setSelectable(false);
    m_topicSection->setDragEnabled(false);
    m_topicSection->setData(int(NodeKind::TopicSection), KindRole);
    m_topicSection->setToolTip(tr("Topics you follow: their stories from every feed"));
    QFont sectionFont = QApplication::font();
    sectionFont.setBold(true);
    m_topicSection->setFont(sectionFont);
    appendRow(m_topicSection);
    for (const Core::TopicInfo &topic : topics) {
        auto *item = new QStandardItem(icon, topic.name);
        item->setEditable(false);
        item->setData(int(NodeKind::Topic), KindRole);
        item->setData(topic.key, TopicKeyRole);
        item->setData(topic.unread, UnreadRole);
        // Plain text always: a topic's name comes from pages (see ChipBar).
        item->setToolTip(Qt::convertFromPlainText(tr("%1: %n stories in all", nullptr, topic.stories).arg(topic.name)));
        m_topicSection->appendRow(item);
        m_topicItems.insert(topic.key, item);
    }
}

void SubscriptionTreeModel::refreshTopicCounts()
{
    if (m_topicItems.isEmpty())
        return;
    // One indexed read of the followed topics; their counts are kept by the store.
    for (const Core::TopicInfo &topic : m_store->followedTopics()) {
        if (QStandardItem *item = m_topicItems.value(topic.key)) {
            item->setData(topic.unread, UnreadRole);
            item->setData(tr("%1, %n unread", nullptr, topic.unread).arg(topic.name), Qt::AccessibleTextRole);
        }
    }
}

void SubscriptionTreeModel::refreshTodayCount()
{
    // Like every other badge, Today counts what is left to read. The story's
    // date is not at hand here, so ask the store: the partial unread index
    // answers from today's rows alone.
    if (QStandardItem *item = m_smartItems.value(int(Kind::Today))) {
        Core::StoryFilter today;
        today.kind = Kind::Today;
        today.unreadOnly = true;
        item->setData(m_store->countStories(today), UnreadRole);
    }
}

void SubscriptionTreeModel::adjustStarred(int delta)
{
    if (QStandardItem *item = m_smartItems.value(int(Kind::Starred)))
        item->setData(qMax(0, item->data(UnreadRole).toInt() + delta), UnreadRole);
}

void SubscriptionTreeModel::storeIcon(Core::SubscriptionId id, const QByteArray &bytes)
{
    QPixmap pixmap;
    if (!bytes.isEmpty() && pixmap.loadFromData(bytes, "PNG") && !pixmap.isNull())
        m_siteIcons.insert(id, QIcon(pixmap));
    else
        m_siteIcons.remove(id);
}

void SubscriptionTreeModel::reloadIcon(Core::SubscriptionId id)
{
    storeIcon(id, m_store->subscriptionIcon(id));
    if (QStandardItem *item = m_subscriptionItems.value(id)) {
        if (item->data(ErrorRole).toString().isEmpty())
            item->setIcon(m_siteIcons.value(id, themedIcon(QStringLiteral(":/icons/feed.svg"))));
    }
}

QStandardItem *SubscriptionTreeModel::accountItem(const QString &accountId)
{
    if (QStandardItem *item = m_accountItems.value(accountId))
        return item;
    auto *item = new QStandardItem;
    item->setEditable(false);
    item->setDragEnabled(false); // selectable: every story of the account
    item->setData(int(NodeKind::Account), KindRole);
    item->setData(accountId, AccountIdRole);
    QFont font = QApplication::font();
    font.setBold(true);
    item->setFont(font);
    appendRow(item);
    m_accountItems.insert(accountId, item);
    updateAccountItem(item);
    return item;
}

void SubscriptionTreeModel::updateAccountItem(QStandardItem *item)
{
    const QString id = item->data(AccountIdRole).toString();
    Sync::AccountInfo account;
    account.id = id;
    account.kind = id == Sync::localAccount().id ? Sync::AccountKind::Local : Sync::AccountKind::TtRss;
    account.title = id == Sync::localAccount().id ? QString() : id; // an account no longer in the list
    for (const Sync::AccountInfo &known : std::as_const(m_accounts)) {
        if (known.id == id)
            account = known;
    }
    const QString name = accountDisplayName(account);
    const AccountState state = m_accountStates.value(id);
    const int unread = item->data(UnreadRole).toInt();
    item->setText(name);
    item->setData(state.syncing, SyncingRole);
    item->setData(state.error, ErrorRole);
    if (!account.isRemote()) {
        item->setIcon(themedIcon(QStringLiteral(":/icons/tidings.svg")));
        item->setToolTip(tr("<b>%1</b><br>Feeds Tidings fetches itself").arg(name.toHtmlEscaped()));
        item->setData(tr("%1, %n unread", nullptr, unread).arg(name), Qt::AccessibleTextRole);
        return;
    }
    const QString server = account.server.toDisplayString().toHtmlEscaped();
    if (state.syncing) {
        item->setIcon(themedIcon(QStringLiteral(":/icons/refresh.svg")));
        item->setToolTip(tr("<b>%1</b><br>%2<br>Syncing…").arg(name.toHtmlEscaped(), server));
        item->setData(tr("%1, syncing").arg(name), Qt::AccessibleTextRole);
    } else if (!state.error.isEmpty()) {
        item->setIcon(themedIcon(QStringLiteral(":/icons/warning.svg")));
        item->setToolTip(tr("<b>%1</b><br>%2<br>Last sync failed: %3")
                             .arg(name.toHtmlEscaped(), server, state.error.toHtmlEscaped()));
        item->setData(tr("%1, sync failing: %2").arg(name, state.error), Qt::AccessibleTextRole);
    } else {
        item->setIcon(themedIcon(QStringLiteral(":/icons/server.svg")));
        item->setToolTip(tr("<b>%1</b><br>Tiny Tiny RSS · %2").arg(name.toHtmlEscaped(), server));
        item->setData(tr("%1, %n unread", nullptr, unread).arg(name), Qt::AccessibleTextRole);
    }
}

void SubscriptionTreeModel::setAccountState(const QString &accountId, bool syncing, const QString &error)
{
    m_accountStates.insert(accountId, { syncing, error });
    if (QStandardItem *item = m_accountItems.value(accountId))
        updateAccountItem(item);
}

QModelIndex SubscriptionTreeModel::indexForAccount(const QString &accountId) const
{
    const QStandardItem *item = m_accountItems.value(accountId);
    return item ? item->index() : QModelIndex();
}

void SubscriptionTreeModel::updateSubscriptionItem(QStandardItem *item, const Core::Subscription &sub)
{
    const QString title = sub.title.isEmpty() ? sub.url : sub.title;
    item->setText(title);
    item->setData(sub.unreadCount, UnreadRole);
    const bool failing = sub.lastError.code != Core::ErrorCode::None;
    const QString error = failing ? errorText(sub.lastError) : QString();
    item->setData(error, ErrorRole);
    if (!failing) {
        const QIcon site = m_siteIcons.value(sub.id);
        item->setIcon(site.isNull() ? themedIcon(QStringLiteral(":/icons/feed.svg")) : site);
        item->setToolTip(tr("<b>%1</b><br>%2<br>Last updated: %3")
                             .arg(title.toHtmlEscaped(), sub.url.toHtmlEscaped(), formatWhen(sub.lastSuccess)));
        item->setData(tr("%1, %n unread", nullptr, sub.unreadCount).arg(title), Qt::AccessibleTextRole);
    } else {
        item->setIcon(themedIcon(QStringLiteral(":/icons/warning.svg")));
        item->setToolTip(tr("<b>%1</b><br>%2<br>Last error: %3<br>Last success: %4")
                             .arg(title.toHtmlEscaped(), sub.url.toHtmlEscaped(), error.toHtmlEscaped(),
                                 formatWhen(sub.lastSuccess)));
        item->setData(tr("%1, failing: %2").arg(title, error), Qt::AccessibleTextRole);
    }
}

namespace {

const QString NodeMimeType = QStringLiteral("application/x-tidings-subscription-nodes");

} // namespace

Qt::ItemFlags SubscriptionTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QStandardItemModel::flags(index) & ~(Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled);
    if (!index.isValid())
        return flags | Qt::ItemIsDropEnabled; // the top level
    switch (NodeKind(index.data(KindRole).toInt())) {
    case NodeKind::Smart:
    case NodeKind::TopicSection:
    case NodeKind::Topic:
        break;
    case NodeKind::Account: // the local account's node is its top level
        if (index.data(AccountIdRole).toString() == Sync::localAccount().id)
            flags |= Qt::ItemIsDropEnabled;
        break;
    case NodeKind::Folder:
    case NodeKind::Subscription: // a drop on a feed puts the dragged node beside it
        // Drag and drop moves only this computer's nodes: a server's feed
        // moves through its server (Move to, Feed Properties), its folders
        // on the server's own pages, and nothing moves between accounts.
        if (index.data(AccountIdRole).toString() == Sync::localAccount().id)
            flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        break;
    }
    return flags;
}

QStringList SubscriptionTreeModel::mimeTypes() const
{
    return { NodeMimeType };
}

QMimeData *SubscriptionTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    int count = 0;
    for (const QModelIndex &index : indexes) {
        const auto kind = NodeKind(index.data(KindRole).toInt());
        if (kind != NodeKind::Folder && kind != NodeKind::Subscription)
            continue;
        stream << int(kind) << index.data(IdRole).toLongLong();
        ++count;
    }
    if (count == 0)
        return nullptr;
    auto *data = new QMimeData;
    data->setData(NodeMimeType, encoded);
    return data;
}

std::optional<Core::FolderId> SubscriptionTreeModel::dropFolder(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return Core::FolderId(0);
    switch (NodeKind(parent.data(KindRole).toInt())) {
    case NodeKind::Smart:
    case NodeKind::TopicSection:
    case NodeKind::Topic:
        return std::nullopt;
    case NodeKind::Account:
        if (parent.data(AccountIdRole).toString() != Sync::localAccount().id)
            return std::nullopt;
        return Core::FolderId(0);
    case NodeKind::Folder:
        if (parent.data(AccountIdRole).toString() != Sync::localAccount().id)
            return std::nullopt;
        return parent.data(IdRole).toLongLong();
    case NodeKind::Subscription: {
        if (parent.data(AccountIdRole).toString() != Sync::localAccount().id)
            return std::nullopt;
        const QModelIndex folder = parent.parent();
        return folder.isValid() && NodeKind(folder.data(KindRole).toInt()) == NodeKind::Folder
            ? folder.data(IdRole).toLongLong()
            : Core::FolderId(0);
    }
    }
    return std::nullopt;
}

bool SubscriptionTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    return data && data->hasFormat(NodeMimeType) && action == Qt::MoveAction && dropFolder(parent).has_value();
}

bool SubscriptionTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const Core::FolderId target = *dropFolder(parent);
    QByteArray encoded = data->data(NodeMimeType);
    QDataStream stream(&encoded, QIODevice::ReadOnly);
    QList<std::pair<NodeKind, qint64>> nodes;
    while (!stream.atEnd()) {
        int kind = 0;
        qint64 id = 0;
        stream >> kind >> id;
        if (stream.status() != QDataStream::Ok)
            break;
        nodes.append({ NodeKind(kind), id });
    }
    struct Moves {
        bool movedAny = false;
        QList<Core::Error> errors;
    };
    m_writer->write(
        [nodes, target](Core::Store &store) {
            Moves moves;
            for (const auto &[kind, id] : nodes) {
                const Core::Status status
                    = kind == NodeKind::Folder ? store.moveFolder(id, target) : store.moveSubscription(id, target);
                if (status)
                    moves.movedAny = true;
                else
                    moves.errors.append(status.error());
            }
            return Core::Result<Moves>(moves);
        },
        this,
        [this](const Core::Result<Moves> &moves) {
            if (!moves) {
                Q_EMIT moveFailed(moves.error());
                return;
            }
            for (const Core::Error &error : moves->errors)
                Q_EMIT moveFailed(error);
            if (moves->movedAny)
                Q_EMIT moved();
        });
    // The store moved the nodes; the tree is rebuilt from it. Returning false
    // keeps the view from also removing the dragged rows itself.
    return false;
}

QModelIndex SubscriptionTreeModel::indexForSmart(Kind kind) const
{
    const QStandardItem *item = m_smartItems.value(int(kind));
    return item ? item->index() : QModelIndex();
}

QModelIndex SubscriptionTreeModel::indexForSubscription(Core::SubscriptionId id) const
{
    const QStandardItem *item = m_subscriptionItems.value(id);
    return item ? item->index() : QModelIndex();
}

QModelIndex SubscriptionTreeModel::indexForFolder(Core::FolderId id) const
{
    const QStandardItem *item = m_folderItems.value(id);
    return item ? item->index() : QModelIndex();
}

QModelIndex SubscriptionTreeModel::indexForTopic(const QString &topic) const
{
    if (m_topicItems.isEmpty())
        return {};
    const std::optional<Core::TopicInfo> info = m_store->topic(topic);
    const QStandardItem *item = info ? m_topicItems.value(info->key) : nullptr;
    return item ? item->index() : QModelIndex();
}

QStringList SubscriptionTreeModel::followedTopics() const
{
    QStringList names;
    if (m_topicSection) {
        for (int row = 0; row < m_topicSection->rowCount(); ++row)
            names.append(m_topicSection->child(row)->text());
    }
    return names;
}

Core::StoryFilter SubscriptionTreeModel::filterFor(const QModelIndex &index)
{
    Core::StoryFilter filter;
    switch (NodeKind(index.data(KindRole).toInt())) {
    case NodeKind::Smart:
        filter.kind = Kind(index.data(SmartKindRole).toInt());
        break;
    case NodeKind::TopicSection:
        filter.kind = Kind::All;
        break;
    case NodeKind::Account:
        filter.kind = Kind::Account;
        filter.account = index.data(AccountIdRole).toString();
        break;
    case NodeKind::Topic:
        filter.kind = Kind::Topic;
        filter.topic = index.data(Qt::DisplayRole).toString();
        break;
    case NodeKind::Folder:
        filter.kind = Kind::Folder;
        filter.id = index.data(IdRole).toLongLong();
        break;
    case NodeKind::Subscription:
        filter.kind = Kind::Subscription;
        filter.id = index.data(IdRole).toLongLong();
        break;
    }
    return filter;
}

QList<Core::Subscription> SubscriptionTreeModel::failingSubscriptions() const
{
    return m_failing;
}

// ---- delegate ----

SubscriptionDelegate::SubscriptionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

SubscriptionDelegate::~SubscriptionDelegate() = default;

QSize SubscriptionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), QFontMetrics(option.font).height() + 10));
    return size;
}

void SubscriptionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int unread = index.data(SubscriptionTreeModel::UnreadRole).toInt();
    const auto kind = SubscriptionTreeModel::NodeKind(index.data(SubscriptionTreeModel::KindRole).toInt());
    const bool isSmart
        = kind == SubscriptionTreeModel::NodeKind::Smart || kind == SubscriptionTreeModel::NodeKind::Topic;
    QString count;
    if (unread > 0)
        count = unread > 9999 ? QStringLiteral("9999+") : QLocale().toString(unread);

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QFont countFont = opt.font;
    countFont.setPointSizeF(opt.font.pointSizeF() * 0.85);
    const QFontMetrics countMetrics(countFont);
    const int pillWidth = count.isEmpty() ? 0 : countMetrics.horizontalAdvance(count) + 14;
    const bool rtl = opt.direction == Qt::RightToLeft;

    // Leave room for the pill, then let the style draw icon and text.
    QStyleOptionViewItem textOpt = opt;
    if (rtl)
        textOpt.rect.setLeft(textOpt.rect.left() + pillWidth + 6);
    else
        textOpt.rect.setRight(textOpt.rect.right() - pillWidth - 6);
    if (unread > 0 && !isSmart)
        textOpt.font.setBold(true);
    // The selection background spans the whole row.
    QStyleOptionViewItem background = opt;
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
    textOpt.state &= ~QStyle::State_HasFocus;
    textOpt.backgroundBrush = Qt::NoBrush;
    style->drawControl(QStyle::CE_ItemViewItem, &textOpt, painter, widget);
    // The keyboard's place, around the whole row (count included).
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.backgroundColor
            = opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }

    if (count.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = opt.state & QStyle::State_Selected;
    const int h = countMetrics.height() + 2;
    const int x = rtl ? opt.rect.left() + 4 : opt.rect.right() - pillWidth - 4;
    const QRect pill(x, opt.rect.center().y() - h / 2, pillWidth, h);
    QColor fill = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    fill.setAlphaF(0.12f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(fill);
    painter->drawRoundedRect(pill, h / 2.0, h / 2.0);
    painter->setFont(countFont);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(pill, Qt::AlignCenter, count);
    painter->restore();
}

QString accountDisplayName(const Sync::AccountInfo &account)
{
    if (!account.title.isEmpty())
        return account.title;
    if (!account.isRemote())
        return QCoreApplication::translate("Ui::Accounts", "On This Computer");
    return QCoreApplication::translate("Ui::Accounts", "%1 on %2").arg(account.user, account.server.host());
}

} // namespace Ui
