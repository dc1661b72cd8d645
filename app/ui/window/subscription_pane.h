#pragma once

// The subscription tree on the left: the view over SubscriptionTreeModel,
// following the list on show, turning a click into a list view, and its
// context menu. Edits go to the SubscriptionController and ReadState.

#include "storage/store.h"
#include "window/navigation_history.h"

#include <QObject>
#include <QPointer>

class QTreeView;
class QWidget;

namespace Ui {

class PipelineLink;
class ReadState;
class SubscriptionController;
class SubscriptionTreeModel;
class TopicController;
struct MainActions;

class SubscriptionPane final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionPane)

public:
    struct Parts {
        Core::Store *store = nullptr; // the GUI's, read-only
        SubscriptionTreeModel *model = nullptr;
        SubscriptionController *subscriptions = nullptr;
        ReadState *readState = nullptr;
        PipelineLink *pipeline = nullptr; // may be null
        TopicController *topics = nullptr; // may be null: no topic menu
    };
    // Every part must outlive this object; the view is made as a child of `window`.
    SubscriptionPane(const Parts &parts, QWidget *window);
    ~SubscriptionPane() override;

    // The context menu offers these on empty space.
    void setActions(const MainActions *actions) { m_actions = actions; }

    QTreeView *view() const { return m_view; }
    // The node under the cursor, and the same only if it is selected too.
    QModelIndex currentNode() const;
    QModelIndex selectedNode() const;
    // The folder the cursor is on, or 0.
    Core::FolderId currentFolder() const;

    // Puts the cursor on the node of a list view (a followed topic's; none
    // for another topic or a search),
    // without emitting viewChosen.
    void follow(const Core::StoryFilter &filter);
    // Builds the tree again and follows `filter`.
    void rebuild(const Core::StoryFilter &filter);
    // The name the tree gives the node of `filter` when the cursor is on it
    // (a feed or folder renamed since the view opened); empty otherwise.
    QString currentTitle(const Core::StoryFilter &filter) const;
    void selectSubscription(Core::SubscriptionId id);
    void refreshSelected();

Q_SIGNALS:
    // The reader chose a node: the list is to show it.
    void viewChosen(const Ui::ListView &view);
    // A feed's images were switched on or off: the story on show is to be shown again.
    void imagesSwitched();

private:
    void currentChanged();
    void contextMenu(const QPoint &pos);

    Parts m_parts;
    QPointer<PipelineLink> m_pipeline;
    const MainActions *m_actions = nullptr;
    QTreeView *m_view;
    bool m_following = false;
};

} // namespace Ui
