#include "base/html_text.h"
#include "feeds/feed_parser.h"
#include "html/sanitizer.h"
#include "test_support.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTest>

using namespace Core;

namespace {

const QDateTime seenAt(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

// The parser's own markup with href/src made absolute against the base the
// parser hands over: what these tests check is the parser, not the sanitizer.
QString resolvingCleaner(const QString &html, const QUrl &base)
{
    static const QRegularExpression re(QStringLiteral("\\b(href|src)=\"([^\"]*)\""));
    QString out;
    qsizetype last = 0;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(html).mid(last, m.capturedStart(2) - last);
        out += base.resolved(QUrl(m.captured(2))).toString();
        last = m.capturedEnd(2);
    }
    out += QStringView(html).mid(last);
    return out;
}

ParsedFeed parseBytes(const QByteArray &bytes, const QString &url = QStringLiteral("https://test.example/feed.xml"),
    const QString &charset = {})
{
    return FeedParser::parseWith(&resolvingCleaner, bytes, QUrl(url), charset, seenAt);
}

ParsedFeed parseFixture(const QString &name, const QString &url, const QString &charset = {})
{
    const QByteArray bytes = TestSupport::readFile(TestSupport::fixturePath(QStringLiteral("feeds/") + name));
    Q_ASSERT(!bytes.isEmpty());
    return parseBytes(bytes, url, charset);
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

QString text(const QString &html)
{
    return HtmlText::htmlToText(html);
}

QByteArray rssWithTitle(const QByteArray &titleXml)
{
    return "<rss version=\"2.0\"><channel><title>T</title><item><title>" + titleXml
        + "</title><guid>g</guid></item></channel></rss>";
}

} // namespace

class TestFeedParser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // ---- formats -------------------------------------------------------

    void rss20FeedLevel()
    {
        const ParsedFeed feed
            = parseFixture(QStringLiteral("rss20.xml"), QStringLiteral("https://gazette.example/feed.xml"));
        QVERIFY(!feed.fatal);
        QCOMPARE(feed.format, QStringLiteral("rss20"));
        QCOMPARE(feed.title, QStringLiteral("Harbour & Hill Gazette"));
        QCOMPARE(feed.link, QStringLiteral("https://gazette.example/"));
        QCOMPARE(feed.subtitle, QStringLiteral("News from the harbour town"));
        QCOMPARE(feed.language, QStringLiteral("en-gb"));
        QCOMPARE(feed.updated, utc("2024-05-14T07:30:00Z"));
        QCOMPARE(feed.iconUrl, QStringLiteral("https://gazette.example/images/logo.png"));
        QCOMPARE(feed.encoding, QStringLiteral("utf-8"));
        QCOMPARE(feed.items.size(), 4);
    }

    void rss20ItemWithContentAndExtensions()
    {
        const ParsedFeed feed
            = parseFixture(QStringLiteral("rss20.xml"), QStringLiteral("https://gazette.example/feed.xml"));
        const ParsedItem &item = feed.items.at(0);
        QCOMPARE(item.id, QStringLiteral("gazette-1001"));
        QCOMPARE(item.title, QStringLiteral("Caf\u00e9 opens on the quay"));
        QCOMPARE(item.link, QStringLiteral("https://gazette.example/2024/05/cafe"));
        QCOMPARE(item.published, utc("2024-05-14T07:15:00Z"));
        QVERIFY(!item.dateIsFirstSeen);
        QCOMPARE(item.author, QStringLiteral("Mara Quill"));
        QCOMPARE(item.categories,
            (QStringList { QStringLiteral("Business"), QStringLiteral("Harbour"), QStringLiteral("Food") }));
        QCOMPARE(text(item.summaryHtml), QStringLiteral("The new caf\u00e9 serves fish & chips."));
        QVERIFY2(item.contentHtml.contains(QStringLiteral("href=\"https://gazette.example/2024/05/cafe#menu\"")),
            qPrintable(item.contentHtml));
        QCOMPARE(item.enclosures.size(), 1);
        QCOMPARE(item.enclosures[0].url, QStringLiteral("https://gazette.example/audio/cafe.mp3"));
        QCOMPARE(item.enclosures[0].type, QStringLiteral("audio/mpeg"));
        QCOMPARE(item.enclosures[0].length, 123456);
    }

