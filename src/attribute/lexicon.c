/* lexicon.c — the word lists behind the attribution rules: cue verbs and
 * their lemmas, role nouns and titles, organisation and place words,
 * country names and demonyms with their ISO 3166 codes, and the small
 * classes the noun-phrase scans need.  Every list is kept sorted (a unit
 * test checks it) and searched by bisection on the lower-cased word.
 * The lists were generated sorted once and are edited by hand since. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "attribute/internal.h"

static const struct cue_form { const char *form, *lemma; } cue_forms[] = {
    {"acknowledged", "acknowledge"},
    {"acknowledges", "acknowledge"},
    {"added", "add"},
    {"adds", "add"},
    {"admits", "admit"},
    {"admitted", "admit"},
    {"alleged", "allege"},
    {"announced", "announce"},
    {"announces", "announce"},
    {"answered", "answer"},
    {"argued", "argue"},
    {"argues", "argue"},
    {"asked", "ask"},
    {"asks", "ask"},
    {"asserted", "assert"},
    {"asserts", "assert"},
    {"assured", "assure"},
    {"assures", "assure"},
    {"believes", "believe"},
    {"cautioned", "caution"},
    {"claimed", "claim"},
    {"claims", "claim"},
    {"clarified", "clarify"},
    {"commented", "comment"},
    {"complained", "complain"},
    {"conceded", "concede"},
    {"concluded", "conclude"},
    {"confirmed", "confirm"},
    {"confirms", "confirm"},
    {"continued", "continue"},
    {"declared", "declare"},
    {"declares", "declare"},
    {"denied", "deny"},
    {"denies", "deny"},
    {"emphasised", "emphasize"},
    {"emphasises", "emphasize"},
    {"emphasized", "emphasize"},
    {"emphasizes", "emphasize"},
    {"estimated", "estimate"},
    {"explained", "explain"},
    {"explains", "explain"},
    {"indicated", "indicate"},
    {"indicates", "indicate"},
    {"informed", "inform"},
    {"insisted", "insist"},
    {"insists", "insist"},
    {"maintained", "maintain"},
    {"maintains", "maintain"},
    {"noted", "note"},
    {"notes", "note"},
    {"observed", "observe"},
    {"pledged", "pledge"},
    {"pointed", "point"},
    {"posted", "post"},
    {"predicted", "predict"},
    {"promised", "promise"},
    {"promises", "promise"},
    {"quipped", "quip"},
    {"recalled", "recall"},
    {"recalls", "recall"},
    {"reiterated", "reiterate"},
    {"reiterates", "reiterate"},
    {"remarked", "remark"},
    {"repeated", "repeat"},
    {"repeats", "repeat"},
    {"replied", "reply"},
    {"replies", "reply"},
    {"reported", "report"},
    {"reports", "report"},
    {"responded", "respond"},
    {"retorted", "retort"},
    {"said", "say"},
    {"say", "say"},
    {"saying", "say"},
    {"says", "say"},
    {"shouted", "shout"},
    {"specified", "specify"},
    {"speaks", "speak"},
    {"spoke", "speak"},
    {"spoken", "speak"},
    {"stated", "state"},
    {"states", "state"},
    {"stressed", "stress"},
    {"stresses", "stress"},
    {"suggested", "suggest"},
    {"suggests", "suggest"},
    {"tells", "tell"},
    {"thinks", "think"},
    {"told", "tell"},
    {"tweeted", "tweet"},
    {"underlined", "underline"},
    {"underlines", "underline"},
    {"underscored", "underscore"},
    {"urged", "urge"},
    {"vowed", "vow"},
    {"vows", "vow"},
    {"warned", "warn"},
    {"warns", "warn"},
    {"writes", "write"},
    {"wrote", "write"},
};

static const struct country_form { const char *form, *code; } country_forms[] = {
    {"america", "USA"},
    {"american", "USA"},
    {"americans", "USA"},
    {"ankara", "TUR"},
    {"armenia", "ARM"},
    {"armenian", "ARM"},
    {"austria", "AUT"},
    {"austrian", "AUT"},
    {"azerbaijan", "AZE"},
    {"azerbaijani", "AZE"},
    {"beijing", "CHN"},
    {"belarus", "BLR"},
    {"belarusian", "BLR"},
    {"belgian", "BEL"},
    {"belgium", "BEL"},
    {"berlin", "DEU"},
    {"britain", "GBR"},
    {"british", "GBR"},
    {"bulgaria", "BGR"},
    {"bulgarian", "BGR"},
    {"canada", "CAN"},
    {"canadian", "CAN"},
    {"china", "CHN"},
    {"chinese", "CHN"},
    {"czech", "CZE"},
    {"danish", "DNK"},
    {"denmark", "DNK"},
    {"dutch", "NLD"},
    {"england", "GBR"},
    {"estonia", "EST"},
    {"estonian", "EST"},
    {"finland", "FIN"},
    {"finnish", "FIN"},
    {"france", "FRA"},
    {"french", "FRA"},
    {"georgia", "GEO"},
    {"georgian", "GEO"},
    {"german", "DEU"},
    {"germany", "DEU"},
    {"greece", "GRC"},
    {"greek", "GRC"},
    {"helsinki", "FIN"},
    {"hungarian", "HUN"},
    {"hungary", "HUN"},
    {"india", "IND"},
    {"indian", "IND"},
    {"iran", "IRN"},
    {"iranian", "IRN"},
    {"iraq", "IRQ"},
    {"iraqi", "IRQ"},
    {"israel", "ISR"},
    {"israeli", "ISR"},
    {"italian", "ITA"},
    {"italy", "ITA"},
    {"japan", "JPN"},
    {"japanese", "JPN"},
    {"kazakh", "KAZ"},
    {"kazakhstan", "KAZ"},
    {"kiev", "UKR"},
    {"kremlin", "RUS"},
    {"kyiv", "UKR"},
    {"latvia", "LVA"},
    {"latvian", "LVA"},
    {"lithuania", "LTU"},
    {"lithuanian", "LTU"},
    {"london", "GBR"},
    {"minsk", "BLR"},
    {"moldova", "MDA"},
    {"moldovan", "MDA"},
    {"moscow", "RUS"},
    {"netherlands", "NLD"},
    {"norway", "NOR"},
    {"norwegian", "NOR"},
    {"paris", "FRA"},
    {"poland", "POL"},
    {"polish", "POL"},
    {"romania", "ROU"},
    {"romanian", "ROU"},
    {"russia", "RUS"},
    {"russian", "RUS"},
    {"russians", "RUS"},
    {"serbia", "SRB"},
    {"serbian", "SRB"},
    {"slovak", "SVK"},
    {"slovakia", "SVK"},
    {"spain", "ESP"},
    {"spanish", "ESP"},
    {"stockholm", "SWE"},
    {"sweden", "SWE"},
    {"swedish", "SWE"},
    {"syria", "SYR"},
    {"syrian", "SYR"},
    {"tehran", "IRN"},
    {"tokyo", "JPN"},
    {"turkey", "TUR"},
    {"turkish", "TUR"},
    {"u.k.", "GBR"},
    {"u.s", "USA"},
    {"u.s.", "USA"},
    {"uk", "GBR"},
    {"ukraine", "UKR"},
    {"ukrainian", "UKR"},
    {"ukrainians", "UKR"},
    {"us", "USA"},
    {"usa", "USA"},
    {"warsaw", "POL"},
    {"washington", "USA"},
};

static const char *const role_words[] = {
    "acting", "activist", "admiral", "adviser", "advisor", "affairs", "aide", "ambassador",
    "analyst", "analysts", "archbishop", "attache", "captain", "ceo", "chair", "chairman",
    "chairwoman", "chancellor", "chief", "colonel", "commander", "commander-in-chief",
    "commissioner", "congressman", "congresswoman", "consul", "correspondent", "councillor",
    "counsellor", "counterpart", "defence", "defense", "department's", "deputies", "deputy",
    "dictator", "diplomat", "diplomats", "director", "dr", "economist", "economy", "emir", "energy",
    "envoy", "ex-president", "expert", "experts", "finance", "first", "foreign", "former",
    "founder", "general", "government", "governmental", "governor", "head", "high", "incumbent",
    "interior", "judge", "justice", "king", "lawmaker", "lawmakers", "lawyer", "leader", "leaders",
    "lieutenant", "major", "marshal", "mayor", "member", "members", "military", "minister",
    "ministers", "ministry's", "monarch", "mp", "mr", "mrs", "ms", "national", "negotiator",
    "official", "officials", "ombudsman", "opposition", "parliamentary", "party", "patriarch",
    "permanent", "policy", "politician", "pope", "premier", "president", "president-elect", "press",
    "prime", "prince", "professor", "prosecutor", "queen", "regional", "representative",
    "representatives", "researcher", "ruler", "ruling", "scientist", "second", "secretary",
    "secretary-general", "security", "senator", "senior", "sergeant", "sheikh", "source", "sources",
    "speaker", "spokesman", "spokesperson", "spokeswoman", "strongman", "third", "top",
    "vice", "vice-president",
};

static const char *const org_words[] = {
    "administration", "agency", "alliance", "army", "assembly", "bank", "bloc", "cabinet", "cia",
    "coalition", "command", "commission", "committee", "congress", "council", "court", "delegation",
    "department", "duma", "embassy", "eu", "fbi", "federation", "forces", "front", "fsb", "fund",
    "government", "group", "gru", "guard", "headquarters", "house", "kremlin", "military",
    "ministry", "mission", "movement", "nato", "navy", "office", "organisation", "organization",
    "parliament", "party", "pentagon", "police", "presidency", "secretariat", "senate", "service",
    "state", "svr", "un", "union", "white",
};

static const char *const place_words[] = {
    "america", "ankara", "beijing", "belarus", "berlin", "britain", "brussels", "canada", "china",
    "east", "estonia", "europe", "finland", "france", "georgia", "germany", "hungary", "india",
    "iran", "iraq", "israel", "italy", "japan", "kiev", "kremlin", "kyiv", "latvia", "lithuania",
    "london", "minsk", "moldova", "moscow", "norway", "paris", "poland", "romania", "russia",
    "spain", "sweden", "syria", "tehran", "tokyo", "turkey", "ukraine", "warsaw", "washington",
    "west",
};

static const char *const skip_words[] = {
    "again", "allegedly", "already", "also", "angrily", "been", "bluntly", "calmly", "clearly",
    "could", "did", "directly", "do", "does", "earlier", "explicitly", "firmly", "flatly",
    "further", "had", "has", "have", "however", "is", "just", "later", "may", "meanwhile", "might",
    "must", "never", "not", "now", "once", "openly", "personally", "previously", "privately",
    "publicly", "recently", "repeatedly", "reportedly", "separately", "sharply", "should", "still",
    "then", "today", "was", "will", "would", "yesterday",
};

static const char *const female_names[] = {
    "agnes", "alla", "angela", "anna", "annalena", "annika", "beata", "catherine", "christine",
    "claudia", "condoleezza", "cristina", "daria", "darya", "dilma", "ebba", "ekaterina", "elena",
    "elizabeth", "ella", "emma", "ewa", "federica", "galina", "giorgia", "helen", "helena",
    "hillary", "ingrida", "irina", "iryna", "jacinda", "janet", "jennifer", "jessica", "julia",
    "kaja", "kamala", "karen", "kateryna", "kersti", "kristalina", "laura", "linda", "lisa", "liz",
    "lyudmila", "madeleine", "magdalena", "margaret", "maria", "marina", "marine", "mary", "mette",
    "michelle", "nancy", "natalia", "natalya", "ngozi", "nicola", "oksana", "olena", "olga",
    "penny", "priti", "samantha", "sanna", "sarah", "simonetta", "sofia", "sophie", "suella",
    "susan", "svetlana", "tarja", "tatiana", "tatyana", "theresa", "ursula", "valentina",
    "victoria", "viola", "yekaterina", "ylva", "yulia", "yuliia",
};

static const char *const stop_labels[] = {
    "advertisement", "also", "caption", "chart", "clarification", "contact",
    "copyright", "correction", "credit", "credits", "disclaimer", "editing", "editor", "email",
    "file", "follow", "graphic", "image", "images", "listen", "map", "more", "note",
    "photo", "photos", "read", "related", "reporting", "see", "share", "source",
    "sources", "subscribe", "tags", "tel", "topics", "update", "updated", "video", "warning",
    "watch",
};

static const char *const det_words[] = {
    "a", "an", "her", "his", "its", "our", "that", "the", "their", "these", "this", "those",
};

static const char *const connect_words[] = {
    "al", "at", "bin", "de", "der", "el", "for", "in", "of", "on", "the", "to", "van", "von",
};

static const char *const prep_words[] = {
    "after", "at", "before", "by", "during", "earlier", "early", "from", "in", "last", "late", "on",
    "over", "this", "through", "via", "with",
};

static const char *const abbrev_words[] = {
    "adm", "approx", "apr", "aug", "capt", "cmdr", "co", "col", "corp", "dec", "dr", "est", "etc",
    "feb", "fig", "gen", "gov", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "mr",
    "mrs", "ms", "no", "nov", "oct", "prof", "rep", "sen", "sep", "sept", "sgt", "sr", "st", "vs",
};

static const char *const sent_adverbs[] = {
    "according", "addressing", "after", "also", "and", "answering", "as", "asked", "at", "before",
    "but", "commenting", "earlier", "furthermore", "however", "if", "in", "instead", "last",
    "later", "meanwhile", "moreover", "nevertheless", "now", "on", "overnight", "referring",
    "responding", "separately", "since", "so", "speaking", "still", "that", "then", "this", "today",
    "tonight", "what", "when", "while", "writing", "yesterday",
};

static const char *const journalist_words[] = {
    "correspondent", "correspondents", "interviewer", "journalist", "journalists", "q", "question",
    "reporter", "reporters",
};

#define COUNT(a) (sizeof a / sizeof *a)

/* Lower-case the word into out (ASCII only; other bytes copied); 0 when
 * it does not fit, so over-long words simply match nothing. */
