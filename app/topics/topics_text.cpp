#include "topics_text.h"

#include "topics_lexicon.h"

#include <QVarLengthArray>

namespace Core::Topics {

namespace {

bool isWordChar(QChar c)
{
    // ASCII has no marks: spare most characters the Unicode table lookup.
    if (c.unicode() < 0x80)
        return c.isLetterOrNumber();
    return c.isLetterOrNumber() || c.isMark();
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

bool isSentenceEnd(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x2026)
        || c == QChar(0x3002) || c == QChar(0xFF01) || c == QChar(0xFF1F);
}

bool isCjk(char32_t u)
{
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x3040 && u <= 0x30FF)
        || (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x20000 && u <= 0x2FFFF)
        || (u >= 0xF900 && u <= 0xFAFF);
}

// The case-folded word with typographic apostrophes made plain. Most words
// are ASCII, where folding is plain lower-casing: done here in one pass into
// a buffer on the stack, since the tokenizer folds every distinct spelling of
// every article and most fold to a word it has already seen.
using FoldBuffer = QVarLengthArray<QChar, 64>;
QStringView foldedWord(QStringView word, FoldBuffer &ascii, QString &other)
{
    ascii.resize(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t u = word[i].unicode();
        if (u >= 0x80) {
            other = word.toString().toCaseFolded();
            other.replace(QChar(0x2019), QLatin1Char('\''));
            return other;
        }
        ascii[i] = QChar(u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u);
    }
    return QStringView(ascii.constData(), ascii.size());
}

} // namespace

Casing casingOf(QStringView word)
{
    int letters = 0;
    int upper = 0;
    bool first = true;
    bool firstUpper = false;
    for (const QChar c : word) {
        if (!c.isLetter())
            continue;
        const bool cased = c.isUpper() || c.isLower() || c.isTitleCase();
        if (!cased)
            return first ? Casing::None : (firstUpper ? Casing::Capitalised : Casing::Lower);
        ++letters;
        if (c.isUpper() || c.isTitleCase())
            ++upper;
        if (first)
            firstUpper = c.isUpper() || c.isTitleCase();
        first = false;
    }
    if (letters == 0)
        return Casing::None;
    if (letters >= 2 && upper == letters)
        return Casing::Acronym;
    return firstUpper ? Casing::Capitalised : Casing::Lower;
}

QStringList foldedWords(const QString &phrase)
{
    const TextIndex index(phrase);
    QStringList words;
    words.reserve(index.tokens().size());
    for (const Token &token : index.tokens())
        words.append(index.word(token.word).toString());
    return words;
}

TextIndex::TextIndex(const QString &text)
    : m_text(text)
{
    tokenize();
    indexPositions();
    markHeadings();
}

// The word id of a spelling; each distinct spelling is folded, classified and
// its casing read only once.
int TextIndex::wordOf(QStringView spelling, Casing *casing)
{
    const int spellingId = m_spellings.insert(spelling);
    if (spellingId < m_spellingWord.size()) {
        *casing = m_spellingCasing.at(spellingId);
        return m_spellingWord.at(spellingId);
    }
    FoldBuffer ascii;
    QString other;
    const QStringView folded = foldedWord(spelling, ascii, other);
    int id = m_wordIds.find(folded);
    if (id < 0) {
        // Most words are written folded ("media"): the text itself holds them.
        id = m_wordIds.insert(folded == spelling ? spelling : keep(folded));
        m_classes.append(Lexicon::classesOf(folded));
    }
    *casing = casingOf(spelling);
    m_spellingWord.append(id);
    m_spellingCasing.append(*casing);
    return id;
}

// A copy of a folded word that stays in place for the index's lifetime.
QStringView TextIndex::keep(QStringView folded)
{
    constexpr qsizetype BlockSize = 4096;
    if (m_foldedFree < folded.size()) {
        m_foldedFree = std::max(BlockSize, folded.size());
        m_foldedBlocks.push_back(std::make_unique_for_overwrite<QChar[]>(size_t(m_foldedFree)));
        m_foldedNext = m_foldedBlocks.back().get();
    }
    QChar *copy = std::copy(folded.begin(), folded.end(), m_foldedNext) - folded.size();
    m_foldedNext += folded.size();
    m_foldedFree -= folded.size();
    return QStringView(copy, folded.size());
}

// Whether a period after this token ends the sentence ("Mr." and "J." do not).
bool TextIndex::periodEndsSentence(const Token &previous) const
{
    if (is(previous, Lexicon::Abbreviation))
        return false;
    const qsizetype length = previous.end - previous.start;
    return !(length == 1 && m_text.at(previous.start).isUpper());
}

