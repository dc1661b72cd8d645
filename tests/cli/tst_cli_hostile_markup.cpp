// Hostile XML and HTML through the built tidings-cli, each run in its own
// process: external entities and DTDs (a file with a secret, a local server
// that records every request), parameter entities, billion laughs, quadratic
// blow-up, 100,000-deep nesting, a million elements, a million attributes and
// huge text nodes. Each run must end (a clear error or a result) within the
// time limit, read nothing external, and stay under a peak-RSS limit read from
// getrusage(RUSAGE_CHILDREN), which works under ASan too (RLIMIT_AS does not).

#include "cli_run.h"
#include "test_http_server.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using TestSupport::HttpRequest;
using TestSupport::HttpResponse;
using TestSupport::TestHttpServer;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool underAsan = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool underAsan = true;
#else
constexpr bool underAsan = false;
#endif
#else
constexpr bool underAsan = false;
#endif

// Unbounded expansion or a quadratic structure would take gigabytes; the
// heaviest legitimate run here (a million elements) takes about 250 MB.
// ASan's shadow memory and quarantine roughly triple that.
constexpr long rssLimitKb = underAsan ? 2'000'000 : 700'000;

const QByteArray secret = "TOP-SECRET-4711";

long childrenPeakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

enum class Kind { Rss, Atom, Rdf };

QByteArray rootName(Kind kind)
{
    switch (kind) {
    case Kind::Rss:
        return "rss";
    case Kind::Atom:
        return "feed";
    case Kind::Rdf:
        return "rdf:RDF";
    }
    return {};
}

// A feed of one item whose title and body are given raw; `extra` goes after the item.
QByteArray feed(
    Kind kind, const QByteArray &doctype, const QByteArray &title, const QByteArray &body, const QByteArray &extra = {})
{
    const QByteArray head = "<?xml version=\"1.0\"?>" + doctype;
    switch (kind) {
    case Kind::Rss:
        return head + "<rss version=\"2.0\"><channel><title>" + title
            + "</title><link>https://a.example/</link><item><title>" + title + "</title><guid>1</guid><description>"
            + body + "</description></item>" + extra + "</channel></rss>";
    case Kind::Atom:
        return head + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>" + title + "</title><entry><id>1</id><title>"
            + title + "</title><content type=\"html\">" + body + "</content></entry>" + extra + "</feed>";
    case Kind::Rdf:
        return head
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\">"
              "<channel rdf:about=\"x\"><title>"
            + title + "</title></channel><item rdf:about=\"https://a.example/1\"><title>" + title
            + "</title><link>https://a.example/1</link><description>" + body + "</description></item>" + extra
            + "</rdf:RDF>";
    }
    return {};
}

QByteArray opml(const QByteArray &doctype, const QByteArray &body)
{
    return "<?xml version=\"1.0\"?>" + doctype + "<opml version=\"2.0\"><head><title>T</title></head><body>" + body
        + "</body></opml>";
}

QByteArray page(const QByteArray &body)
{
    return "<!DOCTYPE html><html><head><title>T</title></head><body>" + body + "<p>"
        + QByteArray("Some prose sentence here. ").repeated(40) + "</p></body></html>";
}

QByteArray manyAttributes(int count, const char *quote)
{
    QByteArray out;
    out.reserve(count * 10);
    for (int i = 0; i < count; ++i)
        out += " a" + QByteArray::number(i) + "=" + quote + "1" + quote;
    return out;
}

