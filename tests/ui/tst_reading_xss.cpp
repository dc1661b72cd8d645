// Issue 12, point 5, end to end: nothing runs, nothing phones home. The XSS
// battery (tests/support/xss_battery.h) goes in as a real feed's titles,
// descriptions, content:encoded and Atom summaries, and as the article pages
// those stories link to, all served by a local server that logs every
// request. The real pipeline refreshes and cleans, the real window shows
// each story, with images blocked (the default), after "Load Images", and
// with images allowed everywhere. Only the pipeline's own fetches (the
// feeds, the article pages, the site icon) may reach the server, plus, once
// images are allowed, plain pictures: never a URL from a script, a style, a
// meta, a base, a form, a frame or a handler, never a link target.

#include "models/core_pipeline_link.h"
#include "models/story_list_model.h"
#include "pipeline/refresh_scheduler.h"
#include "pipeline/storage_writer.h"
#include "reading/image_loader.h"
#include "reading/reading_browser.h"
#include "reading/reading_pane.h"
#include "test_feeds.h"
#include "test_http_server.h"
#include "ui_fixture.h"
#include "window/main_actions.h"
#include "window/main_window.h"
#include "xss_battery.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QBuffer>
#include <QDesktopServices>
#include <QImage>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace TestSupport;

namespace {

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray pngBytes()
{
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::blue);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// What the rendered document could act on: its pictures and its links.
// Empty when all of it is inert (web or inline pictures, web or mail links,
// none from the battery's "never" or, for pictures, "link" URLs).
QStringList documentProblems(const QTextDocument *doc, bool imagesAllowed)
{
    QStringList found;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat()) {
                const QString name = format.toImageFormat().name();
                if (!imagesAllowed)
                    found << QStringLiteral("a picture while images are blocked: %1").arg(name);
                const bool web
                    = name.startsWith(QLatin1String("http://")) || name.startsWith(QLatin1String("https://"));
                if (!web && !name.startsWith(QLatin1String("data:image/")))
                    found << QStringLiteral("a picture that is not a web or inline one: %1").arg(name);
                if (name.contains(QLatin1String("/never/")) || name.contains(QLatin1String("/link/")))
                    found << QStringLiteral("a picture from active content or a link: %1").arg(name);
            }
            if (format.isAnchor()) {
                const QString href = format.anchorHref();
                const QString scheme = QUrl(href).scheme();
                if (!href.isEmpty() && scheme != QLatin1String("http") && scheme != QLatin1String("https")
                    && scheme != QLatin1String("mailto"))
                    found << QStringLiteral("a link to %1").arg(href);
                if (href.contains(QLatin1String("/never/")))
                    found << QStringLiteral("a link from active content: %1").arg(href);
            }
            if (format.hasProperty(QTextFormat::BackgroundBrush) && !format.background().textureImage().isNull())
                found << QStringLiteral("a background picture");
        }
        if (!block.blockFormat().background().textureImage().isNull())
            found << QStringLiteral("a block background picture");
    }
    return found;
}

// Records every URL handed to the desktop to open (QDesktopServices).
class OpenedUrls final : public QObject {
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

const QStringList HandledSchemes = { QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("mailto"),
    QStringLiteral("javascript"), QStringLiteral("vbscript"), QStringLiteral("data"), QStringLiteral("file"),
    QStringLiteral("ftp"), QStringLiteral("smb"), QStringLiteral("tidings-test") };

} // namespace

class TestReadingXss final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void batteryNeverRunsNorPhonesHome();
    void hostileLinksAreNeverOpened();
};

