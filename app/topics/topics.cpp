#include "topics/topics.h"

#include "topics_context.h"
#include "topics_lexicon.h"
#include "topics_names.h"
#include "topics_text.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <climits>
#include <cmath>

namespace Core::Topics {

namespace {

enum class Source { JsonLd, Meta, RelTag, List, Feed, Keywords, Generated };

double reliability(Source source)
{
    switch (source) {
    case Source::JsonLd:
        return 1.0;
    case Source::Meta:
        return 0.95;
    case Source::RelTag:
        return 0.9;
    case Source::List:
        return 0.85;
    case Source::Feed:
        return 0.8;
    case Source::Keywords:
        return 0.55;
    case Source::Generated:
        return 0.7;
    }
    return 0.5;
}

struct Candidate {
    QString display;
    QStringList words; // case-folded
    Source source = Source::Generated;
    double reliability = 0;
    int mentions = 0; // in the body
    int first = -1; // token index of the first mention in the body
    bool inTitle = false;
    double score = 0;
    QStringList aliases; // keys of the other forms folded into this one
};

// The letters and digits of a name, case-folded, without a leading "the":
// "The Guardian" and "guardian" share "guardian".
QString compactKey(const QString &text)
{
    QString compact;
    compact.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80) { // other scripts: fold the whole text as Unicode says
            compact.clear();
            for (const QChar folded : text.toCaseFolded()) {
                if (folded.isLetterOrNumber())
                    compact += folded;
            }
            break;
        }
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9'))
            compact += c;
        else if (u >= u'A' && u <= u'Z')
            compact += QChar(char16_t(u + (u'a' - u'A')));
    }
    if (compact.startsWith(QLatin1String("the")) && compact.size() > 6)
        compact.remove(0, 3);
    return compact;
}

QSet<QString> siteNames(const Article &article)
{
    QSet<QString> names;
    const auto addSite = [&](QString site) {
        site = site.trimmed();
        if (site.isEmpty())
            return;
        names.insert(compactKey(site));
        // "BBC News" is also "BBC".
        static const QRegularExpression suffix(QStringLiteral("\\s+(news|online|media|group|network|daily|\\.com)$"),
            QRegularExpression::CaseInsensitiveOption);
        QString stem = site;
        stem.remove(suffix);
        names.insert(compactKey(stem));
        // "www.urdupoint.com" and "urdupoint.com" mean the site "UrduPoint".
        if (site.contains(QLatin1Char('.')) && !site.contains(QLatin1Char(' '))) {
            QStringList labels = site.toLower().split(QLatin1Char('.'), Qt::SkipEmptyParts);
            if (!labels.isEmpty() && labels.constFirst() == QLatin1String("www"))
                labels.removeFirst();
            if (!labels.isEmpty())
                names.insert(compactKey(labels.constFirst()));
        }
    };
    addSite(article.siteName);
    addSite(QUrl(article.url).host());
    names.remove(QString());
    return names;
}

QSet<QString> authorNames(const Article &article)
{
    QSet<QString> names;
    static const QRegularExpression authorSplit(
        QStringLiteral("\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b)\\s*"), QRegularExpression::CaseInsensitiveOption);
    QString byline = article.byline;
    static const QRegularExpression by(QStringLiteral("^\\s*by\\s+"), QRegularExpression::CaseInsensitiveOption);
    byline.remove(by);
    for (const QString &author : byline.split(authorSplit, Qt::SkipEmptyParts))
        names.insert(compactKey(author));
    names.remove(QString());
    return names;
}

constexpr int MinSiteMentions = 3;
// How often the text must name a phrase before it is a topic the story is
// about, unless the title names it: a one-off is a passing mention.
constexpr int MinNameMentions = 2;
constexpr int MinWordMentions = 3;

bool isJunkWord(const QString &folded)
{
    using namespace Lexicon;
    return (classesOf(folded) & (StopWord | MonthOrWeekday | QuantityWord | GenericNoun | NameParticle))
        || isNumberToken(folded);
}

// True when a store of this size says the word is on too many stories to name any.
bool isLearnedGeneric(const QString &folded, const CorpusStats &stats)
{
    if (stats.documentCount < 100)
        return false;
    return double(stats.documentFrequency.value(folded)) > 0.25 * double(stats.documentCount);
}

// The junk filter shared by explicit and generated candidates.
bool isAcceptablePhrase(const QString &display, const QStringList &words, const Context &context)
{
    const QString trimmed = display.trimmed();
    if (trimmed.size() < 2 || trimmed.size() > 40 || words.isEmpty() || words.size() > 5)
        return false;
    // A stock ticker ("UBI.FR", "NYSE:UBI", "08008.HK") names a listing, not a topic.
    static const QRegularExpression ticker(
        QStringLiteral("^(?:[A-Z0-9]{1,6}\\.[A-Z]{1,3}|[A-Z]{2,8}:\\s*[A-Z0-9.]{1,8}|\\$[A-Z]{1,5})$"));
    if ((trimmed.contains(QLatin1Char('.')) || trimmed.contains(QLatin1Char(':'))
            || trimmed.startsWith(QLatin1Char('$')))
        && ticker.match(trimmed).hasMatch())
        return false;
    const QString phrase = words.join(QLatin1Char(' '));
    if (Lexicon::isNewsAgency(phrase) || context.authorNames.contains(compactKey(trimmed)))
        return false;
    // The outlet is no topic of its own stories, unless the story is about
    // it: a company's blog names the company again and again.
    if (context.siteNames.contains(compactKey(trimmed)) && context.body.find(words).total < MinSiteMentions)
        return false;
    if (words.size() == 1) {
        const QString &word = words.constFirst();
        // "US" is a name, "us" a pronoun: the acronym test comes first.
        const bool acronym = casingOf(trimmed) == Casing::Acronym;
        using namespace Lexicon;
        const Classes classes = classesOf(word);
        if ((!acronym && classes.testFlag(StopWord))
            || (classes & (MonthOrWeekday | QuantityWord | GenericNoun | Demonym | Honorific)) || isNumberToken(word)
            || isLearnedGeneric(word, context.stats))
            return false;
        return true;
    }
    // A phrase of nothing but junk ("March 2024", "Top Stories") or one that
    // dangles a function word ("From China") is no name either.
    if (std::all_of(words.cbegin(), words.cend(), isJunkWord))
        return false;
    // "South Korean", "Tunisian Islamists": nationalities, not a name.
    if (std::all_of(words.cbegin(), words.cend(), [](const QString &word) { return Lexicon::isDemonym(word); }))
        return false;
    if (Lexicon::isStopWord(words.constFirst()) && words.constFirst() != QLatin1String("the"))
        return false;
    if (Lexicon::isStopWord(words.constLast()) || Lexicon::isNameParticle(words.constLast()))
        return false;
    // Outlets and agencies named in datelines are no topic ("Pakistan Point News").
    return words.constLast() != QLatin1String("news") && words.constLast() != QLatin1String("agency");
}

