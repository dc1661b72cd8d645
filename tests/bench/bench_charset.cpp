// Prints what Charset::decodeHtml / decodeXml cost and decide: the
// trafilatura pages and the feedparser feeds (how many were settled by each
// step, and the time), then large synthetic pages on the declared, UTF-8 and
// detection paths. BENCH_CHARSET_LIST=1 lists every page that needed detection
// or fell back to windows-1252. Run: build/tests/bench_charset

#include "base/charset.h"
#include "test_support.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QMap>
#include <QStringEncoder>

#include <cstdio>

using namespace Core;

namespace {

const char *sourceName(Charset::Source source)
{
    switch (source) {
    case Charset::Source::Bom:
        return "bom";
    case Charset::Source::UnicodePattern:
        return "utf-16/32 pattern";
    case Charset::Source::Http:
        return "http";
    case Charset::Source::Document:
        return "document";
    case Charset::Source::Utf8:
        return "utf-8 validity";
    case Charset::Source::Detected:
        return "detected";
    case Charset::Source::Default:
        return "default";
    }
    return "?";
}

using Decoder = Charset::Decoded (*)(const QByteArray &, const QString &);

void survey(const char *what, const QString &root, const QStringList &suffixes, Decoder decoder)
{
    if (root.isEmpty()) {
        std::printf("%s absent (../shared): skipped\n", what);
        return;
    }
    QList<std::pair<QString, QByteArray>> files;
    qint64 bytes = 0;
    for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        for (const QString &suffix : suffixes) {
            if (path.endsWith(suffix)) {
                files.append({ QDir(root).relativeFilePath(path), TestSupport::readFile(path) });
                bytes += files.last().second.size();
                break;
            }
        }
    }
    const bool list = qEnvironmentVariableIsSet("BENCH_CHARSET_LIST");
    QMap<QString, int> counts;
    qint64 nanoseconds = 0;
    QElapsedTimer timer;
    for (const auto &[name, content] : files) {
        timer.start();
        const Charset::Decoded decoded = decoder(content, {});
        nanoseconds += timer.nsecsElapsed();
        ++counts[QStringLiteral("%1 -> %2").arg(QLatin1String(sourceName(decoded.source)), decoded.encoding)];
        if (list && (decoded.source == Charset::Source::Detected || decoded.source == Charset::Source::Default))
            std::printf(
                "  %-18s %-14s %s\n", sourceName(decoded.source), qPrintable(decoded.encoding), qPrintable(name));
    }
    std::printf("%s: %lld files, %.1f MiB, %.1f ms total, %.1f MiB/s\n", what, qint64(files.size()),
        bytes / (1024.0 * 1024.0), nanoseconds / 1e6, bytes / (1024.0 * 1024.0) / (nanoseconds / 1e9));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        std::printf("  %5d  %s\n", it.value(), qPrintable(it.key()));
}

void timeDecode(const char *what, const QByteArray &bytes, int runs, Decoder decoder)
{
    QElapsedTimer timer;
    timer.start();
    Charset::Decoded decoded;
    for (int i = 0; i < runs; ++i)
        decoded = decoder(bytes, {});
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("%-52s %8.3f ms/decode %8.1f MiB/s  (%s, %s)\n", what, seconds * 1e3 / runs,
        bytes.size() * double(runs) / (1024.0 * 1024.0) / seconds, sourceName(decoded.source),
        qPrintable(decoded.encoding));
}

QByteArray page(const QString &body, const char *charset, const QByteArray &meta)
{
    QStringEncoder encoder(charset);
    QByteArray bytes = "<!doctype html><html><head>" + meta + "<title>Bench</title></head><body>";
    const QByteArray paragraph = "<p>" + QByteArray(encoder.encode(body)) + "</p>\n";
    while (bytes.size() < 1024 * 1024)
        bytes += paragraph;
    return bytes + "</body></html>";
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    survey("trafilatura pages (decodeHtml, no HTTP charset)",
        TestSupport::sharedPath(QStringLiteral("corpus/trafilatura-eval/pages")), { QStringLiteral(".html") },
        &Charset::decodeHtml);
    survey("feedparser feeds (decodeXml, no HTTP charset)",
        TestSupport::sharedPath(QStringLiteral("corpus/feeds/feedparser")), { QStringLiteral(".xml") },
        &Charset::decodeXml);

    const QString russian = QStringLiteral(
        "\u041d\u0430\u0432\u0435\u0440\u043d\u043e\u0435, \u0435\u0434\u0438\u043d\u0441\u0442\u0432\u0435\u043d"
        "\u043d\u043e\u0435, \u0432\u043e \u0447\u0442\u043e \u0441\u0435\u0433\u043e\u0434\u043d\u044f \u043c\u043e"
        "\u0436\u043d\u043e \u0432\u0435\u0440\u0438\u0442\u044c \u0431\u0435\u0437\u043e\u0433\u043e\u0432\u043e"
        "\u0440\u043e\u0447\u043d\u043e.");
    const int runs = 20;
    timeDecode("1 MiB UTF-8, undeclared", page(russian, "utf-8", {}), runs, &Charset::decodeHtml);
    timeDecode("1 MiB UTF-8, <meta charset=utf-8>", page(russian, "utf-8", "<meta charset=utf-8>"), runs,
        &Charset::decodeHtml);
    timeDecode("1 MiB windows-1251, <meta charset=windows-1251>",
        page(russian, "windows-1251", "<meta charset=windows-1251>"), runs, &Charset::decodeHtml);
    timeDecode(
        "1 MiB windows-1251, undeclared (detection)", page(russian, "windows-1251", {}), runs, &Charset::decodeHtml);
    timeDecode("1 MiB windows-1251 labelled utf-8 (fallback)", page(russian, "windows-1251", "<meta charset=utf-8>"),
        runs, &Charset::decodeHtml);
    const QByteArray window = page(russian, "windows-1251", {}).left(Charset::detectionWindow);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < runs; ++i)
        Charset::detect(window);
    std::printf("%-52s %8.3f ms/call\n", "Charset::detect alone on 64 KiB", timer.nsecsElapsed() / 1e6 / runs);
    return 0;
}
