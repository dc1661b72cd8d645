// Accessibility through QAccessible, as a screen reader sees the app: every
// visible control of the main window and of the dialogs has a name, a story
// row says its title, feed, time and read state, the keyboard reaches every
// part, and the high-contrast palette keeps text readable.

#include "models/story_list_model.h"
#include "models/suggested_feeds.h"
#include "pipeline/storage_writer.h"
#include "reading/chip_bar.h"
#include "reading/reading_pane.h"
#include "ui_fixture.h"
#include "widgets/relative_time.h"
#include "widgets/search_field.h"
#include "window/app_preferences.h"
#include "window/dialogs.h"
#include "window/feed_properties_dialog.h"
#include "window/main_window.h"
#include "window/subscription_pane.h"
#include "window/suggested_feeds_dialog.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>
#include <cmath>

using namespace UiTest;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Slider:
    case QAccessible::PageTabList:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// The visible controls under `top` that a screen reader would announce
// without a name ("class objectName role" each).
QStringList unnamedControls(QWidget *top, QList<QWidget *> *checkedWidgets = nullptr)
{
    QStringList unnamed;
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    int checked = 0;
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(top) || widget->window() != top)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || !isInteractive(iface->role()))
            continue;
        if (qobject_cast<QScrollBar *>(widget))
            continue; // the view's part, announced with it
        ++checked;
        if (checkedWidgets)
            checkedWidgets->append(widget);
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\" role %3")
                           .arg(QLatin1String(widget->metaObject()->className()), widget->objectName())
                           .arg(int(iface->role()));
    }
    if (checked == 0)
        unnamed << QStringLiteral("(no control checked at all)");
    return unnamed;
}

double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

class TestAccessibility final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyControlOfTheMainWindowHasAName();
    void everyControlOfTheDialogsHasAName();
    void aStoryRowSaysTitleFeedTimeAndReadState();
    void tabGoesThroughThePartsAndReachesTheChips();
    void highContrastPaletteStaysReadable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Core::Store> m_reader;
    std::unique_ptr<Ui::MainWindow> m_window;
    Core::SubscriptionId m_feed = 0;
    Core::StoryId m_story = 0;
};

void TestAccessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = openStore(*m_dir);
    QVERIFY(m_store);
    m_feed = m_store->addSubscription(QStringLiteral("https://harbour.example/rss"), QStringLiteral("Harbour News"))
                 .value();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->upsertStories(m_feed,
        { item(QStringLiteral("s1"), QStringLiteral("Harbour wall repaired"), now.addSecs(-3600),
              QStringLiteral("<p>The wall stands.</p>")),
            item(QStringLiteral("s2"), QStringLiteral("Ferry timetable changes"), now.addSecs(-7200),
                QStringLiteral("<p>New times.</p>")) }));
    m_story = storyByTitle(m_store.get(), QStringLiteral("Harbour wall repaired"));
    QVERIFY(m_story);
    QVERIFY(m_store->saveArticle(m_story,
        article(QStringLiteral("Harbour wall repaired"), QStringLiteral("<p>The wall stands again.</p>"),
            { QStringLiteral("Shipping"), QStringLiteral("Harbour") })));
    m_reader = openReader(*m_dir);
    QVERIFY(m_reader);
    {
        Ui::Settings settings(m_dir->path());
        settings.setMarkReadOnSelect(false);
        settings.sync();
    }
    m_window = std::make_unique<Ui::MainWindow>(m_reader.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectStory(m_story);
    QTRY_VERIFY(m_window->readingPane()->findChild<Ui::ChipBar *>()->isVisible());
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_reader.reset();
    m_store.reset();
    m_dir.reset();
}

void TestAccessibility::everyControlOfTheMainWindowHasAName()
{
    QList<QWidget *> checked;
    const QStringList unnamed = unnamedControls(m_window.get(), &checked);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    // The walk saw the main parts: the tree, the list, the search field, the
    // toolbar's buttons and the story's chips.
    QVERIFY(checked.contains(m_window->subscriptionPane()->view()));
    QVERIFY(checked.contains(m_window->storyList()));
    QVERIFY(checked.contains(m_window->searchField()));
    const auto *chips = m_window->readingPane()->findChild<Ui::ChipBar *>();
    QVERIFY(std::any_of(checked.cbegin(), checked.cend(),
        [chips](QWidget *widget) { return chips->isAncestorOf(widget) && qobject_cast<QToolButton *>(widget); }));
    QVERIFY(std::count_if(checked.cbegin(), checked.cend(), [](QWidget *widget) {
        return qobject_cast<QToolButton *>(widget) && qobject_cast<QToolBar *>(widget->parentWidget());
    }) >= 4);
    QAccessibleInterface *chip = nullptr;
    for (QWidget *widget : checked)
        if (chips->isAncestorOf(widget) && qobject_cast<QToolButton *>(widget))
            chip = QAccessible::queryAccessibleInterface(widget);
    QVERIFY(chip);
    QVERIFY2(
        chip->text(QAccessible::Name).startsWith(QStringLiteral("Topic ")), qPrintable(chip->text(QAccessible::Name)));
}

