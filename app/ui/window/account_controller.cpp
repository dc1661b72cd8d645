#include "window/account_controller.h"

#include "models/subscription_tree_model.h"
#include "pipeline/account_sync.h"
#include "pipeline/storage_writer.h"
#include "widgets/error_text.h"
#include "window/account_dialogs.h"
#include "window/credential_store.h"

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {

AccountController::AccountController(const QString &profileDir, Core::StorageWriter *writer, QWidget *window)
    : QObject(window)
    , m_profileDir(profileDir)
    , m_writer(writer)
    , m_window(window)
    , m_engine(new Core::AccountSync(writer, this))
    , m_timer(new QTimer(this))
{
    connect(m_engine, &Core::AccountSync::finished, this, &AccountController::onFinished);
    connect(m_engine, &Core::AccountSync::progress, this,
        [this](const QString &accountId, Sync::SyncStep step, int stories) {
            Sync::AccountList list;
            list.load(m_profileDir);
            const std::optional<Sync::AccountInfo> account = list.find(accountId);
            const QString name = account ? accountDisplayName(*account) : accountId;
            QString text;
            switch (step) {
            case Sync::SyncStep::SendingChanges:
                text = tr("Syncing %1: sending changes…").arg(name);
                break;
            case Sync::SyncStep::Folders:
            case Sync::SyncStep::Feeds:
                text = tr("Syncing %1: folders and feeds…").arg(name);
                break;
            case Sync::SyncStep::Stories:
                text = tr("Syncing %1: %n new stories…", nullptr, stories).arg(name);
                break;
            case Sync::SyncStep::States:
                text = tr("Syncing %1: read and starred…").arg(name);
                break;
            }
            Q_EMIT progressText(text);
        });
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &AccountController::syncAll);
}

AccountController::~AccountController() = default;

QList<Sync::AccountInfo> AccountController::accounts() const
{
    Sync::AccountList list;
    list.load(m_profileDir);
    return list.accounts();
}

bool AccountController::hasServerAccounts() const
{
    const QList<Sync::AccountInfo> all = accounts();
    return std::any_of(all.cbegin(), all.cend(), [](const Sync::AccountInfo &a) { return a.isRemote(); });
}

void AccountController::setInterval(int minutes)
{
    if (minutes <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(minutes * 60 * 1000);
}

void AccountController::showAddAccount()
{
    AddAccountDialog dialog(m_profileDir, m_credentials, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT accountAdded(dialog.account());
    sync(dialog.account());
}

void AccountController::showAccounts()
{
    AccountsDialog dialog(m_profileDir, m_credentials, m_window);
    connect(&dialog, &AccountsDialog::accountAdded, this, [this](const Sync::AccountInfo &account) {
        Q_EMIT accountAdded(account);
        sync(account);
    });
    connect(&dialog, &AccountsDialog::accountRemoved, this, &AccountController::forget);
    dialog.exec();
}

void AccountController::forget(const QString &id)
{
    m_errors.remove(id);
    m_syncing.remove(id);
    // Its folders, feeds, stories and unsent changes leave the store.
    m_writer->write([id](Core::Store &store) { return store.removeAccountData(id); }, this,
        [this, id](const Core::Status &) { Q_EMIT accountRemoved(id); });
}

void AccountController::syncAll()
{
    for (const Sync::AccountInfo &account : accounts()) {
        if (account.isRemote())
            sync(account);
    }
}

void AccountController::sync(const Sync::AccountInfo &account)
{
    if (!account.isRemote() || m_syncing.contains(account.id))
        return;
    m_syncing.insert(account.id);
    Q_EMIT stateChanged(account.id);
    const auto start = [this, account](const QString &password) {
        if (!m_engine->sync(account, password)) {
            m_syncing.remove(account.id);
            Q_EMIT stateChanged(account.id);
        }
    };
    if (!m_credentials) {
        start(QString());
        return;
    }
    QPointer<AccountController> guard(this);
    m_credentials->readPassword(account.keyringKey(), [guard, start](const QString &password, const QString &) {
        if (guard)
            start(password);
    });
}

void AccountController::onServer(const QString &accountId, EngineAnswer answer, const QString &key,
    const std::function<void(const Sync::AccountInfo &, const QString &)> &call, const EditDone &done)
{
    Sync::AccountList list;
    list.load(m_profileDir);
    const std::optional<Sync::AccountInfo> account = list.find(accountId);
    if (!account || !account->isRemote()) {
        done(tr("This feed server account is no longer there."));
        return;
    }
    // The engine's answer for this account and this feed (or address), once.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_engine, answer, this,
        [connection, accountId, key, done](const QString &id, const QString &what, const Sync::RemoteError &error) {
            if (id != accountId || what != key)
                return;
            QObject::disconnect(*connection);
            done(remoteErrorText(error));
        });
    const Sync::AccountInfo &info = *account;
    if (!m_credentials) {
        call(info, QString());
        return;
    }
    m_credentials->readPassword(info.keyringKey(),
        [guard = QPointer<AccountController>(this), info, call](const QString &password, const QString &) {
            if (guard)
                call(info, password);
        });
}

void AccountController::subscribe(
    const QString &accountId, const QString &url, const QString &folderRemoteId, const EditDone &done)
{
    onServer(
        accountId, &Core::AccountSync::subscribed, url,
        [this, url, folderRemoteId](const Sync::AccountInfo &account, const QString &password) {
            m_engine->subscribe(account, password, url, folderRemoteId);
        },
        done);
}

void AccountController::unsubscribe(const QString &accountId, const QString &feedRemoteId, const EditDone &done)
{
    onServer(
        accountId, &Core::AccountSync::unsubscribed, feedRemoteId,
        [this, feedRemoteId](const Sync::AccountInfo &account, const QString &password) {
            m_engine->unsubscribe(account, password, feedRemoteId);
        },
        done);
}

void AccountController::renameFeed(
    const QString &accountId, const QString &feedRemoteId, const QString &title, const EditDone &done)
{
    onServer(
        accountId, &Core::AccountSync::feedEdited, feedRemoteId,
        [this, feedRemoteId, title](const Sync::AccountInfo &account, const QString &password) {
            m_engine->renameFeed(account, password, feedRemoteId, title);
        },
        done);
}

void AccountController::moveFeed(const QString &accountId, const QString &feedRemoteId, const QString &folderRemoteId,
    const QString &newFolder, const EditDone &done)
{
    onServer(
        accountId, &Core::AccountSync::feedEdited, feedRemoteId,
        [this, feedRemoteId, folderRemoteId, newFolder](const Sync::AccountInfo &account, const QString &password) {
            m_engine->moveFeed(account, password, feedRemoteId, folderRemoteId, newFolder);
        },
        done);
}

void AccountController::onFinished(const Core::AccountSyncResult &result)
{
    m_syncing.remove(result.accountId);
    if (result.remoteError)
        m_errors.insert(result.accountId, remoteErrorText(result.remoteError));
    else if (result.storeError.code != Core::ErrorCode::None)
        m_errors.insert(result.accountId, errorText(result.storeError));
    else
        m_errors.remove(result.accountId);
    Q_EMIT stateChanged(result.accountId);
    Q_EMIT synced(result);
}

} // namespace Ui
