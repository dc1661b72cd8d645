#pragma once

// The window's feed-server accounts: the Add Account and Accounts dialogs
// (account_dialogs.h), and syncing them (Core::AccountSync, off the GUI
// thread): on demand, on the refresh schedule and once an account is added.
// Each account's state (syncing, the last error) is kept here for the
// sidebar and the status bar.

#include "sync/account.h"
#include "sync/remote_client.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

class QTimer;
class QWidget;

namespace Core {
class AccountSync;
class StorageWriter;
struct AccountSyncResult;
}

namespace Ui {

class CredentialStore;

class AccountController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountController)

public:
    // Writes (a removed account's data, the syncs) go through `writer`,
    // which must outlive this object.
    AccountController(const QString &profileDir, Core::StorageWriter *writer, QWidget *window);
    ~AccountController() override;

    void setCredentialStore(CredentialStore *credentials) { m_credentials = credentials; }
    CredentialStore *credentialStore() const { return m_credentials; }
    QString profileDir() const { return m_profileDir; }
    // The profile's accounts as saved (the local one first).
    QList<Sync::AccountInfo> accounts() const;
    bool hasServerAccounts() const;

    void showAddAccount();
    void showAccounts();

    // Syncs every server account (those already syncing go on as they are).
    void syncAll();
    void sync(const Sync::AccountInfo &account);
    bool isSyncing() const { return !m_syncing.isEmpty(); }
    bool isSyncing(const QString &accountId) const { return m_syncing.contains(accountId); }
    // The last sync's failure in the user's words; empty when it worked.
    QString lastError(const QString &accountId) const { return m_errors.value(accountId); }
    // Syncs every `minutes` (the refresh interval); 0 stops.
    void setInterval(int minutes);
    Core::AccountSync *engine() const { return m_engine; }

    // Changes to a server account's feeds, made on the server (then synced
    // into the store). `done` gets the failure in the user's words, empty
    // when the server made the change; it runs on this thread.
    using EditDone = std::function<void(const QString &error)>;
    void subscribe(const QString &accountId, const QString &url, const QString &folderRemoteId, const EditDone &done);
    void unsubscribe(const QString &accountId, const QString &feedRemoteId, const EditDone &done);
    void renameFeed(const QString &accountId, const QString &feedRemoteId, const QString &title, const EditDone &done);
    // Into folderRemoteId (empty: the top level), or into newFolder (made on
    // the server when missing) when that is not empty.
    void moveFeed(const QString &accountId, const QString &feedRemoteId, const QString &folderRemoteId,
        const QString &newFolder, const EditDone &done);

Q_SIGNALS:
    void accountAdded(const Sync::AccountInfo &account);
    void accountRemoved(const QString &id);
    // An account started or ended a sync, or its error changed.
    void stateChanged(const QString &accountId);
    // What to say in the status bar while syncing.
    void progressText(const QString &text);
    void synced(const Core::AccountSyncResult &result);

private:
    void onFinished(const Core::AccountSyncResult &result);
    void forget(const QString &id);
    using EngineAnswer = void (Core::AccountSync::*)(const QString &, const QString &, const Sync::RemoteError &);
    // Reads the account's password, then runs `call` with it (done gets an
    // error when the account is unknown) and hands the engine's answer for
    // (accountId, key) to done.
    void onServer(const QString &accountId, EngineAnswer answer, const QString &key,
        const std::function<void(const Sync::AccountInfo &, const QString &)> &call, const EditDone &done);

    QString m_profileDir;
    Core::StorageWriter *m_writer;
    QWidget *m_window;
    CredentialStore *m_credentials = nullptr;
    Core::AccountSync *m_engine = nullptr;
    QTimer *m_timer = nullptr;
    QSet<QString> m_syncing;
    QHash<QString, QString> m_errors;
};

} // namespace Ui
