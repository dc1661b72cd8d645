#include "pipeline/refresh_schedule.h"

#include <algorithm>

namespace Core {

namespace {

constexpr qint64 DefaultMinutes = 30;

qint64 minutesToMs(qint64 minutes, const RefreshRules &rules)
{
    return minutes * std::max<qint64>(1, rules.msPerMinute);
}

} // namespace

qint64 refreshIntervalMs(const Subscription &subscription, const RefreshRules &rules)
{
    const int own = subscription.settings.refreshMinutes;
    qint64 interval = 0;
    if (own > 0) {
        interval = minutesToMs(own, rules); // the user asked for this feed: honoured as it is
    } else {
        const qint64 app = rules.defaultMinutes > 0 ? rules.defaultMinutes : DefaultMinutes;
        interval = minutesToMs(std::max<qint64>(app, MinAutomaticMinutes), rules);
    }
    if (subscription.feedMinInterval > 0) {
        // Seconds, on the same scale as the minutes.
        const qint64 asked = std::min<qint64>(subscription.feedMinInterval, qint64(MaxFeedRequestMinutes) * 60)
            * std::max<qint64>(1, rules.msPerMinute) / 60;
        interval = std::max(interval, asked);
    }
    return interval;
}

qint64 refreshJitterMs(SubscriptionId id, qint64 intervalMs, const RefreshRules &rules)
{
    const qint64 range = std::min(intervalMs * 3 / 100, std::max<qint64>(1, rules.msPerMinute));
    if (range <= 0)
        return 0;
    // A multiplicative hash spreads consecutive ids across the range.
    quint64 h = quint64(id) * 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
    return qint64(h % quint64(range + 1));
}

QDateTime nextRefreshDue(const Subscription &subscription, const RefreshRules &rules)
{
    if (isBuiltInFeed(subscription.url) || subscription.isRemote())
        return {}; // never fetched here (a server account's feeds: its server fetches them)
    QDateTime due = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    if (subscription.lastFetched.isValid()) {
        const qint64 interval = refreshIntervalMs(subscription, rules);
        due = subscription.lastFetched.toUTC().addMSecs(interval + refreshJitterMs(subscription.id, interval, rules));
    }
    if (subscription.retryAfter.isValid() && subscription.retryAfter.toUTC() > due)
        due = subscription.retryAfter.toUTC();
    return due;
}

bool isRefreshDue(const Subscription &subscription, const RefreshRules &rules, const QDateTime &now)
{
    const QDateTime due = nextRefreshDue(subscription, rules);
    return due.isValid() && due <= now;
}

} // namespace Core