static size_t lower(const char *s, size_t n, char *out, size_t cap)
{
    /* a possessive does not change the class: "Russia's" is a place */
    if (n > 2 && s[n - 2] == '\'' && (s[n - 1] == 's' || s[n - 1] == 'S')) n -= 2;
    else if (n > 4 && (unsigned char)s[n - 4] == 0xE2 && (unsigned char)s[n - 2] == 0x99 && s[n - 1] == 's') n -= 4;
    if (n == 0 || n >= cap) return 0;
    for (size_t i = 0; i < n; i++) out[i] = (char)tolower((unsigned char)s[i]);
    out[n] = '\0';
    return n;
}

static int cmp_str(const void *key, const void *item) { return strcmp(key, *(const char *const *)item); }
static int cmp_cue(const void *key, const void *item) { return strcmp(key, ((const struct cue_form *)item)->form); }
static int cmp_country(const void *key, const void *item) { return strcmp(key, ((const struct country_form *)item)->form); }

static const struct { const char *const *words; size_t n; } classes[LX_COUNT] = {
    [LX_CUE] = {NULL, 0},
    [LX_ROLE] = {role_words, COUNT(role_words)},
    [LX_ORG] = {org_words, COUNT(org_words)},
    [LX_PLACE] = {place_words, COUNT(place_words)},
    [LX_SKIP] = {skip_words, COUNT(skip_words)},
    [LX_FEMALE_NAME] = {female_names, COUNT(female_names)},
    [LX_STOP_LABEL] = {stop_labels, COUNT(stop_labels)},
    [LX_DET] = {det_words, COUNT(det_words)},
    [LX_CONNECT] = {connect_words, COUNT(connect_words)},
    [LX_PREP] = {prep_words, COUNT(prep_words)},
    [LX_ABBREV] = {abbrev_words, COUNT(abbrev_words)},
    [LX_SENT_ADVERB] = {sent_adverbs, COUNT(sent_adverbs)},
    [LX_JOURNALIST] = {journalist_words, COUNT(journalist_words)},
};

