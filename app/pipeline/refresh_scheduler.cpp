#include "pipeline/refresh_scheduler.h"

#include "pipeline/pipeline.h"
#include "storage/store.h"

#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QTimer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSchedule, "tidings.pipeline.schedule")

namespace Core {

// ---- reachability ------------------------------------------------------------

ManualReachability::ManualReachability(bool online, QObject *parent)
    : Reachability(parent)
    , m_online(online)
{
}

void ManualReachability::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

SystemReachability::SystemReachability(QObject *parent)
    : Reachability(parent)
{
    m_backend = QNetworkInformation::instance()
        || QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)
        || QNetworkInformation::loadDefaultBackend();
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!m_backend || !info || !info->supports(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcSchedule) << "no network information backend: refreshes are never paused";
        m_backend = false;
        return;
    }
    const auto offline
        = [](QNetworkInformation::Reachability r) { return r == QNetworkInformation::Reachability::Disconnected; };
    m_online = !offline(info->reachability());
    connect(info, &QNetworkInformation::reachabilityChanged, this,
        [this, offline](QNetworkInformation::Reachability reachability) {
            const bool online = !offline(reachability);
            if (online == m_online)
                return;
            m_online = online;
            qCInfo(lcSchedule) << (online ? "the network is back" : "the network is gone");
            Q_EMIT onlineChanged(online);
        });
}

// ---- the scheduler -------------------------------------------------------------

RefreshScheduler::RefreshScheduler(Store *store, Pipeline *pipeline, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_pipeline(pipeline)
    , m_timer(new QTimer(this))
{
    Q_ASSERT(store && pipeline);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &RefreshScheduler::onTimer);
    connect(pipeline, &Pipeline::feedRefreshed, this, [this](const FeedRefreshResult &result) {
        // Looks again once every feed it sent has been heard of; feeds other
        // refreshes brought in wait for idle().
        if (m_inFlight.remove(result.id) && m_inFlight.isEmpty())
            check();
    });
    connect(pipeline, &Pipeline::idle, this, [this] {
        m_inFlight.clear();
        check();
    });
    connect(pipeline, &Pipeline::subscriptionAdded, this, &RefreshScheduler::check);
}

RefreshScheduler::~RefreshScheduler() = default;

void RefreshScheduler::setRules(const RefreshRules &rules)
{
    m_rules = rules;
    check();
}

void RefreshScheduler::setReachability(Reachability *reachability)
{
    const bool wasPaused = isPaused();
    if (m_reachability)
        disconnect(m_reachability, nullptr, this, nullptr);
    m_reachability = reachability;
    if (reachability)
        connect(reachability, &Reachability::onlineChanged, this, &RefreshScheduler::onOnlineChanged);
    if (wasPaused != isPaused())
        onOnlineChanged(!isPaused());
}

void RefreshScheduler::setWakeCheckMs(qint64 ms)
{
    m_wakeCheckMs = std::max<qint64>(10, ms);
}

bool RefreshScheduler::isPaused() const
{
    return m_reachability && !m_reachability->isOnline();
}

void RefreshScheduler::start()
{
    if (m_running)
        return;
    m_running = true;
    QMetaObject::invokeMethod(this, &RefreshScheduler::check, Qt::QueuedConnection);
}

void RefreshScheduler::stop()
{
    m_running = false;
    m_timer->stop();
    if (m_nextDue.isValid()) {
        m_nextDue = {};
        Q_EMIT nextDueChanged(m_nextDue);
    }
}

void RefreshScheduler::reschedule()
{
    check();
}

void RefreshScheduler::onOnlineChanged(bool online)
{
    Q_EMIT pausedChanged(!online);
    if (online)
        check(); // catch up on what fell due meanwhile
}

// The timer is never armed longer than m_wakeCheckMs: a monotonic timer
// stands still while the machine sleeps, the wall clock does not.
void RefreshScheduler::onTimer()
{
    if (!m_running)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 late = m_armedAt.isValid() ? m_armedAt.msecsTo(now) - m_armedForMs : 0;
    if (late > std::max<qint64>(m_wakeCheckMs / 2, 5'000)) {
        qCInfo(lcSchedule) << "woke after" << late / 1000 << "s: looking at what fell due";
        Q_EMIT wokeUp();
        check();
        return;
    }
    if (m_nextDue.isValid() && now < m_nextDue) {
        arm(now, m_nextDue); // a heartbeat: nothing due yet, no need to read the feeds
        return;
    }
    check();
}

void RefreshScheduler::arm(const QDateTime &now, const QDateTime &due)
{
    if (!due.isValid()) {
        m_timer->stop();
        m_armedAt = {};
        return;
    }
    m_armedForMs = std::clamp<qint64>(now.msecsTo(due), 0, m_wakeCheckMs);
    m_armedAt = now;
    m_timer->start(int(m_armedForMs));
}

void RefreshScheduler::check()
{
    if (!m_running)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool paused = isPaused();
    QList<SubscriptionId> due;
    int heldBack = 0;
    QDateTime earliest;
    Error error;
    const QList<Subscription> subscriptions = m_store->subscriptions(&error);
    if (error.code != ErrorCode::None)
        qCWarning(lcSchedule) << "cannot read the feeds:" << describe(error);
    QSet<SubscriptionId> present;
    for (const Subscription &subscription : subscriptions) {
        present.insert(subscription.id);
        if (m_inFlight.contains(subscription.id))
            continue;
        QDateTime when = nextRefreshDue(subscription, m_rules);
        if (!when.isValid())
            continue;
        // A fetch whose outcome could not be written must not come round at once.
        if (const auto sent = m_lastSent.constFind(subscription.id); sent != m_lastSent.cend())
            when = std::max(when, sent->addMSecs(refreshIntervalMs(subscription, m_rules)));
        if (when > now)
            earliest = earliest.isValid() ? std::min(earliest, when) : when;
        else if (paused)
            ++heldBack;
        else
            due.append(subscription.id);
    }
    for (auto it = m_lastSent.begin(); it != m_lastSent.end();)
        it = present.contains(it.key()) ? std::next(it) : m_lastSent.erase(it);
    if (!due.isEmpty()) {
        qCDebug(lcSchedule) << "refreshing" << due.size() << "feeds that fell due";
        for (const SubscriptionId id : std::as_const(due)) {
            m_inFlight.insert(id);
            m_lastSent.insert(id, now);
        }
        m_pipeline->refresh(due, RefreshPolicy::RespectBackoff);
    }
    // With network gone, a heartbeat keeps an eye on the clock; the network's
    // return looks again at once.
    arm(now, heldBack > 0 && !earliest.isValid() ? now.addMSecs(m_wakeCheckMs) : earliest);
    if (earliest != m_nextDue) {
        m_nextDue = earliest;
        Q_EMIT nextDueChanged(m_nextDue);
    }
    Q_EMIT checked(int(due.size()), heldBack);
}

} // namespace Core
