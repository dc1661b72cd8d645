#pragma once

#include "storage/store.h"

#include <QWidget>

namespace Ui {

class FlowLayout;

// The topic chips under a headline: "Xi Jinping · 12". A click asks for every
// story on that topic.
class ChipBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChipBar)

public:
    explicit ChipBar(QWidget *parent = nullptr);
    ~ChipBar() override;

    void setTopics(const QList<Core::TopicCount> &topics);
    QStringList topics() const;

Q_SIGNALS:
    void topicClicked(const QString &topic);

private:
    FlowLayout *m_layout;
    QStringList m_topics;
};

} // namespace Ui
