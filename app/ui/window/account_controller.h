#pragma once

// The window's feed-server accounts: the Add Account and Accounts dialogs
// (account_dialogs.h), and what changes when an account comes or goes.

#include "sync/account.h"

#include <QObject>
#include <QString>

class QWidget;

namespace Ui {

class CredentialStore;

class AccountController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountController)

public:
    AccountController(const QString &profileDir, QWidget *window);
    ~AccountController() override;

    void setCredentialStore(CredentialStore *credentials) { m_credentials = credentials; }
    CredentialStore *credentialStore() const { return m_credentials; }
    QString profileDir() const { return m_profileDir; }
    // The profile's accounts as saved (the local one first).
    QList<Sync::AccountInfo> accounts() const;

    void showAddAccount();
    void showAccounts();

Q_SIGNALS:
    void accountAdded(const Sync::AccountInfo &account);
    void accountRemoved(const QString &id);

private:
    QString m_profileDir;
    QWidget *m_window;
    CredentialStore *m_credentials = nullptr;
};

} // namespace Ui
