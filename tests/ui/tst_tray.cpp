// The tray icon's logic on the offscreen platform, which has no system tray:
// the tooltip follows the unread count, and without a tray its options are
// disabled and closing the window closes it as usual, close-to-tray or not.

#include "models/subscription_tree_model.h"
#include "ui_fixture.h"
#include "window/dialogs.h"
#include "window/main_actions.h"
#include "window/main_window.h"
#include "window/read_state.h"
#include "window/tray_icon.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace UiTest;

class TestTray final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tooltipFollowsTheUnreadCount();
    void withoutATrayTheOptionsAreDisabledAndCloseQuits();
};

void TestTray::tooltipFollowsTheUnreadCount()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::unique_ptr<Core::Store> store = openStore(dir);
    QVERIFY(store);
    const Core::SubscriptionId feed
        = store->addSubscription(QStringLiteral("https://harbour.example/rss"), QStringLiteral("Harbour")).value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store->upsertStories(feed,
        { item(QStringLiteral("a"), QStringLiteral("One"), now, QStringLiteral("<p>1</p>")),
            item(QStringLiteral("b"), QStringLiteral("Two"), now.addSecs(-60), QStringLiteral("<p>2</p>")),
            item(QStringLiteral("c"), QStringLiteral("Three"), now.addSecs(-120), QStringLiteral("<p>3</p>")) }));
    const std::unique_ptr<Core::Store> reader = openReader(dir);
    QVERIFY(reader);
    Ui::MainWindow window(reader.get());
    Ui::TrayIcon *tray = window.tray();
    QVERIFY(tray);
    QCOMPARE(tray->unread(), 3);
    QCOMPARE(tray->icon()->toolTip(), QStringLiteral("Tidings: 3 unread stories"));

    // Marking everything read: the tooltip says so.
    window.actions().markEverythingRead->trigger();
    QTRY_COMPARE(tray->unread(), 0);
    QCOMPARE(tray->icon()->toolTip(), QStringLiteral("Tidings: nothing unread"));
    // Undone: the count comes back.
    window.readState()->undo();
    QTRY_COMPARE(tray->unread(), 3);
    QCOMPARE(tray->icon()->toolTip(), QStringLiteral("Tidings: 3 unread stories"));

    // Its menu: show or hide the window, Refresh All, Quit.
    QMenu *menu = tray->menu();
    QVERIFY(menu->actions().contains(window.actions().refreshAll));
    QVERIFY(menu->actions().contains(window.actions().quit));
    QAction *showHide = nullptr;
    for (QAction *action : menu->actions())
        if (action->objectName() == QLatin1String("trayShowHide"))
            showHide = action;
    QVERIFY(showHide);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Q_EMIT menu->aboutToShow();
    QCOMPARE(showHide->text(), QStringLiteral("&Hide Tidings"));
    showHide->trigger();
    QVERIFY(!window.isVisible());
    QCOMPARE(showHide->text(), QStringLiteral("&Show Tidings"));
    showHide->trigger();
    QVERIFY(window.isVisible());
}

void TestTray::withoutATrayTheOptionsAreDisabledAndCloseQuits()
{
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable()); // the offscreen platform has none
    QVERIFY(!Ui::TrayIcon::isAvailable());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        const std::unique_ptr<Core::Store> store = openStore(dir);
        QVERIFY(store);
    }
    {
        // Asked for, but there is no tray to go to.
        Ui::Settings settings(dir.path());
        QVERIFY(!settings.trayIcon());
        QVERIFY(!settings.closeToTray());
        settings.setTrayIcon(true);
        settings.setCloseToTray(true);
        settings.sync();
    }
    const std::unique_ptr<Core::Store> reader = openReader(dir);
    QVERIFY(reader);
    Ui::MainWindow window(reader.get());
    QVERIFY(!window.tray()->isShown());

    Ui::PreferencesDialog preferences(&window.settings(), &window);
    auto *trayIcon = child<QCheckBox>(&preferences, "trayIcon");
    auto *closeToTray = child<QCheckBox>(&preferences, "closeToTray");
    QVERIFY(trayIcon && closeToTray);
    QVERIFY(!trayIcon->isEnabled());
    QVERIFY(!closeToTray->isEnabled());
    QVERIFY(child<QLabel>(&preferences, "noTrayNote"));
    // The notification options do not depend on a tray.
    auto *notify = child<QCheckBox>(&preferences, "notifyNewStories");
    QVERIFY(notify && notify->isEnabled());
    QVERIFY(!notify->isChecked()); // off by default

    // Closing closes (the close event is accepted, not turned into hiding):
    // the last window gone, the application quits as usual.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestTray)
#include "tst_tray.moc"
