#pragma once

#include "storage/store.h"
#include "sync/account.h"

#include <QHash>
#include <QIcon>
#include <QMimeData>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

#include <optional>

namespace Core {
class StorageWriter;
}

namespace Ui {

// The left pane: smart views (All, Unread, Starred, Today), the followed
// topics under "Topics" (each with its unread stories across every feed),
// then folders and feeds with unread counts and error badges. With a feed
// server account the folders and feeds are grouped by account: the local
// account's node, then one per server account, each showing its sync state.
class SubscriptionTreeModel final : public QStandardItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionTreeModel)

public:
    enum class NodeKind { Smart = 1, Folder, Subscription, TopicSection, Topic, Account };
    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole, // folder or subscription id
        SmartKindRole, // a Core::StoryFilter::Kind
        UnreadRole,
        ErrorRole, // the last error as the user reads it (Ui::errorText), empty when fine
        TopicKeyRole, // a followed topic's key (Core::TopicInfo::key)
        AccountIdRole, // the account of a folder, a subscription or an account node
        SyncingRole, // an account node: a sync is under way
    };

    // Reads through the store; drops are written through the writer (both
    // must outlive the model).
    SubscriptionTreeModel(Core::Store *store, Core::StorageWriter *writer, QObject *parent = nullptr);
    ~SubscriptionTreeModel() override;

    // Re-reads folders and subscriptions (structure changed).
    void rebuild();
    // The profile's accounts (Sync::AccountList): with a server account among
    // them the tree groups by account. Takes effect at the next rebuild().
    void setAccounts(const QList<Sync::AccountInfo> &accounts) { m_accounts = accounts; }
    // An account's sync state on its node: syncing, or the last sync's error
    // in the user's words (empty: none).
    void setAccountState(const QString &accountId, bool syncing, const QString &error);
    QModelIndex indexForAccount(const QString &accountId) const;
    // Re-reads counts and fetch state only; the tree keeps its shape.
    void refreshCounts();
    // One story changed state: adjust the counts without asking the store
    // (a full recount costs tens of milliseconds on a big profile).
    // With the story, the followed topics it is on change too.
    void adjustUnread(Core::SubscriptionId id, int delta, Core::StoryId story = 0);
    void adjustStarred(int delta);
    // Cached from the last read of the subscriptions, so that showing a
    // story needs no extra query.
    bool allowsImages(Core::SubscriptionId id) const { return m_allowImages.value(id, false); }
    void setAllowsImages(Core::SubscriptionId id, bool allow) { m_allowImages.insert(id, allow); }

    // The site's icon (the store's cache, read at rebuild); null when none.
    QIcon siteIcon(Core::SubscriptionId id) const { return m_siteIcons.value(id); }
    // A site's icon was stored: read it again and show it.
    void reloadIcon(Core::SubscriptionId id);

    QModelIndex indexForSmart(Core::StoryFilter::Kind kind) const;
    QModelIndex indexForSubscription(Core::SubscriptionId id) const;
    QModelIndex indexForFolder(Core::FolderId id) const;
    // The followed topic a name or alias means, if it is followed.
    QModelIndex indexForTopic(const QString &topic) const;
    QStringList followedTopics() const;
    // The filter a tree node shows.
    static Core::StoryFilter filterFor(const QModelIndex &index);
    QList<Core::Subscription> failingSubscriptions() const;

    // Drag and drop: feeds and folders move into folders or to the top level.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }

Q_SIGNALS:
    // Feeds or folders were moved in the store: the tree must be rebuilt
    // (after the drop has finished, never inside it). Emitted once the
    // moves are committed on the storage thread.
    void moved();
    void moveFailed(const Core::Error &error);
    // Reading folders or subscriptions failed: the tree keeps what it showed.
    void loadFailed(const Core::Error &error);

private:
    void refreshCounts(const QList<Core::Subscription> &subs); // from a list already read
    // The folder a drop on this node lands in, or nullopt where nothing may be dropped.
    std::optional<Core::FolderId> dropFolder(const QModelIndex &parent) const;
    void refreshTodayCount();
    void addTopics(const QList<Core::TopicInfo> &topics);
    void refreshTopicCounts();
    void updateSubscriptionItem(QStandardItem *item, const Core::Subscription &sub);
    QStandardItem *accountItem(const QString &accountId);
    void updateAccountItem(QStandardItem *item);
    void storeIcon(Core::SubscriptionId id, const QByteArray &bytes);

    Core::Store *m_store;
    Core::StorageWriter *m_writer;
    QHash<Core::SubscriptionId, QStandardItem *> m_subscriptionItems;
    QHash<Core::FolderId, QStandardItem *> m_folderItems;
    QHash<int, QStandardItem *> m_smartItems;
    QHash<QString, QStandardItem *> m_topicItems; // by key
    QStandardItem *m_topicSection = nullptr;
    QList<Sync::AccountInfo> m_accounts;
    QHash<QString, QStandardItem *> m_accountItems; // by account id, when grouped
    struct AccountState {
        bool syncing = false;
        QString error;
    };
    QHash<QString, AccountState> m_accountStates;
    QList<Core::Subscription> m_failing;
    QHash<Core::SubscriptionId, bool> m_allowImages;
    QHash<Core::SubscriptionId, QIcon> m_siteIcons;
};

// How an account is named in lists and the sidebar: its title, or for the
// local account "On This Computer", for a server account "user on host".
QString accountDisplayName(const Sync::AccountInfo &account);

// Draws the unread count as a quiet pill at the trailing edge.
class SubscriptionDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionDelegate)

public:
    explicit SubscriptionDelegate(QObject *parent = nullptr);
    ~SubscriptionDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Ui
