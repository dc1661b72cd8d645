// WCXB's development split (1,497 pages of seven page types: articles,
// forums, products, collections, listings, documentation, service pages)
// with checked main content (ground-truth/<id>.json, html/<id>.html.gz).
// Scored with the benchmark's own metric: per page, the bag-of-words F1 over
// lowercase \w+ tokens between the extracted text and
// ground_truth.main_content (an empty reference scores 1 only for an empty
// extraction); the mean over pages, overall and per page type. Prints the
// figures and the worst pages; fails below floors set just under today's
// result. The text is what ArticleExtractor::extract gives, the same pure
// function cleanPage (the app, tidings-cli extract) runs before tagging.
// TIDINGS_SCORE_VERBOSE=1 prints every page's score, type, word counts
// (ours and the reference's), whether it was readerable, and its address.

#include "extract/article_extractor.h"
#include "test_support.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Core;

namespace {

// Python's \w (re, Unicode): letters, numbers of any kind and the underscore.
bool isWordChar(char32_t c)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
        return true;
    default:
        return false;
    }
}

// Token -> count over re.findall(r"\w+", text.lower()).
QHash<QString, int> bagOfWords(const QString &text, int *total)
{
    const QString lower = text.toLower();
    QHash<QString, int> bag;
    *total = 0;
    qsizetype start = -1;
    const qsizetype n = lower.size();
    for (qsizetype i = 0; i <= n; ++i) {
        bool word = false;
        qsizetype width = 1;
        if (i < n) {
            char32_t c = lower.at(i).unicode();
            if (lower.at(i).isHighSurrogate() && i + 1 < n && lower.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(lower.at(i), lower.at(i + 1));
                width = 2;
            }
            word = isWordChar(c);
        }
        if (word) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            ++bag[lower.mid(start, i - start)];
            ++*total;
            start = -1;
        }
        i += width - 1;
    }
    return bag;
}

double wordF1(const QString &ours, const QString &reference)
{
    int oursTotal = 0, refTotal = 0;
    const QHash<QString, int> a = bagOfWords(ours, &oursTotal);
    const QHash<QString, int> b = bagOfWords(reference, &refTotal);
    if (refTotal == 0)
        return oursTotal == 0 ? 1.0 : 0.0;
    if (oursTotal == 0)
        return 0.0;
    qint64 overlap = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        overlap += std::min(it.value(), b.value(it.key()));
    if (overlap == 0)
        return 0.0;
    const double p = double(overlap) / oursTotal;
    const double r = double(overlap) / refTotal;
    return 2 * p * r / (p + r);
}

struct PageScore {
    QString id;
    QString type;
    double f1 = 0;
    QString url;
};

} // namespace

