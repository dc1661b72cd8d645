// The feed properties dialog in a real window over a real store, with the
// real pipeline and the local HTTP server: every field written, the HTTP
// login used when fetching (the password from a CredentialStore, here one in
// memory, never in the database or the settings file), and a feed that has
// the full text read without its page.

#include "memory_credential_store.h"
#include "models/core_pipeline_link.h"
#include "models/subscription_tree_model.h"
#include "pipeline/refresh_scheduler.h"
#include "pipeline/storage_writer.h"
#include "reading/reading_pane.h"
#include "test_feeds.h"
#include "test_http_server.h"
#include "ui_fixture.h"
#include "window/credential_store.h"
#include "window/feed_properties_dialog.h"
#include "window/main_actions.h"
#include "window/main_window.h"
#include "window/subscription_controller.h"
#include "window/subscription_pane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <QTreeView>

using namespace UiTest;
using namespace TestSupport;

namespace {

constexpr int Patience = 30'000;

using UiTest::MemoryCredentialStore;

int storiesOf(Core::Store &store, Core::SubscriptionId id)
{
    Core::StoryFilter filter;
    filter.kind = Core::StoryFilter::Kind::Subscription;
    filter.id = id;
    return store.countStories(filter);
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFeedProperties final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void actionHasAShortcut();
    void dialogShowsWhatIsStored();
    void dialogWritesEveryField();
    void loginIsUsedWhenFetching();
    void wrongPasswordFailsClearly();
    void storedPasswordsAreLoadedAtStart();
    void refreshAtStartWaitsForTheKeyring();
    void fullTextFeedShowsTheFeedsOwnText();
    void serverFeedKeepsItsServerPlace();

private:
    void openWindow();
    void editProperties(const std::function<void(Ui::FeedPropertiesDialog *)> &answer);
    bool refreshFeed();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store; // the test's own, read-write
    std::unique_ptr<TestHttpServer> m_server;
    MemoryCredentialStore m_keyring;
    Core::SubscriptionId m_feed = 0;
    Core::FolderId m_folder = 0;
    // The window's parts, as main.cpp puts them together.
    std::unique_ptr<Core::Store> m_reader;
    std::unique_ptr<Core::StorageWriter> m_writer;
    std::unique_ptr<Ui::CorePipelineLink> m_pipeline;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestFeedProperties::init()
{
    m_keyring.answerDelayMs = 0;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = openStore(*m_dir);
    QVERIFY(m_store);
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_keyring.passwords.clear();
    m_keyring.reads = m_keyring.answered = 0;
    TestHttpServer *server = m_server.get();
    // The feed answers only to reader:s3cret; its story's page is on the same server.
    server->route("/private/feed.xml", [server](const HttpRequest &request) {
        const QList<FeedEntry> entries { { "members-1", "A members' story",
            server->url(QStringLiteral("/private/story1.html")).toEncoded(), {} } };
        return TestHttpServer::basicAuth(request, "reader", "s3cret",
            TestHttpServer::ok(rssFeed("Members Only", "http://example.org/", entries), "application/rss+xml"));
    });
    server->serve(
        "/private/story1.html", TestHttpServer::ok(articlePage("A members' story", 1), "text/html; charset=utf-8"));
    m_feed = *m_store->addSubscription(
        m_server->url(QStringLiteral("/private/feed.xml")).toString(), QStringLiteral("Members Only"));
    m_folder = *m_store->addFolder(QStringLiteral("News"));
}

void TestFeedProperties::cleanup()
{
    m_window.reset();
    m_pipeline.reset();
    m_writer.reset();
    m_reader.reset();
    m_store.reset();
    m_server.reset();
    m_dir.reset();
}

void TestFeedProperties::openWindow()
{
    m_window.reset();
    m_pipeline.reset();
    m_writer.reset();
    m_reader = openReader(*m_dir);
    QVERIFY(m_reader);
    m_writer = std::make_unique<Core::StorageWriter>(m_dir->path());
    m_pipeline = std::make_unique<Ui::CorePipelineLink>(m_reader.get(), m_writer.get());
    m_window = std::make_unique<Ui::MainWindow>(m_reader.get(), m_writer.get(), m_pipeline.get());
    Core::RefreshScheduler *scheduler = m_pipeline->scheduler();
    QVERIFY(scheduler);
    QSignalSpy firstLook(scheduler, &Core::RefreshScheduler::checked);
    m_window->setCredentialStore(&m_keyring);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The refresh at start runs to its end before a test goes on, so what a
    // test changes is never overtaken by it.
    QVERIFY(firstLook.wait(Patience) || !firstLook.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!m_pipeline->isBusy(), Patience);
}

// Opens the dialog on the feed through the window's action, answers it, and
// waits until what it changed is written.
void TestFeedProperties::editProperties(const std::function<void(Ui::FeedPropertiesDialog *)> &answer)
{
    m_window->subscriptionPane()->selectSubscription(m_feed);
    QSignalSpy written(m_window->subscriptions(), &Ui::SubscriptionController::propertiesChanged);
    whenDialogOpens<Ui::FeedPropertiesDialog>(answer);
    m_window->actions().feedProperties->trigger();
    if (written.isEmpty())
        QVERIFY(written.wait(Patience));
}

bool TestFeedProperties::refreshFeed()
{
    QSignalSpy idle(m_pipeline.get(), &Ui::PipelineLink::idle);
    m_pipeline->refresh(m_feed);
    return idle.wait(Patience) || !idle.isEmpty();
}

void TestFeedProperties::actionHasAShortcut()
{
    openWindow();
    const QAction *action = m_window->actions().feedProperties;
    QCOMPARE(action->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Return));
    QVERIFY(m_window->actions().all().contains(const_cast<QAction *>(action)));
}

void TestFeedProperties::dialogShowsWhatIsStored()
{
    Core::SubscriptionSettings settings;
    settings.refreshMinutes = 15;
    settings.fullText = true;
    settings.keepDays = 10;
    settings.keepCount = -1;
    settings.authUser = QStringLiteral("reader");
    QVERIFY(m_store->setSubscriptionSettings(m_feed, settings));
    QVERIFY(m_store->setAllowImages(m_feed, true));
    QVERIFY(m_store->moveSubscription(m_feed, m_folder));
    m_keyring.passwords.insert(Ui::SubscriptionController::passwordKey(m_feed), QStringLiteral("s3cret"));
    openWindow();
    bool checked = false;
    editProperties([&](Ui::FeedPropertiesDialog *dialog) {
        QCOMPARE(child<QLineEdit>(dialog, "feedTitle")->text(), QStringLiteral("Members Only"));
        QCOMPARE(
            child<QLineEdit>(dialog, "feedUrl")->text(), m_server->url(QStringLiteral("/private/feed.xml")).toString());
        QCOMPARE(child<QComboBox>(dialog, "feedFolder")->currentText(), QStringLiteral("News"));
        QCOMPARE(child<QComboBox>(dialog, "feedRefresh")->currentIndex(), 1);
        QCOMPARE(child<QSpinBox>(dialog, "feedRefreshMinutes")->value(), 15);
        QVERIFY(child<QRadioButton>(dialog, "feedFullText")->isChecked());
        QVERIFY(child<QCheckBox>(dialog, "feedImages")->isChecked());
        QCOMPARE(
            child<QComboBox>(dialog, "feedKeep")->currentData().toInt(), int(Ui::FeedPropertiesDialog::Keep::Days));
        QCOMPARE(child<QSpinBox>(dialog, "feedKeepNumber")->value(), 10);
        QCOMPARE(child<QLineEdit>(dialog, "feedUser")->text(), QStringLiteral("reader"));
        // The password arrives from the keyring while the dialog is open.
        QTRY_COMPARE(child<QLineEdit>(dialog, "feedPassword")->text(), QStringLiteral("s3cret"));
        QVERIFY(!dialog->passwordEdited());
        checked = true;
        dialog->accept();
    });
    QVERIFY(checked);
    // Accepted unchanged: the same settings, the password left alone.
    QCOMPARE(m_store->subscription(m_feed)->settings, settings);
    QCOMPARE(m_keyring.passwords.value(Ui::SubscriptionController::passwordKey(m_feed)), QStringLiteral("s3cret"));
}

void TestFeedProperties::dialogWritesEveryField()
{
    openWindow();
    const QString newUrl = m_server->url(QStringLiteral("/private/feed.xml?v=2")).toString();
    editProperties([&](Ui::FeedPropertiesDialog *dialog) {
        child<QLineEdit>(dialog, "feedTitle")->setText(QStringLiteral("Members' Club"));
        child<QLineEdit>(dialog, "feedUrl")->setText(newUrl);
        auto *folder = child<QComboBox>(dialog, "feedFolder");
        folder->setCurrentIndex(folder->findText(QStringLiteral("News")));
        child<QComboBox>(dialog, "feedRefresh")->setCurrentIndex(1);
        child<QSpinBox>(dialog, "feedRefreshMinutes")->setValue(45);
        child<QRadioButton>(dialog, "feedFullText")->setChecked(true);
        child<QCheckBox>(dialog, "feedImages")->setChecked(true);
        auto *keep = child<QComboBox>(dialog, "feedKeep");
        keep->setCurrentIndex(keep->findData(int(Ui::FeedPropertiesDialog::Keep::Count)));
        child<QSpinBox>(dialog, "feedKeepNumber")->setValue(50);
        child<QLineEdit>(dialog, "feedUser")->setText(QStringLiteral("reader"));
        child<QLineEdit>(dialog, "feedPassword")->setText(QStringLiteral("pw-9f3k2x"));
        dialog->accept();
    });
    const Core::Subscription after = *m_store->subscription(m_feed);
    QCOMPARE(after.title, QStringLiteral("Members' Club"));
    QCOMPARE(after.url, newUrl);
    QCOMPARE(after.folderId, m_folder);
    QVERIFY(after.allowImages);
    QCOMPARE(after.settings.refreshMinutes, 45);
    QVERIFY(after.settings.fullText);
    QCOMPARE(after.settings.keepCount, 50);
    QCOMPARE(after.settings.keepDays, -1);
    QCOMPARE(after.settings.authUser, QStringLiteral("reader"));
    QTRY_COMPARE(
        m_keyring.passwords.value(Ui::SubscriptionController::passwordKey(m_feed)), QStringLiteral("pw-9f3k2x"));
    // The tree shows the new title in its new folder.
    const QModelIndex node = m_window->treeModel()->indexForSubscription(m_feed);
    QCOMPARE(node.data(Qt::DisplayRole).toString(), QStringLiteral("Members' Club"));
    QCOMPARE(node.parent(), m_window->treeModel()->indexForFolder(m_folder));

    // The password is in neither the database (with its journal) nor the settings file.
    m_window->close();
    m_window.reset();
    m_pipeline.reset();
    m_writer.reset();
    m_reader.reset();
    m_store.reset();
    const QDir profile(m_dir->path());
    QStringList checkedFiles;
    for (const QString &name : profile.entryList(QDir::Files)) {
        const QByteArray bytes = fileBytes(profile.filePath(name));
        QVERIFY2(!bytes.contains("pw-9f3k2x"), qPrintable(name));
        QVERIFY2(!bytes.contains(QStringLiteral("pw-9f3k2x").toUtf8().toBase64()), qPrintable(name));
        checkedFiles << name;
    }
    QVERIFY2(checkedFiles.contains(QStringLiteral("tidings-ui.ini")), qPrintable(checkedFiles.join(u' ')));
    QVERIFY2(std::any_of(checkedFiles.cbegin(), checkedFiles.cend(),
                 [](const QString &name) {
                     return name.endsWith(QLatin1String(".db")) || name.endsWith(QLatin1String(".sqlite"));
                 }),
        qPrintable(checkedFiles.join(u' ')));
}

void TestFeedProperties::loginIsUsedWhenFetching()
{
    openWindow();
    editProperties([](Ui::FeedPropertiesDialog *dialog) {
        child<QLineEdit>(dialog, "feedUser")->setText(QStringLiteral("reader"));
        child<QLineEdit>(dialog, "feedPassword")->setText(QStringLiteral("s3cret"));
        dialog->accept();
    });
    QTRY_VERIFY(m_keyring.passwords.contains(Ui::SubscriptionController::passwordKey(m_feed)));
    QVERIFY(refreshFeed());
    const Core::Subscription after = *m_store->subscription(m_feed);
    QVERIFY2(after.lastError.code == Core::ErrorCode::None, qPrintable(Core::describe(after.lastError)));
    QCOMPARE(storiesOf(*m_store, m_feed), 1);
    QCOMPARE(m_server->requests("/private/feed.xml").constLast().header("authorization"),
        QByteArray("Basic " + QByteArray("reader:s3cret").toBase64()));
}

void TestFeedProperties::wrongPasswordFailsClearly()
{
    openWindow();
    editProperties([](Ui::FeedPropertiesDialog *dialog) {
        child<QLineEdit>(dialog, "feedUser")->setText(QStringLiteral("reader"));
        child<QLineEdit>(dialog, "feedPassword")->setText(QStringLiteral("guess"));
        dialog->accept();
    });
    QTRY_VERIFY(m_keyring.passwords.contains(Ui::SubscriptionController::passwordKey(m_feed)));
    QVERIFY(refreshFeed());
    const Core::Subscription after = *m_store->subscription(m_feed);
    QCOMPARE(after.lastError.code, Core::ErrorCode::HttpError);
    QVERIFY2(after.lastError.detail.contains(QLatin1String("refused the user name or password")),
        qPrintable(after.lastError.detail));
    QCOMPARE(storiesOf(*m_store, m_feed), 0);
    // The tree marks it failing, with the reason.
    QTRY_VERIFY(m_window->treeModel()->failingSubscriptions().size() == 1);
}

void TestFeedProperties::storedPasswordsAreLoadedAtStart()
{
    Core::SubscriptionSettings settings;
    settings.authUser = QStringLiteral("reader");
    QVERIFY(m_store->setSubscriptionSettings(m_feed, settings));
    m_keyring.passwords.insert(Ui::SubscriptionController::passwordKey(m_feed), QStringLiteral("s3cret"));
    openWindow(); // a new start on this profile
    QCOMPARE(m_keyring.reads, 1);
    QTRY_COMPARE(m_keyring.answered, 1); // the keyring answers later, as QtKeychain does
    QVERIFY(refreshFeed());
    const Core::Subscription after = *m_store->subscription(m_feed);
    QVERIFY2(after.lastError.code == Core::ErrorCode::None, qPrintable(Core::describe(after.lastError)));
    QCOMPARE(storiesOf(*m_store, m_feed), 1);
}

void TestFeedProperties::refreshAtStartWaitsForTheKeyring()
{
    Core::SubscriptionSettings settings;
    settings.authUser = QStringLiteral("reader");
    QVERIFY(m_store->setSubscriptionSettings(m_feed, settings));
    m_keyring.passwords.insert(Ui::SubscriptionController::passwordKey(m_feed), QStringLiteral("s3cret"));
    m_keyring.answerDelayMs = 500;
    openWindow();
    // The refresh at start, nothing pressed: it waits for the password, so
    // the very first request for the feed already carries the login.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->requestCount("/private/feed.xml") > 0, Patience);
    QCOMPARE(m_keyring.answered, 1);
    QCOMPARE(m_server->requests("/private/feed.xml").constFirst().header("authorization"),
        QByteArray("Basic " + QByteArray("reader:s3cret").toBase64()));
}

void TestFeedProperties::fullTextFeedShowsTheFeedsOwnText()
{
    Core::SubscriptionSettings settings;
    settings.authUser = QStringLiteral("reader");
    QVERIFY(m_store->setSubscriptionSettings(m_feed, settings));
    m_keyring.passwords.insert(Ui::SubscriptionController::passwordKey(m_feed), QStringLiteral("s3cret"));
    openWindow();
    editProperties([](Ui::FeedPropertiesDialog *dialog) {
        child<QRadioButton>(dialog, "feedFullText")->setChecked(true);
        dialog->accept();
    });
    QVERIFY(m_store->subscription(m_feed)->settings.fullText);
    // The refresh at start may have cleaned the page while the feed was not
    // yet marked: from now on nothing asks for it.
    QTRY_VERIFY(!m_pipeline->isBusy());
    const int pageRequests = m_server->requestCount("/private/story1.html");
    QVERIFY(refreshFeed());
    // The refresh at start may still hold the feed: its stories arrive either way.
    QTRY_COMPARE_WITH_TIMEOUT(storiesOf(*m_store, m_feed), 1, Patience);
    QTRY_VERIFY(!m_pipeline->isBusy());
    const Core::StoryId story = storyByTitle(m_store.get(), QStringLiteral("A members' story"));
    QVERIFY(story != 0);
    m_window->selectStory(story);
    Ui::ReadingPane *pane = m_window->readingPane();
    QCOMPARE(pane->storyId(), story);
    QVERIFY2(pane->bodyText().contains(QLatin1String("Summary of A members' story")), qPrintable(pane->bodyText()));
    QVERIFY2(pane->noticeText().isEmpty(), qPrintable(pane->noticeText())); // no "Cleaning…"
    // Nothing asked for the page: not the refresh, not the reading pane.
    QVERIFY(!m_pipeline->isBusy());
    QCOMPARE(m_server->requestCount("/private/story1.html"), pageRequests);
}

// A feed server's feed: its address is the server's (locked); its name and
// folder change through the server (tst_account_ui does that against a real
// server), and the folders offered are its own account's; what is Tidings'
// own (remote images) is written here.
void TestFeedProperties::serverFeedKeepsItsServerPlace()
{
    const QString account = QStringLiteral("ttrss-1");
    const Core::Result<Core::ServerFeedsApplied> applied
        = m_store->applyServerFeeds(account, { Core::ServerFolder { QStringLiteral("7"), QStringLiteral("Linux") } },
            { Core::ServerFeed { QStringLiteral("42"), QStringLiteral("Kernel Weekly"),
                QStringLiteral("http://203.0.113.10/kernel.xml"), QStringLiteral("7") } });
    QVERIFY(applied);
    QCOMPARE(applied->added.size(), 1);
    m_feed = applied->added.first();
    const Core::Subscription before = *m_store->subscription(m_feed);
    QVERIFY(before.isRemote());
    QVERIFY(before.folderId != 0);
    openWindow();
    bool checked = false;
    editProperties([&](Ui::FeedPropertiesDialog *dialog) {
        auto *title = child<QLineEdit>(dialog, "feedTitle");
        auto *url = child<QLineEdit>(dialog, "feedUrl");
        auto *folder = child<QComboBox>(dialog, "feedFolder");
        QVERIFY(!title->isReadOnly());
        QVERIFY(url->isReadOnly());
        QVERIFY(!url->toolTip().isEmpty());
        QVERIFY(folder->isEnabled());
        QCOMPARE(folder->currentText(), QStringLiteral("Linux"));
        QCOMPARE(folder->findText(QStringLiteral("News")), -1); // a local folder is no choice
        QVERIFY(!child<QLineEdit>(dialog, "feedUser")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "feedServerNote"));
        // Even set by a program, the address changes nothing.
        url->setText(QStringLiteral("http://203.0.113.10/other.xml"));
        child<QCheckBox>(dialog, "feedImages")->setChecked(true);
        checked = true;
        dialog->accept();
    });
    QVERIFY(checked);
    const Core::Subscription after = *m_store->subscription(m_feed);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.url, before.url);
    QCOMPARE(after.folderId, before.folderId);
    QVERIFY(after.allowImages);
}

QTEST_MAIN(TestFeedProperties)
#include "tst_feed_properties.moc"
