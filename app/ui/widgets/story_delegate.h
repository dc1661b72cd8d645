#pragma once

#include <QIcon>
#include <QStyledItemDelegate>

#include <functional>

namespace Ui {

// Paints one story row: unread dot, title (bold while unread), star, the
// feed and a relative time, and a one-line excerpt. No per-row widgets, one
// fixed height, so 100,000 rows scroll like 100.
class StoryDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryDelegate)

public:
    explicit StoryDelegate(QObject *parent = nullptr);
    ~StoryDelegate() override;

    // The feed's icon for a row, shown before the feed's name (none: no icon).
    using IconLookup = std::function<QIcon(const QModelIndex &)>;
    void setIconLookup(const IconLookup &lookup) { m_iconLookup = lookup; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    IconLookup m_iconLookup;
};

} // namespace Ui
