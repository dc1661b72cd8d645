// tidings-cli mark: read and starred state from a shell, written the way the
// window writes it: each change on its own through the StorageWriter (the
// storage thread), and reported only once its answer says it is committed.

#include "commands.h"
#include "pipeline/storage_writer.h"
#include "storage/store.h"

#include <QEventLoop>
#include <QHash>

namespace Cli {

namespace {

enum class Mark { None, Read, Unread, Star, Unstar };

struct Change {
    Core::StoryId id = 0;
    Mark mark = Mark::None;
};

const char *const synopsis = "mark (--read | --unread | --star | --unstar) ID... [(--read | ...) ID...]...  or  mark "
                             "ID read|unread|star|unstar";

const char *word(Mark mark)
{
    switch (mark) {
    case Mark::Read:
        return "read";
    case Mark::Unread:
        return "unread";
    case Mark::Star:
        return "starred";
    case Mark::Unstar:
        return "unstarred";
    case Mark::None:
        break;
    }
    return "";
}

int usage(const QString &message)
{
    err() << "tidings-cli: " << message << "\nusage: tidings-cli [--profile DIR] " << synopsis << '\n';
    return Usage;
}

Core::Status apply(Core::Store &store, const Change &change)
{
    switch (change.mark) {
    case Mark::Read:
    case Mark::Unread:
        return store.setRead(change.id, change.mark == Mark::Read);
    case Mark::Star:
    case Mark::Unstar:
        return store.setStarred(change.id, change.mark == Mark::Star);
    case Mark::None:
        break;
    }
    return Core::Error { Core::ErrorCode::InvalidArgument, QStringLiteral("no change"), {} };
}

} // namespace

int mark(const Context &context, const QStringList &args)
{
    QList<Change> changes;
    Mark current = Mark::None;
    // mark ID read|unread|star|unstar: one story, the word after it.
    static const QHash<QString, QString> words { { QStringLiteral("read"), QStringLiteral("--read") },
        { QStringLiteral("unread"), QStringLiteral("--unread") }, { QStringLiteral("star"), QStringLiteral("--star") },
        { QStringLiteral("unstar"), QStringLiteral("--unstar") } };
    if (args.size() == 2 && words.contains(args.at(1)))
        return mark(context, { words.value(args.at(1)), args.at(0) });
    for (const QString &arg : args) {
        if (arg == QLatin1String("--read")) {
            current = Mark::Read;
        } else if (arg == QLatin1String("--unread")) {
            current = Mark::Unread;
        } else if (arg == QLatin1String("--star")) {
            current = Mark::Star;
        } else if (arg == QLatin1String("--unstar")) {
            current = Mark::Unstar;
        } else {
            bool ok = false;
            const Core::StoryId id = arg.toLongLong(&ok);
            if (!ok || id <= 0)
                return usage(QStringLiteral("'%1' is not a story id").arg(arg));
            if (current == Mark::None)
                return usage(
                    QStringLiteral("say what to do with story %1 first (--read, --unread, --star, --unstar)").arg(arg));
            changes.append({ id, current });
        }
    }
    if (changes.isEmpty())
        return usage(QStringLiteral("mark needs story ids"));

    Core::StorageWriter writer(context.profileDir);
    // Opening the store is the writer's first step: a profile it cannot open
    // is said once, not once a change.
    if (const Core::Status opened = writer.writeAndWait([](Core::Store &) { return Core::Status(Core::Ok {}); });
        !opened) {
        err() << "tidings-cli: cannot open the profile: " << Core::describe(opened.error()) << '\n';
        return SomeFailed;
    }
    // Every change is handed over at once and runs in order on the storage
    // thread; its line is printed when its answer arrives, after its commit.
    QEventLoop loop;
    qsizetype answered = 0;
    int failed = 0;
    for (const Change &change : changes) {
        writer.write([change](Core::Store &store) { return apply(store, change); }, &loop,
            [&, change](const Core::Status &status) {
                if (status) {
                    out() << word(change.mark) << '\t' << change.id << '\n';
                    out().flush();
                } else {
                    ++failed;
                    err() << "tidings-cli: cannot mark story " << change.id << ' ' << word(change.mark) << ": "
                          << Core::describe(status.error()) << '\n';
                    err().flush();
                }
                if (++answered == changes.size())
                    loop.quit();
            });
    }
    loop.exec();
    return failed > 0 ? SomeFailed : Success;
}

} // namespace Cli
