// tidings-cli account and sync: feed-server accounts (issue 15) from a shell.
//
// The CLI keeps no password: the app keeps a server account's password in
// the system keyring (QtKeychain, a desktop session's), which a shell may not
// have. `account add` reads it from stdin to check the login once; `sync`
// reads it from $TIDINGS_TTRSS_PASSWORD, else one line of stdin per account.

#include "commands.h"
#include "pipeline/account_sync.h"
#include "pipeline/pipeline.h"
#include "pipeline/storage_writer.h"
#include "storage/store.h"
#include "sync/account.h"
#include "sync/ttrss_client.h"

#include <QEventLoop>
#include <QFile>

#include <cstdio>
#include <functional>
#include <optional>

namespace Cli {

namespace {

int usage(const QString &message)
{
    err() << "tidings-cli: " << message
          << "\nusage: tidings-cli [--profile DIR] account add ttrss URL USER   (the password on stdin)\n"
             "       tidings-cli [--profile DIR] account list\n"
             "       tidings-cli [--profile DIR] account remove ID\n"
             "       tidings-cli [--profile DIR] account subscribe ACCOUNT URL [--folder NAME]\n"
             "       tidings-cli [--profile DIR] account unsubscribe ACCOUNT FEED   (FEED: its id or address)\n"
             "       tidings-cli [--profile DIR] sync [--no-clean] [ACCOUNT]\n";
    return Usage;
}

QString profileOf(const Context &context)
{
    return context.profileDir.isEmpty() ? Core::Store::defaultProfileDir() : context.profileDir;
}

// One line of stdin, without its line end; null at the end of input.
QString readLine()
{
    static QFile in;
    if (!in.isOpen() && !in.open(stdin, QIODevice::ReadOnly))
        return {};
    const QByteArray line = in.readLine();
    if (line.isEmpty())
        return {};
    QByteArray trimmed = line;
    while (trimmed.endsWith('\n') || trimmed.endsWith('\r'))
        trimmed.chop(1);
    return QString::fromUtf8(trimmed);
}

QString password()
{
    const QString fromEnv = qEnvironmentVariable("TIDINGS_TTRSS_PASSWORD");
    return fromEnv.isEmpty() ? readLine() : fromEnv;
}

bool loadAccounts(const QString &profile, Sync::AccountList &list)
{
    QString error;
    if (list.load(profile, &error))
        return true;
    err() << "tidings-cli: cannot read the accounts: " << error << '\n';
    return false;
}

int addAccount(const Context &context, const QStringList &args)
{
    if (args.size() != 3 || args.at(0) != QLatin1String("ttrss"))
        return usage(QStringLiteral("account add takes ttrss URL USER (Tiny Tiny RSS is the one kind of server yet)"));
    const QUrl server = QUrl::fromUserInput(args.at(1));
    if (!server.isValid() || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https")))
        return usage(QStringLiteral("'%1' is not an http or https address").arg(args.at(1)));
    const QString &user = args.at(2);
    const QString secret = readLine();
    if (secret.isNull()) {
        err() << "tidings-cli: account add reads the password from stdin, and there was none\n";
        return SomeFailed;
    }
    // The login is checked before anything is kept.
    Sync::TtRssClient client(server, user, secret);
    QEventLoop loop;
    Sync::RemoteError error;
    client.login([&](const Sync::RemoteError &e) {
        error = e;
        loop.quit();
    });
    loop.exec();
    if (error) {
        err() << "tidings-cli: cannot log in to " << server.toString() << " as " << user << ": "
              << Sync::describe(error) << '\n';
        return SomeFailed;
    }
    const QString profile = profileOf(context);
    Sync::AccountList list;
    if (!loadAccounts(profile, list))
        return SomeFailed;
    const Sync::AccountInfo account = list.add(Sync::AccountKind::TtRss, server, user, {});
    QString saveError;
    if (!list.save(profile, &saveError)) {
        err() << "tidings-cli: cannot keep the account: " << saveError << '\n';
        return SomeFailed;
    }
    out() << "added\t" << account.id << '\t' << server.toString() << '\t' << user << '\n';
    err() << "tidings-cli: the password is not kept by the CLI: `sync` reads it from $TIDINGS_TTRSS_PASSWORD, "
             "else from stdin (the app keeps it in the system keyring)\n";
    return Success;
}

int listAccounts(const Context &context)
{
    const QString profile = profileOf(context);
    Sync::AccountList list;
    if (!loadAccounts(profile, list))
        return SomeFailed;
    std::unique_ptr<Core::Store> store;
    if (list.accounts().size() > 1)
        store = openStore(context);
    for (const Sync::AccountInfo &account : list.accounts()) {
        out() << account.id << '\t' << Sync::accountKindName(account.kind);
        if (account.isRemote()) {
            out() << '\t' << account.server.toString() << '\t' << account.user << "\tsince " << account.sinceId;
            if (store)
                out() << '\t' << store->pendingChanges(account.id).size() << " pending";
        }
        out() << '\n';
    }
    return Success;
}

int removeAccount(const Context &context, const QStringList &args)
{
    if (args.size() != 1)
        return usage(QStringLiteral("account remove takes an account id"));
    const QString profile = profileOf(context);
    Sync::AccountList list;
    if (!loadAccounts(profile, list))
        return SomeFailed;
    if (!list.remove(args.first())) {
        err() << "tidings-cli: no server account '" << args.first() << "'\n";
        return SomeFailed;
    }
    Core::StorageWriter writer(profile);
    const Core::Status removed
        = writer.writeAndWait([id = args.first()](Core::Store &store) { return store.removeAccountData(id); });
    QString error;
    if (!removed || !list.save(profile, &error)) {
        err() << "tidings-cli: cannot remove the account: " << (removed ? error : Core::describe(removed.error()))
              << '\n';
        return SomeFailed;
    }
    out() << "removed\t" << args.first() << '\n';
    return Success;
}

const char *stepName(Sync::SyncStep step)
{
    switch (step) {
    case Sync::SyncStep::SendingChanges:
        return "sending changes";
    case Sync::SyncStep::Folders:
        return "folders";
    case Sync::SyncStep::Feeds:
        return "feeds";
    case Sync::SyncStep::Stories:
        return "stories";
    case Sync::SyncStep::States:
        return "read and starred state";
    }
    return "";
}

// The server account named on the command line, or null (said).
std::optional<Sync::AccountInfo> serverAccount(const QString &profile, const QString &id)
{
    Sync::AccountList list;
    if (!loadAccounts(profile, list))
        return std::nullopt;
    const std::optional<Sync::AccountInfo> account = list.find(id);
    if (!account || !account->isRemote()) {
        err() << "tidings-cli: no server account '" << id << "'\n";
        return std::nullopt;
    }
    return account;
}

// The password from $TIDINGS_TTRSS_PASSWORD or stdin; empty: said.
QString passwordFor(const Sync::AccountInfo &account)
{
    const QString secret = password();
    if (secret.isEmpty())
        out() << "failed\t" << account.id << "\tno password: set TIDINGS_TTRSS_PASSWORD or give it on stdin\n";
    return secret;
}

// Runs one change on the server through AccountSync (`start`), waits for
// its answer (`answer`, a signal with (account, key, error)) and the sync
// that follows it, and prints the outcome.
int changeOnServer(const Context &context, const Sync::AccountInfo &account, const QString &what,
    void (Core::AccountSync::*answer)(const QString &, const QString &, const Sync::RemoteError &),
    const std::function<void(Core::AccountSync &)> &start)
{
    const std::unique_ptr<Core::Store> store = openStore(context);
    if (!store)
        return SomeFailed;
    Core::Pipeline pipeline(store.get());
    Core::AccountSync syncer(pipeline.writer());
    QEventLoop loop;
    Sync::RemoteError refused;
    std::optional<Core::AccountSyncResult> synced;
    QObject::connect(&syncer, answer, [&](const QString &, const QString &, const Sync::RemoteError &error) {
        if (error) {
            refused = error;
            loop.quit();
        }
    });
    QObject::connect(&syncer, &Core::AccountSync::finished, [&](const Core::AccountSyncResult &result) {
        synced = result;
        loop.quit();
    });
    start(syncer);
    loop.exec();
    if (refused) {
        out() << "failed\t" << account.id << '\t' << Sync::describe(refused) << '\n';
        return SomeFailed;
    }
    out() << what << '\t' << account.id << '\n';
    if (synced && !synced->ok()) {
        // Made on the server; the store catches up at the next sync.
        out() << "failed\t" << account.id << "\tthe sync after it: " << synced->errorText() << '\n';
        return SomeFailed;
    }
    if (synced && !synced->added.isEmpty()) {
        QEventLoop cleaning;
        QObject::connect(&pipeline, &Core::Pipeline::idle, &cleaning, &QEventLoop::quit);
        pipeline.cleanStories(synced->added);
        if (pipeline.isBusy())
            cleaning.exec();
    }
    return Success;
}

int subscribeAccount(const Context &context, const QStringList &args)
{
    QString folder;
    QStringList rest;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--folder") && i + 1 < args.size())
            folder = args.at(++i).trimmed();
        else
            rest.append(args.at(i));
    }
    if (rest.size() != 2)
        return usage(QStringLiteral("account subscribe takes ACCOUNT URL [--folder NAME]"));
    const QUrl url(rest.at(1));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return usage(QStringLiteral("'%1' is not an http or https address").arg(rest.at(1)));
    const QString profile = profileOf(context);
    const std::optional<Sync::AccountInfo> account = serverAccount(profile, rest.at(0));
    if (!account)
        return SomeFailed;
    QString folderRemoteId;
    QString newFolder;
    if (!folder.isEmpty()) {
        const std::unique_ptr<Core::Store> store = openStore(context);
        if (!store)
            return SomeFailed;
        for (const Core::Folder &f : store->folders())
            if (f.accountId == account->id && f.name == folder)
                folderRemoteId = f.remoteId;
        if (folderRemoteId.isEmpty())
            newFolder = folder; // made on the server, then the feed moves into it
    }
    const QString address = url.toString();
    const QString secret = passwordFor(*account);
    if (secret.isEmpty())
        return SomeFailed;
    if (!newFolder.isEmpty()) {
        // A folder the server does not have: made there first (tt-rss
        // subscribes into existing categories only).
        Sync::TtRssClient remote(account->server, account->user, secret);
        QEventLoop loop;
        Sync::RemoteError error;
        qint64 category = 0;
        remote.addCategory(newFolder, [&](const Sync::RemoteError &e, qint64 id) {
            error = e;
            category = id;
            loop.quit();
        });
        loop.exec();
        if (error) {
            out() << "failed\t" << account->id << '\t' << Sync::describe(error) << '\n';
            return SomeFailed;
        }
        folderRemoteId = QString::number(category);
    }
    return changeOnServer(context, *account, QStringLiteral("subscribed\t") + address, &Core::AccountSync::subscribed,
        [&](Core::AccountSync &syncer) { syncer.subscribe(*account, secret, address, folderRemoteId); });
}

int unsubscribeAccount(const Context &context, const QStringList &args)
{
    if (args.size() != 2)
        return usage(QStringLiteral("account unsubscribe takes ACCOUNT FEED (its id or address)"));
    const QString profile = profileOf(context);
    const std::optional<Sync::AccountInfo> account = serverAccount(profile, args.at(0));
    if (!account)
        return SomeFailed;
    QString remote;
    {
        const std::unique_ptr<Core::Store> store = openStore(context);
        if (!store)
            return SomeFailed;
        bool isId = false;
        const qint64 id = args.at(1).toLongLong(&isId);
        for (const Core::Subscription &sub : store->subscriptions()) {
            if (sub.accountId == account->id && ((isId && sub.id == id) || sub.url == args.at(1)))
                remote = sub.remoteId;
        }
    }
    if (remote.isEmpty()) {
        err() << "tidings-cli: " << account->id << " has no feed '" << args.at(1) << "' (sync first?)\n";
        return SomeFailed;
    }
    const QString secret = passwordFor(*account);
    if (secret.isEmpty())
        return SomeFailed;
    return changeOnServer(context, *account, QStringLiteral("unsubscribed\t") + args.at(1),
        &Core::AccountSync::unsubscribed,
        [&](Core::AccountSync &syncer) { syncer.unsubscribe(*account, secret, remote); });
}

} // namespace

int account(const Context &context, const QStringList &args)
{
    if (args.isEmpty())
        return usage(QStringLiteral("account needs add, list or remove"));
    const QString &what = args.first();
    if (what == QLatin1String("add"))
        return addAccount(context, args.mid(1));
    if (what == QLatin1String("list"))
        return args.size() == 1 ? listAccounts(context) : usage(QStringLiteral("account list takes no arguments"));
    if (what == QLatin1String("remove"))
        return removeAccount(context, args.mid(1));
    if (what == QLatin1String("subscribe"))
        return subscribeAccount(context, args.mid(1));
    if (what == QLatin1String("unsubscribe"))
        return unsubscribeAccount(context, args.mid(1));
    return usage(QStringLiteral("unknown account command '%1'").arg(what));
}

int sync(const Context &context, const QStringList &args)
{
    bool clean = true;
    QString only;
    for (const QString &arg : args) {
        if (arg == QLatin1String("--no-clean"))
            clean = false;
        else if (!arg.startsWith(QLatin1Char('-')) && only.isEmpty())
            only = arg;
        else
            return usage(QStringLiteral("unknown sync argument '%1'").arg(arg));
    }
    const QString profile = profileOf(context);
    Sync::AccountList list;
    if (!loadAccounts(profile, list))
        return SomeFailed;
    QList<Sync::AccountInfo> accounts;
    for (const Sync::AccountInfo &account : list.accounts())
        if (account.isRemote() && (only.isEmpty() || account.id == only))
            accounts.append(account);
    if (accounts.isEmpty()) {
        err() << "tidings-cli: "
              << (only.isEmpty() ? QStringLiteral("no server accounts (account add ttrss URL USER)")
                                 : QStringLiteral("no server account '%1'").arg(only))
              << '\n';
        return SomeFailed;
    }
    const std::unique_ptr<Core::Store> store = openStore(context);
    if (!store)
        return SomeFailed;
    Core::Pipeline pipeline(store.get());
    Core::AccountSync syncer(pipeline.writer());
    QEventLoop loop;
    int waiting = int(accounts.size());
    int failed = 0;
    QList<Core::StoryId> added;
    QObject::connect(&syncer, &Core::AccountSync::progress, [](const QString &id, Sync::SyncStep step, int stories) {
        err() << "sync\t" << id << '\t' << stepName(step);
        if (step == Sync::SyncStep::Stories)
            err() << '\t' << stories;
        err() << '\n';
        err().flush();
    });
    QObject::connect(&syncer, &Core::AccountSync::finished, [&](const Core::AccountSyncResult &result) {
        if (result.ok()) {
            out() << "synced\t" << result.accountId << '\t' << result.added.size() << " new stories, "
                  << result.stateChanged.size() << " changed by the server, " << result.changesSent
                  << " local changes sent; feeds: " << result.feeds.added.size() << " added, "
                  << result.feeds.removed.size() << " removed, " << result.feeds.changed.size() << " changed\n";
        } else {
            ++failed;
            out() << "failed\t" << result.accountId << '\t' << result.errorText() << '\n';
        }
        out().flush();
        added += result.added;
        if (--waiting == 0)
            loop.quit();
    });
    for (const Sync::AccountInfo &account : accounts) {
        const QString secret = password();
        if (secret.isEmpty()) {
            ++failed;
            --waiting;
            out() << "failed\t" << account.id
                  << "\tno password: set TIDINGS_TTRSS_PASSWORD or give it on stdin, one line per account\n";
            continue;
        }
        syncer.sync(account, secret);
    }
    if (waiting > 0)
        loop.exec();
    if (clean && !added.isEmpty()) {
        QEventLoop cleaning;
        QObject::connect(&pipeline, &Core::Pipeline::idle, &cleaning, &QEventLoop::quit);
        pipeline.cleanStories(added);
        if (pipeline.isBusy())
            cleaning.exec();
    }
    return failed > 0 ? SomeFailed : Success;
}

} // namespace Cli
