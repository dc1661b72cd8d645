// Feed-server accounts in the app, against a real Tiny Tiny RSS
// (scripts/ttrss-server.sh, one server for the whole program): adding an
// account through the dialog (each login error said in words, a cancelled
// sign-in, the account and its password saved only when the login worked)
// and the Accounts list (the local account stays, a server account goes after
// a confirmation), then a window with a server account: the sidebar groups
// the server's folders and feeds under the account after a sync, a story read
// in the app is read on the server after the next sync (through the store's
// pending queue), and a failing sync shows on the account's node.

#include "memory_credential_store.h"
#include "models/story_list_model.h"
#include "models/subscription_tree_model.h"
#include "pipeline/storage_writer.h"
#include "storage/store.h"
#include "sync/account.h"
#include "sync/ttrss_client.h"
#include "ttrss_server.h"
#include "ui_fixture.h"
#include "widgets/error_text.h"
#include "window/account_controller.h"
#include "window/account_dialogs.h"
#include "window/credential_store.h"
#include "window/dialogs.h"
#include "window/main_actions.h"
#include "window/main_window.h"
#include "window/read_state.h"
#include "window/status_panel.h"
#include "window/subscription_controller.h"
#include "window/subscription_pane.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

namespace {

constexpr int Wait = 60000;

using UiTest::MemoryCredentialStore;

QList<Sync::AccountInfo> savedAccounts(const QString &profileDir)
{
    Sync::AccountList list;
    if (!list.load(profileDir))
        return {};
    return list.accounts();
}

// Answers the next message box with `button` once it shows.
void answerNextMessageBox(QMessageBox::StandardButton button, bool *seen)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *seen = true;
        box->button(button)->click();
        timer->deleteLater();
    });
    timer->start();
}

// Types `text` into the next input dialog once it shows, and accepts it.
void answerNextInput(const QString &text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, text] {
        auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!input)
            return;
        input->setTextValue(text);
        input->accept();
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

class TstAccountUi : public QObject {
    Q_OBJECT

private:
    TtRssServer m_server;
    QTemporaryDir m_profile;
    MemoryCredentialStore m_keyring;
    Sync::AccountInfo m_account;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Ui::MainWindow> m_window;

