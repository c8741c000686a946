/* resolve.c — from the words of a mention to an actor: longest-match the
 * dictionary, then compose.
 *
 * A mention is read as a chain of segments joined by "of"/"for"/"from"
 * ("head of the second CIS department of the Russian Foreign Ministry").
 * The owner (a country, capital, demonym, institution, IGO or region) is
 * taken from the last segment that has one, so the outermost owner wins;
 * the sector (GOV, MIL, LEG, ...) from the last segment with an agent or
 * role.  Words after "to", "in", "at", "with", ... are complements
 * ("ambassador to the UK") and never own the mention; a listed person
 * (with dates) beats composition; a capitalised run the dictionary does not
 * know is taken as the name.  The code is owner + sector ("RUS" + "GOV"),
 * or the owner's own full code (the Kremlin, NATO, the West). */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "actors/internal.h"

int32_t actors_date_of(const dyad_date *date)
{
    if (!date || date->year <= 0) return 0;
    switch (date->precision) {
    case DYAD_DATE_DAY:
    case DYAD_DATE_TIMESTAMP:
        return date->year * 10000 + date->month * 100 + date->day;
    case DYAD_DATE_YEAR_MONTH:
        return date->year * 10000 + date->month * 100 + 15;
    case DYAD_DATE_YEAR:
        return date->year * 10000 + 701;
    default:
        return 0;
    }
}

/* ---- matching --------------------------------------------------------- */

static int phrase_fits(const actor_phrase *p, const actor_words *ws, size_t i)
{
    for (unsigned j = 0; j < p->word_count; j++) {
        const actor_word *w = &ws->w[i + j];
        if ((p->capital_mask >> j & 1) && !w->capital) return 0;
        if ((p->upper_mask >> j & 1) && !w->upper) return 0;
    }
    return 1;
}

/* The entry a phrase names here: the first of its chain whose context
 * words occur in the document (or that needs none). */
static const actor_entry *choose_entry(const actor_dictionary *a, const actor_phrase *p, const actor_words *ws,
                                       size_t i, const char *text, size_t text_length)
{
    const actor_entry *fallback = NULL;
    for (int k = 0; p && k < ACTOR_MAX_CHAIN; p = p->next ? &a->phrases.items[p->next - 1] : NULL, k++) {
        if (!phrase_fits(p, ws, i)) continue;
        const actor_entry *e = &a->entries.items[p->entry];
        if (!e->context) {
            if (!fallback) fallback = e;
            continue;
        }
        /* An entry with context words wins when the document has one. */
        const char *c = a->strings.data + e->context;
        while (*c && text) {
            const char *bar = strchr(c, '|');
            size_t n = bar ? (size_t)(bar - c) : strlen(c);
            if (n && memmem(text, text_length, c, n)) return e;
            c = bar ? bar + 1 : c + n;
        }
    }
    return fallback;
}

/* Context words are looked for near the mention (64 KB around it), so
 * a huge document with many such mentions stays linear. */
static const actor_entry *entry_here(const actor_dictionary *a, const actor_phrase *p, const actor_words *ws,
                                     size_t i, const match_context *mc)
{
    const char *text = mc ? mc->text : NULL;
    size_t length = mc ? mc->length : 0;
    if (text && length > 65536) {
        size_t at = mc->offsets_in_text ? ws->w[i].start : 0;
        size_t lo = at > 32768 ? at - 32768 : 0;
        if (lo > length - 65536) lo = length - 65536;
        text += lo;
        length = 65536;
    }
    return choose_entry(a, p, ws, i, text, length);
}

/* Word i's key is key[0..n). */
static int word_is(const actor_words *ws, size_t i, const char *key, size_t n)
{
    return ws->w[i].key_length == n && !memcmp(ws->keys + ws->w[i].key, key, n);
}

static int key_is(const actor_words *ws, size_t i, const char *word)
{
    if (ws->keys[ws->w[i].key] != word[0]) return 0; /* most words fail here */
    return word_is(ws, i, word, strlen(word));
}

static int key_in(const actor_words *ws, size_t i, const char *const *list)
{
    for (; *list; list++)
        if (key_is(ws, i, *list)) return 1;
    return 0;
}

/* Words that may stand inside a PETRARCH name written with spaces: a
 * lowercase modifier ("state-run", "official"), never a name, a number or
 * a word that links phrases. */
static int gap_word(const actor_words *ws, size_t i)
{
    static const char *const links[] = {"and", "or", "of", "for", "from", "to", "in", "at", "on", "with", "by",
                                        "the", "a", "an", "who", "which", "that", "against", "after", NULL};
    const actor_word *w = &ws->w[i];
    if (w->punct || w->capital || w->possessive || w->sentence_end) return 0;
    if (w->key_length && ws->keys[w->key] >= '0' && ws->keys[w->key] <= '9') return 0;
    return !key_in(ws, i, links);
}

/* A PETRARCH name written with spaces ("ITHILEN TELEVISION") matched with
 * up to two lowercase words where a space stands ("state-run" is two): the
 * words it spans from i, or 0.  TABARI read such names as "disconnected
 * phrases"; '_' still joins words that must be adjacent.  f is word i's
 * entry among first words: only the phrases with gaps that start with it
 * are tried. */
static size_t gapped_match(const actor_dictionary *a, const first_word *f, const actor_words *ws, size_t i,
                           const actor_phrase **found)
{
    size_t best = 0;
    for (size_t g = f->gap_first; g < f->gap_first + f->gap_count; g++) {
        const actor_phrase *p = &a->phrases.items[a->gapped.items[g]];
        const char *key = a->strings.data + p->key, *end = key + p->key_length;
        size_t j = i, k = 0;
        int ok = 1;
        for (const char *w = key; w < end && ok; k++) {
            const char *sp = memchr(w, ' ', (size_t)(end - w));
            size_t n = sp ? (size_t)(sp - w) : (size_t)(end - w);
            int skipped = 0;
            if (k && (p->gap_mask >> k & 1))
                while (j < ws->n && skipped < 2 && !word_is(ws, j, w, n) && gap_word(ws, j)) j++, skipped++;
            ok = j < ws->n && !ws->w[j].punct && word_is(ws, j, w, n);
            j++;
            w = sp ? sp + 1 : end;
        }
        if (ok && j - i > p->word_count && j - i > best) {
            best = j - i;
            *found = table_find(a, key, p->key_length, p->hash);
        }
    }
    return *found ? best : 0;
}

