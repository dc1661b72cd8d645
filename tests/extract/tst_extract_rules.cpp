// The named body rules of the extractor, one small page each: the lede
// before the container, wrappers the HTML4 parser leaves open, recipe
// ingredient lists, furniture lines, recommendation rails, live commentary,
// repeated paragraphs, the replies of a thread, ruby annotations and Unicode
// composition.

#include "extract/article_extractor.h"
#include "test_feeds.h"

#include <QTest>

using namespace Core;

namespace {

const QUrl pageUrl(QStringLiteral("https://example.com/news/2024/05/story"));

QByteArray page(const QByteArray &head, const QByteArray &body)
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>A story</title>" + head + "</head><body>" + body
        + "</body></html>";
}

Article extract(const QByteArray &html)
{
    return ArticleExtractor::extract(html, pageUrl);
}

} // namespace

class TestExtractRules final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void markedLedeBeforeTheBodyIsKept()
    {
        const QByteArray lede
            = "Councils across the region will cut bus fares next month, and the savings reach every commuter.";
        const Article a = extract(page({},
            "<header><h1>Fares fall</h1><p class=\"article-standfirst\">" + lede
                + "</p></header><div class=\"article-body\">" + TestSupport::proseParagraphs(6) + "</div>"));
        QVERIFY2(a.text.startsWith(QString::fromUtf8(lede)), qPrintable(a.text.left(200)));
        QVERIFY(a.text.contains(QStringLiteral("Paragraph 6 of the story")));
        // Not twice: the body does not already hold it.
        QCOMPARE(a.text.count(QString::fromUtf8(lede)), 1);
    }

    void captionClassNextToTheBodyIsNoLede()
    {
        const Article a = extract(page({},
            "<h1>Fares fall</h1><p class=\"lead-image-caption\">Commuters wait at the central "
            "station on a rainy Monday morning before the fares change.</p>"
            "<div class=\"article-body\">"
                + TestSupport::proseParagraphs(6) + "</div>"));
        QVERIFY(!a.text.contains(QStringLiteral("Commuters wait")));
    }

    void navigationRoleWrapperOfTheStoryStays()
    {
        // An unclosed banner-role header swallows the rest of the page.
        const QByteArray menu = "<ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">World</a></li><li><a "
                                "href=\"/c\">Sport</a></li></ul>";
        const Article a = extract(page({},
            "<header role=\"banner\"><section role=\"complementary\">" + menu + "<div class=\"main\">"
                + TestSupport::proseParagraphs(12) + "</div>"));
        QVERIFY2(a.text.contains(QStringLiteral("Paragraph 12 of the story")), qPrintable(a.text.left(300)));
    }

    void recipeIngredientListComesBack()
    {
        const QByteArray ld
            = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Recipe\","
              "\"name\":\"Plum cake\",\"recipeIngredient\":[\"250 g flour\",\"125 g butter\",\"3 eggs\","
              "\"500 g plums\",\"100 g sugar\"]}</script>";
        const QByteArray ingredients
            = "<div class=\"sidebar-box\"><h3>For the dough:</h3><table>"
              "<tr><td>250 g</td><td>Flour</td></tr><tr><td>125 "
              "g</td><td>Butter</td></tr><tr><td>3</td><td>Eggs</td></tr>"
              "<tr><td>500 g</td><td>Plums</td></tr><tr><td>100 g</td><td>Sugar</td></tr></table></div>";
        const QByteArray steps = TestSupport::proseParagraphs(5, "Step");
        const Article a = extract(
            page(ld, "<h1>Plum cake</h1>" + ingredients + "<div class=\"recipe-instructions\">" + steps + "</div>"));
        QVERIFY2(a.text.contains(QStringLiteral("Plums")), qPrintable(a.text.left(400)));
        QVERIFY(a.text.contains(QStringLiteral("For the dough:")));
        QVERIFY(a.text.contains(QStringLiteral("Step 5 of the story")));
        // The list comes before the steps, as on the page.
        QVERIFY(a.text.indexOf(QStringLiteral("Plums")) < a.text.indexOf(QStringLiteral("Step 1")));
    }

    void furnitureLinesGo()
    {
        const Article a = extract(page({},
            "<article>" + TestSupport::proseParagraphs(5) + "<p>The item was added to your cart.</p>"
                + "<p>We may receive a commission when you buy through links on our site.</p>"
                + "<p>Release Date:</p><p>Aufrufe: 1120</p><p>3:59 PM</p>"
                + "<p>Dieses Skript als PDF herunterladen</p>" + TestSupport::proseParagraphs(2, "Closing")
                + "</article>"));
        for (const char *line : { "added to your cart", "commission", "Release Date", "Aufrufe", "3:59", "PDF" })
            QVERIFY2(!a.text.contains(QLatin1String(line)), line);
        QVERIFY(a.text.contains(QStringLiteral("Closing 2 of the story")));
    }

    void recommendationRailIsCut()
    {
        QByteArray teasers;
        for (int i = 1; i <= 6; ++i)
            teasers += "<h3>Other story " + QByteArray::number(i)
                + "</h3><p>A teaser for another story, long enough to look "
                  "like a paragraph of prose, with commas, clauses, and a full stop at the end of it.</p>";
        const Article a = extract(page({},
            "<article>" + TestSupport::proseParagraphs(5) + "<h2>You might also like</h2>" + teasers + "</article>"));
        QVERIFY(a.text.contains(QStringLiteral("Paragraph 5 of the story")));
        QVERIFY2(!a.text.contains(QStringLiteral("teaser for another story")), qPrintable(a.text.right(300)));
    }

    void liveCommentaryIsTheStory()
    {
        QByteArray entries;
        for (int i = 1; i <= 8; ++i)
            entries += "<div class=\"live-match-comment\"><div class=\"live-match-comment-body\">Minute "
                + QByteArray::number(i * 10)
                + ": the home side presses, wins a corner, and the keeper punches it clear of the box.</div></div>";
        const Article a = extract(page(
            {}, "<main><h1>Live: Lorient v Lyon</h1><div class=\"live-match-comments\">" + entries + "</div></main>"));
        QVERIFY2(a.text.contains(QStringLiteral("Minute 80")), qPrintable(a.text.left(300)));
    }

    void repeatedParagraphsStayPullQuotesGo()
    {
        const QByteArray repeated
            = "<p>The same sentence appears twice in the story on purpose, as the author wrote it, word for word.</p>";
        const Article a = extract(page({},
            "<article><div>" + TestSupport::proseParagraphs(3) + repeated + "</div><div>"
                + TestSupport::proseParagraphs(3, "More") + repeated + "</div><blockquote class=\"pullquote\">"
                + "The same sentence appears twice in the story on purpose, as the author wrote it, word for word."
                + "</blockquote></article>"));
        QCOMPARE(a.text.count(QStringLiteral("The same sentence appears twice")), 2);
    }

    void everyPostOfAThreadIsKept()
    {
        QByteArray posts;
        for (int i = 1; i <= 4; ++i)
            posts += "<div class=\"post\"><div class=\"author\"><a href=\"/u/" + QByteArray::number(i) + "\">user"
                + QByteArray::number(i) + "</a></div><div class=\"post-body\">"
                + TestSupport::proseParagraphs(i == 1 ? 4 : 1, "Reply " + QByteArray::number(i)) + "</div></div>";
        const Article a = ArticleExtractor::extract(
            page({}, "<h1>Which telescope first?</h1><div class=\"thread\">" + posts + "</div>"),
            QUrl(QStringLiteral("https://forum.example.com/t/which-telescope-first/1555")));
        for (int i = 2; i <= 4; ++i)
            QVERIFY2(a.text.contains(QStringLiteral("Reply %1 1 of the story").arg(i)), qPrintable(a.text));
    }

    void rubyAnnotationsStayOut()
    {
        const Article a = extract(page({},
            "<article><p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>体罰<rp>(</rp><rt>たいばつ</rt><rp>)</rp></ruby>"
            "を禁止する法律ができました。政府は来年から新しい法律を始めます。親が子どもをたたくことは禁止になります。"
            "専門家は、子どもを育てる方法を親に教えることが大切だと言っています。</p>"
                + TestSupport::proseParagraphs(4) + "</article>"));
        QVERIFY2(a.text.contains(QStringLiteral("子どもへの体罰を禁止する")), qPrintable(a.text.left(200)));
        QVERIFY(!a.text.contains(QStringLiteral("たいばつ")));
    }

    void textIsComposed()
    {
        // "é" written as e + U+0301 comes out as the precomposed letter.
        const Article a = extract(page({},
            "<article>" + TestSupport::proseParagraphs(4)
                + "<p>Le caf\x65\xcc\x81 est ferm\x65\xcc\x81 le lundi, "
                  "et la terrasse rouvre au printemps avec une nouvelle carte.</p></article>"));
        QVERIFY(a.text.contains(QStringLiteral("Le caf\u00e9 est ferm\u00e9")));
    }
};

QTEST_GUILESS_MAIN(TestExtractRules)
#include "tst_extract_rules.moc"
