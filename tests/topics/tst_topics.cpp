#include "topics/topics.h"

#include <QTest>

using namespace Core;

namespace {

// The eight body paragraphs of the seed story (../shared/seed/000_*.txt),
// typed in: the article extractor is not needed to test the tagger.
QStringList seedParagraphs()
{
    return {
        QStringLiteral(
            "Beijing, (APP - UrduPoint / Pakistan Point News - 17th May, 2024) Russian leader Vladimir Putin "
            "was in the northeastern city of Harbin on Friday, the final day of a visit aiming to promote "
            "crucial trade with China and win greater support for his war effort in Ukraine."),
        QStringLiteral("Putin arrived Thursday on his first trip abroad since his March re-election, meeting President "
                       "Xi Jinping for talks in which the leaders framed their nations' ties as a stabilising force in "
                       "a chaotic world."),
        QStringLiteral("China and Russia's strategic partnership has only grown closer since the invasion of Ukraine, "
                       "and Beijing has rebuffed Western claims that it is aiding Moscow's war effort."),
        QStringLiteral("China has also offered a critical lifeline to Russia's isolated economy, with trade booming "
                       "since the invasion and hitting $240 billion in 2023, according to Chinese customs figures."),
        QStringLiteral("Putin's trip to Harbin is part of efforts to enhance that economic relationship."),
        QStringLiteral("Lying just a few hundred kilometres from the border with Russia, the city has long served as a "
                       "key hub for cross-border trade and cultural exchange."),
        QStringLiteral("The Russian president will attend the opening ceremony of a Russia-China trade expo on Friday, "
                       "Moscow's state news agency TASS reported, and will be accompanied by Han Zheng, China's vice "
                       "president."),
        QStringLiteral("Putin will hold a press conference with Russian media later in the day."),
    };
}

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

QStringList seedRelatedTopics()
{
    QStringList tags;
    for (const char *topic : { "World", "Exchange", "Ukraine", "Moscow", "Russia", "China", "Visit", "Harbin",
             "Beijing", "Vladimir Putin", "Hub", "March", "Border", "Media", "From", "Billion", "Xi Jinping" })
        tags << QStringLiteral("list:") + QString::fromUtf8(topic);
    return tags;
}

// A neutral body long enough to give case evidence, plus the sentences a case needs.
Article articleWith(const QStringList &sentences, const QStringList &rawTags = {})
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
        article.rawTags = { QStringLiteral("jsonld:Vladimir Putin, Xi Jinping, Russia, China, Harbin, Beijing, Moscow, "
                                           "Ukraine, trade") };
        article.rawTags += seedRelatedTopics();
        article.rawTags << QStringLiteral("keywords:Latest News, World News, Pakistan News, Urdu News, Breaking News");
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
        article.rawTags = { QStringLiteral("jsonld:Vladimir Putin, Xi Jinping, Russia, China, Harbin, trade") };
        const QStringList chips = Topics::tag(article, { QStringLiteral("World"), QStringLiteral("Ukraine") });
        QCOMPARE(QSet<QString>(chips.begin(), chips.end()),
            QSet<QString>({ QStringLiteral("Vladimir Putin"), QStringLiteral("Xi Jinping"), QStringLiteral("Russia"),
                QStringLiteral("China"), QStringLiteral("Harbin"), QStringLiteral("Ukraine") }));
    }

    void monthsAreRejected()
    {
        const Article article
            = articleWith({ QStringLiteral("He won again in his March re-election and in the May vote."),
                              QStringLiteral("The March result was clear.") },
                { QStringLiteral("list:March"), QStringLiteral("list:May"), QStringLiteral("meta:March 2024") });
        QCOMPARE(Topics::tag(article, {}), QStringList());
    }

    void weekdaysAreRejected()
    {
        const Article article = articleWith({ QStringLiteral("The talks ended on Friday and resume on Monday.") },
            { QStringLiteral("list:Friday"), QStringLiteral("list:Monday") });
        QCOMPARE(Topics::tag(article, {}), QStringList());
    }

    void numberWordsAreRejected()
    {
        const Article article
            = articleWith({ QStringLiteral("Trade reached 240 Billion, up Ten Percent, and one Million "
                                           "people in 2023 saw the 17th round.") },
                { QStringLiteral("list:Billion"), QStringLiteral("list:Million"), QStringLiteral("list:Percent"),
                    QStringLiteral("list:Ten"), QStringLiteral("list:2023"), QStringLiteral("list:17th") });
        QCOMPARE(Topics::tag(article, {}), QStringList());
    }

    void genericNounsAreRejectedEvenWhenCapitalised()
    {
        const Article article = articleWith({ QStringLiteral("The World Bank and the Media Council met at the Hub, "
                                                             "near the Border, for the Visit and the News Exchange.") },
            { QStringLiteral("list:World"), QStringLiteral("list:Media"), QStringLiteral("list:Hub"),
                QStringLiteral("list:Border"), QStringLiteral("list:Visit"), QStringLiteral("list:Exchange"),
                QStringLiteral("list:News"), QStringLiteral("list:Video") });
        // No tag survives, so names come from the text: the bank, not "World".
        const QStringList chips = Topics::tag(article, {});
        QCOMPARE(QSet<QString>(chips.begin(), chips.end()),
            QSet<QString>({ QStringLiteral("World Bank"), QStringLiteral("Media Council") }));
    }

    void stopWordsAreRejected()
    {
        const Article article = articleWith({ QStringLiteral("From the start, About a third came Through the gate.") },
            { QStringLiteral("list:From"), QStringLiteral("list:About"), QStringLiteral("list:Through"),
                QStringLiteral("list:The"), QStringLiteral("meta:From China") });
        QCOMPARE(Topics::tag(article, {}), QStringList());
    }

    void newsAgenciesAreRejected()
    {
        const Article article = articleWith({ QStringLiteral("Officials told Reuters and AFP, and later AP, TASS, "
                                                             "Xinhua, PTI and APP, that Harbin was calm.") },
            { QStringLiteral("list:Reuters"), QStringLiteral("list:AFP"), QStringLiteral("list:AP"),
                QStringLiteral("list:TASS"), QStringLiteral("list:Xinhua"), QStringLiteral("list:PTI"),
                QStringLiteral("list:APP"), QStringLiteral("list:Associated Press"), QStringLiteral("list:Harbin") });
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("Harbin") }));
    }

    void siteNameAndAuthorsAreRejected()
    {
        Article article = articleWith({ QStringLiteral("Readers of UrduPoint and Example News asked Jane Doe "
                                                       "about Harbin.") },
            { QStringLiteral("list:UrduPoint"), QStringLiteral("list:Example News"), QStringLiteral("list:Jane Doe"),
                QStringLiteral("list:Harbin") });
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
            { QStringLiteral("list:Lying"), QStringLiteral("list:Officials"), QStringLiteral("list:Harbin") });
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("Harbin") }));
    }

    void mostlyLowercaseWordsAreRejected()
    {
        const Article article = articleWith({ QStringLiteral("Cotton prices rose as cotton exports and cotton stocks "
                                                             "fell, while the Cotton Board in Multan waited."),
                                                QStringLiteral("Farmers in Multan sold cotton.") },
            { QStringLiteral("list:Cotton"), QStringLiteral("list:Multan") });
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("Multan") }));
    }

    void midSentenceCapitalisedWordsAreKept()
    {
        const Article article = articleWith({ QStringLiteral("Trains left for Harbin and for Vladivostok at dawn."),
                                                QStringLiteral("Harbin was cold.") },
            { QStringLiteral("reltag:Harbin"), QStringLiteral("reltag:Vladivostok") });
        const QStringList chips = Topics::tag(article, {});
        QCOMPARE(QSet<QString>(chips.begin(), chips.end()),
            QSet<QString>({ QStringLiteral("Harbin"), QStringLiteral("Vladivostok") }));
        QCOMPARE(chips.constFirst(), QStringLiteral("Harbin")); // mentioned more, and first
    }

    void aliasesFoldIntoTheFullName()
    {
        Article article = articleWith({ QStringLiteral("Russian leader Vladimir Putin arrived in Harbin."),
                                          QStringLiteral("Later Putin met traders, and Putin spoke to Xi.") },
            { QStringLiteral("list:Putin"), QStringLiteral("list:Harbin") });
        QStringList chips = Topics::tag(article, {});
        QCOMPARE(chips, QStringList({ QStringLiteral("Vladimir Putin"), QStringLiteral("Harbin") }));

        article.rawTags = { QStringLiteral("meta:Putin"), QStringLiteral("jsonld:Vladimir Putin"),
            QStringLiteral("list:vladimir putin") };
        chips = Topics::tag(article, {});
        QCOMPARE(chips, QStringList({ QStringLiteral("Vladimir Putin") }));
    }

    void caseVariantsMerge()
    {
        const Article article
            = articleWith({ QStringLiteral("Fighting in Ukraine went on as Ukraine asked for help.") },
                { QStringLiteral("meta:ukraine"), QStringLiteral("list:UKRAINE"), QStringLiteral("reltag:Ukraine") });
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("Ukraine") }));
    }

    void tagListsAreSplitAndCleaned()
    {
        const Article article = articleWith({ QStringLiteral("Talks between Beijing and Moscow went on in Harbin.") },
            { QStringLiteral("meta:Beijing, Moscow; #Harbin | \"Media\"") });
        const QStringList chips = Topics::tag(article, {});
        QCOMPARE(QSet<QString>(chips.begin(), chips.end()),
            QSet<QString>({ QStringLiteral("Beijing"), QStringLiteral("Moscow"), QStringLiteral("Harbin") }));
    }

    void tagLabelsAndAbbreviationsAreStripped()
    {
        const Article article = articleWith({ QStringLiteral("Games by Bethesda, and the German Food Partnership "
                                                             "with Bethesda, were discussed.") },
            { QStringLiteral("list:Category: Bethesda"), QStringLiteral("meta:German Food Partnership (GFP)") });
        const QStringList chips = Topics::tag(article, {});
        QCOMPARE(QSet<QString>(chips.begin(), chips.end()),
            QSet<QString>({ QStringLiteral("Bethesda"), QStringLiteral("German Food Partnership") }));
    }

    void plainKeywordsMustAppear()
    {
        const Article article = articleWith({ QStringLiteral("The match in Lahore ended late.") },
            { QStringLiteral("keywords:Cricket, Lahore, Karachi, Pakistan Super League") });
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("Lahore") }));
    }

    void feedCategoriesCount()
    {
        const Article article = articleWith({ QStringLiteral("Crowds gathered in Harbin and in Beijing.") });
        const QStringList chips
            = Topics::tag(article, { QStringLiteral("World"), QStringLiteral("Harbin"), QStringLiteral("Politics") });
        QCOMPARE(chips, QStringList({ QStringLiteral("Harbin") }));
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
        QStringList many;
        for (int i = 0; i < 30; ++i)
            many << QStringLiteral("meta:Name%1 Person%1").arg(QChar(QLatin1Char('A' + i % 26)));
        article.rawTags = many;
        QVERIFY(Topics::tag(article, {}).size() <= 8);
    }

    void lengthAndWordLimits()
    {
        const Article article = articleWith({ QStringLiteral("X met the delegation in Harbin.") },
            { QStringLiteral("meta:X"),
                QStringLiteral("meta:The International Association Of Very Long Committee Names"),
                QStringLiteral("meta:Harbin") });
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
        article.rawTags = { QStringLiteral("meta:\u4e60\u8fd1\u5e73\u3001\u666e\u4eac\uff0c\u4e2d\u56fd") };
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
            { QStringLiteral("meta:\u0425\u0430\u0440\u0431\u0438\u043d\u0435"),
                QStringLiteral("meta:\u041d\u043e\u0432\u043e\u0441\u0442\u0438") });
        QCOMPARE(
            Topics::tag(article, {}), QStringList({ QStringLiteral("\u0425\u0430\u0440\u0431\u0438\u043d\u0435") }));
        article.rawTags = { QStringLiteral("meta:\u0645\u0635\u0631") }; // Arabic has no case: kept as tagged
        QCOMPARE(Topics::tag(article, {}), QStringList({ QStringLiteral("\u0645\u0635\u0631") }));
    }

    void headingsGiveNoCaseEvidence()
    {
        // Title Case subheads capitalise everything; only running text counts.
        const Article article = articleWith({ QStringLiteral("Delay Gratification\n"),
                                                QStringLiteral("Waiting a day before you delay a purchase helps, "
                                                               "and gratification fades. Joshua Becker agrees, "
                                                               "says Joshua Becker.") },
            { QStringLiteral("list:Gratification"), QStringLiteral("list:Delay Gratification") });
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

        QStringList many;
        for (int i = 0; i < 20000; ++i)
            many << QStringLiteral("list:Foo Name%1, Foo").arg(i);
        article.rawTags = many;
        QVERIFY(Topics::tag(article, {}).size() <= 8);
    }
};

QTEST_GUILESS_MAIN(TestTopics)
#include "tst_topics.moc"
