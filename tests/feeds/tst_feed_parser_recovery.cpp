#include "feed_parse.h"
#include "feeds/feed_parser.h"
#include "test_support.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Core;
using namespace FeedTests;

// The feed parser on text constructs, broken and hostile input, identity and
// dates, and documents that are no feed. Formats, URLs and encodings are in
// tst_feed_parser.
class TestFeedParserRecovery final : public QObject {
    Q_OBJECT

private Q_SLOTS:
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

QTEST_GUILESS_MAIN(TestFeedParserRecovery)
#include "tst_feed_parser_recovery.moc"
