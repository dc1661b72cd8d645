#include "extract/article_extractor.h"
#include "seed_story.h"
#include "test_support.h"
#include "topics/topics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Core;

namespace {

const QUrl seedUrl(
    QStringLiteral("https://www.urdupoint.com/en/world/putin-in-trade-push-on-final-day-of-china-trip-1889104.html"));

// The article as the seed page shows it: the eight body paragraphs the
// fixture pages carry, and nothing else.
QStringList expectedParagraphs()
{
    return TestSupport::seedParagraphs();
}

// Page furniture around the story: none of it may reach the text.
QStringList furniture()
{
    return { QStringLiteral("Open Menu"), QStringLiteral("date 2024-05-17"), QStringLiteral("Advertisement"),
        QStringLiteral("Related Topics"), QStringLiteral("Recent Stories"), QStringLiteral("hours ago"),
        QStringLiteral("More Stories"), QStringLiteral("Published"), QStringLiteral("Sumaira"),
        QStringLiteral("Putin in trade push on final day of China trip"), QStringLiteral("Prayer Timings"),
        QStringLiteral("Search News"), QStringLiteral("Copyright"), QStringLiteral("Privacy Policy"),
        QStringLiteral("Slovak"), QStringLiteral("Share on"), QStringLiteral("googletag"), QStringLiteral("Home") };
}

QStringList paragraphsOf(const QString &text)
{
    QStringList paragraphs;
    for (const QString &block : text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts)) {
        const QString simplified = block.simplified();
        if (!simplified.isEmpty())
            paragraphs << simplified;
    }
    return paragraphs;
}

QByteArray fixture(const char *name)
{
    return TestSupport::readFile(TestSupport::fixturePath(QStringLiteral("pages/") + QLatin1String(name)));
}

} // namespace

class TestSeedFixture final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // The fixtures themselves: the story text and, in the rich page only, the metadata.
    void fixturesCarryTheStory_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<bool>("rich");
        QTest::newRow("rich") << fixture("seed-rich.html") << true;
        QTest::newRow("bare") << fixture("seed-bare.html") << false;
    }
    void fixturesCarryTheStory()
    {
        QFETCH(QByteArray, page);
        QFETCH(bool, rich);
        QVERIFY(!page.isEmpty());
        const QString html = QString::fromUtf8(page);
        for (const QString &paragraph : expectedParagraphs())
            QVERIFY2(html.contains(QStringLiteral("<p>") + paragraph + QStringLiteral("</p>")), qPrintable(paragraph));
        QCOMPARE(html.contains(QStringLiteral("application/ld+json")), rich);
        QCOMPARE(html.contains(QStringLiteral("property=\"og:")), rich);
        QCOMPARE(html.contains(QStringLiteral("itemprop=")), rich);
        if (!rich) {
            QCOMPARE(html.count(QStringLiteral("<meta ")), 1); // the charset, nothing about the story
            return;
        }
        const qsizetype start = html.indexOf(QStringLiteral("<script type=\"application/ld+json\">"));
        const qsizetype open = html.indexOf(QLatin1Char('>'), start) + 1;
        const qsizetype close = html.indexOf(QStringLiteral("</script>"), open);
        QJsonParseError error;
        const QJsonObject ld = QJsonDocument::fromJson(html.mid(open, close - open).toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(ld.value(QStringLiteral("@type")).toString(), QStringLiteral("NewsArticle"));
        QCOMPARE(ld.value(QStringLiteral("headline")).toString(),
            QStringLiteral("Putin In Trade Push On Final Day Of China Trip"));
        QCOMPARE(ld.value(QStringLiteral("author")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Sumaira FH"));
        QCOMPARE(ld.value(QStringLiteral("datePublished")).toString(), QStringLiteral("2024-05-17T09:00:00+05:00"));
        QCOMPARE(ld.value(QStringLiteral("publisher")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("UrduPoint"));
        QVERIFY(ld.value(QStringLiteral("keywords")).toString().contains(QStringLiteral("Xi Jinping")));
    }

    void extractAndTag_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<bool>("rich");
        QTest::newRow("rich") << fixture("seed-rich.html") << true;
        QTest::newRow("bare") << fixture("seed-bare.html") << false;
    }
    void extractAndTag()
    {
        QFETCH(QByteArray, page);
        QFETCH(bool, rich);
        const Article article = ArticleExtractor::extract(page, seedUrl);
        QCOMPARE(article.title, QStringLiteral("Putin In Trade Push On Final Day Of China Trip"));
        QCOMPARE(article.byline, QStringLiteral("Sumaira FH"));
        QVERIFY(article.published.isValid());
        QCOMPARE(article.published.date(), QDate(2024, 5, 17));
        if (rich) {
            const QDateTime expected(QDate(2024, 5, 17), QTime(9, 0), Qt::OffsetFromUTC, 5 * 3600);
            QCOMPARE(article.published, expected);
            QCOMPARE(article.published.offsetFromUtc(), 5 * 3600);
        }

        for (const QString &junk : furniture())
            QVERIFY2(!article.text.contains(junk, Qt::CaseInsensitive), qPrintable(junk));
        QCOMPARE(paragraphsOf(article.text), expectedParagraphs());

        const QStringList chips = Topics::tag(article, {}, {}, 8);
        QStringList rawTags;
        for (const RawTag &tag : std::as_const(article.rawTags))
            rawTags << encodeRawTag(tag);
        qInfo() << (rich ? "rich" : "bare") << "chips:" << chips << "raw tags:" << rawTags;
        for (const char *expected :
            { "Vladimir Putin", "Xi Jinping", "Harbin", "Beijing", "Moscow", "Russia", "China", "Ukraine" })
            QVERIFY2(chips.contains(QString::fromUtf8(expected)), expected);
        for (const char *junk : { "From", "Billion", "March", "Media", "Hub" })
            QVERIFY2(!chips.contains(QString::fromUtf8(junk), Qt::CaseInsensitive), junk);
    }
};

QTEST_GUILESS_MAIN(TestSeedFixture)
#include "tst_seed_fixture.moc"
