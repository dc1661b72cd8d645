// A profile's account list: the local account always first, server accounts
// kept in accounts.json across restarts, damaged files refused.

#include "sync/account.h"
#include "sync/pending_changes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Sync;

class TstAccounts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aNewProfileHasTheLocalAccountOnly()
    {
        QTemporaryDir profile;
        AccountList list;
        QVERIFY(list.load(profile.path()));
        QCOMPARE(list.accounts().size(), 1);
        QCOMPARE(list.accounts().first().id, QStringLiteral("local"));
        QVERIFY(!list.accounts().first().isRemote());
        QVERIFY(!list.remove(QStringLiteral("local")));
    }

    void serverAccountsSurviveARestart()
    {
        QTemporaryDir profile;
        {
            AccountList list;
            const AccountInfo a = list.add(
                AccountKind::TtRss, QUrl(QStringLiteral("https://rss.example.org/tt-rss/")), QStringLiteral("ann"), {});
            QCOMPARE(a.id, QStringLiteral("ttrss-1"));
            QCOMPARE(a.title, QStringLiteral("ann@rss.example.org"));
            QCOMPARE(a.keyringKey(), QStringLiteral("tidings-account:ttrss-1"));
            AccountInfo b = list.add(AccountKind::TtRss, QUrl(QStringLiteral("http://home.example/")),
                QStringLiteral("bob"), QStringLiteral("Home"));
            QCOMPARE(b.id, QStringLiteral("ttrss-2"));
            b.sinceId = 4242;
            QVERIFY(list.update(b));
            QString error;
            QVERIFY2(list.save(profile.path(), &error), qPrintable(error));
        }
        AccountList list;
        QVERIFY(list.load(profile.path()));
        QCOMPARE(list.accounts().size(), 3);
        QCOMPARE(list.accounts().at(0).id, QStringLiteral("local"));
        const auto b = list.find(QStringLiteral("ttrss-2"));
        QVERIFY(b);
        QCOMPARE(b->kind, AccountKind::TtRss);
        QCOMPARE(b->server, QUrl(QStringLiteral("http://home.example/")));
        QCOMPARE(b->user, QStringLiteral("bob"));
        QCOMPARE(b->title, QStringLiteral("Home"));
        QCOMPARE(b->sinceId, qint64(4242));
        QVERIFY(list.remove(QStringLiteral("ttrss-1")));
        QVERIFY(!list.find(QStringLiteral("ttrss-1")));
        // The freed id is used again only once nothing holds it.
        QCOMPARE(list.add(AccountKind::TtRss, QUrl(QStringLiteral("http://x.example/")), QStringLiteral("c"), {}).id,
            QStringLiteral("ttrss-1"));
    }

    void pendingChangesKeepTheLastChangeAndWin()
    {
        // The durable queue is the store's (tst_store_accounts); this is the
        // view one sync run sends.
        PendingChanges again;
        again.set(7, StoryField::Starred, true);
        again.set(7, StoryField::Read, false);
        again.set(7, StoryField::Read, true); // the last change wins
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.pending(7, StoryField::Read), std::optional<bool>(true));
        QCOMPARE(again.pending(7, StoryField::Starred), std::optional<bool>(true));
        QCOMPARE(again.resolve(7, StoryState { false, false }), (StoryState { true, true }));
        QCOMPARE(again.resolve(8, StoryState { true, false }), (StoryState { true, false }));
    }

    void aDamagedAccountsFileIsRefusedAndKeepsTheList()
    {
        QTemporaryDir profile;
        QFile file(AccountList::filePath(profile.path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"accounts\": [ {\"id\": ");
        file.close();
        AccountList list;
        list.add(AccountKind::TtRss, QUrl(QStringLiteral("http://x.example/")), QStringLiteral("c"), {});
        QString error;
        QVERIFY(!list.load(profile.path(), &error));
        QVERIFY(error.contains(QLatin1String("accounts")));
        QCOMPARE(list.accounts().size(), 2);
    }

    void unknownKindsAreLeftOut()
    {
        QTemporaryDir profile;
        QFile file(AccountList::filePath(profile.path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"accounts\": [{\"id\": \"greader-1\", \"kind\": \"greader\", \"user\": \"x\"},"
                   " {\"id\": \"ttrss-1\", \"kind\": \"ttrss\", \"server\": \"http://a.example/\", \"user\": \"y\"}]}");
        file.close();
        AccountList list;
        QVERIFY(list.load(profile.path()));
        QCOMPARE(list.accounts().size(), 2);
        QVERIFY(list.find(QStringLiteral("ttrss-1")));
        bool ok = true;
        accountKindFromName(QStringLiteral("greader"), &ok);
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TstAccounts)
#include "tst_accounts.moc"