size_t actors_match_words(const actor_dictionary *a, const actor_words *ws, const match_context *mc,
                          actor_match *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < ws->n && k < cap;) {
        const actor_word *w = &ws->w[i];
        if (w->punct) {
            out[k++] = (actor_match){(uint32_t)i, 1, NULL, NULL};
            i++;
            continue;
        }
        const first_word *f = table_first_word(a, ws->keys + w->key, w->key_length);
        int maxw = f ? f->max_words : 0;
        size_t run = 0;
        while (run < (size_t)maxw && i + run < ws->n && !ws->w[i + run].punct) run++;
        const actor_phrase *best = NULL;
        const actor_entry *entry = NULL;
        size_t best_len = 1;
        for (size_t len = run; len >= 1 && !best; len--) {
            const actor_word *last = &ws->w[i + len - 1];
            size_t n = last->key + last->key_length - w->key;
            const actor_phrase *p = table_find(a, ws->keys + w->key, n, table_hash(ws->keys + w->key, n));
            if (p && (entry = entry_here(a, p, ws, i, mc)) != NULL) best = p, best_len = len;
        }
        if (f && f->gap_count) {
            const actor_phrase *gp = NULL;
            const actor_entry *ge = NULL;
            size_t span = gapped_match(a, f, ws, i, &gp);
            if (span > best_len && gp && (ge = entry_here(a, gp, ws, i, mc)) != NULL) best = gp, entry = ge, best_len = span;
        }
        out[k++] = (actor_match){(uint32_t)i, best ? (uint32_t)best_len : 1, best, best ? entry : NULL};
        i += best ? best_len : 1;
    }
    return k;
}

/* ---- composition -------------------------------------------------------- */


/* Words that make a mention several parties or the other one ("both
 * sides", "the two sides", "either side", "the warring parties"): such a
 * mention is anaphoric, and the document's country is no guess for it. */
static const char *const several_parties[] = {"both", "either", "neither", "two", "other", "opposing", "warring",
                                              "rival", "all", NULL};

static int names_several_parties(const actor_words *ws)
{
    for (size_t i = 0; i < ws->n; i++)
        if (key_in(ws, i, several_parties)) return 1;
    return 0;
}

/* Words that join an owner to what it owns. */
static const char *const joiners[] = {"of", "for", "from", NULL};
/* Words that open a complement: what follows does not own the mention. */
static const char *const cutters[] = {"to", "in", "at", "on", "with", "against", "over", "about", "after",
                                      "during", "into", "toward", "towards", "than", "by", "who", "which",
                                      "that", "whose", "near", "under", "between", "among", "since", NULL};
/* Words of direction and distance before "of": "50 km west of Baghdad"
 * says where, not whose ("the north of Syria" is still Syria's). */
static const char *const directions[] = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                                         "southwest", "north-east", "north-west", "south-east", "south-west",
                                         "km", "kilometres", "kilometers",
                                         "miles", "mi", NULL};
/* Compass words that, capitalised before a place, name a part of it or
 * another place ("West Africa", "Western Ukraine", "East Jerusalem"). */
static const char *const compass[] = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                      "central", "northeast", "northwest", "southeast", "southwest", NULL};
/* "X-backed": X supports the actor but is not it. */
static const char *const sponsored[] = {"backed", "supported", "sponsored", "allied", "aligned", "leaning",
                                        "friendly", "funded", "armed", "installed", "appointed", NULL};
/* Capitalised words that are never part of a name. */
static const char *const not_names[] = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                                        "their", "our", "my", "your", "he", "she", "it", "they", "we", "i",
                                        "you", "but", "and", "or", "if", "when", "while", "as", "according",
                                        "however", "meanwhile", "in", "on", "at", "of", "by", "for", "to",
                                        "with", "from", "after", "before", "monday", "tuesday", "wednesday",
                                        "thursday", "friday", "saturday", "sunday", "said", "says", "there",
                                        "here", "hundreds", "thousands", "dozens", "millions", "many", "some",
                                        "several", "most", "all", "both", "each", "other", "others", "one",
                                        "two", "three", "no", "not", "also", "yesterday", "today", "tomorrow",
                                        "january", "february", "march", "april", "june", "july", "august",
                                        "september", "october", "november", "december", NULL};

static int word_has_letter(const actor_words *ws, size_t i)
{
    for (uint32_t k = 0; k < ws->w[i].key_length; k++) {
        unsigned char ch = (unsigned char)ws->keys[ws->w[i].key + k];
        if ((ch >= 'a' && ch <= 'z') || ch >= 0x80) return 1;
    }
    return 0;
}

/* When the tagger has run, a name is a noun, proper or not (taggers
 * miss some proper nouns), or a foreign word: a capitalised adverb or verb
 * opening a sentence ("Regretfully") is not. */
/* Whether the tagger marked a token as an adjective (false when untagged). */
static int tagged_adjective(const doc *d, int32_t token)
{
    if (token < 0) return 0;
    const dyad_token *tokens = d->pub.tokens ? d->pub.tokens : d->tokens.items;
    size_t ntok = d->pub.tokens ? d->pub.token_count : d->tokens.count;
    return (size_t)token < ntok && tokens[token].upos && !strcmp(tokens[token].upos, "ADJ");
}

static int tagged_as_name(const doc *d, int32_t token);

/* Whether the tagger marked a token as a noun or an adjective (true when
 * untagged). */
static int tagged_nominal(const doc *d, int32_t token)
{
    if (token < 0) return 1;
    const dyad_token *tokens = d->pub.tokens ? d->pub.tokens : d->tokens.items;
    size_t ntok = d->pub.tokens ? d->pub.token_count : d->tokens.count;
    if ((size_t)token >= ntok || !tokens[token].upos) return 1;
    const char *u = tokens[token].upos;
    return !strcmp(u, "NOUN") || !strcmp(u, "ADJ") || !strcmp(u, "PROPN");
}

/* Whether token t is the first of its sentence. */
static int opens_sentence(const doc *d, uint32_t t)
{
    const dyad_sentence *ss = d->pub.sentences ? d->pub.sentences : d->sentences.items;
    size_t n = d->pub.sentences ? d->pub.sentence_count : d->sentences.count, lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ss[mid].first_token + ss[mid].token_count <= t) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && ss[lo].first_token == t;
}

/* Match m is a capitalised compass word right before the name of a place
 * (a country, capital, city or region the dictionary lists, or a
 * capitalised word it does not know): the two are one place name, so the
 * compass word is neither "the West" ("West Bengal", "Western Ukraine")
 * nor a person's name ("East" of "East Jerusalem"). */
static int compass_before_place(const doc *d, const actor_words *ws, const actor_match *matches, size_t nm, size_t m)
{
    const actor_match *mt = &matches[m];
    if (mt->count != 1 || !ws->w[mt->first].capital || ws->w[mt->first].possessive || !key_in(ws, mt->first, compass))
        return 0;
    if (m + 1 >= nm) return 0;
    const actor_match *nx = &matches[m + 1];
    const actor_word *w = &ws->w[nx->first];
    if (nx->first != mt->first + 1 || w->punct || !w->capital || w->hyphen_before || ws->w[mt->first].sentence_end) return 0;
    if (nx->entry)
        return nx->entry->kind == AK_COUNTRY || nx->entry->kind == AK_DEMONYM || nx->entry->kind == AK_CAPITAL ||
               nx->entry->kind == AK_REGION;
    return !nx->phrase && word_has_letter(ws, nx->first) && !key_in(ws, nx->first, not_names) && tagged_as_name(d, w->token);
}

