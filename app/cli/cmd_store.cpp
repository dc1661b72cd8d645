#include "cli/commands.h"

namespace Cli {

namespace {
int notYet(const char *name)
{
    err() << "tidings-cli: " << name << " is not implemented yet\n";
    return SomeFailed;
}
} // namespace

int add(const Context &, const QStringList &) { return notYet("add"); }
int refresh(const Context &, const QStringList &) { return notYet("refresh"); }

} // namespace Cli
