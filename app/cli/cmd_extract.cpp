#include "cli/commands.h"

namespace Cli {

int extract(const Context &, const QStringList &)
{
    err() << "tidings-cli: extract is not implemented yet\n";
    return SomeFailed;
}

} // namespace Cli