static int tagged_as_name(const doc *d, int32_t token)
{
    if (token < 0) return 1;
    const dyad_token *tokens = d->pub.tokens ? d->pub.tokens : d->tokens.items;
    size_t ntok = d->pub.tokens ? d->pub.token_count : d->tokens.count;
    if ((size_t)token >= ntok || !tokens[token].upos) return 1;
    const char *u = tokens[token].upos;
    /* a common noun capitalised only because it opens its sentence, before
     * a word in lower case ("Protest organisers said", "Café owners"), is
     * no name */
    if (!strcmp(u, "NOUN") && (size_t)token + 1 < ntok && tokens[token + 1].form &&
        islower((unsigned char)tokens[token + 1].form[0]) && opens_sentence(d, (uint32_t)token))
        return 0;
    return !strcmp(u, "PROPN") || !strcmp(u, "NOUN") || !strcmp(u, "X") || !strcmp(u, "ADJ") || !strcmp(u, "_");
}

/* The term of an entry in force on `date` (yyyymmdd, 0 unknown). */
static const actor_term *pick_term(const actor_dictionary *a, const actor_entry *e, int32_t date)
{
    const actor_term *undated = NULL, *best = NULL;
    for (uint32_t i = 0; i < e->term_count; i++) {
        const actor_term *t = &a->terms.items[e->first_term + i];
        if (!t->from && !t->to) {
            if (!undated) undated = t;
            continue;
        }
        if (date) {
            if ((!t->from || t->from <= date) && (!t->to || date <= t->to)) return t;
        } else {
            /* No date: the term valid most recently (open-ended first). */
            int32_t end = t->to ? t->to : INT_MAX, best_end = best ? (best->to ? best->to : INT_MAX) : INT_MIN;
            if (!best || end > best_end || (end == best_end && t->from > best->from)) best = t;
        }
    }
    if (undated) return undated;
    return best;
}

/* The term nearest before the date, for someone no longer in office. */
static const actor_term *last_term_before(const actor_dictionary *a, const actor_entry *e, int32_t date, int *after)
{
    const actor_term *best = NULL;
    *after = 0;
    for (uint32_t i = 0; i < e->term_count; i++) {
        const actor_term *t = &a->terms.items[e->first_term + i];
        if (!t->code) continue;
        if (t->to && t->to < date) {
            if (!best || t->to > best->to) best = t;
        } else if (t->from > date && !best) *after = 1;
    }
    if (!best) {
        for (uint32_t i = 0; i < e->term_count; i++) {
            const actor_term *t = &a->terms.items[e->first_term + i];
            if (t->code) return t;
        }
    }
    return best;
}

enum { OWNER_REGION = 1, OWNER_COUNTRY = 1, OWNER_IGO = 2, OWNER_BODY = 3 };

typedef struct composition {
    const actor_entry *owner;
    const actor_term *owner_term;
    int owner_seg, owner_rank;
    uint32_t owner_first, owner_count;
    const actor_entry *person;
    uint32_t person_first, person_count;
    const actor_entry *agent;          /* the sector */
    const actor_entry *prefix_agent;   /* PETRARCH agent coded before the country */
    const actor_entry *located;        /* owner named after "in" ("officials in Kyiv") */
    int agent_seg, agent_is_body;
    uint32_t agent_first, agent_count;
    const actor_entry *role_entry;     /* the first role */
    int role_seg;
    uint32_t role_first, role_end;     /* words [first, end) */
    uint32_t name_first, name_count;   /* best capitalised unknown run */
    int former;
    /* PETRARCH agents after the sector's in the same segment, in word
     * order ("Danish Islamist media": MUS, then MED) */
    const actor_entry *more_agents[4];
    int more_agents_n;
    int seg_of[16];                    /* word index of the joiner opening each segment */
    int segs;
} composition;

/* How many words the office `role` ("defence minister") has when the
 * mention writes it out, else 0. */
static size_t role_words_in(const actor_words *ws, const char *role)
{
    const char *parts[8];
    size_t lens[8], n = 0;
    for (const char *p = role; *p && n < 8;) {
        while (*p == ' ') p++;
        if (!*p) break;
        const char *q = p;
        while (*q && *q != ' ') q++;
        parts[n] = p, lens[n++] = (size_t)(q - p);
        p = q;
    }
    for (size_t i = 0; n && i + n <= ws->n; i++) {
        size_t k = 0;
        while (k < n && ws->w[i + k].key_length == lens[k] && !memcmp(ws->keys + ws->w[i + k].key, parts[k], lens[k])) k++;
        if (k == n) return n;
    }
    return 0;
}

/* The mention is the owner's name and nothing else (bar "the"). */
static int owner_alone(const composition *c, const actor_words *ws)
{
    if (!c->owner || !c->owner_count) return 0;
    for (size_t i = 0; i < ws->n; i++) {
        if (i >= c->owner_first && i < c->owner_first + c->owner_count) continue;
        if (ws->w[i].punct || key_is(ws, i, "the") || key_is(ws, i, "a") || key_is(ws, i, "an")) continue;
        return 0;
    }
    return 1;
}

static void copy_lower_role(char *dst, const char *src, size_t n)
{
    /* Roles are common nouns: "Deputy Foreign Minister" -> "deputy foreign
     * minister"; acronyms ("CIS") stay as written. */
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && src[j] != ' ') j++;
        int upper = 0, lower = 0;
        for (size_t k = i; k < j; k++) {
            if (src[k] >= 'A' && src[k] <= 'Z') upper++;
            else if (src[k] >= 'a' && src[k] <= 'z') lower++;
        }
        for (size_t k = i; k < j; k++)
            dst[k] = (char)((!lower && upper > 1) ? src[k] : (src[k] >= 'A' && src[k] <= 'Z' ? src[k] + 32 : src[k]));
        if (j < n) dst[j] = src[j];
        i = j + 1;
    }
}

typedef struct resolve_input {
    const actor_dictionary *a;
    doc *d;
    const char *source;         /* text the word offsets refer to */
    size_t source_length;
    int spans_in_doc;           /* source is d's clean text */
    const char *context_country;
} resolve_input;

static char *text_of(doc *d, const resolve_input *in, const actor_words *ws, uint32_t first, uint32_t end_word)
{
    if (first >= end_word) return NULL;
    uint32_t s = ws->w[first].start, e = ws->w[end_word - 1].end;
    if (e > in->source_length || s >= e) return NULL;
    /* One space for any run of white space. */
    char *out = arena_alloc(&d->arena, e - s + 1);
    size_t k = 0;
    int space = 0;
    for (uint32_t i = s; i < e; i++) {
        char c = in->source[i];
        if (c == ' ' || c == '\n' || c == '\t') { space = 1; continue; }
        if (space && k) out[k++] = ' ';
        space = 0;
        out[k++] = c;
    }
    out[k] = '\0';
    return out;
}

static const char *country_of_code(const actor_dictionary *a, doc *d, const char *code)
{
    if (!code || !dict_is_country(a, code)) return NULL;
    return doc_strndup(d, code, 3);
}

