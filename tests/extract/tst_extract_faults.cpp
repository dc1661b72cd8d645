// Faults seen on real pages, each as a small page of our own with the same
// structure: a caption paragraph after a picture, a generic site title beside
// the story's headline, a caption block repeated at the top of the body, a
// drop cap, stray photo-credit lines, a byline that swallows the date and the
// Twitter handle, and a site name that is the whole <title>.

#include "extract/article_extractor.h"
#include "test_feeds.h"

#include <QTest>

using namespace Core;

namespace {

const QUrl pageUrl(QStringLiteral("https://news.example.com/2024/05/17/storm-closes-schools"));

QByteArray page(const QByteArray &head, const QByteArray &body)
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
}

Article extract(const QByteArray &html)
{
    return ArticleExtractor::extract(html, pageUrl);
}

const QByteArray storyTitle = "<title>Storm closes schools across the county | Daily Example</title>";

} // namespace

class TestExtractFaults final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void captionParagraphAfterThePictureIsNoText()
    {
        const Article a = extract(page(storyTitle,
            "<article><h1>Storm closes schools across the county</h1><div class=\"entry-content\">"
            "<p><img src=\"/storm.jpg\" alt=\"\"></p>"
            "<p class=\"wp-caption-text\">Storm closes schools across the county as rivers rise</p>"
                + TestSupport::proseParagraphs(6) + "</div></article>"));
        QVERIFY2(!a.text.contains(QStringLiteral("as rivers rise")), qPrintable(a.text.left(300)));
        QVERIFY(a.text.contains(QStringLiteral("Paragraph 6 of the story")));
        QVERIFY(a.excerpt.isEmpty() || !a.excerpt.contains(QStringLiteral("as rivers rise")));
    }

    void captionBesideThePictureInsideAParagraphIsNoText()
    {
        // The picture and its caption as spans inside the first paragraph,
        // before the paragraph's own text; a caption span with no picture
        // before it stays.
        const Article a = extract(page(storyTitle,
            "<article><h1>Storm closes schools across the county</h1><section class=\"articlebody\">"
            "<p><span class=\"storyimage\"><span class=\"image\"><img src=\"/storm.jpg\" alt=\"\"></span>"
            "<span class=\"caption\"><span class=\"attribution\">Provided by Example Photo Agency</span>"
            "<span>Flooded road</span></span></span>"
            "Rivers rose overnight and the county closed every school before dawn.</p>"
            "<p>Teachers heard of the <span class=\"caption\">closing</span> by text message.</p>"
                + TestSupport::proseParagraphs(6) + "</section></article>"));
        QVERIFY2(!a.text.contains(QStringLiteral("Example Photo Agency")), qPrintable(a.text.left(300)));
        QVERIFY2(!a.text.contains(QStringLiteral("Flooded road")), qPrintable(a.text.left(300)));
        QVERIFY(a.text.contains(QStringLiteral("Rivers rose overnight and the county closed every school")));
        QVERIFY(a.text.contains(QStringLiteral("Teachers heard of the closing by text message.")));
        QVERIFY(a.excerpt.startsWith(QStringLiteral("Rivers rose overnight")));
    }

    void storyHeadlineBeatsTheSiteTitle()
    {
        const QByteArray head = "<title>Yahoo News - Latest News &amp; Headlines</title>"
                                "<meta property=\"og:title\" content=\"Yahoo News - Latest News &amp; Headlines\">"
                                "<meta property=\"og:site_name\" content=\"Yahoo News\">";
        const Article a = extract(page(head,
            "<header><a href=\"/\">Yahoo News</a></header><article><h1>Storm closes schools across the county</h1>"
            "<div class=\"caas-body\">"
                + TestSupport::proseParagraphs(6) + "</div></article>"));
        QCOMPARE(a.title, QStringLiteral("Storm closes schools across the county"));
        QCOMPARE(a.siteName, QStringLiteral("Yahoo News"));
    }

    void storyTitleStaysWhenTheH1IsTheSiteName()
    {
        // The usual page: the h1 is the masthead, the title is the story's.
        const Article a = extract(page(storyTitle,
            "<header><h1>Daily Example</h1></header><article><h2>Storm closes schools across the county</h2>"
            "<div class=\"article-body\">"
                + TestSupport::proseParagraphs(6) + "</div></article>"));
        QCOMPARE(a.title, QStringLiteral("Storm closes schools across the county"));
    }

    void captionBlockAtTheTopOfTheBodyGoes()
    {
        const QByteArray caption = "Firefighters hold back the flood water outside the town hall on Tuesday morning.";
        const Article a = extract(page(storyTitle,
            "<article><h1>Storm closes schools across the county</h1><div class=\"article-body\">"
            "<p><strong>"
                + caption + "</strong></p><figure><img src=\"/flood.jpg\" alt=\"\"><figcaption>" + caption
                + "</figcaption></figure>" + TestSupport::proseParagraphs(6) + "</div></article>"));
        QVERIFY2(!a.text.contains(QString::fromUtf8(caption)), qPrintable(a.text.left(300)));
        QVERIFY(!a.excerpt.contains(QStringLiteral("Firefighters hold back")));
        QVERIFY(a.text.startsWith(QStringLiteral("Paragraph 1 of the story")));
    }

    void dropCapJoinsItsWord_data()
    {
        QTest::addColumn<QByteArray>("markup");
        QTest::newRow("span") << QByteArray("<p><span class=\"dropcap\">T</span>urkey, Poland and");
        QTest::newRow("span and newline") << QByteArray("<p><span class=\"drop-cap\">T</span>\nurkey, Poland and");
        QTest::newRow("bare span") << QByteArray("<p><span>T</span> urkey, Poland and");
        QTest::newRow("strong and space") << QByteArray("<p><strong class=\"dropcap\">T</strong> urkey, Poland and");
    }

    void dropCapJoinsItsWord()
    {
        QFETCH(QByteArray, markup);
        const Article a = extract(page(storyTitle,
            "<article><h1>Storm closes schools across the county</h1><div class=\"article-body\">" + markup
                + " Hungary agreed on Friday to share the cost of the new pipeline across the border region.</p>"
                + TestSupport::proseParagraphs(6) + "</div></article>"));
        QVERIFY2(a.text.startsWith(QStringLiteral("Turkey, Poland and Hungary")), qPrintable(a.text.left(200)));
        QVERIFY2(a.excerpt.startsWith(QStringLiteral("Turkey, Poland and Hungary")), qPrintable(a.excerpt));
    }

    void dropCapLeavesOneLetterWords()
    {
        const Article a = extract(page(storyTitle,
            "<article><h1>Storm closes schools across the county</h1><div class=\"article-body\">"
            "<p><span class=\"dropcap\">A</span> man walked into the flooded school on Friday to rescue the "
            "register.</p>"
                + TestSupport::proseParagraphs(6) + "</div></article>"));
        QVERIFY2(a.text.startsWith(QStringLiteral("A man walked")), qPrintable(a.text.left(200)));
    }

    void strayPhotoCreditLinesGo()
    {
        const Article a = extract(page(storyTitle,
            "<article><h1>Storm closes schools across the county</h1><div class=\"story-body\">"
            "<div><img src=\"/x.jpg\" alt=\"\"><p><span>Photo</span></p><p><span>Credit</span> <span>Harry "
            "Campbell</span></p></div>"
                + TestSupport::proseParagraphs(6) + "</div></article>"));
        QVERIFY2(a.text.startsWith(QStringLiteral("Paragraph 1 of the story")), qPrintable(a.text.left(200)));
        QVERIFY2(a.excerpt.startsWith(QStringLiteral("Paragraph 1 of the story")), qPrintable(a.excerpt));
    }

    void bylineLeavesTheDateAndHandle()
    {
        const Article a = extract(page(storyTitle,
            "<article><h1>Storm closes schools across the county</h1>"
            "<div class=\"byline\">Steven Musil January 18, 2017 11:00 PM PST @stevenmusil</div>"
            "<div class=\"article-body\">"
                + TestSupport::proseParagraphs(6) + "</div></article>"));
        QCOMPARE(a.byline, QStringLiteral("Steven Musil"));
    }

    void siteNameThatIsTheWholeTitle()
    {
        const QByteArray head = "<title>WSVN 7News | Miami News, Weather, Sports | Fort Lauderdale</title>"
                                "<meta property=\"og:site_name\" content=\"WSVN 7News | Miami News, Weather, Sports | "
                                "Fort Lauderdale\">"
                                "<meta property=\"og:title\" content=\"Storm closes schools across the county\">";
        const Article a = extract(page(head,
            "<article><h1>Storm closes schools across the county</h1><div class=\"article-body\">"
                + TestSupport::proseParagraphs(6) + "</div></article>"));
        QCOMPARE(a.siteName, QStringLiteral("WSVN 7News"));
        QCOMPARE(a.title, QStringLiteral("Storm closes schools across the county"));
    }
};

QTEST_GUILESS_MAIN(TestExtractFaults)
#include "tst_extract_faults.moc"