bool allSignificantWordsCapitalised(const QString &phrase)
{
    const TextIndex index(phrase);
    const QList<Token> &tokens = index.tokens();
    if (tokens.isEmpty())
        return false;
    for (int i = 0; i < tokens.size(); ++i) {
        const Token &token = tokens.at(i);
        if (isCapitalised(token.casing) || token.casing == Casing::None)
            continue;
        if (i > 0 && i + 1 < tokens.size() && index.is(token, Lexicon::NameParticle))
            continue;
        return false;
    }
    return true;
}

// Written in lower case inside sentences more often than capitalised.
bool isCommonWord(int word, const Context &context)
{
    const TextIndex::CaseEvidence evidence = context.body.caseEvidence(word);
    return evidence.midSentence > 0 && evidence.midCapitalised * 2 < evidence.midSentence;
}

bool wordsAreCommon(const QStringList &words, const Context &context)
{
    for (const QString &word : words) {
        if (Lexicon::isNameParticle(word))
            continue;
        const int id = context.body.wordId(word);
        if (id < 0 || !isCommonWord(id, context))
            return false;
    }
    return true;
}

// The name test for a tag a page or feed supplied.
bool isExplicitName(const Candidate &candidate, const Context &context)
{
    if (isCaseless(candidate.display))
        return true;
    const TextIndex::Occurrences occurrences = context.body.find(candidate.words);
    // Only some branches ask: the test splits the tag into words again.
    const auto capitalisedTag = [&] { return allSignificantWordsCapitalised(candidate.display); };
    if (candidate.words.size() >= 2) {
        if (occurrences.midSentence > 0)
            return occurrences.midCapitalised >= MinCapitalisedShare * occurrences.midSentence;
        // Never written mid-sentence: a Title Case tag of words the article
        // writes in lower case ("Delay Gratification") is no name.
        if (context.hasEvidence && wordsAreCommon(candidate.words, context))
            return false;
        if (occurrences.total > 0)
            return occurrences.capitalisedForm || capitalisedTag();
        return capitalisedTag();
    }
    if (!context.hasEvidence)
        return capitalisedTag();
    if (occurrences.midSentence == 0)
        return false;
    return occurrences.midCapitalised >= MinCapitalisedShare * occurrences.midSentence;
}

Source sourceOf(TagSource source)
{
    switch (source) {
    case TagSource::JsonLd:
        return Source::JsonLd;
    case TagSource::Meta:
        return Source::Meta;
    case TagSource::RelTag:
        return Source::RelTag;
    case TagSource::List:
        return Source::List;
    case TagSource::Keywords:
        return Source::Keywords;
    case TagSource::Feed:
        return Source::Feed;
    }
    return Source::Meta;
}

