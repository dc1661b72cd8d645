// KeychainCredentialStore against a real Secret Service (a private
// gnome-keyring-daemon on a private D-Bus session, run-with-keyring.sh):
// a password written is read back, a missing one reads as empty, an empty
// one deletes, and services (profiles) keep their own.

#include "keyring/keychain_credential_store.h"

#include <QEventLoop>
#include <QTest>
#include <QTimer>

namespace {

QString readNow(Ui::CredentialStore &store, const QString &key, QString *error)
{
    QString password;
    bool answered = false;
    store.readPassword(key, [&](const QString &value, const QString &why) {
        password = value;
        *error = why;
        answered = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 20000); }();
    return answered ? password : QStringLiteral("no answer");
}

QString writeNow(Ui::CredentialStore &store, const QString &key, const QString &password)
{
    QString error;
    bool answered = false;
    store.writePassword(key, password, [&](const QString &why) {
        error = why;
        answered = true;
    });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(answered, 20000); }();
    return answered ? error : QStringLiteral("no answer");
}

} // namespace

class TestKeychainCredentialStore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void writeReadDelete();
    void servicesAreSeparate();
};

void TestKeychainCredentialStore::writeReadDelete()
{
    Ui::KeychainCredentialStore store(QStringLiteral("Tidings test"));
    QString error;
    QCOMPARE(readNow(store, QStringLiteral("feed-1"), &error), QString());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(writeNow(store, QStringLiteral("feed-1"), QStringLiteral("s3cret ü")), QString());
    QCOMPARE(readNow(store, QStringLiteral("feed-1"), &error), QStringLiteral("s3cret ü"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(writeNow(store, QStringLiteral("feed-1"), QStringLiteral("changed")), QString());
    QCOMPARE(readNow(store, QStringLiteral("feed-1"), &error), QStringLiteral("changed"));
    QCOMPARE(writeNow(store, QStringLiteral("feed-1"), QString()), QString());
    QCOMPARE(readNow(store, QStringLiteral("feed-1"), &error), QString());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Deleting what is not there is no error either.
    QCOMPARE(writeNow(store, QStringLiteral("feed-1"), QString()), QString());
}

void TestKeychainCredentialStore::servicesAreSeparate()
{
    Ui::KeychainCredentialStore one(QStringLiteral("Tidings /profile/one"));
    Ui::KeychainCredentialStore two(QStringLiteral("Tidings /profile/two"));
    QCOMPARE(writeNow(one, QStringLiteral("feed-7"), QStringLiteral("first")), QString());
    QCOMPARE(writeNow(two, QStringLiteral("feed-7"), QStringLiteral("second")), QString());
    QString error;
    QCOMPARE(readNow(one, QStringLiteral("feed-7"), &error), QStringLiteral("first"));
    QCOMPARE(readNow(two, QStringLiteral("feed-7"), &error), QStringLiteral("second"));
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychain_credential_store.moc"
