#include "topics_lexicon.h"

#include "topics_word_ids.h"

#include <QStringList>

#include <algorithm>

namespace Core::Topics::Lexicon {

namespace {

// The closed word lists, words separated by spaces.
const char *const StopWords =
    // English
    "a about above across after afterwards again against all almost alone along already also although always "
    "am among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became "
    "because become becomes been before beforehand behind being below beside besides between beyond both but by "
    "can cannot could did do does doing done down due during each either else elsewhere enough etc even ever "
    "every everyone everything everywhere except few for former formerly from further had has have having he "
    "hence her here hereafter hereby herein hers herself him himself his how however i if in indeed into is it "
    "its itself just last latter least less many may me meanwhile might more moreover most mostly much must my "
    "myself neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often on "
    "once only onto or other others otherwise our ours ourselves out over own per perhaps please quite rather "
    "re same seem seemed seeming seems several she should since so some somehow someone something sometime "
    "sometimes somewhere still such than that the their theirs them themselves then thence there thereafter "
    "thereby therefore therein these they this those though through throughout thru thus to together too "
    "toward towards under until up upon us very via was we well were what whatever when whence whenever where "
    "whereas whereby wherein whether which while whither who whoever whole whom whose why will with within "
    "without would yet you your yours yourself yourselves says said say like get got make made "
    "here's it's that's there's what's who's let's don't doesn't didn't can't won't isn't aren't wasn't "
    "yes ok okay mr mrs ms i'm i've i'll i'd you'll you're you've you'd we're we've we'll we'd they're "
    "they've they'll they'd he's she's he'll she'll he'd she'd "
    // German
    "der die das den dem des ein eine einer eines einem einen und oder aber nicht ist sind war wird werden "
    "mit von zu zum zur im ins auf aus bei nach über unter vor für gegen ohne durch um als auch wie wenn dass "
    "sich es er sie wir ihr ich noch nur schon sehr hier dort "
    // French
    "le la les un une des du de et ou mais pas est sont été avec pour par sur dans en au aux ce cette ces qui "
    "que quoi dont où il elle ils elles nous vous je ne se sa son ses leur leurs plus "
    // Spanish and Portuguese
    "el los las unos unas y o pero no es son fue con para por sobre entre en del al lo que quien como cuando "
    "su sus más muy ya um uma os as e ou mas não é são foi com para pelo pela em na no nos nas do da dos das "
    // Italian and Dutch
    "il gli una di da dei delle della nel nella che non è sono con per tra fra het een en van op te dat niet "
    "met voor zijn aan er maar om ook als dan bij nog";

const char *const MonthsAndWeekdays
    = "january february march april may june july august september october november december "
      "jan feb mar apr jun jul aug sep sept oct nov dec "
      "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
      "januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag "
      "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
      "lundi mardi mercredi jeudi vendredi samedi dimanche "
      "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre "
      "lunes martes miércoles jueves viernes sábado domingo "
      "today yesterday tomorrow tonight weekend morning evening afternoon "
      "am pm a.m p.m pt et est edt pst pdt cst cdt gmt utc bst cet cest ist pkt";

const char *const QuantityWords
    = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
      "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
      "thousand thousands million millions billion billions trillion trillions lakh lakhs crore crores "
      "percent per-cent pct dozen dozens half quarter first second third fourth fifth sixth seventh eighth ninth "
      "tenth once twice several many few number numbers amount total "
      "dollar dollars euro euros pound pounds rupee rupees yuan yen usd eur gbp";

const char *const GenericNouns
    = "news media video videos photo photos picture pictures image images gallery galleries world hub border "
      "borders visit visits exchange latest live opinion opinions blog blogs podcast podcasts story stories "
      "article articles report reports update updates home headlines headline breaking top trending popular "
      "feature features analysis editorial editorials comment comments column columns letters interview "
      "newsletter local national international global region regional city country countries state states "
      "government people business businesses economy markets market trade finance money politics sport sports "
      "health science technology tech entertainment lifestyle culture arts travel food weather education "
      "environment climate crime law justice security defence defense war peace military police court courts "
      "election elections vote president minister leader leaders official officials talks meeting summit "
      "deal deals agreement plan plans policy support issue issues crisis growth partnership relations ties "
      "event events day week month year time times life death family children women men community "
      "press release statement conference announcement program programme project service services "
      "company companies industry sector group groups team teams fans player players game games match matches "
      "general other others misc miscellaneous uncategorized uncategorised various featured sponsored "
      "advertisement advertising promotion promo ad ads more all new "
      // Technical and business abbreviations that name a kind of thing, not one thing
      "ai api apis usb sms mms cve gps ceo cfo cto coo cmo cio pdf html css url sql json xml http https gb mb kb "
      "tb gpu cpu ram ssd tv pc pcs dna rna gdp ipo led lcd llm llms vr ar ev evs suv faq id pr hr diy ui ux seo "
      "roi kpi saas app apps os iot esg mp3 hd 4k 5g 4g lte wifi wi-fi q1 q2 q3 q4 fy "
      // Institutions named by their kind in French, Spanish, Portuguese and Italian
      "estado gobierno gouvernement governo governi interior intérieur conseil consejo conselho consiglio "
      "santé salud saúde sanità poder poderes pouvoir ministerio ministère ministério ministero "
      "presidencia présidence presidência policía polícia polizia justicia justice justiça giustizia";

const char *const Demonyms
    = "american british english scottish welsh irish european french german italian spanish portuguese dutch "
      "belgian swiss austrian polish czech slovak hungarian romanian bulgarian greek turkish russian ukrainian "
      "belarusian georgian armenian azerbaijani kazakh uzbek chinese japanese korean taiwanese vietnamese thai "
      "indonesian malaysian filipino indian pakistani afghan bangladeshi iranian iraqi syrian lebanese israeli "
      "palestinian jordanian saudi emirati qatari egyptian libyan tunisian algerian moroccan african nigerian "
      "kenyan ethiopian sudanese somali asian australian canadian mexican brazilian argentine argentinian "
      "chilean colombian venezuelan cuban latin arab arabic western eastern northern southern northeastern "
      "northwestern southeastern southwestern central foreign domestic soviet nordic baltic balkan "
      "swedish norwegian danish finnish icelandic serbian croatian bosnian slovenian albanian kosovar "
      "français française françaises allemand allemande américain américaine européen européenne "
      "deutsche deutschen deutscher europäische europäischen amerikanische russische chinesische "
      "español española europeo europea americano americana "
      "north south east west alaskan hawaiian texan californian floridian caribbean "
      "islamist islamic jewish muslim christian catholic protestant hindu buddhist sikh";

const char *const Honorifics
    = "mr mrs ms miss dr prof professor sir dame lord lady president vice prime minister ministers secretary "
      "chancellor premier governor gov senator sen rep representative congressman congresswoman mayor "
      "king queen prince princess sheikh emir pope cardinal bishop rev reverend father general gen admiral "
      "colonel col captain capt lieutenant lt sergeant sgt chairman chairwoman chair ceo chief justice judge "
      "ambassador envoy spokesman spokeswoman spokesperson leader speaker deputy former acting "
      "mp mep mla executive officer director founder cofounder co-founder analyst "
      // German, French, Spanish titles and roles before a name ("Präsident Holger Münch")
      "herr frau präsident präsidentin bundeskanzler bundeskanzlerin kanzler kanzlerin bundespräsident "
      "ministerin bürgermeister bürgermeisterin landrat landrätin trainer sportdirektor chefin "
      "monsieur madame mme président présidente ministre maire "
      "señor señora presidente presidenta ministro ministra alcalde alcaldesa";

const char *const NameParticles
    = "of de del della der den di da das do dos du la le van von zu bin bint ibn al el ul ud";

const char *const GermanDeterminers
    = "der die das den dem des ein eine einer eines einem einen kein keine keinen keinem keiner zur zum im am "
      "vom beim ins ans diese dieser dieses diesen diesem jede jeder jedes jeden ihre ihr seine sein unsere "
      "unser mehr viele alle neue neuen neuer";

const char *const Abbreviations
    = "mr mrs ms dr prof st sr jr gen col capt lt sgt gov sen rep rev vs etc inc ltd co corp no approx dept est "
      "fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft";

// The commonest German nouns of news text, singular and plural: the words a
// German article capitalises that name no one thing.
const char *const GermanNouns
    = "jahr jahre jahren jahres monat monate monaten woche wochen tag tage tagen zeit zeiten stunde stunden "
      "minute minuten prozent euro millionen milliarden million milliarde mal ende anfang beginn mitte "
      "mensch menschen leute person personen frau frauen mann männer kind kinder eltern familie familien "
      "freund freunde sohn sohnes tochter vater mutter ehemann ehefrau bruder schwester jährige jähriger jährigen "
      "stadt städte land länder welt staat staaten region regionen ort orte dorf gemeinde bezirk kreis "
      "leben arbeit geld recht rechte gesetz gesetze vertrag verträge polizei regierung politik wirtschaft "
      "unternehmen firma firmen markt märkte preis preise kosten steuer steuern bank banken geschäft handel "
      "händler kunde kunden nutzer nutzerin hersteller anbieter partner partnern mitarbeiter mitglied "
      "mitglieder experte experten fachleute forscher studie studien bericht berichte daten zahlen zahl "
      "frage fragen antwort problem probleme grund gründe ziel ziele weg wege teil teile fall fälle "
      "seite seiten stelle stellen platz punkt art weise form system systeme modell modelle version "
      "material produkt produkte angebot angebote dienst dienste plattform plattformen technik technologie "
      "energie strom wasser luft gas öl auto autos fahrzeug fahrzeuge fahrer straße straßen verkehr unfall "
      "schule schulen kirche haus häuser wohnung hotel spiel spiele spieler mannschaft verein trainer saison "
      "sieg tor tore meter kilo kilometer liter litern grad krieg frieden gefahr angst hilfe schutz "
      "sicherheit gesundheit krankheit pandemie virus impfung test tests klima umwelt natur kultur musik "
      "kunst film filme buch bücher theater bild bilder foto fotos video videos medien nachrichten zeitung "
      "geschichte zukunft entwicklung entscheidung diskussion kritik erfolg ergebnis ergebnisse lage "
      "situation maßnahme maßnahmen regeln regel plan pläne projekt projekte programm idee kopf hand "
      "augen körper alkohol essen partei parteien wahl wahlen stimme stimmen minister richter gericht "
      "behörde behörden verwaltung amt ämter präsident chef leiter sprecher vorstand aufsichtsrat "
      "anzeige anzeigen anfrage nachfrage angaben informationen hinweis hinweise einsatz einsätze "
      "grenze grenzen anwalt anwälte";

// Words that introduce a picture's or a report's credit: the name after them
// made the story, it is not what the story is about.
const char *const CreditWords
    = "photo photos photograph photographs photographer photography picture image images credit credits "
      "courtesy illustration illustrations graphic video reporting foto fotos fotograf fotografin bild bilder "
      "grafik quelle crédit crédits crédito créditos";

const char *const CorporateSuffixes
    = "inc inc. incorporated corp corp. corporation co co. ltd ltd. limited llc plc ag gmbh sa s.a nv bv se "
      "spa s.p.a oyj asa pty lp llp fc";

// Every list in one table, each word with the flags of the lists it is on: the
// tagger asks about every distinct word of every article, and one cheap hash
// answers all its questions. Words longer than the longest listed word are
// rejected without hashing.
class Table final {
public:
    Table()
    {
        add(StopWords, StopWord);
        add(MonthsAndWeekdays, MonthOrWeekday);
        add(QuantityWords, QuantityWord);
        add(GenericNouns, GenericNoun);
        add(Demonyms, Demonym);
        // "Americans", "Tunisians", "Islamists": the people, no more a topic than the adjective.
        QString plurals;
        for (const QString &word : QString::fromUtf8(Demonyms).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1Char('h')))
                plurals += word + QLatin1String("s ");
        }
        add(plurals.toUtf8().constData(), Demonym);
        add(Honorifics, Honorific);
        add(NameParticles, NameParticle);
        add(GermanDeterminers, GermanDeterminer);
        add(Abbreviations, Abbreviation);
        add(CorporateSuffixes, CorporateSuffix);
        add(GermanNouns, GermanNoun);
        add(CreditWords, CreditWord);
    }
    Table(const Table &) = delete;
    Table &operator=(const Table &) = delete;

