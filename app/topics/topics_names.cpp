#include "topics_names.h"

#include "topics_lexicon.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Core::Topics {

namespace {

// Trims a raw run of capitalised words to the name inside it: drops a
// sentence-initial word the article never capitalises elsewhere, leading
// titles ("President", "Prime Minister"), leading function words ("The")
// and dangling particles.
bool trimRun(NameRun &run, const Context &context)
{
    const TextIndex &body = context.body;
    const QList<Token> &tokens = body.tokens();
    const auto is = [&](int i, Lexicon::Class listClass) { return body.is(tokens.at(i), listClass); };
    if (tokens.at(run.first).sentenceStart && !hasMidSentenceEvidence(tokens.at(run.first).word, context))
        ++run.first;
    // German: "der Sportdirektor Bruno Hübner", "die Entwicklung von Eintracht
    // Frankfurt": the nouns before the name go.
    while (context.capitalisesNouns && run.first < run.last
        && ((run.first > 0 && tokens.at(run.first).joined && is(run.first - 1, Lexicon::GermanDeterminer))
            || isGermanCommonNoun(tokens.at(run.first).word, context))) {
        ++run.first;
        while (run.first < run.last && is(run.first, Lexicon::NameParticle))
            ++run.first;
    }
    int lastTitle = -1;
    for (int i = run.first; i < run.last; ++i) {
        if (is(i, Lexicon::Honorific))
            lastTitle = i;
    }
    if (lastTitle >= 0)
        run.first = lastTitle + 1;
    // A title after the name is no part of it either ("Facebook CEO").
    while (run.last > run.first && is(run.last, Lexicon::Honorific))
        --run.last;
    // "Los Angeles", "Las Vegas", "El Paso", "Le Monde": a capitalised Romance
    // article inside a sentence opens a name; any other function word goes.
    const auto opensName = [&](int i) {
        static const QSet<QString> articles = { QStringLiteral("los"), QStringLiteral("las"), QStringLiteral("el"),
            QStringLiteral("la"), QStringLiteral("le"), QStringLiteral("les") };
        return i < run.last && !tokens.at(i).sentenceStart
            && articles.contains(body.word(tokens.at(i).word).toString());
    };
    while (run.first <= run.last && (is(run.first, Lexicon::StopWord) || is(run.first, Lexicon::NameParticle))
        && !opensName(run.first))
        ++run.first;
    // Dates and times beside a name are no part of it ("London Thursday").
    while (run.first <= run.last && is(run.first, Lexicon::MonthOrWeekday))
        ++run.first;
    while (run.last >= run.first && is(run.last, Lexicon::MonthOrWeekday))
        --run.last;
    // Neither a dangling particle nor a lone initial ends a name.
    while (run.last >= run.first
        && (is(run.last, Lexicon::NameParticle)
            || (run.last > run.first && tokens.at(run.last).end - tokens.at(run.last).start == 1)))
        --run.last;
    return run.first <= run.last && run.last - run.first < 5;
}

// "1600E Road", "23LG Chem", "Bockey2022": a number glued to letters is an
// address or two fields the page ran together, not a word of a name
// ("3M", "G20" and "Covid-19" keep their short numbers).
bool isGluedNumber(QStringView word)
{
    constexpr qsizetype MinLeadingDigits = 2;
    constexpr qsizetype MinTrailingDigits = 4;
    qsizetype leading = 0;
    while (leading < word.size() && word.at(leading).isDigit())
        ++leading;
    if (leading >= MinLeadingDigits && leading < word.size() && word.at(leading).isLetter())
        return true;
    qsizetype trailing = 0;
    while (trailing < word.size() && word.at(word.size() - 1 - trailing).isDigit())
        ++trailing;
    return trailing >= MinTrailingDigits && trailing < word.size() && word.at(word.size() - 1 - trailing).isLetter();
}

} // namespace

