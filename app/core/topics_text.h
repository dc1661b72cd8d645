#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

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

struct Token {
    QString folded; // case-folded, typographic apostrophes made plain
    qsizetype start = 0; // span in the source text, without a possessive 's
    qsizetype end = 0;
    int sentence = 0;
    Casing casing = Casing::None;
    bool sentenceStart = false; // the first word of its sentence
    bool joined = false; // only spaces or one hyphen separate it from the previous word of its sentence
    bool hyphenJoined = false; // ... and that separator is a hyphen ("China" in "Russia-China")
    bool possessive = false; // written "Moscow's"
    bool terminated = false; // the last word of a sentence closed by . ! or ?
    bool heading = false; // in a Title Case line without closing punctuation: no case evidence
};

// Splits text into words and sentences. Paragraph and line breaks end
// sentences; so do . ! ? (and their CJK forms) before a space, except after
// known abbreviations and initials.
QList<Token> tokenize(const QString &text);

// The case-folded words of a phrase, split as tokenize() splits text.
QStringList foldedWords(const QString &phrase);

class TextIndex final {
public:
    explicit TextIndex(const QString &text);

    struct Occurrences {
        int total = 0;
        int midSentence = 0; // occurrences that neither open a sentence nor stand in a heading
        int midCapitalised = 0; // ... of which every word but inner particles is capitalised
        int first = -1; // token index of the first occurrence
        QString commonForm; // the most frequent spelling, as written
        bool capitalisedForm = false; // commonForm has every significant word capitalised
    };
    Occurrences find(const QStringList &words) const;

    const QList<Token> &tokens() const { return m_tokens; }
    // How many tokens are this case-folded word.
    qsizetype count(const QString &folded) const { return m_positions.value(folded).size(); }
    const QString &text() const { return m_text; }
    QString spelling(int firstToken, int lastToken) const;

private:
    void markHeadings();
    Occurrences scan(const QStringList &words, const QList<int> &anchorPositions, int anchor) const;
    QStringView spellingView(int firstToken, int lastToken) const;

    QString m_text;
    QList<Token> m_tokens;
    QHash<QString, QList<int>> m_positions; // folded word -> token indexes
    mutable QHash<QStringList, Occurrences> m_cache; // the tagger asks for the same phrases repeatedly
};

// True when most letters of the text are Chinese, Japanese or Korean.
bool isMostlyCjk(const QString &text);
// True when the phrase has letters and none of them is cased.
bool isCaseless(const QString &phrase);

} // namespace Core::Topics