QString cleanTagValue(QString value)
{
    value.replace(QLatin1String("&amp;"), QLatin1String("&"));
    value.replace(QLatin1String("&#39;"), QLatin1String("'"));
    value.replace(QLatin1String("&quot;"), QLatin1String("\""));
    value = value.simplified();
    // "Category: Games" and "German Food Partnership (GFP)" name "Games" and the partnership.
    static const QRegularExpression label(
        QStringLiteral("^(category|categories|tag|tags|topic|topics|label|labels|filed under|schlagworte?|"
                       "kategorie|th\u00e8mes?|etiquetas?)\\s*:\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression parenthesised(QStringLiteral("\\s*\\([^)]*\\)?\\s*$"));
    // Each pattern needs its punctuation: most tags have none to look for.
    if (value.contains(QLatin1Char(':')))
        value.remove(label);
    if (!value.startsWith(QLatin1Char('(')) && value.contains(QLatin1Char('(')))
        value.remove(parenthesised);
    static const QString strip = QStringLiteral("#\"'\u201C\u201D\u2018\u2019\u00AB\u00BB[]()");
    while (!value.isEmpty() && strip.contains(value.front()))
        value.remove(0, 1);
    while (!value.isEmpty() && strip.contains(value.back()))
        value.chop(1);
    return value.trimmed();
}

struct Tag {
    QString value;
    Source source;
    // A reordered "Surname, Given" tag: the parts to use instead when the
    // text never writes the reordered name ("Russia, China" is two tags).
    QStringList otherwise = {};
};

// "Mayer, Marissa" and "Trump, Donald J": a subject index's surname-first
// name, one capitalised surname, a comma, then given names and initials.
bool surnameFirst(const QString &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*\\p{Lu}[\\p{L}'\u2019-]+,\\s*\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}\\.?)*\\s*$"));
    return pattern.match(value).hasMatch();
}

// "Trump, Donald J" -> "Donald Trump": the initial goes, as texts rarely keep it.
QString reordered(const QString &value)
{
    const QString surname = value.section(QLatin1Char(','), 0, 0).trimmed();
    QStringList given = value.section(QLatin1Char(','), 1).simplified().split(QLatin1Char(' '));
    while (given.size() > 1 && QString(given.constLast()).remove(QLatin1Char('.')).size() == 1)
        given.removeLast();
    return given.join(QLatin1Char(' ')) + QLatin1Char(' ') + surname;
}

QList<Tag> rawTags(const Article &article, const QStringList &feedCategories)
{
    static const QString separatorChars = QStringLiteral(",;|\uFF0C\u3001\uFF1B");
    static const QRegularExpression separators(QLatin1Char('[') + separatorChars + QLatin1Char(']'));
    // No page names 500 real topics; a runaway tag cloud must not cost more.
    constexpr qsizetype MaxTags = 500;
    QList<Tag> tags;
    static const QString strongSeparatorChars = QStringLiteral(";|\uFF1B");
    static const QRegularExpression strongSeparators(QLatin1Char('[') + strongSeparatorChars + QLatin1Char(']'));
    const auto add = [&](const QString &value, Source source) {
        // Most values hold one tag: the regular expression only splits lists.
        // A list split by ; or | keeps its commas inside entries, where an
        // index writes names surname first ("Mayer, Marissa").
        const auto has = [&](const QString &chars) {
            return std::any_of(value.cbegin(), value.cend(), [&](QChar c) { return chars.contains(c); });
        };
        const bool strong = has(strongSeparatorChars);
        QStringList parts;
        if (strong)
            parts = value.split(strongSeparators, Qt::SkipEmptyParts);
        else if (has(separatorChars))
            parts = surnameFirst(value) ? QStringList { value } : value.split(separators, Qt::SkipEmptyParts);
        else if (!value.isEmpty())
            parts.append(value);
        for (const QString &part : std::as_const(parts)) {
            if (tags.size() >= MaxTags)
                return;
            if (surnameFirst(part)) {
                QStringList otherwise;
                for (const QString &name : part.split(QLatin1Char(','), Qt::SkipEmptyParts))
                    otherwise.append(cleanTagValue(name));
                tags.append({ cleanTagValue(reordered(part)), source, otherwise });
                continue;
            }
            const QStringList names
                = part.contains(QLatin1Char(',')) ? part.split(separators, Qt::SkipEmptyParts) : QStringList { part };
            for (const QString &name : names) {
                const QString cleaned = cleanTagValue(name);
                if (!cleaned.isEmpty())
                    tags.append({ cleaned, source });
            }
        }
    };
    for (const Core::RawTag &tag : article.rawTags)
        add(tag.value, sourceOf(tag.source));
    for (const QString &category : feedCategories)
        add(category, Source::Feed);
    return tags;
}

// "Putin" alone is a mention of "Vladimir Putin": short personal names are
// counted by their surname too.
bool countsBySurname(const QStringList &words)
{
    return (words.size() == 2 || words.size() == 3)
        && std::none_of(words.cbegin(), words.cend(), [](const QString &word) {
               return Lexicon::isNameParticle(word) || isJunkWord(word) || Lexicon::isDemonym(word);
           });
}

// A word named alone more than this many times for each mention of a longer
// name ending in it, that also opens this many other names, lives on its
// own: "Mozilla" beside "Air Mozilla", "Mozilla Foundation" and "Mozilla
// Firefox" is no surname. A person's surname may stand alone far more often
// than the full name, but seldom opens other names.
constexpr int MaxSurnameShare = 6;
constexpr int MinNamesOpened = 3;

bool livesOnItsOwn(const QString &word, int alone, int withName, const Context &context)
{
    if (alone <= MaxSurnameShare * std::max(1, withName))
        return false;
    const int id = context.body.wordId(word);
    return id >= 0 && id < context.namesOpened.size() && context.namesOpened.at(id) >= MinNamesOpened;
}

void measure(Candidate &candidate, const Context &context)
{
    const TextIndex::Occurrences occurrences = context.body.find(candidate.words);
    candidate.mentions = occurrences.total;
    candidate.first = occurrences.first;
    candidate.inTitle = context.title.find(candidate.words).total > 0;
    const QStringList surname { candidate.words.constLast() };
    const TextIndex::Occurrences alone
        = countsBySurname(candidate.words) ? context.body.find(surname) : TextIndex::Occurrences {};
    // "Mozilla" 176 times beside "Air Mozilla" 4 times: a word that lives on
    // its own, not the surname of this name.
    if (alone.total > 0 && !livesOnItsOwn(surname.constFirst(), alone.total, occurrences.total, context)) {
        candidate.mentions = std::max(candidate.mentions, alone.total);
        if (alone.total > occurrences.total) // the text also writes the surname alone
            candidate.aliases.append(candidate.words.constLast());
        if (alone.first >= 0 && (candidate.first < 0 || alone.first < candidate.first))
            candidate.first = alone.first;
        candidate.inTitle = candidate.inTitle || context.title.find(surname).total > 0;
    }
    // Show the article's own spelling of the name when it writes one.
    if (occurrences.total > 0 && occurrences.capitalisedForm
        && occurrences.commonForm.size() == candidate.display.size())
        candidate.display = occurrences.commonForm;
}

double specificity(const QString &topicKey, const CorpusStats &stats)
{
    if (stats.documentCount < 5)
        return 1.0;
    const double n = double(stats.documentCount);
    const double df = double(stats.documentFrequency.value(topicKey));
    return std::clamp(std::log((n + 1.0) / (df + 1.0)) / std::log(n + 1.0), 0.0, 1.0);
}

void score(Candidate &candidate, const Context &context)
{
    const QString topicKey = key(candidate.display);
    const double spec = specificity(topicKey, context.stats);
    const bool known = context.stats.knownTopics.value(topicKey) > 0;
    const double tokens = double(std::max<qsizetype>(1, context.body.tokens().size()));
    const double position = candidate.first < 0 ? 1.0 : 1.0 + 0.3 * (1.0 - candidate.first / tokens);
    double value = (1.0 + std::log1p(candidate.mentions)) * position * (candidate.inTitle ? 1.5 : 1.0);
    if (candidate.source == Source::Generated) {
        value *= (0.2 + 0.8 * spec) * (known ? 1.5 : 1.0) * (candidate.words.size() >= 2 ? 1.2 : 1.0);
    } else {
        // A tag the text confirms outranks a name found in the text alone.
        value *= (0.6 + 0.6 * candidate.reliability) * (0.5 + 0.5 * spec) * (known ? 1.2 : 1.0);
    }
    candidate.score = value;
}

bool endsWith(const QStringList &longer, const QStringList &shorter)
{
    return longer.size() > shorter.size() && longer.mid(longer.size() - shorter.size()) == shorter;
}

bool startsWith(const QStringList &longer, const QStringList &shorter)
{
    return longer.size() > shorter.size() && longer.mid(0, shorter.size()) == shorter;
}

void absorb(Candidate &into, const Candidate &from)
{
    into.aliases.append(key(from.display));
    into.aliases.append(from.aliases);
    into.mentions = std::max(into.mentions, from.mentions);
    if (from.first >= 0 && (into.first < 0 || from.first < into.first))
        into.first = from.first;
    into.inTitle = into.inTitle || from.inTitle;
    into.reliability = std::max(into.reliability, from.reliability);
    if (int(into.source) > int(from.source))
        into.source = from.source;
}

// Phrases of two to four words, by the body word id of their last word: the
// full names a surname may stand for.
using FullNames = QList<QList<qsizetype>>;

FullNames fullNames(const QList<RunPhrase> &phrases, const Context &context)
{
    FullNames names(context.body.wordCount());
    for (qsizetype i = 0; i < phrases.size(); ++i) {
        const QList<int> &wordIds = phrases.at(i).wordIds;
        if (wordIds.size() >= 2 && wordIds.size() <= 4)
            names[wordIds.constLast()].append(i);
    }
    return names;
}

// The text may give the full name a one-word candidate leaves out: the most
// frequent run of two to four capitalised words that ends with it.
Candidate withFullName(
    const Candidate &candidate, const QList<RunPhrase> &phrases, const FullNames &names, const Context &context)
{
    const int surname = context.body.wordId(candidate.words.constFirst());
    if (surname < 0)
        return candidate;
    const RunPhrase *best = nullptr;
    for (const qsizetype i : names.at(surname)) {
        const RunPhrase &phrase = phrases.at(i);
        if ((!best || phrase.count > best->count)
            && isAcceptablePhrase(context.body.spelling(phrase.run.first, phrase.run.last), phrase.words, context))
            best = &phrase;
    }
    if (!best || livesOnItsOwn(candidate.words.constFirst(), candidate.mentions, best->count, context))
        return candidate;
    Candidate longer = candidate;
    longer.display = context.body.spelling(best->run.first, best->run.last);
    longer.words = best->words;
    longer.aliases.clear();
    measure(longer, context);
    absorb(longer, candidate);
    return longer;
}

// "NYCHA" is the "New York City Housing Authority" and "NSF" the "U.S.
// National Science Foundation": an acronym spelt by the initials at the start
// or the end of a longer name (particles such as "of" and "de" skipped) names
// the same thing, in any language that writes initials.
bool abbreviates(const Candidate &acronym, const Candidate &name)
{
    constexpr qsizetype MaxAcronym = 6;
    constexpr qsizetype MaxExtraWords = 2;
    if (acronym.words.size() != 1 || name.words.size() < 2 || acronym.display.size() < 2
        || acronym.display.size() > MaxAcronym
        || !std::all_of(acronym.display.cbegin(), acronym.display.cend(), [](QChar c) { return c.isUpper(); }))
        return false;
    QString initials;
    for (const QString &word : name.words) {
        if (!word.isEmpty() && !(Lexicon::classesOf(word) & (Lexicon::StopWord | Lexicon::NameParticle)))
            initials += word.at(0);
    }
    const QString &letters = acronym.words.constFirst();
    return initials.size() > 1 && initials.size() - letters.size() <= MaxExtraWords
        && (initials.startsWith(letters) || initials.endsWith(letters));
}

// "Mayer Marissa" beside "Marissa Mayer": an index's surname-first form.
bool isReversed(const QStringList &a, const QStringList &b)
{
    return a.size() == 2 && b.size() == 2 && a.constFirst() == b.constLast() && a.constLast() == b.constFirst();
}

// "Siméon" and "Simeon": the same words once accents are set aside.
QStringList withoutAccents(const QStringList &words)
{
    QStringList plain;
    plain.reserve(words.size());
    for (const QString &word : words) {
        if (std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
            plain.append(word);
            continue;
        }
        QString stripped;
        for (const QChar c : word.normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing)
                stripped += c;
        }
        plain.append(stripped);
    }
    return plain;
}

// Merges case and accent variants and folds short forms into the longer
// names the candidates or the text use ("Putin" -> "Vladimir Putin", "DNS"
// -> "Domain Name System").
QList<Candidate> normalise(QList<Candidate> candidates, const QList<RunPhrase> &phrases, const Context &context)
{
    // Longer names first, so a short form finds its long form already merged.
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const Candidate &a, const Candidate &b) { return a.words.size() > b.words.size(); });
    const FullNames names = fullNames(phrases, context);
    QList<Candidate> result;
    for (Candidate candidate : candidates) {
        Candidate *target = nullptr;
        for (Candidate &existing : result) {
            // "Xi" is the start of "Xi Jinping", but "China" is no part of
            // "China Daily" unless a tag says so.
            // A first name alone ("Eloise") is the full name the text gives
            // ("Eloise Parry") unless the word lives on its own too ("China"
            // beside "China Daily") or opens other names: "GitHub" beside
            // "GitHub Actions" and "GitHub Enterprise" is a name of its own.
            const auto opened = [&](const QString &w) {
                const int id = context.body.wordId(w);
                return id >= 0 && id < context.namesOpened.size() ? context.namesOpened.at(id) : 0;
            };
            const bool prefix = startsWith(existing.words, candidate.words)
                && (existing.source != Source::Generated
                    || (candidate.words.size() == 1 && existing.words.size() <= 3 && existing.mentions >= 2
                        && candidate.mentions <= 3 * existing.mentions && opened(candidate.words.constFirst()) < 2));
            const auto singular = [](QStringList words) {
                QString &last = words.last();
                if (last.size() > 3 && last.endsWith(QLatin1Char('s')))
                    last.chop(1);
                return words;
            };
            // "Oscars" and "Oscar", "RPCs" and "RPC": one name, in the plural.
            const bool plural = existing.words.size() == candidate.words.size()
                && singular(existing.words) == singular(candidate.words);
            // "Putin" is "Vladimir Putin", but "Mozilla" named far more often
            // than "Air Mozilla" lives on its own (see measure).
            const bool suffix = endsWith(existing.words, candidate.words)
                && (candidate.words.size() > 1
                    || !livesOnItsOwn(candidate.words.constFirst(), candidate.mentions, existing.mentions, context));
            if (existing.words == candidate.words || suffix || prefix || plural || abbreviates(candidate, existing)
                || withoutAccents(existing.words) == withoutAccents(candidate.words)
                || isReversed(candidate.words, existing.words)) {
                if (!target || existing.mentions > target->mentions)
                    target = &existing;
            }
        }
        if (!target && candidate.words.size() == 1)
            candidate = withFullName(candidate, phrases, names, context);
        for (Candidate &existing : result) {
            if (!target && existing.words == candidate.words)
                target = &existing;
        }
        if (target)
            absorb(*target, candidate);
        else
            result.append(candidate);
    }
    return result;
}

