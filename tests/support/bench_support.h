#pragma once

// For the benchmarks (tests/bench): real pages from the shared corpus, and
// the gaps between the ticks of a timer on the GUI thread (the longest is the
// longest the UI would have been frozen).

#include "test_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

#include <algorithm>
#include <ctime>

namespace TestSupport {

// Readability sources, then trafilatura-eval pages; empty without the corpus.
inline QList<QByteArray> loadCorpusPages()
{
    QList<QByteArray> pages;
    const QString readability = sharedPath(QStringLiteral("corpus/readability"));
    if (!readability.isEmpty()) {
        for (const QString &name : QDir(readability).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QByteArray bytes = readFile(readability + QLatin1Char('/') + name + QStringLiteral("/source.html"));
            if (!bytes.isEmpty())
                pages << bytes;
        }
    }
    const QString trafilatura = sharedPath(QStringLiteral("corpus/trafilatura-eval/pages"));
    if (!trafilatura.isEmpty()) {
        for (const QString &name : QDir(trafilatura).entryList(QDir::Files, QDir::Name)) {
            const QByteArray bytes = readFile(trafilatura + QLatin1Char('/') + name);
            if (!bytes.isEmpty())
                pages << bytes;
        }
    }
    return pages;
}

// Gaps between the ticks of a `tickMs` timer on the GUI thread, and the
// GUI thread's own CPU time in each: on a busy machine a gap also waits for
// a core, which its CPU time leaves out.
struct GapMeter {
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 lastCpuUs = 0;
    QList<qint64> gaps;
    QList<qint64> cpuGapsUs;

    static qint64 threadCpuUs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
    }
    // The GUI thread's CPU time in the longest gap of all, in ms.
    qint64 maxCpuMs() const
    {
        return cpuGapsUs.isEmpty() ? 0 : *std::max_element(cpuGapsUs.cbegin(), cpuGapsUs.cend()) / 1000;
    }

    void start(int tickMs)
    {
        gaps.clear();
        cpuGapsUs.clear();
        timer.setInterval(tickMs);
        timer.setTimerType(Qt::PreciseTimer);
        QObject::disconnect(&timer, nullptr, nullptr, nullptr);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            const qint64 cpu = threadCpuUs();
            gaps << now - last;
            cpuGapsUs << cpu - lastCpuUs;
            last = now;
            lastCpuUs = cpu;
        });
        clock.start();
        last = 0;
        lastCpuUs = threadCpuUs();
        timer.start();
    }
    void stop()
    {
        timer.stop();
        gaps << clock.elapsed() - last; // the gap still open at the end counts too
        cpuGapsUs << threadCpuUs() - lastCpuUs;
    }
    qint64 percentile(double p) const
    {
        if (gaps.isEmpty())
            return 0;
        QList<qint64> sorted = gaps;
        std::sort(sorted.begin(), sorted.end());
        return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size()))));
    }
    int over(qint64 limit) const
    {
        return int(std::count_if(gaps.begin(), gaps.end(), [&](qint64 g) { return g > limit; }));
    }
};

template <typename T> T median(QList<T> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? T {} : values.at(values.size() / 2);
}

} // namespace TestSupport
