// trafilatura's evaluation set (618 multilingual pages with human snippet
// annotations): snippet precision, recall and F. Prints the figures; fails
// below floors set just under today's result.
// TIDINGS_SCORE_VERBOSE=1 prints, for every page that loses a point, its
// counts and every missed and every unwanted snippet.

#include "extract/article_extractor.h"
#include "extract_scoring.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Core;

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const auto &e : v.toArray())
        out << e.toString();
    return out;
}

} // namespace

class TestExtractTrafilaturaCorpus final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scoresAboveFloors()
    {
        TIDINGS_REQUIRE_SHARED(root, "corpus/trafilatura-eval");
        const bool verbose = qEnvironmentVariableIsSet("TIDINGS_SCORE_VERBOSE");
        const QJsonObject eval
            = QJsonDocument::fromJson(TestSupport::readFile(root + QStringLiteral("/evaldata.json"))).object();
        QVERIFY(eval.size() >= 500);
        ExtractScoring::SnippetCounts totals;
        int pages = 0;
        for (auto it = eval.constBegin(); it != eval.constEnd(); ++it) {
            const QJsonObject entry = it.value().toObject();
            const QByteArray bytes = TestSupport::readFile(
                root + QStringLiteral("/pages/") + entry.value(QLatin1String("file")).toString());
            if (bytes.isEmpty())
                continue;
            ++pages;
            const Article article = ArticleExtractor::extract(bytes, QUrl(it.key()));
            const QStringList with = strings(entry.value(QLatin1String("with")));
            const QStringList without = strings(entry.value(QLatin1String("without")));
            const ExtractScoring::SnippetCounts c = ExtractScoring::scoreSnippets(article.text, with, without);
            totals.add(c);
            if (verbose && (c.fn || c.fp)) {
                qInfo().noquote() << QStringLiteral("page %1 tp=%2 fn=%3 fp=%4 tn=%5")
                                         .arg(entry.value(QLatin1String("file")).toString())
                                         .arg(c.tp)
                                         .arg(c.fn)
                                         .arg(c.fp)
                                         .arg(c.tn);
                const QString folded = ExtractScoring::fold(article.text);
                for (const QString &s : with)
                    if (!folded.contains(ExtractScoring::fold(s)))
                        qInfo().noquote() << "missed" << entry.value(QLatin1String("file")).toString() << "|" << s;
                for (const QString &s : without)
                    if (folded.contains(ExtractScoring::fold(s)))
                        qInfo().noquote() << "unwanted" << entry.value(QLatin1String("file")).toString() << "|" << s;
            }
        }
        qInfo().noquote() << QStringLiteral(
            "trafilatura corpus: %1 pages, tp=%2 fn=%3 fp=%4 tn=%5, precision=%6 recall=%7 F=%8")
                                 .arg(pages)
                                 .arg(totals.tp)
                                 .arg(totals.fn)
                                 .arg(totals.fp)
                                 .arg(totals.tn)
                                 .arg(totals.precision(), 0, 'f', 4)
                                 .arg(totals.recall(), 0, 'f', 4)
                                 .arg(totals.f(), 0, 'f', 4);
        QVERIFY2(totals.f() >= 0.955, "snippet F below the floor");
    }
};

QTEST_GUILESS_MAIN(TestExtractTrafilaturaCorpus)
#include "tst_extract_trafilatura_corpus.moc"