// "Microsoft Corp" names Microsoft: a legal-form suffix goes from the words
// and the shown name.
void dropCorporateSuffix(Candidate &candidate)
{
    while (candidate.words.size() > 1 && Lexicon::isCorporateSuffix(candidate.words.constLast())) {
        candidate.aliases.append(key(candidate.display));
        candidate.words.removeLast();
        static const QRegularExpression lastWord(QStringLiteral("[\\s,]+\\S+$"));
        candidate.display.remove(lastWord);
    }
}

Candidate explicitCandidate(const QString &value, Source source)
{
    Candidate candidate;
    candidate.display = value;
    candidate.words = foldedWords(value);
    candidate.source = source;
    candidate.reliability = reliability(source);
    dropCorporateSuffix(candidate);
    return candidate;
}

// A label on more than half of a site's stories is furniture.
constexpr double MaxSiteTagShare = 0.5;

// More link tags than any story has names: a tag cloud or a section menu.
constexpr qsizetype MaxStoryLinkTags = 20;

// Spread: what the store counts to learn a site's furniture. Per story, the
// site itself and each tag its page or feed gives; a label on most of a
// site's stories (a section menu, a category list, a feed's "World") names
// none of them. The unit separator keeps these apart from the words of texts.
const QChar SiteTermMark(0x1F);

