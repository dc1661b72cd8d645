#include "window/topic_controller.h"

#include "pipeline/storage_writer.h"

#include <QInputDialog>
#include <QLineEdit>

namespace Ui {

TopicController::TopicController(Core::Store *reader, Core::StorageWriter *writer, QWidget *window)
    : QObject(window)
    , m_reader(reader)
    , m_writer(writer)
    , m_window(window)
{
}

TopicController::~TopicController() = default;

bool TopicController::isFollowed(const QString &topic) const
{
    const std::optional<Core::TopicInfo> info = m_reader->topic(topic);
    return info && info->followed;
}

void TopicController::setFollowed(const QString &topic, bool followed)
{
    m_writer->write([topic, followed](Core::Store &store) { return store.setTopicFollowed(topic, followed); }, this,
        [this, topic, followed](const Core::Status &status) {
            if (!status) {
                Q_EMIT failed(status.error());
                return;
            }
            Q_EMIT message(followed ? tr("Following %1: its stories from every feed are under Topics.").arg(topic)
                                    : tr("No longer following %1.").arg(topic),
                5000);
            Q_EMIT followedChanged(topic, followed);
        });
}

void TopicController::rename(const QString &topic)
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_window, tr("Rename Topic"), tr("Show the topic “%1” as:").arg(topic), QLineEdit::Normal, topic, &ok)
                             .simplified();
    if (ok && !name.isEmpty() && name != topic)
        renameTo(topic, name);
}

void TopicController::renameTo(const QString &topic, const QString &name)
{
    m_writer->write([topic, name](Core::Store &store) { return store.renameTopic(topic, name); }, this,
        [this, topic, name](const Core::Status &status) {
            if (!status) {
                Q_EMIT failed(status.error());
                return;
            }
            Q_EMIT renamed(topic, name);
        });
}

void TopicController::block(const QString &topic)
{
    m_writer->write([topic](Core::Store &store) { return store.setTopicBlocked(topic, true); }, this,
        [this, topic](const Core::Status &status) {
            if (!status) {
                Q_EMIT failed(status.error());
                return;
            }
            Q_EMIT message(tr("The chip %1 will not be shown again.").arg(topic), 5000);
            Q_EMIT blocked(topic);
        });
}

} // namespace Ui
