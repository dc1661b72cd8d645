#include "extract/article_extractor.h"
#include "test_feeds.h"
#include "test_support.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

namespace {

const QUrl seedUrl(
    QStringLiteral("https://www.urdupoint.com/en/world/putin-in-trade-push-on-final-day-of-china-trip-1939478.html"));

QByteArray page(const QByteArray &head, const QByteArray &body)
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
}

} // namespace

class TestArticleExtractor final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedLikePageKeepsTheStoryOnly()
    {
        const Article a = ArticleExtractor::extract(
            TestSupport::readFile(TestSupport::fixturePath(QStringLiteral("pages/extract-seed-like.html"))), seedUrl);
        QCOMPARE(a.title, QStringLiteral("Putin In Trade Push On Final Day Of China Trip"));
        QCOMPARE(a.byline, QStringLiteral("Sumaira FH"));
        QCOMPARE(a.published.date(), QDate(2024, 5, 17));
        QCOMPARE(a.siteName, QStringLiteral("UrduPoint"));
        QCOMPARE(a.lang, QStringLiteral("en"));
        QCOMPARE(a.dir, QStringLiteral("ltr"));
        QCOMPARE(a.leadImageUrl, QStringLiteral("https://www.urdupoint.com/images/news/putin-harbin.jpg"));
        QVERIFY(a.readerable);
        QCOMPARE(a.extractorVersion, ArticleExtractor::Version);
        const QStringList paras = a.text.split(QStringLiteral("\n\n"));
        QCOMPARE(paras.size(), 8);
        QVERIFY(paras.first().startsWith(QStringLiteral("Beijing, (APP - UrduPoint")));
        QCOMPARE(
            paras.last(), QStringLiteral("Putin will hold a press conference with Russian media later in the day."));
        for (const char *furniture : { "Open Menu", "Related Topics", "Recent Stories", "hours ago", "More Stories",
                 "Advertisement", "Share", "Copyright", "Published", "Sumaira" })
            QVERIFY2(!a.text.contains(QLatin1String(furniture)), furniture);
        // The caption stays with its figure in the HTML, never in the text.
        QVERIFY(!a.text.contains(QStringLiteral("Putin in trade push on final day")));
        QVERIFY(a.html.contains(QStringLiteral("<figcaption>")));
        QVERIFY(a.html.contains(QStringLiteral("Putin will hold a press conference")));
        QVERIFY(!a.html.contains(QStringLiteral("Recent Stories")));
        QVERIFY(a.wordCount > 180 && a.wordCount < 260);
        QCOMPARE(a.readingMinutes, 1);
        QVERIFY(a.rawTags.contains(RawTag { TagSource::RelTag, QStringLiteral("Vladimir Putin") }));
        QVERIFY(a.rawTags.contains(RawTag { TagSource::Keywords, QStringLiteral("Moscow") }));
        QVERIFY(a.topics.isEmpty()); // Topics::tag fills those
    }

    void jsonLdGraphGivesMetadataWithOffset()
    {
        const QByteArray ld
            = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
              "{\"@type\":\"WebSite\",\"name\":\"The Daily Example\"},"
              "{\"@type\":\"NewsArticle\",\"headline\":\"Rivers rise after a week of rain\","
              "\"author\":[{\"@type\":\"Person\",\"name\":\"Ana Lima\"},{\"@type\":\"Person\",\"name\":\"Tom Berg\"}],"
              "\"datePublished\":\"2024-03-02T08:15:00+01:00\",\"dateModified\":\"2024-03-02T10:00:00+01:00\","
              "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Example\"},"
              "\"image\":{\"@type\":\"ImageObject\",\"url\":\"/img/river.jpg\"},"
              "\"keywords\":[\"Floods\",\"Weather\"],\"about\":[{\"name\":\"Danube\"}],\"inLanguage\":\"de-AT\"}]}</"
              "script>";
        const Article a = ArticleExtractor::extract(page(ld + "<title>Rivers rise | Daily Example</title>",
                                                        "<article>" + TestSupport::proseParagraphs(6) + "</article>"),
            QUrl(QStringLiteral("https://example.com/news/rivers")));
        QCOMPARE(a.title, QStringLiteral("Rivers rise after a week of rain"));
        QCOMPARE(a.byline, QStringLiteral("Ana Lima, Tom Berg"));
        QCOMPARE(a.published.timeSpec(), Qt::OffsetFromUTC);
        QCOMPARE(a.published.offsetFromUtc(), 3600);
        QCOMPARE(a.published.toUTC(), QDateTime(QDate(2024, 3, 2), QTime(7, 15), Qt::UTC));
        QCOMPARE(a.updated.toUTC(), QDateTime(QDate(2024, 3, 2), QTime(9, 0), Qt::UTC));
        QCOMPARE(a.siteName, QStringLiteral("Daily Example"));
        QCOMPARE(a.lang, QStringLiteral("de-AT"));
        QCOMPARE(a.leadImageUrl, QStringLiteral("https://example.com/img/river.jpg"));
        QVERIFY(a.rawTags.contains(RawTag { TagSource::JsonLd, QStringLiteral("Floods") }));
        QVERIFY(a.rawTags.contains(RawTag { TagSource::JsonLd, QStringLiteral("Danube") }));
        QCOMPARE(a.text.split(QStringLiteral("\n\n")).size(), 6);
    }

    void titleTagIsCleanedWithoutMetadata()
    {
        const Article a = ArticleExtractor::extract(
            page("<title>Why the lighthouse keeper stayed on - Coastal Tales</title>", TestSupport::proseParagraphs(5)),
            QUrl(QStringLiteral("https://example.org/a/1")));
        QCOMPARE(a.title, QStringLiteral("Why the lighthouse keeper stayed on"));
        QCOMPARE(a.siteName, QStringLiteral("example.org"));
    }

    void tagSourcesAreLabelled()
    {
        const QByteArray head
            = "<title>T</title><meta property=\"article:tag\" content=\"Energy\">"
              "<meta name=\"news_keywords\" content=\"Solar; Grid\"><meta name=\"keywords\" content=\"power, sun\">";
        const QByteArray body = "<article>" + TestSupport::proseParagraphs(5)
            + "<div class=\"tags\"><a href=\"/x/storage\">Storage</a></div>"
              "<p>Filed in <a rel=\"tag\" href=\"/c/batteries\">Batteries</a></p></article>"
              "<div><h4>Related Topics</h4><ul><li><a href=\"/y/1\">Hydrogen</a></li></ul></div>";
        const Article a
            = ArticleExtractor::extract(page(head, body), QUrl(QStringLiteral("https://example.net/story")));
        for (const char *tag : { "meta:Energy", "meta:Solar", "meta:Grid", "keywords:power", "list:Storage",
                 "reltag:Batteries", "list:Hydrogen" })
            QVERIFY2(a.rawTags.contains(decodeRawTag(QLatin1String(tag))), tag);
        QVERIFY(!a.text.contains(QStringLiteral("Hydrogen")));
    }

    void lazyImagesResolve()
    {
        const QByteArray body = "<article>" + TestSupport::proseParagraphs(3)
            + "<figure><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"/big/one.jpg\" "
              "alt=\"One\"></figure>"
            + TestSupport::proseParagraphs(2, "Middle")
            + "<figure><img srcset=\"/s/two-320.jpg 320w, /s/two-1280.jpg 1280w\" alt=\"Two\"></figure>"
            + TestSupport::proseParagraphs(2, "End") + "</article>";
        const Article a = ArticleExtractor::extract(
            page("<title>Lazy</title>", body), QUrl(QStringLiteral("https://img.example/post")));
        QVERIFY2(a.html.contains(QStringLiteral("https://img.example/big/one.jpg")), qPrintable(a.html));
        QVERIFY2(a.html.contains(QStringLiteral("https://img.example/s/two-1280.jpg")), qPrintable(a.html));
        QVERIFY(!a.html.contains(QStringLiteral("data:image/gif")));
        QCOMPARE(a.leadImageUrl, QStringLiteral("https://img.example/big/one.jpg"));
        QCOMPARE(a.leadImageAlt, QStringLiteral("One"));
    }

    // The lead-image fallback is the body's first image as the sanitizer wrote
    // it: one policy decides both, so they cannot disagree.
    void leadImageIsTheBodysFirstImage_data()
    {
        QTest::addColumn<QByteArray>("images");
        QTest::addColumn<QString>("lead");
        const QByteArray stub = "data:image/gif;base64," + QByteArray(150, 'A'); // over 133, under 200 characters
        QTest::newRow("tracking pixel skipped")
            << QByteArray("<img src=\"/px.gif\" width=\"1\" height=\"1\"><img src=\"/photo.jpg\">")
            << QStringLiteral("https://img.example/photo.jpg");
        QTest::newRow("beacon host skipped")
            << QByteArray("<img src=\"https://pixel.wp.com/g.gif\"><img src=\"/photo.jpg\">")
            << QStringLiteral("https://img.example/photo.jpg");
        QTest::newRow("inline image the body shows")
            << QByteArray("<img src=\"" + stub + "\"><img src=\"/photo.jpg\">") << QString::fromLatin1(stub);
        QTest::newRow("placeholder with lazy source")
            << QByteArray("<img src=\"/blank.gif\" data-lazy-src=\"/late.jpg\">")
            << QStringLiteral("https://img.example/late.jpg");
        QTest::newRow("hidden image skipped") << QByteArray("<img hidden src=\"/hidden.jpg\"><img src=\"/photo.jpg\">")
                                              << QStringLiteral("https://img.example/photo.jpg");
    }
    void leadImageIsTheBodysFirstImage()
    {
        QFETCH(QByteArray, images);
        QFETCH(QString, lead);
        const QByteArray body = "<article>" + TestSupport::proseParagraphs(3) + "<figure>" + images + "</figure>"
            + TestSupport::proseParagraphs(2, "End") + "</article>";
        const Article a = ArticleExtractor::extract(
            page("<title>Images</title>", body), QUrl(QStringLiteral("https://img.example/post")));
        QCOMPARE(a.leadImageUrl, lead);
        const qsizetype first = a.html.indexOf(QLatin1String("<img src=\""));
        QVERIFY2(first >= 0, qPrintable(a.html));
        QVERIFY2(a.html.mid(first + 10).startsWith(lead.toHtmlEscaped() + QLatin1Char('"')), qPrintable(a.html));
    }

    // Issue 12, point 5: the lead image from a page's metadata obeys the
    // body's picture rules; a hostile og:image, JSON-LD image, image_src link
    // or <base> never makes it a script, a local file or a beacon.
    void leadImageFromMetadataIsAWebPicture_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("lead");
        const QString body = QStringLiteral("https://img.example/photo.jpg");
        const auto og = [](const char *url) -> QByteArray {
            return "<meta property=\"og:image\" content=\"" + QByteArray(url) + "\">";
        };
        QTest::newRow("web picture kept")
            << og("https://cdn.example/lead.jpg") << QStringLiteral("https://cdn.example/lead.jpg");
        QTest::newRow("relative resolved") << og("/lead.jpg") << QStringLiteral("https://img.example/lead.jpg");
        QTest::newRow("javascript") << og("javascript:alert(1)") << body;
        QTest::newRow("javascript obfuscated") << og(" JaVa&#x09;Script:alert(1)") << body;
        QTest::newRow("vbscript") << og("vbscript:msgbox(1)") << body;
        QTest::newRow("data upper case") << og("DATA:text/html,<script>alert(1)</script>") << body;
        QTest::newRow("data image") << og("data:image/png;base64,iVBORw0KGgo=") << body;
        QTest::newRow("file") << og("file:///home/user/.face") << body;
        QTest::newRow("beacon") << og("https://pixel.wp.com/g.gif") << body;
        // A base that is not a web address is ignored: relative ones stay on the page's site.
        QTest::newRow("base file") << QByteArray("<base href=\"file:///home/user/\">") + og(".face")
                                   << QStringLiteral("https://img.example/.face");
        QTest::newRow("base javascript") << QByteArray("<base href=\"javascript:alert(1)//\">") + og("x.png")
                                         << QStringLiteral("https://img.example/x.png");
        QTest::newRow("base web") << QByteArray("<base href=\"https://cdn.example/a/\">") + og("x.png")
                                  << QStringLiteral("https://cdn.example/a/x.png");
        QTest::newRow("json-ld javascript")
            << QByteArray("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                          "\"image\":\"javascript:alert(1)\"}</script>")
            << body;
        QTest::newRow("image_src file") << QByteArray("<link rel=\"image_src\" href=\"file:///etc/x.png\">") << body;
    }
    void leadImageFromMetadataIsAWebPicture()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, lead);
        const QByteArray body = "<article>" + TestSupport::proseParagraphs(3) + "<figure><img src=\"/photo.jpg\">"
            + "</figure>" + TestSupport::proseParagraphs(2, "End") + "</article>";
        const Article a = ArticleExtractor::extract(
            page("<title>Images</title>" + head, body), QUrl(QStringLiteral("https://img.example/post")));
        QCOMPARE(a.leadImageUrl, lead);
    }

    void linksBecomeAbsolute()
    {
        const QByteArray body
            = "<article><p>Read <a href=\"../docs/spec.html\">the specification</a> first, because the rest of this "
              "long paragraph depends on it, and on the details that follow in it.</p>"
            + TestSupport::proseParagraphs(4) + "</article>";
        const Article a = ArticleExtractor::extract(
            page("<title>L</title>", body), QUrl(QStringLiteral("https://site.example/blog/post/")));
        QVERIFY2(
            a.html.contains(QStringLiteral("href=\"https://site.example/blog/docs/spec.html\"")), qPrintable(a.html));
    }

    void boilerplateGoesAndEdgesStay()
    {
        const QByteArray body
            = "<nav><a href=\"/\">Home</a><a href=\"/news\">News</a></nav>"
              "<article><h1>Harbour reopens</h1>"
              "<p class=\"byline\">By Mia Chen</p>"
              "<p>First paragraph: the harbour reopened on Monday, after weeks of repairs, to cheers from the quay.</p>"
              "<div class=\"share-bar\"><a href=\"#\">Facebook</a><a href=\"#\">Twitter</a></div>"
              "<h2>What changed</h2>"
              "<ul><li>New cranes, bought with a regional grant, and a longer pier.</li><li>A wider channel for the "
              "ferries.</li></ul>"
              "<p>Advertisement</p>"
              "<blockquote><p>We waited a long time for this, and it was worth it, said the harbour "
              "master.</p></blockquote>"
              "<p>Last paragraph: the first ferry is due on Friday, weather permitting, with a full deck.</p>"
              "<div class=\"newsletter-box\"><p>Sign up for our newsletter to get the news first.</p></div>"
              "<div class=\"related-stories\"><h3>Related stories</h3><ul><li><a href=\"/a\">Ferry prices rise</a></li>"
              "<li><a href=\"/b\">Storm damages pier</a></li></ul></div>"
              "<div id=\"comments\"><h3>3 comments</h3><p>Great news, finally, I have been waiting for this "
              "day.</p></div>"
              "</article><footer>About us | Contact</footer>";
        const Article a = ArticleExtractor::extract(
            page("<title>Harbour reopens</title>", body), QUrl(QStringLiteral("https://port.example/news/harbour")));
        QVERIFY2(a.text.startsWith(QStringLiteral("First paragraph:")), qPrintable(a.text));
        QVERIFY2(a.text.endsWith(QStringLiteral("with a full deck.")), qPrintable(a.text));
        QVERIFY(a.text.contains(QStringLiteral("What changed")));
        QVERIFY(a.text.contains(QStringLiteral("A wider channel for the ferries.")));
        QVERIFY(a.text.contains(QStringLiteral("said the harbour master")));
        for (const char *junk : { "Home", "Facebook", "Advertisement", "newsletter", "Related", "Ferry prices",
                 "comments", "Great news", "About us", "By Mia Chen", "Harbour reopens" })
            QVERIFY2(!a.text.contains(QLatin1String(junk)), junk);
        QCOMPARE(a.byline, QStringLiteral("Mia Chen"));
    }

    void tweetBlockquoteStays()
    {
        const QByteArray body = "<article>" + TestSupport::proseParagraphs(3)
            + "<blockquote class=\"twitter-tweet\"><p>The bridge is open again, thank you all!</p>&mdash; City Hall "
              "(@cityhall) "
              "<a href=\"https://twitter.com/cityhall/status/1\">May 3, 2024</a></blockquote>"
            + TestSupport::proseParagraphs(2, "After") + "</article>";
        const Article a = ArticleExtractor::extract(
            page("<title>Bridge</title>", body), QUrl(QStringLiteral("https://city.example/bridge")));
        QVERIFY2(a.text.contains(QStringLiteral("The bridge is open again, thank you all!")), qPrintable(a.text));
    }

    void homePageIsNotReaderable()
    {
        QByteArray body = "<header><h1>Example News</h1></header><ul>";
        for (int i = 0; i < 40; ++i)
            body += "<li><a href=\"/story/" + QByteArray::number(i) + "\">Headline number " + QByteArray::number(i)
                + " about the day</a></li>";
        body += "</ul>";
        const Article a = ArticleExtractor::extract(
            page("<title>Example News</title>", body), QUrl(QStringLiteral("https://news.example/")));
        QVERIFY(!a.readerable);
        QVERIFY(!a.notReaderableReason.isEmpty());
    }

    void productDescriptionWhenTheDomIsThin()
    {
        QByteArray description;
        for (int i = 0; i < 8; ++i)
            description += "Detail " + QByteArray::number(i)
                + " of the lamp: a warm light, a long arm and a heavy base that never tips. ";
        const QByteArray ld = "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Desk "
                              "lamp\",\"description\":\""
            + description + "\"}</script>";
        const Article a = ArticleExtractor::extract(page(ld, "<div id=\"app\">Loading…</div>"),
            QUrl(QStringLiteral("https://shop.example/products/desk-lamp")));
        QVERIFY2(a.text.contains(QStringLiteral("Detail 7 of the lamp")), qPrintable(a.text));
    }

    void homePageWithProseIsReaderable()
    {
        // A landing page whose front is a few real paragraphs has main content.
        QByteArray prose;
        for (int i = 1; i <= 3; ++i)
            prose += "<p>Part " + QByteArray::number(i)
                + " of what the tools do: they plan the week, share the plan with the team, remind everyone of the "
                  "next step, keep the files beside the tasks, and report, at the end of each month, where the time "
                  "went and what is left to do.</p>";
        const Article a = ArticleExtractor::extract(
            page("<title>Example Tools</title>",
                "<header><h1>Example Tools</h1></header><main><div class=\"intro\">" + prose + "</div></main>"),
            QUrl(QStringLiteral("https://tools.example/")));
        QVERIFY2(a.readerable, qPrintable(a.notReaderableReason));
    }

    void structuredBodyWhenTheDomIsThin()
    {
        QString longBody;
        for (int i = 0; i < 12; ++i)
            longBody += QStringLiteral(
                "Sentence %1 of the body that the page renders with script, long enough to count.\\n\\n")
                            .arg(i);
        const QByteArray ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Rendered "
                              "later\",\"articleBody\":\""
            + longBody.toUtf8() + "\"}</script>";
        const Article a = ArticleExtractor::extract(
            page(ld, "<div id=\"app\">Loading…</div>"), QUrl(QStringLiteral("https://spa.example/story/9")));
        QVERIFY2(a.text.contains(QStringLiteral("Sentence 11 of the body")), qPrintable(a.text));
        QVERIFY(a.html.contains(QStringLiteral("<p>")));
    }

    void charsetFromMetaIsHonoured()
    {
        const QByteArray body = "<article><p>\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0! " + QByteArray(200, 'a')
            + " end.</p>" + TestSupport::proseParagraphs(3) + "</article>";
        const QByteArray bytes = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                                 "charset=windows-1251\"><title>T</title></head><body>"
            + body + "</body></html>";
        const Article a = ArticleExtractor::extract(bytes, QUrl(QStringLiteral("https://ru.example/a")));
        QVERIFY2(a.text.contains(QStringLiteral("\u041F\u0440\u0438\u0432\u0435\u0442, \u043C\u0438\u0440!")),
            qPrintable(a.text));
    }

    void rtlAndCjkAreMeasured()
    {
        QByteArray arabic;
        for (int i = 0; i < 6; ++i)
            arabic += "<p>\xd9\x87\xd8\xb0\xd8\xa7 \xd9\x86\xd8\xb5 \xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a "
                      "\xd8\xb7\xd9\x88\xd9\x8a\xd9\x84\xd8\x8c "
                      "\xd9\x8a\xd9\x83\xd9\x81\xd9\x8a \xd9\x84\xd9\x8a\xd9\x83\xd9\x88\xd9\x86 "
                      "\xd9\x81\xd9\x82\xd8\xb1\xd8\xa9 \xd9\x83\xd8\xa7\xd9\x85\xd9\x84\xd8\xa9 \xd9\x85\xd9\x86 "
                      "\xd8\xa7\xd9\x84\xd9\x82\xd8\xb5\xd8\xa9 \xd9\x87\xd9\x86\xd8\xa7.</p>";
        const Article rtl = ArticleExtractor::extract(
            "<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>T</title></head><body><article>"
                + arabic + "</article></body></html>",
            QUrl(QStringLiteral("https://ar.example/a")));
        QCOMPARE(rtl.dir, QStringLiteral("rtl"));
        QCOMPARE(rtl.lang, QStringLiteral("ar"));

        QByteArray cjk;
        for (int i = 0; i < 5; ++i)
            cjk += "<p>"
                   "\xe8\xb0\xb7\xe6\xad\x8c\xe5\x9c\xa8\xe4\xba\x8c\xe9\x9b\xb6\xe4\xb8\x80\xe5\x9b\x9b\xe5\xb9\xb4"
                   "\xe6\x94\xb6\xe8\xb4\xad\xe7\x9a\x84\xe4\xba\xba\xe5\xb7\xa5\xe6\x99\xba\xe8\x83\xbd\xe5\x85\xac"
                   "\xe5\x8f\xb8"
                   "\xe5\xbc\x80\xe5\x8f\x91\xe5\x87\xba\xe4\xb8\x80\xe6\xac\xbe\xe8\x83\xbd\xe5\xa4\x9f\xe7\x94\xa8"
                   "\xe8\x87\xaa\xe5\xb7\xb1\xe7\x9a\x84\xe8\xae\xb0\xe5\xbf\x86\xe5\xad\xa6\xe4\xb9\xa0\xe6\x96\xb0"
                   "\xe7\x9f\xa5\xe8\xaf\x86\xe7\x9a\x84\xe8\xae\xa1\xe7\xae\x97\xe6\x9c\xba\xe3\x80\x82</p>";
        const Article zh = ArticleExtractor::extract(
            page("<title>T</title>", "<article>" + cjk + "</article>"), QUrl(QStringLiteral("https://zh.example/a")));
        QCOMPARE(zh.wordCount, 5 * 39);
    }

    void badInputNeverCrashes()
    {
        QCOMPARE(ArticleExtractor::extract({}, QUrl()).readerable, false);
        QByteArray junk(200000, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 7919) % 251);
        const Article fromJunk = ArticleExtractor::extract(junk, QUrl(QStringLiteral("https://junk.example/")));
        QVERIFY(!fromJunk.readerable || !fromJunk.text.isEmpty());
        QVERIFY(!ArticleExtractor::extract("<<<>>><p<<div></x></p>&#xFFFFFFFF;&bogus;<script>", QUrl()).readerable);
        // Deep nesting and a very large flat page: bounded, no stack overflow.
        QByteArray deep;
        for (int i = 0; i < 50000; ++i)
            deep += "<div>";
        deep += TestSupport::proseParagraphs(5);
        ArticleExtractor::extract(page("<title>Deep</title>", deep), QUrl(QStringLiteral("https://deep.example/a")));
        QByteArray authors; // nested byline-ish boxes and tables: still linear
        for (int i = 0; i < 3000; ++i)
            authors += "<div class=\"author\"><table><tr><td>";
        authors += TestSupport::proseParagraphs(5);
        ArticleExtractor::extract(
            page("<title>Nested</title>", authors), QUrl(QStringLiteral("https://nested.example/a")));
        QByteArray wide;
        wide.reserve(4 * 1024 * 1024);
        for (int i = 0; i < 100000; ++i)
            wide += "<span>w</span><b>x</b>";
        const Article big = ArticleExtractor::extract(
            page("<title>Wide</title>", "<div>" + wide + "</div>" + TestSupport::proseParagraphs(5)),
            QUrl(QStringLiteral("https://wide.example/a")));
        QVERIFY(big.text.contains(QStringLiteral("Paragraph 5")));
    }

    void cliPrintsJsonLinesAndReportsUnreadableFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(QStringLiteral("missing.html"));
        QProcess cli;
        cli.start(TestSupport::cliPath(),
            { QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--url"),
                seedUrl.toString(), missing,
                TestSupport::fixturePath(QStringLiteral("pages/extract-seed-like.html")) });
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("missing.html")));
        const QList<QByteArray> lines = cli.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject o = QJsonDocument::fromJson(lines.first()).object();
        for (const char *key : { "file", "url", "title", "byline", "published", "site_name", "lang", "dir",
                 "lead_image", "excerpt", "text", "html", "topics", "readerable", "word_count", "elapsed_ms" })
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QLatin1String("title")).toString(),
            QStringLiteral("Putin In Trade Push On Final Day Of China Trip"));
        QCOMPARE(o.value(QLatin1String("url")).toString(), seedUrl.toString());
        QVERIFY(o.value(QLatin1String("readerable")).toBool());
        QVERIFY(o.value(QLatin1String("elapsed_ms")).toDouble() > 0);
        QVERIFY(o.value(QLatin1String("published")).toString().startsWith(QLatin1String("2024-05-17")));

        QProcess usage;
        usage.start(TestSupport::cliPath(),
            { QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("xml"), missing });
        QVERIFY(usage.waitForFinished(30000));
        QCOMPARE(usage.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(TestArticleExtractor)
#include "tst_article_extractor.moc"
