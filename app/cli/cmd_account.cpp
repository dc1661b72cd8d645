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

namespace Cli {

namespace {

int usage(const QString &message)
{
    err() << "tidings-cli: " << message
          << "\nusage: tidings-cli [--profile DIR] account add ttrss URL USER   (the password on stdin)\n"
             "       tidings-cli [--profile DIR] account list\n"
             "       tidings-cli [--profile DIR] account remove ID\n"
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