void TestReadingXss::batteryNeverRunsNorPhonesHome()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestHttpServer server;
    QVERIFY(server.listen());
    const QString origin = server.url(QStringLiteral("/")).toString().chopped(1);
    const QList<XssVector> &battery = xssBattery();

    // The feeds: every vector as an RSS item's title, description and
    // content:encoded, and as an Atom entry's title and summary.
    QByteArray rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                     "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Hostile</title><link>"
        + origin.toUtf8() + "/site/</link><description>XSS battery</description>\n";
    QByteArray atom = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
                      "<title>Hostile Atom</title><id>urn:hostile</id><updated>2026-11-28T09:00:00Z</updated>"
                      "<link href=\""
        + origin.toUtf8() + "/site/\"/>\n";
    for (int i = 0; i < battery.size(); ++i) {
        const QString html = xssVectorHtml(battery.at(i), origin);
        const QByteArray n = QByteArray::number(i);
        const QByteArray link = origin.toUtf8() + "/article/" + n + ".html";
        rss += "<item><guid isPermaLink=\"false\">x-" + n + "</guid><title>" + xmlEscaped(html) + "</title><link>"
            + link + "</link><pubDate>Sat, 28 Nov 2026 09:00:00 GMT</pubDate><description>" + xmlEscaped(html)
            + "</description><content:encoded>" + xmlEscaped(QStringLiteral("<p>Story %1.</p>").arg(i) + html)
            + "</content:encoded></item>\n";
        atom += "<entry><id>urn:a-" + n + "</id><title type=\"html\">" + xmlEscaped(html)
            + "</title><updated>2026-11-28T09:00:00Z</updated><link href=\"" + origin.toUtf8() + "/atom-article/" + n
            + ".html\"/><summary type=\"html\">" + xmlEscaped(QStringLiteral("<p>Entry %1.</p>").arg(i) + html)
            + "</summary></entry>\n";
    }
    rss += "</channel></rss>\n";
    atom += "</feed>\n";
    server.serve("/feed.xml", TestHttpServer::ok(rss, "application/rss+xml"));
    server.serve("/atom.xml", TestHttpServer::ok(atom, "application/atom+xml"));
    const QByteArray png = pngBytes();
    static const QRegularExpression articlePath(QStringLiteral("^/(atom-)?article/\\d+\\.html$"));
    // The article pages carry the vector inside a readable story; pictures
    // are served to whoever asks (and logged).
    server.setFallback([&](const HttpRequest &request) {
        if (articlePath.match(QString::fromUtf8(request.path)).hasMatch()) {
            const int i = request.path.mid(9).chopped(5).toInt();
            QByteArray page = articlePage("Harbour story " + QByteArray::number(i), i);
            const QByteArray byline = "<p class=\"byline\">By Jane Reporter</p>";
            const QByteArray withVector = byline + xssVectorHtml(battery.value(i), origin).toUtf8();
            page.replace(byline, withVector);
            return TestHttpServer::ok(page, "text/html; charset=utf-8");
        }
        if (request.path.startsWith("/img/"))
            return TestHttpServer::ok(png, "image/png");
        return TestHttpServer::status(404);
    });
    // What the pipeline itself fetches: the feeds, the pages it cleans, the site and its icon.
    const auto pipelineFetch = [&](const QByteArray &path) {
        return path == "/feed.xml" || path == "/atom.xml" || articlePath.match(QString::fromUtf8(path)).hasMatch()
            || path.startsWith("/site/") || path == "/favicon.ico";
    };

    Core::SubscriptionId rssFeed = 0;
    Core::SubscriptionId atomFeed = 0;
    {
        const std::unique_ptr<Core::Store> store = UiTest::openStore(dir);
        QVERIFY(store);
        rssFeed = store->addSubscription(origin + QStringLiteral("/feed.xml")).value();
        atomFeed = store->addSubscription(origin + QStringLiteral("/atom.xml")).value();
    }
    const std::unique_ptr<Core::Store> reader = UiTest::openReader(dir);
    QVERIFY(reader);
    Core::StorageWriter writer(dir.path());
    Ui::CorePipelineLink link(reader.get(), &writer);
    if (link.scheduler())
        link.scheduler()->setReachability(nullptr);
    Ui::MainWindow window(reader.get(), &writer, &link);
    window.resize(1000, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.actions().refreshAll->trigger();
    const qsizetype total = 2 * battery.size();
    QTRY_VERIFY_WITH_TIMEOUT(reader->stories(Core::StoryFilter {}, std::nullopt, 1000).size() == total, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(!link.isBusy(), 30'000);

    Ui::ReadingPane *pane = window.readingPane();
    Ui::ReadingBrowser *browser = pane->browser();
    auto *loader = window.findChild<Ui::ImageLoader *>();
    QVERIFY(loader);
    QSignalSpy loaded(loader, &Ui::ImageLoader::loaded);
    QSignalSpy failed(loader, &Ui::ImageLoader::failed);
    const auto fetchedImages = [&] {
        QList<QUrl> urls;
        for (const QList<QVariant> &args : std::as_const(loaded))
            urls << args.at(0).toUrl();
        for (const QList<QVariant> &args : std::as_const(failed))
            urls << args.at(0).toUrl();
        return urls;
    };
    // Lays the story out and paints it (the browser asks for its pictures
    // then), and waits until every picture asked for has arrived or failed.
    const auto settle = [&] {
        browser->document()->documentLayout()->documentSize();
        browser->viewport()->repaint();
        return QTest::qWaitFor([&] { return loader->pending() == 0; }, 20'000);
    };
    // Every request the server saw was the pipeline's own, or a picture the
    // loader fetched (only while images are allowed, and never a URL from
    // active content or a link target).
    const auto requestProblems = [&](const QString &where) {
        QStringList found;
        for (const QUrl &url : fetchedImages()) {
            if (url.path().contains(QLatin1String("/never/")) || url.path().contains(QLatin1String("/link/")))
                found << QStringLiteral("%1: fetched %2").arg(where, url.toString());
        }
        for (const HttpRequest &request : server.requests()) {
            if (pipelineFetch(request.path))
                continue;
            bool asImage = false;
            for (const QUrl &url : fetchedImages())
                asImage = asImage || url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) == request.target;
            if (!asImage || request.path.contains("/never/") || request.path.contains("/link/"))
                found
                    << QStringLiteral("%1: the server was asked for %2").arg(where, QString::fromUtf8(request.target));
        }
        return found;
    };

    QHash<Core::StoryId, QString> names; // story -> vector name, for the messages
    QList<Core::StoryId> rssStories;
    QList<Core::StoryId> atomStories;
    for (const Core::StoryRow &row : reader->stories(Core::StoryFilter {}, std::nullopt, 1000)) {
        const int i = QUrl(row.link).fileName().chopped(5).toInt();
        names.insert(row.id, QString::fromUtf8(battery.value(i).name));
        (row.subscriptionId == rssFeed ? rssStories : atomStories).append(row.id);
    }
    QCOMPARE(rssStories.size(), battery.size());

    // Default settings: each story cleaned from its page; images blocked,
    // then allowed for the story with "Load Images".
    auto *loadImages = pane->findChild<QPushButton *>(QStringLiteral("loadImagesButton"));
    QVERIFY(loadImages);
    QVERIFY(!window.settings().loadImagesEverywhere());
    QStringList problems;
    int articlesShown = 0;
    for (const Core::StoryId id : std::as_const(rssStories)) {
        const QString name = names.value(id);
        window.selectStory(id);
        if (pane->storyId() != id) {
            problems << QStringLiteral("%1: not shown").arg(name);
            continue;
        }
        // The feed's text first, then (once cleaned) the article.
        if (!QTest::qWaitFor(
                [&] {
                    const auto &shown = pane->story();
                    return shown && shown->row.id == id
                        && (shown->article || shown->cleanError.code != Core::ErrorCode::None);
                },
                20'000)) {
            problems << QStringLiteral("%1: never cleaned").arg(name);
            continue;
        }
        if (pane->story()->article && pane->story()->article->readerable)
            ++articlesShown;
        if (!settle())
            problems << QStringLiteral("%1: pictures still loading").arg(name);
        for (const QString &p : documentProblems(browser->document(), false))
            problems << QStringLiteral("%1, images blocked: %2").arg(name, p);
        problems << requestProblems(name + QStringLiteral(", images blocked"));
        if (!fetchedImages().isEmpty())
            problems << QStringLiteral("%1: pictures fetched while blocked").arg(name);
        if (pane->blockedImageCount() > 0) {
            QTest::mouseClick(loadImages, Qt::LeftButton);
            if (!settle())
                problems << QStringLiteral("%1: pictures still loading").arg(name);
            for (const QString &p : documentProblems(browser->document(), true))
                problems << QStringLiteral("%1, images loaded: %2").arg(name, p);
            problems << requestProblems(name + QStringLiteral(", images loaded"));
        }
        server.clearLog();
        loaded.clear();
        failed.clear();
    }
    // The pages were real articles: the cleaned path was exercised, not
    // only the feed's text.
    QVERIFY2(articlesShown > battery.size() / 2, qPrintable(QString::number(articlesShown)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // Images allowed everywhere, and both feeds marked as carrying their
    // full text: the feeds' own HTML is shown with pictures from the start.
    {
        const std::unique_ptr<Core::Store> store = UiTest::openStore(dir);
        QVERIFY(store);
        for (const Core::SubscriptionId feed : { rssFeed, atomFeed }) {
            Core::SubscriptionSettings settings = store->subscription(feed)->settings;
            settings.fullText = true;
            QVERIFY(store->setSubscriptionSettings(feed, settings));
        }
    }
    window.settings().setLoadImagesEverywhere(true);
    server.clearLog();
    loaded.clear();
    failed.clear();
    QList<Core::StoryId> all = rssStories + atomStories;
    for (const Core::StoryId id : std::as_const(all)) {
        const QString name = names.value(id);
        window.selectStory(id);
        if (pane->storyId() != id || !pane->imagesAllowed()) {
            problems << QStringLiteral("%1: not shown with images").arg(name);
            continue;
        }
        if (!settle())
            problems << QStringLiteral("%1: pictures still loading").arg(name);
        for (const QString &p : documentProblems(browser->document(), true))
            problems << QStringLiteral("%1, feed text, images allowed: %2").arg(name, p);
        problems << requestProblems(name + QStringLiteral(", feed text, images allowed"));
        server.clearLog();
        loaded.clear();
        failed.clear();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Pictures did load where the battery has plain ones: the check above
    // watched a loader that works.
    QVERIFY(!loader->cached(QUrl(origin + QStringLiteral("/img/ok1.png"))).isNull());
}

void TestReadingXss::hostileLinksAreNeverOpened()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::unique_ptr<Core::Store> store = UiTest::openStore(dir);
    QVERIFY(store);
    const Core::SubscriptionId feed
        = store->addSubscription(QStringLiteral("https://hostile.example/feed"), QStringLiteral("Hostile")).value();
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(-60);
    const QStringList hostileLinks = { QStringLiteral("javascript:alert(1)"), QStringLiteral("vbscript:msgbox(1)"),
        QStringLiteral("data:text/html,<script>alert(1)</script>"), QStringLiteral("file:///etc/passwd") };
    QList<Core::ParsedItem> items;
    for (int i = 0; i < hostileLinks.size(); ++i)
        items << UiTest::item(QStringLiteral("h%1").arg(i), QStringLiteral("Hostile %1").arg(i), when.addSecs(i),
            QStringLiteral("<p>Text.</p>"), hostileLinks.at(i));
    const auto added = store->upsertStories(feed, items);
    QVERIFY(added && added->size() == hostileLinks.size());

    OpenedUrls opened;
    for (const QString &scheme : HandledSchemes)
        QDesktopServices::setUrlHandler(scheme, &opened, "open");
    Ui::MainWindow window(store.get());
    window.settings().setBrowserCommand({}); // the desktop's browser: the handlers above
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Ui::ReadingPane *pane = window.readingPane();

    for (int i = 0; i < hostileLinks.size(); ++i) {
        window.selectStory(added->at(i));
        QCOMPARE(pane->storyId(), added->at(i));
        // "Open original" on a story whose link is not a web page.
        Q_EMIT pane->openOriginalRequested();
        // Links in the text: hostile schemes, and relative ones resolved
        // against the story's hostile address.
        for (const QString &href : hostileLinks
                + QStringList { QStringLiteral("relative"), QStringLiteral("JAVASCRIPT:alert(1)"),
                    QStringLiteral("ftp://files.example/x"), QStringLiteral("smb://share.example/x"),
                    QStringLiteral("tidings-test:x") })
            Q_EMIT pane->browser()->anchorClicked(QUrl(href));
    }
    QVERIFY2(opened.urls.isEmpty(), qPrintable(QUrl::toStringList(opened.urls).join(QLatin1Char(' '))));

    // The same path opens a web link (the handlers above would see it).
    Q_EMIT pane->browser()->anchorClicked(QUrl(QStringLiteral("https://ok.example/page")));
    QCOMPARE(opened.urls, QList<QUrl> { QUrl(QStringLiteral("https://ok.example/page")) });
    for (const QString &scheme : HandledSchemes)
        QDesktopServices::unsetUrlHandler(scheme);
}

QTEST_MAIN(TestReadingXss)
#include "tst_reading_xss.moc"
