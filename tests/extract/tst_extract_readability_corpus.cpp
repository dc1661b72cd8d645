// Mozilla Readability's 130 test pages: body shingle F1 against Readability's
// own output, title exact-match rate and byline match rate. Prints the
// figures; fails below floors set just under today's result.
// TIDINGS_SCORE_VERBOSE=1 prints every page's precision and recall.

#include "extract/article_extractor.h"
#include "extract_scoring.h"
#include "test_support.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Core;

class TestExtractReadabilityCorpus final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scoresAboveFloors()
    {
        TIDINGS_REQUIRE_SHARED(root, "corpus/readability");
        const bool verbose = qEnvironmentVariableIsSet("TIDINGS_SCORE_VERBOSE");
        const QStringList pages = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(pages.size() >= 100);
        ExtractScoring::F1Totals totals;
        int titles = 0, titleMatches = 0, bylines = 0, bylineMatches = 0, readerableAgree = 0, scored = 0;
        for (const QString &name : pages) {
            const QString dir = root + QLatin1Char('/') + name;
            const QByteArray source = TestSupport::readFile(dir + QStringLiteral("/source.html"));
            if (source.isEmpty())
                continue;
            const QByteArray expectedHtml = TestSupport::readFile(dir + QStringLiteral("/expected.html"));
            const QJsonObject meta
                = QJsonDocument::fromJson(TestSupport::readFile(dir + QStringLiteral("/expected-metadata.json")))
                      .object();
            const Article article
                = ArticleExtractor::extract(source, QUrl(QStringLiteral("http://fakehost/test/page.html")));
            const ExtractScoring::Counts c
                = ExtractScoring::compare(article.text, ExtractScoring::htmlToText(expectedHtml));
            totals.add(c);
            ++scored;
            const QString expectedTitle = meta.value(QLatin1String("title")).toString().simplified();
            if (!expectedTitle.isEmpty()) {
                ++titles;
                if (article.title.simplified() == expectedTitle)
                    ++titleMatches;
                else if (verbose)
                    qInfo().noquote() << "title" << name << "ours:" << article.title << "expected:" << expectedTitle;
            }
            const QString expectedByline = meta.value(QLatin1String("byline")).toString();
            if (!expectedByline.isEmpty()) {
                ++bylines;
                if (ExtractScoring::bylineMatches(article.byline, expectedByline))
                    ++bylineMatches;
                else if (verbose)
                    qInfo().noquote() << "byline" << name << "ours:" << article.byline
                                      << "expected:" << expectedByline.simplified();
            }
            if (article.readerable == meta.value(QLatin1String("readerable")).toBool(true))
                ++readerableAgree;
            if (verbose) {
                const double p = c.tp + c.fp ? double(c.tp) / double(c.tp + c.fp) : 1;
                const double r = c.tp + c.fn ? double(c.tp) / double(c.tp + c.fn) : 1;
                qInfo().noquote()
                    << QStringLiteral("page %1 P=%2 R=%3").arg(name, -40).arg(p, 0, 'f', 3).arg(r, 0, 'f', 3);
            }
        }
        const double titleRate = titles ? double(titleMatches) / titles : 0;
        const double bylineRate = bylines ? double(bylineMatches) / bylines : 0;
        qInfo().noquote() << QStringLiteral("readability corpus: %1 pages, shingle P=%2 R=%3 F1=%4; title %5/%6 (%7); "
                                            "byline %8/%9 (%10); readerable agrees %11/%1")
                                 .arg(scored)
                                 .arg(totals.precision(), 0, 'f', 4)
                                 .arg(totals.recall(), 0, 'f', 4)
                                 .arg(totals.f1(), 0, 'f', 4)
                                 .arg(titleMatches)
                                 .arg(titles)
                                 .arg(titleRate, 0, 'f', 3)
                                 .arg(bylineMatches)
                                 .arg(bylines)
                                 .arg(bylineRate, 0, 'f', 3)
                                 .arg(readerableAgree);
        QVERIFY2(totals.f1() >= 0.960, "shingle F1 below the floor");
        // yahoo-2 expects Readability.js's pick, the site's generic title
        // ("Yahoo News - Latest News & Headlines"); Tidings gives the story's
        // <h1> there on purpose (issue 13), so that page no longer matches.
        QVERIFY2(titleRate >= 0.935, "title match rate below the floor");
        QVERIFY2(bylineRate >= 0.89, "byline match rate below the floor");
    }
};

QTEST_GUILESS_MAIN(TestExtractReadabilityCorpus)
#include "tst_extract_readability_corpus.moc"
