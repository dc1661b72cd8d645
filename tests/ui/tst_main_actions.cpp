// MainActions on a bare window: every action is there with its text (through
// tr()), its shortcuts and its menu; no two actions share a key.

#include "window/main_actions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

using Ui::MainActions;

namespace {

// Marks every text it is asked for, so a text that did not go through tr() shows.
class MarkingTranslator final : public QTranslator {
public:
    QString translate(const char *context, const char *sourceText, const char *, int) const override
    {
        if (QLatin1String(context) != QLatin1String("Ui::MainActions"))
            return {};
        return QStringLiteral("[") + QString::fromUtf8(sourceText) + QStringLiteral("]");
    }
    bool isEmpty() const override { return false; }
};

struct Expected {
    QAction *MainActions::*action;
    const char *menu;
    const char *text;
    QList<QKeySequence> keys;
};

QList<Expected> expectedActions()
{
    using K = QKeySequence;
    return {
        { &MainActions::addSubscription, "&File", "&Add Subscription…", { K(Qt::CTRL | Qt::Key_N) } },
        { &MainActions::newFolder, "&File", "New &Folder…", { K(Qt::CTRL | Qt::SHIFT | Qt::Key_N) } },
        { &MainActions::suggestedFeeds, "&File", "S&uggested Feeds…", {} },
        { &MainActions::addAccount, "&File", "Add Accou&nt…", {} },
        { &MainActions::accounts, "&File", "Accoun&ts…", {} },
        { &MainActions::importOpml, "&File", "&Import OPML…", {} },
        { &MainActions::exportOpml, "&File", "&Export OPML…", {} },
        { &MainActions::preferences, "&File", "&Preferences…", { K(K::Preferences) } },
        { &MainActions::quit, "&File", "&Quit", { K(Qt::CTRL | Qt::Key_Q) } },
        { &MainActions::undoMarkRead, "&Edit", "&Undo Mark as Read", { K(K::Undo) } },
        { &MainActions::search, "&Edit", "&Search", { K(K::Find), K(Qt::Key_Slash) } },
        { &MainActions::back, "&View", "&Back", { K(Qt::ALT | Qt::Key_Left) } },
        { &MainActions::zoomIn, "&View", "&Larger Text", { K(Qt::CTRL | Qt::Key_Equal), K(Qt::CTRL | Qt::Key_Plus) } },
        { &MainActions::zoomOut, "&View", "&Smaller Text", { K(Qt::CTRL | Qt::Key_Minus) } },
        { &MainActions::zoomReset, "&View", "&Normal Text Size", { K(Qt::CTRL | Qt::Key_0) } },
        { &MainActions::hiddenChips, "&View", "&Hidden Topic Chips…", {} },
        { &MainActions::unreadOnly, "&View", "&Unread Stories Only", {} },
        { &MainActions::oldestFirst, "&View", "&Oldest First", {} },
        { &MainActions::nextStory, "&Story", "&Next Story", { K(Qt::Key_J) } },
        { &MainActions::previousStory, "&Story", "&Previous Story", { K(Qt::Key_K), K(Qt::Key_P) } },
        { &MainActions::nextUnread, "&Story", "Next &Unread Story", { K(Qt::Key_N) } },
        { &MainActions::pageDown, "&Story", "Page Down or Next Story", { K(Qt::Key_Space) } },
        { &MainActions::toggleRead, "&Story", "Mark as &Read / Unread", { K(Qt::Key_M) } },
        { &MainActions::toggleStar, "&Story", "&Star / Unstar", { K(Qt::Key_S) } },
        { &MainActions::openOriginal, "&Story", "&Open Original", { K(Qt::Key_O) } },
        { &MainActions::copyLink, "&Story", "&Copy Link", {} },
        { &MainActions::markAboveRead, "&Story", "Mark &Above as Read", {} },
        { &MainActions::markBelowRead, "&Story", "Mark &Below as Read", {} },
        { &MainActions::refreshAll, "S&ubscriptions", "&Refresh All", { K(Qt::Key_R) } },
        { &MainActions::refreshSelected, "S&ubscriptions", "Refresh &Selected", { K(Qt::SHIFT | Qt::Key_R) } },
        { &MainActions::syncAccounts, "S&ubscriptions", "S&ync Accounts", { K(Qt::CTRL | Qt::SHIFT | Qt::Key_S) } },
        { &MainActions::markSelectedRead, "S&ubscriptions", "&Mark Selected as Read", { K(Qt::SHIFT | Qt::Key_M) } },
        { &MainActions::markEverythingRead, "S&ubscriptions", "Mark &Everything as Read",
            { K(Qt::CTRL | Qt::SHIFT | Qt::Key_M) } },
        { &MainActions::rename, "S&ubscriptions", "Re&name…", { K(Qt::Key_F2) } },
        { &MainActions::remove, "S&ubscriptions", "&Delete…", {} },
        { &MainActions::feedProperties, "S&ubscriptions", "Feed &Properties…",
            { K(Qt::ALT | Qt::Key_Return), K(Qt::ALT | Qt::Key_Enter) } },
        { &MainActions::shortcuts, "&Help", "&Keyboard Shortcuts", { K(Qt::Key_F1) } },
        { &MainActions::about, "&Help", "&About Tidings", {} },
    };
}

QString marked(const char *text)
{
    return QStringLiteral("[") + QString::fromUtf8(text) + QStringLiteral("]");
}

// The menu of the menu bar that holds `action`, or null.
QMenu *menuHolding(QMainWindow &window, QAction *action)
{
    for (QAction *top : window.menuBar()->actions())
        if (top->menu() && top->menu()->actions().contains(action))
            return top->menu();
    return nullptr;
}

} // namespace