    Classes classesOf(QStringView folded) const
    {
        if (folded.size() > m_longest)
            return {};
        const int id = m_ids.find(folded);
        return id < 0 ? Classes() : m_classes.at(id);
    }

private:
    void add(const char *utf8Words, Class listClass)
    {
        for (const QString &word : QString::fromUtf8(utf8Words).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            int id = m_ids.find(word);
            if (id < 0) {
                m_words.append(word);
                id = m_ids.insert(m_words.constLast());
                m_classes.append(Classes());
            }
            m_classes[id] |= listClass;
            m_longest = std::max(m_longest, word.size());
        }
    }

    QStringList m_words; // m_ids holds views into these
    WordIds m_ids;
    QList<Classes> m_classes; // by id
    qsizetype m_longest = 0;
};

// A closed set of phrases, hashed as the word table hashes words.
class PhraseSet final {
public:
    explicit PhraseSet(const QStringList &phrases)
        : m_phrases(phrases)
    {
        for (const QString &phrase : m_phrases)
            m_ids.insert(phrase);
    }
    PhraseSet(const PhraseSet &) = delete;
    PhraseSet &operator=(const PhraseSet &) = delete;
    bool contains(QStringView phrase) const { return m_ids.find(phrase) >= 0; }

private:
    const QStringList m_phrases; // m_ids holds views into these
    WordIds m_ids;
};

