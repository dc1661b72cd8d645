#include "topics/topics.h"
#include "topics_lexicon.h"
#include "topics_text.h"
#include "topics_word_ids.h"

#include <QTest>

using namespace Core;

// The tagger's building blocks: topic keys, the word-id table, the text
// index and the lexicon. The tagger itself is tested in tst_topics.
class TestTopicsText final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keyFoldsSpellings()
    {
        QCOMPARE(Topics::key(QStringLiteral("  Xi   JINPING ")), QStringLiteral("xi jinping"));
        QCOMPARE(Topics::key(QStringLiteral("Xi Jinping")), Topics::key(QStringLiteral("xi jinping")));
    }

    void wordIdsNumberDistinctWords()
    {
        QStringList words; // the table holds views: the strings must outlive it
        for (int i = 0; i < 5000; ++i)
            words << QStringLiteral("w%1").arg(i);
        Topics::WordIds ids;
        QCOMPARE(ids.find(QStringLiteral("w0")), -1);
        for (int i = 0; i < words.size(); ++i)
            QCOMPARE(ids.insert(words.at(i)), i); // grows many times on the way
        QCOMPARE(ids.size(), words.size());
        const QString copy = QStringLiteral("w4321"); // equal text in other storage
        QCOMPARE(ids.find(copy), 4321);
        QCOMPARE(ids.insert(copy), 4321);
        QCOMPARE(ids.word(4321), QStringView(words.at(4321)));
        QCOMPARE(ids.find(QStringLiteral("w5000")), -1);
        QCOMPARE(ids.find(QStringLiteral("W1")), -1);
        const QString empty;
        QCOMPARE(ids.insert(empty), 5000);
        QCOMPARE(ids.find(QStringLiteral("")), 5000);

        Topics::WordIds reserved;
        reserved.reserve(1000);
        QCOMPARE(reserved.insert(words.at(7)), 0);
        QCOMPARE(reserved.find(words.at(7)), 0);
        QCOMPARE(reserved.find(words.at(8)), -1);
    }

    void textIndexNumbersEachWordOnce()
    {
        const Topics::TextIndex index(
            QStringLiteral("Apple sold apples. APPLE\u2019s rival met Apple today.\n\nApple's Day"));
        const QList<Topics::Token> &tokens = index.tokens();
        QCOMPARE(tokens.size(), 10);
        const int apple = index.wordId(QStringLiteral("apple"));
        QVERIFY(apple >= 0);
        QCOMPARE(index.word(apple).toString(), QStringLiteral("apple"));
        QCOMPARE(index.count(QStringLiteral("apple")), 4);
        QCOMPARE(tokens.at(3).word, apple);
        QVERIFY(tokens.at(3).possessive);
        QCOMPARE(tokens.at(3).casing, Topics::Casing::Acronym);
        QCOMPARE(tokens.at(6).casing, Topics::Casing::Capitalised);
        QVERIFY(tokens.at(2).word != apple); // "apples" is another word
        QCOMPARE(index.wordId(QStringLiteral("banana")), -1);
        QCOMPARE(index.count(QStringLiteral("banana")), 0);
        QVERIFY(index.classes(index.wordId(QStringLiteral("today"))).testFlag(Topics::Lexicon::MonthOrWeekday));
        QVERIFY(tokens.at(8).heading); // "Apple's Day": a Title Case line
        QVERIFY(!tokens.at(6).heading);

        const Topics::TextIndex::Occurrences found = index.find(QStringList { QStringLiteral("apple") });
        QCOMPARE(found.total, 4);
        QCOMPARE(found.first, 0);
        QCOMPARE(found.midSentence, 1); // "met Apple today"; the others open a sentence or a heading
        QCOMPARE(found.commonForm, QStringLiteral("Apple"));
        QCOMPARE(index.caseEvidence(apple).midSentence, found.midSentence);
        QCOMPARE(index.caseEvidence(apple).midCapitalised, 1);
        const Topics::TextIndex::CaseEvidence apples = index.caseEvidence(tokens.at(2).word);
        QCOMPARE(apples.midSentence, 1);
        QCOMPARE(apples.midCapitalised, 0);
        QCOMPARE(index.find(QStringList { QStringLiteral("apple"), QStringLiteral("banana") }).total, 0);
        QCOMPARE(index.find(QStringList { QStringLiteral("apple"), QStringLiteral("today") }).total, 1);
        for (const QString &empty : { QString(), QStringLiteral(" .\n\n!? -- ") }) {
            const Topics::TextIndex nothing(empty);
            QVERIFY(nothing.tokens().isEmpty());
            QCOMPARE(nothing.wordCount(), 0);
            QCOMPARE(nothing.count(QStringLiteral("apple")), 0);
            QCOMPARE(nothing.find(QStringList { QStringLiteral("apple") }).total, 0);
            QCOMPARE(nothing.find(QStringList()).first, -1);
        }

        // Folded copies of long words do not fit one storage block.
        const QString longWord(5000, QLatin1Char('A'));
        const Topics::TextIndex longWords(longWord + QStringLiteral(" Bb ") + longWord + QStringLiteral(" bb Cc"));
        QCOMPARE(longWords.tokens().size(), 5);
        QCOMPARE(longWords.tokens().at(2).word, longWords.tokens().at(0).word);
        QCOMPARE(longWords.word(longWords.tokens().at(0).word).toString(), longWord.toLower());
        QCOMPARE(longWords.tokens().at(3).word, longWords.tokens().at(1).word);
        QCOMPARE(longWords.word(longWords.tokens().at(4).word).toString(), QStringLiteral("cc"));

        QCOMPARE(Topics::foldedWords(QStringLiteral("Xi\u2019s JINPING")),
            QStringList({ QStringLiteral("xi"), QStringLiteral("jinping") }));
    }

    void lexiconClassesAndNumbers()
    {
        using namespace Topics::Lexicon;
        const Classes der = classesOf(QStringLiteral("der"));
        QVERIFY(der.testFlag(StopWord) && der.testFlag(NameParticle) && der.testFlag(GermanDeterminer));
        QVERIFY(!der.testFlag(Honorific));
        QCOMPARE(classesOf(QStringLiteral("harbin")), Classes());
        QCOMPARE(classesOf(QStringLiteral("a-word-longer-than-any-listed-one")), Classes());
        QVERIFY(isHonorific(QStringLiteral("president")) && isGenericNoun(QStringLiteral("president")));
        QVERIFY(isAbbreviation(QStringLiteral("mr")) && !isAbbreviation(QStringLiteral("mister")));

        for (const char *number :
            { "17th", "2023", "$240", "\u20AC5m", "3.5bn", "1,000", "12:30", "2024-05-17", "50%", "9pc", "1990s", "7" })
            QVERIFY2(isNumberToken(QString::fromUtf8(number)), number);
        for (const char *word : { "", "x17", "17x", "17thx", "$", "$x", ".5", "17 th", "g20", "\u00A3" })
            QVERIFY2(!isNumberToken(QString::fromUtf8(word)), word);
    }
};

QTEST_GUILESS_MAIN(TestTopicsText)
#include "tst_topics_text.moc"
