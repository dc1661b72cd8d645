#include "window/notifications.h"

#include "storage/store.h"
#include "window/settings.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QSet>
#include <QVariantMap>

namespace Ui {

void FreedesktopNotifications::notify(const QString &summary, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("/org/freedesktop/Notifications"), QStringLiteral("org.freedesktop.Notifications"),
        QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("org.tidings.Tidings"));
    call << QStringLiteral("Tidings") << uint(0) << QStringLiteral("org.tidings.Tidings") << summary << body
         << QStringList() << hints << int(-1);
    // No reply awaited: a missing or slow server must not hold anything up
    // (the bus may start one that is installed but not running).
    bus.send(call);
}

NewStoriesNotifier::NewStoriesNotifier(
    Core::Store *store, const Settings *settings, NotificationSink *sink, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_sink(sink)
{
}

NewStoriesNotifier::~NewStoriesNotifier() = default;

void NewStoriesNotifier::subscriptionAdded(Core::SubscriptionId id)
{
    m_justAdded.append(id);
}

void NewStoriesNotifier::storiesAdded(Core::SubscriptionId id, const QList<Core::StoryId> &ids)
{
    if (ids.isEmpty() || !m_settings->notifyNewStories() || m_justAdded.contains(id))
        return;
    if (!m_pending.contains(id))
        m_order.append(id);
    m_pending[id].append(ids);
}

void NewStoriesNotifier::batchDone()
{
    const Message message = compose();
    m_order.clear();
    m_pending.clear();
    m_justAdded.clear();
    if (!message.summary.isEmpty() && m_settings->notifyNewStories())
        m_sink->notify(message.summary, message.body);
}

NewStoriesNotifier::Message NewStoriesNotifier::compose() const
{
    struct Source {
        QString name;
        bool topic;
        int count;
    };
    QList<Source> sources;
    QSet<Core::StoryId> counted;
    QList<Core::StoryId> all;
    const bool everyFeed = m_settings->notifyFeeds() == Settings::NotifyFeeds::All;
    for (Core::SubscriptionId id : m_order) {
        const QList<Core::StoryId> &ids = m_pending.value(id);
        all.append(ids);
        if (!everyFeed && !m_settings->notifiesFeed(id))
            continue;
        const std::optional<Core::Subscription> sub = m_store->subscription(id);
        if (!sub)
            continue;
        sources.append({ sub->title.isEmpty() ? sub->url : sub->title, false, int(ids.size()) });
        for (Core::StoryId story : ids)
            counted.insert(story);
    }
    if (m_settings->notifyTopics() && !all.isEmpty()) {
        const QList<Core::TopicInfo> followed = m_store->followedTopics();
        if (!followed.isEmpty()) {
            const QHash<Core::StoryId, QStringList> topics = m_store->storyTopics(all);
            for (const Core::TopicInfo &topic : followed) {
                int count = 0;
                for (Core::StoryId story : all) {
                    if (topics.value(story).contains(topic.name, Qt::CaseInsensitive)) {
                        ++count;
                        counted.insert(story);
                    }
                }
                if (count > 0)
                    sources.append({ topic.name, true, count });
            }
        }
    }
    if (sources.isEmpty())
        return {};
    const auto line = [](const Source &source) {
        return source.topic ? tr("%n new stories on %1", nullptr, source.count).arg(source.name)
                            : tr("%n new stories in %1", nullptr, source.count).arg(source.name);
    };
    if (sources.size() == 1)
        return { line(sources.first()), QString() };
    QStringList lines;
    for (const Source &source : sources)
        lines << line(source).toHtmlEscaped();
    return { tr("%n new stories", nullptr, int(counted.size())), lines.join(QLatin1Char('\n')) };
}

} // namespace Ui
