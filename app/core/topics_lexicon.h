#pragma once

#include <QString>

// Closed word lists the topic junk filter needs. Every function takes a
// case-folded word (or, for agencies, a case-folded phrase).
namespace Core::Topics::Lexicon {

// Function words in English and the major European languages ("from", "der").
bool isStopWord(const QString &folded);
// Month and weekday names and their common abbreviations.
bool isMonthOrWeekday(const QString &folded);
// Number words and quantities ("twelve", "billion", "percent", "dozen").
bool isQuantityWord(const QString &folded);
// Digits, ordinals ("17th"), currency amounts ("$240"), years.
bool isNumberToken(const QString &folded);
// Nouns too generic to be a topic on their own ("news", "world", "hub").
bool isGenericNoun(const QString &folded);
// Wire services: they are the source of a story, never its topic.
bool isNewsAgency(const QString &foldedPhrase);
// Nationality and direction adjectives ("russian", "western").
bool isDemonym(const QString &folded);
// Titles that precede names and are no part of the topic ("president", "mr").
bool isHonorific(const QString &folded);
// Inner particles of names ("of", "de", "von", "bin", "al").
bool isNameParticle(const QString &folded);
// German articles and determiners: German capitalises every noun, so a
// capitalised word after one of these is a common noun, not a name.
bool isGermanDeterminer(const QString &folded);
// Abbreviations whose period does not end a sentence ("mr", "dr", "st").
bool isAbbreviation(const QString &folded);

} // namespace Core::Topics::Lexicon
