#pragma once

// Desktop notifications of new stories: one per refresh batch, for the feeds
// and followed topics the settings choose, sent to the desktop's notification
// server (org.freedesktop.Notifications on the session bus).

#include "base/types.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace Core {
class Store;
}

namespace Ui {

class Settings;

// Where a notification goes.
class NotificationSink {
public:
    NotificationSink() = default;
    virtual ~NotificationSink() = default;
    Q_DISABLE_COPY_MOVE(NotificationSink)

    virtual void notify(const QString &summary, const QString &body) = 0;
};

// The freedesktop notification server over D-Bus. Without a session bus or
// a server the notification is lost, quietly (the call is asynchronous).
class FreedesktopNotifications final : public NotificationSink {
public:
    FreedesktopNotifications() = default;
    void notify(const QString &summary, const QString &body) override;
};

// Gathers the stories a refresh brings (storiesAdded) and, when the pipeline
// is idle again (their topics known by then), sends one notification for the
// whole batch, or none when nothing chosen brought anything.
class NewStoriesNotifier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewStoriesNotifier)

public:
    // Store, settings and sink must outlive the notifier.
    NewStoriesNotifier(Core::Store *store, const Settings *settings, NotificationSink *sink, QObject *parent = nullptr);
    ~NewStoriesNotifier() override;

    // A feed just subscribed to: its first stories are no news to anyone.
    void subscriptionAdded(Core::SubscriptionId id);
    void storiesAdded(Core::SubscriptionId id, const QList<Core::StoryId> &ids);
    void batchDone();

    struct Message {
        QString summary;
        QString body;
    };
    // What batchDone() would send for the stories gathered so far (an empty
    // summary: nothing).
    Message compose() const;

private:
    Core::Store *m_store;
    const Settings *m_settings;
    NotificationSink *m_sink;
    QList<Core::SubscriptionId> m_order; // feeds in the order their stories came
    QHash<Core::SubscriptionId, QList<Core::StoryId>> m_pending;
    QList<Core::SubscriptionId> m_justAdded; // until the batch is done
};

} // namespace Ui
