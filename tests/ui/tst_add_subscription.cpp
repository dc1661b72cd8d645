// Adding a feed from the window, with the real pipeline against the local
// HTTP server: the dialog stays open while the feed is fetched, shows a
// failure in plain words with what was typed, and closes once subscribed.

#include "models/core_pipeline_link.h"
#include "models/subscription_tree_model.h"
#include "pipeline/site_icon.h"
#include "pipeline/storage_writer.h"
#include "test_feeds.h"
#include "test_http_server.h"
#include "ui_fixture.h"
#include "window/dialogs.h"
#include "window/main_actions.h"
#include "window/main_window.h"
#include "window/status_panel.h"
#include "window/subscription_controller.h"

#include <QAction>
#include <QBuffer>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace UiTest;
using namespace TestSupport;

namespace {

constexpr int Patience = 30'000; // ms: a fetch on a loaded 2-core machine

QByteArray pngOf(const QColor &color, int side)
{
    QImage image(side, side, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QColor middleOf(const QIcon &icon)
{
    const QImage image = icon.pixmap(16, 16).toImage();
    return image.pixelColor(image.width() / 2, image.height() / 2);
}

} // namespace

class TestAddSubscription final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void failedAddKeepsDialogOpenWithError();
    void schemelessAddressSubscribesOverHttp();
    void siteIconIsStoredAndShown();
    void hostileIconsAreRefused();

private:
    Ui::AddSubscriptionDialog *openDialog(const QString &typed);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<Core::Store> m_reader;
    std::unique_ptr<Core::StorageWriter> m_writer;
    std::unique_ptr<Ui::CorePipelineLink> m_pipeline;
    std::unique_ptr<Ui::MainWindow> m_window;
};

void TestAddSubscription::init()
{
    qRegisterMetaType<Core::Error>();
    qRegisterMetaType<Core::RefreshProgress>();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(openStore(*m_dir)); // creates the schema
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->listen());
    m_reader = openReader(*m_dir);
    QVERIFY(m_reader);
    m_writer = std::make_unique<Core::StorageWriter>(m_dir->path());
    m_pipeline = std::make_unique<Ui::CorePipelineLink>(m_reader.get(), m_writer.get());
    m_window = std::make_unique<Ui::MainWindow>(m_reader.get(), m_writer.get(), m_pipeline.get());
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAddSubscription::cleanup()
{
    m_window.reset();
    m_pipeline.reset();
    m_writer.reset();
    m_reader.reset();
    m_server.reset();
    m_dir.reset();
}

Ui::AddSubscriptionDialog *TestAddSubscription::openDialog(const QString &typed)
{
    m_window->actions().addSubscription->trigger();
    Ui::AddSubscriptionDialog *dialog = m_window->subscriptions()->addDialog();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("subscriptionUrl"));
    field->clear();
    QTest::keyClicks(field, typed);
    return dialog;
}

void TestAddSubscription::failedAddKeepsDialogOpenWithError()
{
    // The page answers, slowly, with HTML that announces no feed, and no
    // common feed path exists: the add fails after a visible wait.
    HttpResponse page = TestHttpServer::ok("<html><body>No feed here</body></html>", "text/html");
    page.delayMs = 300;
    m_server->serve("/nothing", page);
    const QString typed = m_server->url(QStringLiteral("/nothing")).toString();
    QPointer<Ui::AddSubscriptionDialog> dialog = openDialog(typed);
    QVERIFY(dialog);
    QPushButton *subscribe = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(subscribe->isEnabled());
    QTest::mouseClick(subscribe, Qt::LeftButton);

    // While the feed is fetched: busy, Subscribe off, still open.
    QVERIFY(dialog->isBusy());
    QVERIFY(!subscribe->isEnabled());
    QVERIFY(dialog->findChild<QProgressBar *>(QStringLiteral("subscriptionProgress"))->isVisible());

    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), Patience);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("subscriptionError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(Ui::errorText(Core::ErrorCode::NotAFeed, {})), qPrintable(error->text()));
    QCOMPARE(dialog->errorShown(), error->text());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("subscriptionUrl"))->text(), typed);
    QVERIFY(subscribe->isEnabled()); // ready for another try
    QVERIFY(m_reader->subscriptions().isEmpty());
    QVERIFY(m_window->statusPanel()->currentMessage().isEmpty()); // said once, in the dialog

    // Cancel closes it; nothing was added.
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
}