void TextIndex::tokenize()
{
    const QString &text = m_text;
    QList<Token> &tokens = m_tokens;
    const qsizetype n = text.size();
    tokens.reserve(n / 6 + 1); // about one word in six characters of prose
    const qsizetype spellings = n / 16 + 1; // and a new spelling in every few words
    m_spellings.reserve(spellings);
    m_spellingWord.reserve(spellings);
    m_spellingCasing.reserve(spellings);
    m_wordIds.reserve(spellings);
    m_classes.reserve(spellings);
    int sentence = 0;
    bool atStart = true;
    bool joinNext = false;
    bool hyphenNext = false;
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (isWordChar(c)) {
            const qsizetype start = i;
            while (i < n
                && (isWordChar(text.at(i))
                    || (isApostrophe(text.at(i)) && i + 1 < n && text.at(i + 1).isLetter() && i > start)))
                ++i;
            Token token;
            token.start = start;
            token.end = i;
            const qsizetype length = i - start;
            if (length > 2 && isApostrophe(text.at(i - 2))
                && (text.at(i - 1) == QLatin1Char('s') || text.at(i - 1) == QLatin1Char('S'))) {
                token.end = i - 2;
                token.possessive = true;
            }
            token.word = wordOf(QStringView(text).mid(token.start, token.end - token.start), &token.casing);
            token.sentence = sentence;
            token.sentenceStart = atStart;
            token.joined = joinNext && !atStart && !(tokens.isEmpty() || tokens.constLast().possessive);
            token.hyphenJoined = token.joined && hyphenNext;
            tokens.append(token);
            atStart = false;
            joinNext = true;
            hyphenNext = false;
            continue;
        }
        if (c == QLatin1Char('\n') || c == QChar(0x2029)) {
            if (!atStart)
                ++sentence;
            atStart = true;
            joinNext = false;
        } else if (isSentenceEnd(c)) {
            const bool followedBySpace = i + 1 >= n || text.at(i + 1).isSpace() || text.at(i + 1) == QLatin1Char('"')
                || text.at(i + 1) == QChar(0x201D) || text.at(i + 1) == QLatin1Char(')') || c.unicode() >= 0x3000;
            const bool ends = followedBySpace
                && (c != QLatin1Char('.') || tokens.isEmpty() || periodEndsSentence(tokens.constLast()));
            if (ends && !atStart) {
                ++sentence;
                atStart = true;
                tokens.last().terminated = true;
            }
            // "Richard M. Stallman": an initial's period keeps the name together.
            const bool initial = c == QLatin1Char('.') && !tokens.isEmpty() && tokens.constLast().end == i
                && tokens.constLast().end - tokens.constLast().start == 1 && text.at(i - 1).isUpper();
            joinNext = joinNext && initial && !ends;
        } else if (isHyphen(c) && i > 0 && i + 1 < n && isWordChar(text.at(i - 1)) && isWordChar(text.at(i + 1))) {
            hyphenNext = true; // a compound: joinNext stays as it is
        } else if (!c.isSpace()) {
            joinNext = false;
        }
        ++i;
    }
}

// Token indexes by word in one array: counted, then placed.
void TextIndex::indexPositions()
{
    const qsizetype words = wordCount();
    m_positionStart = QList<int>(words + 1, 0);
    for (const Token &token : std::as_const(m_tokens))
        ++m_positionStart[token.word + 1];
    for (qsizetype id = 0; id < words; ++id)
        m_positionStart[id + 1] += m_positionStart.at(id);
    m_positions = QList<int>(m_tokens.size());
    QList<int> next = m_positionStart;
    for (int i = 0; i < m_tokens.size(); ++i)
        m_positions[next[m_tokens.at(i).word]++] = i;
}

std::span<const int> TextIndex::positions(int id) const
{
    return std::span<const int>(
        m_positions.constData() + m_positionStart.at(id), size_t(m_positionStart.at(id + 1) - m_positionStart.at(id)));
}

qsizetype TextIndex::count(const QString &folded) const
{
    const int id = wordId(folded);
    return id < 0 ? 0 : qsizetype(positions(id).size());
}

// Headings and other Title Case lines capitalise every word: they say
// nothing about which words are names.
void TextIndex::markHeadings()
{
    int begin = 0;
    while (begin < m_tokens.size()) {
        int end = begin;
        int cased = 0;
        int capitalised = 0;
        while (end < m_tokens.size() && m_tokens.at(end).sentence == m_tokens.at(begin).sentence) {
            const Token &token = m_tokens.at(end);
            if (token.casing != Casing::None && !is(token, Lexicon::NameParticle)
                && !(word(token.word).size() <= 3 && is(token, Lexicon::StopWord) && token.casing == Casing::Lower)) {
                ++cased;
                if (isCapitalised(token.casing))
                    ++capitalised;
            }
            ++end;
        }
        // A heading has no closing punctuation; a sentence full of names does.
        if (!m_tokens.at(end - 1).terminated && cased >= 2 && cased <= 14 && capitalised * 4 >= cased * 3) {
            for (int i = begin; i < end; ++i)
                m_tokens[i].heading = true;
        }
        begin = end;
    }
}

QString TextIndex::spelling(int firstToken, int lastToken) const
{
    const qsizetype start = m_tokens.at(firstToken).start;
    return m_text.mid(start, m_tokens.at(lastToken).end - start).simplified();
}