QString siteOf(const Article &article)
{
    QString host = QUrl(article.url).host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

QString siteTerm(const QString &site)
{
    return SiteTermMark + site;
}

QString siteTagTerm(const QString &site, const QString &tag)
{
    return SiteTermMark + site + SiteTermMark + key(tag);
}

QStringList siteTerms(const QString &site, const QList<Tag> &tags)
{
    if (site.isEmpty())
        return {};
    constexpr qsizetype MaxSiteTags = 60;
    QStringList terms { siteTerm(site) };
    QSet<QString> seen;
    for (const Tag &tag : tags) {
        const QString term = siteTagTerm(site, tag.value);
        if (seen.contains(term))
            continue;
        seen.insert(term);
        terms.append(term);
        if (terms.size() > MaxSiteTags)
            break;
    }
    return terms;
}

// True when the store has seen the tag on most stories of the page's site.
bool isSiteFurniture(const QString &tag, const Context &context)
{
    constexpr qint64 MinSiteStories = 5;
    const QHash<QString, qint64> &counts = context.stats.documentFrequency;
    const QString &site = context.site;
    const qint64 stories = counts.value(siteTerm(site));
    if (stories < MinSiteStories)
        return false;
    return double(counts.value(siteTagTerm(site, tag))) > MaxSiteTagShare * double(stories);
}

// The lede: the first fifth of the text, and at least its first 100 words.
constexpr double LedeShare = 0.2;
constexpr int LedeWords = 100;
// Below this many words a text is a teaser that names its topics once.
constexpr qsizetype ShortText = 80;
// From this many words on, a lone word needs a third mention.
constexpr qsizetype LongText = 400;
// The share of the text at its end where credits and related links sit.
constexpr double LastShare = 0.1;
// Chips far below the story's main topic are passing mentions.
constexpr double MinScoreShare = 0.4;

qsizetype ledeEnd(const Context &context)
{
    return qsizetype(std::max(double(LedeWords), LedeShare * double(context.body.tokens().size())));
}

QList<Candidate> explicitCandidates(const Article &article, QList<Tag> tags, const Context &context)
{
    const qsizetype linkTags = std::count_if(tags.cbegin(), tags.cend(),
        [](const Tag &tag) { return tag.source == Source::List || tag.source == Source::RelTag; });
    const bool cloud = linkTags > MaxStoryLinkTags;
    const QString titleKey = compactKey(article.title);
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const Tag tag = tags.at(i);
        Candidate candidate = explicitCandidate(tag.value, tag.source);
        const bool acceptable = isAcceptablePhrase(candidate.display, candidate.words, context)
            && isExplicitName(candidate, context) && compactKey(candidate.display) != titleKey;
        if (acceptable)
            measure(candidate, context);
        if (!tag.otherwise.isEmpty() && (!acceptable || context.body.find(candidate.words).total == 0)) {
            for (const QString &part : tag.otherwise)
                tags.append({ part, tag.source });
            continue;
        }
        if (!acceptable)
            continue;
        // Evidence: a tag names this story only when the story names it. A
        // story too short to tell (a feed's teaser) keeps what its page and
        // feed say, except a site-wide keyword list.
        const bool named = candidate.mentions > 0 || candidate.inTitle;
        if (!named && (context.hasEvidence || tag.source == Source::Keywords))
            continue;
        // A page or feed tag the story names once, past its lede, is a
        // passing mention (a category list's "Prostate Cancer" on a
        // brain-science story), unless the title names it.
        if (!candidate.inTitle && candidate.mentions <= 1 && candidate.first >= ledeEnd(context)
            && context.body.tokens().size() >= ShortText)
            continue;
        // A tag cloud's entries need more than a passing word in the story.
        const bool linked = tag.source == Source::List || tag.source == Source::RelTag;
        if (cloud && linked && candidate.mentions < 2 && !candidate.inTitle)
            continue;
        // So does a label the site puts on most of its stories.
        if (candidate.mentions < MinWordMentions && isSiteFurniture(tag.value, context))
            continue;
        candidates.append(candidate);
    }
    return candidates;
}

