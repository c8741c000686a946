/* abbrev.c — tables of English abbreviations as news writes them (AP style
 * titles, months, US states, company suffixes) and of words that open
 * sentences.  Lists are short, so a length-filtered scan is fast enough:
 * lookups happen only for words followed by a period. */
#include "nlp/abbrev.h"

#include <stdlib.h>
#include <string.h>

#include "nlp/opener_table.h"

typedef struct entry {
    const char *word;
    nlp_abbrev_kind kind;
} entry;

/* Case matters: "Gen." is a title but "gen." is not; "No." before a number
 * but "no." ends "he said no.". */
static const entry abbreviations[] = {
    /* titles and ranks */
    {"Mr", NLP_ABBREV_TITLE}, {"Mrs", NLP_ABBREV_TITLE}, {"Ms", NLP_ABBREV_TITLE},
    {"Messrs", NLP_ABBREV_TITLE}, {"Dr", NLP_ABBREV_TITLE}, {"Drs", NLP_ABBREV_TITLE}, {"Prof", NLP_ABBREV_TITLE},
    {"Gen", NLP_ABBREV_TITLE}, {"Lt", NLP_ABBREV_TITLE}, {"Col", NLP_ABBREV_TITLE},
    {"Maj", NLP_ABBREV_TITLE}, {"Capt", NLP_ABBREV_TITLE}, {"Cmdr", NLP_ABBREV_TITLE},
    {"Cdr", NLP_ABBREV_TITLE}, {"Adm", NLP_ABBREV_TITLE}, {"Sgt", NLP_ABBREV_TITLE},
    {"Cpl", NLP_ABBREV_TITLE}, {"Pvt", NLP_ABBREV_TITLE}, {"Brig", NLP_ABBREV_TITLE},
    {"Sen", NLP_ABBREV_TITLE}, {"Sens", NLP_ABBREV_TITLE}, {"Rep", NLP_ABBREV_TITLE},
    {"Reps", NLP_ABBREV_TITLE}, {"Gov", NLP_ABBREV_TITLE}, {"Pres", NLP_ABBREV_TITLE},
    {"Rev", NLP_ABBREV_TITLE}, {"Hon", NLP_ABBREV_TITLE}, {"Fr", NLP_ABBREV_TITLE},
    {"Supt", NLP_ABBREV_TITLE}, {"Insp", NLP_ABBREV_TITLE}, {"Det", NLP_ABBREV_TITLE},
    {"Amb", NLP_ABBREV_TITLE}, {"Atty", NLP_ABBREV_TITLE}, {"Mt", NLP_ABBREV_TITLE},
    {"Ft", NLP_ABBREV_TITLE}, {"Mme", NLP_ABBREV_TITLE}, {"Mlle", NLP_ABBREV_TITLE},
    {"Rt", NLP_ABBREV_TITLE}, {"Spc", NLP_ABBREV_TITLE}, {"Pfc", NLP_ABBREV_TITLE}, {"Msgr", NLP_ABBREV_TITLE},
    {"Lieut", NLP_ABBREV_TITLE}, {"Govs", NLP_ABBREV_TITLE}, {"Gens", NLP_ABBREV_TITLE}, {"Profs", NLP_ABBREV_TITLE},
    {"Sr", NLP_ABBREV_OTHER}, {"Jr", NLP_ABBREV_OTHER}, {"St", NLP_ABBREV_OTHER},
    /* months (not May, June, July) and days */
    {"Jan", NLP_ABBREV_MONTH}, {"Feb", NLP_ABBREV_MONTH}, {"Mar", NLP_ABBREV_MONTH},
    {"Apr", NLP_ABBREV_MONTH}, {"Jun", NLP_ABBREV_MONTH}, {"Jul", NLP_ABBREV_MONTH},
    {"Aug", NLP_ABBREV_MONTH}, {"Sep", NLP_ABBREV_MONTH}, {"Sept", NLP_ABBREV_MONTH},
    {"Oct", NLP_ABBREV_MONTH}, {"Nov", NLP_ABBREV_MONTH}, {"Dec", NLP_ABBREV_MONTH},
    {"Mon", NLP_ABBREV_OTHER}, {"Tue", NLP_ABBREV_OTHER}, {"Tues", NLP_ABBREV_OTHER},
    {"Wed", NLP_ABBREV_OTHER}, {"Thu", NLP_ABBREV_OTHER}, {"Thur", NLP_ABBREV_OTHER},
    {"Thurs", NLP_ABBREV_OTHER}, {"Fri", NLP_ABBREV_OTHER}, {"Sat", NLP_ABBREV_OTHER},
    /* numbers and references */
    {"No", NLP_ABBREV_NUMBER}, {"Nos", NLP_ABBREV_NUMBER}, {"no", NLP_ABBREV_NUMBER},
    {"Vol", NLP_ABBREV_NUMBER}, {"vol", NLP_ABBREV_NUMBER}, {"pp", NLP_ABBREV_NUMBER},
    {"Fig", NLP_ABBREV_NUMBER}, {"fig", NLP_ABBREV_NUMBER}, {"Art", NLP_ABBREV_NUMBER},
    {"Sec", NLP_ABBREV_NUMBER}, {"Ch", NLP_ABBREV_NUMBER}, {"ch", NLP_ABBREV_NUMBER},
    {"Rs", NLP_ABBREV_NUMBER}, {"p", NLP_ABBREV_NUMBER}, {"para", NLP_ABBREV_NUMBER},
    {"Nr", NLP_ABBREV_NUMBER}, {"ext", NLP_ABBREV_NUMBER}, {"Ext", NLP_ABBREV_NUMBER}, {"Rte", NLP_ABBREV_NUMBER}, {"Pt", NLP_ABBREV_NUMBER},
    /* organisations, places, Latin */
    {"Pte", NLP_ABBREV_OTHER}, {"Pty", NLP_ABBREV_OTHER}, {"Plc", NLP_ABBREV_OTHER},
    {"Bhd", NLP_ABBREV_OTHER}, {"Dist", NLP_ABBREV_OTHER}, {"Ln", NLP_ABBREV_OTHER},
    {"Inc", NLP_ABBREV_OTHER}, {"Ltd", NLP_ABBREV_OTHER}, {"Corp", NLP_ABBREV_OTHER},
    {"Co", NLP_ABBREV_OTHER}, {"Cos", NLP_ABBREV_OTHER}, {"Bros", NLP_ABBREV_OTHER},
    /* company forms as names written in capitals print them ("ACME TOOLS
     * PVT. LTD."): a private limited company, not a private soldier */
    {"INC", NLP_ABBREV_OTHER}, {"LTD", NLP_ABBREV_OTHER}, {"CORP", NLP_ABBREV_OTHER}, {"PVT", NLP_ABBREV_OTHER},
    /* and the places of a dateline in capitals ("ST. LOUIS", "FT. WORTH",
     * "MT. VERNON"): a saint, a fort, a mount, not a sentence's end */
    {"ST", NLP_ABBREV_OTHER}, {"FT", NLP_ABBREV_OTHER}, {"MT", NLP_ABBREV_OTHER},
    {"Dept", NLP_ABBREV_OTHER}, {"Univ", NLP_ABBREV_OTHER}, {"Assn", NLP_ABBREV_OTHER},
    {"Govt", NLP_ABBREV_OTHER}, {"Ave", NLP_ABBREV_OTHER}, {"Blvd", NLP_ABBREV_OTHER},
    {"Rd", NLP_ABBREV_OTHER}, {"Sts", NLP_ABBREV_OTHER}, {"Hwy", NLP_ABBREV_OTHER}, {"Ste", NLP_ABBREV_OTHER},
    {"etc", NLP_ABBREV_OTHER}, {"vs", NLP_ABBREV_TITLE}, {"v", NLP_ABBREV_TITLE},
    {"al", NLP_ABBREV_OTHER}, {"approx", NLP_ABBREV_OTHER}, {"ca", NLP_ABBREV_OTHER},
    {"cf", NLP_ABBREV_OTHER}, {"est", NLP_ABBREV_OTHER}, {"incl", NLP_ABBREV_OTHER},
    {"min", NLP_ABBREV_OTHER}, {"max", NLP_ABBREV_OTHER}, {"Sq", NLP_ABBREV_OTHER},
    /* units and measures, which news writes with a period and lowercase */
    {"pct", NLP_ABBREV_OTHER}, {"yr", NLP_ABBREV_OTHER}, {"yrs", NLP_ABBREV_OTHER},
    {"mos", NLP_ABBREV_OTHER}, {"hr", NLP_ABBREV_OTHER}, {"hrs", NLP_ABBREV_OTHER},
    {"lb", NLP_ABBREV_OTHER}, {"lbs", NLP_ABBREV_OTHER}, {"oz", NLP_ABBREV_OTHER},
    {"ft", NLP_ABBREV_OTHER}, {"sq", NLP_ABBREV_OTHER}, {"gal", NLP_ABBREV_OTHER},
    {"tsp", NLP_ABBREV_OTHER}, {"tbsp", NLP_ABBREV_OTHER}, {"Tsp", NLP_ABBREV_OTHER}, {"Tbsp", NLP_ABBREV_OTHER},
    {"dept", NLP_ABBREV_OTHER},
    {"govt", NLP_ABBREV_OTHER}, {"intl", NLP_ABBREV_OTHER}, {"Intl", NLP_ABBREV_OTHER},
    {"mln", NLP_ABBREV_OTHER}, {"bln", NLP_ABBREV_OTHER}, {"Gov't", NLP_ABBREV_OTHER},
    {"Ala", NLP_ABBREV_OTHER}, {"Ark", NLP_ABBREV_OTHER}, {"Del", NLP_ABBREV_OTHER},
    {"Ariz", NLP_ABBREV_OTHER}, {"Calif", NLP_ABBREV_OTHER}, {"Colo", NLP_ABBREV_OTHER},
    {"Conn", NLP_ABBREV_OTHER}, {"Fla", NLP_ABBREV_OTHER}, {"Ga", NLP_ABBREV_OTHER},
    {"Ill", NLP_ABBREV_OTHER}, {"Ind", NLP_ABBREV_OTHER}, {"Kan", NLP_ABBREV_OTHER},
    {"Ky", NLP_ABBREV_OTHER}, {"La", NLP_ABBREV_OTHER}, {"Mass", NLP_ABBREV_OTHER},
    {"Md", NLP_ABBREV_OTHER}, {"Mich", NLP_ABBREV_OTHER}, {"Minn", NLP_ABBREV_OTHER},
    {"Miss", NLP_ABBREV_OTHER}, {"Mo", NLP_ABBREV_OTHER}, {"Mont", NLP_ABBREV_OTHER},
    {"Neb", NLP_ABBREV_OTHER}, {"Nev", NLP_ABBREV_OTHER}, {"Okla", NLP_ABBREV_OTHER},
    {"Ore", NLP_ABBREV_OTHER}, {"Pa", NLP_ABBREV_OTHER}, {"Tenn", NLP_ABBREV_OTHER},
    {"Tex", NLP_ABBREV_OTHER}, {"Va", NLP_ABBREV_OTHER}, {"Vt", NLP_ABBREV_OTHER},
    {"Wash", NLP_ABBREV_OTHER}, {"Wis", NLP_ABBREV_OTHER}, {"Wyo", NLP_ABBREV_OTHER},
};

