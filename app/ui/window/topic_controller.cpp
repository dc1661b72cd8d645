#include "window/topic_controller.h"

#include "pipeline/storage_writer.h"
#include "widgets/themed_icon.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

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

void TopicController::unblock(const QString &topic)
{
    m_writer->write([topic](Core::Store &store) { return store.setTopicBlocked(topic, false); }, this,
        [this, topic](const Core::Status &status) {
            if (!status) {
                Q_EMIT failed(status.error());
                return;
            }
            Q_EMIT message(tr("The chip %1 is shown again.").arg(topic), 5000);
            Q_EMIT unblocked(topic);
        });
}

void TopicController::showHiddenChips()
{
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("hiddenChipsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Hidden Topic Chips"));
    auto *intro = new QLabel(tr("Chips you chose never to see. Their stories keep them: show one again and it "
                                "comes back on every story."),
        dialog);
    intro->setWordWrap(true);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("hiddenChips"));
    const QIcon icon = themedIcon(QStringLiteral(":/icons/topic.svg"));
    for (const Core::TopicInfo &topic : m_reader->blockedTopics())
        list->addItem(new QListWidgetItem(icon, topic.name));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *show = buttons->addButton(tr("Show Again"), QDialogButtonBox::ActionRole);
    show->setObjectName(QStringLiteral("showAgain"));
    show->setEnabled(false);
    auto *empty = new QLabel(tr("No hidden chips."), dialog);
    empty->setEnabled(false);
    empty->setVisible(list->count() == 0);
    connect(list, &QListWidget::currentRowChanged, show, [show](int row) { show->setEnabled(row >= 0); });
    connect(show, &QPushButton::clicked, this, [this, list, empty] {
        QListWidgetItem *item = list->currentItem();
        if (!item)
            return;
        unblock(item->text());
        delete item;
        empty->setVisible(list->count() == 0);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(empty);
    layout->addWidget(buttons);
    dialog->resize(380, 320);
    dialog->open();
}

} // namespace Ui