    void fill(Ui::AddAccountDialog &dialog, const QString &server, const QString &user, const QString &password)
    {
        dialog.findChild<QLineEdit *>(QStringLiteral("accountServer"))->setText(server);
        dialog.findChild<QLineEdit *>(QStringLiteral("accountUser"))->setText(user);
        dialog.findChild<QLineEdit *>(QStringLiteral("accountPassword"))->setText(password);
    }
    QPushButton *signIn(Ui::AddAccountDialog &dialog)
    {
        return dialog.findChild<QPushButton *>(QStringLiteral("accountSignIn"));
    }
    // Signs in and waits for the answer: the error shown, empty on success.
    QString signInAndWait(Ui::AddAccountDialog &dialog)
    {
        QSignalSpy finished(&dialog, &QDialog::finished);
        signIn(dialog)->click();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorShown().isEmpty() || finished.count() == 1, Wait); }();
        return dialog.errorShown();
    }

    // The server's two feeds (one in its folder "News") with stories, and a
    // window on a fresh profile that has the account (its password in the keyring).
    void prepareServerFeeds()
    {
        QVERIFY(m_server.addCategory(QStringLiteral("News")));
        m_server.writeFeed(QStringLiteral("news.xml"), QStringLiteral("News feed"),
            { { QStringLiteral("n1"), QStringLiteral("First news") },
                { QStringLiteral("n2"), QStringLiteral("Second news") },
                { QStringLiteral("n3"), QStringLiteral("Third news") } });
        m_server.writeFeed(QStringLiteral("blog.xml"), QStringLiteral("A blog"),
            { { QStringLiteral("b1"), QStringLiteral("Blog post one") },
                { QStringLiteral("b2"), QStringLiteral("Blog post two") } });
        Sync::TtRssClient client(QUrl(m_server.url()), m_server.user(), m_server.password());
        bool done = false;
        qint64 news = 0;
        client.categories([&](const Sync::RemoteError &, const QList<Sync::RemoteCategory> &categories) {
            for (const Sync::RemoteCategory &category : categories) {
                if (category.title == QStringLiteral("News"))
                    news = category.id;
            }
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, Wait);
        QVERIFY(news > 0);
        int subscribed = 0;
        const auto count = [&](const Sync::RemoteError &error, const Sync::SubscribeResult &) {
            QVERIFY2(!error, qPrintable(Sync::describe(error)));
            ++subscribed;
        };
        client.subscribe(QStringLiteral("http://203.0.113.10/news.xml"), news, count);
        client.subscribe(QStringLiteral("http://203.0.113.10/blog.xml"), 0, count);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed, 2, Wait);
        QVERIFY(m_server.update());

        Sync::AccountList list;
        m_account = list.add(Sync::AccountKind::TtRss, QUrl(m_server.url()), m_server.user(), {});
        QVERIFY(list.save(m_profile.path()));
        m_keyring.passwords.insert(m_account.keyringKey(), m_server.password());
        m_store = UiTest::openStore(m_profile);
        QVERIFY(m_store);
        m_window = std::make_unique<Ui::MainWindow>(m_store.get());
        m_window->setCredentialStore(&m_keyring);
        m_window->resize(1000, 700);
        m_window->show();
        m_window->actions().syncAccounts->trigger();
    }

    // A feed's node anywhere in the tree, by its title.
    QModelIndex feedNode(const QString &title) const
    {
        if (!m_window)
            return {};
        const QModelIndexList found = m_window->treeModel()->match(
            m_window->treeModel()->index(0, 0), Qt::DisplayRole, title, 1, Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first();
    }

    // The ids of the server's unread stories, as the server says.
    QList<qint64> serverUnread()
    {
        Sync::TtRssClient client(QUrl(m_server.url()), m_server.user(), m_server.password());
        bool done = false;
        QList<qint64> ids;
        client.storiesWith(Sync::StoryField::Read, [&](const Sync::RemoteError &error, const QList<qint64> &unread) {
            if (error)
                qWarning("unread: %s", qPrintable(Sync::describe(error)));
            ids = unread;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, Wait); }();
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { TTRSS_START_OR_SKIP(m_server); }

    void cleanupTestCase()
    {
        m_window.reset();
        m_store.reset();
        m_server.stop();
    }

    void wrongPasswordIsSaidAndNothingSaved()
    {
        QTemporaryDir profile;
        MemoryCredentialStore keyring;
        Ui::AddAccountDialog dialog(profile.path(), &keyring);
        dialog.show();
        QVERIFY(!signIn(dialog)->isEnabled()); // nothing typed yet
        fill(dialog, m_server.url(), m_server.user(), QStringLiteral("not the password"));
        QVERIFY(signIn(dialog)->isEnabled());
        QCOMPARE(signInAndWait(dialog),
            Ui::remoteErrorText(Sync::RemoteError { Sync::RemoteError::Kind::WrongPassword, {} }));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isBusy());
        QVERIFY(signIn(dialog)->isEnabled());
        QCOMPARE(savedAccounts(profile.path()).size(), 1); // the local account alone
        QVERIFY(keyring.passwords.isEmpty());
    }

    void apiDisabledSaysWhereToEnableIt()
    {
        QTemporaryDir profile;
        MemoryCredentialStore keyring;
        Ui::AddAccountDialog dialog(profile.path(), &keyring);
        fill(dialog, m_server.url(), m_server.noApiUser(), m_server.password());
        const QString error = signInAndWait(dialog);
        QCOMPARE(error, Ui::remoteErrorText(Sync::RemoteError { Sync::RemoteError::Kind::ApiDisabled, {} }));
        QVERIFY(error.contains(QStringLiteral("Enable API")));
        QCOMPARE(savedAccounts(profile.path()).size(), 1);
    }

    void unreachableServerIsSaid()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QTemporaryDir profile;
        MemoryCredentialStore keyring;
        Ui::AddAccountDialog dialog(profile.path(), &keyring);
        fill(dialog, QStringLiteral("http://127.0.0.1:%1/").arg(port), QStringLiteral("admin"),
            QStringLiteral("password"));
        QVERIFY(signInAndWait(dialog).startsWith(QStringLiteral("The server could not be reached")));
        QCOMPARE(savedAccounts(profile.path()).size(), 1);
    }

    void cancelStopsASignInThatHangs()
    {
        // A server that accepts and never answers.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> held;
        connect(&silent, &QTcpServer::newConnection, this, [&] { held.append(silent.nextPendingConnection()); });
        QTemporaryDir profile;
        MemoryCredentialStore keyring;
        Ui::AddAccountDialog dialog(profile.path(), &keyring);
        dialog.show();
        QSignalSpy finished(&dialog, &QDialog::finished);
        fill(dialog, QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()), QStringLiteral("admin"),
            QStringLiteral("password"));
        signIn(dialog)->click();
        QVERIFY(dialog.isBusy());
        QVERIFY(dialog.findChild<QProgressBar *>(QStringLiteral("accountProgress"))->isVisible());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("accountUser"))->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), Wait); // the request is out
        dialog.reject(); // Cancel while busy: stops the check, the dialog stays
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());
        QCOMPARE(finished.count(), 0);
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("accountUser"))->isEnabled());
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("accountServer"))->text(),
            QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()));
        dialog.reject(); // the second closes it
        QCOMPARE(finished.count(), 1);
        QCOMPARE(savedAccounts(profile.path()).size(), 1);
        qDeleteAll(held);
    }

    void rightPasswordSavesTheAccountAndItsPassword()
    {
        QTemporaryDir profile;
        MemoryCredentialStore keyring;
        Ui::AddAccountDialog dialog(profile.path(), &keyring);
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        fill(dialog, m_server.url(), m_server.user(), m_server.password());
        QCOMPARE(signInAndWait(dialog), QString());
        QCOMPARE(accepted.count(), 1);
        const QList<Sync::AccountInfo> accounts = savedAccounts(profile.path());
        QCOMPARE(accounts.size(), 2);
        const Sync::AccountInfo added = accounts.at(1);
        QCOMPARE(added.kind, Sync::AccountKind::TtRss);
        QCOMPARE(added.server, QUrl(m_server.url()));
        QCOMPARE(added.user, m_server.user());
        QCOMPARE(dialog.account(), added);
        QCOMPARE(keyring.passwords.value(added.keyringKey()), m_server.password());
        // Not in accounts.json.
        QFile file(Sync::AccountList::filePath(profile.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_server.password().toUtf8()));

        // The same account again is refused before asking the server.
        Ui::AddAccountDialog again(profile.path(), &keyring);
        fill(again, m_server.url(), m_server.user(), m_server.password());
        signIn(again)->click();
        QCOMPARE(again.errorShown(), QStringLiteral("This account is already added."));
        QCOMPARE(savedAccounts(profile.path()).size(), 2);
    }

    void accountsListRemovesAServerAccountAfterAsking()
    {
        QTemporaryDir profile;
        MemoryCredentialStore keyring;
        Sync::AccountList list;
        const Sync::AccountInfo remote = list.add(Sync::AccountKind::TtRss,
            QUrl(QStringLiteral("https://news.example.org/tt-rss/")), QStringLiteral("ann"), {});
        QVERIFY(list.save(profile.path()));
        keyring.passwords.insert(remote.keyringKey(), QStringLiteral("secret"));

        Ui::AccountsDialog dialog(profile.path(), &keyring);
        dialog.show();
        QSignalSpy removed(&dialog, &Ui::AccountsDialog::accountRemoved);
        QCOMPARE(dialog.list()->count(), 2);
        QVERIFY(dialog.list()->item(0)->text().startsWith(QStringLiteral("On This Computer")));
        QVERIFY(dialog.list()->item(1)->text().startsWith(QStringLiteral("ann@news.example.org")));
        dialog.list()->setCurrentRow(0);
        QVERIFY(!dialog.removeButton()->isEnabled()); // the local account stays
        dialog.list()->setCurrentRow(1);
        QVERIFY(dialog.removeButton()->isEnabled());

        bool asked = false;
        answerNextMessageBox(QMessageBox::No, &asked);
        dialog.removeButton()->click();
        QVERIFY(asked);
        QCOMPARE(savedAccounts(profile.path()).size(), 2);
        QCOMPARE(removed.count(), 0);

        asked = false;
        answerNextMessageBox(QMessageBox::Yes, &asked);
        dialog.removeButton()->click();
        QVERIFY(asked);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(savedAccounts(profile.path()).size(), 1);
        QCOMPARE(dialog.list()->count(), 1);
        QTRY_VERIFY(keyring.passwords.isEmpty());
    }

    // ---- the window with a server account ----

    void sidebarShowsTheServersFoldersAndFeedsAfterSync()
    {
        prepareServerFeeds();
        QVERIFY(m_window);
        Ui::SubscriptionTreeModel *tree = m_window->treeModel();
        QTRY_VERIFY_WITH_TIMEOUT(feedNode(QStringLiteral("A blog")).isValid(), Wait);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->accounts()->isSyncing(), Wait);
        const QModelIndex account = tree->indexForAccount(m_account.id);
        QVERIFY(account.isValid());
        QCOMPARE(account.data(Qt::DisplayRole).toString(), m_account.title);
        QCOMPARE(account.data(Ui::SubscriptionTreeModel::ErrorRole).toString(), QString());
        const QModelIndex local = tree->indexForAccount(Sync::localAccount().id);
        QVERIFY(local.isValid());
        QVERIFY(local.row() < account.row());
        // The server's folder with its feed, the other feed at the account's top level.
        const QModelIndex news = feedNode(QStringLiteral("News feed"));
        QVERIFY(news.isValid());
        QCOMPARE(news.parent().data(Qt::DisplayRole).toString(), QStringLiteral("News"));
        QCOMPARE(news.parent().parent(), account);
        QCOMPARE(feedNode(QStringLiteral("A blog")).parent(), account);
        QCOMPARE(news.data(Ui::SubscriptionTreeModel::UnreadRole).toInt(), 3);
        QTRY_COMPARE(account.data(Ui::SubscriptionTreeModel::UnreadRole).toInt(), 5);
        // Nothing of the server's moves by drag and drop.
        QVERIFY(!(tree->flags(news) & Qt::ItemIsDragEnabled));
    }

    void markingReadInTheAppReachesTheServer()
    {
        QVERIFY(m_window);
        const QModelIndex news = feedNode(QStringLiteral("News feed"));
        QVERIFY(news.isValid());
        m_window->subscriptionPane()->selectSubscription(news.data(Ui::SubscriptionTreeModel::IdRole).toLongLong());
        Ui::StoryListModel *stories = m_window->storyModel();
        QTRY_COMPARE_WITH_TIMEOUT(stories->rowCount(), 3, Wait);
        int row = -1;
        for (int i = 0; i < stories->rowCount(); ++i) {
            if (stories->storyAt(i).title == QStringLiteral("First news"))
                row = i;
        }
        QVERIFY(row >= 0);
        const Core::StoryId story = stories->storyAt(row).id;
        const QString remoteId = m_store->storyRemoteId(story);
        QVERIFY(!remoteId.isEmpty());
        QVERIFY(serverUnread().contains(remoteId.toLongLong()));
        m_window->readState()->setRead(story, stories->storyAt(row).subscriptionId, Ui::ReadState::Mark::Read);
        // Queued in the store until the server confirms it.
        QTRY_COMPARE_WITH_TIMEOUT(m_store->pendingChanges(m_account.id).size(), 1, Wait);
        m_window->actions().syncAccounts->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->pendingChanges(m_account.id).isEmpty(), Wait);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->accounts()->isSyncing(), Wait);
        QVERIFY(!serverUnread().contains(remoteId.toLongLong()));
    }

    // The account's node is a view: every story of that account's feeds
    // (none of this computer's), with the account's unread count.
    void theAccountNodeShowsEveryStoryOfTheAccount()
    {
        QVERIFY(m_window);
        // A local feed with a story, which the account's view must leave out.
        const Core::Result<Core::SubscriptionId> local = m_window->writer()->writeAndWait([](Core::Store &store) {
            return store.addSubscription(QStringLiteral("http://203.0.113.99/local.xml"), QStringLiteral("Local"));
        });
        QVERIFY(local);
        Core::ParsedItem item;
        item.id = QStringLiteral("local-1");
        item.title = QStringLiteral("A local story");
        item.published = QDateTime::currentDateTimeUtc();
        QVERIFY(m_window->writer()->writeAndWait(
            [&](Core::Store &store) { return store.upsertStories(*local, { item }); }));
        Q_EMIT m_window->subscriptions()->treeChanged();

        const QModelIndex account = m_window->treeModel()->indexForAccount(m_account.id);
        QVERIFY(account.isValid());
        QVERIFY(account.flags() & Qt::ItemIsSelectable);
        QTRY_COMPARE(
            account.data(Ui::SubscriptionTreeModel::UnreadRole).toInt(), 4); // five, one read in the app before
        const int unread = 4;
        m_window->subscriptionPane()->view()->setCurrentIndex(account);
        Ui::StoryListModel *stories = m_window->storyModel();
        QCOMPARE(stories->filter().kind, Core::StoryFilter::Kind::Account);
        QCOMPARE(stories->filter().account, m_account.id);
        QTRY_COMPARE_WITH_TIMEOUT(stories->rowCount(), 5, Wait);
        int unreadRows = 0;
        for (int i = 0; i < stories->rowCount(); ++i) {
            QVERIFY(stories->storyAt(i).title != QStringLiteral("A local story"));
            unreadRows += stories->storyAt(i).read ? 0 : 1;
        }
        QCOMPARE(unreadRows, unread);
        // The store counts the same.
        Core::StoryFilter filter = Ui::SubscriptionTreeModel::filterFor(account);
        QCOMPARE(m_store->countStories(filter), 5);
        filter.unreadOnly = true;
        QCOMPARE(m_store->countStories(filter), 4);
        // This computer's node is the view of the local feeds.
        const QModelIndex here = m_window->treeModel()->indexForAccount(Sync::localAccount().id);
        Core::StoryFilter localFilter = Ui::SubscriptionTreeModel::filterFor(here);
        QCOMPARE(localFilter.kind, Core::StoryFilter::Kind::Account);
        QVERIFY(m_store->countStories(localFilter) >= 1);
        QVERIFY(m_window->writer()->writeAndWait(
            [id = *local](Core::Store &store) { return store.deleteSubscription(id); }));
        Q_EMIT m_window->subscriptions()->treeChanged();
    }

    // Add Subscription: the feed goes to the server account chosen, into
    // its folder; a refusal is said in the dialog.
    void addSubscriptionOnTheServer()
    {
        QVERIFY(m_window);
        m_server.writeFeed(QStringLiteral("added.xml"), QStringLiteral("Added from the app"),
            { { QStringLiteral("a1"), QStringLiteral("Added one") } });
        m_window->subscriptions()->addSubscription(0);
        Ui::AddSubscriptionDialog *dialog = m_window->subscriptions()->addDialog();
        QVERIFY(dialog);
        auto *account = dialog->findChild<QComboBox *>(QStringLiteral("subscriptionAccount"));
        auto *folder = dialog->findChild<QComboBox *>(QStringLiteral("subscriptionFolder"));
        QVERIFY(account && folder);
        QVERIFY(account->isVisibleTo(dialog));
        QCOMPARE(account->count(), 2);
        QCOMPARE(dialog->accountId(), Core::LocalAccountId);
        QCOMPARE(folder->findText(QStringLiteral("News")), -1); // the server's folder is no local choice
        account->setCurrentIndex(account->findData(m_account.id));
        QVERIFY(folder->findText(QStringLiteral("News")) > 0);
        folder->setCurrentIndex(folder->findText(QStringLiteral("News")));

        // A feed the server cannot fetch: refused, said in the dialog, nothing added.
        dialog->setUrl(QStringLiteral("http://203.0.113.10/missing.xml"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorShown().isEmpty(), Wait);
        QVERIFY2(dialog->errorShown().contains(QStringLiteral("server")), qPrintable(dialog->errorShown()));
        QVERIFY(dialog->isVisible());

        dialog->setUrl(QStringLiteral("http://203.0.113.10/added.xml"));
        QSignalSpy synced(m_window->accounts(), &Ui::AccountController::synced);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->subscriptions()->addDialog(), Wait); // closed once the server said yes
        QTRY_VERIFY_WITH_TIMEOUT(feedNode(QStringLiteral("Added from the app")).isValid(), Wait);
        const QModelIndex added = feedNode(QStringLiteral("Added from the app"));
        QCOMPARE(added.parent().data(Qt::DisplayRole).toString(), QStringLiteral("News"));
        QCOMPARE(added.data(Ui::SubscriptionTreeModel::AccountIdRole).toString(), m_account.id);
        bool onServer = false;
        Sync::TtRssClient client(QUrl(m_server.url()), m_server.user(), m_server.password());
        bool done = false;
        client.feeds([&](const Sync::RemoteError &, const QList<Sync::RemoteFeed> &feeds) {
            for (const Sync::RemoteFeed &feed : feeds)
                onServer = onServer || feed.url == QStringLiteral("http://203.0.113.10/added.xml");
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, Wait);
        QVERIFY(onServer);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->accounts()->isSyncing(), Wait);
    }

    // Rename, Move to (a new folder) and Unsubscribe on a server feed go
    // through the server, then sync; the sidebar follows.
    void renameMoveAndUnsubscribeGoThroughTheServer()
    {
        QVERIFY(m_window);
        QModelIndex feed = feedNode(QStringLiteral("Added from the app"));
        QVERIFY(feed.isValid());
        const Core::SubscriptionId id = feed.data(Ui::SubscriptionTreeModel::IdRole).toLongLong();
        const QString remote = m_store->subscription(id)->remoteId;

        // Rename the feed on show: the name is asked in an input dialog.
        m_window->subscriptionPane()->view()->setCurrentIndex(feed);
        QCOMPARE(m_window->viewTitle(), QStringLiteral("Added from the app"));
        answerNextInput(QStringLiteral("Renamed in the app"));
        m_window->subscriptions()->rename(feed);
        QTRY_VERIFY_WITH_TIMEOUT(feedNode(QStringLiteral("Renamed in the app")).isValid(), Wait);
        QCOMPARE(m_store->subscription(id)->title, QStringLiteral("Renamed in the app"));
        // The list's heading takes the new name; the view stays.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->viewTitle(), QStringLiteral("Renamed in the app"), Wait);
        QCOMPARE(m_window->storyModel()->filter().id, id);
        QCOMPARE(m_store->subscription(id)->remoteId, remote); // the same feed, renamed
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->accounts()->isSyncing(), Wait);

        // Move into a folder the server does not have yet.
        answerNextInput(QStringLiteral("Moved by the app"));
        m_window->subscriptions()->moveToNewFolder(id);
        QTRY_COMPARE_WITH_TIMEOUT(
            feedNode(QStringLiteral("Renamed in the app")).parent().data(Qt::DisplayRole).toString(),
            QStringLiteral("Moved by the app"), Wait);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->accounts()->isSyncing(), Wait);

        // Back to the account's top level through move().
        m_window->subscriptions()->move(id, 0);
        QTRY_COMPARE_WITH_TIMEOUT(feedNode(QStringLiteral("Renamed in the app")).parent(),
            m_window->treeModel()->indexForAccount(m_account.id), Wait);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->accounts()->isSyncing(), Wait);

        // A local folder is no place for a server's feed: said, nothing moves.
        const Core::Result<Core::FolderId> local = m_window->writer()->writeAndWait(
            [](Core::Store &store) { return store.addFolder(QStringLiteral("Local only")); });
        QVERIFY(local);
        bool seen = false;
        answerNextMessageBox(QMessageBox::Ok, &seen);
        m_window->subscriptions()->move(id, *local);
        QVERIFY(seen);
        QCOMPARE(m_store->subscription(id)->folderId, Core::FolderId(0));

        // Unsubscribe asks first; Cancel keeps it.
        feed = feedNode(QStringLiteral("Renamed in the app"));
        seen = false;
        answerNextMessageBox(QMessageBox::Cancel, &seen);
        m_window->subscriptions()->remove(feed);
        QVERIFY(seen);
        QVERIFY(m_store->subscription(id));
        seen = false;
        answerNextMessageBox(QMessageBox::Yes, &seen);
        m_window->subscriptions()->remove(feed);
        QVERIFY(seen);
        QTRY_VERIFY_WITH_TIMEOUT(!feedNode(QStringLiteral("Renamed in the app")).isValid(), Wait);
        QVERIFY(!m_store->subscription(id));
        Sync::TtRssClient client(QUrl(m_server.url()), m_server.user(), m_server.password());
        bool done = false;
        bool still = false;
        client.feeds([&](const Sync::RemoteError &, const QList<Sync::RemoteFeed> &feeds) {
            for (const Sync::RemoteFeed &f : feeds)
                still = still || f.id == remote.toLongLong();
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, Wait);
        QVERIFY(!still);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->accounts()->isSyncing(), Wait);
    }

    // A server that is away: the rename is refused in plain words and the feed keeps its name.
    void aChangeTheServerCannotMakeIsSaid()
    {
        QVERIFY(m_window);
        const QModelIndex feed = feedNode(QStringLiteral("A blog"));
        QVERIFY(feed.isValid());
        const Core::SubscriptionId id = feed.data(Ui::SubscriptionTreeModel::IdRole).toLongLong();
        m_keyring.passwords.insert(m_account.keyringKey(), QStringLiteral("not the password"));
        QString warning;
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [timer, &warning] {
            if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                input->setTextValue(QStringLiteral("Never renamed"));
                input->accept();
                return;
            }
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warning = box->text();
                box->button(QMessageBox::Ok)->click();
                timer->deleteLater();
            }
        });
        timer->start();
        m_window->subscriptions()->rename(feed);
        QTRY_VERIFY_WITH_TIMEOUT(!warning.isEmpty(), Wait);
        QVERIFY2(
            warning.contains(Ui::remoteErrorText(Sync::RemoteError { Sync::RemoteError::Kind::WrongPassword, {} })),
            qPrintable(warning));
        QCOMPARE(m_store->subscription(id)->title, QStringLiteral("A blog"));
        m_keyring.passwords.insert(m_account.keyringKey(), m_server.password());
    }

    void aFailingSyncShowsOnTheAccountsNode()
    {
        QVERIFY(m_window);
        m_keyring.passwords.insert(m_account.keyringKey(), QStringLiteral("not the password"));
        m_window->actions().syncAccounts->trigger();
        const QModelIndex account = m_window->treeModel()->indexForAccount(m_account.id);
        QTRY_VERIFY_WITH_TIMEOUT(!account.data(Ui::SubscriptionTreeModel::ErrorRole).toString().isEmpty(), Wait);
        QCOMPARE(account.data(Ui::SubscriptionTreeModel::ErrorRole).toString(),
            Ui::remoteErrorText(Sync::RemoteError { Sync::RemoteError::Kind::WrongPassword, {} }));
        QVERIFY(m_window->statusPanel()->currentMessage().contains(QStringLiteral("failed")));
        // The feeds stay.
        QVERIFY(feedNode(QStringLiteral("News feed")).isValid());
        m_keyring.passwords.insert(m_account.keyringKey(), m_server.password());
    }
};

QTEST_MAIN(TstAccountUi)
#include "tst_account_ui.moc"