    void rss20MediaRssAndRelativeLink()
    {
        const ParsedFeed feed
            = parseFixture(QStringLiteral("rss20.xml"), QStringLiteral("https://gazette.example/feed.xml"));
        const ParsedItem &item = feed.items.at(1);
        QCOMPARE(item.id, QStringLiteral("https://gazette.example/2024/05/ferry"));
        QCOMPARE(item.link, QStringLiteral("https://gazette.example/2024/05/ferry"));
        QCOMPARE(item.published, utc("2024-05-13T16:00:00Z")); // dc:date
        QCOMPARE(item.author, QStringLiteral("desk@gazette.example (News Desk)"));
        QCOMPARE(text(item.summaryHtml), QStringLiteral("Summer sailings start early."));
        QCOMPARE(item.enclosures.size(), 2);
        QCOMPARE(item.enclosures[0].url, QStringLiteral("https://gazette.example/video/ferry.mp4"));
        QCOMPARE(item.enclosures[0].type, QStringLiteral("video/mp4"));
        QCOMPARE(item.enclosures[0].length, 987654);
        QCOMPARE(item.thumbnailUrl, QStringLiteral("https://gazette.example/img/ferry-thumb.jpg"));
    }

    void rss20ItunesTags()
    {
        const ParsedFeed feed
            = parseFixture(QStringLiteral("rss20.xml"), QStringLiteral("https://gazette.example/feed.xml"));
        const ParsedItem &item = feed.items.at(2);
        QCOMPARE(item.link, QStringLiteral("https://gazette.example/podcast/7")); // from the permalink guid
        QCOMPARE(item.published, utc("2024-05-12T13:00:00Z")); // "12 May 24 9:00 EDT"
        QCOMPARE(item.author, QStringLiteral("Ivo Lantern"));
        QCOMPARE(text(item.summaryHtml), QStringLiteral("An hour with the keeper."));
        QCOMPARE(item.durationSeconds, 3723);
        QCOMPARE(item.categories,
            (QStringList { QStringLiteral("lighthouse"), QStringLiteral("sea"), QStringLiteral("history") }));
        QCOMPARE(item.thumbnailUrl, QStringLiteral("https://gazette.example/img/podcast.jpg"));
        QCOMPARE(item.enclosures.size(), 1);
        QCOMPARE(item.enclosures[0].length, -1); // "not a number"
    }

    void rss10Rdf()
    {
        const ParsedFeed feed
            = parseFixture(QStringLiteral("rss10.rdf"), QStringLiteral("https://rdf.example/index.rdf"));
        QVERIFY(!feed.fatal);
        QCOMPARE(feed.format, QStringLiteral("rss10"));
        QCOMPARE(feed.title, QStringLiteral("RDF Site Summary"));
        QCOMPARE(feed.language, QStringLiteral("fr"));
        QCOMPARE(feed.updated, utc("2024-05-01T12:00:00Z"));
        QCOMPARE(feed.iconUrl, QStringLiteral("https://rdf.example/logo.gif"));
        QCOMPARE(feed.items.size(), 1);
        const ParsedItem &item = feed.items.at(0);
        QCOMPARE(item.id, QStringLiteral("https://rdf.example/a")); // rdf:about
        QCOMPARE(item.author, QStringLiteral("Anne Author"));
        QCOMPARE(item.published, utc("2024-05-01T08:00:00Z"));
        QCOMPARE(item.categories, QStringList { QStringLiteral("Semantics") });
    }

    void rss091WithDoctypeAndHtmlEntity()
    {
        const ParsedFeed feed = parseFixture(QStringLiteral("rss091.xml"), QStringLiteral("http://old.example/rss"));
        QVERIFY(!feed.fatal);
        QCOMPARE(feed.format, QStringLiteral("rss091"));
        QCOMPARE(feed.title, QStringLiteral("Old School \u00a9 1999"));
        QCOMPARE(feed.encoding, QStringLiteral("windows-1252"));
        QCOMPARE(feed.items.size(), 1);
        QCOMPARE(feed.items[0].title, QStringLiteral("Hello 0.91"));
        QCOMPARE(feed.items[0].id, QStringLiteral("http://old.example/hello")); // no guid: the link
    }

