#include "extract_text.h"

// The post-cleaning of the text blocks (§1.8): lines of junk and page
// furniture, the head and tail of the body, text repeated elsewhere.

#include "extract_dates.h"
#include "extract_log.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <bitset>
#include <string_view>

namespace Core::Extract {

namespace {

bool matches(const QRegularExpression &re, const QString &s)
{
    return re.match(s).hasMatch();
}

QRegularExpression ci(const char *pattern)
{
    return QRegularExpression(QString::fromUtf8(pattern),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// The pairs of neighbouring characters in a text after case folding, with
// the letters a-z told apart and every other character in one class. A
// pattern each of whose matches spells out one of a few keywords cannot match
// a text that lacks a pair of every keyword: a cheap test that spares most
// blocks the regex scans, which were a tenth of a page's time. Qt's folding
// maps onto an ASCII letter every character PCRE2's caseless matching takes
// for it (K and U+212A onto k, S and U+017F onto s), so no match is lost.
class LetterPairs final {
public:
    explicit LetterPairs(const QString &text)
    {
        int prev = -1;
        for (const QChar c : text) {
            const int cls = classOf(c.unicode());
            if (prev >= 0)
                m_pairs.set(size_t(prev) * Classes + size_t(cls));
            prev = cls;
        }
    }

    // words: lowercase ASCII (letters, spaces, punctuation), never other bytes:
    // a non-ASCII character is one class in the text but several bytes here.
    bool mayHoldAny(std::initializer_list<std::string_view> words) const
    {
        return std::any_of(words.begin(), words.end(), [this](std::string_view w) { return mayHold(w); });
    }

private:
    static constexpr int Other = 26;
    static constexpr size_t Classes = 27;

    bool mayHold(std::string_view word) const
    {
        for (size_t i = 1; i < word.size(); ++i)
            if (!m_pairs.test(size_t(classOf(char16_t(word[i - 1]))) * Classes + size_t(classOf(char16_t(word[i])))))
                return false;
        return true;
    }

    static int classOf(char16_t c)
    {
        constexpr char16_t tableSize = 0x250;
        static const std::array<std::uint8_t, tableSize> latin = [] {
            std::array<std::uint8_t, tableSize> t {};
            for (char16_t c = 0; c < tableSize; ++c) {
                const QString folded = QString(QChar(c)).toCaseFolded();
                const char16_t f = folded.size() == 1 ? folded.at(0).unicode() : 0;
                t[c] = std::uint8_t(f >= u'a' && f <= u'z' ? f - u'a' : Other);
            }
            return t;
        }();
        if (c < tableSize)
            return latin[c];
        return c == 0x212A ? 'k' - 'a' : Other; // KELVIN SIGN: the only other fold onto a-z
    }

    std::bitset<Classes * Classes> m_pairs;
};

bool isJunk(const TextBlock &b, const LetterPairs &pairs)
{
    if (b.text.size() > 220)
        return false;
    static const QRegularExpression ad = ci(
        "^(?:advertisement|advertising|anzeige|publicité|publicidad|reklama|sponsored(?: content)?|ads?|werbung|story "
        "continues below(?: advertisement)?|continue reading below|article continues below)$");
    static const QRegularExpression readMore
        = ci("^(?:read more|read also|also read|see also|related|more|watch|listen|recommended|continue reading|lesen "
             "sie auch|mehr zum thema|lire aussi|à lire aussi|leia também|lee también|read next|read the full "
             "story|read the latest)\\b\\s*[:|»›>-]?");
    // "Lea también: <link>", "MIRA: ...", "Auch lesen: ...": inline promos for other stories.
    static const QRegularExpression promo = ci(
        "^(?:lea también|lea más|lea|le puede interesar|te puede interesar|le recomendamos|vea también|vea|mira|puedes "
        "ver|leia também|leia mais|veja também|veja|à lire aussi|lire aussi|à voir aussi|voir aussi|lesen sie "
        "auch|auch lesen|mehr zum thema|mehr themen|weiterlesen|siehe auch|zum thema|das könnte dich auch "
        "interessieren|das thema könnte dich auch interessieren|das könnte sie auch interessieren|noch mehr infos für "
        "dich|zobacz też|zobacz także|czytaj też|czytaj także|czytaj więcej|sprawdź|читайте также|leggi anche|potrebbe "
        "interessarti|lees ook|läs också|les også|related|read more|read also|also read|see "
        "also|more|watch|listen|recommended|read next|trending|popular|top stories|latest)\\s*[:»›>|]");
    static const QRegularExpression cta
        = ci("\\b(?:subscribe|subscribe now|suscr[ií]bete|abonnieren sie|jetzt "
             "abonnieren|abonniere|abonnez-vous|newsletter|sign(?:ing)? up|únete|hazte miembro|download "
             "(?:the|our)|descarga (?:la|nuestra)|canal de (?:youtube|telegram|whatsapp)|follow us|síguenos|folgen sie "
             "uns|keep up with me on|unterstützen sie|jetzt spenden|support our journalism|articles? gratuits?|free "
             "articles? (?:left|remaining)|log in for|already a subscriber|we want to hear|affiliate[- "
             "]links?|provisions-?links?|werbung|anzeige|advertising disclaimer)\\b");
    static const QRegularExpression clickHere
        = ci("\\bclick here\\b|\\bget the .* app\\b|\\bdownload (?:the|our) app\\b");
    static const QRegularExpression gallery = ci("^(?:image|photo|slide|bild|foto) \\d+ (?:of|/|von|de) \\d+");
    static const QRegularExpression credit
        = ci("^(?:\\(?(?:photo|photograph|image|picture|pictured|credit|credits|foto|bild|quelle|source)s?\\s*(?:by|:|"
             "credit|©))|(?:getty images|shutterstock|ap photo|afp(?: photo)?|reuters|epa|istock(?:photo)?)\\)?\\.?$");
    // A caption's own label and credit lines: "Photo", "Credit Harry Campbell".
    static const QRegularExpression label = ci("^(?:photo|image|video|photograph|illustration)$");
    static const QRegularExpression creditLine
        = ci("^(?:credits?|photo credit|image credit|photograph)\\s+\\p{Lu}[\\w.'’-]*(?:\\s+[\\w.'’&/-]+){0,5}$");
    static const QRegularExpression ago
        = ci("^\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\\s+ago$");
    static const QRegularExpression share
        = ci("^(?:share|share this(?: article| story| post| page)?|share on \\w+|tweet|e-?mail|print|follow us.*|like "
             "us on facebook.*|sign up for .*newsletter.*|subscribe to .*|comments?|\\d+ "
             "comments?|facebook|twitter|whatsapp|linkedin|copy link|copied|save|bookmark)$");
    static const QRegularExpression postMeta
        = ci("^(?:letzte änderung|zuletzt aktualisiert|last modified|last updated|der beitrag wurde|dieser beitrag "
             "wurde|dieser eintrag wurde|this entry was posted|posted in|veröffentlicht in|publié dans|\\(?noch keine "
             "bewertungen\\)?|no comments yet|keine kommentare|be the first to "
             "comment|titelbild|beitragsbild|bildquelle|bildnachweis|abbildung "
             "\\d+|fotos?:|photos?:|quelle:|istock\\.com|getty images)\\b");
    static const QRegularExpression copyright = ci("^(?:\\x{00A9}|\\(c\\)\\s|copyright\\b)|all rights reserved");
    static const QRegularExpression teaser = ci("^\\[?(?:video|photos?|gallery|watch|live)\\]?\\s*:");
    const QString &t = b.text;
    // Each of these patterns spells out one of the keywords beside it in every match.
    const auto keyed = [&](const QRegularExpression &re, std::initializer_list<std::string_view> keywords) {
        return pairs.mayHoldAny(keywords) && matches(re, t);
    };
    if (matches(ad, t) || matches(gallery, t) || matches(ago, t) || matches(share, t))
        return true;
    const float ld = b.chars > 0 ? b.linkChars / float(b.chars) : 0.f;
    if (matches(readMore, t) && (ld > 0.3f || t.size() < 40 || t.startsWith(QLatin1String("READ MORE"))))
        return true;
    if (t.size() < 250 && matches(promo, t))
        return true;
    if (t.size() < 200 && b.tag != Tag::Li
        && keyed(cta,
            { "subscri", "suscr", "abonn", "newsletter", "sign", "nete", "hazte", "download", "descarga", "canal de",
                "follow us", "guenos", "folgen sie", "keep up", "unterst", "spenden", "journalism", "gratuit",
                "free article", "log in for", "we want", "affiliate", "provision", "werbung", "anzeige",
                "advertising" }))
        return true;
    if (t.size() < 160 && keyed(clickHere, { "click here", "get the", "download" }))
        return true;
    if (t.size() < 150
        && (keyed(credit,
                { "photo", "image", "picture", "credit", "foto", "bild", "quelle", "source", "getty", "shutterstock",
                    "afp", "reuters", "epa", "istock" })
            || matches(copyright, t)))
        return true;
    if (t.size() < 60
        && (keyed(label, { "photo", "image", "video", "illustration" }) || keyed(creditLine, { "credit", "photo" })))
        return true;
    if (t.size() < 250 && matches(postMeta, t))
        return true;
    if (t.size() < 120 && ld > 0.3f && matches(teaser, t))
        return true;
    return false;
}

// Lines of page furniture that the first table misses, one named pattern per
// family: shop and cart notices, consent placeholders of embeds, affiliate
// disclosures, membership appeals, download and file-size lines, view and
// comment counters, bare clock times, bare domain names, legal link rows,
// citation boxes and captions that end in a photo credit.
bool isFurniture(const TextBlock &b, const LetterPairs &pairs)
{
    const QString &t = b.text;
    if (t.size() > 450)
        return false;
    static const QRegularExpression cart
        = ci("\\b(?:(?:added|hinzugefügt) (?:to|zu[rm]?) (?:your |ihrem |deinem "
             ")?(?:cart|basket|warenkorb|merkliste)|wurde erfolgreich hinzugefügt|in den warenkorb|add (?:the "
             ")?(?:ingredients|items?) to (?:your )?(?:cart|basket)|zum warenkorb hinzufügen)\\b");
    static const QRegularExpression consent
        = ci("\\b(?:einverständnis|einwilligung|zustimmung|consent)\\b.*\\b(?:twitter|youtube|instagram|facebook|vimeo|"
             "spotify|soundcloud|podcast|drittanbieter|externe[nr]? (?:inhalte?|dienst)|third[- ]party|external "
             "content)\\b.*\\b(?:verbindung|laden|geladen|nachladen|anzeigen|angezeigt|einstellungen|load|loaded|"
             "display|enable|settings)\\b");
    static const QRegularExpression affiliate = ci(
        "\\b(?:we (?:may )?(?:receive|earn) (?:a )?(?:compensation|commission)|may earn (?:a )?(?:small "
        ")?commission|references to products from one or more of our advertisers|advertisers do not influence|erhalten "
        "wir (?:ggf\\. |eventuell )?eine provision|wir erhalten (?:ggf\\. |eventuell )?eine provision)\\b");
    static const QRegularExpression membership
        = ci("\\b(?:cancela cuando quieras|hazte miembro|hazte socio|become a (?:member|subscriber|supporter)|werden "
             "sie (?:mitglied|abonnent)|devenez membre|support (?:independent|our) journalism)\\b");
    static const QRegularExpression download
        = ci("^(?:.{0,80}\\b(?:als pdf herunterladen|download(?: as)? pdf|pdf herunterladen|pdf "
             "download))$|pdf\\s*\\|\\s*\\d+(?:[.,]\\d+)?\\s*[kmg]b\\b");
    static const QRegularExpression counter = ci(
        "^(?:(?:aufrufe|views|hits|zugriffe|kommentare(?: insgesamt)?|comments|antworten|replies|likes)\\s*:\\s*\\d+)");
    static const QRegularExpression clock = ci("^\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|uhr|h)?$");
    static const QRegularExpression domain
        = ci("^(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|de|at|ch|fr|es|it|nl|co\\.uk|info|io)$");
    static const QRegularExpression legal
        = ci("\\b(?:impressum|datenschutz|imprint|privacy policy|terms of "
             "use|nutzungsbedingungen|agb|kontakt|contact)\\b.*\\|.*\\b(?:impressum|datenschutz|imprint|privacy|"
             "cookies?|copyright|agb|kontakt|contact|terms)\\b");
    static const QRegularExpression citation
        = ci("^(?:suggested citation|zitiervorschlag|zitierweise|cite (?:this|as)|how to cite)\\b");
    static const QRegularExpression license = ci(
        "^(?:sofern nicht anders (?:angegeben|ausgewiesen|vermerkt)|unless otherwise (?:noted|stated|indicated)|except "
        "where otherwise noted)\\b.*\\b(?:cc[- ]by|creative commons|lizen[sz]|licen[sc]e)");
    // A caption that ends in its photo credit: "... (Name / iStock.com)", "... © Agency".
    static const QRegularExpression creditEnd
        = ci("(?:©|\\(c\\)|\\bfotos?:|\\bphotos?:|\\bbild(?:er)?:|\\bquelle:|\\bcredit:|\\bimage:)\\s*[^.!?]{0,80}$|(?:"
             "©|\\(c\\))\\s*[^!?\\s][^!?]{0,50}\\.(?:de|com|net|org|at|ch)$|\\([^()]{0,60}(?:/"
             "|\\|)\\s*(?:istock(?:photo)?|getty(?: images)?|shutterstock|dpa|afp|reuters|picture "
             "alliance|imago|pixelio|unsplash|pixabay|adobe ?stock|ap)[^()]{0,30}\\)$");
    static const QRegularExpression dateLabel
        = ci("^(?:news date|release date|publication date|erscheinungsdatum|veröffentlichungsdatum|datum)\\s*:");
    static const QRegularExpression compoundNewsletter = ci("\\p{L}+newsletter\\b");
    static const QRegularExpression logIn
        = ci("\\b(?:eingeloggt sein|angemeldet sein|must be logged in|logged in to (?:post|comment|reply))\\b");
    static const QRegularExpression followUs
        = ci("^(?:nos siga(?: no| nas redes)?|siga-nos(?: no)?|síguenos(?: en)?|folgen sie uns(?: auf)?|folge uns(?: "
             "auf)?|follow us(?: on)?|suivez-nous(?: sur)?)\\W*$");
    static const QRegularExpression pager = ci("^(?:\\.\\.\\.|…)?\\s*(?:weiter zu|weiter mit|zurück zu|continue "
                                               "to|continue with|next page|nächste seite|page suivante)\\b");
    static const QRegularExpression pointer
        = ci("^hier geht(?:'s| es) (?:zu[rm]?|weiter)\\b|\\b(?:findest du|finden sie|findet ihr|gibt es|erfahren "
             "sie|erfährst du) (?:hier|unter diesem link)[.!]?$|^(?:lesen sie|lies) (?:hier|dazu|auch)\\s*:");
    static const QRegularExpression commentCall
        = ci("\\b(?:verraten sie (?:uns )?(?:gerne )?in den kommentaren|schreib(?:t|en sie)? (?:es )?(?:uns )?(?:gerne "
             ")?in die kommentare|hinterlass(?:e|t|en sie) .{0,40}kommentar|let us know in the comments|tell us in the "
             "comments|sound off in the comments|dites-le-nous en commentaire|déjenos su comentario)\\b");
    static const QRegularExpression postedIn = ci("^(?:der beitrag wurde am|dieser beitrag wurde am|dieser eintrag "
                                                  "wurde am|this entry was posted on|this entry was posted in)\\b");
    // Each of these patterns spells out one of the keywords beside it in every match.
    const auto keyed = [&](const QRegularExpression &re, std::initializer_list<std::string_view> keywords) {
        return pairs.mayHoldAny(keywords) && matches(re, t);
    };
    if (keyed(cart, { "cart", "basket", "warenkorb", "merkliste", "hinzugef" })
        || keyed(consent, { "einverst", "einwilligung", "zustimmung", "consent" })
        || keyed(affiliate, { "compensation", "commission", "advertisers", "provision" })
        || keyed(membership, { "cancela", "hazte", "become a", "werden sie", "devenez", "journalism" })
        || matches(postedIn, t))
        return true;
    if (t.size() < 300 && keyed(commentCall, { "kommentar", "comment", "comentario" }))
        return true;
    if (t.size() < 120 && (matches(followUs, t) || matches(pager, t) || matches(pointer, t)))
        return true;
    if (t.size() < 200
        && (keyed(download, { "pdf" }) || matches(counter, t)
            || keyed(logIn, { "eingeloggt", "angemeldet", "logged in" })))
        return true;
    // Gallery and lightbox buttons: "Bild anzeigen Bild schließen", "View all photos".
    static const QRegularExpression viewer = ci("^(?:(?:alle |all )?(?:bilder|bild|fotos?|photos?|images?) "
                                                "(?:anzeigen|schließen|vergrößern|ansehen|öffnen)\\s*)+$|^(?:view|show|"
                                                "close|enlarge) (?:all )?(?:photos?|images?|gallery)$");
    if (t.size() < 60 && matches(viewer, t))
        return true;
    if (t.size() < 80 && matches(dateLabel, t))
        return true;
    if (t.size() < 200 && keyed(compoundNewsletter, { "newsletter" }))
        return true;
    if (t.size() < 40 && (matches(clock, t) || matches(domain, t)))
        return true;
    if (t.size() < 200 && (matches(legal, t) || matches(citation, t) || matches(license, t)))
        return true;
    // creditEnd's first two branches need a "©" (which has no case) or one of
    // the words; its third, a "(" and an agency.
    const auto mayEndInCredit = [&] {
        return t.contains(QChar(0xA9))
            || pairs.mayHoldAny({ "(c)", "foto", "photo", "bild", "quelle", "credit", "image" })
            || (t.contains(QLatin1Char('('))
                && pairs.mayHoldAny({ "istock", "getty", "shutterstock", "dpa", "afp", "reuters", "picture", "imago",
                    "pixelio", "unsplash", "pixabay", "adobe", "ap" }));
    };
    if (t.size() < 300 && b.tag != Tag::Li && mayEndInCredit() && matches(creditEnd, t))
        return true;
    return false;
}

bool isTerminator(const TextBlock &b)
{
    if (b.text.size() > 120)
        return false;
    static const QRegularExpression re = ci(
        "^(?:related(?: stories| articles| posts| news| content| topics| coverage| reading| links)?|recent "
        "(?:stories|posts|articles|news)"
        "|more (?:stories|from|news|articles|on|in|like this|to read|coverage|top stories)|read more|read next|up "
        "next|what to read next"
        "|you (?:may|might) also (?:like|be interested|enjoy)|most (?:read|popular|viewed|shared|commented)|also "
        "on|also in"
        "|trending(?: now| stories)?|popular(?: now| stories| posts)?|editor'?s picks|recommended(?: for you| stories| "
        "articles)?"
        "|latest(?: news| stories| articles| posts)|don'?t miss|tags?|topics|filed under|tagged(?: with| "
        "as)?|categories"
        "|\\d+ comments?|comments?(?: \\(\\d+\\))?|post a comment|leave a (?:comment|reply)|add a comment|have your say"
        "|join the (?:conversation|discussion)|share this(?: article| story| post)?|about the authors?|sign "
        "up|subscribe"
        "|newsletter|related topics|weitere artikel|mehr zum thema|das könnte sie auch interessieren|à lire aussi|sur "
        "le même sujet"
        "|lire aussi|leia mais|noticias relacionadas|te puede interesar|le puede interesar|zobacz też|czytaj też|more "
        "stories from .*"
        "|schon gelesen|auch interessant|zum weiterlesen|weiterlesen|mehr dazu|lesen sie mehr|empfehlungen aus der "
        "redaktion|weitere artikel zum thema|kommentierte artikel|keine kommentare"
        "|vorschau auf den nächsten artikel|war der artikel nützlich|möchten sie den artikel teilen|das könnte dich "
        "auch interessieren"
        "|ähnliche artikel|ähnliche beiträge|verwandte artikel|beliebte artikel|meistgelesen|neueste "
        "artikel|kommentare|diskussion"
        "|artículos relacionados|más noticias|lo más leído|te recomendamos|articles similaires|à lire également|dans "
        "la même rubrique"
        "|sur le même thème|notícias relacionadas|mais lidas|podobne artykuły|najczęściej czytane|articoli "
        "correlati|gerelateerde artikelen"
        "|weitere informationen|weitere tourentipps(?: "
        ".*)?|quellenangaben|quellen|bildnachweis|bildquelle|fotos?|credits?|crédits photos?.*"
        "|all rights reserved.*|weiterführende (?:informationen|links)|mehr informationen|noch mehr infos für "
        "dich|siehe auch|contexto de la noticia"
        "|weitere informationen (?:zu|zum|zur) .*)\\s*[:.?!]?$");
    return matches(re, b.text);
}

// The headings of recommendation rails: after a real body, whatever follows
// them is other stories, however long their teasers are.
bool isRecommendationHeading(const TextBlock &b)
{
    if (b.text.size() > 60)
        return false;
    static const QRegularExpression re = ci(
        "^(?:related (?:stories|articles|posts|news|content|coverage|reading)|more (?:stories|news|articles) "
        "(?:from|like this|on this)"
        "|you (?:may|might) also (?:like|be interested in|enjoy)|recommended (?:for "
        "you|stories|articles|reading)|editor'?s picks"
        "|read (?:next|more from)|what to read next|empfehlungen aus der redaktion|das könnte sie auch interessieren"
        "|das könnte dich auch interessieren|weitere artikel(?: zum thema)?|ähnliche (?:artikel|beiträge)|verwandte "
        "artikel"
        "|mehr zum thema|auch interessant|artículos relacionados|noticias relacionadas|te puede interesar|le puede "
        "interesar"
        "|articles similaires|à lire aussi|sur le même sujet|notícias relacionadas|leia também|articoli "
        "correlati|podobne artykuły"
        "|gerelateerde artikelen)\\s*[:.]?$");
    return matches(re, b.text);
}

bool isBylineLine(const TextBlock &b, const Metadata &md)
{
    if (b.text.size() > 150)
        return false;
    static const QRegularExpression by = ci("^(?:by|written by|von|par|por|door|di|av|autor|author)\\s*:?\\s+\\p{Lu}");
    if (matches(by, b.text))
        return true;
    for (const QString &a : md.authors)
        if (a.size() > 3 && b.text.contains(a, Qt::CaseInsensitive) && b.text.size() < a.size() + 70)
            return true;
    return false;
}

bool isDateLine(const TextBlock &b)
{
    if (b.text.size() > 90)
        return false;
    static const QRegularExpression stamp
        = ci("^(?:published|updated|last updated|posted|posted on|modified|veröffentlicht|aktualisiert|publié|mis à "
             "jour|publicado|actualizado)\\b");
    static const QRegularExpression readTime = ci("^\\d+\\s*(?:min|minute)s?\\.?\\s*(?:read|de lecture|lesezeit)");
    if (matches(stamp, b.text) || matches(readTime, b.text))
        return true;
    if (!findDateInText(b.text).isValid())
        return false;
    static const QRegularExpression words(QStringLiteral("\\p{L}{4,}"), QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto it = words.globalMatch(b.text); it.hasNext(); it.next())
        ++count;
    return count <= 5;
}

void cleanHead(const Metadata &md, std::vector<TextBlock> &blocks)
{
    int live = 0;
    int titleAt = -1;
    // The headline repeated at the top of the body, with any kicker or
    // section label above it. A sentence of the lede that merely resembles
    // the headline ends with punctuation and is not a heading: it stays.
    for (size_t k = 0; k < blocks.size() && live < 4; ++k) {
        const TextBlock &b = blocks[k];
        if (b.dropped || b.noText)
            continue;
        ++live;
        const bool headlineLike
            = isHeading(b.tag) || !(b.text.endsWith(QLatin1Char('.')) || b.text.endsWith(QLatin1Char('!')));
        if (!md.title.isEmpty() && headlineLike && b.text.size() < md.title.size() * 2 + 20
            && titleSimilarity(md.title, b.text) > 0.75 && titleSimilarity(b.text, md.title) > 0.6) {
            titleAt = int(k);
            break;
        }
    }
    if (titleAt >= 0) {
        blocks[size_t(titleAt)].dropped = true;
        for (int k = 0; k < titleAt; ++k)
            if (blocks[size_t(k)].text.size() < 50)
                blocks[size_t(k)].dropped = true;
    }
    live = 0;
    for (size_t k = 0; k < blocks.size() && live < 6; ++k) {
        TextBlock &b = blocks[k];
        if (b.dropped || b.noText)
            continue;
        ++live;
        if (isBylineLine(b, md) || isDateLine(b))
            b.dropped = true;
        else if (b.text.size() > 200)
            break;
    }
}

// A heading that comes back further down belongs to each of several posts
// (a blog's front page), not to the end of one.
bool repeatsLater(const std::vector<TextBlock> &blocks, size_t k)
{
    for (size_t r = k + 1; r < blocks.size(); ++r)
        if (!blocks[r].noText && blocks[r].text.compare(blocks[k].text, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

void cleanTail(std::vector<TextBlock> &blocks)
{
    // Suffix sums keep the scan linear however many terminator-like lines a page has.
    std::vector<int> restChars(blocks.size() + 1, 0);
    std::vector<float> restLinkChars(blocks.size() + 1, 0.f);
    for (size_t r = blocks.size(); r-- > 0;) {
        const bool live = !blocks[r].dropped && !blocks[r].noText;
        restChars[r] = restChars[r + 1] + (live ? blocks[r].chars : 0);
        restLinkChars[r] = restLinkChars[r + 1] + (live ? blocks[r].linkChars : 0.f);
    }
    int prefix = 0;
    for (size_t k = 0; k < blocks.size(); ++k) {
        const TextBlock &b = blocks[k];
        if (b.dropped || b.noText)
            continue;
        if (prefix > 0 && isTerminator(b)) {
            const int rest = restChars[k];
            const float restLinks = restLinkChars[k];
            if (rest < prefix || (rest > 0 && restLinks / float(rest) > 0.35f)
                || (prefix >= 500 && isRecommendationHeading(b) && !repeatsLater(blocks, k))) {
                for (size_t r = k; r < blocks.size(); ++r)
                    blocks[r].dropped = true;
                break;
            }
        }
        prefix += b.chars;
    }
    // Trailing headings and link crumbs.
    for (size_t k = blocks.size(); k-- > 0;) {
        TextBlock &b = blocks[k];
        if (b.dropped || b.noText)
            continue;
        const bool heading = isHeading(b.tag);
        const bool crumb = b.chars < 40 && b.linkChars >= float(b.chars) * 0.5f;
        if (heading || crumb)
            b.dropped = true;
        else
            break;
    }
}

// b.text.toCaseFolded() without Qt's per-character property lookups for the
// usual text: Latin letters (U+0000-U+024F, folded once through Qt itself, one
// unit to one unit) and General Punctuation (curly quotes, dashes: no case).
// Any other character sends the whole text through Qt.
QString foldedKey(const QString &text)
{
    constexpr char16_t tableSize = 0x250;
    constexpr char16_t askQt = 0xFFFF;
    static const std::array<char16_t, tableSize> latin = [] {
        std::array<char16_t, tableSize> t {};
        for (char16_t c = 0; c < tableSize; ++c) {
            const QString folded = QString(QChar(c)).toCaseFolded();
            t[c] = folded.size() == 1 ? folded.at(0).unicode() : askQt;
        }
        return t;
    }();
    QString key(text.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<char16_t *>(key.data());
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c < tableSize && latin[c] != askQt)
            *out++ = latin[c];
        else if (c >= 0x2000 && c < 0x2070)
            *out++ = c;
        else
            return text.toCaseFolded();
    }
    return key;
}

// A caption shown again as a paragraph at the top of the body (a bold
// block above the picture whose figcaption says the same): the first few
// kept blocks that equal the text of a caption the page shows go.
void dropRepeatedCaptions(const Page &page, std::vector<TextBlock> &blocks)
{
    QSet<QString> captions;
    bool gathered = false;
    int live = 0;
    for (TextBlock &b : blocks) {
        if (b.dropped || b.noText)
            continue;
        if (++live > 3)
            break;
        if (b.text.size() < 20 || b.text.size() > 400)
            continue;
        if (!gathered) {
            gathered = true;
            for (size_t i = 0; i < page.nodes.size(); ++i) {
                const Node &n = page.nodes[i];
                if (n.tag == Tag::Text || !(page.flags[i] & NoText) || (page.flags[i] & Hidden)
                    || (n.parent >= 0 && (page.flags[size_t(n.parent)] & NoText)))
                    continue;
                const QString t = normalizeSpace(page.dom.text(int(i), [](int) { return false; })).trimmed();
                if (t.size() >= 20 && t.size() <= 400)
                    captions.insert(t.toCaseFolded());
                i = size_t(n.end) - 1;
            }
        }
        if (captions.isEmpty())
            break;
        if (captions.contains(b.text.trimmed().toCaseFolded()))
            b.dropped = true;
    }
}

} // namespace

void postClean(const Page &page, const Metadata &md, std::vector<TextBlock> *blocksPtr)
{
    std::vector<TextBlock> &blocks = *blocksPtr;
    const bool debug = lcExtract().isDebugEnabled();
    for (TextBlock &b : blocks) {
        if (b.text.size() > 450)
            continue; // longer than any line of furniture the two tables know
        const LetterPairs pairs(b.text);
        if (isJunk(b, pairs) || isFurniture(b, pairs))
            b.dropped = true;
    }
    if (debug)
        for (const TextBlock &b : blocks)
            if (b.dropped)
                qCDebug(lcExtract, "    junk: %s", b.text.left(60).toUtf8().constData());
    dropRepeatedCaptions(page, blocks);
    cleanHead(md, blocks);
    if (debug)
        for (const TextBlock &b : blocks)
            if (b.dropped)
                qCDebug(lcExtract, "    after head: %s", b.text.left(60).toUtf8().constData());
    cleanTail(blocks);
    // Text emitted twice (a teaser, a pull quote, a caption) lives in another
    // kind of container; equal paragraphs, side by side or not, are the author's.
    struct Seen {
        int parent;
        bool paragraph;
    };
    QHash<QString, Seen> seen;
    for (TextBlock &b : blocks) {
        if (b.dropped || b.noText || b.text.size() < 50)
            continue;
        const QString key = foldedKey(b.text);
        const int parent = b.owner >= 0 ? page.nodes[size_t(b.owner)].parent : -1;
        const bool paragraph = b.tag == Tag::P;
        const auto it = seen.constFind(key);
        if (it == seen.constEnd())
            seen.insert(key, { parent, paragraph });
        else if (it->parent != parent && !(it->paragraph && paragraph))
            b.dropped = true;
    }
}

} // namespace Core::Extract
