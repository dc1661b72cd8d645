// Prints how fast HtmlSanitizer::clean runs on real pages and on hostile
// shapes (10 MiB of markup, deep nesting). Figures only, no assertions.
//   build/tests/bench_html_sanitizer [rounds]

#include "base/charset.h"
#include "html/sanitizer.h"
#include "test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <libxml/HTMLparser.h>

using namespace Core;

namespace {

void report(const char *what, qint64 bytes, qint64 nanoseconds, int items)
{
    const double ms = nanoseconds / 1e6;
    std::printf("%-34s %8.1f ms total  %7.3f ms/item  %7.1f MB/s  (%d items, %.1f MB)\n", what, ms,
        items ? ms / items : 0.0, ms > 0 ? (bytes / 1e6) / (ms / 1e3) : 0.0, items, bytes / 1e6);
}

QString repeated(const QString &piece, int count)
{
    QString out;
    out.reserve(piece.size() * count);
    for (int i = 0; i < count; ++i)
        out += piece;
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;
    const QUrl base(QStringLiteral("https://example.com/news/story.html"));

    const QString corpus = TestSupport::sharedPath(QStringLiteral("corpus/readability"));
    if (corpus.isEmpty()) {
        std::printf("../shared/corpus/readability is absent: skipping the real pages\n");
    } else {
        QList<QString> pages;
        qint64 bytes = 0;
        for (const QString &page : QDir(corpus).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QByteArray raw
                = TestSupport::readFile(corpus + QLatin1Char('/') + page + QStringLiteral("/source.html"));
            if (raw.isEmpty())
                continue;
            pages.append(Charset::decodeHtml(raw).text);
            bytes += raw.size();
        }
        QList<qint64> times;
        QElapsedTimer timer;
        qint64 total = 0;
        for (int round = 0; round < rounds; ++round) {
            for (const QString &page : std::as_const(pages)) {
                timer.start();
                const QString cleaned = HtmlSanitizer::clean(page, base);
                const qint64 elapsed = timer.nsecsElapsed();
                times.append(elapsed);
                total += elapsed;
                Q_UNUSED(cleaned);
            }
        }
        report("readability source pages", bytes * rounds, total, int(times.size()));
        // The floor: what libxml2 alone costs on the same pages.
        qint64 parseOnly = 0;
        for (int round = 0; round < rounds; ++round) {
            for (const QString &page : std::as_const(pages)) {
                const QByteArray utf8 = page.toUtf8();
                timer.start();
                htmlDocPtr doc = htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                    HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | XML_PARSE_HUGE);
                xmlFreeDoc(doc);
                parseOnly += timer.nsecsElapsed();
            }
        }
        report("  of which libxml2 parse + free", bytes * rounds, parseOnly, int(times.size()));
        std::sort(times.begin(), times.end());
        std::printf("%-34s median %.3f ms, p90 %.3f ms, max %.3f ms\n", "", times.at(times.size() / 2) / 1e6,
            times.at(times.size() * 9 / 10) / 1e6, times.constLast() / 1e6);
    }

    const QString block = QStringLiteral("<p class=\"c\" onclick=\"x()\">Lorem ipsum <a href=\"/l\">dolor</a> sit "
                                         "&amp; amet, <img src=\"/i.png\" width=\"1\" height=\"1\"><script>bad()"
                                         "</script></p>\n");
    const QString tenMiB = repeated(block, int(10 * 1024 * 1024 / block.size()));
    const QString deep = repeated(QStringLiteral("<div><span>"), 100000) + QStringLiteral("deep");
    const QString textNode = QStringLiteral("<p>") + QString(10 * 1024 * 1024, QLatin1Char('a'));
    const struct {
        const char *name;
        const QString &html;
    } shapes[] = { { "10 MiB of paragraphs", tenMiB }, { "200,000 unclosed nested elements", deep },
        { "one 10 MiB text node", textNode } };
    for (const auto &shape : shapes) {
        QElapsedTimer timer;
        timer.start();
        const QString cleaned = HtmlSanitizer::clean(shape.html, base);
        report(shape.name, shape.html.toUtf8().size(), timer.nsecsElapsed(), 1);
        Q_UNUSED(cleaned);
    }
    return 0;
}