    void rss090AndRss092Formats()
    {
        QCOMPARE(parseBytes("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                            "xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"><channel><title>x</title></channel>"
                            "<item><title>i</title><link>http://a.example/</link></item></rdf:RDF>")
                     .format,
            QStringLiteral("rss090"));
        QCOMPARE(parseBytes("<rss version=\"0.92\"><channel><title>x</title></channel></rss>").format,
            QStringLiteral("rss092"));
    }

    void atom10WithNestedXmlBase()
    {
        const ParsedFeed feed
            = parseFixture(QStringLiteral("atom10.xml"), QStringLiteral("https://atom.example/feeds/main"));
        QVERIFY(!feed.fatal);
        QCOMPARE(feed.format, QStringLiteral("atom10"));
        QCOMPARE(feed.title, QStringLiteral("Atom Notes"));
        QCOMPARE(feed.subtitle, QStringLiteral("Short notes"));
        QCOMPARE(feed.link, QStringLiteral("https://atom.example/blog/"));
        QCOMPARE(feed.iconUrl, QStringLiteral("https://atom.example/favicon.ico"));
        QCOMPARE(feed.language, QStringLiteral("de"));
        QCOMPARE(feed.updated, utc("2024-05-10T09:00:00Z"));
        QCOMPARE(feed.items.size(), 2);

        const ParsedItem &item = feed.items.at(0);
        QCOMPARE(item.id, QStringLiteral("tag:atom.example,2024:1"));
        QCOMPARE(item.link, QStringLiteral("https://atom.example/blog/2024/post-1.html"));
        QCOMPARE(item.published, utc("2024-05-09T06:00:00Z"));
        QCOMPARE(item.updated, utc("2024-05-10T08:00:00Z"));
        QCOMPARE(item.author, QStringLiteral("Jo Writer"));
        QCOMPARE(item.categories, (QStringList { QStringLiteral("notes"), QStringLiteral("kde") }));
        QCOMPARE(item.enclosures.size(), 1);
        QCOMPARE(item.enclosures[0].url, QStringLiteral("https://atom.example/blog/2024/media/talk.ogg"));
        QCOMPARE(item.enclosures[0].length, 4242);
        QCOMPARE(text(item.summaryHtml), QStringLiteral("A short summary"));
        QVERIFY2(item.contentHtml.contains(QStringLiteral("src=\"https://atom.example/blog/2024/images/pic.png\"")),
            qPrintable(item.contentHtml));
    }

    void atomTextConstructsAndInheritedAuthor()
    {
        const ParsedFeed feed
            = parseFixture(QStringLiteral("atom10.xml"), QStringLiteral("https://atom.example/feeds/main"));
        const ParsedItem &item = feed.items.at(1);
        QCOMPARE(item.title, QStringLiteral("Text <not a tag>"));
        QCOMPARE(item.link, QStringLiteral("https://elsewhere.example/x"));
        QCOMPARE(item.published, utc("2024-05-08T08:00:00Z")); // only <updated>: it dates the story
        QCOMPARE(text(item.contentHtml), QStringLiteral("Plain & simple"));
        QCOMPARE(item.author, QStringLiteral("Feed Author"));
    }

    void atom03()
    {
        const ParsedFeed feed
            = parseFixture(QStringLiteral("atom03.xml"), QStringLiteral("http://old-atom.example/atom.xml"));
        QVERIFY(!feed.fatal);
        QCOMPARE(feed.format, QStringLiteral("atom03"));
        QCOMPARE(feed.subtitle, QStringLiteral("From 2004"));
        QCOMPARE(feed.link, QStringLiteral("http://old-atom.example/"));
        QCOMPARE(feed.updated, utc("2004-01-02T03:04:05Z"));
        QCOMPARE(feed.items.size(), 1);
        const ParsedItem &item = feed.items.at(0);
        QCOMPARE(item.published, utc("2004-01-01T15:00:00Z"));
        QCOMPARE(item.updated, utc("2004-01-01T16:00:00Z"));
        QCOMPARE(item.contentHtml, QStringLiteral("<p>Hello from 0.3</p>"));
        QCOMPARE(text(item.summaryHtml), QStringLiteral("Base64 summary"));
    }

