#pragma once

#include "base/types.h"

#include <QString>
#include <QStringList>

namespace Core::Topics {

// Article::rawTags are the page's tag candidates (base/types.h: RawTag, most
// reliable sources first); a value may hold several tags separated by , ; |
// (or the CJK ， 、).
//
// Chooses at most `maxTopics` chips for an article, most salient first. Pure.
//
// Sources: the page's raw tags and the feed's categories. A tag is kept only
// when it is a name: a multi-word proper name, or a word the article writes
// capitalised in the middle of its sentences (case evidence from the body
// only, capitalised in at least 80% of the occurrences that do not open a
// sentence). Never a stop word, month, weekday, number or quantity word, bare
// generic noun, nationality adjective, the site's own name, an author, or a
// news agency; 2-40 characters and at most 5 words. Plain meta keywords must
// also occur in the title or text. Tags in caseless scripts (CJK, Arabic...)
// have no case to check and are kept when they pass the other rules; when the
// text has fewer than 30 words there is no evidence either, so capitalised
// tags are kept.
//
// Case variants merge; a short form folds into the longer name the tags or the
// text use ("Putin" -> "Vladimir Putin"); the text's own spelling is shown.
//
// With no usable tag, name-like keyphrases of the text are generated instead:
// capitalised n-grams (inner particles of/de/von/bin/al- allowed, a leading
// "The" and titles such as "President" dropped) and acronyms, ranked by
// frequency, first position, presence in the title, rarity across stored
// stories (stats.documentFrequency) and whether the store already knows them
// as topics (stats.knownTopics). Mostly-CJK texts get explicit tags only.
//
// documentTerms, when given, receives the case-folded keys of the text's
// name-like phrases and of their words: what stats.documentFrequency is asked
// about. The store counts them over saved articles to learn rarity.
QStringList tag(const Article &article, const QStringList &feedCategories, const CorpusStats &stats = {},
    int maxTopics = 8, QStringList *documentTerms = nullptr);

// Fills article.topics, article.topicAliases (per chip, the keys of the other
// forms the page names it by: "putin" beside "Vladimir Putin") and
// article.documentTerms. The one function the app, `tidings-cli refresh` and
// `tidings-cli extract` call: the same page, feed categories and store
// statistics give the same chips. Topics in stats.blockedTopics (by any of
// their names) are never chosen.
void tagArticle(Article &article, const QStringList &feedCategories, const CorpusStats &stats, int maxTopics = 8);

// The key two spellings of one topic share ("xi jinping").
QString key(const QString &topic);

} // namespace Core::Topics