/* Roles whose holders serve abroad: a place after "in" is not theirs. */
static int is_envoy(const char *role)
{
    static const char *const envoys[] = {"ambassador", "envoy", "diplomat", "consul", "correspondent", "reporter",
                                         "representative", "emissary", "attaché", "charge d'affaires", NULL};
    for (const char *const *e = envoys; *e; e++)
        if (strncasecmp(role, *e, strlen(*e)) == 0) return 1;
    return 0;
}

/* Whether match m names a place (a country, capital, demonym or region),
 * looking past "the". */
static const actor_entry *place_at(const actor_words *ws, const actor_match *matches, size_t nm, size_t m)
{
    if (m < nm && !matches[m].phrase && key_is(ws, matches[m].first, "the")) m++;
    if (m >= nm || !matches[m].entry) return NULL;
    const actor_entry *e = matches[m].entry;
    return e->kind == AK_COUNTRY || e->kind == AK_CAPITAL || e->kind == AK_DEMONYM || e->kind == AK_REGION ? e : NULL;
}

/* The role of match m, past modifiers ("deputy", "special"), is an
 * envoy's. */
static int envoy_at(const actor_dictionary *a, const actor_match *matches, size_t nm, size_t m)
{
    while (m < nm && matches[m].entry && matches[m].entry->kind == AK_MODIFIER) m++;
    if (m >= nm || !matches[m].entry || matches[m].entry->kind != AK_ROLE || !matches[m].entry->name) return 0;
    return is_envoy(a->strings.data + matches[m].entry->name);
}

/* A role that makes its holder a member of the government whatever the
 * portfolio word before it names: "Justice Minister" (not a judge),
 * "Police Minister", "Army Secretary".  The entry of "minister" and
 * "secretary". */
static int cabinet_office(const actor_dictionary *a, const actor_entry *e)
{
    return e->kind == AK_ROLE && e->name && !strcmp(a->strings.data + e->name, "minister");
}

/* Adds a sector code to an actor code unless the code holds it already,
 * read in steps of three letters as CAMEO codes are built: "GMWGOV"
 * holds GOV but not WGO, which only straddles its parts.  A longer agent
 * whose first parts end the code adds only the rest (FRDGOV + GOVMED is
 * FRDGOVMED). */
static void stack_code(char *code, size_t cap, const char *agent)
{
    size_t n = strlen(code), k = strlen(agent);
    if (!k) return;
    for (size_t i = 0; i + k <= n; i += 3)
        if (!memcmp(code + i, agent, k)) return;
    size_t skip = 0;
    for (size_t j = 3; j < k && j <= n; j += 3)
        if (!memcmp(code + n - j, agent, j)) skip = j;
    if (n + k - skip < cap) memcpy(code + n, agent + skip, k - skip + 1);
}

/* The sector, then the phrase's further PETRARCH agents in word order. */
static void stack_agents(const actor_dictionary *a, const composition *c, char *code, size_t cap, const char *suffix)
{
    stack_code(code, cap, suffix);
    if (c->former) return; /* "former" replaces the sector: an elite */
    for (int i = 0; i < c->more_agents_n; i++) {
        const actor_entry *e = c->more_agents[i];
        const actor_term *t = e->term_count ? &a->terms.items[e->first_term] : NULL;
        if (t && t->code) stack_code(code, cap, a->strings.data + t->code);
    }
}