    void jsonFeed11()
    {
        const ParsedFeed feed
            = parseFixture(QStringLiteral("feed11.json"), QStringLiteral("https://json.example/feed.json"));
        QVERIFY(!feed.fatal);
        QCOMPARE(feed.format, QStringLiteral("json11"));
        QCOMPARE(feed.title, QStringLiteral("JSON Journal"));
        QCOMPARE(feed.link, QStringLiteral("https://json.example/"));
        QCOMPARE(feed.iconUrl, QStringLiteral("https://json.example/favicon.ico"));
        QCOMPARE(feed.language, QStringLiteral("en"));
        QCOMPARE(feed.items.size(), 2);
        const ParsedItem &first = feed.items.at(0);
        QCOMPARE(first.id, QStringLiteral("1"));
        QCOMPARE(first.published, utc("2024-05-01T14:00:00Z"));
        QCOMPARE(first.updated, utc("2024-05-02T10:00:00Z"));
        QCOMPARE(first.author, QStringLiteral("Jay Son"));
        QCOMPARE(text(first.contentHtml), QStringLiteral("Hello JSON"));
        QCOMPARE(first.categories, (QStringList { QStringLiteral("json"), QStringLiteral("feeds") }));
        QCOMPARE(first.enclosures.size(), 1);
        QCOMPARE(first.enclosures[0].length, 1000);
        QCOMPARE(first.durationSeconds, 60);
        QCOMPARE(first.thumbnailUrl, QStringLiteral("https://json.example/1.png"));
        const ParsedItem &second = feed.items.at(1);
        QCOMPARE(second.id, QStringLiteral("2"));
        QCOMPARE(second.link, QStringLiteral("https://json.example/relative"));
        QCOMPARE(text(second.contentHtml), QStringLiteral("Text only <not html>"));
        QVERIFY(second.dateIsFirstSeen);
    }

    void jsonFeed10()
    {
        const ParsedFeed feed
            = parseFixture(QStringLiteral("feed10.json"), QStringLiteral("https://json.example/old.json"));
        QCOMPARE(feed.format, QStringLiteral("json10"));
        QCOMPARE(feed.items.size(), 1);
        QCOMPARE(feed.items[0].author, QStringLiteral("Single Author"));
        QCOMPARE(feed.items[0].published, utc("2020-01-01T00:00:00Z"));
    }

    // ---- URLs ----------------------------------------------------------

    void plainTextKeepsItsParagraphs()
    {
        const ParsedFeed feed
            = parseBytes("<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">"
                         "<channel><item><guid>1</guid><itunes:summary>Line one\nline two\n\n"
                         "Second &lt;paragraph&gt;</itunes:summary></item></channel></rss>");
        QCOMPARE(
            feed.items[0].summaryHtml, QStringLiteral("<p>Line one<br>line two</p><p>Second &lt;paragraph&gt;</p>"));
    }

    void undeclaredPrefixesAreReadByTheirUsualMeaning()
    {
        const ParsedFeed feed = parseBytes("<rss version=\"2.0\"><channel><item><guid>1</guid>"
                                           "<dc:creator>Undeclared Person</dc:creator>"
                                           "<content:encoded><![CDATA[<p>Body</p>]]></content:encoded>"
                                           "<media:thumbnail url=\"http://t.example/t.jpg\"/></item></channel></rss>");
        QCOMPARE(feed.items.size(), 1);
        QCOMPARE(feed.items[0].author, QStringLiteral("Undeclared Person"));
        QCOMPARE(feed.items[0].contentHtml, QStringLiteral("<p>Body</p>"));
        QCOMPARE(feed.items[0].thumbnailUrl, QStringLiteral("http://t.example/t.jpg"));
        QVERIFY(!feed.errors.isEmpty()); // namespace errors are reported
    }

    void rssXmlBaseAndRelativeLinks()
    {
        const ParsedFeed feed
            = parseBytes("<rss version=\"2.0\"><channel xml:base=\"https://cdn.example/site/\"><link>home</link>"
                         "<item xml:base=\"posts/\"><title>t</title><link>one.html</link>"
                         "<enclosure url=\"../audio/one.mp3\" type=\"audio/mpeg\"/>"
                         "<description>&lt;a href=\"two.html\"&gt;two&lt;/a&gt;</description></item>"
                         "</channel></rss>",
                QStringLiteral("https://feeds.example/rss"));
        QCOMPARE(feed.link, QStringLiteral("https://cdn.example/site/home"));
        QCOMPARE(feed.items[0].link, QStringLiteral("https://cdn.example/site/posts/one.html"));
        QCOMPARE(feed.items[0].enclosures[0].url, QStringLiteral("https://cdn.example/site/audio/one.mp3"));
        QVERIFY(feed.items[0].summaryHtml.contains(QStringLiteral("href=\"https://cdn.example/site/posts/two.html\"")));
    }

