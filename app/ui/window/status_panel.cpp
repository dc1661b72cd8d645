#include "window/status_panel.h"

#include "pipeline/pipeline.h"
#include "widgets/relative_time.h"
#include "widgets/themed_icon.h"
#include "window/dialogs.h"

#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QProgressBar>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QToolButton>

namespace Ui {

StatusPanel::StatusPanel(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_progressLabel = new QLabel(window);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_nextLabel = new QLabel(window);
    m_nextLabel->setObjectName(QStringLiteral("nextRefreshLabel"));
    m_nextLabel->hide();
    m_progressBar = new QProgressBar(window);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setMaximumWidth(140);
    m_progressBar->setMaximumHeight(12);
    m_progressBar->setTextVisible(false);
    m_progressBar->hide();
    m_failingButton = new QToolButton(window);
    m_failingButton->setObjectName(QStringLiteral("failingFeedsButton"));
    m_failingButton->setAutoRaise(true);
    m_failingButton->setIcon(themedIcon(QStringLiteral(":/icons/warning.svg")));
    m_failingButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_failingButton->hide();
    connect(m_failingButton, &QToolButton::clicked, this, &StatusPanel::failingClicked);
    m_undoButton = new QToolButton(window);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setText(tr("Undo"));
    m_undoButton->hide();
    connect(m_undoButton, &QToolButton::clicked, this, &StatusPanel::undoClicked);
    m_undoTimer = new QTimer(this);
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(15000);
    connect(m_undoTimer, &QTimer::timeout, m_undoButton, &QWidget::hide);
    QStatusBar *bar = window->statusBar();
    // Beside the message, never under it: a temporary message is drawn over
    // the status bar's normal widgets, so the button that undoes what the
    // message says sits with the permanent ones.
    m_readOnlyLabel = new QLabel(window);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnlyLabel->setWordWrap(false);
    m_readOnlyLabel->hide();
    bar->addPermanentWidget(m_readOnlyLabel);
    bar->addPermanentWidget(m_undoButton);
    bar->addPermanentWidget(m_failingButton);
    bar->addPermanentWidget(m_progressLabel);
    bar->addPermanentWidget(m_nextLabel);
    bar->addPermanentWidget(m_progressBar);
}

StatusPanel::~StatusPanel() = default;

void StatusPanel::showMessage(const QString &text, int timeoutMs)
{
    m_window->statusBar()->showMessage(text, timeoutMs);
}

void StatusPanel::showError(const Core::Error &error)
{
    showMessage(errorText(error), Linger::Error);
    if (error.code == Core::ErrorCode::DiskFull || error.code == Core::ErrorCode::ReadOnlyDatabase)
        showReadOnly(error);
}

void StatusPanel::showReadOnly(const Core::Error &why)
{
    m_readOnlyLabel->setText(why.code == Core::ErrorCode::DiskFull
            ? tr("Read-only: the disk is full, changes are not saved")
            : tr("Read-only: the profile cannot be written, changes are not saved"));
    m_readOnlyLabel->setToolTip(errorText(why));
    m_readOnlyLabel->show();
}

QString StatusPanel::readOnlyNotice() const
{
    return m_readOnlyLabel->isVisibleTo(m_window) ? m_readOnlyLabel->text() : QString();
}

QString StatusPanel::currentMessage() const
{
    return m_window->statusBar()->currentMessage();
}

void StatusPanel::showProgress(const Core::RefreshProgress &progress)
{
    QStringList parts;
    if (progress.feedsTotal > 0 && progress.feedsDone < progress.feedsTotal)
        parts << tr("Refreshing %1 of %2 feeds").arg(progress.feedsDone).arg(progress.feedsTotal);
    if (progress.pagesQueued > 0 && progress.pagesDone < progress.pagesQueued)
        parts << tr("Cleaning %1 of %2 stories").arg(progress.pagesDone).arg(progress.pagesQueued);
    m_progressLabel->setText(parts.join(QStringLiteral(" · ")));
    const int total = progress.feedsTotal + progress.pagesQueued;
    const int done = progress.feedsDone + progress.pagesDone;
    m_progressBar->setVisible(total > 0 && done < total);
    m_progressBar->setRange(0, qMax(1, total));
    m_progressBar->setValue(done);
}

void StatusPanel::showIdle()
{
    m_progressBar->hide();
    m_progressLabel->setText(tr("Updated %1").arg(shortTime(QTime::currentTime())));
}

void StatusPanel::showNextRefresh(const QDateTime &when, bool offline)
{
    if (offline)
        m_nextLabel->setText(tr("Offline: refreshing waits for the network"));
    else if (when.isValid())
        m_nextLabel->setText(tr("Next refresh at %1").arg(shortTime(when.toLocalTime().time())));
    else
        m_nextLabel->clear();
    m_nextLabel->setVisible(!m_nextLabel->text().isEmpty());
}

QString StatusPanel::nextRefreshText() const
{
    return m_nextLabel->text();
}

void StatusPanel::setFailingCount(int failing)
{
    m_failingButton->setVisible(failing > 0);
    m_failingButton->setText(failing == 1 ? tr("1 feed failing") : tr("%1 feeds failing").arg(failing));
}

void StatusPanel::showFailingMenu(const QList<Core::Subscription> &failing)
{
    QMenu menu(m_window);
    menu.setObjectName(QStringLiteral("failingFeedsMenu"));
    for (const Core::Subscription &sub : failing) {
        const QString title = sub.title.isEmpty() ? sub.url : sub.title;
        const QString when = sub.lastSuccess.isValid() ? longDateTime(sub.lastSuccess) : tr("never");
        QAction *action = menu.addAction(themedIcon(QStringLiteral(":/icons/warning.svg")),
            tr("%1 — %2 (last success: %3)").arg(title, errorText(sub.lastError), when));
        const Core::SubscriptionId id = sub.id;
        connect(action, &QAction::triggered, this, [this, id] { Q_EMIT failingFeedChosen(id); });
    }
    if (failing.isEmpty())
        menu.addAction(tr("Every feed is fine."))->setEnabled(false);
    menu.exec(m_failingButton->mapToGlobal(QPoint(0, 0)) - QPoint(0, menu.sizeHint().height()));
}

void StatusPanel::offerUndo()
{
    m_undoButton->show();
    m_undoTimer->start();
}

void StatusPanel::withdrawUndo()
{
    m_undoButton->hide();
}

} // namespace Ui