static int compose(const resolve_input *in, const actor_words *ws, dyad_actor *out)
{
    const actor_dictionary *a = in->a;
    doc *d = in->d;
    actor_match matches[ACTOR_MAX_WORDS];
    const char *text = d->text.data;
    size_t text_length = d->text.len;
    if (!text) text = d->pub.text, text_length = d->pub.text_length;
    match_context mc = {text, text_length, in->spans_in_doc && in->source == text};
    size_t nm = actors_match_words(a, ws, &mc, matches, ACTOR_MAX_WORDS);
    composition c;
    memset(&c, 0, sizeof c);
    c.owner_seg = c.agent_seg = c.role_seg = -1;
    c.segs = 1;
    int seg = 0, cut = 0, block_owner = 0, found = 0;
    uint32_t run_first = 0, run_count = 0, cut_word = 0;
    int cut_after_role = 0, cut_in = 0, clause = 0, located_clause = -1, agent_clause = -1;
    typedef struct name_run { uint32_t first, count; int title; } name_run;
    name_run runs[8];
    size_t nruns = 0;
    for (size_t m = 0; m < nm; m++) {
        const actor_match *mt = &matches[m];
        const actor_word *w = &ws->w[mt->first];
        int capital_unknown = 0;
        if (w->punct) {
            if (w->punct == WORD_PUNCT_COMMA) cut = 0, clause++;
            else if (found) break;
            run_count = 0;
            continue;
        }
        if (!mt->phrase) {
            if (key_is(ws, mt->first, "of") && mt->first > 0 && key_in(ws, mt->first - 1, directions) &&
                !(mt->first > 1 && key_is(ws, mt->first - 2, "the"))) {
                /* "50 km west of Baghdad" places the mention, it does not
                 * own it: a complement like "in Baghdad" */
                if (!cut) cut = 1, cut_word = mt->first, cut_in = 1, cut_after_role = 0;
            } else if (key_is(ws, mt->first, "for") && !cut && c.role_entry && c.role_end == mt->first &&
                       c.role_entry->name && (is_envoy(a->strings.data + c.role_entry->name) || cabinet_office(a, c.role_entry)) &&
                       place_at(ws, matches, nm, m + 1)) {
                /* "special envoy for the Middle East", "Minister for
                 * Europe": the region is the office's brief, not its owner,
                 * as in "ambassador to the UK" */
                cut = 1;
                cut_word = mt->first;
                cut_in = 0;
                cut_after_role = 1;
            } else if (key_in(ws, mt->first, joiners) && !cut) {
                seg++;
                if (seg < 16) c.seg_of[seg] = (int)mt->first;
                c.segs = seg + 1;
            } else if (key_in(ws, mt->first, cutters)) {
                if (!cut) {
                    cut = 1;
                    cut_word = mt->first;
                    cut_in = key_is(ws, mt->first, "in") || key_is(ws, mt->first, "at");
                    cut_after_role = c.role_entry && c.role_end == mt->first && key_is(ws, mt->first, "to");
                }
            } else if ((key_is(ws, mt->first, "and") || key_is(ws, mt->first, "or") || key_is(ws, mt->first, "&")) && found) {
                /* "Ukrainian and Russian negotiators": coordinated
                 * adjectives share the head; the first owner stays */
                const actor_match *nx = m + 1 < nm ? &matches[m + 1] : NULL;
                if (c.owner && !c.agent && !c.person && !c.role_entry && nx && nx->entry &&
                    (nx->entry->kind == AK_DEMONYM || nx->entry->kind == AK_COUNTRY)) {
                    m++;
                    continue;
                }
                /* "Ithilen's awful and evil minister": adjectives joined
                 * inside one noun phrase do not end the mention */
                if (nx && mt->first > 0 && tagged_adjective(d, ws->w[mt->first - 1].token) &&
                    tagged_adjective(d, ws->w[nx->first].token))
                    continue;
                break;
            } else if (key_is(ws, mt->first, "pro") || key_is(ws, mt->first, "anti")) {
                block_owner = 1;
            } else if (a->petrarch && !cut && key_is(ws, mt->first, "former")) {
                /* "former" makes an elite (CAMEO ELI) with PETRARCH's
                 * dictionaries too, which do not list it (dyad's own lists
                 * it as a modifier) */
                c.former = 1;
            } else if (words_name_particle(ws, mt->first) && !(m + 1 < nm && matches[m + 1].phrase) &&
                       ((run_count && run_first + run_count == mt->first) || ws->w[mt->first + 1].hyphen_before)) {
                /* "Majed al-Ansari", "Abdel Fattah al-Burhan": the particle
                 * joins the name's parts; "al-Burhan" alone starts one */
                capital_unknown = 1;
            } else if (compass_before_place(d, ws, matches, nm, m) && matches[m + 1].entry) {
                /* "East Jerusalem": "East" is no one's name */
            } else if (w->capital && word_has_letter(ws, mt->first) && !key_in(ws, mt->first, not_names) &&
                       tagged_as_name(d, w->token) &&
                       !(ws->w[mt->first].key_length == 1 && !(ws->keys[w->key] >= 'a' && ws->keys[w->key] <= 'z'))) {
                capital_unknown = 1;
            }
            if (capital_unknown) {
                if (run_count && run_first + run_count == mt->first) {
                    run_count++;
                    if (nruns) runs[nruns - 1].count = run_count;
                } else {
                    run_first = mt->first, run_count = 1;
                    if (nruns < 8) runs[nruns++] = (name_run){run_first, 1, 0};
                }
                if (w->possessive) run_count = 0;
            } else run_count = 0;
            if (w->sentence_end) {
                if (found || nruns) break;
                run_count = 0;
            }
            continue;
        }
        const actor_entry *e = mt->entry;
        /* "Defence Minister Wellington Koo": a capital right after a title
         * and before a capitalised word no dictionary knows is a first name,
         * not the person's country */
        if (e && e->kind == AK_CAPITAL && mt->count == 1 && c.role_entry && c.role_end == mt->first &&
            mt->first + 1 < ws->n && ws->w[mt->first + 1].capital && !ws->w[mt->first + 1].punct &&
            tagged_as_name(d, ws->w[mt->first + 1].token) &&
            !(m + 1 < nm && matches[m + 1].first == mt->first + 1 && matches[m + 1].entry))
            e = NULL;
        /* Capitalised words just before a role are part of its title
         * ("first Deputy Prime Minister"), not a name. */
        if (e && (e->kind == AK_ROLE || e->kind == AK_AGENT || e->kind == AK_MODIFIER) && run_count && nruns &&
            runs[nruns - 1].first + runs[nruns - 1].count == mt->first)
            runs[nruns - 1].title = 1;
        run_count = 0;
        const actor_word *last = &ws->w[mt->first + mt->count - 1];
        /* a full stop inside a phrase ends the mention after this match */
        if (last->sentence_end && m + 1 < nm) nm = m + 1;
        if (!e) continue;
        switch ((actor_kind)e->kind) {
        case AK_PERSON:
            /* "the ambassador to the UN Vassily Nebenzia", "envoy for
             * Ukraine Keith Kellogg": the name after the office's
             * complement is the holder's */
            if (!last->possessive && cut && cut_after_role && m > 0 && matches[m - 1].entry &&
                matches[m - 1].entry->kind != AK_PERSON && matches[m - 1].first + matches[m - 1].count == mt->first) {
                if (!c.person) c.person = e, c.person_first = mt->first, c.person_count = mt->count;
                found = 1;
                break;
            }
            if (!last->possessive && !cut) {
                if (!c.person) c.person = e, c.person_first = mt->first, c.person_count = mt->count;
                found = 1;
                break;
            }
            if (cut) break;
            /* "Putin's spokesman": the person owns the mention. */
            /* fall through */
        case AK_COUNTRY:
        case AK_DEMONYM:
        case AK_CAPITAL:
        case AK_BODY:
        case AK_IGO:
        case AK_REGION:
        case AK_GROUP: {
            if (e->kind != AK_BODY && e->kind != AK_GROUP && e->kind != AK_PERSON && words_water_after(ws, mt->first, mt->count)) {
                /* "the Indian Ocean", "the Taiwan Strait": named in full */
                run_first = mt->first, run_count = mt->count;
                if (nruns < 8) runs[nruns++] = (name_run){run_first, mt->count, 0};
                break;
            }
            if (cut) {
                if (!c.located && cut_in && e->kind != AK_PERSON) c.located = e, located_clause = clause;
                break;
            }
            if (block_owner) { block_owner = 0; break; }
            /* "West Bengal", "Western Ukraine": not the West */
            if (e->kind == AK_REGION && compass_before_place(d, ws, matches, nm, m)) {
                if (!matches[m + 1].entry) {
                    /* the name unknown, it is named in full */
                    run_first = mt->first, run_count = 1;
                    if (nruns < 8) runs[nruns++] = (name_run){run_first, 1, 0};
                }
                break;
            }
            /* "Moscow-backed separatists" are not Moscow's own */
            {
                uint32_t after = mt->first + mt->count;
                if (after < ws->n && ws->w[after].hyphen_before && key_in(ws, after, sponsored)) break;
            }
            int rank = e->kind == AK_BODY || e->kind == AK_GROUP || e->kind == AK_PERSON ? OWNER_BODY
                     : e->kind == AK_IGO ? OWNER_IGO : OWNER_COUNTRY;
            /* a country named as the mention's head, with no sector or
             * person of its own, stays the actor whatever a later segment
             * names ("Chad, far from Libya", "the Gondor of the prince"),
             * where "soldiers from Chad" are Chad's */
            int head_country = c.owner && c.owner_seg == 0 && seg > 0 && !c.agent && !c.role_entry && !c.person &&
                               !c.prefix_agent && (c.owner->kind == AK_COUNTRY || c.owner->kind == AK_CAPITAL);
            if (head_country) {
                found = 1;
                break;
            }
            int state_owner = c.owner && c.owner_seg == seg &&
                              (c.owner->kind == AK_COUNTRY || c.owner->kind == AK_DEMONYM || c.owner->kind == AK_CAPITAL);
            /* "Algeria's U.N. ambassador", "the Chinese NATO envoy": the
             * body is where the envoy serves; the state sent them */
            if (e->kind == AK_IGO && state_owner && !c.agent && !c.person && envoy_at(a, matches, nm, m + 1)) {
                found = 1;
                break;
            }
            /* "Ukraine's neighbour Moldova", "Russian ally Belarus": the
             * state named after a relation noun is the actor, the first
             * one only its relation */
            int relation = 0;
            if (e->kind == AK_COUNTRY && state_owner && !c.agent && !c.role_entry && !c.person && !c.prefix_agent &&
                (c.owner->kind == AK_DEMONYM || ws->w[c.owner_first + c.owner_count - 1].possessive)) {
                uint32_t from = c.owner_first + c.owner_count;
                relation = mt->first > from && mt->first - from <= 3;
                for (uint32_t k = from; k < mt->first && relation; k++)
                    if (ws->w[k].punct || ws->w[k].capital || !word_has_letter(ws, k) || key_in(ws, k, joiners) ||
                        key_in(ws, k, cutters) || key_is(ws, k, "and") || key_is(ws, k, "or") ||
                        !tagged_nominal(d, ws->w[k].token))
                        relation = 0; /* "Israeli strikes hit Iran" is no relation */
                for (size_t k = m; k > 0 && relation && matches[k - 1].first >= from; k--)
                    if (matches[k - 1].entry) relation = 0;
            }
            if (!c.owner || seg > c.owner_seg || (seg == c.owner_seg && rank > c.owner_rank) || relation) {
                c.owner = e;
                c.owner_seg = seg;
                c.owner_rank = rank;
                c.owner_first = mt->first;
                c.owner_count = mt->count;
            }
            found = 1;
            break;
        }
        case AK_AGENT:
        case AK_ROLE: {
            if (cut) break;
            const actor_term *t = e->term_count ? &a->terms.items[e->first_term] : NULL;
            int is_body = e->kind == AK_AGENT;
            if (e->flags & ENTRY_AGENT_PREFIX) {
                /* PETRARCH "[NGO~]": goes before the country ("an MSF Arnor
                 * diplomat" -> NGO + ARN + GOV) */
                if (!c.prefix_agent && t && t->code) c.prefix_agent = e;
                found = 1;
                break;
            }
            if (t && t->code && c.agent && seg == c.agent_seg && (e->flags & ENTRY_PETRARCH) &&
                (c.agent->flags & ENTRY_PETRARCH) && e != c.agent && c.more_agents_n < 4)
                c.more_agents[c.more_agents_n++] = e; /* PETRARCH stacks every agent of the phrase */
            /* "Justice Minister", "Police Minister": the office heads the
             * compound, the word before it is the portfolio */
            int cabinet_head = c.agent && seg == c.agent_seg && cabinet_office(a, e) &&
                               c.agent_first + c.agent_count == mt->first && !(c.agent->flags & ENTRY_PETRARCH);
            if (cabinet_head) {
                if (!c.role_entry) c.role_entry = e, c.role_seg = seg, c.role_first = c.agent_first;
                else if (c.role_end == mt->first) c.role_entry = e;
                if (c.role_entry == e) c.role_end = mt->first + mt->count;
            }
            if (t && t->code && (!c.agent || seg > c.agent_seg || (seg == c.agent_seg && is_body && !c.agent_is_body) || cabinet_head)) {
                if (seg > c.agent_seg) c.more_agents_n = 0; /* a later segment's agents replace them */
                agent_clause = clause;
                c.agent = e;
                c.agent_seg = seg;
                c.agent_is_body = is_body;
                c.agent_first = mt->first;
                c.agent_count = mt->count;
            }
            if (e->kind == AK_ROLE && !c.role_entry) {
                c.role_entry = e;
                c.role_seg = seg;
                c.role_first = mt->first;
                c.role_end = mt->first + mt->count;
                /* modifiers just before it belong to the role */
                for (size_t k = m; k > 0; k--) {
                    const actor_match *pm = &matches[k - 1];
                    if (!pm->entry) break;
                    const actor_entry *pe = pm->entry;
                    if (pe->kind != AK_MODIFIER) break;
                    c.role_first = pm->first;
                }
            }
            found = 1;
            break;
        }
        case AK_MODIFIER: {
            const actor_term *t = e->term_count ? &a->terms.items[e->first_term] : NULL;
            if (t && t->code && strcmp(a->strings.data + t->code, "ELI") == 0 && !cut) c.former = 1;
            break;
        }
        default:
            break;
        }
    }

    /* the name: the longest capitalised run that is not part of a title */
    for (size_t r = 0; r < nruns; r++)
        if (!runs[r].title && runs[r].count > c.name_count) c.name_first = runs[r].first, c.name_count = runs[r].count;
    /* a word doubled by a slip of the writer ("Darin Darin Fisher") is
     * said once in the name */
    while (c.name_count >= 2 && ws->w[c.name_first].key_length == ws->w[c.name_first + 1].key_length &&
           !memcmp(ws->keys + ws->w[c.name_first].key, ws->keys + ws->w[c.name_first + 1].key, ws->w[c.name_first].key_length))
        c.name_first++, c.name_count--;
    int32_t date = actors_date_of(&d->pub.date);
    const char *code = NULL, *origin = NULL, *org = NULL, *role = NULL, *used_country = NULL;
    char composed[96];

    /* A listed person in office on the date.  With no date, the office the
     * text names wins over the most recent one ("NATO Secretary General
     * Jens Stoltenberg" is NATO's, whatever he did next). */
    const actor_term *pt = c.person ? pick_term(a, c.person, date) : NULL;
    if (c.person && !date && c.owner) {
        const actor_term *ot = pick_term(a, c.owner, 0);
        const char *want = c.owner->kind == AK_COUNTRY || c.owner->kind == AK_DEMONYM || c.owner->kind == AK_CAPITAL
                               ? a->strings.data + c.owner->country
                               : ot && ot->code ? a->strings.data + ot->code : NULL;
        size_t wl = want ? (strlen(want) < 3 ? strlen(want) : (c.owner->kind == AK_IGO ? strlen(want) : 3)) : 0;
        const actor_term *best = NULL;
        for (uint32_t i = 0; want && i < c.person->term_count; i++) {
            const actor_term *t = &a->terms.items[c.person->first_term + i];
            if (!t->code || strncmp(a->strings.data + t->code, want, wl) != 0) continue;
            if (!best || !t->to || (best->to && t->to > best->to)) best = t;
        }
        if (best) pt = best;
    }
    /* The office the text gives the person is the evidence: "Prime
     * Minister Denys Shmyhal" in an article the dictionary dates to his
     * later office is still the prime minister's (code and organisation).
     * The longest office written in the mention decides ("National
     * Security Council spokesman", not any "spokesman"). */
    if (c.person && !c.former) {
        const actor_term *said = NULL;
        size_t said_words = 0, dated_words = pt && pt->role ? role_words_in(ws, a->strings.data + pt->role) : 0;
        for (uint32_t i = 0; i < c.person->term_count; i++) {
            const actor_term *t = &a->terms.items[c.person->first_term + i];
            size_t k = t->code && t->role ? role_words_in(ws, a->strings.data + t->role) : 0;
            if (k > said_words) said = t, said_words = k;
        }
        if (said && said_words > dated_words) pt = said;
    }
    if (c.person) out->name = a->strings.data + c.person->name;
    if (pt && pt->code && !c.former) {
        code = a->strings.data + pt->code;
        origin = "dictionary";
        if (pt->role) role = a->strings.data + pt->role;
        if (pt->org) org = a->strings.data + pt->org;
    }
    /* A person no longer (or not yet) in office: their country, as an elite
     * when they held office before. */
    const char *person_country = NULL;
    int person_elite = 0;
    if (c.person && !code) {
        int after = 0;
        const actor_term *t = last_term_before(a, c.person, date ? date : INT_MAX, &after);
        if (t && t->code && dict_is_country(a, a->strings.data + t->code)) {
            person_country = a->strings.data + t->code;
            person_elite = !after;
        }
    }

    /* "Officials in Kyiv", "activists in Arnor": with no owner of its own, a
     * sector takes the place it is in, unless it is an envoy, who is in a
     * country that is not theirs ("the ambassador in London"). */
    if (!c.owner && !c.person && c.located && (c.agent || c.prefix_agent) && located_clause == agent_clause &&
        !(c.role_entry && c.role_entry->name && is_envoy(a->strings.data + c.role_entry->name))) {
        c.owner = c.located;
        c.owner_seg = 0;
        c.owner_first = c.owner_count = 0;
    }
    if (!code) {
        const char *owner_code = NULL, *country = NULL;
        if (c.owner) {
            const actor_term *ot = pick_term(a, c.owner, date);
            const char *oc = ot && ot->code ? a->strings.data + ot->code : NULL;
            if (c.owner->kind == AK_COUNTRY || c.owner->kind == AK_DEMONYM || c.owner->kind == AK_CAPITAL) {
                /* a state's code on the date: GEO, or USRGEO before 1991 */
                if (!oc || strlen(oc) == 3) country = oc ? oc : a->strings.data + c.owner->country;
                else owner_code = oc;
            } else if (oc) owner_code = oc;
            if (c.owner->org) org = a->strings.data + c.owner->org;
            if (c.owner->kind == AK_PERSON && ot && ot->code && dict_is_country(a, owner_code)) {
                /* "Putin's spokesman": the person's country and sector */
                country = NULL;
            }
        } else if (person_country) {
            country = person_country;
        }
        const actor_term *at = c.agent && c.agent->term_count ? &a->terms.items[c.agent->first_term] : NULL;
        const char *suffix = at && at->code ? a->strings.data + at->code : NULL;
        int prefix = c.agent && (c.agent->flags & ENTRY_AGENT_PREFIX);
        if (c.former && (c.agent || c.person || c.name_count)) suffix = "ELI", prefix = 0;
        else if (!c.agent && person_elite && person_country && !c.owner) suffix = "ELI";
        if (!country && !owner_code && !c.owner && suffix && in->context_country && !c.person &&
            !names_several_parties(ws)) {
            /* a context longer than a country is an actor's full code,
             * which keeps its sector ("USAGOV" for "in the White House") */
            if (strlen(in->context_country) > 3) owner_code = in->context_country;
            else country = in->context_country;
            origin = "context";
        }
        const actor_term *pre = c.prefix_agent ? &a->terms.items[c.prefix_agent->first_term] : NULL;
        const char *before = pre && pre->code ? a->strings.data + pre->code : "";
        if (!country && !owner_code && *before && !c.owner) {
            /* a prefix agent alone ("MSF"): its own code */
            code = before;
            origin = "dictionary";
        }
        used_country = country;
        /* PETRARCH's agents stack: each one the code does not already
         * hold is added ("Danish Islamist media" DNKMUSMED, "human rights
         * activists of Gonzo GMO" GONGMOOPP), also to a full code; one it
         * holds is not repeated ("White House security officials" USAGOV) */
        int stack = c.agent && (c.agent->flags & ENTRY_PETRARCH) && suffix && !prefix;
        if (country) {
            if (stack) {
                snprintf(composed, sizeof composed, "%s%.3s", before, country);
                stack_agents(a, &c, composed, sizeof composed, suffix);
            } else if (suffix && prefix) snprintf(composed, sizeof composed, "%s%s%.3s", suffix, before, country);
            else if (suffix) snprintf(composed, sizeof composed, "%s%.3s%s", before, country, suffix);
            else if (c.owner && c.owner->kind == AK_CAPITAL && !c.person && !c.name_count && owner_alone(&c, ws))
                snprintf(composed, sizeof composed, "%.3sGOV", country); /* "Moscow said": the government */
            else snprintf(composed, sizeof composed, "%s%.3s", before, country);
            code = doc_strdup(d, composed);
            if (!origin) origin = owner_alone(&c, ws) ? "dictionary" : "composed";
        } else if (owner_code) {
            /* full codes (the Kremlin, NATO, the West) keep their sector */
            code = owner_code;
            if (c.owner && c.owner->kind == AK_PERSON && suffix && strlen(owner_code) >= 3 && dict_is_country(a, owner_code)) {
                snprintf(composed, sizeof composed, "%.3s%s", owner_code, suffix);
                code = doc_strdup(d, composed);
            } else if (stack) {
                snprintf(composed, sizeof composed, "%s", owner_code);
                stack_agents(a, &c, composed, sizeof composed, suffix);
                code = doc_strdup(d, composed);
            }
            if (!origin) origin = owner_alone(&c, ws) ? "dictionary" : "composed";
        }
    }

    /* Organisation: the agent's ("Foreign Ministry"), else the role's, else
     * the owner's or the person's term. */
    /* A body named as a proper noun ("the Security Council") is the
     * organisation; a common noun ("officials", "troops") is what the
     * actor is, its role. */
    int agent_named = c.agent && c.agent_is_body && !(c.agent->flags & ENTRY_PETRARCH) &&
                      (c.agent->org || ws->w[c.agent_first].capital);
    if (agent_named && (c.agent_seg >= c.owner_seg || !org)) {
        org = c.agent->org ? a->strings.data + c.agent->org
                           : text_of(d, in, ws, c.agent_first, c.agent_first + c.agent_count);
    } else if (!org && c.role_entry && c.role_entry->org) {
        org = a->strings.data + c.role_entry->org;
    }

    /* Role text as written, lowercased. */
    if (c.role_entry) {
        uint32_t end = c.role_end;
        if (c.owner && c.owner_seg > c.role_seg && c.owner_seg < 16) {
            uint32_t joiner = (uint32_t)c.seg_of[c.owner_seg];
            if (joiner > end) end = joiner;
        } else if (!c.owner && c.agent && c.agent_seg > c.role_seg) {
            end = c.agent_first + c.agent_count;
        }
        if (cut_after_role) {
            /* "ambassador to the UK": the complement is part of the role */
            uint32_t e = cut_word + 1;
            while (e < ws->n && !ws->w[e].punct && !(c.name_count && e == c.name_first) &&
                   !(c.person && e == c.person_first))
                e++;
            end = e;
        }
        char *r = text_of(d, in, ws, c.role_first, end);
        if (r) copy_lower_role(r, r, strlen(r));
        if (r) role = r;
    } else if (!role && c.agent && !agent_named) {
        char *r = text_of(d, in, ws, c.agent_first, c.agent_first + c.agent_count);
        if (r) copy_lower_role(r, r, strlen(r));
        role = r;
    }

    if (!out->name && c.name_count && !(c.owner && c.owner_first <= c.name_first &&
                                        c.name_first < c.owner_first + c.owner_count)) {
        out->name = text_of(d, in, ws, c.name_first, c.name_first + c.name_count);
    }
    if (!out->name && c.person) out->name = a->strings.data + c.person->name;
    /* A mention that is just a place or body is named canonically, so
     * spellings meet: "Kiev" and "Kyiv" are both "Kyiv". */
    if (!out->name && !c.person && !c.name_count && !c.agent && !c.role_entry && owner_alone(&c, ws) && c.owner->name &&
        c.owner->kind != AK_DEMONYM)
        out->name = a->strings.data + c.owner->name;
    out->code = code;
    out->origin = code ? origin : NULL;
    out->role = role;
    out->organisation = org;
    out->country = !code ? NULL : used_country ? doc_strndup(d, used_country, 3) : country_of_code(a, d, code);
    /* a country-bound owner says its country, also when its code does not
     * (country= on a body or group) */
    if (!out->country && c.owner && c.owner->country)
        out->country = doc_strndup(d, a->strings.data + c.owner->country, 3);
    return code != NULL;
}

