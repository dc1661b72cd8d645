#include "seed_story.h"
#include "topics/topics.h"

#include <QTest>

using namespace Core;
using TestSupport::seedParagraphs;

namespace {

Article seedArticle()
{
    Article article;
    article.url = QStringLiteral(
        "https://www.urdupoint.com/en/world/putin-in-trade-push-on-final-day-of-china-trip-1889104.html");
    article.title = QStringLiteral("Putin In Trade Push On Final Day Of China Trip");
    article.byline = QStringLiteral("Sumaira FH");
    article.siteName = QStringLiteral("UrduPoint");
    article.text = seedParagraphs().join(QStringLiteral("\n\n"));
    return article;
}

QList<RawTag> seedRelatedTopics()
{
    QList<RawTag> tags;
    for (const char *topic : { "World", "Exchange", "Ukraine", "Moscow", "Russia", "China", "Visit", "Harbin",
             "Beijing", "Vladimir Putin", "Hub", "March", "Border", "Media", "From", "Billion", "Xi Jinping" })
        tags.append({ TagSource::List, QString::fromUtf8(topic) });
    return tags;
}

// A neutral body long enough to give case evidence, plus the sentences a case needs.
Article articleWith(const QStringList &sentences, const QList<RawTag> &rawTags = {})
{
    Article article;
    article.url = QStringLiteral("https://news.example.com/2024/05/17/story");
    article.title = QStringLiteral("A Story About Things");
    article.siteName = QStringLiteral("Example News");
    article.text = sentences.join(QLatin1Char(' '))
        + QStringLiteral("\n\nThe committee met again on a quiet afternoon and agreed that the work would continue "
                         "for several more weeks, with a further report expected before the end of the season.");
    article.rawTags = rawTags;
    return article;
}

QStringList expectedSeedChips()
{
    return { QStringLiteral("Vladimir Putin"), QStringLiteral("Xi Jinping"), QStringLiteral("Harbin"),
        QStringLiteral("Beijing"), QStringLiteral("Moscow"), QStringLiteral("Russia"), QStringLiteral("China"),
        QStringLiteral("Ukraine") };
}

QStringList seedJunk()
{
    return { QStringLiteral("From"), QStringLiteral("Billion"), QStringLiteral("March"), QStringLiteral("Media"),
        QStringLiteral("Hub"), QStringLiteral("World"), QStringLiteral("Exchange"), QStringLiteral("Visit"),
        QStringLiteral("Border"), QStringLiteral("UrduPoint"), QStringLiteral("APP"), QStringLiteral("TASS"),
        QStringLiteral("Friday"), QStringLiteral("Thursday"), QStringLiteral("Sumaira FH") };
}

} // namespace