bool hasMidSentenceEvidence(int word, const Context &context)
{
    qint8 &evidence = context.wordEvidence[word];
    if (evidence < 0) {
        const TextIndex::CaseEvidence counts = context.body.caseEvidence(word);
        evidence = counts.midSentence > 0 && counts.midCapitalised >= MinCapitalisedShare * counts.midSentence;
    }
    return evidence;
}

bool capitalisesNouns(const Article &article, const TextIndex &body)
{
    if (article.lang.startsWith(QLatin1String("de"), Qt::CaseInsensitive))
        return true;
    static const QSet<QString> markers = { QStringLiteral("der"), QStringLiteral("die"), QStringLiteral("das"),
        QStringLiteral("und"), QStringLiteral("ist"), QStringLiteral("nicht"), QStringLiteral("mit"),
        QStringLiteral("den"), QStringLiteral("dem"), QStringLiteral("des"), QStringLiteral("sich") };
    const qsizetype words = body.tokens().size();
    if (words < MinEvidenceWords)
        return false;
    qsizetype found = 0;
    for (const QString &marker : markers)
        found += body.count(marker);
    return found * 100 >= words * 4;
}

// German: a word built like a common noun. Abstract-noun suffixes
// ("Verbesserungen", "Sicherheit") and compounds ending in a role or a kind of
// thing ("Burgschauspielerin", "Klimaschutzminister", "VW-Chef",
// "Messengerdienst") are no names, however rarely an article precedes them.
bool hasGermanNounShape(QStringView folded)
{
    static const QStringList endings = { QStringLiteral("ung"), QStringLiteral("ungen"), QStringLiteral("heit"),
        QStringLiteral("heiten"), QStringLiteral("keit"), QStringLiteral("keiten"), QStringLiteral("schaft"),
        QStringLiteral("schaften"), QStringLiteral("tion"), QStringLiteral("tionen"), QStringLiteral("ität"),
        QStringLiteral("itäten"), QStringLiteral("ismus"), QStringLiteral("nisse"), QStringLiteral("chen"),
        QStringLiteral("chef"), QStringLiteral("chefin"), QStringLiteral("minister"), QStringLiteral("ministerin"),
        QStringLiteral("präsident"), QStringLiteral("präsidentin"), QStringLiteral("sprecher"),
        QStringLiteral("sprecherin"), QStringLiteral("direktor"), QStringLiteral("direktorin"),
        QStringLiteral("leiter"), QStringLiteral("leiterin"), QStringLiteral("spieler"), QStringLiteral("spielerin"),
        QStringLiteral("trainer"), QStringLiteral("vorsitzende"), QStringLiteral("vorsitzender"),
        QStringLiteral("dienst"), QStringLiteral("hersteller"), QStringLiteral("herstellers"),
        QStringLiteral("experte"), QStringLiteral("expertin"), QStringLiteral("schauspieler"),
        QStringLiteral("schauspielerin"), QStringLiteral("autorin"), QStringLiteral("abgeordnete"),
        QStringLiteral("abgeordneter"), QStringLiteral("unternehmen"), QStringLiteral("verband"),
        QStringLiteral("gesetz"), QStringLiteral("polizei") };
    if (folded.size() >= 14)
        return true; // a long compound
    return std::any_of(endings.cbegin(), endings.cend(),
        [&](const QString &ending) { return folded.size() > ending.size() + 1 && folded.endsWith(ending); });
}

