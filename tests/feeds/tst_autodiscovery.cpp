#include "feeds/autodiscovery.h"

#include <QTest>

using namespace Core;

namespace {

QStringList urlsOf(const QList<Autodiscovery::Candidate> &candidates)
{
    QStringList urls;
    for (const Autodiscovery::Candidate &candidate : candidates)
        urls << candidate.url.toString();
    return urls;
}

} // namespace

class TestAutodiscovery final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void discover_data();
    void discover();
    void titleAndType();
    void baseHref();
    void commentFeedsLast();
    void malformedInputIsHarmless_data();
    void malformedInputIsHarmless();
    void deepNesting();
    void aMillionAttributes();
    void commonFeedUrls();
    void isFeedType();
};

void TestAutodiscovery::discover_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("rss, relative") << QByteArray(R"(<html><head>
        <link rel="alternate" type="application/rss+xml" title="News" href="/feed.xml">
        </head><body></body></html>)")
                                   << QStringList { QStringLiteral("https://example.org/feed.xml") };
    QTest::newRow("atom, relative to the page's folder")
        << QByteArray(R"(<head>
        <link rel=alternate type=application/atom+xml href="atom.xml"></head>)")
        << QStringList { QStringLiteral("https://example.org/blog/atom.xml") };
    QTest::newRow("json feed") << QByteArray(R"(<link rel="alternate" type="application/feed+json" href="/feed.json">)")
                               << QStringList { QStringLiteral("https://example.org/feed.json") };
    QTest::newRow("legacy json feed type")
        << QByteArray(R"(<link rel="alternate" type="application/json" title="JSON Feed" href="/feed.json">)")
        << QStringList { QStringLiteral("https://example.org/feed.json") };
    QTest::newRow("wordpress REST link is not a feed") << QByteArray(
        R"(<link rel="alternate" type="application/json" href="https://example.org/wp-json/wp/v2/pages/7">)")
                                                       << QStringList {};
    QTest::newRow("several, document order, no duplicates")
        << QByteArray(R"(<head>
        <link rel="alternate" type="application/atom+xml" href="https://example.org/atom">
        <link rel="stylesheet" href="/style.css">
        <link rel="alternate" type="application/rss+xml" href="//cdn.example.net/rss">
        <link rel="alternate" type="application/atom+xml" href="/atom">
        <link rel="alternate" hreflang="fr" href="/fr/">
        </head>)")
        << QStringList { QStringLiteral("https://example.org/atom"), QStringLiteral("https://cdn.example.net/rss") };
    QTest::newRow("case and extra rel tokens")
        << QByteArray(R"(<LINK REL="Alternate Home" TYPE="Application/RSS+XML; charset=utf-8" HREF="/r">)")
        << QStringList { QStringLiteral("https://example.org/r") };
    QTest::newRow("link in the body") << QByteArray(R"(<body><p>hi</p>
        <link rel="alternate" type="application/rss+xml" href="/late.rss"></body>)")
                                      << QStringList { QStringLiteral("https://example.org/late.rss") };
    QTest::newRow("script URLs refused") << QByteArray(
        R"html(<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">)html")
                                         << QStringList {};
    QTest::newRow("no href") << QByteArray(R"(<link rel="alternate" type="application/rss+xml">)") << QStringList {};
    QTest::newRow("not announced") << QByteArray(R"(<a href="/feed.xml">RSS</a>)") << QStringList {};
}

void TestAutodiscovery::discover()
{
    QFETCH(QByteArray, html);
    QFETCH(QStringList, expected);
    const QUrl page(QStringLiteral("https://example.org/blog/post.html"));
    QCOMPARE(urlsOf(Autodiscovery::discover(html, page)), expected);
}

void TestAutodiscovery::titleAndType()
{
    const QByteArray html
        = R"(<link rel="alternate" type="application/atom+xml" title="  The   Atom feed " href="/a">)";
    const auto found = Autodiscovery::discover(html, QUrl(QStringLiteral("http://example.org/")));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst().title, QStringLiteral("The Atom feed"));
    QCOMPARE(found.constFirst().type, QStringLiteral("application/atom+xml"));
}