/* "U.S", "e.g", "Ph.D", "a.m": letters in pieces of one or two separated by
 * single periods.  Longer pieces ("cnn.com") are domain names, not this. */
static int dotted(const char *s, size_t n)
{
    size_t piece = 0, dots = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '.') {
            if (piece == 0) return 0;
            dots++;
            piece = 0;
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            if (++piece > 2) return 0;
        } else {
            return 0;
        }
    }
    return dots > 0 && piece > 0;
}

nlp_abbrev_kind nlp_abbrev_lookup(const char *s, size_t n)
{
    if (n == 0 || n > 8) return NLP_ABBREV_NONE;
    if (dotted(s, n)) return NLP_ABBREV_OTHER;
    for (size_t i = 0; i < sizeof abbreviations / sizeof *abbreviations; i++) {
        const char *w = abbreviations[i].word;
        if (w[0] == s[0] && strlen(w) == n && memcmp(w, s, n) == 0) return abbreviations[i].kind;
    }
    return NLP_ABBREV_NONE;
}

static const char *const openers[] = {
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I",
    "You", "His", "Her", "Their", "Our", "My", "But", "And", "Or", "So", "Yet", "In", "On", "At",
    "For", "From", "With", "By", "As", "After", "Before", "When", "While", "If", "Although",
    "Though", "Since", "Because", "However", "Meanwhile", "Also", "Still", "Now", "Then", "There",
    "Here", "What", "Who", "Why", "How", "Where", "Which", "Some", "Many", "Most", "Several", "Such",
    "No", "Not", "One", "Both", "Each", "Every", "All", "Other", "Another", "Last", "Earlier",
    "Later", "According", "Under", "Over", "Despite", "During", "Among", "Until", "Officials",
    "Police", "Authorities", "Asked", "Speaking", "Today", "Yesterday", "Tomorrow", "Instead",
    "Indeed", "Moreover", "Thus", "Nevertheless", "Nonetheless", "Furthermore", "Can", "Please",
    "See", "Thanks", "Let", "Do", "Does", "Did", "Is", "Are", "Was", "Were", "Will", "Would",
    "Should", "Could", "Has", "Have", "Had", "Just", "Any", "Maybe", "Perhaps", "Even", "Only",
    "Never", "Neither", "Either", "Once", "Whether", "Your", "Much", "More", "Thank", "Yes",
    "Well", "Regards", "Hi", "Hello", "Hey", "Oh", "Sorry", "Anyway", "Unfortunately", "Finally",
    "Everyone", "Everything", "Nobody", "Actually", "Otherwise", "Recently", "Sometimes", "Overall",
    "Again", "Very", "Note", "Currently", "Additionally", "Separately", "Elsewhere", "Critics",
    "Experts", "Analysts", "Witnesses", "Residents", "Nearly", "Almost", "About",
};

/* strcmp order between the table entry w and s[0..n). */
static int compare_word(const char *w, const char *s, size_t n)
{
    int c = strncmp(w, s, n);
    if (c) return c;
    return w[n] ? 1 : 0;
}

int nlp_is_sentence_opener(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof openers / sizeof *openers; i++) {
        const char *w = openers[i];
        if (w[0] == s[0] && strlen(w) == n && memcmp(w, s, n) == 0) return 1;
    }
    return 0;
}

int nlp_is_learned_opener(const char *s, size_t n)
{
    if (nlp_is_sentence_opener(s, n)) return 1;
    /* The learned table (tools/train_sentences.c), by binary search. */
    size_t lo = 0, hi = nlp_opener_table_size;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = compare_word(nlp_opener_table[mid], s, n);
        if (c == 0) return 1;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return 0;
}
