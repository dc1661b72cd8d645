#pragma once

// Feed-server accounts in the app: adding one (AddAccountDialog signs in
// before anything is saved) and the list of a profile's accounts
// (AccountsDialog: add, remove). Accounts live in <profile>/accounts.json
// (Sync::AccountList); their passwords in the CredentialStore (the system
// keyring), under AccountInfo::keyringKey(), as feed passwords are.

#include "sync/account.h"
#include "sync/remote_client.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;

namespace Ui {

class CredentialStore;

// Add Account: the kind (Tiny Tiny RSS), the server's address, user and
// password. Sign In checks them with the server, asynchronously (a busy bar;
// Cancel stops the check, a second Cancel closes); only a login that worked is
// saved: the account in accounts.json, the password in the keyring. The
// dialog is then accepted and account() says which it is.
class AddAccountDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddAccountDialog)

public:
    AddAccountDialog(const QString &profileDir, CredentialStore *credentials, QWidget *parent = nullptr);
    ~AddAccountDialog() override;

    // The address as it is used: what was typed, "https://" put before an
    // address without a scheme.
    QUrl serverUrl() const;
    bool isBusy() const;
    QString errorShown() const; // empty when none
    Sync::AccountInfo account() const { return m_added; } // once accepted
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void reject() override;

private:
    void signIn();
    void signedIn(const Sync::RemoteError &error);
    void save();
    void showError(const QString &text);
    void setBusy(bool busy, const QString &status = {});
    void validate();

    QString m_profileDir;
    CredentialStore *m_credentials;
    QComboBox *m_kind;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_status;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_signIn;
    QPointer<Sync::RemoteClient> m_client;
    Sync::AccountInfo m_added;
    int m_timeoutMs = 30000;
    int m_attempt = 0; // answers of a cancelled attempt are ignored
};

// The profile's accounts: the local one (cannot be removed) and each server
// account with its address and user. Add opens AddAccountDialog; Remove asks
// first, then forgets the account and its password.
class AccountsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountsDialog)

public:
    AccountsDialog(const QString &profileDir, CredentialStore *credentials, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    QListWidget *list() const { return m_list; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *addButton() const { return m_add; }
    // Removes the account without asking (what Remove does after Yes).
    bool removeAccount(const QString &id);

Q_SIGNALS:
    void accountAdded(const Sync::AccountInfo &account);
    void accountRemoved(const QString &id);

private:
    void reload();
    void addAccount();
    void confirmRemove();
    void updateButtons();

    QString m_profileDir;
    CredentialStore *m_credentials;
    QListWidget *m_list;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace Ui
