#include "commands.h"

#include <QCoreApplication>

#include <functional>
#include <map>

namespace Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace Cli

namespace {

const char *const usageText
    = "usage: tidings-cli [--profile DIR] COMMAND [ARGS...]\n"
      "\n"
      "commands:\n"
      "  parse-feed FILE|URL... [--format json]   parse feeds, print them as JSON\n"
      "  extract [--url URL] [--charset C] [--feed-categories \"A,B\"]... [--format text|json|jsonl]\n"
      "          [--trace TEXT] FILE|URL...       clean article pages and choose their topic chips as\n"
      "                                           refresh does: with the story's feed categories and,\n"
      "                                           given a profile, its store statistics\n"
      "  import-opml FILE                         subscribe to the feeds of an OPML file\n"
      "  export-opml                              print the subscriptions as OPML\n"
      "  add URL                                  subscribe to a feed or a site\n"
      "  refresh [--due] [--force]                fetch all subscriptions and clean new stories;\n"
      "                                           --due: only the feeds due by their interval (30 min,\n"
      "                                           a feed's own setting, ttl, Retry-After, back-off);\n"
      "                                           --force: resting feeds too, without conditional GET\n"
      "  list [--format json]                     print stories, newest first\n"
      "  mark (--read|--unread|--star|--unstar) ID...   or   mark ID read|unread|star|unstar\n"
      "                                           change stories' read and starred state, one at a\n"
      "                                           time; prints \"read|unread|starred|unstarred<TAB>ID\"\n"
      "                                           once each change is committed (flags may repeat);\n"
      "                                           a server account's story keeps the change queued\n"
      "                                           for its server until the next sync sends it\n"
      "  account add ttrss URL USER               add a Tiny Tiny RSS account (the password on stdin;\n"
      "                                           the login is checked, the password not kept)\n"
      "  account list | account remove ID        the profile's accounts; remove drops its feeds\n"
      "  account subscribe ACCOUNT URL [--folder NAME]\n"
      "                                           subscribe on the server (into NAME, made there\n"
      "                                           when missing), then sync\n"
      "  account unsubscribe ACCOUNT FEED         unsubscribe on the server (FEED: id or address),\n"
      "                                           then sync; the password as for sync\n"
      "  sync [--no-clean] [ACCOUNT]              sync server accounts (all, or one): local changes\n"
      "                                           first, then folders, feeds, new stories (cleaned\n"
      "                                           unless --no-clean) and read/starred state; the\n"
      "                                           password from $TIDINGS_TTRSS_PASSWORD, else stdin\n"
      "  search [--limit N] [--runs N] [--quiet] QUERY...\n"
      "                                           the first page of a search (words, \"phrases\", tag:NAME),\n"
      "                                           then results=N elapsed-ms=T (with --runs: median and p95)\n"
      "  generate-profile [--feeds N] [--stories N] [--folders N] [--topics N] [--days N] [--seed N]\n"
      "                                           fill an empty --profile with synthetic feeds, folders,\n"
      "                                           cleaned stories and topics, for measuring at scale\n"
      "  apply-retention [--keep-days N] [--keep-count N]\n"
      "                                           remove old unstarred stories as the app's retention does\n"
      "                                           with these settings; prints removed=N elapsed-ms=T\n"
      "\n"
      "The profile folder is --profile DIR, else $TIDINGS_PROFILE, else the default; extract\n"
      "reads one (and never creates it) only when --profile or $TIDINGS_PROFILE names it.\n"
      "Exit codes: 0 all fine, 1 some input failed, 2 usage.\n";

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Tidings"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tidings"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDINGS_VERSION));

    Cli::Context context;
    context.profileDir = qEnvironmentVariable("TIDINGS_PROFILE");

    QStringList rest;
    QString command;
    const QStringList args = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--profile")) {
            if (i + 1 >= args.size()) {
                Cli::err() << "tidings-cli: --profile needs a folder\n" << usageText;
                return Cli::Usage;
            }
            context.profileDir = args.at(++i);
        } else if (arg.startsWith(QLatin1String("--profile="))) {
            context.profileDir = arg.mid(10);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            Cli::out() << usageText;
            return Cli::Success;
        } else if (arg == QLatin1String("--version")) {
            Cli::out() << "tidings-cli " << TIDINGS_VERSION << '\n';
            return Cli::Success;
        } else if (command.isEmpty() && !arg.startsWith(QLatin1Char('-'))) {
            command = arg;
        } else {
            rest << arg;
        }
    }

    using Handler = std::function<int(const Cli::Context &, const QStringList &)>;
    const std::map<QString, Handler> handlers = {
        { QStringLiteral("parse-feed"), Cli::parseFeed },
        { QStringLiteral("extract"), Cli::extract },
        { QStringLiteral("import-opml"), Cli::importOpml },
        { QStringLiteral("export-opml"), Cli::exportOpml },
        { QStringLiteral("add"), Cli::add },
        { QStringLiteral("refresh"), Cli::refresh },
        { QStringLiteral("list"), Cli::list },
        { QStringLiteral("mark"), Cli::mark },
        { QStringLiteral("generate-profile"), Cli::generateProfile },
        { QStringLiteral("search"), Cli::search },
        { QStringLiteral("apply-retention"), Cli::applyRetention },
        { QStringLiteral("account"), Cli::account },
        { QStringLiteral("sync"), Cli::sync },
    };
    const auto handler = handlers.find(command);
    if (handler == handlers.end()) {
        if (!command.isEmpty())
            Cli::err() << "tidings-cli: unknown command '" << command << "'\n";
        Cli::err() << usageText;
        return Cli::Usage;
    }
    const int code = handler->second(context, rest);
    Cli::out().flush();
    Cli::err().flush();
    return code;
}
