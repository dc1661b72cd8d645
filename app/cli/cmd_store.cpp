#include "cli/commands.h"

namespace Cli {

namespace {
int notYet(const char *name)
{
    err() << "tidings-cli: " << name << " is not implemented yet\n";
    return SomeFailed;
}
} // namespace

int importOpml(const Context &, const QStringList &) { return notYet("import-opml"); }
int exportOpml(const Context &, const QStringList &) { return notYet("export-opml"); }
int add(const Context &, const QStringList &) { return notYet("add"); }
int refresh(const Context &, const QStringList &) { return notYet("refresh"); }
int list(const Context &, const QStringList &) { return notYet("list"); }

} // namespace Cli
