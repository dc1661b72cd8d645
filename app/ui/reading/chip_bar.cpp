#include "reading/chip_bar.h"

#include "widgets/flow_layout.h"
#include "widgets/themed_icon.h"

#include <QMenu>
#include <QTextDocument>
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

void ChipBar::setTopics(const QList<Core::TopicCount> &topics, Counts counts)
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
        chip->setContextMenuPolicy(Qt::CustomContextMenu);
        // A button reads "&" as a mnemonic: "Software & Entwicklung" would show an
        // underlined gap and take Alt+Space. Doubled, it shows as itself.
        QString shown = topic.name;
        shown.replace(QLatin1Char('&'), QLatin1String("&&"));
        chip->setText(topic.stories > 1 ? tr("%1 · %2").arg(shown).arg(topic.stories) : shown);
        // A tooltip that looks like markup is shown as rich text, and a topic's
        // name comes from pages: always plain text, so "<img src=…>" is shown, not loaded.
        chip->setToolTip(Qt::convertFromPlainText(counts == Counts::Stories
                ? tr("Show all %n stories about %1", nullptr, topic.stories).arg(topic.name)
                : tr("%1: on %n of these stories", nullptr, topic.stories).arg(topic.name)));
        chip->setAccessibleName(tr("Topic %1").arg(topic.name));
        const QString name = topic.name;
        connect(chip, &QToolButton::clicked, this, [this, name] { Q_EMIT topicClicked(name); });
        connect(chip, &QWidget::customContextMenuRequested, this, [this, chip, name](const QPoint &pos) {
            QMenu *menu = menuFor(name);
            menu->exec(chip->mapToGlobal(pos));
            menu->deleteLater();
        });
        m_layout->addWidget(chip);
        m_topics.append(topic.name);
    }
    setVisible(!topics.isEmpty());
    updateGeometry();
}

QMenu *ChipBar::menuFor(const QString &topic)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("chipMenu"));
    const bool followed = m_isFollowed && m_isFollowed(topic);
    QAction *follow = menu->addAction(themedIcon(QStringLiteral(":/icons/topic.svg")),
        followed ? tr("Unfollow topic") : tr("Follow topic"), this,
        [this, topic, followed] { Q_EMIT followRequested(topic, !followed); });
    follow->setObjectName(QStringLiteral("followTopic"));
    QAction *rename = menu->addAction(tr("Rename topic…"), this, [this, topic] { Q_EMIT renameRequested(topic); });
    rename->setObjectName(QStringLiteral("renameTopic"));
    menu->addSeparator();
    QAction *block = menu->addAction(tr("Never show this chip"), this, [this, topic] {
        removeTopic(topic);
        Q_EMIT blockRequested(topic);
    });
    block->setObjectName(QStringLiteral("blockTopic"));
    return menu;
}

void ChipBar::removeTopic(const QString &topic)
{
    for (int i = 0; i < m_layout->count(); ++i) {
        QWidget *chip = m_layout->itemAt(i)->widget();
        if (chip && chip->property("topic").toString() == topic) {
            delete m_layout->takeAt(i);
            chip->deleteLater();
            chip->hide();
            break;
        }
    }
    m_topics.removeAll(topic);
    setVisible(!m_topics.isEmpty());
    updateGeometry();
}

QStringList ChipBar::topics() const
{
    return m_topics;
}

} // namespace Ui
