// Feed-server accounts in the app, against a real Tiny Tiny RSS
// (scripts/ttrss-server.sh, one server for the whole program): adding an
// account through the dialog (each login error said in words, a cancelled
// sign-in, the account and its password saved only when the login worked)
// and the Accounts list (the local account stays, a server account goes after
// a confirmation).

#include "sync/account.h"
#include "ttrss_server.h"
#include "widgets/error_text.h"
#include "window/account_dialogs.h"
#include "window/credential_store.h"

#include <QApplication>
#include <QComboBox>
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

namespace {

constexpr int Wait = 60000;

// The keyring of the tests: answers later, as a real one does.
class MemoryCredentialStore final : public Ui::CredentialStore {
public:
    void readPassword(const QString &key, const ReadDone &done) override
    {
        QTimer::singleShot(0, [this, key, done] { done(passwords.value(key), {}); });
    }
    void writePassword(const QString &key, const QString &password, const WriteDone &done) override
    {
        QTimer::singleShot(0, [this, key, password, done] {
            if (password.isEmpty())
                passwords.remove(key);
            else
                passwords.insert(key, password);
            done({});
        });
    }
    QHash<QString, QString> passwords;
};

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

} // namespace

class TstAccountUi : public QObject {
    Q_OBJECT

private:
    TtRssServer m_server;

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

private Q_SLOTS:
    void initTestCase() { TTRSS_START_OR_SKIP(m_server); }

    void cleanupTestCase() { m_server.stop(); }

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
        const Sync::AccountInfo remote = list.add(
            Sync::AccountKind::TtRss, QUrl(QStringLiteral("https://news.example.org/tt-rss/")), QStringLiteral("ann"), {});
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
};

QTEST_MAIN(TstAccountUi)
#include "tst_account_ui.moc"
