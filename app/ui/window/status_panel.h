#pragma once

// The main window's status bar: passing messages and errors, the refresh
// progress, the failing-feeds button and the undo button of mark-all-read.

#include "storage/store.h"

#include <QObject>

class QLabel;
class QMainWindow;
class QProgressBar;
class QTimer;
class QToolButton;

namespace Core {
struct RefreshProgress;
}

namespace Ui {

class StatusPanel final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusPanel)

public:
    // How long a passing message stays.
    enum class Linger { Short = 4000, Error = 8000, Long = 15000 };

    // Fills the window's status bar.
    explicit StatusPanel(QMainWindow *window);
    ~StatusPanel() override;

    void showMessage(const QString &text, int timeoutMs = 0);
    void showMessage(const QString &text, Linger linger) { showMessage(text, int(linger)); }
    // An error in the user's language, for Linger::Error.
    // (a full disk or a read-only database also shows the read-only notice).
    void showError(const Core::Error &error);
    // A lasting notice that changes are not being saved, and why (its tooltip).
    void showReadOnly(const Core::Error &why);
    QString readOnlyNotice() const; // empty while hidden
    QString currentMessage() const;

    // Refresh progress: "Refreshing 3 of 9 feeds · Cleaning 2 of 5 stories".
    void showProgress(const Core::RefreshProgress &progress);
    // Nothing left to do: says when that was.
    void showIdle();
    // "Next refresh at 14:35", or that refreshing waits for the network;
    // nothing when no feed will fall due.
    void showNextRefresh(const QDateTime &when, bool offline);
    QString nextRefreshText() const;

    void setFailingCount(int failing);
    // The failing feeds as a menu over the button; choosing one emits failingFeedChosen.
    void showFailingMenu(const QList<Core::Subscription> &failing);

    // The undo button of mark-all-read, shown for a while.
    void offerUndo();
    void withdrawUndo();

Q_SIGNALS:
    void failingClicked();
    void failingFeedChosen(Core::SubscriptionId id);
    void undoClicked();

private:
    QMainWindow *m_window;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_nextLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_failingButton = nullptr;
    QToolButton *m_undoButton = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QTimer *m_undoTimer = nullptr;
};

} // namespace Ui
