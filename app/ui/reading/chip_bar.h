#pragma once

#include "storage/store.h"

#include <QWidget>

#include <functional>

class QMenu;

namespace Ui {

class FlowLayout;

// The topic chips under a headline: "Xi Jinping · 12". A click asks for every
// story on that topic; the context menu follows, renames or blocks it.
class ChipBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChipBar)

public:
    // What a chip's number counts: the topic's stories, or the stories it
    // shares with another topic (a topic header's related topics).
    enum class Counts { Stories, Shared };

    explicit ChipBar(QWidget *parent = nullptr);
    ~ChipBar() override;

    void setTopics(const QList<Core::TopicCount> &topics, Counts counts = Counts::Stories);
    QStringList topics() const;
    // Whether a topic is followed, asked when its menu opens (none: never).
    void setFollowedQuery(std::function<bool(const QString &)> query) { m_isFollowed = std::move(query); }
    // The context menu of one chip (for the chip's right click, and tests).
    QMenu *menuFor(const QString &topic);

Q_SIGNALS:
    void topicClicked(const QString &topic);
    void followRequested(const QString &topic, bool follow);
    void renameRequested(const QString &topic);
    // The chip is already gone from this bar when this is emitted.
    void blockRequested(const QString &topic);

private:
    void removeTopic(const QString &topic);

    FlowLayout *m_layout;
    QStringList m_topics;
    std::function<bool(const QString &)> m_isFollowed;
};

} // namespace Ui
