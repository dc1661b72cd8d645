#include "feeds/opml.h"
#include "storage/store.h"
#include "storage/store_opml.h"
#include "test_support.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;

namespace {

Opml::Document parseFixture(const QString &name)
{
    const auto document = Opml::parse(TestSupport::readFile(TestSupport::fixturePath(QStringLiteral("opml/") + name)));
    if (!document)
        qWarning() << name << document.error().detail;
    return document.value_or({});
}

std::unique_ptr<Store> openStore(const QString &dir)
{
    auto store = Store::open(dir);
    return store ? std::move(store.value()) : nullptr;
}

// url | title | site | folder path, for comparing two stores.
QSet<QString> describe(const Store &store)
{
    QHash<FolderId, Folder> folders;
    for (const Folder &folder : store.folders())
        folders.insert(folder.id, folder);
    const auto pathOf = [&](FolderId id) {
        QStringList path;
        for (; id != 0; id = folders.value(id).parentId)
            path.prepend(folders.value(id).name);
        return path.join(QLatin1Char('/'));
    };
    QSet<QString> result;
    for (const Subscription &sub : store.subscriptions())
        result.insert(QStringList { sub.url, sub.title, sub.siteUrl, pathOf(sub.folderId) }.join(QLatin1Char('|')));
    for (const Folder &folder : store.folders())
        result.insert(QStringLiteral("folder:") + pathOf(folder.id));
    return result;
}

} // namespace

