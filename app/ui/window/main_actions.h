#pragma once

// Every command of the main window as a named QAction, made in one place
// together with the menu bar. The window connects them to what they do; tests
// and the shortcut list reach them by member, never by object name.

#include <QCoreApplication>
#include <QList>

class QAction;
class QMainWindow;

namespace Ui {

struct MainActions {
    Q_DECLARE_TR_FUNCTIONS(Ui::MainActions)

public:
    // Makes the actions, owned by `window` and added to it (so their
    // shortcuts work with the menu bar hidden), and fills its menu bar.
    explicit MainActions(QMainWindow *window);

    // Every action, in menu order.
    QList<QAction *> all() const;

    // File
    QAction *addSubscription = nullptr;
    QAction *newFolder = nullptr;
    QAction *suggestedFeeds = nullptr;
    QAction *addAccount = nullptr;
    QAction *accounts = nullptr;
    QAction *importOpml = nullptr;
    QAction *exportOpml = nullptr;
    QAction *preferences = nullptr;
    QAction *quit = nullptr;
    // Edit
    QAction *undoMarkRead = nullptr;
    QAction *search = nullptr;
    // View
    QAction *back = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomReset = nullptr;
    QAction *hiddenChips = nullptr;
    QAction *unreadOnly = nullptr; // checkable: only unread stories in every view
    QAction *oldestFirst = nullptr; // checkable: the list's order
    // Story
    QAction *nextStory = nullptr;
    QAction *previousStory = nullptr;
    QAction *nextUnread = nullptr; // in this view, then in the next feed with unread stories
    QAction *pageDown = nullptr;
    QAction *toggleRead = nullptr;
    QAction *toggleStar = nullptr;
    QAction *openOriginal = nullptr;
    QAction *copyLink = nullptr;
    QAction *markAboveRead = nullptr;
    QAction *markBelowRead = nullptr;
    // Subscriptions
    QAction *refreshAll = nullptr;
    QAction *refreshSelected = nullptr;
    QAction *syncAccounts = nullptr; // every feed-server account
    QAction *markSelectedRead = nullptr;
    QAction *markEverythingRead = nullptr;
    QAction *rename = nullptr;
    QAction *remove = nullptr;
    QAction *feedProperties = nullptr;
    // Help
    QAction *shortcuts = nullptr;
    QAction *about = nullptr;
};

} // namespace Ui
