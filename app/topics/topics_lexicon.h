#pragma once

#include <QFlags>
#include <QString>
#include <QStringView>

// Closed word lists the topic junk filter needs. Every function takes a
// case-folded word (or, for agencies, a case-folded phrase).
namespace Core::Topics::Lexicon {

// The lists a word is on.
enum Class : quint16 {
    StopWord = 1 << 0,
    MonthOrWeekday = 1 << 1,
    QuantityWord = 1 << 2,
    GenericNoun = 1 << 3,
    Demonym = 1 << 4,
    Honorific = 1 << 5,
    NameParticle = 1 << 6,
    GermanDeterminer = 1 << 7,
    Abbreviation = 1 << 8,
    CorporateSuffix = 1 << 9,
    GermanNoun = 1 << 10,
    CreditWord = 1 << 11,
};
Q_DECLARE_FLAGS(Classes, Class)

// Every list the word is on, in one look-up.
Classes classesOf(QStringView folded);

// Function words in English and the major European languages ("from", "der").
bool isStopWord(QStringView folded);
// Month and weekday names and their common abbreviations.
bool isMonthOrWeekday(QStringView folded);
// Number words and quantities ("twelve", "billion", "percent", "dozen").
bool isQuantityWord(QStringView folded);
// Digits, ordinals ("17th"), currency amounts ("$240"), years.
bool isNumberToken(QStringView folded);
// Nouns too generic to be a topic on their own ("news", "world", "hub").
bool isGenericNoun(QStringView folded);
// Wire services: they are the source of a story, never its topic.
bool isNewsAgency(QStringView foldedPhrase);
// Nationality and direction adjectives ("russian", "western").
bool isDemonym(QStringView folded);
// Titles that precede names and are no part of the topic ("president", "mr").
bool isHonorific(QStringView folded);
// Inner particles of names ("of", "de", "von", "bin", "al").
bool isNameParticle(QStringView folded);
// German articles and determiners: German capitalises every noun, so a
// capitalised word after one of these is a common noun, not a name.
bool isGermanDeterminer(QStringView folded);
// Abbreviations whose period does not end a sentence ("mr", "dr", "st").
bool isAbbreviation(QStringView folded);
// Frequent German common nouns: German capitalises every noun, so case tells
// them from names no better than this list does.
bool isGermanNoun(QStringView folded);
// Legal-form suffixes that name no different thing ("Microsoft Corp" is "Microsoft").
bool isCorporateSuffix(QStringView folded);

} // namespace Core::Topics::Lexicon

Q_DECLARE_OPERATORS_FOR_FLAGS(Core::Topics::Lexicon::Classes)