TextIndex::Occurrences TextIndex::find(const QStringList &words) const
{
    QList<int> ids;
    ids.reserve(words.size());
    for (const QString &folded : words) {
        const int id = wordId(folded);
        if (id < 0)
            return {};
        ids.append(id);
    }
    return find(ids);
}

TextIndex::Occurrences TextIndex::find(const QList<int> &wordIds) const
{
    if (wordIds.isEmpty())
        return {};
    const auto cached = m_cache.constFind(wordIds);
    if (cached != m_cache.constEnd())
        return *cached;
    // Anchor on the rarest word of the phrase: "Foo Name7" is found through
    // "name7" even when "foo" fills the text.
    qsizetype anchor = 0;
    for (qsizetype k = 1; k < wordIds.size(); ++k) {
        if (positions(wordIds.at(k)).size() < positions(wordIds.at(anchor)).size())
            anchor = k;
    }
    const Occurrences result = scan(wordIds, positions(wordIds.at(anchor)), int(anchor));
    if (m_cache.size() < 4096)
        m_cache.insert(wordIds, result);
    return result;
}

TextIndex::CaseEvidence TextIndex::caseEvidence(int wordId) const
{
    CaseEvidence evidence;
    for (const int position : positions(wordId)) {
        const Token &token = m_tokens.at(position);
        if (token.sentenceStart || token.heading)
            continue;
        ++evidence.midSentence;
        if (isCapitalised(token.casing))
            ++evidence.midCapitalised;
    }
    return evidence;
}

TextIndex::Occurrences TextIndex::scan(
    const QList<int> &wordIds, std::span<const int> anchorPositions, int anchor) const
{
    Occurrences result;
    // The distinct spellings seen, by their first occurrence; a handful at most.
    struct Form {
        int position;
        int count;
        bool capitalised;
    };
    QVarLengthArray<Form, 8> forms;
    const int length = int(wordIds.size());
    for (const int anchorPosition : anchorPositions) {
        const int position = anchorPosition - anchor;
        if (position < 0 || position + length > m_tokens.size())
            continue;
        bool matches = true;
        bool capitalised = true;
        for (int k = 0; k < length && matches; ++k) {
            const Token &token = m_tokens.at(position + k);
            if (token.word != wordIds.at(k) || (k > 0 && !token.joined))
                matches = false;
            else if (!isCapitalised(token.casing) && !(k > 0 && is(token, Lexicon::NameParticle)))
                capitalised = false;
            else if (k + 1 < length && token.possessive)
                matches = false;
        }
        if (!matches)
            continue;
        ++result.total;
        if (result.first < 0)
            result.first = position;
        if (!m_tokens.at(position).sentenceStart && !m_tokens.at(position).heading) {
            ++result.midSentence;
            if (capitalised)
                ++result.midCapitalised;
        }
        const QStringView form = spellingView(position, position + length - 1);
        bool known = false;
        for (Form &existing : forms) {
            if (spellingView(existing.position, existing.position + length - 1) == form) {
                ++existing.count;
                known = true;
                break;
            }
        }
        if (!known && forms.size() < 8)
            forms.append({ position, 1, capitalised });
    }
    // The most frequent spelling; ties go to the capitalised form.
    const Form *best = nullptr;
    for (const Form &form : std::as_const(forms)) {
        if (!best || form.count > best->count || (form.count == best->count && form.capitalised && !best->capitalised))
            best = &form;
    }
    if (best) {
        result.commonForm = spelling(best->position, best->position + length - 1);
        result.capitalisedForm = best->capitalised;
    }
    return result;
}

QStringView TextIndex::spellingView(int firstToken, int lastToken) const
{
    const qsizetype start = m_tokens.at(firstToken).start;
    return QStringView(m_text).mid(start, m_tokens.at(lastToken).end - start);
}

bool isMostlyCjk(const QString &text)
{
    return scriptsOf(text).mostlyCjk;
}

Scripts scriptsOf(const QString &text)
{
    qsizetype letters = 0;
    qsizetype cjk = 0;
    bool caseless = false;
    // Walks the UTF-16 in place: a UCS-4 copy of a long text costs more than the test.
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t u = text.at(i).unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            u = QChar::surrogateToUcs4(text.at(i).unicode(), text.at(i + 1).unicode());
            ++i;
        }
        if (u < 0x80) { // ASCII: a letter or not, never caseless
            letters += (u | 0x20) >= u'a' && (u | 0x20) <= u'z';
            continue;
        }
        if (!QChar::isLetter(u))
            continue;
        ++letters;
        if (isCjk(u))
            ++cjk;
        caseless = caseless || (!QChar::isUpper(u) && !QChar::isLower(u) && !QChar::isTitleCase(u));
    }
    return { letters > 0 && cjk * 2 > letters, caseless };
}

bool isCaseless(const QString &phrase)
{
    bool letters = false;
    for (const QChar c : phrase) {
        if (!c.isLetter())
            continue;
        letters = true;
        if (c.isUpper() || c.isLower() || c.isTitleCase())
            return false;
    }
    return letters;
}

} // namespace Core::Topics
