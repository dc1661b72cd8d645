#include "window/tray_icon.h"

#include <QAction>
#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Ui {

namespace {

// The app's icon with the count in a small round badge at its corner.
QIcon badgedIcon(int unread)
{
    const QIcon base(QStringLiteral(":/icons/tidings.svg"));
    if (unread <= 0)
        return base;
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48, 64 }) {
        QPixmap pixmap = base.pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QString text = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(qMax(6, size * 2 / 5));
        painter.setFont(font);
        const int height = font.pixelSize() + 2;
        const int width = qMax(height, painter.fontMetrics().horizontalAdvance(text) + 4);
        const QRectF badge(size - width, size - height, width, height);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc0, 0x1c, 0x28));
        painter.drawRoundedRect(badge, height / 2.0, height / 2.0);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter, text);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

TrayIcon::TrayIcon(QWidget *window, QAction *refreshAll, QAction *quit)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_showHide(new QAction(this))
    , m_icon(new QSystemTrayIcon(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_showHide->setObjectName(QStringLiteral("trayShowHide"));
    m_menu->addAction(m_showHide);
    m_menu->addAction(refreshAll);
    m_menu->addSeparator();
    m_menu->addAction(quit);
    connect(m_showHide, &QAction::triggered, this, &TrayIcon::toggleWindow);
    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::updateMenu);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            toggleWindow();
    });
    setUnread(0);
    updateMenu();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setEnabled(bool on)
{
    m_icon->setVisible(on && isAvailable());
}

bool TrayIcon::isShown() const
{
    return m_icon->isVisible();
}

void TrayIcon::setUnread(int unread)
{
    if (unread == m_unread)
        return;
    m_unread = unread;
    m_icon->setToolTip(toolTip());
    m_icon->setIcon(badgedIcon(unread));
}

QString TrayIcon::toolTip() const
{
    if (m_unread <= 0)
        return tr("Tidings: nothing unread");
    return tr("Tidings: %n unread stories", nullptr, m_unread);
}

void TrayIcon::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
    } else {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
    updateMenu();
}

void TrayIcon::updateMenu()
{
    m_showHide->setText(m_window->isVisible() && !m_window->isMinimized() ? tr("&Hide Tidings") : tr("&Show Tidings"));
}

} // namespace Ui
