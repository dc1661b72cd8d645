#include "reading/chip_bar.h"

#include "widgets/flow_layout.h"

#include <QToolButton>

namespace Ui {

ChipBar::ChipBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new FlowLayout(this, 6, 6))
{
    setObjectName(QStringLiteral("chipBar"));
    setAccessibleName(tr("Topics"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    // Pills in the palette's quiet colours, so light and dark themes both work.
    setStyleSheet(QStringLiteral("QToolButton#chip { border: 1px solid palette(mid); border-radius: 11px;"
                                 " padding: 2px 10px; background: palette(alternate-base); color: palette(text); }"
                                 "QToolButton#chip:hover { border-color: palette(highlight); }"
                                 "QToolButton#chip:pressed { background: palette(midlight); }"
                                 "QToolButton#chip:focus { border: 1px solid palette(highlight); }"));
}

ChipBar::~ChipBar() = default;

void ChipBar::setTopics(const QList<Core::TopicCount> &topics)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_topics.clear();
    for (const Core::TopicCount &topic : topics) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("chip"));
        chip->setProperty("topic", topic.name);
        chip->setCursor(Qt::PointingHandCursor);
        chip->setAutoRaise(false);
        chip->setFocusPolicy(Qt::TabFocus);
        chip->setText(topic.stories > 1 ? tr("%1 · %2").arg(topic.name).arg(topic.stories) : topic.name);
        chip->setToolTip(tr("Show all %n stories about %1", nullptr, topic.stories).arg(topic.name));
        chip->setAccessibleName(tr("Topic %1").arg(topic.name));
        const QString name = topic.name;
        connect(chip, &QToolButton::clicked, this, [this, name] { Q_EMIT topicClicked(name); });
        m_layout->addWidget(chip);
        m_topics.append(topic.name);
    }
    setVisible(!topics.isEmpty());
    updateGeometry();
}

QStringList ChipBar::topics() const
{
    return m_topics;
}

} // namespace Ui