    void scriptXmlBaseIsIgnored()
    {
        const ParsedFeed feed
            = parseBytes("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"javascript:alert(1)//\">"
                         "<entry><id>1</id><link href=\"/post\"/></entry></feed>",
                QStringLiteral("https://safe.example/feed"));
        QCOMPARE(feed.items[0].link, QStringLiteral("https://safe.example/post"));
    }

    void htmlGoesThroughTheSanitizerWithItsBase()
    {
        const QByteArray bytes
            = "<rss version=\"2.0\"><channel><item><title>x</title>"
              "<description>&lt;p onclick=\"x()\"&gt;Hi&lt;/p&gt;</description></item></channel></rss>";
        const ParsedFeed feed = FeedParser::parse(bytes, QUrl(QStringLiteral("https://s.example/f")), {}, seenAt);
        QCOMPARE(feed.items.size(), 1);
        QCOMPARE(feed.items[0].summaryHtml,
            HtmlSanitizer::clean(
                QStringLiteral("<p onclick=\"x()\">Hi</p>"), QUrl(QStringLiteral("https://s.example/f"))));
    }

    // ---- encodings -----------------------------------------------------

    void declaredLegacyEncoding()
    {
        const ParsedFeed feed
            = parseFixture(QStringLiteral("windows1251.xml"), QStringLiteral("https://ru.example/rss"));
        QCOMPARE(feed.encoding, QStringLiteral("windows-1251"));
        QCOMPARE(feed.title, QStringLiteral("\u041d\u043e\u0432\u043e\u0441\u0442\u0438"));
        QCOMPARE(feed.items[0].title, QStringLiteral("\u041f\u0440\u0438\u0432\u0435\u0442"));
    }

    void httpCharsetWinsOverDeclaration()
    {
        const ParsedFeed feed = parseFixture(QStringLiteral("koi8r-mislabelled.xml"),
            QStringLiteral("https://ru.example/rss"), QStringLiteral("koi8-r"));
        QCOMPARE(feed.encoding, QStringLiteral("koi8-r"));
        QCOMPARE(feed.title, QStringLiteral("\u041d\u043e\u0432\u043e\u0441\u0442\u0438"));
        QVERIFY(!feed.fatal);
        QVERIFY(feed.errors.join(QLatin1Char(' ')).contains(QStringLiteral("declared windows-1251")));
    }

    void byteOrderMarkUtf16()
    {
        const QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-16\"?><rss version=\"2.0\"><channel>"
                                           "<title>\u00dcber \u65e5\u672c</title></channel></rss>");
        QStringEncoder encoder(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        const QByteArray bytes = encoder.encode(xml);
        const ParsedFeed feed = parseBytes(bytes);
        QVERIFY(!feed.fatal);
        QCOMPARE(feed.encoding, QStringLiteral("utf-16le"));
        QCOMPARE(feed.title, QStringLiteral("\u00dcber \u65e5\u672c"));
    }

    void mislabelledUtf8IsReadAsUtf8()
    {
        const ParsedFeed feed
            = parseBytes("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel>"
                         "<title>Z\xc3\xbcrich</title></channel></rss>");
        QCOMPARE(feed.title, QStringLiteral("Z\u00fcrich"));
        QCOMPARE(feed.encoding, QStringLiteral("utf-8"));
    }

    // ---- text ----------------------------------------------------------

    void htmlNamedEntitiesDecode()
    {
        const ParsedFeed feed
            = parseBytes(rssWithTitle("a&nbsp;b &eacute;t&eacute; &hellip; &#8217;&#x2019;&#X41; &amp;amp; &mdash;"));
        QCOMPARE(feed.items[0].title, QStringLiteral("a b \u00e9t\u00e9 \u2026 \u2019\u2019A & \u2014"));
    }

    void cdataTitleIsPlainText()
    {
        const ParsedFeed feed = parseBytes(rssWithTitle("<![CDATA[<b>Bold</b> & <i>more</i>]]>"));
        QCOMPARE(feed.items[0].title, QStringLiteral("Bold & more"));
    }