static void fill_text(const resolve_input *in, const actor_words *ws, dyad_actor *out)
{
    if (!ws->n) return;
    out->text = text_of(in->d, in, ws, 0, (uint32_t)ws->n);
    if (in->spans_in_doc) out->span = (dyad_span){ws->w[0].start, ws->w[ws->n - 1].end};
}

/* The first entity lying within tokens [first, first + count), or -1.
 * Entities come in text order (the NER stage adds them sentence by
 * sentence), so a bisection finds the first starting at `first`: a walk
 * over the whole list for every mention made long documents quadratic. */
static int32_t entity_within(const dyad_entity *ents, size_t ne, uint32_t first, uint32_t count)
{
    size_t lo = 0, hi = ne;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ents[mid].first_token < first) lo = mid + 1;
        else hi = mid;
    }
    uint64_t end = (uint64_t)first + count;
    for (size_t i = lo; i < ne && ents[i].first_token < end; i++)
        if ((uint64_t)ents[i].first_token + ents[i].token_count <= end) return (int32_t)i;
    return -1;
}

/* "the Economic Community of West African States" parsed with the common
 * noun "Community" as its head leaves the mention "West African States"
 * (a region, WAF): when the words before a mention, through "of", and the
 * mention are together one listed name of a state, organisation or body,
 * that name is the mention ("Council of Europe", "Democratic People's
 * Republic of Korea").  Returns the first token of the whole name, or
 * `first`. */
