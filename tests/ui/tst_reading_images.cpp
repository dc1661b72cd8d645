// Remote images: nothing reaches the network until the user allows it, for
// one story, for a feed, or everywhere.

#include "models/story_list_model.h"
#include "models/subscription_tree_model.h"
#include "reading/image_loader.h"
#include "reading/reading_browser.h"
#include "reading/reading_pane.h"
#include "ui_fixture.h"
#include "window/main_window.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFrame>
#include <QImage>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>

using namespace UiTest;

namespace {

// A tiny HTTP server on 127.0.0.1 that counts connections, keeps the paths
// asked for, and answers every request with a PNG.
class ImageServer final : public QTcpServer {
public:
    ImageServer()
    {
        setImage(8, 8);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    paths.append(QString::fromLatin1(m_request.split(' ').value(1)));
                    m_request.clear();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\nContent-Length: "
                        + QByteArray::number(m_png.size()) + "\r\nConnection: close\r\n\r\n" + m_png);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    void setImage(int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(Qt::red);
        m_png.clear();
        QBuffer buffer(&m_png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(serverPort()).arg(path));
    }
    int connections = 0;
    QStringList paths;

private:
    QByteArray m_png;
    QByteArray m_request;
};

} // namespace

class TestReadingImages final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void blockedUntilLoadImagesClicked();
    void allowedPerFeed();
    void allowedEverywhere();
    void stylesheetsAndLinksNeverLoad();
    void hugeImagesAreScaledWhileDecoding();

private:
    Core::StoryId addStory(Core::SubscriptionId feed, const QString &id, const QString &imagePath);
    Ui::ImageLoader *loader() const { return m_window->findChild<Ui::ImageLoader *>(); }
    // Proves that the pane asked for nothing: lays the story out and paints
    // it (the browser asks for its images then), and sends one more image
    // through the same loader. Once that one arrived, anything asked for
    // before it would have reached the server first: the server saw only it.
    bool onlySentinelReachesServer();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Core::Store> m_store;
    std::unique_ptr<ImageServer> m_server;
    std::unique_ptr<Ui::MainWindow> m_window;
    Core::SubscriptionId m_feed = 0;
    Core::SubscriptionId m_other = 0;
};

void TestReadingImages::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = openStore(*m_dir);
    QVERIFY(m_store);
    m_server = std::make_unique<ImageServer>();
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    m_feed
        = m_store->addSubscription(QStringLiteral("https://pictures.example/feed"), QStringLiteral("Pictures")).value();
    m_other = m_store->addSubscription(QStringLiteral("https://other.example/feed"), QStringLiteral("Other")).value();
}

void TestReadingImages::cleanup()
{
    m_window.reset();
    m_server.reset();
    m_store.reset();
    m_dir.reset();
}

bool TestReadingImages::onlySentinelReachesServer()
{
    Ui::ReadingBrowser *browser = m_window->readingPane()->browser();
    browser->document()->documentLayout(); // lays out, asking for resources
    browser->viewport()->repaint();
    if (loader()->pending() != 0) {
        qWarning() << "the loader is fetching" << loader()->pending() << "images";
        return false;
    }
    const QStringList before = m_server->paths;
    static int sentinels = 0;
    const QString path = QStringLiteral("sentinel-%1.png").arg(++sentinels);
    const QUrl sentinel = m_server->url(path);
    loader()->request(sentinel);
    if (!QTest::qWaitFor([&] { return !loader()->cached(sentinel).isNull(); }, 10000)) {
        qWarning() << "the sentinel image never arrived";
        return false;
    }
    const QStringList seen = m_server->paths.mid(before.size());
    if (seen != QStringList { QLatin1Char('/') + path }) {
        qWarning() << "the server saw" << seen;
        return false;
    }
    return true;
}

Core::StoryId TestReadingImages::addStory(Core::SubscriptionId feed, const QString &id, const QString &imagePath)
{
    const QString html = QStringLiteral("<p>A story with a picture.</p><p><img src=\"%1\" alt=\"x\"></p>")
                             .arg(m_server->url(imagePath).toString());
    const auto added = m_store->upsertStories(
        feed, { item(id, QStringLiteral("Story %1").arg(id), QDateTime::currentDateTimeUtc().addSecs(-60), html) });
    if (!added || added->isEmpty())
        return 0;
    Core::Article article = UiTest::article(QStringLiteral("Story %1").arg(id), html, {});
    article.leadImageUrl = m_server->url(imagePath + QStringLiteral("-lead")).toString();
    if (!m_store->saveArticle(added->first(), article))
        return 0;
    return added->first();
}