bool lex_is(lexclass cls, const char *s, size_t n)
{
    char w[48];
    if (cls == LX_CUE) return lex_cue_lemma(s, n) != NULL;
    if (cls >= LX_COUNT || !classes[cls].words || !lower(s, n, w, sizeof w)) return false;
    return bsearch(w, classes[cls].words, classes[cls].n, sizeof(char *), cmp_str) != NULL;
}

const char *lex_cue_lemma(const char *s, size_t n)
{
    char w[48];
    if (!lower(s, n, w, sizeof w)) return NULL;
    const struct cue_form *f = bsearch(w, cue_forms, COUNT(cue_forms), sizeof *cue_forms, cmp_cue);
    return f ? f->lemma : NULL;
}

const char *lex_country(const char *s, size_t n)
{
    char w[48];
    if (!lower(s, n, w, sizeof w)) return NULL;
    const struct country_form *f = bsearch(w, country_forms, COUNT(country_forms), sizeof *country_forms, cmp_country);
    return f ? f->code : NULL;
}

int lex_gender(const char *s, size_t n)
{
    char w[48];
    if (!lower(s, n, w, sizeof w)) return 0;
    static const char *const female[] = {"spokeswoman", "chairwoman", "congresswoman", "mrs", "ms", "madam", "queen",
                                         "princess", "she", "her", "businesswoman", "stateswoman", "baroness", "lady"};
    static const char *const male[] = {"spokesman", "chairman", "congressman", "mr", "sir", "king", "prince", "he",
                                       "his", "him", "businessman", "statesman", "lord", "emir", "sheikh", "patriarch", "pope"};
    for (size_t i = 0; i < COUNT(female); i++) if (strcmp(w, female[i]) == 0) return 2;
    for (size_t i = 0; i < COUNT(male); i++) if (strcmp(w, male[i]) == 0) return 1;
    if (bsearch(w, female_names, COUNT(female_names), sizeof(char *), cmp_str)) return 2;
    return 0;
}