class TestTopics final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedRelatedTopicsAreFiltered()
    {
        Article article = seedArticle();
        article.rawTags = seedRelatedTopics();
        const QStringList chips = Topics::tag(article, {}, {}, 8);
        qInfo() << "seed chips from the Related Topics list:" << chips;
        for (const QString &expected : expectedSeedChips())
            QVERIFY2(chips.contains(expected), qPrintable(expected));
        for (const QString &junk : seedJunk())
            QVERIFY2(!chips.contains(junk, Qt::CaseInsensitive), qPrintable(junk));
        QCOMPARE(chips.size(), 8);
    }

    void seedRichPageRawTags()
    {
        // What the extractor finds on the rich seed page: JSON-LD keywords, the
        // Related Topics links and the site-wide SEO keywords.
        Article article = seedArticle();
        article.rawTags = { RawTag { TagSource::JsonLd,
            QStringLiteral("Vladimir Putin, Xi Jinping, Russia, China, Harbin, Beijing, Moscow, "
                           "Ukraine, trade") } };
        article.rawTags += seedRelatedTopics();
        article.rawTags << RawTag { TagSource::Keywords,
            QStringLiteral("Latest News, World News, Pakistan News, Urdu News, Breaking News") };
        const QStringList chips = Topics::tag(article, { QStringLiteral("World") });
        const QStringList expected = expectedSeedChips();
        QCOMPARE(QSet<QString>(chips.begin(), chips.end()), QSet<QString>(expected.begin(), expected.end()));
    }

    void seedWithoutTagsIsGenerated()
    {
        Article article = seedArticle();
        article.rawTags.clear();
        const QStringList chips = Topics::tag(article, {}, {}, 8);
        qInfo() << "seed chips generated from the text:" << chips;
        for (const QString &expected : expectedSeedChips())
            QVERIFY2(chips.contains(expected), qPrintable(expected));
        for (const QString &junk : seedJunk())
            QVERIFY2(!chips.contains(junk, Qt::CaseInsensitive), qPrintable(junk));
        QVERIFY(!chips.contains(QStringLiteral("Putin")));
        QVERIFY(!chips.contains(QStringLiteral("Pakistan Point News")));
        QVERIFY(!chips.contains(QStringLiteral("Russian")));
        QCOMPARE(chips.constFirst(), QStringLiteral("Vladimir Putin"));
    }

    void seedTagsFromJsonLdAndFeed()
    {
        Article article = seedArticle();
        article.rawTags = { RawTag {
            TagSource::JsonLd, QStringLiteral("Vladimir Putin, Xi Jinping, Russia, China, Harbin, trade") } };
        const QStringList chips = Topics::tag(article, { QStringLiteral("World"), QStringLiteral("Ukraine") });
        // The tags and the category join the names the text gives: none hides another.
        const QStringList expected = expectedSeedChips();
        QCOMPARE(QSet<QString>(chips.begin(), chips.end()), QSet<QString>(expected.begin(), expected.end()));
    }

    void monthsAreRejected()
    {
        const Article article = articleWith(
            { QStringLiteral("He won again in his March re-election and in the May vote."),
                QStringLiteral("The March result was clear.") },
            { RawTag { TagSource::List, QStringLiteral("March") }, RawTag { TagSource::List, QStringLiteral("May") },
                RawTag { TagSource::Meta, QStringLiteral("March 2024") } });
        QCOMPARE(Topics::tag(article, {}), QStringList());
    }

    void weekdaysAreRejected()
    {
        const Article article = articleWith({ QStringLiteral("The talks ended on Friday and resume on Monday.") },
            { RawTag { TagSource::List, QStringLiteral("Friday") },
                RawTag { TagSource::List, QStringLiteral("Monday") } });
        QCOMPARE(Topics::tag(article, {}), QStringList());
    }

    void numberWordsAreRejected()
    {
        const Article article = articleWith(
            { QStringLiteral("Trade reached 240 Billion, up Ten Percent, and one Million "
                             "people in 2023 saw the 17th round.") },
            { RawTag { TagSource::List, QStringLiteral("Billion") },
                RawTag { TagSource::List, QStringLiteral("Million") },
                RawTag { TagSource::List, QStringLiteral("Percent") },
                RawTag { TagSource::List, QStringLiteral("Ten") }, RawTag { TagSource::List, QStringLiteral("2023") },
                RawTag { TagSource::List, QStringLiteral("17th") } });
        QCOMPARE(Topics::tag(article, {}), QStringList());
    }

    void genericNounsAreRejectedEvenWhenCapitalised()
    {
        const Article article = articleWith({ QStringLiteral("The World Bank and the Media Council met at the Hub, "
                                                             "near the Border, for the Visit and the News Exchange.") },
            { RawTag { TagSource::List, QStringLiteral("World") }, RawTag { TagSource::List, QStringLiteral("Media") },
                RawTag { TagSource::List, QStringLiteral("Hub") }, RawTag { TagSource::List, QStringLiteral("Border") },
                RawTag { TagSource::List, QStringLiteral("Visit") },
                RawTag { TagSource::List, QStringLiteral("Exchange") },
                RawTag { TagSource::List, QStringLiteral("News") },
                RawTag { TagSource::List, QStringLiteral("Video") } });
        // No tag survives, so names come from the text: the bank, not "World".
        const QStringList chips = Topics::tag(article, {});
        QCOMPARE(QSet<QString>(chips.begin(), chips.end()),
            QSet<QString>({ QStringLiteral("World Bank"), QStringLiteral("Media Council") }));
    }

    void stopWordsAreRejected()
    {
        const Article article = articleWith({ QStringLiteral("From the start, About a third came Through the gate.") },
            { RawTag { TagSource::List, QStringLiteral("From") }, RawTag { TagSource::List, QStringLiteral("About") },
                RawTag { TagSource::List, QStringLiteral("Through") },
                RawTag { TagSource::List, QStringLiteral("The") },
                RawTag { TagSource::Meta, QStringLiteral("From China") } });
        QCOMPARE(Topics::tag(article, {}), QStringList());
    }

    void newsAgenciesAreRejected()
    {
        const Article article = articleWith({ QStringLiteral("Officials told Reuters and AFP, and later AP, TASS, "
                                                             "Xinhua, PTI and APP, that Harbin was calm.") },
            { RawTag { TagSource::List, QStringLiteral("Reuters") }, RawTag { TagSource::List, QStringLiteral("AFP") },
                RawTag { TagSource::List, QStringLiteral("AP") }, RawTag { TagSource::List, QStringLiteral("TASS") },
                RawTag { TagSource::List, QStringLiteral("Xinhua") }, RawTag { TagSource::List, QStringLiteral("PTI") },
                RawTag { TagSource::List, QStringLiteral("APP") },
                RawTag { TagSource::List, QStringLiteral("Associated Press") },
                RawTag { TagSource::List, QStringLiteral("Harbin") } });
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("Harbin") }));
    }

    void siteNameAndAuthorsAreRejected()
    {
        Article article = articleWith({ QStringLiteral("Readers of UrduPoint and Example News asked Jane Doe "
                                                       "about Harbin.") },
            { RawTag { TagSource::List, QStringLiteral("UrduPoint") },
                RawTag { TagSource::List, QStringLiteral("Example News") },
                RawTag { TagSource::List, QStringLiteral("Jane Doe") },
                RawTag { TagSource::List, QStringLiteral("Harbin") } });
        article.siteName.clear();
        article.url = QStringLiteral("https://www.urdupoint.com/en/world/story.html");
        article.byline = QStringLiteral("By Jane Doe and John Roe");
        QStringList chips = Topics::tag(article, {});
        QVERIFY(!chips.contains(QStringLiteral("UrduPoint")));
        QVERIFY(!chips.contains(QStringLiteral("Jane Doe")));
        QVERIFY(chips.contains(QStringLiteral("Harbin")));
        article.siteName = QStringLiteral("Example News");
        chips = Topics::tag(article, {});
        QCOMPARE(chips, QStringList({ QStringLiteral("Harbin") }));
    }

    void sentenceInitialOnlyWordsAreRejected()
    {
        const Article article = articleWith(
            { QStringLiteral("Lying near the river, the town grew."), QStringLiteral("Officials said the plan worked."),
                QStringLiteral("Officials later agreed with the officials of Harbin.") },
            { RawTag { TagSource::List, QStringLiteral("Lying") },
                RawTag { TagSource::List, QStringLiteral("Officials") },
                RawTag { TagSource::List, QStringLiteral("Harbin") } });
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("Harbin") }));
    }

    void mostlyLowercaseWordsAreRejected()
    {
        const Article article = articleWith({ QStringLiteral("Cotton prices rose as cotton exports and cotton stocks "
                                                             "fell, while the Cotton Board in Multan waited."),
                                                QStringLiteral("Farmers in Multan sold cotton.") },
            { RawTag { TagSource::List, QStringLiteral("Cotton") },
                RawTag { TagSource::List, QStringLiteral("Multan") } });
        const QStringList chips = Topics::tag(article, {});
        QVERIFY(chips.contains(QStringLiteral("Multan")));
        QVERIFY(!chips.contains(QStringLiteral("Cotton")));
    }

    void midSentenceCapitalisedWordsAreKept()
    {
        const Article article = articleWith({ QStringLiteral("Trains left for Harbin and for Vladivostok at dawn."),
                                                QStringLiteral("Harbin was cold.") },
            { RawTag { TagSource::RelTag, QStringLiteral("Harbin") },
                RawTag { TagSource::RelTag, QStringLiteral("Vladivostok") } });
        const QStringList chips = Topics::tag(article, {});
        QCOMPARE(QSet<QString>(chips.begin(), chips.end()),
            QSet<QString>({ QStringLiteral("Harbin"), QStringLiteral("Vladivostok") }));
        QCOMPARE(chips.constFirst(), QStringLiteral("Harbin")); // mentioned more, and first
    }

    void aliasesFoldIntoTheFullName()
    {
        Article article = articleWith({ QStringLiteral("Russian leader Vladimir Putin arrived in Harbin."),
                                          QStringLiteral("Later Putin met traders, and Putin spoke to Xi.") },
            { RawTag { TagSource::List, QStringLiteral("Putin") },
                RawTag { TagSource::List, QStringLiteral("Harbin") } });
        QStringList chips = Topics::tag(article, {});
        QCOMPARE(chips.mid(0, 2), QStringList({ QStringLiteral("Vladimir Putin"), QStringLiteral("Harbin") }));
        QVERIFY(!chips.contains(QStringLiteral("Putin")));

        article.rawTags = { RawTag { TagSource::Meta, QStringLiteral("Putin") },
            RawTag { TagSource::JsonLd, QStringLiteral("Vladimir Putin") },
            RawTag { TagSource::List, QStringLiteral("vladimir putin") } };
        chips = Topics::tag(article, {});
        QCOMPARE(chips.constFirst(), QStringLiteral("Vladimir Putin"));
        QCOMPARE(chips.filter(QStringLiteral("vladimir putin"), Qt::CaseInsensitive).size(), 1);
        QVERIFY(!chips.contains(QStringLiteral("Putin")));
    }

    void caseVariantsMerge()
    {
        const Article article
            = articleWith({ QStringLiteral("Fighting in Ukraine went on as Ukraine asked for help.") },
                { RawTag { TagSource::Meta, QStringLiteral("ukraine") },
                    RawTag { TagSource::List, QStringLiteral("UKRAINE") },
                    RawTag { TagSource::RelTag, QStringLiteral("Ukraine") } });
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("Ukraine") }));
    }

    void tagListsAreSplitAndCleaned()
    {
        const Article article = articleWith({ QStringLiteral("Talks between Beijing and Moscow went on in Harbin.") },
            { RawTag { TagSource::Meta, QStringLiteral("Beijing, Moscow; #Harbin | \"Media\"") } });
        const QStringList chips = Topics::tag(article, {});
        QCOMPARE(QSet<QString>(chips.begin(), chips.end()),
            QSet<QString>({ QStringLiteral("Beijing"), QStringLiteral("Moscow"), QStringLiteral("Harbin") }));
    }

    void tagLabelsAndAbbreviationsAreStripped()
    {
        const Article article = articleWith({ QStringLiteral("Games by Bethesda, and the German Food Partnership "
                                                             "with Bethesda, were discussed.") },
            { RawTag { TagSource::List, QStringLiteral("Category: Bethesda") },
                RawTag { TagSource::Meta, QStringLiteral("German Food Partnership (GFP)") } });
        const QStringList chips = Topics::tag(article, {});
        QCOMPARE(QSet<QString>(chips.begin(), chips.end()),
            QSet<QString>({ QStringLiteral("Bethesda"), QStringLiteral("German Food Partnership") }));
    }

    void plainKeywordsMustAppear()
    {
        const Article article = articleWith({ QStringLiteral("The match in Lahore ended late.") },
            { RawTag { TagSource::Keywords, QStringLiteral("Cricket, Lahore, Karachi, Pakistan Super League") } });
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("Lahore") }));
    }

    void feedCategoriesCount()
    {
        const Article article = articleWith({ QStringLiteral("Crowds gathered in Harbin and in Beijing.") });
        const QStringList chips
            = Topics::tag(article, { QStringLiteral("World"), QStringLiteral("Harbin"), QStringLiteral("Politics") });
        // The category counts, and never hides the other name the story gives.
        QCOMPARE(chips, QStringList({ QStringLiteral("Harbin"), QStringLiteral("Beijing") }));
    }

    void shortTextsTrustCapitalisedTags()
    {
        Article article;
        article.title = QStringLiteral("Apple unveils a phone");
        const QStringList chips = Topics::tag(article,
            { QStringLiteral("Technology"), QStringLiteral("Apple"), QStringLiteral("Tim Cook"),
                QStringLiteral("gadgets") });
        QCOMPARE(chips, QStringList({ QStringLiteral("Apple"), QStringLiteral("Tim Cook") }));
    }

    void generationDropsTitlesAndLeadingThe()
    {
        const Article article = articleWith({ QStringLiteral("Officials said President Xi Jinping met the Bank of "
                                                             "England team."),
            QStringLiteral("The Bank of England said Xi Jinping and Bashar al-Assad "
                           "spoke, and Bashar al-Assad agreed with NATO."),
            QStringLiteral("NATO did not reply.") });
        const QStringList chips = Topics::tag(article, {});
        qInfo() << chips;
        QVERIFY(chips.contains(QStringLiteral("Xi Jinping")));
        QVERIFY(chips.contains(QStringLiteral("Bank of England")));
        QVERIFY(chips.contains(QStringLiteral("Bashar al-Assad")));
        QVERIFY(chips.contains(QStringLiteral("NATO")));
        QVERIFY(!chips.contains(QStringLiteral("President Xi Jinping")));
        QVERIFY(!chips.contains(QStringLiteral("The Bank of England")));
        QVERIFY(!chips.contains(QStringLiteral("Officials")));
    }

    void rarityAcrossTheStoreRanksGeneratedTopics()
    {
        const Article article = articleWith({ QStringLiteral("Talks in Lahore and Multan went well."),
            QStringLiteral("Leaders from Lahore and Multan agreed.") });
        const QStringList plain = Topics::tag(article, {});
        QCOMPARE(plain, QStringList({ QStringLiteral("Lahore"), QStringLiteral("Multan") }));

        CorpusStats stats;
        stats.documentCount = 1000;
        stats.documentFrequency.insert(QStringLiteral("lahore"), 200);
        stats.documentFrequency.insert(QStringLiteral("multan"), 3);
        QCOMPARE(Topics::tag(article, {}, stats), QStringList({ QStringLiteral("Multan"), QStringLiteral("Lahore") }));

        // A word on most stored stories names none of them.
        stats.documentFrequency.insert(QStringLiteral("lahore"), 600);
        QCOMPARE(Topics::tag(article, {}, stats), QStringList({ QStringLiteral("Multan") }));
    }

    // The terms the store counts are exactly what rarity is asked about: fed
    // back as document frequencies they demote the common name.
    void documentTermsAreWhatRarityLooksUp()
    {
        const Article article = articleWith({ QStringLiteral("Talks in Lahore and Multan went well."),
            QStringLiteral("Leaders from Lahore and Multan agreed with Shehbaz Sharif.") });
        QStringList terms;
        const QStringList chips = Topics::tag(article, {}, {}, 8, &terms);
        QCOMPARE(chips, Topics::tag(article, {}));
        QVERIFY(terms.contains(QStringLiteral("lahore")));
        QVERIFY(terms.contains(QStringLiteral("multan")));
        QVERIFY(terms.contains(QStringLiteral("shehbaz sharif")));
        QVERIFY(terms.contains(QStringLiteral("sharif"))); // a word of a longer name
        QVERIFY(!terms.contains(QStringLiteral("talks")));
        QCOMPARE(QSet<QString>(terms.cbegin(), terms.cend()).size(), terms.size());
        QStringList only;
        QVERIFY(Topics::tag(article, {}, {}, 0, &only).isEmpty());
        QCOMPARE(only, terms);

        CorpusStats stats;
        stats.documentCount = 1000;
        for (const QString &term : std::as_const(terms))
            stats.documentFrequency.insert(term, term == QStringLiteral("lahore") ? 700 : 2);
        QVERIFY(!Topics::tag(article, {}, stats).contains(QStringLiteral("Lahore")));
        QVERIFY(Topics::tag(article, {}, stats).contains(QStringLiteral("Multan")));
    }

    void aliasesAndBlockedTopics()
    {
        Article article = articleWith({ QStringLiteral("Russian leader Vladimir Putin arrived in Harbin."),
                                          QStringLiteral("Later Putin met traders, and Putin spoke in Harbin."),
                                          QStringLiteral("Shares of Microsoft Corp fell as Microsoft sold more.") },
            { RawTag { TagSource::Meta, QStringLiteral("Microsoft Corp") } });
        Topics::tagArticle(article, {}, {});
        QCOMPARE(article.topicAliases.size(), article.topics.size());
        const qsizetype putin = article.topics.indexOf(QStringLiteral("Vladimir Putin"));
        QVERIFY(putin >= 0);
        QVERIFY(article.topicAliases.at(putin).contains(QStringLiteral("putin")));
        const qsizetype microsoft = article.topics.indexOf(QStringLiteral("Microsoft"));
        QVERIFY2(microsoft >= 0, qPrintable(article.topics.join(QLatin1String(", "))));
        QVERIFY(article.topicAliases.at(microsoft).contains(QStringLiteral("microsoft corp")));
        QVERIFY(!article.documentTerms.isEmpty());
        QCOMPARE(article.topics, Topics::tag(article, {}));

        // A topic the user blocked is never chosen, under any of its names.
        CorpusStats stats;
        stats.blockedTopics = { QStringLiteral("harbin"), QStringLiteral("putin") };
        const QStringList chips = Topics::tag(article, {}, stats);
        QVERIFY(!chips.contains(QStringLiteral("Harbin")));
        QVERIFY(!chips.contains(QStringLiteral("Vladimir Putin")));
        QVERIFY(chips.contains(QStringLiteral("Microsoft")));
    }

    void caselessScriptsUseQuotedNames()
    {
        Article article;
        article.url = QStringLiteral("https://news.example.cn/a.html");
        article.title = QStringLiteral("\u7535\u5f71\u300a\u6d41\u6d6a\u5730\u7403\u300b\u4e0a\u6620");
        article.text = QStringLiteral("\u300a\u6d41\u6d6a\u5730\u7403\u300b\u4eca\u5929\u4e0a\u6620\u3002"
                                      "\u89c2\u4f17\u8bf4\u300a\u6d41\u6d6a\u5730\u7403\u300b\u5f88\u597d\u3002"
                                      "\u300c\u4e00\u6b21\u300d\u3002");
        const QStringList chips = Topics::tag(article, {});
        QVERIFY2(chips.contains(QStringLiteral("\u6d41\u6d6a\u5730\u7403")), qPrintable(chips.join(QLatin1Char(','))));
        QVERIFY(!chips.contains(QStringLiteral("\u4e00\u6b21"))); // quoted once, not in the title
    }

    void theOutletIsATopicOnlyWhenTheStoryIsAboutIt()
    {
        Article article = articleWith({ QStringLiteral("Buyers in Denver toured homes with agents."),
            QStringLiteral("Prices in Denver rose again this spring.") });
        article.siteName = QStringLiteral("Redfin");
        article.url = QStringLiteral("https://www.redfin.com/news/denver");
        article.text.append(QStringLiteral("\n\nData from Redfin shows the change."));
        QVERIFY(!Topics::tag(article, {}).contains(QStringLiteral("Redfin")));
        article.text.append(QStringLiteral("\n\nRedfin agents expect more listings. Redfin economists agree, and "
                                           "Redfin will report again in May."));
        QVERIFY(Topics::tag(article, {}).contains(QStringLiteral("Redfin")));
    }

    void aLabelOnMostOfASitesStoriesIsFurniture()
    {
        // A feed's teaser: too short to say which tags it names, so its
        // categories are taken as given, unless the store knows better.
        Article article;
        article.url = QStringLiteral("https://www.news.example.com/2024/05/17/story");
        article.title = QStringLiteral("Traders gather for the autumn fair");
        article.text = QStringLiteral("Traders came from far away for the autumn fair.");
        const QStringList categories { QStringLiteral("Wine Country"), QStringLiteral("Harbin") };
        QStringList terms;
        QCOMPARE(Topics::tag(article, categories, {}, 8, &terms),
            QStringList({ QStringLiteral("Wine Country"), QStringLiteral("Harbin") }));
        // What the store learns: the site, and each tag it gives, per story.
        const QString site = QString(QChar(0x1F)) + QStringLiteral("news.example.com");
        QVERIFY(terms.contains(site));
        QVERIFY(terms.contains(site + QChar(0x1F) + QStringLiteral("wine country")));

        CorpusStats stats;
        stats.documentCount = 40;
        stats.documentFrequency.insert(site, 20);
        stats.documentFrequency.insert(site + QChar(0x1F) + QStringLiteral("wine country"), 18);
        stats.documentFrequency.insert(site + QChar(0x1F) + QStringLiteral("harbin"), 3);
        // On 18 of the site's 20 stories: a section, not this story's topic.
        QCOMPARE(Topics::tag(article, categories, stats), QStringList({ QStringLiteral("Harbin") }));
        // Too few stories to tell: kept.
        stats.documentFrequency.insert(site, 4);
        stats.documentFrequency.insert(site + QChar(0x1F) + QStringLiteral("wine country"), 4);
        QVERIFY(Topics::tag(article, categories, stats).contains(QStringLiteral("Wine Country")));
    }

    void numberedNamesAndShoutedWords()
    {
        const Article article = articleWith({ QStringLiteral("Cases of Covid-19 rose in Lahore."),
            QStringLiteral("Doctors said Covid-19 wards were full, and Covid-19 tests ran short."),
            QStringLiteral("WITNESS: a witness said the witness statements were taken by the witness officer."),
            QStringLiteral("Another WITNESS account followed, then a WITNESS list.") });
        const QStringList chips = Topics::tag(article, {});
        QVERIFY2(chips.contains(QStringLiteral("Covid-19")), qPrintable(chips.join(QLatin1String(", "))));
        QVERIFY(!chips.contains(QStringLiteral("Covid")));
        QVERIFY(!chips.contains(QStringLiteral("WITNESS")));
    }

    void hyphenedNamesStayWhole()
    {
        const Article article = articleWith({ QStringLiteral(
                                                  "Tsai Ing-wen spoke in Taipei on trade with the Etats-Unis."),
            QStringLiteral("Tsai Ing-wen said the Etats-Unis deal would hold, and Taipei agreed with Tsai Ing-wen."),
            QStringLiteral("The Russia-China talks went on; Russia and China both spoke of the Russia-China pact."),
            QStringLiteral("Russia sent ministers and China sent envoys; the Trump-era tariffs stayed."),
            QStringLiteral("Trump had set them, and Trump spoke of them again.") });
        const QStringList chips = Topics::tag(article, {});
        const QString all = chips.join(QLatin1String(", "));
        // A lower-case syllable hyphened onto a name is part of it; a
        // compound whose parts never stand alone is one name.
        QVERIFY2(chips.contains(QStringLiteral("Tsai Ing-wen")), qPrintable(all));
        QVERIFY2(!chips.contains(QStringLiteral("Tsai Ing")), qPrintable(all));
        QVERIFY2(chips.contains(QStringLiteral("Etats-Unis")), qPrintable(all));
        QVERIFY2(!chips.contains(QStringLiteral("Unis")), qPrintable(all));
        // Two names the text also gives alone are two topics.
        QVERIFY2(chips.contains(QStringLiteral("Russia")) && chips.contains(QStringLiteral("China")), qPrintable(all));
        QVERIFY2(!chips.contains(QStringLiteral("Russia-China")), qPrintable(all));
        QVERIFY2(!chips.contains(QStringLiteral("Trump-era")), qPrintable(all));
    }

    void aWordThatLivesAloneIsNoSurname()
    {
        QStringList paragraphs;
        for (int i = 0; i < 8; ++i)
            paragraphs.append(QStringLiteral("Mozilla shipped a release, and Mozilla said more would follow soon."));
        paragraphs.append(QStringLiteral("The show Air Mozilla streamed it; Air Mozilla also streams talks."));
        paragraphs.append(QStringLiteral("The Mozilla Foundation, Mozilla Firefox and the Mozilla Manifesto came up."));
        const QStringList chips = Topics::tag(articleWith(paragraphs), {});
        // Named alone sixteen times, in "Air Mozilla" twice, and opening
        // three other names: the word is the topic, not the last name of
        // "Air Mozilla".
        QVERIFY2(chips.contains(QStringLiteral("Mozilla")), qPrintable(chips.join(QLatin1String(", "))));

        // A surname a few times beside its full name still folds into it.
        const QStringList person
            = Topics::tag(articleWith({ QStringLiteral("Vladimir Putin met envoys in Moscow."),
                              QStringLiteral("Putin said talks went well; Putin later left."),
                              QStringLiteral("Aides to Vladimir Putin said Putin would return.") }),
                {});
        QVERIFY2(person.contains(QStringLiteral("Vladimir Putin")), qPrintable(person.join(QLatin1String(", "))));
        QVERIFY2(!person.contains(QStringLiteral("Putin")), qPrintable(person.join(QLatin1String(", "))));
    }

    void creditsBylinesAndTickersAreNoTopics()
    {
        const Article article = articleWith({ QStringLiteral("Talks in Harbin went on. Photo: Anna Keller"),
            QStringLiteral("By Lucas Nolan\n\nHarbin traders met again, and Harbin officials spoke."),
            QStringLiteral("Photo: Anna Keller. Credit: Anna Keller") });
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("Harbin") }));

        // A teaser keeps its page's tags as given, but not a stock ticker.
        Article teaser;
        teaser.url = QStringLiteral("https://news.example.com/markets/1");
        teaser.title = QStringLiteral("Shares fall in Paris");
        teaser.text = QStringLiteral("Shares fell in early trading.");
        teaser.rawTags = { RawTag { TagSource::Meta, QStringLiteral("UBI.FR") },
            RawTag { TagSource::Meta, QStringLiteral("NYSE:UBI") },
            RawTag { TagSource::Meta, QStringLiteral("Ubisoft") } };
        QCOMPARE(Topics::tag(teaser, {}), QStringList({ QStringLiteral("Ubisoft") }));
    }

    void headingsGluedWordsAndLateMentionsAreNoTopics()
    {
        Article article;
        article.url = QStringLiteral("https://news.example.com/2024/05/17/queues");
        article.title = QStringLiteral("How Dropbox runs its queues");
        article.siteName = QStringLiteral("Example News");
        QStringList text { QStringLiteral(
            "Engineers at Dropbox rebuilt the queue last year. We built Store Consumer to drain it, and Store "
            "Consumer now reads every task. Each consumer polls the store, and the store keeps the tasks until a "
            "consumer confirms them. Dropbox says the consumer rarely waits for the store.") };
        for (int i = 0; i < 12; ++i)
            text.append(QStringLiteral("The team measured the queue again and found that the tasks moved "
                                       "faster than before, which pleased everyone who had to wait for them."));
        // A health site's category list: named once, deep in the story.
        text.append(QStringLiteral("Nobody mentioned Prostate Cancer at the meeting."));
        // Related links at the foot of the page.
        text.append(QStringLiteral("More from Maria Ortega. Maria Ortega on queues."));
        article.text = text.join(QStringLiteral("\n\n"));
        article.rawTags = { RawTag { TagSource::Meta, QStringLiteral("Prostate Cancer") },
            RawTag { TagSource::Meta, QStringLiteral("Dropbox") } };
        const QStringList chips = Topics::tag(article, {});
        QVERIFY2(chips.contains(QStringLiteral("Dropbox")), qPrintable(chips.join(QLatin1Char(','))));
        for (const char *junk : { "Store Consumer", "Prostate Cancer", "Maria Ortega" })
            QVERIFY2(!chips.contains(QString::fromUtf8(junk)), qPrintable(chips.join(QLatin1Char(','))));

        // The title vouches for a name the text also writes: the rules leave it.
        article.title = QStringLiteral("Store Consumer and Maria Ortega: how Dropbox runs its queues");
        const QStringList titled = Topics::tag(article, {});
        QVERIFY2(titled.contains(QStringLiteral("Store Consumer")), qPrintable(titled.join(QLatin1Char(','))));
        QVERIFY2(titled.contains(QStringLiteral("Maria Ortega")), qPrintable(titled.join(QLatin1Char(','))));
    }

    void caselessNamesRepeatedAcrossStories()
    {
        Article article;
        article.url = QStringLiteral("https://news.example.eg/a.html");
        article.title
            = QStringLiteral("\u0627\u062c\u062a\u0645\u0627\u0639 \u0627\u0644\u0648\u0632\u0631\u0627\u0621");
        // "Egypt" twice in an Arabic text that quotes nothing.
        article.text = QStringLiteral("\u0632\u0627\u0631 \u0627\u0644\u0648\u0641\u062f \u0645\u0635\u0631 "
                                      "\u0623\u0645\u0633. \u0648\u0642\u0627\u0644\u062a \u0645\u0635\u0631 "
                                      "\u0625\u0646 \u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a "
                                      "\u0633\u062a\u0633\u062a\u0645\u0631.");
        QVERIFY(Topics::tag(article, {}).isEmpty());
        CorpusStats stats;
        stats.documentCount = 10;
        stats.knownTopics.insert(QStringLiteral("\u0645\u0635\u0631"), 3);
        stats.knownTopics.insert(QStringLiteral("\u0644\u0628\u0646\u0627\u0646"), 3); // not in the text
        QCOMPARE(Topics::tag(article, {}, stats), QStringList({ QStringLiteral("\u0645\u0635\u0631") }));
    }

    void knownTopicsAreBoosted()
    {
        const Article article
            = articleWith({ QStringLiteral("Talks in Lahore and Multan went well, said Shehbaz Sharif."),
                QStringLiteral("Leaders from Lahore and Multan agreed.") });
        QVERIFY(!Topics::tag(article, {}, {}, 2).contains(QStringLiteral("Shehbaz Sharif"))); // said once: ranks last
        CorpusStats stats;
        stats.documentCount = 50;
        stats.knownTopics.insert(QStringLiteral("shehbaz sharif"), 12);
        QCOMPARE(Topics::tag(article, {}, stats, 2).constFirst(), QStringLiteral("Shehbaz Sharif"));
    }

    void maximumCountIsHonoured()
    {
        Article article = seedArticle();
        article.rawTags = seedRelatedTopics();
        QCOMPARE(Topics::tag(article, {}, {}, 3).size(), 3);
        QCOMPARE(Topics::tag(article, {}, {}, 3), Topics::tag(article, {}, {}, 8).mid(0, 3));
        QCOMPARE(Topics::tag(article, {}, {}, 0), QStringList());
        QList<RawTag> many;
        for (int i = 0; i < 30; ++i)
            many << RawTag { TagSource::Meta, QStringLiteral("Name%1 Person%1").arg(QChar(QLatin1Char('A' + i % 26))) };
        article.rawTags = many;
        QVERIFY(Topics::tag(article, {}).size() <= 8);
    }

    void lengthAndWordLimits()
    {
        const Article article = articleWith({ QStringLiteral("X met the delegation in Harbin.") },
            { RawTag { TagSource::Meta, QStringLiteral("X") },
                RawTag {
                    TagSource::Meta, QStringLiteral("The International Association Of Very Long Committee Names") },
                RawTag { TagSource::Meta, QStringLiteral("Harbin") } });
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("Harbin") }));
    }

    void cjkKeepsExplicitTagsOnly()
    {
        Article article;
        article.title = QStringLiteral("\u4e60\u8fd1\u5e73\u4f1a\u89c1\u666e\u4eac");
        article.text = QStringLiteral("\u56fd\u5bb6\u4e3b\u5e2d\u4e60\u8fd1\u5e73\u5728\u5317\u4eac\u4f1a\u89c1"
                                      "\u4fc4\u7f57\u65af\u603b\u7edf\u666e\u4eac\u3002\u53cc\u65b9\u8ba8\u8bba"
                                      "\u4e86\u7ecf\u8d38\u5408\u4f5c\u3002NATO\u672a\u4f5c\u56de\u5e94\u3002"
                                      "NATO\u3002");
        article.rawTags
            = { RawTag { TagSource::Meta, QStringLiteral("\u4e60\u8fd1\u5e73\u3001\u666e\u4eac\uff0c\u4e2d\u56fd") } };
        QCOMPARE(Topics::tag(article, {}),
            QStringList({ QStringLiteral("\u4e60\u8fd1\u5e73"), QStringLiteral("\u666e\u4eac"),
                QStringLiteral("\u4e2d\u56fd") }));
        article.rawTags.clear();
        QCOMPARE(Topics::tag(article, {}), QStringList());
    }

    void casedNonLatinScriptsUseCaseEvidence()
    {
        Article article = articleWith(
            { QStringLiteral("\u0412\u0447\u0435\u0440\u0430 \u0432 \u0425\u0430\u0440\u0431\u0438\u043d\u0435 "
                             "\u0432\u044b\u0441\u0442\u0443\u043f\u0438\u043b \u043f\u0440\u0435\u0437\u0438"
                             "\u0434\u0435\u043d\u0442, \u0430 \u0441\u0435\u0442\u0438 \u043f\u0435\u0440\u0435"
                             "\u0434\u0430\u043b\u0438 \u0432\u0430\u0436\u043d\u044b\u0435 \u043d\u043e\u0432"
                             "\u043e\u0441\u0442\u0438.") },
            { RawTag { TagSource::Meta, QStringLiteral("\u0425\u0430\u0440\u0431\u0438\u043d\u0435") },
                RawTag { TagSource::Meta, QStringLiteral("\u041d\u043e\u0432\u043e\u0441\u0442\u0438") } });
        QCOMPARE(
            Topics::tag(article, {}), QStringList({ QStringLiteral("\u0425\u0430\u0440\u0431\u0438\u043d\u0435") }));
        // Arabic has no case: a tag the text names is kept as tagged.
        article.text.append(
            QStringLiteral("\n\n\u0632\u0627\u0631 \u0627\u0644\u0648\u0641\u062f \u0645\u0635\u0631."));
        article.rawTags = { RawTag { TagSource::Meta, QStringLiteral("\u0645\u0635\u0631") } };
        QVERIFY(Topics::tag(article, {}).contains(QStringLiteral("\u0645\u0635\u0631")));
    }

    void headingsGiveNoCaseEvidence()
    {
        // Title Case subheads capitalise everything; only running text counts.
        const Article article = articleWith({ QStringLiteral("Delay Gratification\n"),
                                                QStringLiteral("Waiting a day before you delay a purchase helps, "
                                                               "and gratification fades. Joshua Becker agrees, "
                                                               "says Joshua Becker.") },
            { RawTag { TagSource::List, QStringLiteral("Gratification") },
                RawTag { TagSource::List, QStringLiteral("Delay Gratification") } });
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("Joshua Becker") }));
    }

    void germanCommonNounsAreNoNames()
    {
        Article article;
        article.lang = QStringLiteral("de");
        article.title = QStringLiteral("Neue Version von 1Password");
        article.text = QStringLiteral(
            "Die neue Version bringt Verbesserungen f\u00fcr die Datenbank. Laut AgileBits ist die Datenbank jetzt "
            "schneller, und die Verbesserungen betreffen auch die Suche. AgileBits hat die Version am Montag in "
            "Toronto vorgestellt. In Toronto arbeitet das Team seit Jahren an der Datenbank und der Zahl der "
            "Zusatzfelder.");
        const QStringList chips = Topics::tag(article, {});
        QVERIFY2(chips.contains(QStringLiteral("AgileBits")), qPrintable(chips.join(QLatin1Char(','))));
        QVERIFY(chips.contains(QStringLiteral("Toronto")));
        article.text += QStringLiteral(" Der Sportdirektor Bruno Hübner lobte die Entwicklung von Eintracht Frankfurt, "
                                       "und Bruno Hübner sieht Eintracht Frankfurt vorn.");
        const QStringList more = Topics::tag(article, {});
        QVERIFY2(more.contains(QStringLiteral("Bruno Hübner")), qPrintable(more.join(QLatin1Char(','))));
        QVERIFY(more.contains(QStringLiteral("Eintracht Frankfurt")));
        QVERIFY(!more.contains(QStringLiteral("Sportdirektor Bruno Hübner")));
        for (const char *noun : { "Datenbank", "Version", "Verbesserungen", "Zahl der Zusatzfelder", "Montag" })
            QVERIFY2(!chips.contains(QString::fromUtf8(noun)), noun);
    }

    void namesKeepInitialsAndLoseDates()
    {
        const Article article = articleWith({ QStringLiteral("Richard M. Stallman spoke in London on Thursday, "
                                                             "and Richard M. Stallman left London Thursday night. "
                                                             "I'm sure, said Stallman.") });
        const QStringList chips = Topics::tag(article, {});
        QCOMPARE(QSet<QString>(chips.begin(), chips.end()),
            QSet<QString>({ QStringLiteral("Richard M. Stallman"), QStringLiteral("London") }));
    }

    void siteNameStemIsRejected()
    {
        Article article = articleWith({ QStringLiteral("The BBC said that BBC staff in Harbin and Harbin officials "
                                                       "agreed.") });
        article.siteName = QStringLiteral("BBC News");
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("Harbin") }));
    }

    // Shapes that would take quadratic time with a naive tagger; the test
    // timeout is the guard, nothing here is timed.
    void pathologicalTextsStayBounded()
    {
        Article article;
        article.title = QStringLiteral("Foo");
        QString text;
        for (int i = 0; i < 200000; ++i)
            text += QStringLiteral("Foo. ");
        article.text = text;
        QVERIFY(Topics::tag(article, {}).size() <= 8);

        text.clear();
        for (int i = 0; i < 50000; ++i)
            text += QStringLiteral("Then Foo Bar%1 met Baz%1 Foo and Qux Foo. ").arg(i);
        article.text = text;
        QVERIFY(Topics::tag(article, {}).size() <= 8);

        article.lang = QStringLiteral("de"); // the noun test scans the text: it must be memoised
        QVERIFY(Topics::tag(article, {}).size() <= 8);
        article.lang.clear();

        QList<RawTag> many;
        for (int i = 0; i < 20000; ++i)
            many << RawTag { TagSource::List, QStringLiteral("Foo Name%1, Foo").arg(i) };
        article.rawTags = many;
        QVERIFY(Topics::tag(article, {}).size() <= 8);
    }
};

QTEST_GUILESS_MAIN(TestTopics)
#include "tst_topics.moc"
