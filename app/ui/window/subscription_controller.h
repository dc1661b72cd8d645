#pragma once

// Editing the subscriptions: add, rename, delete, new folder, move, the
// per-feed image setting, and OPML import and export with their files. It
// reads through the GUI's (read-only) Store and writes only through the
// StorageWriter; what changed comes back as signals for the window to show.

#include "models/suggested_feeds.h"
#include "storage/store.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QModelIndex;
class QWidget;

namespace Core {
class StorageWriter;
}

namespace Ui {

class AccountController;
class CredentialStore;
class AddSubscriptionDialog;
class SuggestedFeedsDialog;
class PipelineLink;

class SubscriptionController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionController)

public:
    enum class Images { Load, Block };
    enum class Outcome { Done, Failed };

    // `reader`, `writer` and `pipeline` (which may be null) must outlive
    // this object; dialogs open over `window`, which owns it.
    SubscriptionController(Core::Store *reader, Core::StorageWriter *writer, PipelineLink *pipeline, QWidget *window);
    ~SubscriptionController() override;

    // Each asks what it needs in a dialog first. A tree node is an index of
    // the SubscriptionTreeModel; smart views are left alone.
    // The add dialog opens (window-modal, not blocking) and stays until the
    // feed is subscribed or the user cancels; failures are shown in it.
    void addSubscription(Core::FolderId suggestedFolder);
    AddSubscriptionDialog *addDialog() const; // null when not open
    // An address from outside (the command line, a later launch): selects
    // the feed when it is already subscribed, else adds it like the add
    // dialog does (found, fetched, stored), with no dialog: the outcome
    // shows in the status bar. `argument` may be a feed: URL.
    void subscribeTo(const QString &argument);

    // The suggested feeds (the built-in list unless a test set another), in
    // a dialog that does not block; one click subscribes to a feed: it is
    // stored at once and refreshed, so with no network it shows the usual
    // unreachable mark in the tree, with no message box.
    void showSuggestedFeeds();
    SuggestedFeedsDialog *suggestedFeedsDialog() const; // null when not open
    void setSuggestedFeeds(const QList<SuggestedRegion> &regions);
    void subscribeSuggested(const QString &url, const QString &title);
    void newFolder();
    // A feed server's feed is renamed, unsubscribed and moved on its server
    // (through the AccountController), then synced; failures are shown in
    // a message box. Its folders stay the server's to change.
    void rename(const QModelIndex &node);
    void remove(const QModelIndex &node);
    void move(Core::SubscriptionId id, Core::FolderId folder);
    // A server feed into a new folder of its account (asks the name).
    void moveToNewFolder(Core::SubscriptionId id);
    // Feed server accounts (may stay null: only local feeds are added).
    void setAccounts(AccountController *accounts);
    // The feed properties dialog; its answers are written by applyProperties.
    void editProperties(Core::SubscriptionId id);
    struct Properties {
        QString title;
        QString url;
        Core::FolderId folder = 0;
        bool allowImages = false;
        Core::SubscriptionSettings settings;
        std::optional<QString> password; // set: goes to the keyring (empty: removed)
    };
    // Writes what changed on the storage thread, the password to the keyring
    // and the pipeline; `then` runs once both answered.
    void applyProperties(Core::SubscriptionId id, const Properties &properties, const std::function<void()> &then = {});

    // Feed passwords: the keyring (may stay null: no logins are kept).
    void setCredentialStore(CredentialStore *credentials);
    CredentialStore *credentialStore() const { return m_credentials; }
    // The keyring's key of a feed's password.
    static QString passwordKey(Core::SubscriptionId id);
    // Hands the stored passwords of every feed with a login to the pipeline.
    void loadPasswords();

    // `then` runs once the write answered, whatever the answer.
    void setImages(Core::SubscriptionId id, Images images, const std::function<void()> &then = {});

    // OPML through file dialogs.
    void importOpml();
    void exportOpml();
    // The same without dialogs; `summary` says what happened. The import is
    // written on the storage thread: done(outcome, summary) follows.
    using ImportDone = std::function<void(Outcome outcome, const QString &summary)>;
    void importOpmlFile(const QString &path, const ImportDone &done);
    Outcome exportOpmlFile(const QString &path, QString *summary) const;

Q_SIGNALS:
    // Folders or subscriptions changed: the tree is to be built again.
    void treeChanged();
    void subscribed(Core::SubscriptionId id);
    // A feed asked for from outside is already subscribed: show it.
    void showRequested(Core::SubscriptionId id);
    // A folder or subscription was deleted (after treeChanged).
    void removed();
    void imagesChanged(Core::SubscriptionId id, Ui::SubscriptionController::Images images);
    // A feed's properties were written (after treeChanged).
    void propertiesChanged(Core::SubscriptionId id);
    // Every password loadPasswords asked the keyring for has been answered
    // (at once when no feed has a login).
    void passwordsLoaded();
    void message(const QString &text, int timeoutMs);
    void failed(const Core::Error &error);

private:
    void subscribe(AddSubscriptionDialog *dialog, const QString &url, Core::FolderId folder);
    // The feed's change on its server; `title` names the action for a failure.
    void editOnServer(const Core::Subscription &feed, const QString &title, const std::optional<QString> &newName,
        const std::optional<Core::FolderId> &folder, const QString &newFolder = {});

    Core::Store *m_reader;
    Core::StorageWriter *m_writer;
    QPointer<PipelineLink> m_pipeline;
    QWidget *m_window;
    CredentialStore *m_credentials = nullptr;
    QPointer<AccountController> m_accounts;
    QPointer<AddSubscriptionDialog> m_addDialog;
    QPointer<SuggestedFeedsDialog> m_suggestedDialog;
    QList<SuggestedRegion> m_suggested = suggestedFeeds();
    QString m_pendingAdd; // what the add dialog asked the pipeline for
};

} // namespace Ui
