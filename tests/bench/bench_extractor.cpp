// Extractor speed over the shared corpora: time per page inside the process
// (decode + parse + extraction + Topics::tag), median and p99 per run, then
// the median of those over several runs. The headline figures are thread CPU
// time; wall time is printed beside them. Prints figures; asserts nothing.
//
//   bench_extractor [--runs N] [--list FILE] [--no-topics] [--phases]
//   bench_extractor --topics-only [--runs N] [--list FILE] [--stats] [--dump FILE]
//
// --topics-only extracts every page first (untimed) and times Topics::tag
// alone. --stats passes corpus statistics built from an untimed first tagging
// pass (document frequencies, known topics, the previous page's chips as feed
// categories), as a store would; --dump writes each page's chips, one line a
// page, to compare the output of two builds.
//
// --baseline also times, in each run and in a pass of its own, libxml2's own
// tree parse of every raw page (htmlReadMemory + xmlFreeDoc: the reference
// the extraction issue quotes at about 1.3 ms a page) and prints our median
// as a multiple of it. A ratio from one run survives a noisy machine.
//
// --phases also prints, per phase of extraction (decode, document build,
// metadata, body, finish) and for Topics::tag, the median and p99 of the
// per-page CPU time, each the median over the runs.
//
// Without --list it reads ../shared/corpus/readability/*/source.html and
// ../shared/corpus/trafilatura-eval/pages/*.html. With --list, one path a line
// (bench/run-extract-bench.sh passes the same list to the Readability.js peer).

#include "extract/article_extractor.h"
#include "test_support.h"
#include "topics/topics.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <libxml/HTMLparser.h>

namespace {

struct Page {
    QString path;
    QUrl url;
    QByteArray bytes;
};

QList<Page> defaultPages()
{
    QList<Page> pages;
    const QString readability = TestSupport::sharedPath(QStringLiteral("corpus/readability"));
    if (!readability.isEmpty())
        for (const QString &name : QDir(readability).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString path = readability + QLatin1Char('/') + name + QStringLiteral("/source.html");
            if (QFileInfo::exists(path))
                pages.append({ path, QUrl(QStringLiteral("http://fakehost/test/page.html")), {} });
        }
    const QString traf = TestSupport::sharedPath(QStringLiteral("corpus/trafilatura-eval"));
    if (!traf.isEmpty()) {
        const QJsonObject eval
            = QJsonDocument::fromJson(TestSupport::readFile(traf + QStringLiteral("/evaldata.json"))).object();
        QHash<QString, QString> urlOf;
        for (auto it = eval.constBegin(); it != eval.constEnd(); ++it)
            urlOf.insert(it.value().toObject().value(QLatin1String("file")).toString(), it.key());
        for (const QString &name : QDir(traf + QStringLiteral("/pages")).entryList(QDir::Files, QDir::Name))
            pages.append({ traf + QStringLiteral("/pages/") + name, QUrl(urlOf.value(name)), {} });
    }
    return pages;
}

QList<Page> listedPages(const QString &listFile)
{
    QList<Page> pages;
    for (const QByteArray &line : TestSupport::readFile(listFile).split('\n')) {
        const QString path = QString::fromUtf8(line.trimmed());
        if (!path.isEmpty())
            pages.append({ path, QUrl::fromLocalFile(path), {} });
    }
    return pages;
}

// CPU time of this thread: the machine the figures come from is shared, and
// wall time there measures the neighbours as much as the code.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

// Corpus statistics as a store would hold them, from a first tagging pass.
struct TopicsInput {
    Core::CorpusStats stats;
    QList<QStringList> feedCategories;
};

TopicsInput topicsInput(const QList<Core::Article> &articles)
{
    TopicsInput input;
    input.stats.documentCount = articles.size();
    static const QRegularExpression nonWord(QStringLiteral("[^\\w']+"));
    QStringList previousChips;
    for (const Core::Article &article : articles) {
        const QStringList chips = Core::Topics::tag(article, {});
        QSet<QString> keys;
        for (const QString &word : article.text.toCaseFolded().split(nonWord, Qt::SkipEmptyParts))
            keys.insert(word);
        for (const QString &chip : chips) {
            keys.insert(Core::Topics::key(chip));
            ++input.stats.knownTopics[Core::Topics::key(chip)];
        }
        for (const QString &key : std::as_const(keys))
            ++input.stats.documentFrequency[key];
        input.feedCategories.append(previousChips);
        previousChips = chips;
    }
    return input;
}

int topicsOnly(const QList<Page> &pages, int runs, bool withStats, const QString &dumpPath)
{
    QList<Core::Article> articles;
    for (const Page &p : pages)
        articles.append(Core::ArticleExtractor::extract(p.bytes, p.url));
    const TopicsInput input
        = withStats ? topicsInput(articles) : TopicsInput { {}, QList<QStringList>(articles.size()) };
    QList<QStringList> chips(articles.size());
    std::vector<double> medians, p99s, maxima;
    for (int run = 0; run < runs; ++run) {
        std::vector<double> times;
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const double cpuStart = threadCpuMs();
            chips[i] = Core::Topics::tag(articles.at(i), input.feedCategories.at(i), input.stats);
            times.push_back(threadCpuMs() - cpuStart);
        }
        medians.push_back(percentile(times, 0.5));
        p99s.push_back(percentile(times, 0.99));
        maxima.push_back(percentile(times, 1.0));
        const auto worst = std::max_element(times.cbegin(), times.cend()) - times.cbegin();
        std::printf("run %d: topics cpu median %.3f ms, p99 %.3f ms, max %.3f ms (%s)\n", run + 1, medians.back(),
            p99s.back(), maxima.back(), qPrintable(pages.at(worst).path));
    }
    std::printf("topics%s: pages=%lld runs=%d median_ms=%.3f p99_ms=%.3f max_ms=%.3f\n", withStats ? " (stats)" : "",
        static_cast<long long>(pages.size()), runs, percentile(medians, 0.5), percentile(p99s, 0.5),
        percentile(maxima, 0.5));
    if (!dumpPath.isEmpty()) {
        QFile dump(dumpPath);
        if (!dump.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "bench_extractor: cannot write %s\n", qPrintable(dumpPath));
            return 1;
        }
        for (qsizetype i = 0; i < pages.size(); ++i)
            dump.write(
                (pages.at(i).path + QLatin1Char('\t') + chips.at(i).join(QStringLiteral(" | ")) + QLatin1Char('\n'))
                    .toUtf8());
    }
    return 0;
}

} // namespace