// In German a capitalised word is a name only when it does not follow an
// article or determiner most of the time ("die Datenbank" is no name).
bool isGermanCommonNoun(int word, const Context &context)
{
    // One pass over the text fills the table for every word at once.
    if (context.germanNouns.isEmpty()) {
        const TextIndex &body = context.body;
        QList<int> occurrences(body.wordCount(), 0);
        QList<int> afterDeterminer(body.wordCount(), 0);
        const QList<Token> &tokens = body.tokens();
        for (int i = 0; i < tokens.size(); ++i) {
            const Token &token = tokens.at(i);
            if (!isCapitalised(token.casing))
                continue;
            ++occurrences[token.word];
            if (i >= 1 && token.joined && body.is(tokens.at(i - 1), Lexicon::GermanDeterminer))
                ++afterDeterminer[token.word];
            else if (i >= 2 && token.joined && tokens.at(i - 1).joined && tokens.at(i - 1).casing == Casing::Lower
                && body.is(tokens.at(i - 2), Lexicon::GermanDeterminer))
                ++afterDeterminer[token.word]; // "die neue Datenbank"
        }
        context.germanNouns = QList<qint8>(body.wordCount(), 0);
        for (qsizetype id = 0; id < body.wordCount(); ++id)
            context.germanNouns[id] = occurrences.at(id) > 0
                && (afterDeterminer.at(id) * 3 >= occurrences.at(id) || hasGermanNounShape(body.word(int(id)))
                    || Lexicon::isGermanNoun(body.word(int(id))));
    }
    return context.germanNouns.at(word);
}

namespace {

// Whether each capitalised part of the hyphened run first..last also
// stands alone somewhere in the text (not hyphened to a neighbour).
bool everyPartStandsAlone(const TextIndex &body, int first, int last)
{
    const QList<Token> &tokens = body.tokens();
    const int n = int(tokens.size());
    for (int k = first; k <= last; ++k) {
        bool alone = false;
        for (const int at : body.positions(tokens.at(k).word)) {
            if (!tokens.at(at).hyphenJoined && !(at + 1 < n && tokens.at(at + 1).hyphenJoined)) {
                alone = true;
                break;
            }
        }
        if (!alone)
            return false;
    }
    return true;
}

// Whether a run is capitalised words joined only by hyphens.
bool isHyphenCompound(const TextIndex &body, const NameRun &run)
{
    if (run.last == run.first)
        return false;
    for (int k = run.first + 1; k <= run.last; ++k) {
        const Token &token = body.tokens().at(k);
        if (!token.hyphenJoined || !isCapitalised(token.casing))
            return false;
    }
    return true;
}

// Whether a hyphen compound names several things. "Russia-China trade":
// the text also names each alone. "Etats-Unis" or "Rolls-Royce" stay whole.
bool splitsAtHyphens(const TextIndex &body, const NameRun &run)
{
    return everyPartStandsAlone(body, run.first, run.last);
}

// A syllable of a hyphened name: two to four lower-case letters, on no
// word list, never standing alone in the text, after a word that never
// stands alone either ("Ing-wen", "Blu-ray"; not "Trump-era" in a text
// that names Trump).
bool isNameSyllable(const TextIndex &body, int at)
{
    const Token &token = body.tokens().at(at);
    if (at == 0 || everyPartStandsAlone(body, at - 1, at - 1))
        return false;
    const QStringView word = body.word(token.word);
    if (word.size() < 2 || word.size() > 4 || body.classes(token.word) != Lexicon::Classes {})
        return false;
    for (const QChar c : word) {
        if (!c.isLetter())
            return false;
    }
    const QList<Token> &tokens = body.tokens();
    for (const int at : body.positions(token.word)) {
        if (!tokens.at(at).hyphenJoined)
            return false;
    }
    return true;
}

} // namespace

