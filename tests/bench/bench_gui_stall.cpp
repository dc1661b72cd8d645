// GUI responsiveness with a big store, and a demo-profile filler.
//
//   bench_gui_stall [--stories N]     fills a temporary store with N stories
//                                     (default 100000), opens the window
//                                     offscreen and prints how long the GUI
//                                     thread is blocked by each step.
//   bench_gui_stall --fill-demo DIR   fills DIR with feeds made from the
//                                     shared corpus pages (for screenshots).
//   bench_gui_stall --grab PNG --profile DIR [--dark]
//                                     renders the window over DIR offscreen
//                                     into PNG, in a dark palette if asked.

#include "base/html_text.h"
#include "models/story_list_model.h"
#include "reading/reading_pane.h"
#include "storage/store.h"
#include "test_support.h"
#include "window/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>

#include <cstdio>

namespace {

std::unique_ptr<Core::Store> open(const QString &dir)
{
    auto opened = Core::Store::open(dir);
    if (!opened) {
        std::fprintf(stderr, "cannot open store in %s: %s\n", qPrintable(dir), qPrintable(opened.error().detail));
        return nullptr;
    }
    return std::move(*opened);
}

QString plain(const QString &html)
{
    return Core::HtmlText::htmlToText(html);
}

// Capitalised two-word names that recur in a text: a crude stand-in for the
// real topic tagger, good enough to give the demo chips.
QStringList names(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("\\b([A-Z][a-z]{2,} [A-Z][a-z]{2,})\\b"));
    QHash<QString, int> counts;
    auto it = name.globalMatch(text);
    while (it.hasNext())
        ++counts[it.next().captured(1)];
    QStringList result;
    for (auto c = counts.cbegin(); c != counts.cend(); ++c)
        if (c.value() >= 2 && !c.key().startsWith(QLatin1String("The ")))
            result.append(c.key());
    std::sort(
        result.begin(), result.end(), [&counts](const QString &a, const QString &b) { return counts[a] > counts[b]; });
    return result.mid(0, 4);
}

