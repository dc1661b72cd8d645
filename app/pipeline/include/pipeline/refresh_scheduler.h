#pragma once

// Refreshes feeds on their own as they fall due (refresh_schedule.h), through
// the pipeline: one single-shot timer armed for the earliest due feed (never a
// poll), paused while the system reports no network, catching up when it
// comes back or when the machine wakes from sleep.

#include "pipeline/refresh_schedule.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;

namespace Core {

class Pipeline;
class Store;

// Whether the network is there. The app uses SystemReachability; tests say
// "offline" and "online" themselves.
class Reachability : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reachability)

public:
    explicit Reachability(QObject *parent = nullptr)
        : QObject(parent)
    {
    }
    ~Reachability() override = default;
    virtual bool isOnline() const = 0;

Q_SIGNALS:
    void onlineChanged(bool online);
};

// Set by hand (tests, and a build without a network backend: always online).
class ManualReachability final : public Reachability {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualReachability)

public:
    explicit ManualReachability(bool online = true, QObject *parent = nullptr);
    ~ManualReachability() override = default;
    bool isOnline() const override { return m_online; }
    void setOnline(bool online);

private:
    bool m_online = true;
};

// QNetworkInformation's reachability: offline only when it reports
// Disconnected. Without a backend it is always online.
class SystemReachability final : public Reachability {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemReachability)

public:
    explicit SystemReachability(QObject *parent = nullptr);
    ~SystemReachability() override = default;
    bool isOnline() const override { return m_online; }
    bool hasBackend() const { return m_backend; }

private:
    bool m_online = true;
    bool m_backend = false;
};

class RefreshScheduler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RefreshScheduler)

public:
    // Reads the subscriptions through `store` (the pipeline's thread) and
    // refreshes through `pipeline`; both must outlive the scheduler.
    RefreshScheduler(Store *store, Pipeline *pipeline, QObject *parent = nullptr);
    ~RefreshScheduler() override;

    void setRules(const RefreshRules &rules); // looks again at once when started
    RefreshRules rules() const { return m_rules; }
    // Not owned; null: always online.
    void setReachability(Reachability *reachability);
    // A timer that fires later than this beyond its time means the machine
    // slept: what fell due meanwhile is refreshed at once. The timer is also
    // never armed longer than this, since a monotonic timer stops while asleep.
    void setWakeCheckMs(qint64 ms);

    // Looks at the feeds now (from the event loop) and keeps going.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isPaused() const; // offline
    // Looks again now: after feeds were added, or their settings changed.
    void reschedule();

    // When the next feed falls due; invalid when none will (no feeds, stopped).
    QDateTime nextDue() const { return m_nextDue; }

Q_SIGNALS:
    void nextDueChanged(const QDateTime &when);
    void pausedChanged(bool paused);
    // After each look at the feeds: how many were sent to the pipeline, and
    // how many were due but held back because the network is gone.
    void checked(int refreshed, int heldBack);
    // The timer fired much later than armed: the machine slept.
    void wokeUp();

private:
    void check();
    void onTimer();
    void arm(const QDateTime &now, const QDateTime &due);
    void onOnlineChanged(bool online);

    Store *m_store;
    Pipeline *m_pipeline;
    QPointer<Reachability> m_reachability;
    QTimer *m_timer;
    RefreshRules m_rules;
    qint64 m_wakeCheckMs = 60'000;
    bool m_running = false;
    QSet<SubscriptionId> m_inFlight; // sent to the pipeline, not yet reported
    QHash<SubscriptionId, QDateTime> m_lastSent;
    QDateTime m_nextDue;
    // When the timer was armed, by the wall clock and the monotonic one.
    QDateTime m_armedAt;
    qint64 m_armedForMs = 0;
};

} // namespace Core