// libxml2's tree parse of the raw page and its free, as a plain reader would.
static void ignoreLibxml2Message(void *, const char *, ...)
{
}

static double libxml2ParseMs(const QByteArray &bytes)
{
    // A plain parse reports encoding trouble on stderr; the figures are what matter here.
    xmlSetGenericErrorFunc(nullptr, ignoreLibxml2Message);
    const double start = threadCpuMs();
    const int options
        = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER | HTML_PARSE_COMPACT;
    if (htmlDocPtr doc
        = htmlReadMemory(bytes.constData(), int(std::min<qsizetype>(bytes.size(), INT_MAX)), nullptr, nullptr, options))
        xmlFreeDoc(doc);
    return threadCpuMs() - start;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int runs = 5;
    QString list;
    bool topics = true;
    bool onlyTopics = false;
    bool withStats = false;
    QString dumpPath;
    bool phases = false;
    bool baseline = false;
    std::vector<double> baselineMedians, baselineRatios;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else if (args.at(i) == QLatin1String("--list") && i + 1 < args.size())
            list = args.at(++i);
        else if (args.at(i) == QLatin1String("--no-topics"))
            topics = false;
        else if (args.at(i) == QLatin1String("--topics-only"))
            onlyTopics = true;
        else if (args.at(i) == QLatin1String("--stats"))
            withStats = true;
        else if (args.at(i) == QLatin1String("--dump") && i + 1 < args.size())
            dumpPath = args.at(++i);
        else if (args.at(i) == QLatin1String("--phases"))
            phases = true;
        else if (args.at(i) == QLatin1String("--baseline"))
            baseline = true;
    }
    QList<Page> pages = list.isEmpty() ? defaultPages() : listedPages(list);
    qint64 bytes = 0;
    for (Page &p : pages) {
        p.bytes = TestSupport::readFile(p.path);
        bytes += p.bytes.size();
    }
    if (pages.isEmpty()) {
        std::fprintf(stderr, "bench_extractor: no pages (is ../shared/corpus there?)\n");
        return 1;
    }
    if (onlyTopics)
        return topicsOnly(pages, runs, withStats, dumpPath);
    std::vector<double> medians, p99s, means, maxima, wallMedians, wallP99s;
    constexpr int PhaseCount = 6;
    static const char *const phaseNames[PhaseCount] = { "decode", "document", "metadata", "body", "finish", "topics" };
    std::vector<double> phaseMedians[PhaseCount], phaseP99s[PhaseCount];
    for (int run = 0; run < runs; ++run) {
        std::vector<double> times, walls;
        std::vector<double> phaseTimes[PhaseCount];
        if (baseline) {
            std::vector<double> parses;
            for (const Page &p : std::as_const(pages))
                parses.push_back(libxml2ParseMs(p.bytes));
            baselineMedians.push_back(percentile(parses, 0.5));
        }
        times.reserve(size_t(pages.size()));
        double total = 0;
        for (const Page &p : std::as_const(pages)) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = threadCpuMs();
            Core::ArticleExtractor::PhaseTimes ph;
            Core::Article article = Core::ArticleExtractor::extract(p.bytes, p.url, {}, phases ? &ph : nullptr);
            const double topicsStart = phases ? threadCpuMs() : 0;
            if (topics)
                article.topics = Core::Topics::tag(article, {}, {});
            const double ms = threadCpuMs() - cpuStart;
            if (phases) {
                const double values[PhaseCount] = { ph.decodeMs, ph.documentMs, ph.metadataMs, ph.bodyMs, ph.finishMs,
                    topics ? threadCpuMs() - topicsStart : 0 };
                for (int k = 0; k < PhaseCount; ++k)
                    phaseTimes[k].push_back(values[k]);
            }
            walls.push_back(double(timer.nsecsElapsed()) / 1e6);
            times.push_back(ms);
            total += ms;
        }
        medians.push_back(percentile(times, 0.5));
        if (baseline)
            baselineRatios.push_back(medians.back() / baselineMedians.back());
        if (baseline)
            baselineRatios.push_back(medians.back() / baselineMedians.back());
        p99s.push_back(percentile(times, 0.99));
        means.push_back(total / double(times.size()));
        maxima.push_back(percentile(times, 1.0));
        wallMedians.push_back(percentile(walls, 0.5));
        wallP99s.push_back(percentile(walls, 0.99));
        for (int k = 0; phases && k < PhaseCount; ++k) {
            phaseMedians[k].push_back(percentile(phaseTimes[k], 0.5));
            phaseP99s[k].push_back(percentile(phaseTimes[k], 0.99));
        }
        std::printf(
            "run %d: cpu median %.3f ms, p99 %.3f ms, mean %.3f ms, max %.3f ms; wall median %.3f ms, p99 %.3f ms\n",
            run + 1, medians.back(), p99s.back(), means.back(), maxima.back(), wallMedians.back(), wallP99s.back());
    }
    std::printf("tidings%s: pages=%lld bytes=%lld runs=%d median_ms=%.3f p99_ms=%.3f mean_ms=%.3f max_ms=%.3f "
                "wall_median_ms=%.3f wall_p99_ms=%.3f\n",
        topics ? "" : " (no topics)", static_cast<long long>(pages.size()), static_cast<long long>(bytes), runs,
        percentile(medians, 0.5), percentile(p99s, 0.5), percentile(means, 0.5), percentile(maxima, 0.5),
        percentile(wallMedians, 0.5), percentile(wallP99s, 0.5));
    if (baseline)
        std::printf("libxml2 tree parse of the raw pages: median_ms=%.3f; tidings median / parse median: %.2f (median "
                    "over runs)\n",
            percentile(baselineMedians, 0.5), percentile(baselineRatios, 0.5));
    if (phases) {
        std::printf("phases (cpu ms per page, median over runs):");
        for (int k = 0; k < PhaseCount; ++k)
            if (topics || k != PhaseCount - 1)
                std::printf(" %s median=%.3f p99=%.3f", phaseNames[k], percentile(phaseMedians[k], 0.5),
                    percentile(phaseP99s[k], 0.5));
        std::printf("\n");
    }
    return 0;
}