static uint32_t name_ending_here(const actor_dictionary *a, doc *d, const dyad_document *view, uint32_t first,
                                 uint32_t count)
{
    if (first < 2 || !view->tokens[first - 1].form || strcasecmp(view->tokens[first - 1].form, "of") != 0) return first;
    const match_context mc = {d->text.data ? d->text.data : d->pub.text, d->text.data ? d->text.len : d->pub.text_length, 1};
    for (uint32_t k = 2; k <= 6 && k <= first; k++) {
        actor_words words_, *ws = &words_;
        words_from_tokens(ws, view, first - k, count + k);
        if (!ws->n || ws->full) break;
        actor_match m[4];
        size_t nm = actors_match_words(a, ws, &mc, m, 4);
        if (nm != 1 || m[0].first != 0 || m[0].count != ws->n || !m[0].entry) continue;
        actor_kind kind = (actor_kind)m[0].entry->kind;
        if (kind == AK_COUNTRY || kind == AK_IGO || kind == AK_BODY || kind == AK_GROUP) return first - k;
    }
    return first;
}

int actors_resolve_in_context(const actor_dictionary *a, doc *d, uint32_t first, uint32_t count,
                              const char *context_country, dyad_actor *out)
{
    *out = (dyad_actor){.entity = -1};
    if (!a || !d) return 0;
    const dyad_document *pub = &d->pub;
    const dyad_token *tokens = pub->tokens ? pub->tokens : d->tokens.items;
    size_t token_count = pub->tokens ? pub->token_count : d->tokens.count;
    dyad_document view = *pub;
    view.tokens = tokens;
    view.token_count = token_count;
    if (first >= token_count || !count) return 0;
    if (first + count <= token_count) {
        uint32_t whole = name_ending_here(a, d, &view, first, count);
        count += first - whole;
        first = whole;
    }
    actor_words words_, *ws = &words_;
    words_from_tokens(ws, &view, first, count);
    resolve_input in = {a, d, d->text.data ? d->text.data : pub->text, d->text.data ? d->text.len : pub->text_length, 1,
                        context_country};
    if (!in.source) in.source = "", in.source_length = 0;
    int r = compose(&in, ws, out);
    fill_text(&in, ws, out);
    if (!out->text) {
        /* no clean text (tokens built by hand): the forms */
        buf b = BUF_INIT;
        for (uint32_t t = first; t < first + count && t < token_count; t++) {
            if (!tokens[t].form) continue;
            if (b.len) buf_putc(&b, ' ');
            buf_puts(&b, tokens[t].form);
        }
        if (b.data) out->text = doc_strndup(d, b.data, b.len);
        buf_free(&b);
    }
    /* the entity the mention belongs to, when entities are there */
    const dyad_entity *ents = pub->entities ? pub->entities : d->entities.items;
    size_t ne = pub->entities ? pub->entity_count : d->entities.count;
    out->entity = entity_within(ents, ne, first, count);
    return r;
}

