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

// Gaps between the ticks of a `tickMs` timer on the GUI thread.
struct GapMeter {
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    QList<qint64> gaps;

    void start(int tickMs)
    {
        gaps.clear();
        timer.setInterval(tickMs);
        timer.setTimerType(Qt::PreciseTimer);
        QObject::disconnect(&timer, nullptr, nullptr, nullptr);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.elapsed();
            gaps << now - last;
            last = now;
        });
        clock.start();
        last = 0;
        timer.start();
    }
    void stop()
    {
        timer.stop();
        gaps << clock.elapsed() - last; // the gap still open at the end counts too
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