void TestAddSubscription::schemelessAddressSubscribesOverHttp()
{
    m_server->route("/feed.xml", [this](const HttpRequest &) {
        return TestHttpServer::ok(rssFeed("Plain Port Gazette", m_server->url(QStringLiteral("/")).toEncoded(),
                                      { { "g1", "Harbour reopens", m_server->url(QStringLiteral("/g1")).toEncoded(),
                                          "Kernow Harbour Trust" } }),
            "application/rss+xml");
    });
    const QString typed = QStringLiteral("127.0.0.1:%1/feed.xml").arg(m_server->port());
    QPointer<Ui::AddSubscriptionDialog> dialog = openDialog(typed);
    QVERIFY(dialog);
    QPushButton *subscribe = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(subscribe->isEnabled()); // a schemeless address is an address
    QSignalSpy added(m_pipeline.get(), &Ui::PipelineLink::subscriptionAdded);
    QTest::mouseClick(subscribe, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, Patience);
    QTRY_VERIFY(!dialog); // closed (and deleted) once subscribed

    QCOMPARE(m_server->tlsAttempts(), 1); // https first...
    QCOMPARE(m_server->requestCount("/feed.xml"), 1); // ...then http
    const std::optional<Core::Subscription> subscription
        = m_reader->subscription(added.constFirst().at(0).value<Core::SubscriptionId>());
    QVERIFY(subscription);
    QCOMPARE(subscription->url, m_server->url(QStringLiteral("/feed.xml")).toString());
    QCOMPARE(subscription->title, QStringLiteral("Plain Port Gazette"));
}

void TestAddSubscription::siteIconIsStoredAndShown()
{
    // The site announces three icons: a touch icon over the size cap, a
    // broken image, and the real one; the best is tried first, each failure
    // falls through to the next.
    m_server->serve("/",
        TestHttpServer::ok(R"(<html><head><title>Gazette</title>
        <link rel="apple-touch-icon" sizes="180x180" href="/touch.png">
        <link rel="icon" type="image/png" sizes="64x64" href="/broken.png">
        <link rel="icon" type="image/svg+xml" href="/icon.svg">
        <link rel="shortcut icon" sizes="32x32" href="static/icon-32.png">
        </head><body>Hello</body></html>)",
            "text/html"));
    HttpResponse huge = TestHttpServer::ok(QByteArray(300 * 1024, 'x'), "image/png");
    m_server->serve("/touch.png", huge);
    m_server->serve("/broken.png", TestHttpServer::ok("\x89PNG but not really", "image/png"));
    m_server->serve("/static/icon-32.png", TestHttpServer::ok(pngOf(Qt::red, 32), "image/png"));
    m_server->route("/feed.xml", [this](const HttpRequest &) {
        return TestHttpServer::ok(rssFeed("Gazette", m_server->url(QStringLiteral("/")).toEncoded(),
                                      { { "g1", "Harbour reopens", m_server->url(QStringLiteral("/g1")).toEncoded(),
                                          "Kernow Harbour Trust" } }),
            "application/rss+xml");
    });
    QSignalSpy iconChanged(m_pipeline.get(), &Ui::PipelineLink::iconChanged);
    QPointer<Ui::AddSubscriptionDialog> dialog = openDialog(m_server->url(QStringLiteral("/feed.xml")).toString());
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(iconChanged.size(), 1, Patience);
    const Core::SubscriptionId id = iconChanged.constFirst().at(0).value<Core::SubscriptionId>();

    QCOMPARE(m_server->requestCount("/touch.png"), 1);
    QCOMPARE(m_server->requestCount("/broken.png"), 1);
    QCOMPARE(m_server->requestCount("/icon.svg"), 0);
    QCOMPARE(m_server->requestCount("/static/icon-32.png"), 1);
    QCOMPARE(m_server->requestCount("/favicon.ico"), 0); // not needed
    const QImage stored = QImage::fromData(m_reader->subscriptionIcon(id));
    QCOMPARE(stored.size(), QSize(32, 32));
    QVERIFY(m_reader->subscriptionIconFetched(id).isValid());

    const QModelIndex node = m_window->treeModel()->indexForSubscription(id);
    QVERIFY(node.isValid());
    const QIcon decoration = node.data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!decoration.isNull());
    QCOMPARE(middleOf(decoration), QColor(Qt::red));
    // A tree built afresh reads it from the store.
    m_window->treeModel()->rebuild();
    QCOMPARE(middleOf(m_window->treeModel()->indexForSubscription(id).data(Qt::DecorationRole).value<QIcon>()),
        QColor(Qt::red));
}

void TestAddSubscription::hostileIconsAreRefused()
{
    // An image that claims to be huge, a broken one: no icon.
    QImage wide(4000, 2, QImage::Format_RGB32);
    wide.fill(Qt::blue);
    QByteArray wideBytes;
    QBuffer buffer(&wideBytes);
    buffer.open(QIODevice::WriteOnly);
    wide.save(&buffer, "PNG");
    QVERIFY(wideBytes.size() < 256 * 1024); // small on the wire, large once decoded
    QVERIFY(Core::normaliseSiteIcon(wideBytes).isEmpty());
    QVERIFY(Core::normaliseSiteIcon("GIF89a nonsense").isEmpty());
    QVERIFY(Core::normaliseSiteIcon({}).isEmpty());
    // A large but reasonable one is scaled down to what is kept.
    const QImage kept = QImage::fromData(Core::normaliseSiteIcon(pngOf(Qt::green, 512)));
    QCOMPARE(kept.size(), QSize(64, 64));
}

QTEST_MAIN(TestAddSubscription)
#include "tst_add_subscription.moc"