bool hasGermanArticleInside(const QStringList &words)
{
    return std::any_of(words.cbegin() + 1, words.cend(), [](const QString &word) {
        return word == QLatin1String("der") || word == QLatin1String("die") || word == QLatin1String("das")
            || word == QLatin1String("des") || word == QLatin1String("dem") || word == QLatin1String("den");
    });
}

// "Instituto" adds nothing when nearly every mention is in "Instituto Lula".
QList<Candidate> withoutPartsOfLongerNames(const QList<Candidate> &candidates)
{
    QList<Candidate> kept;
    for (const Candidate &candidate : candidates) {
        const bool part = candidate.words.size() == 1
            && std::any_of(candidates.cbegin(), candidates.cend(), [&](const Candidate &longer) {
                   return longer.words.size() > 1 && longer.words.contains(candidate.words.constFirst())
                       && longer.mentions * 5 >= candidate.mentions * 4;
               });
        if (!part)
            kept.append(candidate);
    }
    return kept;
}

// A short text (a teaser) names its topics once; a longer one names what it
// is about again and again, and a one-off there is a passing mention.
int neededMentions(qsizetype nameWords, const Context &context)
{
    const qsizetype words = context.body.tokens().size();
    if (words < ShortText)
        return 1;
    if (nameWords >= 2)
        return MinNameMentions;
    // German capitalises every noun: a lone word needs the third mention at any length.
    if (context.capitalisesNouns)
        return MinWordMentions;
    return words < LongText ? MinWordMentions - 1 : MinWordMentions;
}

// How often the text names the candidate, counting a two-word name's first
// word alone too: "Xi" after "Xi Jinping", as measure() counts "Putin".
int support(const Candidate &candidate, const Context &context)
{
    if (candidate.words.size() != 2 || !countsBySurname(candidate.words))
        return candidate.mentions;
    const int alone = context.body.find(QStringList { candidate.words.constFirst() }).total
        - context.body.find(candidate.words).total;
    return candidate.mentions + std::max(0, alone);
}

// generatedCandidates()'s mention test, bounded from above before anything
// is measured: a phrase is named no more often than its first and last words
// are written, and most one-off phrases go here at the cost of two look-ups.
bool maySuffice(const RunPhrase &phrase, const Context &context)
{
    const QList<int> &ids = phrase.wordIds;
    qsizetype upper = context.body.count(ids.constFirst());
    if (ids.size() >= 2) {
        if (phrase.run.first < ledeEnd(context))
            return true;
        upper += context.body.count(ids.constLast());
    }
    if (upper >= neededMentions(ids.size(), context) || !context.stats.knownTopics.isEmpty())
        return true;
    return std::any_of(phrase.words.cbegin(), phrase.words.cend(),
        [&](const QString &word) { return context.title.wordId(word) >= 0; });
}

// "Apple Nintendo" in a caption, "Los Angeles Redfin agents": two names the
// text also writes apart, glued by a missing comma. A phrase is two names
// when it splits into parts the text names on their own at least as often
// (a one-word part strictly more often: "Vladimir" alone once does not
// split "Vladimir Putin").
bool isGlued(const RunPhrase &phrase, const QHash<QList<int>, int> &counts)
{
    const QList<int> &ids = phrase.wordIds;
    for (qsizetype k = 1; k < ids.size(); ++k) {
        const QList<int> left = ids.mid(0, k);
        const QList<int> right = ids.mid(k);
        const int leftCount = counts.value(left);
        const int rightCount = counts.value(right);
        const auto enough = [&](const QList<int> &part, int count) {
            return part.size() > 1 ? count >= phrase.count : count > phrase.count;
        };
        if (leftCount > 0 && rightCount > 0 && enough(left, leftCount) && enough(right, rightCount))
            return true;
    }
    return false;
}