class TestExtractWcxbCorpus final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void metricMatchesTheBenchmark()
    {
        QCOMPARE(wordF1(QString(), QString()), 1.0);
        QCOMPARE(wordF1(QStringLiteral("x"), QString()), 0.0);
        QCOMPARE(wordF1(QString(), QStringLiteral("x")), 0.0);
        QCOMPARE(wordF1(QStringLiteral("The cat, the hat."), QStringLiteral("the CAT the hat")), 1.0);
        // ours: a b b c (4); reference: a b d (3); overlap a b = 2; P 0.5, R 2/3.
        QCOMPARE(qRound(wordF1(QStringLiteral("a b-b c"), QStringLiteral("a b d")) * 1e6), qRound(4.0 / 7.0 * 1e6));
        // Unicode letters and digits are word characters, punctuation is not;
        // snake_case is one token.
        QCOMPARE(wordF1(QStringLiteral("Größe ½ snake_case"), QStringLiteral("größe, ½; snake_case")), 1.0);
        QCOMPARE(wordF1(QStringLiteral("snake case"), QStringLiteral("snake_case")), 0.0);
    }

    void scoresAboveFloors()
    {
        TIDINGS_REQUIRE_SHARED(root, "corpus/wcxb-dev");
        const bool verbose = qEnvironmentVariableIsSet("TIDINGS_SCORE_VERBOSE");
        const QStringList ids = QDir(root + QStringLiteral("/ground-truth"))
                                    .entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)
                                    .replaceInStrings(QStringLiteral(".json"), QString());
        QVERIFY(ids.size() >= 1400);
        std::vector<PageScore> scores;
        scores.reserve(size_t(ids.size()));
        for (const QString &id : ids) {
            const QJsonObject truth = QJsonDocument::fromJson(
                TestSupport::readFile(root + QStringLiteral("/ground-truth/") + id + QStringLiteral(".json")))
                                          .object();
            QVERIFY2(!truth.isEmpty(), qPrintable(QStringLiteral("unreadable ground truth for %1").arg(id)));
            const QByteArray page = TestSupport::gunzip(
                TestSupport::readFile(root + QStringLiteral("/html/") + id + QStringLiteral(".html.gz")));
            QVERIFY2(!page.isEmpty(), qPrintable(QStringLiteral("page %1 is missing or not gzip").arg(id)));
            const QString url = truth.value(QLatin1String("url")).toString();
            const Article article = ArticleExtractor::extract(page, QUrl(url));
            PageScore s;
            s.id = id;
            s.type = truth.value(QLatin1String("_internal"))
                         .toObject()
                         .value(QLatin1String("page_type"))
                         .toObject()
                         .value(QLatin1String("primary"))
                         .toString();
            s.url = url;
            s.f1 = wordF1(article.text,
                truth.value(QLatin1String("ground_truth")).toObject().value(QLatin1String("main_content")).toString());
            if (verbose) {
                int oursWords = 0, refWords = 0;
                bagOfWords(article.text, &oursWords);
                bagOfWords(truth.value(QLatin1String("ground_truth"))
                               .toObject()
                               .value(QLatin1String("main_content"))
                               .toString(),
                    &refWords);
                qInfo().noquote() << QStringLiteral("page %1 %2 %3 words %4/%5 readerable %6 %7")
                                         .arg(id, s.type)
                                         .arg(s.f1, 0, 'f', 3)
                                         .arg(oursWords)
                                         .arg(refWords)
                                         .arg(article.readerable)
                                         .arg(url);
            }
            scores.push_back(s);
        }

        QMap<QString, std::pair<double, int>> byType;
        double sum = 0;
        for (const PageScore &s : scores) {
            sum += s.f1;
            byType[s.type].first += s.f1;
            ++byType[s.type].second;
        }
        const double overall = sum / double(scores.size());
        qInfo().noquote()
            << QStringLiteral("WCXB dev: %1 pages, word F1 %2").arg(scores.size()).arg(overall, 0, 'f', 4);
        QHash<QString, double> mean;
        for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
            mean[it.key()] = it.value().first / it.value().second;
            qInfo().noquote() << QStringLiteral("  %1: %2 pages, word F1 %3")
                                     .arg(it.key(), -14)
                                     .arg(it.value().second, 4)
                                     .arg(mean[it.key()], 0, 'f', 4);
        }
        std::vector<PageScore> worst = scores;
        std::sort(worst.begin(), worst.end(),
            [](const PageScore &a, const PageScore &b) { return a.f1 < b.f1 || (a.f1 == b.f1 && a.id < b.id); });
        qInfo().noquote() << "worst pages:";
        for (size_t i = 0; i < std::min<size_t>(15, worst.size()); ++i)
            qInfo().noquote() << QStringLiteral("  %1 %2 %3 %4")
                                     .arg(worst[i].id, worst[i].type)
                                     .arg(worst[i].f1, 0, 'f', 3)
                                     .arg(worst[i].url);

        // Floors just under today's figures: overall, then per page type.
        QVERIFY2(overall >= 0.828, "WCXB word F1 below the floor");
        const QHash<QString, double> floors = { { QStringLiteral("article"), 0.933 },
            { QStringLiteral("collection"), 0.575 }, { QStringLiteral("documentation"), 0.905 },
            { QStringLiteral("forum"), 0.750 }, { QStringLiteral("listing"), 0.652 },
            { QStringLiteral("product"), 0.582 }, { QStringLiteral("service"), 0.790 } };
        for (auto it = floors.cbegin(); it != floors.cend(); ++it)
            QVERIFY2(mean.value(it.key()) >= it.value(),
                qPrintable(QStringLiteral("WCXB %1 word F1 %2 below the floor %3")
                               .arg(it.key())
                               .arg(mean.value(it.key()), 0, 'f', 4)
                               .arg(it.value(), 0, 'f', 3)));
    }
};

QTEST_GUILESS_MAIN(TestExtractWcxbCorpus)
#include "tst_extract_wcxb_corpus.moc"
