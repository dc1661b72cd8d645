#pragma once

// Above a topic's story list: how many stories and feeds carry it, the
// topics most often on the same stories (as chips), and Follow / Unfollow.

#include "storage/store.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace Ui {

class ChipBar;

class TopicHeader final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicHeader)

public:
    explicit TopicHeader(QWidget *parent = nullptr);
    ~TopicHeader() override;

    void setSummary(const Core::TopicSummary &summary);
    QString topic() const { return m_topic; }
    QString countsText() const;
    ChipBar *related() const { return m_related; }
    QToolButton *followButton() const { return m_follow; }

Q_SIGNALS:
    void topicClicked(const QString &topic);
    void followRequested(const QString &topic, bool follow);

private:
    QString m_topic;
    bool m_followed = false;
    QLabel *m_counts;
    QLabel *m_relatedLabel;
    ChipBar *m_related;
    QToolButton *m_follow;
};

} // namespace Ui