void TestAccessibility::everyControlOfTheDialogsHasAName()
{
    Ui::PreferencesDialog preferences(&m_window->settings(), m_window.get());
    preferences.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preferences));
    auto *tabs = preferences.findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        const QStringList unnamed = unnamedControls(&preferences);
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(tabs->tabText(i) + QStringLiteral(": ") + unnamed.join(QStringLiteral("; "))));
    }

    const std::optional<Core::Subscription> sub = m_reader->subscription(m_feed);
    QVERIFY(sub);
    Ui::FeedPropertiesDialog properties(*sub, m_reader->folders(), 30, m_window.get());
    properties.show();
    QVERIFY(QTest::qWaitForWindowExposed(&properties));
    QStringList unnamed = unnamedControls(&properties);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));

    Ui::AddSubscriptionDialog add(m_reader->folders(), 0, m_window.get());
    add.show();
    QVERIFY(QTest::qWaitForWindowExposed(&add));
    unnamed = unnamedControls(&add);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));

    // The first run's list: each button names the feed it subscribes to.
    const QList<Ui::SuggestedRegion> regions = Ui::suggestedFeeds();
    QVERIFY(!regions.isEmpty() && !regions.constFirst().feeds.isEmpty());
    Ui::SuggestedFeedsDialog suggested(
        regions, [](const QString &) { return false; }, m_window.get());
    suggested.show();
    QVERIFY(QTest::qWaitForWindowExposed(&suggested));
    unnamed = unnamedControls(&suggested);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    const Ui::SuggestedFeed &first = regions.constFirst().feeds.constFirst();
    QPushButton *button = suggested.button(first.url);
    QVERIFY(button);
    QVERIFY2(button->accessibleName().contains(first.title), qPrintable(button->accessibleName()));
}

void TestAccessibility::aStoryRowSaysTitleFeedTimeAndReadState()
{
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(m_window->storyList());
    QVERIFY(list);
    QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Stories"));
    QAccessibleTableInterface *table = list->tableInterface();
    QVERIFY(table);
    const int row = m_window->storyModel()->rowOf(m_story);
    QVERIFY(row >= 0);
    QAccessibleInterface *cell = table->cellAt(row, 0);
    QVERIFY(cell);
    const QString text = cell->text(QAccessible::Name);
    QVERIFY2(text.contains(QStringLiteral("Harbour wall repaired")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Harbour News")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("unread")), qPrintable(text));
    const QDateTime published = m_window->storyModel()->storyAt(row).published;
    QVERIFY(published.isValid());
    QVERIFY2(text.contains(Ui::longDateTime(published)), qPrintable(text));
    // Read, it says so.
    m_window->storyModel()->setReadLocal({ m_story }, true);
    const QString read = table->cellAt(row, 0)->text(QAccessible::Name);
    QVERIFY2(read.contains(QStringLiteral(", read")) && !read.contains(QStringLiteral("unread")), qPrintable(read));
}

void TestAccessibility::tabGoesThroughThePartsAndReachesTheChips()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QWidget *tree = m_window->subscriptionPane()->view();
    tree->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(tree->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->storyList());
    // On through the reading pane to a chip, with the keyboard alone.
    auto *chips = m_window->readingPane()->findChild<Ui::ChipBar *>();
    QVERIFY(chips);
    bool reachedChip = false;
    for (int i = 0; i < 30 && !reachedChip; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        reachedChip = focus && chips->isAncestorOf(focus) && qobject_cast<QToolButton *>(focus);
    }
    QVERIFY(reachedChip);
    // Focus shows on a chip (its style sheet draws a highlighted border).
    QVERIFY(chips->styleSheet().contains(QStringLiteral(":focus")));
}

void TestAccessibility::highContrastPaletteStaysReadable()
{
    const QPalette p = Ui::themePalette(Ui::Settings::Theme::HighContrast);
    const QList<std::pair<QPalette::ColorRole, QPalette::ColorRole>> pairs = {
        { QPalette::Text, QPalette::Base },
        { QPalette::WindowText, QPalette::Window },
        { QPalette::ButtonText, QPalette::Button },
        { QPalette::HighlightedText, QPalette::Highlight },
        { QPalette::ToolTipText, QPalette::ToolTipBase },
        { QPalette::Link, QPalette::Base },
        { QPalette::PlaceholderText, QPalette::Base },
        { QPalette::Text, QPalette::AlternateBase },
    };
    for (const auto &[fore, back] : pairs) {
        const double ratio = contrast(p.color(fore), p.color(back));
        QVERIFY2(ratio >= 7.0, qPrintable(QStringLiteral("roles %1/%2: %3:1").arg(fore).arg(back).arg(ratio)));
    }
    // The theme is offered and kept.
    Ui::Settings settings(m_dir->path());
    settings.setTheme(Ui::Settings::Theme::HighContrast);
    QCOMPARE(settings.theme(), Ui::Settings::Theme::HighContrast);
    Ui::PreferencesDialog preferences(&settings, m_window.get());
    auto *theme = preferences.findChild<QComboBox *>(QStringLiteral("theme"));
    QVERIFY(theme);
    QCOMPARE(theme->currentData().toInt(), int(Ui::Settings::Theme::HighContrast));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
