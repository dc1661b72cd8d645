// The Preferences dialog in a real window: every value written and read
// again by a new window on the same profile, and each one taking effect (the
// reading font, the theme, the browser command, the proxy, marking read after
// a delay).

#include "models/story_list_model.h"
#include "reading/reading_browser.h"
#include "reading/reading_pane.h"
#include "ui_fixture.h"
#include "window/dialogs.h"
#include "window/main_actions.h"
#include "window/main_window.h"
#include "window/settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFontComboBox>
#include <QLineEdit>
#include <QListView>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>

using namespace UiTest;

namespace {

} // namespace

class TestPreferences final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_systemPalette = QApplication::palette(); }
    void init();
    void cleanup();
    void everyValueIsWrittenAndReadAgain();
    void fontThemeAndProxyTakeEffect();
    void browserCommandOpensLinks();
    void markReadAfterDelay();
    void markReadDelayCancelledByMovingOn();

private:
    void openWindow();
    void setPreferences(const std::function<void(Ui::PreferencesDialog *)> &answer);
    bool isRead(Core::StoryId id) const;
    bool shownRead(Core::StoryId id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<Core::Store> m_reader;
    std::unique_ptr<FakePipeline> m_pipeline;
    std::unique_ptr<Ui::MainWindow> m_window;
    QList<Core::StoryId> m_stories;
    QPalette m_systemPalette;
};

void TestPreferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = openStore(*m_dir);
    QVERIFY(m_store);
    const Core::SubscriptionId feed
        = *m_store->addSubscription(QStringLiteral("https://harbour.example/feed"), QStringLiteral("Harbour Times"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<Core::ParsedItem> items;
    for (int i = 0; i < 3; ++i)
        items.append(item(QStringLiteral("s%1").arg(i), QStringLiteral("Story %1").arg(i), now.addSecs(-60 * i),
            QStringLiteral("<p>Text of story %1.</p>").arg(i)));
    QVERIFY(m_store->upsertStories(feed, items));
    m_stories.clear();
    for (int i = 0; i < 3; ++i)
        m_stories.append(storyByTitle(m_store.get(), QStringLiteral("Story %1").arg(i)));
    openWindow();
}

void TestPreferences::cleanup()
{
    m_window.reset();
    m_pipeline.reset();
    m_reader.reset();
    m_store.reset();
    m_dir.reset();
    // What the dialog set for the whole application goes back to the defaults.
    QApplication::setPalette(m_systemPalette);
    QNetworkProxy::setApplicationProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
}

void TestPreferences::openWindow()
{
    if (m_window)
        m_window->close();
    m_window.reset();
    m_reader = openReader(*m_dir);
    QVERIFY(m_reader);
    m_pipeline = std::make_unique<FakePipeline>();
    m_window = std::make_unique<Ui::MainWindow>(m_reader.get(), m_pipeline.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPreferences::setPreferences(const std::function<void(Ui::PreferencesDialog *)> &answer)
{
    QSignalSpy changed(m_window.get(), &Ui::MainWindow::preferencesChanged);
    whenDialogOpens<Ui::PreferencesDialog>([answer](Ui::PreferencesDialog *dialog) {
        answer(dialog);
        dialog->accept();
    });
    m_window->actions().preferences->trigger();
    QCOMPARE(changed.size(), 1);
}

bool TestPreferences::isRead(Core::StoryId id) const
{
    return m_store->story(id)->row.read;
}

bool TestPreferences::shownRead(Core::StoryId id) const
{
    const int row = m_window->storyModel()->ensureLoaded(id);
    return m_window->storyModel()->index(row).data(Ui::StoryListModel::ReadRole).toBool();
}

void TestPreferences::everyValueIsWrittenAndReadAgain()
{
    setPreferences([](Ui::PreferencesDialog *dialog) {
        child<QSpinBox>(dialog, "refreshMinutes")->setValue(45);
        child<QLineEdit>(dialog, "browserCommand")->setText(QStringLiteral("firefox --new-tab"));
        auto *language = child<QComboBox>(dialog, "language");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        child<QCheckBox>(dialog, "markReadOnSelect")->setChecked(true);
        child<QSpinBox>(dialog, "markReadDelay")->setValue(7);
        child<QCheckBox>(dialog, "loadImagesEverywhere")->setChecked(true);
        child<QCheckBox>(dialog, "customReadingFont")->setChecked(true);
        child<QFontComboBox>(dialog, "readingFontFamily")->setCurrentFont(QFont(QStringLiteral("DejaVu Sans")));
        child<QSpinBox>(dialog, "readingFontSize")->setValue(17);
        auto *theme = child<QComboBox>(dialog, "theme");
        theme->setCurrentIndex(theme->findData(int(Ui::Settings::Theme::Dark)));
        child<QSpinBox>(dialog, "keepDays")->setValue(90);
        child<QSpinBox>(dialog, "keepCount")->setValue(500);
        child<QRadioButton>(dialog, "proxyManual")->setChecked(true);
        child<QLineEdit>(dialog, "proxyHost")->setText(QStringLiteral("proxy.example.org"));
        child<QSpinBox>(dialog, "proxyPort")->setValue(3128);
    });

    // A restart: a new window on the same profile reads every value.
    openWindow();
    const Ui::Settings &settings = m_window->settings();
    QCOMPARE(settings.refreshMinutes(), 45);
    QCOMPARE(settings.browserCommand(), QStringLiteral("firefox --new-tab"));
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QVERIFY(settings.markReadOnSelect());
    QCOMPARE(settings.markReadDelaySeconds(), 7);
    QVERIFY(settings.loadImagesEverywhere());
    QCOMPARE(settings.readingFontFamily(), QFont(QStringLiteral("DejaVu Sans")).family());
    QCOMPARE(settings.readingFontSize(), 17);
    QCOMPARE(settings.theme(), Ui::Settings::Theme::Dark);
    QCOMPARE(settings.keepDays(), 90);
    QCOMPARE(settings.keepCount(), 500);
    QCOMPARE(settings.proxyMode(), Ui::Settings::ProxyMode::Manual);
    QCOMPARE(settings.proxyHost(), QStringLiteral("proxy.example.org"));
    QCOMPARE(settings.proxyPort(), 3128);
    // ...and applies them at start.
    QCOMPARE(m_window->readingPane()->readingFont().families().constFirst(), settings.readingFontFamily());
    QCOMPARE(QNetworkProxy::applicationProxy().hostName(), QStringLiteral("proxy.example.org"));

    // The dialog opened again shows them, and Cancel changes nothing.
    bool shown = false;
    whenDialogOpens<Ui::PreferencesDialog>([&shown](Ui::PreferencesDialog *dialog) {
        QCOMPARE(child<QSpinBox>(dialog, "refreshMinutes")->value(), 45);
        QCOMPARE(child<QComboBox>(dialog, "language")->currentData().toString(), QStringLiteral("de"));
        QCOMPARE(child<QSpinBox>(dialog, "markReadDelay")->value(), 7);
        QVERIFY(child<QCheckBox>(dialog, "customReadingFont")->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, "readingFontSize")->value(), 17);
        QCOMPARE(child<QComboBox>(dialog, "theme")->currentData().toInt(), int(Ui::Settings::Theme::Dark));
        QCOMPARE(child<QSpinBox>(dialog, "keepDays")->value(), 90);
        QCOMPARE(child<QSpinBox>(dialog, "keepCount")->value(), 500);
        QVERIFY(child<QRadioButton>(dialog, "proxyManual")->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, "proxyPort")->value(), 3128);
        child<QSpinBox>(dialog, "refreshMinutes")->setValue(5);
        shown = true;
        dialog->reject();
    });
    m_window->actions().preferences->trigger();
    QVERIFY(shown);
    QCOMPARE(Ui::Settings(m_dir->path()).refreshMinutes(), 45);
}

void TestPreferences::fontThemeAndProxyTakeEffect()
{
    m_window->selectStory(m_stories.at(0));
    Ui::ReadingPane *pane = m_window->readingPane();
    const QFont before = pane->browser()->document()->defaultFont();
    setPreferences([](Ui::PreferencesDialog *dialog) {
        child<QCheckBox>(dialog, "customReadingFont")->setChecked(true);
        child<QFontComboBox>(dialog, "readingFontFamily")->setCurrentFont(QFont(QStringLiteral("DejaVu Sans")));
        child<QSpinBox>(dialog, "readingFontSize")->setValue(20);
        auto *theme = child<QComboBox>(dialog, "theme");
        theme->setCurrentIndex(theme->findData(int(Ui::Settings::Theme::Dark)));
        child<QRadioButton>(dialog, "proxyManual")->setChecked(true);
        child<QLineEdit>(dialog, "proxyHost")->setText(QStringLiteral("127.0.0.1"));
        child<QSpinBox>(dialog, "proxyPort")->setValue(3128);
    });
    // The story on show takes the new font at once.
    const QFont after = pane->browser()->document()->defaultFont();
    QCOMPARE(after.families().constFirst(), QFont(QStringLiteral("DejaVu Sans")).family());
    QCOMPARE(after.pointSizeF(), 20.0);
    QVERIFY(after.pointSizeF() != before.pointSizeF());
    // Dark: a dark window behind light text, for every widget.
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    QTRY_VERIFY(m_window->storyList()->palette().color(QPalette::Base).lightness() < 80);
    const QNetworkProxy proxy = QNetworkProxy::applicationProxy();
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxy.hostName(), QStringLiteral("127.0.0.1"));
    QCOMPARE(proxy.port(), quint16(3128));
    QVERIFY(!QNetworkProxyFactory::usesSystemConfiguration());

    setPreferences([](Ui::PreferencesDialog *dialog) {
        auto *theme = child<QComboBox>(dialog, "theme");
        theme->setCurrentIndex(theme->findData(int(Ui::Settings::Theme::Light)));
        child<QRadioButton>(dialog, "proxyNone")->setChecked(true);
    });
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
    QCOMPARE(QNetworkProxy::applicationProxy().type(), QNetworkProxy::NoProxy);

    setPreferences([](Ui::PreferencesDialog *dialog) {
        auto *theme = child<QComboBox>(dialog, "theme");
        theme->setCurrentIndex(theme->findData(int(Ui::Settings::Theme::System)));
        child<QCheckBox>(dialog, "customReadingFont")->setChecked(false);
        child<QRadioButton>(dialog, "proxySystem")->setChecked(true);
    });
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemPalette.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Text), m_systemPalette.color(QPalette::Text));
    QCOMPARE(pane->browser()->document()->defaultFont().pointSizeF(), before.pointSizeF());
    QVERIFY(QNetworkProxyFactory::usesSystemConfiguration());
}