const Table &table()
{
    static const Table lexicon;
    return lexicon;
}

} // namespace

Classes classesOf(QStringView folded)
{
    return table().classesOf(folded);
}

bool isStopWord(QStringView folded)
{
    return classesOf(folded).testFlag(StopWord);
}

bool isMonthOrWeekday(QStringView folded)
{
    return classesOf(folded).testFlag(MonthOrWeekday);
}

bool isQuantityWord(QStringView folded)
{
    return classesOf(folded).testFlag(QuantityWord);
}

// [$€£¥₹]?[0-9][0-9.,:/-]*(st|nd|rd|th|s|%|k|m|bn|pc)?, matched by hand:
// a regular expression per candidate costs more than the rest of its test.
bool isNumberToken(QStringView folded)
{
    const auto isDigit = [&](qsizetype i) { return i < folded.size() && folded[i] >= u'0' && folded[i] <= u'9'; };
    qsizetype i = 0;
    if (!folded.isEmpty() && QStringView(u"$\u20AC\u00A3\u00A5\u20B9").contains(folded.front()))
        ++i;
    if (!isDigit(i))
        return false;
    ++i;
    while (i < folded.size() && (isDigit(i) || QStringView(u".,:/-").contains(folded[i])))
        ++i;
    const QStringView suffix = folded.sliced(i);
    for (const char16_t *unit : { u"", u"st", u"nd", u"rd", u"th", u"s", u"%", u"k", u"m", u"bn", u"pc" }) {
        if (suffix == QStringView(unit))
            return true;
    }
    return false;
}

