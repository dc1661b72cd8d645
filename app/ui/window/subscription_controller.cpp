#include "window/subscription_controller.h"

#include "feeds/opml.h"
#include "models/pipeline_link.h"
#include "models/subscription_tree_model.h"
#include "pipeline/storage_writer.h"
#include "pipeline/web_address.h"
#include "storage/store_opml.h"
#include "window/account_controller.h"
#include "window/credential_store.h"
#include "window/dialogs.h"
#include "window/feed_properties_dialog.h"
#include "window/settings.h"
#include "window/single_instance.h"
#include "window/suggested_feeds_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

#include <memory>

namespace Ui {

namespace {

using NodeKind = SubscriptionTreeModel::NodeKind;

// The folders a local feed may go in: never a feed server's.
QList<Core::Folder> localFolders(const QList<Core::Folder> &folders)
{
    QList<Core::Folder> local;
    for (const Core::Folder &folder : folders) {
        if (folder.accountId == Core::LocalAccountId)
            local.append(folder);
    }
    return local;
}

NodeKind kindOf(const QModelIndex &node)
{
    return NodeKind(node.data(SubscriptionTreeModel::KindRole).toInt());
}

bool isServerNode(const QModelIndex &node)
{
    const QString account = node.data(SubscriptionTreeModel::AccountIdRole).toString();
    return !account.isEmpty() && account != Sync::localAccount().id;
}

// A feed server's folders change on the server's own pages (a local change
// would be undone by the next sync).
bool serverFolder(QWidget *window, const QModelIndex &node, const QString &title)
{
    if (!isServerNode(node) || kindOf(node) != NodeKind::Folder)
        return false;
    QMessageBox::information(window, title,
        SubscriptionController::tr("A feed server's folders are changed on the server's own pages; "
                                   "the next sync brings the change here."));
    return true;
}

} // namespace

SubscriptionController::SubscriptionController(
    Core::Store *reader, Core::StorageWriter *writer, PipelineLink *pipeline, QWidget *window)
    : QObject(window)
    , m_reader(reader)
    , m_writer(writer)
    , m_pipeline(pipeline)
    , m_window(window)
{
}

SubscriptionController::~SubscriptionController() = default;

void SubscriptionController::addSubscription(Core::FolderId suggestedFolder)
{
    if (m_addDialog) {
        m_addDialog->raise();
        m_addDialog->activateWindow();
        return;
    }
    auto *dialog = new AddSubscriptionDialog(localFolders(m_reader->folders()), suggestedFolder, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_accounts && m_accounts->hasServerAccounts()) {
        QList<AddSubscriptionDialog::Place> places;
        for (const Sync::AccountInfo &account : m_accounts->accounts())
            places.append({ account.id, accountDisplayName(account) });
        dialog->setPlaces(places, m_reader->folders());
        // Suggested: the account of the folder the user is in.
        for (const Core::Folder &folder : m_reader->folders())
            if (folder.id == suggestedFolder && suggestedFolder != 0) {
                dialog->setAccountId(folder.accountId);
            }
    }
    m_addDialog = dialog;
    const QString clip = QApplication::clipboard()->text().trimmed();
    if (clip.startsWith(QLatin1String("http://")) || clip.startsWith(QLatin1String("https://")))
        dialog->setUrl(clip);
    connect(dialog, &AddSubscriptionDialog::subscribeRequested, this,
        [this, dialog](const QString &url, Core::FolderId folder) { subscribe(dialog, url, folder); });
    if (m_pipeline) {
        // The dialog waits for the answer about what it asked for; other
        // adds (none run today) are left to the window.
        connect(m_pipeline, &PipelineLink::subscriptionFailed, dialog,
            [this, dialog](const QString &url, const Core::Error &error) {
                if (dialog->isBusy() && url == m_pendingAdd)
                    dialog->showError(errorText(error));
            });
        connect(m_pipeline, &PipelineLink::subscriptionAdded, dialog, [dialog] {
            if (dialog->isBusy())
                dialog->accept();
        });
    }
    dialog->open();
}

AddSubscriptionDialog *SubscriptionController::addDialog() const
{
    return m_addDialog;
}

void SubscriptionController::subscribe(AddSubscriptionDialog *dialog, const QString &url, Core::FolderId folder)
{
    if (const QString account = dialog->accountId(); account != Core::LocalAccountId && m_accounts) {
        // The server subscribes (and fetches); the sync that follows brings the feed here.
        const QString address = Core::webAddressCandidates(url).value(0).toString();
        if (address.isEmpty()) {
            dialog->showError(tr("“%1” is not a web address.").arg(url));
            return;
        }
        QString folderRemoteId;
        for (const Core::Folder &f : m_reader->folders())
            if (f.id == folder && f.accountId == account)
                folderRemoteId = f.remoteId;
        m_accounts->subscribe(
            account, address, folderRemoteId, [dialog = QPointer<AddSubscriptionDialog>(dialog)](const QString &error) {
                if (!dialog)
                    return;
                if (error.isEmpty())
                    dialog->accept();
                else
                    dialog->showError(SubscriptionController::tr("The server did not subscribe: %1").arg(error));
            });
        return;
    }
    if (m_pipeline) {
        m_pendingAdd = url;
        m_pipeline->addSubscription(url, folder);
        return;
    }
    // Without a pipeline (tests, a build without one) the address is stored
    // as given, unfetched.
    const QList<QUrl> candidates = Core::webAddressCandidates(url);
    m_writer->write([address = candidates.value(0).toString(), folder](
                        Core::Store &store) { return store.addSubscription(address, {}, folder); },
        dialog,
        [this, dialog](const Core::Result<Core::SubscriptionId> &added) {
            if (!added) {
                dialog->showError(errorText(added.error()));
                return;
            }
            dialog->accept();
            Q_EMIT subscribed(*added);
        });
}

void SubscriptionController::subscribeTo(const QString &argument)
{
    const QString address = feedAddressFromArgument(argument);
    const QList<QUrl> candidates = Core::webAddressCandidates(address);
    if (candidates.isEmpty()) {
        Q_EMIT message(tr("Cannot subscribe to “%1”: it is not a web address.").arg(argument), 10000);
        return;
    }
    for (const QUrl &candidate : candidates) {
        if (const std::optional<Core::Subscription> known = m_reader->subscriptionByUrl(candidate.toString())) {
            Q_EMIT showRequested(known->id);
            Q_EMIT message(
                tr("Already subscribed to %1.").arg(known->title.isEmpty() ? known->url : known->title), 6000);
            return;
        }
    }
    if (m_pipeline) {
        // The answer comes as the pipeline's subscriptionAdded or
        // subscriptionFailed, which the window shows.
        m_pipeline->addSubscription(address, 0);
        return;
    }
    m_writer->write(
        [address = candidates.constFirst().toString()](Core::Store &store) { return store.addSubscription(address); },
        this,
        [this](const Core::Result<Core::SubscriptionId> &added) {
            if (!added) {
                Q_EMIT failed(added.error());
                return;
            }
            Q_EMIT subscribed(*added);
        });
}

void SubscriptionController::showSuggestedFeeds()
{
    if (m_suggestedDialog) {
        m_suggestedDialog->raise();
        m_suggestedDialog->activateWindow();
        return;
    }
    auto *dialog = new SuggestedFeedsDialog(
        m_suggested, [this](const QString &url) { return m_reader->subscriptionByUrl(url).has_value(); }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_suggestedDialog = dialog;
    connect(dialog, &SuggestedFeedsDialog::subscribeRequested, this, &SubscriptionController::subscribeSuggested);
    dialog->show();
}

SuggestedFeedsDialog *SubscriptionController::suggestedFeedsDialog() const
{
    return m_suggestedDialog;
}

void SubscriptionController::setSuggestedFeeds(const QList<SuggestedRegion> &regions)
{
    m_suggested = regions;
}

void SubscriptionController::subscribeSuggested(const QString &url, const QString &title)
{
    m_writer->write([url, title](Core::Store &store) { return store.addSubscription(url, title); }, this,
        [this, url](const Core::Result<Core::SubscriptionId> &added) {
            if (!added) {
                if (m_suggestedDialog && m_suggestedDialog->button(url))
                    m_suggestedDialog->button(url)->setEnabled(true);
                Q_EMIT failed(added.error());
                return;
            }
            if (m_suggestedDialog)
                m_suggestedDialog->markSubscribed(url);
            Q_EMIT subscribed(*added);
            // Fetched like any feed: a failure is recorded on it and marked
            // in the tree, quietly.
            if (m_pipeline)
                m_pipeline->refresh(*added);
        });
}

void SubscriptionController::newFolder()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(m_window, tr("New Folder"), tr("Folder name:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    m_writer->write([name](Core::Store &store) { return store.addFolder(name); }, this,
        [this](const Core::Result<Core::FolderId> &added) {
            if (!added) {
                QMessageBox::warning(m_window, tr("New Folder"), errorText(added.error()));
                return;
            }
            Q_EMIT treeChanged();
        });
}

void SubscriptionController::rename(const QModelIndex &node)
{
    if (!node.isValid() || (kindOf(node) != NodeKind::Folder && kindOf(node) != NodeKind::Subscription))
        return;
    if (serverFolder(m_window, node, tr("Rename")))
        return;
    const bool folder = kindOf(node) == NodeKind::Folder;
    const qint64 id = node.data(SubscriptionTreeModel::IdRole).toLongLong();
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("Rename"), tr("New name:"), QLineEdit::Normal, node.data(Qt::DisplayRole).toString(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (isServerNode(node)) {
        if (const std::optional<Core::Subscription> feed = m_reader->subscription(id))
            editOnServer(*feed, tr("Rename"), name, std::nullopt);
        return;
    }
    m_writer->write(
        [folder, id, name](
            Core::Store &store) { return folder ? store.renameFolder(id, name) : store.renameSubscription(id, name); },
        this,
        [this](const Core::Status &status) {
            if (!status)
                QMessageBox::warning(m_window, tr("Rename"), errorText(status.error()));
            Q_EMIT treeChanged();
        });
}

void SubscriptionController::remove(const QModelIndex &node)
{
    if (!node.isValid() || (kindOf(node) != NodeKind::Folder && kindOf(node) != NodeKind::Subscription))
        return;
    if (serverFolder(m_window, node, tr("Delete")))
        return;
    const bool folder = kindOf(node) == NodeKind::Folder;
    const qint64 id = node.data(SubscriptionTreeModel::IdRole).toLongLong();
    const QString name = node.data(Qt::DisplayRole).toString();
    if (isServerNode(node)) {
        const std::optional<Core::Subscription> feed = m_reader->subscription(id);
        if (!feed)
            return;
        if (!m_accounts) {
            QMessageBox::warning(m_window, tr("Delete"), tr("This feed server account cannot be reached from here."));
            return;
        }
        if (QMessageBox::question(m_window, tr("Delete"),
                tr("Unsubscribe from “%1” on the feed server? The server stops fetching it, and its stories leave "
                   "this computer at the next sync.")
                    .arg(name),
                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
            return;
        Q_EMIT message(tr("Unsubscribing from “%1” on the server…").arg(name), 0);
        m_accounts->unsubscribe(feed->accountId, feed->remoteId,
            [this, name, guard = QPointer<SubscriptionController>(this)](const QString &error) {
                if (!guard)
                    return;
                if (!error.isEmpty()) {
                    Q_EMIT message(QString(), 0);
                    QMessageBox::warning(
                        m_window, tr("Delete"), tr("The server did not unsubscribe from “%1”: %2").arg(name, error));
                    return;
                }
                Q_EMIT message(tr("Unsubscribed from “%1” on the server.").arg(name), 6000);
            });
        return;
    }
    const QString question = folder ? tr("Delete the folder “%1”? Its feeds move up one level.").arg(name)
                                    : tr("Unsubscribe from “%1” and delete its stories?").arg(name);
    if (QMessageBox::question(
            m_window, tr("Delete"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    m_writer->write(
        [folder, id](Core::Store &store) { return folder ? store.deleteFolder(id) : store.deleteSubscription(id); },
        this,
        [this](const Core::Status &status) {
            if (!status)
                QMessageBox::warning(m_window, tr("Delete"), errorText(status.error()));
            Q_EMIT treeChanged();
            Q_EMIT removed();
        });
}

void SubscriptionController::move(Core::SubscriptionId id, Core::FolderId folder)
{
    if (const std::optional<Core::Subscription> feed = m_reader->subscription(id); feed && feed->isRemote()) {
        editOnServer(*feed, tr("Move"), std::nullopt, folder);
        return;
    }
    m_writer->write([id, folder](Core::Store &store) { return store.moveSubscription(id, folder); }, this,
        [this](const Core::Status &status) {
            if (!status)
                Q_EMIT failed(status.error());
            Q_EMIT treeChanged();
        });
}

void SubscriptionController::setAccounts(AccountController *accounts)
{
    m_accounts = accounts;
}

void SubscriptionController::moveToNewFolder(Core::SubscriptionId id)
{
    const std::optional<Core::Subscription> feed = m_reader->subscription(id);
    if (!feed || !feed->isRemote())
        return;
    bool ok = false;
    const QString name
        = QInputDialog::getText(m_window, tr("New Folder"), tr("Folder name:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    editOnServer(*feed, tr("Move"), std::nullopt, std::nullopt, name);
}

void SubscriptionController::editOnServer(const Core::Subscription &feed, const QString &title,
    const std::optional<QString> &newName, const std::optional<Core::FolderId> &folder, const QString &newFolder)
{
    if (!m_accounts) {
        QMessageBox::warning(m_window, title, tr("This feed server account cannot be reached from here."));
        return;
    }
    const QString name = feed.title.isEmpty() ? feed.url : feed.title;
    const auto failed = [this, title, name, guard = QPointer<SubscriptionController>(this)](const QString &error) {
        if (!guard)
            return false;
        if (error.isEmpty())
            return false;
        Q_EMIT message(QString(), 0);
        QMessageBox::warning(m_window, title, tr("The server did not change “%1”: %2").arg(name, error));
        return true;
    };
    const QString account = feed.accountId;
    const QString remote = feed.remoteId;
    // The move (when asked) follows the rename: one change at a time on the server.
    std::function<void()> moveStep;
    if (folder || !newFolder.isEmpty()) {
        QString folderRemoteId;
        if (folder && *folder != 0) {
            std::optional<Core::Folder> target;
            for (const Core::Folder &f : m_reader->folders())
                if (f.id == *folder)
                    target = f;
            if (!target || target->accountId != account) {
                QMessageBox::warning(
                    m_window, title, tr("A feed server's feed moves only into that server's folders."));
                return;
            }
            folderRemoteId = target->remoteId;
        }
        moveStep = [this, account, remote, folderRemoteId, newFolder, failed, name] {
            m_accounts->moveFeed(
                account, remote, folderRemoteId, newFolder, [this, failed, name](const QString &error) {
                    if (!failed(error))
                        Q_EMIT message(tr("Moved “%1” on the server.").arg(name), 6000);
                });
        };
    }
    Q_EMIT message(tr("Changing “%1” on the server…").arg(name), 0);
    if (newName && *newName != feed.title) {
        m_accounts->renameFeed(account, remote, *newName, [this, failed, moveStep, name](const QString &error) {
            if (failed(error))
                return;
            if (moveStep)
                moveStep();
            else
                Q_EMIT message(tr("Renamed “%1” on the server.").arg(name), 6000);
        });
        return;
    }
    if (moveStep) {
        moveStep();
        return;
    }
    Q_EMIT message(QString(), 0);
}

void SubscriptionController::setCredentialStore(CredentialStore *credentials)
{
    m_credentials = credentials;
}

QString SubscriptionController::passwordKey(Core::SubscriptionId id)
{
    return QStringLiteral("feed-%1").arg(id);
}

void SubscriptionController::loadPasswords()
{
    QList<Core::SubscriptionId> withLogin;
    if (m_credentials && m_pipeline) {
        for (const Core::Subscription &subscription : m_reader->subscriptions()) {
            if (!subscription.settings.authUser.isEmpty())
                withLogin.append(subscription.id);
        }
    }
    if (withLogin.isEmpty()) {
        Q_EMIT passwordsLoaded();
        return;
    }
    auto pending = std::make_shared<qsizetype>(withLogin.size());
    for (const Core::SubscriptionId id : std::as_const(withLogin)) {
        m_credentials->readPassword(passwordKey(id),
            [guard = QPointer<SubscriptionController>(this), pipeline = m_pipeline, id, pending](
                const QString &password, const QString &error) {
                if (!error.isEmpty())
                    qWarning("Tidings: cannot read a feed password from the keyring: %s", qPrintable(error));
                else if (pipeline)
                    pipeline->setPassword(id, password);
                if (--*pending == 0 && guard)
                    Q_EMIT guard->passwordsLoaded();
            });
    }
}

void SubscriptionController::editProperties(Core::SubscriptionId id)
{
    const std::optional<Core::Subscription> subscription = m_reader->subscription(id);
    if (!subscription)
        return;
    Settings settings(m_reader->profileDir());
    // A server's feed shows its own account's folders (the choice is locked).
    QList<Core::Folder> folders;
    for (const Core::Folder &folder : m_reader->folders())
        if (folder.accountId == subscription->accountId)
            folders.append(folder);
    FeedPropertiesDialog dialog(*subscription, folders, settings.refreshMinutes(), m_window);
    dialog.setNotify(settings.notifiesFeed(id));
    QPointer<FeedPropertiesDialog> guard(&dialog);
    if (m_credentials && !subscription->settings.authUser.isEmpty()) {
        m_credentials->readPassword(passwordKey(id), [guard](const QString &password, const QString &) {
            if (guard)
                guard->setStoredPassword(password);
        });
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setNotifiesFeed(id, dialog.notify());
    settings.sync();
    Properties properties;
    properties.title = dialog.title();
    properties.url = dialog.url();
    properties.folder = dialog.folderId();
    if (subscription->isRemote()) {
        // Name and folder change on the server (the sync then brings them
        // here); the address stays the server's.
        const bool renamed = !properties.title.isEmpty() && properties.title != subscription->title;
        const bool moved = properties.folder != subscription->folderId;
        if (renamed || moved)
            editOnServer(*subscription, tr("Feed Properties"),
                renamed ? std::optional<QString>(properties.title) : std::nullopt,
                moved ? std::optional<Core::FolderId>(properties.folder) : std::nullopt);
        properties.title = subscription->title;
        properties.url = subscription->url;
        properties.folder = subscription->folderId;
    }
    properties.allowImages = dialog.allowImages();
    properties.settings = dialog.settings();
    if (dialog.passwordEdited() || properties.settings.authUser.isEmpty())
        properties.password = dialog.password();
    applyProperties(id, properties);
}

void SubscriptionController::applyProperties(
    Core::SubscriptionId id, const Properties &properties, const std::function<void()> &then)
{
    const std::optional<Core::Subscription> before = m_reader->subscription(id);
    if (!before)
        return;
    // Both answers (database and keyring) in, whichever comes last.
    auto pending = std::make_shared<int>(properties.password && m_credentials ? 2 : 1);
    const auto oneDone = [pending, then] {
        if (--*pending == 0 && then)
            then();
    };
    if (properties.password && m_credentials) {
        const QString password = properties.settings.authUser.isEmpty() ? QString() : *properties.password;
        m_credentials->writePassword(passwordKey(id), password,
            [this, id, password, oneDone, guard = QPointer<SubscriptionController>(this)](const QString &error) {
                if (guard) {
                    if (!error.isEmpty())
                        Q_EMIT failed({ Core::ErrorCode::Unknown,
                            QStringLiteral("the keyring did not keep the password: %1").arg(error), {} });
                    else if (m_pipeline)
                        m_pipeline->setPassword(id, password);
                }
                oneDone();
            });
    }
    m_writer->write(
        [id, properties, before = *before](Core::Store &store) -> Core::Status {
            if (properties.title != before.title && !properties.title.isEmpty())
                if (const Core::Status done = store.renameSubscription(id, properties.title); !done)
                    return done;
            if (properties.url != before.url)
                if (const Core::Status done = store.setSubscriptionUrl(id, properties.url); !done)
                    return done;
            if (properties.folder != before.folderId)
                if (const Core::Status done = store.moveSubscription(id, properties.folder); !done)
                    return done;
            if (properties.allowImages != before.allowImages)
                if (const Core::Status done = store.setAllowImages(id, properties.allowImages); !done)
                    return done;
            return store.setSubscriptionSettings(id, properties.settings);
        },
        this,
        [this, id, oneDone, images = properties.allowImages](const Core::Status &status) {
            if (!status) {
                QMessageBox::warning(m_window, tr("Feed Properties"), errorText(status.error()));
            } else {
                Q_EMIT imagesChanged(id, images ? Images::Load : Images::Block);
            }
            Q_EMIT treeChanged();
            Q_EMIT propertiesChanged(id);
            oneDone();
        });
}

void SubscriptionController::setImages(Core::SubscriptionId id, Images images, const std::function<void()> &then)
{
    const bool on = images == Images::Load;
    m_writer->write([id, on](Core::Store &store) { return store.setAllowImages(id, on); }, this,
        [this, id, images, then](const Core::Status &status) {
            if (status)
                Q_EMIT imagesChanged(id, images);
            else
                Q_EMIT failed(status.error());
            if (then)
                then();
        });
}

void SubscriptionController::importOpml()
{
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import OPML"), QDir::homePath(), tr("OPML files (*.opml *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    importOpmlFile(path, [this](Outcome outcome, const QString &summary) {
        if (outcome == Outcome::Done)
            Q_EMIT message(summary, 10000);
        else
            QMessageBox::warning(m_window, tr("Import OPML"), summary);
    });
}

void SubscriptionController::importOpmlFile(const QString &path, const ImportDone &done)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        done(Outcome::Failed, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const Core::Result<Core::Opml::Document> document = Core::Opml::parse(file.readAll());
    if (!document) {
        done(Outcome::Failed,
            tr("%1 is not a subscription list: %2").arg(QFileInfo(path).fileName(), errorText(document.error())));
        return;
    }
    m_writer->write([document = *document](Core::Store &store) { return Core::importOpml(store, document); }, this,
        [this, done](const Core::Result<Core::OpmlImportReport> &report) {
            if (!report) {
                done(Outcome::Failed, errorText(report.error()));
                return;
            }
            Q_EMIT treeChanged();
            QString summary
                = tr("Imported %1 subscriptions (%2 already there).").arg(report->added).arg(report->duplicates);
            if (!report->errors.isEmpty())
                summary += QLatin1Char(' ') + tr("Skipped: %1").arg(report->errors.join(QStringLiteral("; ")));
            if (report->added > 0 && m_pipeline)
                m_pipeline->refreshAll();
            done(Outcome::Done, summary);
        });
}

void SubscriptionController::exportOpml()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export OPML"), QDir::home().filePath(QStringLiteral("tidings.opml")), tr("OPML files (*.opml)"));
    if (path.isEmpty())
        return;
    QString summary;
    if (exportOpmlFile(path, &summary) == Outcome::Done)
        Q_EMIT message(summary, 8000);
    else
        QMessageBox::warning(m_window, tr("Export OPML"), summary);
}

SubscriptionController::Outcome SubscriptionController::exportOpmlFile(const QString &path, QString *summary) const
{
    Core::Opml::Document document = Core::opmlDocument(*m_reader);
    // The built-in welcome feed means nothing to another reader.
    document.feeds.removeIf([](const Core::Opml::Outline &outline) { return Core::isBuiltInFeed(outline.xmlUrl); });
    document.title = tr("Tidings subscriptions");
    document.dateCreated = QDateTime::currentDateTimeUtc();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Core::Opml::write(document)) < 0 || !file.commit()) {
        *summary = tr("Cannot write %1: %2").arg(path, file.errorString());
        return Outcome::Failed;
    }
    *summary = tr("Exported %1 subscriptions to %2.").arg(document.feeds.size()).arg(path);
    return Outcome::Done;
}

} // namespace Ui