void TestPreferences::browserCommandOpensLinks()
{
    // A "browser" that writes down what it was given.
    const QString out = m_dir->filePath(QStringLiteral("opened.txt"));
    const QString script = m_dir->filePath(QStringLiteral("browser.sh"));
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"%1.tmp\" && mv \"%1.tmp\" \"%1\"\n")
                       .arg(out)
                       .toUtf8());
        file.close();
        QVERIFY(file.setPermissions(file.permissions() | QFileDevice::ExeOwner));
    }
    setPreferences([&script](Ui::PreferencesDialog *dialog) {
        child<QLineEdit>(dialog, "browserCommand")->setText(QStringLiteral("\"%1\" --new-tab").arg(script));
    });
    m_window->selectStory(m_stories.at(1));
    m_window->actions().openOriginal->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(out), 10000);
    QFile opened(out);
    QVERIFY(opened.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(opened.readAll()), QStringLiteral("--new-tab\nhttps://example.org/s1\n"));
}

void TestPreferences::markReadAfterDelay()
{
    setPreferences([](Ui::PreferencesDialog *dialog) {
        child<QCheckBox>(dialog, "markReadOnSelect")->setChecked(true);
        child<QSpinBox>(dialog, "markReadDelay")->setValue(1);
    });
    QElapsedTimer clock;
    clock.start();
    m_window->selectStory(m_stories.at(0));
    // On show, still unread...
    QVERIFY(!shownRead(m_stories.at(0)));
    QVERIFY(!isRead(m_stories.at(0)));
    // ...until the delay has passed with it selected.
    QTRY_VERIFY_WITH_TIMEOUT(shownRead(m_stories.at(0)), 10000);
    QVERIFY2(clock.elapsed() >= 990, qPrintable(QString::number(clock.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(isRead(m_stories.at(0)), 10000);
}

void TestPreferences::markReadDelayCancelledByMovingOn()
{
    setPreferences([](Ui::PreferencesDialog *dialog) {
        child<QCheckBox>(dialog, "markReadOnSelect")->setChecked(true);
        child<QSpinBox>(dialog, "markReadDelay")->setValue(1);
    });
    m_window->selectStory(m_stories.at(1));
    m_window->selectStory(m_stories.at(2)); // moved on before the second was up
    QTRY_VERIFY_WITH_TIMEOUT(isRead(m_stories.at(2)), 10000);
    // The story left early is still unread, on screen and in the store, well
    // after its own delay would have ended.
    QVERIFY(!shownRead(m_stories.at(1)));
    QVERIFY(!isRead(m_stories.at(1)));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
