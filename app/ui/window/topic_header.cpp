#include "window/topic_header.h"

#include "reading/chip_bar.h"
#include "widgets/themed_icon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

TopicHeader::TopicHeader(QWidget *parent)
    : QWidget(parent)
    , m_counts(new QLabel(this))
    , m_relatedLabel(new QLabel(tr("Related:"), this))
    , m_related(new ChipBar(this))
    , m_follow(new QToolButton(this))
{
    setObjectName(QStringLiteral("topicHeader"));
    setAccessibleName(tr("Topic"));
    m_counts->setObjectName(QStringLiteral("topicCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setForegroundRole(QPalette::PlaceholderText);
    m_follow->setObjectName(QStringLiteral("topicFollow"));
    m_follow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_follow->setIcon(themedIcon(QStringLiteral(":/icons/topic.svg")));
    m_follow->setCheckable(true);
    m_follow->setAutoRaise(true);
    m_relatedLabel->setForegroundRole(QPalette::PlaceholderText);
    m_relatedLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_related->setObjectName(QStringLiteral("relatedTopics"));
    m_related->setAccessibleName(tr("Related topics"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setSpacing(8);
    top->addWidget(m_counts, 1);
    top->addWidget(m_follow);
    auto *relatedRow = new QHBoxLayout;
    relatedRow->setContentsMargins(0, 0, 0, 0);
    relatedRow->setSpacing(8);
    relatedRow->addWidget(m_relatedLabel, 0, Qt::AlignTop);
    relatedRow->addWidget(m_related, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(relatedRow);

    connect(m_related, &ChipBar::topicClicked, this, &TopicHeader::topicClicked);
    connect(m_follow, &QToolButton::clicked, this, [this] { Q_EMIT followRequested(m_topic, !m_followed); });
}

TopicHeader::~TopicHeader() = default;

void TopicHeader::setSummary(const Core::TopicSummary &summary)
{
    m_topic = summary.topic.name;
    m_followed = summary.topic.followed;
    // "12 stories in 3 feeds": two plurals, each translated whole. The
    // singular has a source of its own, so English reads right without a
    // translation and other languages still get every plural form.
    const int stories = summary.topic.stories;
    const int feeds = summary.feeds;
    m_counts->setText(tr("%1 in %2", "12 stories in 3 feeds")
                          .arg(stories == 1 ? tr("%n story", nullptr, stories) : tr("%n stories", nullptr, stories),
                              feeds == 1 ? tr("%n feed", nullptr, feeds) : tr("%n feeds", nullptr, feeds)));
    m_follow->setChecked(m_followed);
    m_follow->setText(m_followed ? tr("Following") : tr("Follow"));
    m_follow->setToolTip(m_followed ? tr("Stop following %1").arg(m_topic)
                                    : tr("Follow %1: its stories from every feed, under Topics").arg(m_topic));
    m_related->setTopics(summary.related, ChipBar::Counts::Shared);
    m_relatedLabel->setVisible(!summary.related.isEmpty());
}

QString TopicHeader::countsText() const
{
    return m_counts->text();
}

} // namespace Ui
