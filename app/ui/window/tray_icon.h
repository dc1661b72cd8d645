#pragma once

// The optional tray icon: the unread count in its tooltip (and on the icon),
// a menu with Show/Hide, Refresh All and Quit. Shown only when the setting
// asks for it and the desktop has a system tray.

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace Ui {

class TrayIcon final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    // `window` is shown and hidden; `refreshAll` and `quit` go in the menu.
    TrayIcon(QWidget *window, QAction *refreshAll, QAction *quit);
    ~TrayIcon() override;

    // Whether the desktop has a system tray (never on the offscreen platform).
    static bool isAvailable();

    // Shows or hides the icon (only where there is a tray).
    void setEnabled(bool on);
    bool isShown() const;
    void setUnread(int unread);
    int unread() const { return m_unread; }
    QString toolTip() const;
    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }

private:
    void toggleWindow();
    void updateMenu();

    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_showHide;
    QSystemTrayIcon *m_icon;
    int m_unread = -1;
};

} // namespace Ui
