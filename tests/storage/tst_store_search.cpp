#include "storage/store.h"
#include "store_search.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Core;

namespace {

ParsedItem item(const QString &id, const QString &title, int minute, const QString &summary)
{
    ParsedItem parsed;
    parsed.id = id;
    parsed.title = title;
    parsed.link = QStringLiteral("https://example.org/") + id;
    parsed.published = QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC).addSecs(minute * 60);
    parsed.summaryHtml = summary;
    return parsed;
}

Article article(const QString &text, const QStringList &topics)
{
    Article result;
    result.text = text;
    result.html = QStringLiteral("<p>") + text + QStringLiteral("</p>");
    result.topics = topics;
    result.readerable = true;
    return result;
}

StoryFilter search(const QString &query)
{
    return StoryFilter { StoryFilter::Kind::Search, 0, {}, query };
}

QStringList titles(const QList<StoryRow> &rows)
{
    QStringList result;
    for (const StoryRow &row : rows)
        result.append(row.title);
    return result;
}

} // namespace

class TestStoreSearch final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QStringList find(const QString &query) const { return titles(m_store->stories(search(query))); }

private Q_SLOTS:
    void parsesTheSearchLanguage()
    {
        const StoreSearch::Query query = StoreSearch::parse(
            QStringLiteral("  tag:\"Xi  Jinping\" climate TOPIC:EU \"sea level\" -opinion clim* tag:"));
        QCOMPARE(query.tags, (QStringList { QStringLiteral("Xi Jinping"), QStringLiteral("EU") }));
        QCOMPARE(query.terms.size(), 3);
        QCOMPARE(query.terms.at(0).text, QStringLiteral("climate"));
        QCOMPARE(query.terms.at(1).text, QStringLiteral("sea level"));
        QCOMPARE(query.terms.at(2).text, QStringLiteral("clim"));
        QVERIFY(query.terms.at(2).prefix);
        QCOMPARE(query.excluded.size(), 1);
        QCOMPARE(query.excluded.first().text, QStringLiteral("opinion"));
        QCOMPARE(
            StoreSearch::ftsExpression(query.terms), QStringLiteral("\"climate\" AND \"sea level\" AND \"clim\" *"));

        QVERIFY(StoreSearch::parse(QStringLiteral("  ( ) \" - * ")).isEmpty());
        QCOMPARE(
            StoreSearch::parse(QStringLiteral("tag:\"open quote")).tags, QStringList { QStringLiteral("open quote") });
        QCOMPARE(StoreSearch::ftsExpression(StoreSearch::parse(QStringLiteral("say\"hi\"")).terms),
            QStringLiteral("\"say\"\"hi\"\"\""));
    }

    void hostileQueriesAreValidFts5_data()
    {
        QTest::addColumn<QString>("query");
        const QStringList hostile = {
            QStringLiteral("\""),
            QStringLiteral("\"\""),
            QStringLiteral("("),
            QStringLiteral(")"),
            QStringLiteral("a OR"),
            QStringLiteral("AND"),
            QStringLiteral("NOT x"),
            QStringLiteral("NEAR(a b, 2)"),
            QStringLiteral("title:foo"),
            QStringLiteral("{title body}: x"),
            QStringLiteral("^start"),
            QStringLiteral("*"),
            QStringLiteral("a*b*"),
            QStringLiteral("'; DROP TABLE stories; --"),
            QStringLiteral("\\\" \\"),
            QStringLiteral("- -- +"),
            QStringLiteral("tag:\"\"\""),
            QStringLiteral("caf\u00E9 \U0001F600 \u4E60\u8FD1\u5E73"),
            QString(3000, QLatin1Char('(')),
            QStringLiteral("\"a\" \"b\" AND \"c"),
        };
        for (const QString &query : hostile)
            QTest::newRow(qPrintable(query.left(30))) << query;
    }
    void hostileQueriesAreValidFts5()
    {
        QFETCH(QString, query);
        // Straight against SQLite: the expression the store would run must parse.
        const StoreSearch::Query parsed = StoreSearch::parse(query);
        const QString name = QStringLiteral("fts-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(QStringLiteral(":memory:"));
            QVERIFY(db.open());
            QSqlQuery sql(db);
            QVERIFY(sql.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(title, body, topics)")));
            QVERIFY(sql.exec(QStringLiteral("INSERT INTO t VALUES ('a b c', 'start', 'x')")));
            for (const QList<StoreSearch::Term> &terms : { parsed.terms, parsed.excluded }) {
                const QString expression = StoreSearch::ftsExpression(terms);
                if (expression.isEmpty())
                    continue;
                QVERIFY(sql.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ?")));
                sql.addBindValue(expression);
                QVERIFY2(sql.exec(), qPrintable(expression + QStringLiteral(": ") + sql.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
        // And through the store, which must answer without trouble.
        const QList<StoryRow> rows = m_store->stories(search(query));
        QVERIFY(rows.size() <= m_store->countStories({}));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = Store::open(m_dir.path());
        QVERIFY(opened);
        m_store = std::move(opened.value());
        const SubscriptionId news = m_store->addSubscription(QStringLiteral("https://news.example/")).value();
        const SubscriptionId blog = m_store->addSubscription(QStringLiteral("https://blog.example/")).value();
        const QList<StoryId> ids = m_store
                                       ->upsertStories(news,
                                           {
                                               item(QStringLiteral("1"), QStringLiteral("Xi visits Paris"), 1,
                                                   QStringLiteral("<p>State visit.</p>")),
                                               item(QStringLiteral("2"), QStringLiteral("Trade talks resume"), 2,
                                                   QStringLiteral("<p>Tariffs &amp; more.</p>")),
                                               item(QStringLiteral("3"), QStringLiteral("Glaciers melt faster"), 3,
                                                   QStringLiteral("<p>Sea level rises (again).</p>")),
                                           })
                                       .value();
        const QList<StoryId> blogIds = m_store
                                           ->upsertStories(blog,
                                               {
                                                   item(QStringLiteral("4"), QStringLiteral("Rock and roll"), 4,
                                                       QStringLiteral("<p>A caf\u00E9 concert review.</p>")),
                                                   item(QStringLiteral("5"), QStringLiteral("Beijing weekend"), 5,
                                                       QStringLiteral("<p>Opinion: travel.</p>")),
                                               })
                                           .value();
        QVERIFY(m_store->saveArticle(ids[0],
            article(QStringLiteral("The Chinese president met Macron to discuss trade."),
                { QStringLiteral("Xi Jinping"), QStringLiteral("France") })));
        QVERIFY(m_store->saveArticle(ids[1],
            article(QStringLiteral("Negotiators from Beijing and Brussels met again."),
                { QStringLiteral("Trade"), QStringLiteral("Xi Jinping"), QStringLiteral("EU") })));
        QVERIFY(m_store->saveArticle(blogIds[1],
            article(QStringLiteral("Opinion: hutongs, dumplings and trade fairs."),
                { QStringLiteral("Beijing"), QStringLiteral("Travel") })));
    }

    void freeWordsSearchTitlesTextAndTopics()
    {
        QCOMPARE(find(QStringLiteral("macron")), QStringList { QStringLiteral("Xi visits Paris") }); // cleaned text
        QCOMPARE(find(QStringLiteral("GLACIERS")), QStringList { QStringLiteral("Glaciers melt faster") }); // title
        QCOMPARE(find(QStringLiteral("sea level")), QStringList { QStringLiteral("Glaciers melt faster") }); // summary
        QCOMPARE(find(QStringLiteral("jinping")),
            (QStringList { QStringLiteral("Trade talks resume"), QStringLiteral("Xi visits Paris") })); // topics
        QCOMPARE(find(QStringLiteral("cafe")), QStringList { QStringLiteral("Rock and roll") }); // diacritics folded
        QCOMPARE(find(QStringLiteral("\"level rises\"")), QStringList { QStringLiteral("Glaciers melt faster") });
        QVERIFY(find(QStringLiteral("\"rises level\"")).isEmpty());
        QCOMPARE(find(QStringLiteral("glac*")), QStringList { QStringLiteral("Glaciers melt faster") });
        QCOMPARE(find(QStringLiteral("trade -opinion")),
            (QStringList { QStringLiteral("Trade talks resume"), QStringLiteral("Xi visits Paris") }));
        QCOMPARE(m_store->countStories(search(QStringLiteral("trade"))), 3);
    }

    void tagTermsFilterByTopic()
    {
        QCOMPARE(find(QStringLiteral("tag:\"Xi Jinping\"")),
            (QStringList { QStringLiteral("Trade talks resume"), QStringLiteral("Xi visits Paris") }));
        QCOMPARE(find(QStringLiteral("topic:\"xi  JINPING\" brussels")),
            QStringList { QStringLiteral("Trade talks resume") });
        QCOMPARE(
            find(QStringLiteral("tag:\"Xi Jinping\" tag:EU")), QStringList { QStringLiteral("Trade talks resume") });
        QCOMPARE(find(QStringLiteral("tag:beijing")), QStringList { QStringLiteral("Beijing weekend") });
        QCOMPARE(m_store->countStories(search(QStringLiteral("tag:beijing trade"))), 1);
        QVERIFY(find(QStringLiteral("tag:\"Xi Jinping\" glaciers")).isEmpty());
        QVERIFY(find(QStringLiteral("tag:nosuchtopic")).isEmpty());
        QCOMPARE(m_store->countStories(search(QStringLiteral("tag:nosuchtopic"))), 0);
    }

    void hostileTextAroundARealWordStillFindsIt_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("open paren") << QStringLiteral("(glaciers");
        QTest::newRow("close paren") << QStringLiteral("glaciers)");
        QTest::newRow("open quote") << QStringLiteral("\"glaciers");
        QTest::newRow("operator") << QStringLiteral("glaciers AND");
        QTest::newRow("column filter") << QStringLiteral("title:glaciers");
        QTest::newRow("caret") << QStringLiteral("^glaciers");
        QTest::newRow("near") << QStringLiteral("NEAR(glaciers");
    }
    void hostileTextAroundARealWordStillFindsIt()
    {
        QFETCH(QString, query);
        const QStringList found = find(query);
        // "glaciers AND" and "title:glaciers" need the other word too, which no story has.
        if (query.contains(QLatin1String("AND")) || query.contains(QLatin1Char(':'))
            || query.contains(QLatin1String("NEAR")))
            QVERIFY(found.isEmpty());
        else
            QCOMPARE(found, QStringList { QStringLiteral("Glaciers melt faster") });
    }

    void chineseAndJapaneseWordsAreFoundInsideSentences()
    {
        QCOMPARE(StoreSearch::ftsExpression(StoreSearch::parse(QStringLiteral("\u5317\u4EAC")).terms),
            QStringLiteral("(\"\u5317 \u4EAC\" OR \"\u5317\u4EAC\")"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = Store::open(dir.path());
        QVERIFY(opened);
        Store &store = *opened.value();
        const SubscriptionId feed = store.addSubscription(QStringLiteral("https://zh.example/")).value();
        // "An international conference opens in Beijing" / "Shenzhen's new port".
        const QList<StoryId> ids
            = store
                  .upsertStories(feed,
                      {
                          item(QStringLiteral("zh1"),
                              QStringLiteral("\u5317\u4EAC\u4E3E\u884C\u56FD\u9645\u4F1A"
                                             "\u8BAE"),
                              1, QStringLiteral("<p>\u4F1A\u8BAE\u4E3A\u671F\u4E09\u5929\u3002</p>")),
                          item(QStringLiteral("zh2"), QStringLiteral("Port news"), 2,
                              QStringLiteral("<p>\u6DF1\u5733\u65B0\u6E2F\u53E3</p>")),
                      })
                  .value();
        // A cleaned Japanese article: "A new art museum opened in Tokyo."
        QVERIFY(store.saveArticle(ids[1],
            article(QStringLiteral("Tokyo: \u6771\u4EAC\u3067\u65B0\u3057\u3044\u7F8E\u8853\u9928\u304C"
                                   "\u958B\u9928\u3057\u305F\u3002"),
                { QStringLiteral("\u6771\u4EAC") })));
        const auto found = [&](const QString &query) { return titles(store.stories(search(query))); };
        const QString beijing = QStringLiteral("\u5317\u4EAC\u4E3E\u884C\u56FD\u9645\u4F1A\u8BAE");
        QCOMPARE(found(QStringLiteral("\u5317\u4EAC")), QStringList { beijing }); // at the start of the title
        QCOMPARE(found(QStringLiteral("\u4F1A\u8BAE")), QStringList { beijing }); // inside the title and the summary
        QCOMPARE(found(QStringLiteral("\u7F8E\u8853\u9928")), QStringList { QStringLiteral("Port news") }); // article
        QCOMPARE(found(QStringLiteral("tokyo \u7F8E\u8853")), QStringList { QStringLiteral("Port news") });
        QCOMPARE(found(QStringLiteral("\"\u65B0\u3057\u3044\"")), QStringList { QStringLiteral("Port news") });
        QVERIFY(found(QStringLiteral("\u5317\u4F1A")).isEmpty()); // both there, but not side by side
        QVERIFY(found(QStringLiteral("\u4E0A\u6D77")).isEmpty()); // Shanghai: on no story
        QCOMPARE(found(QStringLiteral("-\u5317\u4EAC \u6E2F")), QStringList {});
        QCOMPARE(store.countStories(search(QStringLiteral("\u56FD\u9645"))), 1);

        // The cleaned article replaced the summary that named Shenzhen.
        QVERIFY(found(QStringLiteral("\u6DF1\u5733")).isEmpty());
        // A story indexed before characters stood apart holds its run whole.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old-index"));
            db.setDatabaseName(dir.filePath(QStringLiteral("tidings.sqlite")));
            QVERIFY(db.open());
            QSqlQuery sql(db);
            QVERIFY(sql.prepare(QStringLiteral("UPDATE stories_fts SET body = ? WHERE rowid = ?")));
            sql.addBindValue(QStringLiteral("\u6DF1\u5733"));
            sql.addBindValue(ids[0]);
            QVERIFY2(sql.exec(), qPrintable(sql.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old-index"));
        QCOMPARE(found(QStringLiteral("\u6DF1\u5733")), QStringList { beijing });
    }

    void searchPagesNewestFirst()
    {
        const StoryFilter filter = search(QStringLiteral("trade"));
        const QList<StoryRow> first = m_store->stories(filter, {}, 2);
        QCOMPARE(first.size(), 2);
        QVERIFY(first.at(0).published > first.at(1).published);
        const QList<StoryRow> rest = m_store->stories(filter, PageKey { first.last().published, first.last().id }, 2);
        QCOMPARE(rest.size(), 1);
        QVERIFY(rest.first().published < first.last().published);
    }

    // Words with a tag, oldest first, unread only, a page at a time: the
    // page is picked among the matches the MATCH collected once.
    void searchPagesWithATagOldestFirstAndUnread()
    {
        StoryFilter filter = search(QStringLiteral("tag:\"Xi Jinping\" trade"));
        filter.oldestFirst = true;
        const QList<StoryRow> first = m_store->stories(filter, {}, 1);
        QCOMPARE(titles(first), QStringList { QStringLiteral("Xi visits Paris") });
        const QList<StoryRow> rest = m_store->stories(filter, PageKey { first.last().published, first.last().id }, 1);
        QCOMPARE(titles(rest), QStringList { QStringLiteral("Trade talks resume") });
        QVERIFY(m_store->stories(filter, PageKey { rest.last().published, rest.last().id }, 1).isEmpty());

        StoryFilter unread = search(QStringLiteral("trade"));
        unread.unreadOnly = true;
        QVERIFY(m_store->setRead(first.first().id, true));
        QCOMPARE(titles(m_store->stories(unread)),
            (QStringList { QStringLiteral("Beijing weekend"), QStringLiteral("Trade talks resume") }));
        QVERIFY(m_store->setRead(first.first().id, false));
        QCOMPARE(m_store->stories(unread).size(), 3);
    }

    // Many matches (at least sqrt(8 x limit x stories)): the list is walked
    // a chunk at a time and each chunk matched at once; pages come out as
    // with few matches, newest first or oldest first, excluded words apart.
    void manyMatchesPageTheSameWay()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.path());
        QVERIFY(opened);
        Store &store = **opened;
        const SubscriptionId feed = store.addSubscription(QStringLiteral("https://many.example/")).value();
        QList<ParsedItem> items;
        for (int i = 0; i < 600; ++i)
            items.append(item(QString::number(i), QStringLiteral("Story %1 common").arg(i), i,
                i % 3 == 0 ? QStringLiteral("<p>odd words</p>") : QStringLiteral("<p>plain</p>")));
        QVERIFY(store.upsertStories(feed, items));
        for (const bool oldestFirst : { false, true }) {
            StoryFilter filter = search(QStringLiteral("common -odd"));
            filter.oldestFirst = oldestFirst;
            QStringList expected;
            for (int i = 0; i < 600; ++i) {
                if (i % 3 != 0)
                    expected.append(QStringLiteral("Story %1 common").arg(i));
            }
            if (!oldestFirst)
                std::reverse(expected.begin(), expected.end());
            QStringList listed;
            std::optional<PageKey> after;
            for (int page = 0; page < 100; ++page) {
                const QList<StoryRow> rows = store.stories(filter, after, 7);
                if (rows.isEmpty())
                    break;
                listed += titles(rows);
                after = PageKey { rows.last().published, rows.last().id };
            }
            QCOMPARE(listed, expected);
        }
    }

    void cleanupTestCase() { m_store.reset(); }
};

QTEST_GUILESS_MAIN(TestStoreSearch)
#include "tst_store_search.moc"
