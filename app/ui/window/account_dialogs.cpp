#include "window/account_dialogs.h"

#include "models/subscription_tree_model.h"
#include "sync/ttrss_client.h"
#include "widgets/error_text.h"
#include "widgets/themed_icon.h"
#include "window/credential_store.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

// ---- AddAccountDialog ----

AddAccountDialog::AddAccountDialog(const QString &profileDir, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_profileDir(profileDir)
    , m_credentials(credentials)
    , m_kind(new QComboBox(this))
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_signIn(m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("addAccountDialog"));
    setWindowTitle(tr("Add Account"));
    m_kind->setObjectName(QStringLiteral("accountKind"));
    m_kind->addItem(tr("Tiny Tiny RSS"), Sync::accountKindName(Sync::AccountKind::TtRss));
    m_server->setObjectName(QStringLiteral("accountServer"));
    m_server->setPlaceholderText(tr("https://example.org/tt-rss/"));
    m_server->setMinimumWidth(360);
    m_user->setObjectName(QStringLiteral("accountUser"));
    m_password->setObjectName(QStringLiteral("accountPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setObjectName(QStringLiteral("accountSignIn"));
    m_signIn->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *hint = new QLabel(tr("Tidings keeps the password in the system keyring. The server's feeds, "
                               "folders and read state are synced with it."),
        this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_status->setObjectName(QStringLiteral("accountStatus"));
    m_error->setObjectName(QStringLiteral("accountError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_progress->setObjectName(QStringLiteral("accountProgress"));
    m_progress->setRange(0, 0); // busy: no way to say how far
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    m_status->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_signIn, &QPushButton::clicked, this, &AddAccountDialog::signIn);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AddAccountDialog::reject);
    for (QLineEdit *edit : { m_server, m_user, m_password })
        connect(edit, &QLineEdit::textChanged, this, &AddAccountDialog::validate);
    validate();
    m_server->setFocus(); // one kind for now: the address comes first
}

AddAccountDialog::~AddAccountDialog()
{
    delete m_client;
}

QUrl AddAccountDialog::serverUrl() const
{
    const QString typed = m_server->text().trimmed();
    if (typed.isEmpty())
        return {};
    QUrl url(typed.contains(QLatin1String("://")) ? typed : QStringLiteral("https://") + typed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return {};
    return url;
}

bool AddAccountDialog::isBusy() const
{
    return !m_progress->isHidden();
}

QString AddAccountDialog::errorShown() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AddAccountDialog::reject()
{
    if (isBusy()) {
        // The first Cancel stops the check; the dialog stays with what was typed.
        ++m_attempt;
        if (m_client)
            m_client->deleteLater();
        m_client = nullptr;
        setBusy(false);
        return;
    }
    QDialog::reject();
}

void AddAccountDialog::signIn()
{
    const QUrl server = serverUrl();
    if (isBusy() || server.isEmpty() || m_user->text().trimmed().isEmpty())
        return;
    Sync::AccountList accounts;
    QString error;
    if (!accounts.load(m_profileDir, &error)) {
        showError(tr("The list of accounts could not be read: %1").arg(error));
        return;
    }
    const QString user = m_user->text().trimmed();
    for (const Sync::AccountInfo &account : accounts.accounts()) {
        if (account.isRemote()
            && account.server.adjusted(QUrl::StripTrailingSlash) == server.adjusted(QUrl::StripTrailingSlash)
            && account.user == user) {
            showError(tr("This account is already added."));
            return;
        }
    }
    m_error->hide();
    setBusy(true, tr("Signing in to %1…").arg(server.host()));
    delete m_client;
    auto *client = new Sync::TtRssClient(server, user, m_password->text(), this);
    client->setTimeout(m_timeoutMs);
    m_client = client;
    const int attempt = ++m_attempt;
    client->login([this, attempt](const Sync::RemoteError &error) {
        if (attempt != m_attempt)
            return; // cancelled
        signedIn(error);
    });
}

void AddAccountDialog::signedIn(const Sync::RemoteError &error)
{
    if (m_client)
        m_client->deleteLater();
    m_client = nullptr;
    if (error) {
        showError(remoteErrorText(error));
        if (error.kind == Sync::RemoteError::Kind::WrongPassword) {
            m_password->setFocus();
            m_password->selectAll();
        }
        return;
    }
    save();
}

void AddAccountDialog::save()
{
    Sync::AccountList accounts;
    QString error;
    if (!accounts.load(m_profileDir, &error)) {
        showError(tr("The list of accounts could not be read: %1").arg(error));
        return;
    }
    const Sync::AccountInfo account
        = accounts.add(Sync::AccountKind::TtRss, serverUrl(), m_user->text().trimmed(), QString());
    auto finish = [this, account, accounts](const QString &keyringError) mutable {
        if (!keyringError.isEmpty()) {
            showError(tr("The password could not be kept in the system keyring: %1").arg(keyringError));
            return;
        }
        QString saveError;
        if (!accounts.save(m_profileDir, &saveError)) {
            if (m_credentials)
                m_credentials->writePassword(account.keyringKey(), QString(), [](const QString &) {});
            showError(tr("The account could not be saved: %1").arg(saveError));
            return;
        }
        m_added = account;
        setBusy(false);
        accept();
    };
    if (!m_credentials) {
        finish(tr("no keyring"));
        return;
    }
    setBusy(true, tr("Saving the account…"));
    const int attempt = m_attempt;
    QPointer<AddAccountDialog> guard(this);
    m_credentials->writePassword(
        account.keyringKey(), m_password->text(), [guard, attempt, finish](const QString &keyringError) mutable {
            if (guard && attempt == guard->m_attempt)
                finish(keyringError);
        });
}

void AddAccountDialog::showError(const QString &text)
{
    setBusy(false);
    m_error->setText(text);
    m_error->show();
}

void AddAccountDialog::setBusy(bool busy, const QString &status)
{
    m_progress->setVisible(busy);
    m_status->setText(status);
    m_status->setVisible(busy && !status.isEmpty());
    for (QWidget *field : std::initializer_list<QWidget *> { m_kind, m_server, m_user, m_password })
        field->setEnabled(!busy);
    validate();
}

void AddAccountDialog::validate()
{
    m_signIn->setEnabled(!isBusy() && !serverUrl().isEmpty() && !m_user->text().trimmed().isEmpty());
}

// ---- AccountsDialog ----

AccountsDialog::AccountsDialog(const QString &profileDir, CredentialStore *credentials, QWidget *parent)
    : QDialog(parent)
    , m_profileDir(profileDir)
    , m_credentials(credentials)
    , m_list(new QListWidget(this))
    , m_error(new QLabel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
{
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setMinimumSize(380, 160);
    m_list->setAccessibleName(tr("Accounts"));
    m_add->setObjectName(QStringLiteral("accountAdd"));
    m_remove->setObjectName(QStringLiteral("accountRemove"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *side = new QVBoxLayout;
    side->addWidget(m_add);
    side->addWidget(m_remove);
    side->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(m_remove, &QPushButton::clicked, this, &AccountsDialog::confirmRemove);
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::updateButtons);
    reload();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::reload()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    Sync::AccountList accounts;
    QString error;
    if (!accounts.load(m_profileDir, &error)) {
        m_error->setText(tr("The list of accounts could not be read: %1").arg(error));
        m_error->show();
    }
    for (const Sync::AccountInfo &account : accounts.accounts()) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, account.id);
        if (account.isRemote()) {
            item->setText(
                tr("%1\nTiny Tiny RSS · %2").arg(accountDisplayName(account), account.server.toDisplayString()));
            item->setIcon(themedIcon(QStringLiteral(":/icons/server.svg")));
        } else {
            item->setText(tr("%1\nFeeds Tidings fetches itself").arg(accountDisplayName(account)));
            item->setIcon(themedIcon(QStringLiteral(":/icons/tidings.svg")));
        }
        if (account.id == current)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

void AccountsDialog::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    m_remove->setEnabled(item && item->data(Qt::UserRole).toString() != Sync::localAccount().id);
}

void AccountsDialog::addAccount()
{
    AddAccountDialog dialog(m_profileDir, m_credentials, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT accountAdded(dialog.account());
}

void AccountsDialog::confirmRemove()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    Sync::AccountList accounts;
    accounts.load(m_profileDir);
    const std::optional<Sync::AccountInfo> account = accounts.find(id);
    if (!account || !account->isRemote())
        return;
    const auto answer = QMessageBox::question(this, tr("Remove Account"),
        tr("Remove the account %1? Its feeds and stories leave Tidings; nothing changes on the server.")
            .arg(accountDisplayName(*account)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        removeAccount(id);
}

bool AccountsDialog::removeAccount(const QString &id)
{
    Sync::AccountList accounts;
    QString error;
    if (!accounts.load(m_profileDir, &error)) {
        m_error->setText(tr("The list of accounts could not be read: %1").arg(error));
        m_error->show();
        return false;
    }
    const std::optional<Sync::AccountInfo> account = accounts.find(id);
    if (!account || !accounts.remove(id))
        return false;
    if (!accounts.save(m_profileDir, &error)) {
        m_error->setText(tr("The account could not be removed: %1").arg(error));
        m_error->show();
        return false;
    }
    if (m_credentials)
        m_credentials->writePassword(account->keyringKey(), QString(), [](const QString &) {});
    reload();
    Q_EMIT accountRemoved(id);
    return true;
}

} // namespace Ui