void TestReadingImages::blockedUntilLoadImagesClicked()
{
    const Core::StoryId story = addStory(m_feed, QStringLiteral("a"), QStringLiteral("a.png"));
    QVERIFY(story);
    m_window = std::make_unique<Ui::MainWindow>(m_store.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectStory(story);
    Ui::ReadingPane *pane = m_window->readingPane();
    QCOMPARE(pane->storyId(), story);
    QCOMPARE(pane->blockedImageCount(), 2); // the body image and the lead image
    QVERIFY(onlySentinelReachesServer());
    auto *bar = pane->findChild<QFrame *>(QStringLiteral("imagesBar"));
    QVERIFY(bar->isVisible());

    QTest::mouseClick(pane->findChild<QPushButton *>(QStringLiteral("loadImagesButton")), Qt::LeftButton);
    QTRY_VERIFY(m_server->connections > 0);
    QTRY_VERIFY(!loader()->cached(m_server->url(QStringLiteral("a.png"))).isNull());
    QVERIFY(!bar->isVisible());
    // The image is in the document once it arrived.
    QTRY_VERIFY(pane->browser()
                    ->document()
                    ->resource(QTextDocument::ImageResource, m_server->url(QStringLiteral("a.png")))
                    .isValid());

    // Allowing one story does not allow the next.
    QTRY_COMPARE(loader()->pending(), 0);
    const Core::StoryId next = addStory(m_feed, QStringLiteral("b"), QStringLiteral("b.png"));
    m_window->storyModel()->reload();
    m_window->selectStory(next);
    QCOMPARE(pane->blockedImageCount(), 2);
    QVERIFY(onlySentinelReachesServer());
}

void TestReadingImages::allowedPerFeed()
{
    const Core::StoryId first = addStory(m_feed, QStringLiteral("a"), QStringLiteral("a.png"));
    const Core::StoryId second = addStory(m_feed, QStringLiteral("b"), QStringLiteral("b.png"));
    const Core::StoryId elsewhere = addStory(m_other, QStringLiteral("c"), QStringLiteral("c.png"));
    m_window = std::make_unique<Ui::MainWindow>(m_store.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectStory(first);
    QTest::mouseClick(
        m_window->readingPane()->findChild<QPushButton *>(QStringLiteral("allowFeedImagesButton")), Qt::LeftButton);
    QTRY_VERIFY(m_window->treeModel()->allowsImages(m_feed)); // answered once written
    QVERIFY(m_store->subscription(m_feed)->allowImages);
    QTRY_VERIFY(!loader()->cached(m_server->url(QStringLiteral("a.png"))).isNull());

    m_window->selectStory(second); // same feed: loads by itself
    QTRY_VERIFY(!loader()->cached(m_server->url(QStringLiteral("b.png"))).isNull());
    QTRY_COMPARE(loader()->pending(), 0);
    m_window->selectStory(elsewhere); // another feed: still blocked
    QCOMPARE(m_window->readingPane()->blockedImageCount(), 2);
    QVERIFY(onlySentinelReachesServer());
}

void TestReadingImages::allowedEverywhere()
{
    const Core::StoryId story = addStory(m_other, QStringLiteral("a"), QStringLiteral("a.png"));
    m_window = std::make_unique<Ui::MainWindow>(m_store.get());
    m_window->settings().setLoadImagesEverywhere(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectStory(story);
    QTRY_VERIFY(!loader()->cached(m_server->url(QStringLiteral("a.png"))).isNull());
    QCOMPARE(m_window->readingPane()->blockedImageCount(), 0);
}

void TestReadingImages::hugeImagesAreScaledWhileDecoding()
{
    // 9,600 pixels wide: decoded at full size it would be kept at four times
    // the pixels any reading pane can show.
    m_server->setImage(9600, 400);
    const Core::StoryId story = addStory(m_other, QStringLiteral("wide"), QStringLiteral("wide.png"));
    m_window = std::make_unique<Ui::MainWindow>(m_store.get());
    m_window->settings().setLoadImagesEverywhere(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectStory(story);
    const QUrl url = m_server->url(QStringLiteral("wide.png"));
    QTRY_VERIFY(!loader()->cached(url).isNull());
    QCOMPARE(loader()->cached(url).size(), QSize(2400, 100));
    QTRY_COMPARE(loader()->pending(), 0);
}

void TestReadingImages::stylesheetsAndLinksNeverLoad()
{
    const QString html
        = QStringLiteral("<link rel=\"stylesheet\" href=\"%1\"><p style=\"background-image:url(%2)\">"
                         "Text <a href=\"%3\">link</a></p>")
              .arg(m_server->url(QStringLiteral("s.css")).toString(),
                  m_server->url(QStringLiteral("bg.png")).toString(), m_server->url(QStringLiteral("page")).toString());
    const auto added = m_store->upsertStories(
        m_feed, { item(QStringLiteral("s"), QStringLiteral("Styled"), QDateTime::currentDateTimeUtc(), html) });
    QVERIFY(added && !added->isEmpty());
    m_window = std::make_unique<Ui::MainWindow>(m_store.get());
    m_window->settings().setLoadImagesEverywhere(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectStory(added->first());
    QVERIFY(m_window->readingPane()->bodyText().contains(QStringLiteral("Text")));
    // An empty answer, not a null one: QTextDocument would try a null one itself.
    const QVariant css = m_window->readingPane()->browser()->loadResource(
        QTextDocument::StyleSheetResource, m_server->url(QStringLiteral("s.css")));
    QVERIFY(css.isValid() && css.toByteArray().isEmpty());
    QVERIFY(onlySentinelReachesServer());
    QCOMPARE(m_server->connections, 1); // the sentinel's
}

QTEST_MAIN(TestReadingImages)
#include "tst_reading_images.moc"
