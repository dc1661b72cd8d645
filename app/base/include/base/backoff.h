#pragma once

#include <QtGlobal>

#include <algorithm>

namespace Core {

// How long a feed rests after failing `consecutiveFailures` times in a row:
// 5 min, 10, 20, ... capped at one day; 0 when it has not failed. Pure.
// The storage thread adds it to the time of a failure (a server's
// Retry-After, when later, wins).
constexpr qint64 backoffSeconds(int consecutiveFailures)
{
    if (consecutiveFailures <= 0)
        return 0;
    const int doublings = std::min(consecutiveFailures - 1, 20);
    return std::min<qint64>(qint64(300) << doublings, 86400);
}

} // namespace Core
