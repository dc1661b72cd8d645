#pragma once

// When a feed is next due for an automatic refresh: pure functions of the
// subscription's stored state, shared by the app's RefreshScheduler and
// `tidings-cli refresh --due`. A manual refresh ignores all of this.

#include "storage/store.h"

#include <QDateTime>

namespace Core {

struct RefreshRules {
    // The app's interval for feeds without one of their own (Settings::refreshMinutes).
    int defaultMinutes = 30;
    // The length of a "minute" in every interval below (the user's, the
    // floor, the feed's own request, the jitter). Tests shrink it; absolute
    // times (Retry-After, the back-off's retryAfter) are never scaled.
    qint64 msPerMinute = 60'000;
};

// Automatic refreshes of one feed are never closer than this, unless the
// user set a shorter interval for that feed.
constexpr int MinAutomaticMinutes = 5;
// A feed's own request (ttl, sy:updatePeriod, max-age) is honoured up to a day.
constexpr int MaxFeedRequestMinutes = 24 * 60;

// Milliseconds between automatic refreshes of the feed: the user's interval
// for it (honoured as it is), else the app's, at least MinAutomaticMinutes;
// then at least what the feed or its server asked for (up to a day).
qint64 refreshIntervalMs(const Subscription &subscription, const RefreshRules &rules);

// A small delay of the feed's own, the same every time (from its id): up to
// 3% of the interval and at most a minute, so feeds added together do not all
// fall due in the same second.
qint64 refreshJitterMs(SubscriptionId id, qint64 intervalMs, const RefreshRules &rules);

// When the feed is next due: its last fetch plus interval and jitter, or its
// retryAfter (back-off, Retry-After) when later. A feed never fetched is due
// at once (the Unix epoch); a built-in feed never (an invalid QDateTime).
QDateTime nextRefreshDue(const Subscription &subscription, const RefreshRules &rules);

// Whether an automatic refresh should fetch the feed at `now`.
bool isRefreshDue(const Subscription &subscription, const RefreshRules &rules, const QDateTime &now);

} // namespace Core
