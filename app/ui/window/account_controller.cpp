#include "window/account_controller.h"

#include "window/account_dialogs.h"

#include <QWidget>

namespace Ui {

AccountController::AccountController(const QString &profileDir, QWidget *window)
    : QObject(window)
    , m_profileDir(profileDir)
    , m_window(window)
{
}

AccountController::~AccountController() = default;

QList<Sync::AccountInfo> AccountController::accounts() const
{
    Sync::AccountList list;
    list.load(m_profileDir);
    return list.accounts();
}

void AccountController::showAddAccount()
{
    AddAccountDialog dialog(m_profileDir, m_credentials, m_window);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT accountAdded(dialog.account());
}

void AccountController::showAccounts()
{
    AccountsDialog dialog(m_profileDir, m_credentials, m_window);
    connect(&dialog, &AccountsDialog::accountAdded, this, &AccountController::accountAdded);
    connect(&dialog, &AccountsDialog::accountRemoved, this, &AccountController::accountRemoved);
    dialog.exec();
}

} // namespace Ui
