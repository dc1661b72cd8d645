#include "window/main_actions.h"

#include "widgets/themed_icon.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace Ui {

namespace {

QAction *make(QMainWindow *window, QMenu *menu, const char *name, const QString &text, QList<QKeySequence> keys = {})
{
    auto *action = new QAction(text, window);
    action->setObjectName(QLatin1String(name));
    keys.removeAll(QKeySequence()); // a standard key this platform has no binding for
    if (!keys.isEmpty())
        action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action); // shortcuts work with the menu bar hidden too
    menu->addAction(action);
    return action;
}

} // namespace

MainActions::MainActions(QMainWindow *window)
{
    QMenuBar *bar = window->menuBar();

    QMenu *file = bar->addMenu(tr("&File"));
    addSubscription
        = make(window, file, "actionAddSubscription", tr("&Add Subscription…"), { QKeySequence(Qt::CTRL | Qt::Key_N) });
    newFolder
        = make(window, file, "actionNewFolder", tr("New &Folder…"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N) });
    suggestedFeeds = make(window, file, "actionSuggestedFeeds", tr("S&uggested Feeds…"));
    file->addSeparator();
    addAccount = make(window, file, "actionAddAccount", tr("Add Accou&nt…"));
    accounts = make(window, file, "actionAccounts", tr("Accoun&ts…"));
    file->addSeparator();
    importOpml = make(window, file, "actionImportOpml", tr("&Import OPML…"));
    exportOpml = make(window, file, "actionExportOpml", tr("&Export OPML…"));
    file->addSeparator();
    preferences = make(window, file, "actionPreferences", tr("&Preferences…"), { QKeySequence::Preferences });
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    quit = make(window, file, "actionQuit", tr("&Quit"), { QKeySequence(Qt::CTRL | Qt::Key_Q) });
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    undoMarkRead = make(window, edit, "actionUndo", tr("&Undo Mark as Read"), { QKeySequence::Undo });
    undoMarkRead->setEnabled(false);
    edit->addSeparator();
    search = make(window, edit, "actionSearch", tr("&Search"), { QKeySequence::Find, QKeySequence(Qt::Key_Slash) });

    QMenu *view = bar->addMenu(tr("&View"));
    back = make(window, view, "actionBack", tr("&Back"), { QKeySequence(Qt::ALT | Qt::Key_Left) });
    back->setIcon(themedIcon(QStringLiteral(":/icons/back.svg")));
    back->setEnabled(false);
    view->addSeparator();
    zoomIn = make(window, view, "actionZoomIn", tr("&Larger Text"),
        { QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus) });
    zoomOut = make(window, view, "actionZoomOut", tr("&Smaller Text"), { QKeySequence(Qt::CTRL | Qt::Key_Minus) });
    zoomReset = make(window, view, "actionZoomReset", tr("&Normal Text Size"), { QKeySequence(Qt::CTRL | Qt::Key_0) });
    view->addSeparator();
    hiddenChips = make(window, view, "actionHiddenChips", tr("&Hidden Topic Chips…"));
    view->addSeparator();
    unreadOnly = make(window, view, "actionUnreadOnly", tr("&Unread Stories Only"));
    unreadOnly->setCheckable(true);
    oldestFirst = make(window, view, "actionOldestFirst", tr("&Oldest First"));
    oldestFirst->setCheckable(true);

    QMenu *story = bar->addMenu(tr("&Story"));
    nextStory = make(window, story, "actionNext", tr("&Next Story"), { QKeySequence(Qt::Key_J) });
    previousStory = make(
        window, story, "actionPrevious", tr("&Previous Story"), { QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_P) });
    nextUnread = make(window, story, "actionNextUnread", tr("Next &Unread Story"), { QKeySequence(Qt::Key_N) });
    pageDown = make(window, story, "actionPageDown", tr("Page Down or Next Story"), { QKeySequence(Qt::Key_Space) });
    story->addSeparator();
    toggleRead = make(window, story, "actionToggleRead", tr("Mark as &Read / Unread"), { QKeySequence(Qt::Key_M) });
    toggleStar = make(window, story, "actionToggleStar", tr("&Star / Unstar"), { QKeySequence(Qt::Key_S) });
    openOriginal = make(window, story, "actionOpenOriginal", tr("&Open Original"), { QKeySequence(Qt::Key_O) });
    copyLink = make(window, story, "actionCopyLink", tr("&Copy Link"));
    story->addSeparator();
    markAboveRead = make(window, story, "actionMarkAboveRead", tr("Mark &Above as Read"));
    markBelowRead = make(window, story, "actionMarkBelowRead", tr("Mark &Below as Read"));

    QMenu *subs = bar->addMenu(tr("S&ubscriptions"));
    refreshAll = make(window, subs, "actionRefresh", tr("&Refresh All"), { QKeySequence(Qt::Key_R) });
    refreshAll->setIcon(themedIcon(QStringLiteral(":/icons/refresh.svg")));
    refreshSelected
        = make(window, subs, "actionRefreshSelected", tr("Refresh &Selected"), { QKeySequence(Qt::SHIFT | Qt::Key_R) });
    syncAccounts = make(
        window, subs, "actionSyncAccounts", tr("S&ync Accounts"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S) });
    subs->addSeparator();
    markSelectedRead = make(
        window, subs, "actionMarkSelectedRead", tr("&Mark Selected as Read"), { QKeySequence(Qt::SHIFT | Qt::Key_M) });
    markEverythingRead = make(window, subs, "actionMarkAllRead", tr("Mark &Everything as Read"),
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M) });
    subs->addSeparator();
    rename = make(window, subs, "actionRename", tr("Re&name…"), { QKeySequence(Qt::Key_F2) });
    remove = make(window, subs, "actionDelete", tr("&Delete…"));
    feedProperties = make(window, subs, "actionFeedProperties", tr("Feed &Properties…"),
        { QKeySequence(Qt::ALT | Qt::Key_Return), QKeySequence(Qt::ALT | Qt::Key_Enter) });

    QMenu *help = bar->addMenu(tr("&Help"));
    shortcuts = make(window, help, "actionShortcuts", tr("&Keyboard Shortcuts"), { QKeySequence(Qt::Key_F1) });
    about = make(window, help, "actionAbout", tr("&About Tidings"));
    about->setMenuRole(QAction::AboutRole);
}

QList<QAction *> MainActions::all() const
{
    return { addSubscription, newFolder, suggestedFeeds, addAccount, accounts, importOpml, exportOpml, preferences,
        quit, undoMarkRead, search, back, zoomIn, zoomOut, zoomReset, hiddenChips, unreadOnly, oldestFirst, nextStory,
        previousStory, nextUnread, pageDown, toggleRead, toggleStar, openOriginal, copyLink, markAboveRead,
        markBelowRead, refreshAll, refreshSelected, syncAccounts, markSelectedRead, markEverythingRead, rename, remove,
        feedProperties, shortcuts, about };
}

} // namespace Ui