    void escapedHtmlTitleIsStripped()
    {
        QCOMPARE(parseBytes(rssWithTitle("&lt;b&gt;Bold&lt;/b&gt; move")).items[0].title, QStringLiteral("Bold move"));
        QCOMPARE(parseBytes(rssWithTitle("AT&amp;T   buys\n  a company")).items[0].title,
            QStringLiteral("AT&T buys a company"));
    }

    void unescapedAmpersandDoesNotLoseTheFeed()
    {
        const ParsedFeed feed
            = parseBytes("<rss version=\"2.0\"><channel><title>Fish & Chips Daily</title>"
                         "<item><title>Salt & vinegar</title><link>http://a.example/?x=1&y=2</link></item>"
                         "<item><title>Second</title><guid>2</guid></item></channel></rss>");
        QVERIFY(!feed.fatal);
        QCOMPARE(feed.title, QStringLiteral("Fish & Chips Daily"));
        QCOMPARE(feed.items.size(), 2);
        QCOMPARE(feed.items[0].title, QStringLiteral("Salt & vinegar"));
        QCOMPARE(feed.items[0].link, QStringLiteral("http://a.example/?x=1&y=2"));
        QCOMPARE(feed.items[1].title, QStringLiteral("Second"));
        QVERIFY(!feed.errors.isEmpty()); // recovered, and said so
    }

    void rawHtmlInDescriptionKeepsTheFeedStructure()
    {
        const ParsedFeed feed = parseBytes("<rss version=\"2.0\"><channel><title>T</title>"
                                           "<item><title>One</title><description><p>Hi<br>there<img src=\"x.png\">"
                                           "<p>Unclosed <b>bold</description><guid>1</guid></item>"
                                           "<item><title>Two</title><guid>2</guid></item></channel></rss>");
        QVERIFY(!feed.fatal);
        QCOMPARE(feed.items.size(), 2);
        QCOMPARE(feed.items[0].id, QStringLiteral("1"));
        QCOMPARE(text(feed.items[0].summaryHtml), QStringLiteral("Hi there Unclosed bold"));
        QVERIFY(feed.items[0].summaryHtml.contains(QStringLiteral("src=\"https://test.example/x.png\"")));
        QCOMPARE(feed.items[1].title, QStringLiteral("Two"));
    }

    void textBeforeTheDocumentIsSkipped()
    {
        const ParsedFeed feed = parseBytes("Warning: mysql_connect(): too many connections in /srv/feed.php on line 3\n"
                                           "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Saved</title>"
                                           "</channel></rss>");
        QVERIFY(!feed.fatal);
        QCOMPARE(feed.title, QStringLiteral("Saved"));
        QVERIFY(feed.errors.join(QLatin1Char(' ')).contains(QStringLiteral("before the document")));
    }

    void truncatedFeedKeepsItsCompleteItems()
    {
        const ParsedFeed feed = parseBytes("<rss version=\"2.0\"><channel><title>Cut</title>"
                                           "<item><title>Whole</title><guid>1</guid></item>"
                                           "<item><title>Half</title><guid>2</gu");
        QVERIFY(!feed.fatal);
        QVERIFY(feed.items.size() >= 1);
        QCOMPARE(feed.items[0].title, QStringLiteral("Whole"));
    }

    void strayEndTagsStayLinear()
    {
        // Opens and stray end tags by the hundred thousand: must return (no timing asserted).
        const QByteArray bytes = "<rss version=\"2.0\"><channel><title>Stray</title><item><title>x</title><description>"
            + QByteArray("<span>").repeated(100000) + QByteArray("</zz>").repeated(100000)
            + "</description></item></channel></rss>";
        const ParsedFeed feed = parseBytes(bytes);
        QCOMPARE(feed.title, QStringLiteral("Stray"));
    }

    void thousandsOfCategoriesAreCapped()
    {
        QByteArray categories;
        for (int i = 0; i < 50000; ++i)
            categories += "<category>c" + QByteArray::number(i) + "</category><enclosure url=\"http://e.example/"
                + QByteArray::number(i) + "\"/>";
        const ParsedFeed feed
            = parseBytes("<rss version=\"2.0\"><channel><item><guid>1</guid>" + categories + "</item></channel></rss>");
        QCOMPARE(feed.items.size(), 1);
        QCOMPARE(feed.items[0].categories.size(), 100);
        QCOMPARE(feed.items[0].categories.first(), QStringLiteral("c0"));
        QCOMPARE(feed.items[0].enclosures.size(), 50);
    }