bool isGenericNoun(QStringView folded)
{
    return classesOf(folded).testFlag(GenericNoun);
}

bool isNewsAgency(QStringView foldedPhrase)
{
    static const PhraseSet agencies({
        QStringLiteral("reuters"),
        QStringLiteral("thomson reuters"),
        QStringLiteral("ap"),
        QStringLiteral("associated press"),
        QStringLiteral("the associated press"),
        QStringLiteral("afp"),
        QStringLiteral("agence france-presse"),
        QStringLiteral("agence france presse"),
        QStringLiteral("app"),
        QStringLiteral("associated press of pakistan"),
        QStringLiteral("tass"),
        QStringLiteral("itar-tass"),
        QStringLiteral("xinhua"),
        QStringLiteral("xinhua news agency"),
        QStringLiteral("pti"),
        QStringLiteral("press trust of india"),
        QStringLiteral("ani"),
        QStringLiteral("ians"),
        QStringLiteral("uni"),
        QStringLiteral("dpa"),
        QStringLiteral("efe"),
        QStringLiteral("ansa"),
        QStringLiteral("kyodo"),
        QStringLiteral("kyodo news"),
        QStringLiteral("jiji"),
        QStringLiteral("jiji press"),
        QStringLiteral("yonhap"),
        QStringLiteral("bernama"),
        QStringLiteral("antara"),
        QStringLiteral("anadolu"),
        QStringLiteral("anadolu agency"),
        QStringLiteral("aa"),
        QStringLiteral("ria novosti"),
        QStringLiteral("ria"),
        QStringLiteral("interfax"),
        QStringLiteral("sputnik"),
        QStringLiteral("upi"),
        QStringLiteral("united press international"),
        QStringLiteral("wam"),
        QStringLiteral("spa"),
        QStringLiteral("kuna"),
        QStringLiteral("irna"),
        QStringLiteral("mena"),
        QStringLiteral("pa"),
        QStringLiteral("pa media"),
        QStringLiteral("aap"),
        QStringLiteral("australian associated press"),
        QStringLiteral("cp"),
        QStringLiteral("canadian press"),
        QStringLiteral("the canadian press"),
        QStringLiteral("ntb"),
        QStringLiteral("tt"),
        QStringLiteral("ritzau"),
        QStringLiteral("belga"),
        QStringLiteral("apa"),
        QStringLiteral("ctk"),
        QStringLiteral("pap"),
        QStringLiteral("mti"),
        QStringLiteral("bta"),
        QStringLiteral("tanjug"),
        QStringLiteral("hina"),
        QStringLiteral("ukrinform"),
        QStringLiteral("unian"),
        QStringLiteral("bloomberg news"),
        QStringLiteral("news agency"),
        QStringLiteral("wire services"),
        QStringLiteral("agencies"),
        QStringLiteral("wires"),
        // Picture agencies credited in captions.
        QStringLiteral("getty"),
        QStringLiteral("getty images"),
        QStringLiteral("afp via getty images"),
        QStringLiteral("shutterstock"),
        QStringLiteral("alamy"),
        QStringLiteral("epa"),
        QStringLiteral("epa efe"),
        QStringLiteral("ap photo"),
        QStringLiteral("reuters pictures"),
        QStringLiteral("imago"),
    });
    return agencies.contains(foldedPhrase);
}

bool isDemonym(QStringView folded)
{
    return classesOf(folded).testFlag(Demonym);
}

bool isHonorific(QStringView folded)
{
    return classesOf(folded).testFlag(Honorific);
}

bool isNameParticle(QStringView folded)
{
    return classesOf(folded).testFlag(NameParticle);
}

bool isGermanDeterminer(QStringView folded)
{
    return classesOf(folded).testFlag(GermanDeterminer);
}

bool isAbbreviation(QStringView folded)
{
    return classesOf(folded).testFlag(Abbreviation);
}

bool isGermanNoun(QStringView folded)
{
    return classesOf(folded).testFlag(GermanNoun);
}

bool isCorporateSuffix(QStringView folded)
{
    return classesOf(folded).testFlag(CorporateSuffix);
}

} // namespace Core::Topics::Lexicon
