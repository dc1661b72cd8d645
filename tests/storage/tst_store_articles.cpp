// Cleaned articles in the store: term rarity, re-cleaning after an extractor
// upgrade, topics and their counts.

#include "storage/store.h"
#include "store_fixture.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Core;
using namespace StoreTest;

class TestStoreArticles final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void termRarityIsLearnedOncePerStory()
    {
        QTemporaryDir tmp;
        QList<StoryId> stories;
        auto store = storeWithStories(tmp.path(), 3, &stories);
        QVERIFY(store && stories.size() == 3);
        Article first = article(QStringLiteral("Harbin and Beijing."), {});
        first.documentTerms = { QStringLiteral("harbin"), QStringLiteral("beijing") };
        QVERIFY(store->saveArticle(stories.at(0), first));
        // Cleaning the same story again counts nothing more.
        QVERIFY(store->saveArticle(stories.at(0), first));
        QVERIFY2(store->corpusStats().documentFrequency.isEmpty(), "a term on one story is not returned");
        Article second = article(QStringLiteral("Beijing again."), {});
        second.documentTerms = { QStringLiteral("beijing") };
        QVERIFY(store->saveArticle(stories.at(1), second));
        Article third = article(QStringLiteral("Beijing and Moscow."), {});
        third.documentTerms = { QStringLiteral("beijing"), QStringLiteral("moscow") };
        QVERIFY(store->saveArticle(stories.at(2), third));
        const CorpusStats stats = store->corpusStats();
        QCOMPARE(stats.documentCount, 3);
        QCOMPARE(stats.documentFrequency.value(QStringLiteral("beijing")), 3);
        QVERIFY(!stats.documentFrequency.contains(QStringLiteral("harbin")));
        QVERIFY(!stats.documentFrequency.contains(QStringLiteral("moscow")));
    }

    // A site's own counts (the site, each tag it gives) come back however
    // many commoner terms the store holds: the tagger learns furniture from them.
    void siteTermsComeBackBeyondTheCommonestTerms()
    {
        QTemporaryDir tmp;
        QList<StoryId> stories;
        auto store = storeWithStories(tmp.path(), 4, &stories);
        QVERIFY(store && stories.size() == 4);
        const QString site = QString(QChar(0x1F)) + QStringLiteral("news.example.com");
        const QString section = site + QChar(0x1F) + QStringLiteral("wine country");
        const QString once = site + QChar(0x1F) + QStringLiteral("harbin");
        for (int i = 0; i < 3; ++i) {
            Article page = article(QStringLiteral("Story %1.").arg(i), {});
            page.documentTerms = { site, section };
            if (i == 0)
                page.documentTerms.append(once);
            QVERIFY(store->saveArticle(stories.at(i), page));
        }
        // Fill the store with more common terms than corpusStats() returns.
        QVERIFY(execBehindTheStore(tmp.path(),
            { QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                             " INSERT INTO term_stories(term, stories) SELECT 'word' || i, 50 FROM n")
                    .arg(Store::MaxCorpusTerms + 10) })
                    .isEmpty());
        const CorpusStats stats = store->corpusStats();
        QCOMPARE(stats.documentFrequency.value(site), 3);
        QCOMPARE(stats.documentFrequency.value(section), 3);
        QVERIFY(!stats.documentFrequency.contains(once)); // one story: nothing to learn yet
        QCOMPARE(stats.documentFrequency.size(), Store::MaxCorpusTerms + 2);
    }

    void outdatedArticlesAreQueuedOncePerExtractorVersion()
    {
        QTemporaryDir tmp;
        QList<StoryId> stories;
        auto store = storeWithStories(tmp.path(), 4, &stories);
        QVERIFY(store && stories.size() == 4);
        Article v1 = article(QStringLiteral("Old cleaning."), {});
        v1.extractorVersion = 1;
        for (int i = 0; i < 3; ++i)
            QVERIFY(store->saveArticle(stories.at(i), v1));
        QVERIFY(store->saveCleanFailure(stories.at(3), { ErrorCode::HttpError, QStringLiteral("HTTP 410"), {} }));
        QVERIFY(store->storiesWithoutArticle().isEmpty());

        // The newest two of the three old articles; the failure is not retried.
        QCOMPARE(store->requeueOutdatedArticles(2, 2).value(), 2);
        QCOMPARE(store->storiesWithoutArticle(), (QList<StoryId> { stories.at(2), stories.at(1) }));
        QCOMPARE(store->requeueOutdatedArticles(2, 10).value(), 0); // once per version
        // Cleaning again, or failing to, takes a story off the queue.
        Article v2 = v1;
        v2.extractorVersion = 2;
        QVERIFY(store->saveArticle(stories.at(2), v2));
        QCOMPARE(store->storiesWithoutArticle(), (QList<StoryId> { stories.at(1) }));
        QVERIFY(store->saveCleanFailure(stories.at(1), { ErrorCode::NetworkError, {}, {} }));
        QVERIFY(store->storiesWithoutArticle().isEmpty());
        QCOMPARE(store->story(stories.at(1))->article->text, QStringLiteral("Old cleaning.")); // kept
        // A newer extractor queues what is older than it.
        QCOMPARE(store->requeueOutdatedArticles(3, 10).value(), 3);
    }

    void articlesTopicsAndCounts()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId a = store->addSubscription(QStringLiteral("https://a/")).value();
        const SubscriptionId b = store->addSubscription(QStringLiteral("https://b/")).value();
        const StoryId first
            = store->upsertStories(a, { item(QStringLiteral("1"), QStringLiteral("One"), at(1)) })->first();
        const StoryId second
            = store->upsertStories(b, { item(QStringLiteral("2"), QStringLiteral("Two"), at(2)) })->first();
        const StoryId third
            = store->upsertStories(b, { item(QStringLiteral("3"), QStringLiteral("Three"), at(3)) })->first();
        QCOMPARE(store->storiesWithoutArticle(), (QList<StoryId> { third, second, first }));
        QCOMPARE(store->storiesWithoutArticle(1), QList<StoryId> { third });

        QVERIFY(store->saveArticle(first,
            article(QStringLiteral("Beijing said on Monday that trade talks resumed."),
                { QStringLiteral("Xi Jinping"), QStringLiteral("Trade"), QStringLiteral("xi  jinping") })));
        QVERIFY(store->saveArticle(second, article(QStringLiteral("Markets rose."), { QStringLiteral("XI JINPING") })));
        QVERIFY(store->saveCleanFailure(third, { ErrorCode::HttpError, QStringLiteral("HTTP 404"), {} }));
        QCOMPARE(store->saveArticle(4242, article({}, {})).error().code, ErrorCode::NotFound);

        const auto detail = store->story(first);
        QVERIFY(detail && detail->article);
        QVERIFY(detail->row.cleaned);
        QCOMPARE(detail->row.excerpt, QStringLiteral("Beijing said on Monday that trade talks resumed."));
        QCOMPARE(detail->article->extractorVersion, 3);
        QCOMPARE(detail->article->published, QDateTime(QDate(2024, 3, 1), QTime(9, 30), QTimeZone(3600)));
        QCOMPARE(detail->article->published.offsetFromUtc(), 3600);
        QCOMPARE(detail->topics.size(), 2);
        QCOMPARE(detail->topics.at(0).name, QStringLiteral("Xi Jinping"));
        QCOMPARE(detail->topics.at(0).stories, 2);
        QCOMPARE(detail->topics.at(1).name, QStringLiteral("Trade"));
        QCOMPARE(detail->topics.at(1).stories, 1);
        QCOMPARE(detail->article->topics, (QStringList { QStringLiteral("Xi Jinping"), QStringLiteral("Trade") }));

        const auto failed = store->story(third);
        QVERIFY(!failed->article);
        QVERIFY(!failed->row.cleaned);
        QCOMPARE(failed->cleanError.code, ErrorCode::HttpError);
        QCOMPARE(failed->cleanError.detail, QStringLiteral("HTTP 404"));
        QCOMPARE(detail->cleanError.code, ErrorCode::None);
        QVERIFY(store->storiesWithoutArticle().isEmpty());

        // Topic lists span subscriptions; re-saving replaces topics and counts.
        StoryFilter topic { StoryFilter::Kind::Topic, 0, QStringLiteral("xi jinping"), {} };
        QCOMPARE(ids(store->stories(topic)), (QList<StoryId> { second, first }));
        QVERIFY(store->saveArticle(second, article(QStringLiteral("Markets rose."), { QStringLiteral("Markets") })));
        QCOMPARE(ids(store->stories(topic)), (QList<StoryId> { first }));
        QCOMPARE(store->story(first)->topics.at(0).stories, 1);
        QCOMPARE(store->storyTopics({ first, second, third }).value(second), QStringList { QStringLiteral("Markets") });
        QVERIFY(!store->storyTopics({ third }).contains(third));
    }

    void topicCompletionAndCorpusStats()
    {
        QTemporaryDir tmp;
        auto store = openStore(tmp.path());
        QVERIFY(store);
        const SubscriptionId sub = store->addSubscription(QStringLiteral("https://a/")).value();
        QList<ParsedItem> items;
        for (int i = 0; i < 4; ++i)
            items.append(item(QString::number(i), QStringLiteral("S"), at(i)));
        const QList<StoryId> stories = store->upsertStories(sub, items).value();
        QVERIFY(store->saveArticle(
            stories[0], article(QStringLiteral("x"), { QStringLiteral("Xi Jinping"), QStringLiteral("China") })));
        QVERIFY(store->saveArticle(
            stories[1], article(QStringLiteral("x"), { QStringLiteral("China"), QStringLiteral("Chile") })));
        QVERIFY(store->saveArticle(stories[2], article(QStringLiteral("x"), { QStringLiteral("China") })));

        const QList<TopicCount> ch = store->topicsLike(QStringLiteral("CH"));
        QCOMPARE(ch.size(), 2);
        QCOMPARE(ch.at(0).name, QStringLiteral("China"));
        QCOMPARE(ch.at(0).stories, 3);
        QCOMPARE(ch.at(1).name, QStringLiteral("Chile"));
        QCOMPARE(store->topicsLike(QStringLiteral("jin")).first().name, QStringLiteral("Xi Jinping"));
        QCOMPARE(store->topicsLike({}, 1).size(), 1);
        QVERIFY(store->topicsLike(QStringLiteral("zz")).isEmpty());

        const CorpusStats stats = store->corpusStats();
        QCOMPARE(stats.documentCount, 4);
        QCOMPARE(stats.knownTopics.value(QStringLiteral("china")), 3);
        QCOMPARE(stats.knownTopics.value(QStringLiteral("xi jinping")), 1);
        QCOMPARE(stats.knownTopics.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestStoreArticles)
#include "tst_store_articles.moc"
