// Prints how fast FeedParser::parse runs: the feedparser corpus, a typical
// news feed parsed a thousand times (one refresh of a large subscription
// list), and one 20 MiB feed. Run: build/tests/bench_feed_parser
// With FILE [RUNS]: parses FILE (through HtmlSanitizer::clean, as a refresh
// does) RUNS times (default 5) and prints its median as `tidings-mb-s=N`
// (MB = 10^6 bytes); bench/run-feed-parse-bench.sh sets that beside Python
// feedparser on the same file.

#include "feeds/feed_parser.h"
#include "test_support.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace Core;

namespace {

QString identity(const QString &html, const QUrl &)
{
    return html;
}

QByteArray typicalFeed(int items, int paragraphs)
{
    QByteArray paragraph = "<p>The harbour board met on Tuesday to discuss the &lt;b&gt;new&lt;/b&gt; ferry timetable, "
                           "the fish market &amp; the lighthouse repairs.</p>";
    QByteArray bytes = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\" "
                       "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
                       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Bench</title>"
                       "<link>https://bench.example/</link><description>Benchmark feed</description>";
    for (int i = 0; i < items; ++i) {
        bytes += "<item><title>Story number " + QByteArray::number(i)
            + " &amp; more</title><link>https://bench.example/" + QByteArray::number(i) + "</link><guid>bench-"
            + QByteArray::number(i)
            + "</guid><pubDate>Tue, 14 May 2024 07:15:00 GMT</pubDate><dc:creator>Desk</dc:creator>"
              "<category>Harbour</category><description>A short summary of the story.</description>"
              "<content:encoded><![CDATA["
            + paragraph.repeated(paragraphs) + "]]></content:encoded></item>";
    }
    return bytes + "</channel></rss>";
}

void report(const char *what, qint64 nanoseconds, qint64 runs, qint64 bytes)
{
    const double seconds = nanoseconds / 1e9;
    std::printf("%-46s %8.1f ms total  %9.3f ms/parse  %8.1f MiB/s\n", what, seconds * 1e3, seconds * 1e3 / runs,
        bytes / (1024.0 * 1024.0) / seconds);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QUrl url(QStringLiteral("https://bench.example/feed.xml"));

    if (argc > 1) {
        const QByteArray bytes = TestSupport::readFile(QString::fromLocal8Bit(argv[1]));
        if (bytes.isEmpty()) {
            std::fprintf(stderr, "bench_feed_parser: cannot read %s\n", argv[1]);
            return 1;
        }
        const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
        std::vector<double> seconds;
        qsizetype items = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const ParsedFeed feed = FeedParser::parse(bytes, url, {}, QDateTime::currentDateTimeUtc());
            seconds.push_back(timer.nsecsElapsed() / 1e9);
            items = feed.items.size();
        }
        std::sort(seconds.begin(), seconds.end());
        const double median = seconds[seconds.size() / 2];
        std::printf("tidings: %lld bytes, %lld items, median of %d runs %.3f s, tidings-mb-s=%.1f\n",
            static_cast<long long>(bytes.size()), static_cast<long long>(items), runs, median,
            bytes.size() / 1e6 / median);
        return 0;
    }

    const QString corpus = TestSupport::sharedPath(QStringLiteral("corpus/feeds/feedparser"));
    if (!corpus.isEmpty()) {
        QList<QByteArray> files;
        qint64 bytes = 0;
        for (QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
            files << TestSupport::readFile(it.next());
            bytes += files.last().size();
        }
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray &file : files)
            FeedParser::parseWith(&identity, file, url, {}, QDateTime::currentDateTimeUtc());
        report(qPrintable(QStringLiteral("feedparser corpus (%1 files)").arg(files.size())), timer.nsecsElapsed(),
            files.size(), bytes);
    } else {
        std::printf("feedparser corpus absent (../shared): skipped\n");
    }

    const QByteArray typical = typicalFeed(50, 6);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 1000; ++i)
        FeedParser::parseWith(&identity, typical, url, {}, QDateTime::currentDateTimeUtc());
    report(qPrintable(QStringLiteral("1000 x typical feed (50 items, %1 KiB)").arg(typical.size() / 1024)),
        timer.nsecsElapsed(), 1000, typical.size() * 1000LL);
    timer.restart();
    for (int i = 0; i < 1000; ++i)
        FeedParser::parse(typical, url, {}, QDateTime::currentDateTimeUtc());
    report("  same, through HtmlSanitizer::clean", timer.nsecsElapsed(), 1000, typical.size() * 1000LL);

    const QByteArray huge = typicalFeed(20 * 1024 * 1024 / typical.size() * 50, 6);
    timer.restart();
    const ParsedFeed feed = FeedParser::parseWith(&identity, huge, url, {}, QDateTime::currentDateTimeUtc());
    report(qPrintable(
               QStringLiteral("one %1 MiB feed (%2 items)").arg(huge.size() / (1024 * 1024)).arg(feed.items.size())),
        timer.nsecsElapsed(), 1, huge.size());
    return 0;
}