    void unclosedQuotesStayLinear()
    {
        // Hostile markup: every tag opens a quote that never closes (no timing asserted).
        const QByteArray bytes
            = "<rss version=\"2.0\"><channel><title>Quotes</title><item><title>x</title><description>"
            + QByteArray("<a title=\"").repeated(200000) + "</description></item></channel></rss>";
        const ParsedFeed feed = parseBytes(bytes);
        QCOMPARE(feed.title, QStringLiteral("Quotes"));
    }

    void brokenXmlIsRecovered()
    {
        const ParsedFeed feed = parseBytes("<rss version=\"2.0\"><channel><title>Broken</title>"
                                           "<item><title>One</title><guid>1</guid></item>"
                                           "<item><title>Two</title><guid>2</guid></ite></channel>");
        QVERIFY(!feed.fatal);
        QVERIFY(!feed.errors.isEmpty());
        QVERIFY(feed.items.size() >= 1);
        QCOMPARE(feed.items[0].title, QStringLiteral("One"));
    }

    // ---- identity and dates ---------------------------------------------

    void identityIsStableAcrossRefetches()
    {
        const QByteArray bytes = "<rss version=\"2.0\"><channel><item><title>No id</title>"
                                 "<description>Just text</description></item></channel></rss>";
        const ParsedFeed a
            = FeedParser::parseWith(&resolvingCleaner, bytes, QUrl(QStringLiteral("https://x.example/")), {}, seenAt);
        const ParsedFeed b = FeedParser::parseWith(
            &resolvingCleaner, bytes, QUrl(QStringLiteral("https://x.example/")), {}, seenAt.addDays(3));
        QCOMPARE(a.items.size(), 1);
        QCOMPARE(a.items[0].id, b.items[0].id);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(a.items[0].id).hasMatch());
        QVERIFY(a.items[0].dateIsFirstSeen);
        QCOMPARE(a.items[0].published, seenAt);
        QCOMPARE(b.items[0].published, seenAt.addDays(3));