QList<Candidate> generatedCandidates(QList<RunPhrase> phrases, const Context &context)
{
    // The most frequent phrases are the only ones that can win; measuring
    // every one-off would cost quadratic time on a long text.
    constexpr qsizetype MaxPhrases = 300;
    std::stable_sort(
        phrases.begin(), phrases.end(), [](const RunPhrase &a, const RunPhrase &b) { return a.count > b.count; });
    QHash<QList<int>, int> counts;
    for (const RunPhrase &phrase : std::as_const(phrases))
        counts.insert(phrase.wordIds, phrase.count);
    QList<Candidate> candidates;
    for (const RunPhrase &phrase : phrases.mid(0, MaxPhrases)) {
        if (!maySuffice(phrase, context) || (phrase.wordIds.size() > 1 && isGlued(phrase, counts)))
            continue;
        // "Congressional Budget Office Director": a name the text also writes
        // as a run of its own, with a word the text otherwise writes in lower
        // case mid-sentence glued after it.
        if (phrase.wordIds.size() >= 3 && counts.value(phrase.wordIds.mid(0, phrase.wordIds.size() - 1)) > 0
            && isCommonWord(phrase.wordIds.constLast(), context))
            continue;
        Candidate candidate;
        candidate.display = context.body.spelling(phrase.run.first, phrase.run.last);
        candidate.words = phrase.words;
        candidate.source = Source::Generated;
        candidate.reliability = reliability(Source::Generated);
        dropCorporateSuffix(candidate);
        if (!isAcceptablePhrase(candidate.display, candidate.words, context))
            continue;
        const bool acronym = casingOf(candidate.display) == Casing::Acronym;
        if (candidate.words.size() == 1 && !acronym && !hasMidSentenceEvidence(phrase.wordIds.constFirst(), context))
            continue;
        // "KEYSERVER", "WITNESS": a shouted word the text also writes in lower
        // case is a common word (short ones may be real acronyms: "US").
        if (candidate.words.size() == 1 && acronym && candidate.words.constFirst().size() >= 4
            && isCommonWord(phrase.wordIds.constFirst(), context))
            continue;
        // German: every noun is capitalised, so a name may hold no word the
        // text also uses as a common noun ("Russland Waffen", "Jahre").
        if (context.capitalisesNouns
            && (hasGermanArticleInside(candidate.words)
                || std::any_of(phrase.wordIds.cbegin(), phrase.wordIds.cend(), [&](int word) {
                       return !context.body.classes(word).testFlag(Lexicon::NameParticle)
                           && casingOf(context.body.word(word)) != Casing::Acronym && isGermanCommonNoun(word, context);
                   })))
            continue;
        measure(candidate, context);
        // Credits, captions and related links close a page: a name first
        // written in its last tenth, and not in the title, is no subject.
        if (!candidate.inTitle && candidate.first >= 0
            && double(candidate.first) >= (1.0 - LastShare) * double(context.body.tokens().size()))
            continue;
        // Name boundaries follow the text's own casing: a phrase that opens
        // with a word the text otherwise writes in lower case ("Added ARKit",
        // "Virginia Democrat" after "a Virginia Democrat", "Store Consumer")
        // is a heading or a name glued to a common word; so is one past the
        // lede that ends with such a word ("Opposition MPs", "Township Road").
        // The title vouches for a phrase it names.
        if (candidate.words.size() >= 2 && !acronym && context.hasEvidence && !candidate.inTitle
            && (isCommonWord(phrase.wordIds.constFirst(), context)
                || (candidate.first >= ledeEnd(context) && isCommonWord(phrase.wordIds.constLast(), context))))
            continue;
        // A one-off word is noise, but a full name said once ("Xi Jinping") is
        // specific enough to fill a free place; it ranks below repeated names.
        const bool known = context.stats.knownTopics.value(key(candidate.display)) > 0;
        // A full name in the lede ("met Xi Jinping for talks") counts once.
        const bool inLede = candidate.words.size() >= 2 && candidate.first >= 0 && candidate.first < ledeEnd(context);
        if (!candidate.inTitle && !known && !inLede
            && support(candidate, context) < neededMentions(candidate.words.size(), context))
            continue;
        candidates.append(candidate);
    }
    return withoutPartsOfLongerNames(candidates);
}

// Scripts without capitals (Chinese, Japanese, Arabic, Urdu, Bengali, Hebrew...)
// give no case to find names by. What they do give:
// - Chinese and Japanese: titles and names in corner or book-title brackets
//   (「」『』《》〈〉) and quotation marks;
// - Arabic and Urdu: names in guillemets («») and quotation marks;
// - every caseless script: names the store knows from other stories.
// (Katakana runs were tried for Japanese: common loanwords such as "アプリ"
// outnumber the foreign names among them.)
// A phrase counts when the text gives it twice, or the title gives it.
QList<Candidate> caselessCandidates(const Article &article, const Context &context)
{
    const QString &text = article.text;
    constexpr qsizetype MaxCandidates = 50;
    static const QRegularExpression quoted(QStringLiteral(
        "[\u300C\u300E\u300A\u3008\u00AB\u201C]([^\u300D\u300F\u300B\u3009\u00BB\u201D\n。，、！？.,!?]{2,24})"
        "[\u300D\u300F\u300B\u3009\u00BB\u201D]"));
    QHash<QString, int> firstAt;
    QStringList phrases;
    const auto collect = [&](const QRegularExpression &pattern, int group) {
        QRegularExpressionMatchIterator it = pattern.globalMatch(text);
        while (it.hasNext() && phrases.size() < MaxCandidates) {
            const QRegularExpressionMatch match = it.next();
            const QString phrase = match.captured(group).trimmed();
            if (!scriptsOf(phrase).anyCaseless || firstAt.contains(phrase))
                continue;
            firstAt.insert(phrase, int(match.capturedStart(group)));
            phrases.append(phrase);
        }
    };
    collect(quoted, 1);
    // Names repeated across stories: a topic the store already knows from
    // other stories (their tags, their quoted names), written in this text.
    // Only caseless names of two or more stories are looked for, and at most
    // MaxKnownLookups of them, so a large store costs a bounded scan.
    constexpr int MaxKnownLookups = 2000;
    int lookups = 0;
    for (auto it = context.stats.knownTopics.cbegin();
         it != context.stats.knownTopics.cend() && lookups < MaxKnownLookups && phrases.size() < MaxCandidates; ++it) {
        const QString &known = it.key();
        if (it.value() < 2 || known.size() < 2 || !scriptsOf(known).anyCaseless || firstAt.contains(known))
            continue;
        ++lookups;
        const qsizetype at = text.indexOf(known);
        if (at < 0)
            continue;
        firstAt.insert(known, int(at));
        phrases.append(known);
    }
    QList<Candidate> candidates;
    const double length = double(std::max<qsizetype>(1, text.size()));
    for (const QString &phrase : std::as_const(phrases)) {
        Candidate candidate;
        candidate.display = phrase;
        candidate.words = foldedWords(phrase);
        candidate.source = Source::Generated;
        candidate.reliability = reliability(Source::Generated);
        if (candidate.words.isEmpty() || candidate.words.size() > 5 || phrase.size() > 24
            || context.siteNames.contains(compactKey(phrase)) || context.authorNames.contains(compactKey(phrase)))
            continue;
        candidate.mentions = int(text.count(phrase));
        candidate.inTitle = article.title.contains(phrase);
        // A position on the scale the scorer uses: tokens, here characters.
        candidate.first = int(double(firstAt.value(phrase)) / length * double(context.body.tokens().size()));
        if (candidate.mentions < 2 && !candidate.inTitle)
            continue;
        candidates.append(candidate);
    }
    return candidates;
}