int actors_resolve(const actor_dictionary *a, doc *d, uint32_t first, uint32_t count, dyad_actor *out)
{
    return actors_resolve_in_context(a, d, first, count, NULL, out);
}

int actors_names_person(const dyad_actor *a)
{
    return a->name && (!a->organisation || strcmp(a->name, a->organisation) != 0);
}

int actors_resolve_text(const actor_dictionary *a, doc *d, const char *s, size_t n, dyad_actor *out)
{
    *out = (dyad_actor){.entity = -1};
    if (!a || !d || !s) return 0;
    const char *text = d->text.data ? d->text.data : d->pub.text;
    size_t text_length = d->text.data ? d->text.len : d->pub.text_length;
    int inside = text && s >= text && s + n <= text + text_length;
    actor_words words_, *ws = &words_;
    words_clear(ws);
    resolve_input in = {a, d, inside ? text : s, inside ? text_length : n, inside, NULL};
    words_add_text(ws, s, n, inside ? (uint32_t)(s - text) : 0, -1);
    int r = compose(&in, ws, out);
    fill_text(&in, ws, out);
    return r;
}

int actors_compose_words(const actor_dictionary *a, doc *d, const actor_words *ws, const char *source,
                         size_t source_length, dyad_actor *out)
{
    resolve_input in = {a, d, source, source_length, 1, NULL};
    int r = compose(&in, ws, out);
    fill_text(&in, ws, out);
    return r;
}