int fillDemo(const QString &dir)
{
    const QString corpus = TestSupport::sharedPath(QStringLiteral("corpus/readability"));
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "../shared/corpus/readability is absent\n");
        return 2;
    }
    QDir().mkpath(dir);
    std::unique_ptr<Core::Store> store = open(dir);
    if (!store)
        return 1;
    const Core::FolderId news = store->addFolder(QStringLiteral("News")).value();
    const Core::FolderId tech = store->addFolder(QStringLiteral("Technology")).value();
    struct Feed {
        QString title;
        QString url;
        Core::FolderId folder;
        Core::SubscriptionId id = 0;
    };
    QList<Feed> feeds = {
        { QStringLiteral("World Desk"), QStringLiteral("https://world.example/feed"), news },
        { QStringLiteral("The Evening Ledger"), QStringLiteral("https://ledger.example/rss"), news },
        { QStringLiteral("Harbour Times"), QStringLiteral("https://harbour.example/atom"), news },
        { QStringLiteral("Circuit Notes"), QStringLiteral("https://circuit.example/feed"), tech },
        { QStringLiteral("Open Source Weekly"), QStringLiteral("https://osw.example/index.xml"), tech },
        { QStringLiteral("Long Reads"), QStringLiteral("https://longreads.example/rss"), 0 },
    };
    for (Feed &feed : feeds)
        feed.id = store->addSubscription(feed.url, feed.title, feed.folder).value();
    const Core::SubscriptionId broken
        = store->addSubscription(QStringLiteral("https://gone.example/feed.xml"), QStringLiteral("Gone Gazette"), news)
              .value();
    (void)store->recordFetchFailure(
        broken, { Core::ErrorCode::NetworkError, QStringLiteral("Host gone.example not found"), {} });

    QStringList pages = QDir(corpus).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int n = 0;
    for (const QString &page : pages) {
        const QByteArray html
            = TestSupport::readFile(corpus + QLatin1Char('/') + page + QStringLiteral("/expected.html"));
        const QJsonObject meta = QJsonDocument::fromJson(
            TestSupport::readFile(corpus + QLatin1Char('/') + page + QStringLiteral("/expected-metadata.json")))
                                     .object();
        const QString title = meta.value(QStringLiteral("title")).toString().simplified();
        if (html.size() < 2000 || title.size() < 12 || !meta.value(QStringLiteral("readerable")).toBool())
            continue;
        const Feed &feed = feeds.at(n % feeds.size());
        const QString body = QString::fromUtf8(html);
        const QString text = plain(body);
        Core::ParsedItem item;
        item.id = page;
        item.title = title;
        item.link = QStringLiteral("https://%1/%2").arg(QUrl(feed.url).host(), page);
        item.published = now.addSecs(-qint64(n) * 2400 - 300);
        item.author = meta.value(QStringLiteral("byline")).toString();
        item.summaryHtml
            = QStringLiteral("<p>%1</p>").arg(meta.value(QStringLiteral("excerpt")).toString().toHtmlEscaped());
        const auto added = store->upsertStories(feed.id, { item });
        ++n;
        if (!added || added->isEmpty())
            continue;
        Core::Article article;
        article.url = item.link;
        article.title = title;
        article.byline = item.author;
        article.siteName = feed.title;
        article.lang = meta.value(QStringLiteral("lang")).toString();
        article.dir = meta.value(QStringLiteral("dir")).toString() == QLatin1String("rtl") ? QStringLiteral("rtl")
                                                                                           : QStringLiteral("ltr");
        article.html = body;
        article.text = text;
        article.excerpt = meta.value(QStringLiteral("excerpt")).toString();
        article.wordCount = int(text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        article.readingMinutes = qMax(1, article.wordCount / 230);
        article.topics = names(text);
        for (const QString &topic : std::as_const(article.topics))
            article.rawTags.append({ Core::TagSource::Meta, topic });
        article.readerable = true;
        (void)store->saveArticle(added->first(), article);
    }
    std::printf("filled %s with %d stories in %lld feeds\n", qPrintable(dir), n, qint64(feeds.size()));
    return 0;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

int bench(int total)
{
    QTemporaryDir dir;
    std::unique_ptr<Core::Store> store = open(dir.path());
    if (!store)
        return 1;
    const Core::SubscriptionId feed
        = store->addSubscription(QStringLiteral("https://big.example/feed"), QStringLiteral("Big")).value();
    QElapsedTimer timer;
    timer.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int start = 0; start < total; start += 10000) {
        QList<Core::ParsedItem> items;
        for (int i = start; i < qMin(total, start + 10000); ++i) {
            Core::ParsedItem item;
            item.id = QString::number(i);
            item.title = QStringLiteral("Story number %1 about the tides of the harbour").arg(i);
            item.link = QStringLiteral("https://big.example/%1").arg(i);
            item.published = now.addSecs(-30LL * i);
            item.summaryHtml = QStringLiteral("<p>An excerpt for story %1 with a few words.</p>").arg(i);
            items.append(item);
        }
        (void)store->upsertStories(feed, items);
    }
    std::printf("fill: %d stories in %.0f ms\n", total, ms(timer));

    timer.restart();
    Ui::MainWindow window(store.get());
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    std::printf("open window (first page, tree, counts): %.1f ms\n", ms(timer));

    QListView *list = window.storyList();
    double worstFetch = 0;
    double sumFetch = 0;
    int fetches = 0;
    while (window.storyModel()->canFetchMore({})) {
        timer.restart();
        window.storyModel()->fetchMore({});
        const double t = ms(timer);
        worstFetch = qMax(worstFetch, t);
        sumFetch += t;
        ++fetches;
    }
    std::printf("fetchMore: %d pages, mean %.2f ms, worst %.2f ms, rows %d\n", fetches, sumFetch / qMax(1, fetches),
        worstFetch, window.storyModel()->rowCount());

    // Scroll through the whole list a screen at a time, painting each step.
    QScrollBar *bar = list->verticalScrollBar();
    double worstPaint = 0;
    int steps = 0;
    timer.restart();
    QElapsedTimer step;
    for (int value = 0; value <= bar->maximum() && steps < 2000; value += bar->maximum() / 1000 + 1) {
        step.start();
        bar->setValue(value);
        list->viewport()->repaint();
        worstPaint = qMax(worstPaint, ms(step));
        ++steps;
    }
    std::printf("scroll+paint: %d steps over %d rows, mean %.2f ms, worst %.2f ms\n", steps,
        window.storyModel()->rowCount(), ms(timer) / qMax(1, steps), worstPaint);

    {
        double worst = 0;
        timer.restart();
        for (int i = 0; i < 200; ++i) {
            step.start();
            (void)store->story(window.storyModel()->storyAt(i * (total / 200)).id);
            worst = qMax(worst, ms(step));
        }
        std::printf("Store::story alone: mean %.2f ms, worst %.2f ms\n", ms(timer) / 200, worst);
        double worstPane = 0;
        timer.restart();
        for (int i = 0; i < 200; ++i) {
            const auto detail = store->story(window.storyModel()->storyAt(i * (total / 200)).id);
            step.start();
            window.readingPane()->showStory(*detail, false, false);
            worstPane = qMax(worstPane, ms(step));
        }
        std::printf("ReadingPane::showStory alone: mean %.2f ms, worst %.2f ms\n", ms(timer) / 200, worstPane);
        timer.restart();
        for (int i = 0; i < 20; ++i)
            window.repaint();
        std::printf("full window repaint: mean %.2f ms\n", ms(timer) / 20);
        Core::StoryFilter unread;
        unread.kind = Core::StoryFilter::Kind::Unread;
        timer.restart();
        (void)store->subscriptions();
        std::printf("Store::subscriptions (unread counts): %.2f ms\n", ms(timer));
        timer.restart();
        (void)store->countStories(unread);
        std::printf("Store::countStories(Unread): %.2f ms\n", ms(timer));
    }

    double worstSelect = 0;
    timer.restart();
    for (int i = 0; i < 200; ++i) {
        step.start();
        window.selectStory(window.storyModel()->storyAt(i * (total / 200)).id);
        QApplication::processEvents();
        worstSelect = qMax(worstSelect, ms(step));
    }
    std::printf(
        "select story (load + render + mark read): mean %.2f ms, worst %.2f ms\n", ms(timer) / 200, worstSelect);
    return 0;
}

