#pragma once

// Names the body writes as runs of capitalised words, with the case evidence
// that tells a name from a sentence's first word or a German noun.

#include "topics_context.h"

#include <QList>
#include <QStringList>

namespace Core::Topics {

// A name written as a run of capitalised words in the body.
struct NameRun {
    int first = 0; // token indexes, inclusive
    int last = 0;
};

// One distinct run of capitalised words, with how often the text writes it.
struct RunPhrase {
    NameRun run; // the first occurrence
    QList<int> wordIds; // in the body
    QStringList words;
    int count = 0;
};

// Whether the body's word is capitalised mid-sentence most of the times it is there.
bool hasMidSentenceEvidence(int word, const Context &context);

// Whether the text capitalises every noun (German).
bool capitalisesNouns(const Article &article, const TextIndex &body);

// Whether a capitalised German word follows an article or determiner most of the time.
bool isGermanCommonNoun(int word, const Context &context);
bool hasGermanNounShape(QStringView folded);

// The body's runs of capitalised words, trimmed to the names inside them.
QList<NameRun> nameRuns(const Context &context);

// The distinct runs, each with how often the body writes it.
QList<RunPhrase> distinctRuns(const QList<NameRun> &runs, const Context &context);

} // namespace Core::Topics
