#pragma once

// What the story list offers beyond moving through it: its context menu
// (open, copy the link, read, star, mark everything above or below read)
// and "next unread", which leaves the view for the next feed in the tree
// with unread stories once this one has none. Every write goes through
// ReadState, so marking above or below has the same undo as mark-all-read.

#include "storage/store.h"

#include <QObject>
#include <QPointer>

class QListView;
class QMenu;
class QPoint;

namespace Ui {

class ReadState;
class StoryListModel;
class StoryReader;
class SubscriptionPane;
class SubscriptionTreeModel;
struct MainActions;

class StoryListActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryListActions)

public:
    struct Parts {
        StoryListModel *stories = nullptr;
        QListView *list = nullptr;
        StoryReader *reader = nullptr;
        ReadState *readState = nullptr;
        SubscriptionPane *tree = nullptr;
        SubscriptionTreeModel *treeModel = nullptr;
        const MainActions *actions = nullptr;
    };
    // Every part must outlive this object. Connects the actions it serves
    // (next unread, copy link, mark above / below) and the list's menu.
    StoryListActions(const Parts &parts, QObject *parent);
    ~StoryListActions() override;

    // The context menu on show (for tests), null when none is.
    QMenu *menu() const;

    void copyLink();
    void markAboveRead();
    void markBelowRead();
    // The next unread story below the current one in this view; when there
    // is none, the next feed in the tree with unread stories (wrapping
    // round), opened at its first unread story. Returns whether it moved.
    bool nextUnread();
    // Selects the first unread story below `row` in this view (-1: from
    // the top), loading pages as needed. Returns whether it found one.
    bool selectUnreadAfter(int row);

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);

private:
    void contextMenu(const QPoint &pos);
    void markBeside(Core::Store::ListSide side);
    QModelIndex nextFeedWithUnread() const;

    Parts m_parts;
    QPointer<QMenu> m_menu;
};

} // namespace Ui
