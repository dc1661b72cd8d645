#pragma once

#include "topics_lexicon.h"
#include "topics_word_ids.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <span>
#include <vector>

// Word and sentence analysis for topic tagging: where each word stands in its
// sentence and how the article writes it, which is the evidence that tells a
// name ("Harbin") from a common word ("media", "From").
namespace Core::Topics {

enum class Casing : quint8 {
    None, // no cased letter: digits, or a caseless script (CJK, Arabic, Hebrew...)
    Lower, // "media"
    Capitalised, // "Harbin"
    Acronym, // "NATO": two or more letters, all upper case
};

Casing casingOf(QStringView word);
inline bool isCapitalised(Casing casing)
{
    return casing == Casing::Capitalised || casing == Casing::Acronym;
}

// 32 bytes: a long text has tens of thousands.
struct Token {
    qsizetype start = 0; // span in the source text, without a possessive 's
    qsizetype end = 0;
    int word = -1; // the case-folded word's id in its TextIndex
    int sentence = 0;
    Casing casing = Casing::None;
    bool sentenceStart = false; // the first word of its sentence
    bool joined = false; // only spaces or one hyphen separate it from the previous word of its sentence
    bool hyphenJoined = false; // ... and that separator is a hyphen ("China" in "Russia-China")
    bool possessive = false; // written "Moscow's"
    bool terminated = false; // the last word of a sentence closed by . ! or ?
    bool heading = false; // in a Title Case line without closing punctuation: no case evidence
};
static_assert(sizeof(Token) <= 32);

// The case-folded words of a phrase, split as TextIndex splits text.
QStringList foldedWords(const QString &phrase);

// A text split into words and sentences, each distinct word numbered once.
// Paragraph and line breaks end sentences; so do . ! ? (and their CJK forms)
// before a space, except after known abbreviations and initials.
class TextIndex final {
public:
    explicit TextIndex(const QString &text);
    // The word table holds views into the index's own storage.
    TextIndex(const TextIndex &) = delete;
    TextIndex &operator=(const TextIndex &) = delete;
    TextIndex(TextIndex &&) = default;

    struct Occurrences {
        int total = 0;
        int midSentence = 0; // occurrences that neither open a sentence nor stand in a heading
        int midCapitalised = 0; // ... of which every word but inner particles is capitalised
        int first = -1; // token index of the first occurrence
        QString commonForm; // the most frequent spelling, as written
        bool capitalisedForm = false; // commonForm has every significant word capitalised
    };
    Occurrences find(const QStringList &words) const;
    Occurrences find(const QList<int> &wordIds) const;
    // find()'s case counts for one word, without the spellings: the tagger
    // asks this of every capitalised word.
    struct CaseEvidence {
        int midSentence = 0;
        int midCapitalised = 0;
    };
    CaseEvidence caseEvidence(int wordId) const;

    const QList<Token> &tokens() const { return m_tokens; }
    // The distinct case-folded words, by id.
    qsizetype wordCount() const { return m_wordIds.size(); }
    QStringView word(int id) const { return m_wordIds.word(id); }
    int wordId(const QString &folded) const { return m_wordIds.find(folded); }
    // The lexicon's lists a word is on.
    Lexicon::Classes classes(int id) const { return m_classes.at(id); }
    bool is(const Token &token, Lexicon::Class listClass) const { return m_classes.at(token.word).testFlag(listClass); }
    // How many tokens are this case-folded word.
    qsizetype count(const QString &folded) const;
    qsizetype count(int wordId) const { return qsizetype(positions(wordId).size()); }
    // The indexes of the tokens that are this word, in text order.
    std::span<const int> positions(int id) const;
    const QString &text() const { return m_text; }
    QString spelling(int firstToken, int lastToken) const;

private:
    void tokenize();
    int wordOf(QStringView spelling, Casing *casing);
    QStringView keep(QStringView folded);
    bool periodEndsSentence(const Token &previous) const;
    void indexPositions();
    void markHeadings();
    Occurrences scan(const QList<int> &wordIds, std::span<const int> anchorPositions, int anchor) const;
    QStringView spellingView(int firstToken, int lastToken) const;

    QString m_text;
    QList<Token> m_tokens;
    // Folded words: each distinct spelling is folded and classified once.
    WordIds m_wordIds; // views into m_text where a word is written folded, else into m_foldedBlocks
    std::vector<std::unique_ptr<QChar[]>> m_foldedBlocks; // never move once written
    QChar *m_foldedNext = nullptr; // free space in the last block
    qsizetype m_foldedFree = 0;
    QList<Lexicon::Classes> m_classes; // by word id
    WordIds m_spellings; // views into m_text, as written
    QList<int> m_spellingWord; // by spelling id: the word id
    QList<Casing> m_spellingCasing; // by spelling id
    // Token indexes by word, in one array: word id's are m_positions[m_positionStart[id] .. m_positionStart[id + 1]).
    QList<int> m_positionStart;
    QList<int> m_positions;
    mutable QHash<QList<int>, Occurrences> m_cache; // the tagger asks for the same phrases repeatedly
};

// True when most letters of the text are Chinese, Japanese or Korean.
bool isMostlyCjk(const QString &text);
struct Scripts {
    bool mostlyCjk = false;
    bool anyCaseless = false; // some letter of a script without case (CJK, Arabic, Hebrew...)
};
// Both answers in one pass over the text.
Scripts scriptsOf(const QString &text);
// True when the phrase has letters and none of them is cased.
bool isCaseless(const QString &phrase);

} // namespace Core::Topics
