#include "cli/commands.h"

namespace Cli {

int parseFeed(const Context &, const QStringList &)
{
    err() << "tidings-cli: parse-feed is not implemented yet\n";
    return SomeFailed;
}

} // namespace Cli