class TestMainActions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void eachAction_data();
    void eachAction();
    void allListsEveryActionInMenuOrder();
    void shortcutsAreUnique();
    void menuBarIsAsBefore();
    void startStates();

private:
    MarkingTranslator m_translator;
    std::unique_ptr<QMainWindow> m_window;
    std::unique_ptr<MainActions> m_actions;
};

void TestMainActions::initTestCase()
{
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    m_window = std::make_unique<QMainWindow>();
    m_actions = std::make_unique<MainActions>(m_window.get());
}

void TestMainActions::cleanupTestCase()
{
    m_actions.reset();
    m_window.reset();
    QCoreApplication::removeTranslator(&m_translator);
}

void TestMainActions::eachAction_data()
{
    QTest::addColumn<int>("row");
    const QList<Expected> expected = expectedActions();
    for (int row = 0; row < expected.size(); ++row)
        QTest::newRow(expected.at(row).text) << row;
}

void TestMainActions::eachAction()
{
    QFETCH(int, row);
    Expected expected = expectedActions().at(row);
    expected.keys.removeAll(QKeySequence()); // a standard key this platform has no binding for
    QAction *action = (*m_actions).*(expected.action);
    QVERIFY(action);
    QCOMPARE(action->text(), marked(expected.text)); // went through tr()
    QCOMPARE(action->shortcuts(), expected.keys);
    QCOMPARE(action->shortcutContext(), Qt::WindowShortcut);
    // On the window, so its keys work with the menu bar hidden.
    QVERIFY(m_window->actions().contains(action));
    QMenu *menu = menuHolding(*m_window, action);
    QVERIFY2(menu, expected.text);
    QCOMPARE(menu->title(), marked(expected.menu));
}

void TestMainActions::allListsEveryActionInMenuOrder()
{
    const QList<Expected> expected = expectedActions();
    const QList<QAction *> all = m_actions->all();
    QCOMPARE(all.size(), expected.size());
    for (int row = 0; row < expected.size(); ++row)
        QCOMPARE(all.at(row), (*m_actions).*(expected.at(row).action));
    // Nothing else on the window but these.
    QCOMPARE(QSet<QAction *>(all.begin(), all.end()).size(), all.size());
    QCOMPARE(m_window->actions().size(), all.size());
}

void TestMainActions::shortcutsAreUnique()
{
    QHash<QKeySequence, QString> owner;
    for (const QAction *action : m_actions->all()) {
        for (const QKeySequence &key : action->shortcuts()) {
            if (key.isEmpty())
                continue;
            QVERIFY2(!owner.contains(key),
                qPrintable(key.toString() + QStringLiteral(": ") + owner.value(key) + QStringLiteral(" and ")
                    + action->text()));
            owner.insert(key, action->text());
        }
    }
    QVERIFY(owner.size() >= 25);
}

void TestMainActions::menuBarIsAsBefore()
{
    QStringList titles;
    for (QAction *top : m_window->menuBar()->actions())
        titles << top->text();
    QCOMPARE(titles,
        (QStringList { marked("&File"), marked("&Edit"), marked("&View"), marked("&Story"), marked("S&ubscriptions"),
            marked("&Help") }));
    // Separators where they were: after Suggested Feeds, Export OPML, Preferences...
    QStringList file;
    for (QAction *action : menuHolding(*m_window, m_actions->quit)->actions())
        file << (action->isSeparator() ? QStringLiteral("-") : action->objectName());
    QCOMPARE(file.join(QLatin1Char(' ')),
        QStringLiteral("actionAddSubscription actionNewFolder actionSuggestedFeeds - actionAddAccount actionAccounts - "
                       "actionImportOpml actionExportOpml - "
                       "actionPreferences - actionQuit"));
    QStringList subs;
    for (QAction *action : menuHolding(*m_window, m_actions->refreshAll)->actions())
        subs << (action->isSeparator() ? QStringLiteral("-") : action->objectName());
    QCOMPARE(subs.join(QLatin1Char(' ')),
        QStringLiteral(
            "actionRefresh actionRefreshSelected actionSyncAccounts - actionMarkSelectedRead actionMarkAllRead - "
            "actionRename actionDelete actionFeedProperties"));
    QCOMPARE(m_actions->preferences->menuRole(), QAction::PreferencesRole);
    QCOMPARE(m_actions->quit->menuRole(), QAction::QuitRole);
    QCOMPARE(m_actions->about->menuRole(), QAction::AboutRole);
}

void TestMainActions::startStates()
{
    // Nothing to undo or go back to yet; the rest is enabled.
    for (const QAction *action : m_actions->all())
        QCOMPARE(action->isEnabled(), action != m_actions->undoMarkRead && action != m_actions->back);
    QVERIFY(!m_actions->back->icon().isNull());
    QVERIFY(!m_actions->refreshAll->icon().isNull());
}

QTEST_MAIN(TestMainActions)
#include "tst_main_actions.moc"
