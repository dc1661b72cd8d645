#include "feed_parse.h"
#include "feeds/feed_parser.h"
#include "html/sanitizer.h"

#include <QStringEncoder>
#include <QTest>

using namespace Core;
using namespace FeedTests;

// The feed parser on each format, on URLs and bases, and on encodings.
// Text, broken input, identity and hostile input: tst_feed_parser_recovery.
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

    // What the feed asks about how often to fetch it: the longer of <ttl>
    // (minutes) and sy:updatePeriod / sy:updateFrequency, in seconds.
    void refreshHints_data()
    {
        QTest::addColumn<QByteArray>("channel");
        QTest::addColumn<int>("seconds");
        QTest::newRow("nothing said") << QByteArray() << 0;
        QTest::newRow("ttl 120") << QByteArray("<ttl>120</ttl>") << 7200;
        QTest::newRow("ttl with spaces") << QByteArray("<ttl> 60 </ttl>") << 3600;
        QTest::newRow("ttl not a number") << QByteArray("<ttl>often</ttl>") << 0;
        QTest::newRow("ttl zero") << QByteArray("<ttl>0</ttl>") << 0;
        QTest::newRow("hourly") << QByteArray("<sy:updatePeriod>hourly</sy:updatePeriod>") << 3600;
        QTest::newRow("daily twice") << QByteArray(
            "<sy:updatePeriod>daily</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>")
                                     << 43200;
        QTest::newRow("frequency alone means nothing") << QByteArray("<sy:updateFrequency>4</sy:updateFrequency>") << 0;
        QTest::newRow("the longer wins") << QByteArray("<ttl>30</ttl><sy:updatePeriod>hourly</sy:updatePeriod>")
                                         << 3600;
        QTest::newRow("unknown period") << QByteArray("<sy:updatePeriod>fortnightly</sy:updatePeriod>") << 0;
    }
    void refreshHints()
    {
        QFETCH(QByteArray, channel);
        QFETCH(int, seconds);
        const QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\" "
                               "xmlns:sy=\"http://purl.org/rss/1.0/modules/syndication/\"><channel><title>T</title>"
            + channel + "<item><title>One</title><link>https://s.example/1</link></item></channel></rss>";
        const ParsedFeed feed = parseBytes(xml);
        QVERIFY(!feed.fatal);
        QCOMPARE(feed.minIntervalSeconds, seconds);
    }

    void rss10SyndicationModule()
    {
        const QByteArray xml = "<?xml version=\"1.0\"?><rdf:RDF "
                               "xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" "
                               "xmlns=\"http://purl.org/rss/1.0/\" "
                               "xmlns:syn=\"http://purl.org/rss/1.0/modules/syndication/\">"
                               "<channel><title>T</title><link>https://s.example/</link>"
                               "<syn:updatePeriod>weekly</syn:updatePeriod></channel>"
                               "<item><title>One</title><link>https://s.example/1</link></item></rdf:RDF>";
        QCOMPARE(parseBytes(xml).minIntervalSeconds, 7 * 86400);
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
};

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feed_parser.moc"