class TestOpml final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesNestedFoldersAtAnyDepth()
    {
        const Opml::Document document = parseFixture(QStringLiteral("nested.opml"));
        QCOMPARE(document.title, QStringLiteral("My feeds"));
        QCOMPARE(document.feeds.size(), 6);
        QCOMPARE(document.feeds.at(0).xmlUrl, QStringLiteral("https://top.example/feed.xml"));
        QCOMPARE(document.feeds.at(0).htmlUrl, QStringLiteral("https://top.example/"));
        QVERIFY(document.feeds.at(0).folderPath.isEmpty());
        QCOMPARE(document.feeds.at(1).title, QStringLiteral("World Desk")); // title wins over text
        QCOMPARE(document.feeds.at(1).folderPath, QStringList { QStringLiteral("News") });
        QCOMPARE(document.feeds.at(2).xmlUrl, QStringLiteral("https://brussels.example/atom")); // xmlurl
        QCOMPARE(document.feeds.at(2).folderPath, (QStringList { QStringLiteral("News"), QStringLiteral("Europe") }));
        const Opml::Outline &bottom = document.feeds.at(3);
        QCOMPARE(bottom.title, QStringLiteral("Bottom & <more>"));
        QCOMPARE(bottom.xmlUrl, QStringLiteral("http://bottom.example/feed")); // feed:// and XMLURL
        QCOMPARE(bottom.folderPath,
            (QStringList {
                QStringLiteral("News"), QStringLiteral("Europe"), QStringLiteral("Deep"), QStringLiteral("Deepest") }));
        QCOMPARE(document.feeds.at(5).title, QStringLiteral("Caf\u00E9 blog"));
        QCOMPARE(document.feeds.at(5).xmlUrl, QStringLiteral("https://cafe.example/feed")); // trimmed
        QVERIFY(document.folders.contains(QStringList { QStringLiteral("Empty folder") }));
        QCOMPARE(document.folders.size(), 6);
        QCOMPARE(document.warnings.size(), 1); // the rss outline without a URL
        QVERIFY(document.warnings.first().startsWith(QStringLiteral("line 25:")));
    }

    void parsesOpml1InItsDeclaredEncoding()
    {
        const Opml::Document document = parseFixture(QStringLiteral("opml1.opml"));
        QCOMPARE(document.feeds.size(), 2);
        QCOMPARE(document.feeds.at(0).folderPath, QStringList { QStringLiteral("Caf\u00E9s") });
        QCOMPARE(document.feeds.at(0).title, QStringLiteral("Kaffeehaus Zeitung"));
        QVERIFY(document.feeds.at(1).folderPath.isEmpty());
    }

    void badFilesGiveAClearError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated tags") << TestSupport::readFile(
            TestSupport::fixturePath(QStringLiteral("opml/bad.opml")))
                                        << QStringLiteral("line 7, column");
        QTest::newRow("rss") << TestSupport::readFile(TestSupport::fixturePath(QStringLiteral("opml/not-opml.xml")))
                             << QStringLiteral("not an OPML document (the root element is <rss>)");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("line 1");
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << QStringLiteral("line 1");
        QTest::newRow("unclosed") << QByteArray("<opml><body><outline text=\"x\"") << QStringLiteral("line 1");
        // Billion laughs: the reader's expansion limit stops it.
        QByteArray laughs = "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY a \"aaaaaaaaaa\">";
        for (int i = 1; i < 10; ++i)
            laughs += QStringLiteral("<!ENTITY %1 \"&%2;&%2;&%2;&%2;&%2;&%2;&%2;&%2;&%2;&%2;\">")
                          .arg(QChar(u'a' + i))
                          .arg(QChar(u'a' + i - 1))
                          .toUtf8();
        laughs += "]><opml><body><outline text=\"&j;\"/></body></opml>";
        QTest::newRow("entity bomb") << laughs << QStringLiteral("line 1");
    }
    void badFilesGiveAClearError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const auto document = Opml::parse(bytes);
        QVERIFY(!document);
        QCOMPARE(document.error().code, ErrorCode::ParseError);
        QVERIFY2(document.error().detail.contains(expected), qPrintable(document.error().detail));
    }

    void everyTruncationIsAnErrorOrAPartialList()
    {
        const QByteArray whole = TestSupport::readFile(TestSupport::fixturePath(QStringLiteral("opml/nested.opml")));
        QVERIFY(!whole.isEmpty());
        int errors = 0;
        for (qsizetype length = 0; length < whole.size(); ++length) {
            const auto document = Opml::parse(whole.left(length));
            if (document) {
                QVERIFY(document->feeds.size() <= 6);
            } else {
                QCOMPARE(document.error().code, ErrorCode::ParseError);
                QVERIFY(document.error().detail.startsWith(QStringLiteral("line ")));
                ++errors;
            }
        }
        // A cut before </opml> leaves the document unfinished.
        QVERIFY(errors >= whole.lastIndexOf("</opml>"));
    }

    void importSkipsDuplicatesAndCounts()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const FolderId news = store->addFolder(QStringLiteral("News")).value();
        QVERIFY(store->addSubscription(QStringLiteral("https://top.example/feed.xml"), QStringLiteral("Mine")));
        const auto report = importOpml(*store, parseFixture(QStringLiteral("nested.opml")));
        QVERIFY(report);
        QCOMPARE(report->added, 4);
        QCOMPARE(report->duplicates, 2); // one already subscribed, one twice in the file
        QCOMPARE(report->folders, 5); // News existed
        QVERIFY(report->errors.isEmpty());
        QCOMPARE(store->subscriptions().size(), 5);
        QCOMPARE(
            store->subscriptionByUrl(QStringLiteral("https://top.example/feed.xml"))->title, QStringLiteral("Mine"));
        QCOMPARE(store->subscriptionByUrl(QStringLiteral("https://world.example/rss"))->folderId, news);
        QCOMPARE(store->subscriptionByUrl(QStringLiteral("https://world.example/rss"))->siteUrl,
            QStringLiteral("https://world.example/"));

        const auto again = importOpml(*store, parseFixture(QStringLiteral("nested.opml")));
        QCOMPARE(again->added, 0);
        QCOMPARE(again->duplicates, 6);
        QCOMPARE(again->folders, 0);
        QCOMPARE(store->folders().size(), 6);
    }

    void exportThenImportGivesTheSameSubscriptions()
    {
        QTemporaryDir first, second;
        auto source = openStore(first.path());
        QVERIFY(source);
        QVERIFY(importOpml(*source, parseFixture(QStringLiteral("nested.opml"))));
        const FolderId odd = source->addFolder(QStringLiteral("Quotes \"&\" <tags>")).value();
        QVERIFY(source->addSubscription(
            QStringLiteral("https://odd.example/?a=1&b=2"), QStringLiteral("\u4E2D\u6587 & \"q\""), odd));
        QVERIFY(source->addSubscription(QStringLiteral("https://untitled.example/feed")));

        const QByteArray bytes = Opml::write(opmlDocument(*source));
        QVERIFY(bytes.contains("<opml version=\"2.0\">"));
        QVERIFY(bytes.contains("<dateCreated>"));
        const auto parsed = Opml::parse(bytes);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().detail));

        auto target = openStore(second.path());
        QVERIFY(target);
        const auto report = importOpml(*target, *parsed);
        QVERIFY(report);
        QCOMPARE(report->added, source->subscriptions().size());
        QCOMPARE(report->folders, source->folders().size());
        QCOMPARE(describe(*target), describe(*source));
    }
};

QTEST_GUILESS_MAIN(TestOpml)
#include "tst_opml.moc"