QByteArray billionLaughsDoctype(const QByteArray &root)
{
    QByteArray doctype = "<!DOCTYPE " + root + " [<!ENTITY l0 \"lol\">";
    for (int i = 1; i < 10; ++i)
        doctype += "<!ENTITY l" + QByteArray::number(i) + " \""
            + QByteArray("&l" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
    return doctype + "]>";
}

// One 100 KB entity referenced 100,000 times: 10 GB if expanded.
QByteArray quadraticDoctype(const QByteArray &root)
{
    return "<!DOCTYPE " + root + " [<!ENTITY a \"" + QByteArray(100'000, 'x') + "\">]>";
}

} // namespace

class TestCliHostileMarkup final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    TestHttpServer m_server;
    QString m_secretPath;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    // Runs the CLI; fails the test if it crashed, hung or went over the RSS limit.
    TestSupport::CliRun run(const QString &label, const QStringList &args)
    {
        QElapsedTimer timer;
        timer.start();
        const TestSupport::CliRun result = TestSupport::runCli(args);
        const long peak = childrenPeakRssKb();
        qInfo("%s: exit %d in %lld ms, children's peak RSS so far %ld MB", qPrintable(label), result.exitCode,
            timer.elapsed(), peak / 1024);
        return result;
    }

    static bool underRssLimit() { return childrenPeakRssKb() < rssLimitKb; }

    QByteArray entityDoctype(const QByteArray &root, const QByteArray &which) const
    {
        const QByteArray fileUrl = QUrl::fromLocalFile(m_secretPath).toEncoded();
        const QByteArray http = m_server.url(QStringLiteral("/") + QString::fromLatin1(which)).toEncoded();
        if (which == "xxe-file")
            return "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + fileUrl + "\">]>";
        if (which == "xxe-http")
            return "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + http + "\">]>";
        if (which == "dtd")
            return "<!DOCTYPE " + root + " SYSTEM \"" + http + "\">";
        if (which == "dtd-file")
            return "<!DOCTYPE " + root + " SYSTEM \"" + fileUrl + "\">";
        // parameter entities, external and internal
        return "<!DOCTYPE " + root + " [<!ENTITY % p SYSTEM \"" + http + "\"> %p; <!ENTITY % f SYSTEM \"" + fileUrl
            + "\"> %f; <!ENTITY % i \"<!ENTITY xxe SYSTEM '" + fileUrl + "'>\"> %i;]>";
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_secretPath = write(QStringLiteral("secret.txt"), secret);
        QVERIFY(!m_secretPath.isEmpty());
        // Whatever is asked of the server: a DTD that would define &xxe; as the secret.
        m_server.setFallback([](const HttpRequest &) {
            return TestHttpServer::ok(
                "<!ENTITY xxe \"" + secret + "\"><!ENTITY ext \"" + secret + "\">", "application/xml-dtd");
        });
        QVERIFY(m_server.listen());
    }

    void cleanupTestCase()
    {
        const long peak = childrenPeakRssKb();
        qInfo("peak RSS of the heaviest run: %ld MB (limit %ld MB%s)", peak / 1024, rssLimitKb / 1024,
            underAsan ? ", ASan" : "");
        QVERIFY2(peak < rssLimitKb, qPrintable(QStringLiteral("%1 KB").arg(peak)));
    }

    void feedsLoadNothingExternal_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("which");
        for (const Kind kind : { Kind::Rss, Kind::Atom, Kind::Rdf })
            for (const char *which : { "xxe-file", "xxe-http", "dtd", "dtd-file", "parameter" })
                QTest::addRow("%s %s", rootName(kind).constData(), which) << int(kind) << QByteArray(which);
    }
    void feedsLoadNothingExternal()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, which);
        const Kind k = Kind(kind);
        m_server.clearLog();
        const QString path = write(QStringLiteral("external.xml"),
            feed(k, entityDoctype(rootName(k), which), "Title &xxe; &ext;", "Body &xxe; &ext;"));
        const TestSupport::CliRun result = run(QString::fromLatin1(QTest::currentDataTag()),
            { QStringLiteral("parse-feed"), path, QStringLiteral("--format"), QStringLiteral("json") });
        QVERIFY2(underRssLimit(), "over the peak-RSS limit");
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.stdoutBytes).object();
        QCOMPARE(json.value(QStringLiteral("fatal")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY(json.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Title")));
        QVERIFY2(!result.stdoutBytes.contains(secret), result.stdoutBytes.left(2000).constData());
        QCOMPARE(m_server.requests().size(), 0);
    }

    void feedsBoundEntityExpansion_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("quadratic");
        for (const Kind kind : { Kind::Rss, Kind::Atom, Kind::Rdf }) {
            QTest::addRow("%s billion laughs", rootName(kind).constData()) << int(kind) << false;
            QTest::addRow("%s quadratic blow-up", rootName(kind).constData()) << int(kind) << true;
        }
    }
    void feedsBoundEntityExpansion()
    {
        QFETCH(int, kind);
        QFETCH(bool, quadratic);
        const Kind k = Kind(kind);
        const QByteArray bytes = quadratic
            ? feed(k, quadraticDoctype(rootName(k)), "T", QByteArray("&a;").repeated(100'000))
            : feed(k, billionLaughsDoctype(rootName(k)), "T &l9;", "B &l9;");
        const QString path = write(QStringLiteral("entities.xml"), bytes);
        const TestSupport::CliRun result
            = run(QString::fromLatin1(QTest::currentDataTag()), { QStringLiteral("parse-feed"), path });
        QVERIFY2(underRssLimit(), "over the peak-RSS limit");
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.stdoutBytes).object();
        const QString errors = json.value(QStringLiteral("errors")).toVariant().toStringList().join(u'\n');
        // Expansion stops with a clear word: the output stays near the 1 MiB cap.
        QVERIFY2(errors.contains(quadratic ? QStringLiteral("entity expansion stopped at")
                                           : QStringLiteral("nested in entity values")),
            qPrintable(errors));
        QVERIFY(result.stdoutBytes.size() < 3 * 1024 * 1024);
        QVERIFY(!result.stdoutBytes.contains("lollollol"));
    }

    void feedsStayBoundedOnHugeStructures_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedError");
        const QByteArray deep = QByteArray("<x>").repeated(100'000) + QByteArray("</x>").repeated(100'000);
        const QByteArray deepHtml
            = QByteArray("&lt;div&gt;").repeated(100'000) + "deep" + QByteArray("&lt;/div&gt;").repeated(100'000);
        for (const Kind kind : { Kind::Rss, Kind::Atom, Kind::Rdf }) {
            const QByteArray name = rootName(kind);
            QTest::addRow("%s 100,000-deep elements", name.constData())
                << int(kind) << feed(kind, {}, "T", "B", deep) << QStringLiteral("Excessive depth");
            QTest::addRow("%s 100,000-deep HTML body", name.constData())
                << int(kind) << feed(kind, {}, "T", deepHtml) << QString();
        }
        QTest::newRow("rss a million elements")
            << int(Kind::Rss) << feed(Kind::Rss, {}, "T", "B", QByteArray("<x/>").repeated(1'000'000)) << QString();
        QTest::newRow("rss a million attributes")
            << int(Kind::Rss) << feed(Kind::Rss, {}, "T", "B", "<x" + manyAttributes(1'000'000, "\"") + "/>")
            << QStringLiteral("cut to their first 1000");
        QTest::newRow("atom a million attributes in the HTML body")
            << int(Kind::Atom) << feed(Kind::Atom, {}, "T", "&lt;p" + manyAttributes(1'000'000, "") + "&gt;x")
            << QString();
    }
    void feedsStayBoundedOnHugeStructures()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedError);
        const QString path = write(QStringLiteral("huge.xml"), bytes);
        const TestSupport::CliRun result
            = run(QString::fromLatin1(QTest::currentDataTag()), { QStringLiteral("parse-feed"), path });
        QVERIFY2(underRssLimit(), "over the peak-RSS limit");
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.stdoutBytes).object();
        QCOMPARE(json.value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("title")),
            QStringLiteral("T"));
        const QString errors = json.value(QStringLiteral("errors")).toVariant().toStringList().join(u'\n');
        QVERIFY2(errors.contains(expectedError), qPrintable(errors));
    }

    void aFeedTooLargeIsAClearError()
    {
        // A 50 MB text node: the CLI (like the fetcher) stops at 20 MiB.
        const QString path = write(QStringLiteral("text.xml"), feed(Kind::Rss, {}, "T", QByteArray(50 << 20, 'y')));
        const TestSupport::CliRun result
            = run(QStringLiteral("rss 50 MB text node"), { QStringLiteral("parse-feed"), path });
        QVERIFY2(underRssLimit(), "over the peak-RSS limit");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("larger than 20 MiB")), qPrintable(result.err));
    }

    void pagesStayBounded_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("100,000-deep divs")
            << page(QByteArray("<div>").repeated(100'000) + "deep" + QByteArray("</div>").repeated(100'000));
        QTest::newRow("100,000-deep unclosed") << page(QByteArray("<div><span>").repeated(100'000) + "deep");
        QTest::newRow("a million elements") << page(QByteArray("<b>x</b>").repeated(1'000'000));
        QTest::newRow("a million attributes") << page("<p" + manyAttributes(1'000'000, "") + ">x</p>");
        QTest::newRow("a 50 MB text node") << page(QByteArray(50 << 20, 'y'));
    }
    void pagesStayBounded()
    {
        QFETCH(QByteArray, bytes);
        const QString path = write(QStringLiteral("page.html"), bytes);
        const TestSupport::CliRun result
            = run(QString::fromLatin1(QTest::currentDataTag()), { QStringLiteral("extract"), path });
        QVERIFY2(underRssLimit(), "over the peak-RSS limit");
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(!result.out.isEmpty(), qPrintable(result.err));
    }

    void opmlLoadsNothingExternal_data()
    {
        QTest::addColumn<QByteArray>("which");
        QTest::addColumn<bool>("imports");
        QTest::newRow("xxe-file") << QByteArray("xxe-file") << false;
        QTest::newRow("xxe-http") << QByteArray("xxe-http") << false;
        QTest::newRow("dtd") << QByteArray("dtd") << true;
        QTest::newRow("dtd-file") << QByteArray("dtd-file") << true;
        QTest::newRow("parameter") << QByteArray("parameter") << true; // read as undeclared, skipped
    }
    void opmlLoadsNothingExternal()
    {
        QFETCH(QByteArray, which);
        QFETCH(bool, imports);
        m_server.clearLog();
        QTemporaryDir profile;
        const QString path = write(QStringLiteral("external.opml"),
            opml(entityDoctype("opml", which), "<outline text=\"x&xxe;\" xmlUrl=\"https://a.example/feed\"/>"));
        const TestSupport::CliRun result = run(QStringLiteral("opml ") + QString::fromLatin1(which),
            { QStringLiteral("--profile"), profile.path(), QStringLiteral("import-opml"), path });
        QVERIFY2(underRssLimit(), "over the peak-RSS limit");
        QCOMPARE(m_server.requests().size(), 0);
        QVERIFY(!result.out.contains(QString::fromLatin1(secret)));
        QVERIFY(!result.err.contains(QString::fromLatin1(secret)));
        if (imports) {
            QCOMPARE(result.exitCode, 0);
            QVERIFY2(result.out.contains(QStringLiteral("added 1")), qPrintable(result.out));
        } else {
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(QStringLiteral("parse error")), qPrintable(result.err));
        }
    }

    void opmlStaysBounded_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expectedError");
        QByteArray laughs = "<!DOCTYPE opml [<!ENTITY l0 \"lol\">";
        for (int i = 1; i < 10; ++i)
            laughs += "<!ENTITY l" + QByteArray::number(i) + " \""
                + QByteArray("&l" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
        laughs += "]>";
        QTest::newRow("billion laughs") << opml(laughs, "<outline text=\"&l9;\" xmlUrl=\"https://a.example/f\"/>")
                                        << QStringLiteral("entity expansion limit");
        QTest::newRow("quadratic blow-up") << opml(quadraticDoctype("opml"),
            "<outline text=\"" + QByteArray("&a;").repeated(100'000) + "\" xmlUrl=\"https://a.example/f\"/>")
                                           << QStringLiteral("entity expansion limit");
        QTest::newRow("100,000-deep folders") << opml({},
            QByteArray("<outline text=\"f\">").repeated(100'000)
                + "<outline text=\"x\" xmlUrl=\"https://a.example/f\"/>" + QByteArray("</outline>").repeated(100'000))
                                              << QStringLiteral("outlines nested more than 64 deep");
        QByteArray wide;
        for (int i = 0; i < 1'000'000; ++i)
            wide += "<outline text=\"f" + QByteArray::number(i) + "\"/>";
        QTest::newRow("a million folders") << opml({}, wide) << QStringLiteral("more than 50000 outlines");
        QTest::newRow("a million attributes")
            << opml({}, "<outline" + manyAttributes(1'000'000, "\"") + " text=\"x\" xmlUrl=\"https://a.example/f\"/>")
            << QString();
    }
    void opmlStaysBounded()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expectedError);
        QTemporaryDir profile;
        const QString path = write(QStringLiteral("huge.opml"), bytes);
        const TestSupport::CliRun result = run(QString::fromLatin1(QTest::currentDataTag()),
            { QStringLiteral("--profile"), profile.path(), QStringLiteral("import-opml"), path });
        QVERIFY2(underRssLimit(), "over the peak-RSS limit");
        if (expectedError.isEmpty()) {
            QCOMPARE(result.exitCode, 0);
        } else {
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(expectedError), qPrintable(result.err));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliHostileMarkup)
#include "tst_cli_hostile_markup.moc"