        QByteArray changed = bytes;
        changed.replace("No id", "Another title");
        QVERIFY(parseBytes(changed).items[0].id != a.items[0].id);
    }

    void identityPrefersGuidThenLink()
    {
        const ParsedFeed feed
            = parseBytes("<rss version=\"2.0\"><channel>"
                         "<item><guid isPermaLink=\"false\">  abc-1  </guid><link>http://l.example/1</link></item>"
                         "<item><link>http://l.example/2</link></item></channel></rss>");
        QCOMPARE(feed.items[0].id, QStringLiteral("abc-1"));
        QCOMPARE(feed.items[0].link, QStringLiteral("http://l.example/1"));
        QCOMPARE(feed.items[1].id, QStringLiteral("http://l.example/2"));
    }

    void unusableDateFallsBackToSeenAt()
    {
        const ParsedFeed feed = parseBytes("<rss version=\"2.0\"><channel><item><guid>1</guid>"
                                           "<pubDate>sometime last week</pubDate></item></channel></rss>");
        QVERIFY(feed.items[0].dateIsFirstSeen);
        QCOMPARE(feed.items[0].published, seenAt);
        QVERIFY(!feed.items[0].updated.isValid());
    }

    // ---- not feeds -----------------------------------------------------

    void notAFeedIsFatal_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << QStringLiteral("empty");
        QTest::newRow("html page") << TestSupport::readFile(TestSupport::fixturePath(QStringLiteral("feeds/page.html")))
                                   << QStringLiteral("HTML page");
        QTest::newRow("other xml") << QByteArray("<?xml version=\"1.0\"?><note><to>x</to></note>")
                                   << QStringLiteral("root element is <note>");
        QTest::newRow("json not a feed") << QByteArray("{\"hello\": [1, 2]}") << QStringLiteral("JSON");
        QTest::newRow("json array") << QByteArray("[1, 2, 3]") << QStringLiteral("not a JSON Feed");
        QTest::newRow("broken json") << QByteArray("{\"version\": \"https://jsonfeed.org/version/1\", ")
                                     << QStringLiteral("invalid JSON");
        QByteArray junk(64 * 1024, '\0');
        QRandomGenerator generator(42);
        for (char &c : junk)
            c = static_cast<char>(generator.bounded(256));
        QTest::newRow("binary junk") << junk << QStringLiteral("not a feed");
        QTest::newRow("plain text") << QByteArray("Just some words, no markup at all.") << QStringLiteral("not a feed");
    }
    void notAFeedIsFatal()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, error);
        const ParsedFeed feed = parseBytes(bytes);
        QVERIFY(feed.fatal);
        QVERIFY(feed.items.isEmpty());
        QVERIFY2(feed.errors.join(QLatin1Char(' ')).contains(error), qPrintable(feed.errors.join(QLatin1Char(' '))));
    }

    // ---- hostile and huge input -----------------------------------------

    void mutatedFixturesNeverCrash()
    {
        // Truncations and random byte damage of every fixture: each parse must
        // return, fatal or not, with a consistent result.
        const QStringList names
            = { QStringLiteral("rss20.xml"), QStringLiteral("rss10.rdf"), QStringLiteral("atom10.xml"),
                  QStringLiteral("atom03.xml"), QStringLiteral("feed11.json"), QStringLiteral("windows1251.xml") };
        QRandomGenerator generator(7);
        int parses = 0;
        for (const QString &name : names) {
            const QByteArray original
                = TestSupport::readFile(TestSupport::fixturePath(QStringLiteral("feeds/") + name));
            for (qsizetype cut = 0; cut < original.size(); cut += 61) {
                const ParsedFeed feed = parseBytes(original.left(cut));
                QVERIFY(!feed.fatal || feed.items.isEmpty());
                ++parses;
            }
            for (int round = 0; round < 60; ++round) {
                QByteArray damaged = original;
                for (int k = 0; k < 1 + round % 8; ++k)
                    damaged[generator.bounded(int(damaged.size()))] = static_cast<char>(generator.bounded(256));
                const ParsedFeed feed = parseBytes(damaged);
                QVERIFY(!feed.fatal || feed.items.isEmpty());
                for (const ParsedItem &item : feed.items)
                    QVERIFY(!item.id.isEmpty() && item.published.isValid());
                ++parses;
            }
        }
        QVERIFY(parses > 400);
    }

    void entitiesAreNeverExpandedExplosively()
    {
        QByteArray doctype = "<!DOCTYPE rss [<!ENTITY lol \"lol\">";
        for (int i = 1; i < 10; ++i)
            doctype += QByteArray("<!ENTITY lol") + QByteArray::number(i) + " \""
                + QByteArray("&lol").append(i > 1 ? QByteArray::number(i - 1) : QByteArray()).append(";").repeated(10)
                + "\">";
        doctype += "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        const ParsedFeed feed = parseBytes(doctype
            + "<rss version=\"2.0\"><channel><title>&lol9;</title>"
              "<item><title>&xxe;</title><guid>1</guid></item></channel></rss>");
        QVERIFY(!feed.fatal);
        QVERIFY(feed.title.size() < 1000);
        QVERIFY(!feed.items.isEmpty());
        QVERIFY(!feed.items[0].title.contains(QStringLiteral("root:")));
    }

    void deepNestingReturns()
    {
        const QByteArray deep = QByteArray("<div>").repeated(100000) + QByteArray("</div>").repeated(100000);
        const ParsedFeed feed = parseBytes("<rss version=\"2.0\"><channel><title>Deep</title>"
                                           "<item><title>Before</title><guid>1</guid></item><item><description>"
            + deep + "</description></item></channel></rss>");
        QVERIFY(!feed.items.isEmpty());
        QCOMPARE(feed.items[0].title, QStringLiteral("Before"));
    }

    void hugeFeedParsesCompletely()
    {
        QByteArray bytes = "<rss version=\"2.0\"><channel><title>Huge</title>";
        const QByteArray body = QByteArray("lorem ipsum & dolor ").repeated(20);
        int count = 0;
        while (bytes.size() < 20 * 1024 * 1024) {
            bytes += "<item><title>Item " + QByteArray::number(count) + "</title><guid>" + QByteArray::number(count)
                + "</guid><description>" + body + "</description></item>";
            ++count;
        }
        bytes += "</channel></rss>";
        const ParsedFeed feed = parseBytes(bytes);
        QVERIFY(!feed.fatal);
        QCOMPARE(feed.items.size(), count);
        QCOMPARE(feed.items.last().title, QStringLiteral("Item %1").arg(count - 1));
    }
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feed_parser.moc"