QList<NameRun> nameRuns(const Context &context)
{
    const TextIndex &body = context.body;
    const QList<Token> &tokens = body.tokens();
    QList<NameRun> runs;
    const int n = int(tokens.size());
    int i = 0;
    while (i < n) {
        if (!isCapitalised(tokens.at(i).casing) || tokens.at(i).heading
            || isGluedNumber(body.word(tokens.at(i).word))) {
            ++i;
            continue;
        }
        int last = i;
        while (last + 1 < n && !tokens.at(last).possessive) {
            const Token &next = tokens.at(last + 1);
            if (!next.joined)
                break;
            // "Silego I've": a capitalised function word is no part of a name.
            if (isCapitalised(next.casing) && next.casing != Casing::Acronym && body.is(next, Lexicon::StopWord))
                break;
            if (isCapitalised(next.casing)) {
                if (isGluedNumber(body.word(next.word)))
                    break;
                ++last;
                continue;
            }
            // "Tsai Ing-wen", "Kim Jong-un", "Blu-ray": a short lower-case
            // syllable hyphened onto a name is part of it; "Trump-era" and
            // "Kremlin-run" are not (function and quantity words, and
            // lower-case words the text uses on their own).
            if (next.hyphenJoined && next.casing == Casing::Lower && isNameSyllable(body, last + 1)) {
                ++last;
                continue;
            }
            // "Covid-19", "F-35", "G20-Gipfel" no: a number hyphened onto a name
            // is part of it, and ends it.
            if (next.hyphenJoined && next.casing == Casing::None && Lexicon::isNumberToken(body.word(next.word))) {
                ++last;
                break;
            }
            // "Bashar al-Assad", "Bank of England": an inner particle between capitals.
            if (body.is(next, Lexicon::NameParticle) && !next.possessive && last + 2 < n && tokens.at(last + 2).joined
                && isCapitalised(tokens.at(last + 2).casing)) {
                last += 2;
                continue;
            }
            break;
        }
        // "Photo: Gerrit Bockey", "By Lucas Nolan": a credit or a byline
        // names who made the story, not what it is about.
        if (i > 0 && tokens.at(i - 1).sentence == tokens.at(i).sentence
            && (body.is(tokens.at(i - 1), Lexicon::CreditWord)
                || (tokens.at(i - 1).sentenceStart && body.word(tokens.at(i - 1).word) == QLatin1String("by")))) {
            i = last + 1;
            continue;
        }
        NameRun run { i, last };
        // German hyphens nouns onto names ("Twitter-Kommentar",
        // "A400M-Piloten"), and case cannot tell them from names: a run of
        // hyphened words alone is split and its parts judged alone.
        const bool germanCompound = context.capitalisesNouns && isHyphenCompound(body, run);
        if (!trimRun(run, context)) {
            i = last + 1;
            continue;
        }
        if (germanCompound
            || (!context.capitalisesNouns && isHyphenCompound(body, run) && splitsAtHyphens(body, run))) {
            // "Russia-China trade": two names, not one.
            for (int k = run.first; k <= run.last; ++k) {
                NameRun part { k, k };
                if (trimRun(part, context))
                    runs.append(part);
            }
        } else {
            runs.append(run);
        }
        i = last + 1;
    }
    return runs;
}

QList<RunPhrase> distinctRuns(const QList<NameRun> &runs, const Context &context)
{
    const TextIndex &body = context.body;
    QList<RunPhrase> phrases;
    // Most runs are one word: those are found by word id, the others by hash.
    QList<qsizetype> oneWordPhrase(body.wordCount(), -1);
    QHash<QList<int>, qsizetype> longerPhrase;
    QList<int> wordIds; // reused: only a new phrase allocates its own
    QList<QString> strings(body.wordCount()); // each word's string, made once
    for (const NameRun &run : runs) {
        wordIds.clear();
        for (int i = run.first; i <= run.last; ++i)
            wordIds.append(body.tokens().at(i).word);
        if (wordIds.size() == 1) {
            const qsizetype known = oneWordPhrase.at(wordIds.constFirst());
            if (known >= 0) {
                ++phrases[known].count;
                continue;
            }
            oneWordPhrase[wordIds.constFirst()] = phrases.size();
        } else {
            const auto known = longerPhrase.constFind(wordIds);
            if (known != longerPhrase.constEnd()) {
                ++phrases[*known].count;
                continue;
            }
        }
        QStringList words;
        words.reserve(wordIds.size());
        for (const int id : std::as_const(wordIds)) {
            if (strings.at(id).isNull())
                strings[id] = body.word(id).toString();
            words.append(strings.at(id));
        }
        const QList<int> key(wordIds.cbegin(), wordIds.cend());
        if (key.size() > 1)
            longerPhrase.insert(key, phrases.size());
        phrases.append({ run, key, std::move(words), 1 });
    }
    return phrases;
}

} // namespace Core::Topics