void TestAutodiscovery::baseHref()
{
    const QByteArray html = R"(<head><base href="https://static.example.com/site/">
        <link rel="alternate" type="application/rss+xml" href="feed.xml"></head>)";
    const auto found = Autodiscovery::discover(html, QUrl(QStringLiteral("https://example.org/x/y")));
    QCOMPARE(urlsOf(found), QStringList { QStringLiteral("https://static.example.com/site/feed.xml") });
}

void TestAutodiscovery::commentFeedsLast()
{
    const QByteArray html = R"(<head>
        <link rel="alternate" type="application/rss+xml" title="Blog &raquo; Comments Feed" href="/comments/feed/">
        <link rel="alternate" type="application/rss+xml" title="Blog &raquo; Feed" href="/feed/">
        </head>)";
    const auto found = Autodiscovery::discover(html, QUrl(QStringLiteral("https://blog.example/")));
    QCOMPARE(urlsOf(found),
        (QStringList {
            QStringLiteral("https://blog.example/feed/"), QStringLiteral("https://blog.example/comments/feed/") }));
}

void TestAutodiscovery::malformedInputIsHarmless_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01<<<>>>\x00", 12);
    QTest::newRow("unclosed") << QByteArray("<html><head><link rel=\"alternate\" type=\"application/rss+xml");
    QTest::newRow("json") << QByteArray(R"({"version": "https://jsonfeed.org/version/1.1"})");
}

void TestAutodiscovery::malformedInputIsHarmless()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(Autodiscovery::discover(bytes, QUrl(QStringLiteral("https://example.org/"))).isEmpty());
}

void TestAutodiscovery::aMillionAttributes()
{
    // libxml2 checks each attribute against every earlier one: a million took
    // hours before tags were cut to their first 1000.
    QByteArray html = "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/a.xml\"><meta";
    for (int i = 0; i < 1000000; ++i)
        html += " a" + QByteArray::number(i) + "=1";
    html += "><link rel=\"icon\" href=\"/i.png\"></head><body></body></html>";
    const QUrl page(QStringLiteral("https://example.org/"));
    QCOMPARE(urlsOf(Autodiscovery::discover(html, page)), QStringList { QStringLiteral("https://example.org/a.xml") });
    QVERIFY(Autodiscovery::siteIcons(html, page).contains(QUrl(QStringLiteral("https://example.org/i.png"))));
}

void TestAutodiscovery::deepNesting()
{
    QByteArray html = "<html><body>";
    for (int i = 0; i < 20000; ++i)
        html += "<div>";
    html += R"(<link rel="alternate" type="application/rss+xml" href="/deep.xml">)";
    const auto found = Autodiscovery::discover(html, QUrl(QStringLiteral("https://example.org/")));
    // libxml2 may cut the tree at its depth limit; what matters is no crash.
    QVERIFY(found.size() <= 1);
}

void TestAutodiscovery::commonFeedUrls()
{
    const QList<QUrl> urls
        = Autodiscovery::commonFeedUrls(QUrl(QStringLiteral("https://example.org:8443/a/b?q=1#top")));
    QStringList strings;
    for (const QUrl &url : urls)
        strings << url.toString();
    QCOMPARE(strings,
        (QStringList {
            QStringLiteral("https://example.org:8443/feed"),
            QStringLiteral("https://example.org:8443/rss"),
            QStringLiteral("https://example.org:8443/atom.xml"),
            QStringLiteral("https://example.org:8443/feed.xml"),
            QStringLiteral("https://example.org:8443/rss.xml"),
            QStringLiteral("https://example.org:8443/index.xml"),
            QStringLiteral("https://example.org:8443/feed.json"),
        }));
    QVERIFY(Autodiscovery::commonFeedUrls(QUrl(QStringLiteral("file:///tmp/x"))).isEmpty());
}

void TestAutodiscovery::isFeedType()
{
    QVERIFY(Autodiscovery::isFeedType(QStringLiteral("application/rss+xml")));
    QVERIFY(Autodiscovery::isFeedType(QStringLiteral("Application/Atom+XML; charset=utf-8")));
    QVERIFY(Autodiscovery::isFeedType(QStringLiteral("application/feed+json")));
    QVERIFY(!Autodiscovery::isFeedType(QStringLiteral("text/html")));
    QVERIFY(!Autodiscovery::isFeedType(QStringLiteral("application/json")));
}

QTEST_GUILESS_MAIN(TestAutodiscovery)
#include "tst_autodiscovery.moc"