int grab(const QString &png, const QString &profile, bool dark)
{
    if (dark) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette palette;
        palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2e));
        palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x21));
        palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2a, 0x2e));
        palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        palette.setColor(QPalette::Button, QColor(0x33, 0x33, 0x37));
        palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        palette.setColor(QPalette::Highlight, QColor(0x35, 0x84, 0xe4));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        palette.setColor(QPalette::Link, QColor(0x78, 0xae, 0xed));
        palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
        palette.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x5a));
        QApplication::setPalette(palette);
    }
    std::unique_ptr<Core::Store> store = open(profile);
    if (!store)
        return 1;
    Ui::MainWindow window(store.get());
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    return window.grab().save(png) ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption fill(
        QStringLiteral("fill-demo"), QStringLiteral("Fill <dir> with demo feeds."), QStringLiteral("dir"));
    const QCommandLineOption stories(
        QStringLiteral("stories"), QStringLiteral("How many stories."), QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption grabOption(
        QStringLiteral("grab"), QStringLiteral("Render the window into <png>."), QStringLiteral("png"));
    const QCommandLineOption profile(
        QStringLiteral("profile"), QStringLiteral("Profile folder for --grab."), QStringLiteral("dir"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Use a dark palette for --grab."));
    parser.addOption(grabOption);
    parser.addOption(profile);
    parser.addOption(dark);
    parser.addOption(fill);
    parser.addOption(stories);
    parser.process(app);
    if (parser.isSet(grabOption))
        return grab(parser.value(grabOption), parser.value(profile), parser.isSet(dark));
    if (parser.isSet(fill))
        return fillDemo(parser.value(fill));
    return bench(qMax(1000, parser.value(stories).toInt()));
}