// The keys specificity() and isLearnedGeneric() look up for this text: its most
// frequent name-like phrases and their words, each once.
QStringList termsOf(const QList<RunPhrase> &phrases, const Context &context)
{
    constexpr qsizetype MaxTerms = 200;
    QList<const RunPhrase *> byCount;
    byCount.reserve(phrases.size());
    for (const RunPhrase &phrase : phrases)
        byCount.append(&phrase);
    std::stable_sort(
        byCount.begin(), byCount.end(), [](const RunPhrase *a, const RunPhrase *b) { return a->count > b->count; });
    QStringList terms;
    QSet<QString> seen;
    const auto add = [&](const QString &term) {
        if (!term.isEmpty() && terms.size() < MaxTerms && !seen.contains(term)) {
            seen.insert(term);
            terms.append(term);
        }
    };
    for (const RunPhrase *phrase : std::as_const(byCount)) {
        add(key(context.body.spelling(phrase->run.first, phrase->run.last)));
        if (phrase->words.size() > 1)
            for (const QString &word : phrase->words)
                add(word);
        if (terms.size() >= MaxTerms)
            break;
    }
    return terms;
}

} // namespace

namespace {

struct Chips {
    QStringList names;
    QList<QStringList> aliases;
};

Chips chips(const Article &article, const QStringList &feedCategories, const CorpusStats &stats, int maxTopics,
    QStringList *documentTerms)
{
    if (maxTopics <= 0 && !documentTerms)
        return {};
    Context context { article, stats, TextIndex(article.text), TextIndex(article.title), siteNames(article),
        authorNames(article), siteOf(article), false, false, {}, {}, {} };
    context.wordEvidence = QList<qint8>(context.body.wordCount(), -1);
    context.hasEvidence = context.body.tokens().size() >= MinEvidenceWords;
    context.capitalisesNouns = capitalisesNouns(article, context.body);

    const QList<RunPhrase> phrases = distinctRuns(nameRuns(context), context);
    context.namesOpened = QList<int>(context.body.wordCount(), 0);
    {
        // Distinct second words: "Mozilla Foundation" and "Mozilla Firefox"
        // are two names, "Luana Yasmin" and "Luana Yasmin Gonçalves" one.
        QSet<QPair<int, int>> openings;
        for (const RunPhrase &phrase : phrases) {
            if (phrase.wordIds.size() >= 2 && !openings.contains({ phrase.wordIds.at(0), phrase.wordIds.at(1) })) {
                openings.insert({ phrase.wordIds.at(0), phrase.wordIds.at(1) });
                ++context.namesOpened[phrase.wordIds.constFirst()];
            }
        }
    }
    const QList<Tag> tags = rawTags(article, feedCategories);
    if (documentTerms)
        *documentTerms = termsOf(phrases, context) + siteTerms(context.site, tags);
    if (maxTopics <= 0)
        return {};
    // Every source is evidence: a feed category or a site tag never hides a
    // name the story is plainly about. Texts in caseless scripts give no
    // names of their own (no capitals to find them by).
    QList<Candidate> candidates = explicitCandidates(article, tags, context);
    const Scripts scripts = scriptsOf(article.text);
    if (!scripts.mostlyCjk) {
        candidates.append(generatedCandidates(phrases, context));
    } else {
        // Chinese and Japanese: only Latin-script names ("DeepMind") have
        // capitals to find them by.
        for (const Candidate &candidate : generatedCandidates(phrases, context)) {
            if (!isCaseless(candidate.display) && !scriptsOf(candidate.display).anyCaseless)
                candidates.append(candidate);
        }
    }
    if (scripts.anyCaseless)
        candidates.append(caselessCandidates(article, context));
    candidates = normalise(candidates, phrases, context);

    for (Candidate &candidate : candidates)
        score(candidate, context);
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const int firstA = a.first < 0 ? INT_MAX : a.first;
        const int firstB = b.first < 0 ? INT_MAX : b.first;
        return firstA < firstB;
    });

    double topGenerated = 0;
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (candidate.source == Source::Generated)
            topGenerated = std::max(topGenerated, candidate.score);
    }
    Chips result;
    QSet<QString> keys;
    for (const Candidate &candidate : std::as_const(candidates)) {
        const QString topicKey = key(candidate.display);
        if (keys.contains(topicKey))
            continue;
        if (candidate.source == Source::Generated && candidate.score < MinScoreShare * topGenerated)
            continue;
        // The user's block list: a topic blocked under any of its names.
        if (!stats.blockedTopics.isEmpty()
            && (stats.blockedTopics.contains(topicKey)
                || std::any_of(candidate.aliases.cbegin(), candidate.aliases.cend(),
                    [&](const QString &alias) { return stats.blockedTopics.contains(alias); })))
            continue;
        keys.insert(topicKey);
        result.names.append(candidate.display);
        QStringList aliases;
        for (const QString &alias : candidate.aliases) {
            if (!alias.isEmpty() && alias != topicKey && !aliases.contains(alias))
                aliases.append(alias);
        }
        result.aliases.append(aliases);
        if (result.names.size() >= maxTopics)
            break;
    }
    return result;
}

} // namespace

QStringList tag(const Article &article, const QStringList &feedCategories, const CorpusStats &stats, int maxTopics,
    QStringList *documentTerms)
{
    return chips(article, feedCategories, stats, maxTopics, documentTerms).names;
}

void tagArticle(Article &article, const QStringList &feedCategories, const CorpusStats &stats, int maxTopics)
{
    QStringList terms;
    Chips result = chips(article, feedCategories, stats, maxTopics, &terms);
    article.topics = std::move(result.names);
    article.topicAliases = std::move(result.aliases);
    article.documentTerms = std::move(terms);
}

QString key(const QString &topic)
{
    return topic.simplified().toCaseFolded();
}

} // namespace Core::Topics