/* For the unit test: whether every list is sorted (bisection needs it). */
bool lex_lists_sorted(void)
{
    for (size_t c = 0; c < LX_COUNT; c++)
        for (size_t i = 1; i < classes[c].n; i++)
            if (strcmp(classes[c].words[i - 1], classes[c].words[i]) >= 0) return false;
    for (size_t i = 1; i < COUNT(cue_forms); i++) if (strcmp(cue_forms[i - 1].form, cue_forms[i].form) >= 0) return false;
    for (size_t i = 1; i < COUNT(country_forms); i++) if (strcmp(country_forms[i - 1].form, country_forms[i].form) >= 0) return false;
    return true;
}

bool weq(const ctx *c, uint32_t i, const char *lit)
{
    size_t n = wlen(c, i);
    return strlen(lit) == n && strncasecmp(wtext(c, i), lit, n) == 0;
}

bool wis(const ctx *c, uint32_t i, lexclass cls)
{
    const aword *w = &c->w.items[i];
    return w->kind == W_WORD && lex_is(cls, c->t + w->s, w->e - w->s);
}

bool wpunct(const ctx *c, uint32_t i, char ch)
{
    const aword *w = &c->w.items[i];
    return w->kind == W_PUNCT && w->e - w->s == 1 && c->t[w->s] == ch;
}
