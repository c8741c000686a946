/* context.c — actors across a whole document: the country it is mostly
 * about (the fallback for "officials said"), and the names it mentions
 * that the dictionary does not list (`dyad actors --unknown`).
 *
 * Both walk the document piece by piece (sentences when the tokens are
 * there, else stretches of the clean text), so a sentence of thousands of
 * words costs time in proportion to its length and no more memory. */
#include <string.h>

#include "actors/internal.h"
#include "base/calendar.h"

/* Calls fn on each piece of the document as words. */
typedef void (*piece_fn)(void *ctx, const actor_words *ws, const char *source, size_t source_length);

static const char *doc_text(const doc *d, size_t *n)
{
    if (d->text.data) { *n = d->text.len; return d->text.data; }
    *n = d->pub.text_length;
    return d->pub.text;
}

static void for_each_piece(const doc *d, actor_words *ws, piece_fn fn, void *ctx)
{
    size_t tn;
    const char *text = doc_text(d, &tn);
    const dyad_token *tokens = d->pub.tokens ? d->pub.tokens : d->tokens.items;
    size_t ntok = d->pub.tokens ? d->pub.token_count : d->tokens.count;
    const dyad_sentence *sents = d->pub.sentences ? d->pub.sentences : d->sentences.items;
    size_t nsent = d->pub.sentences ? d->pub.sentence_count : d->sentences.count;
    if (ntok && text) {
        dyad_document view = d->pub;
        view.tokens = tokens;
        view.token_count = ntok;
        size_t s = 0;
        uint32_t t = 0;
        while (t < ntok) {
            uint32_t end = (uint32_t)ntok;
            if (nsent && s < nsent) {
                end = sents[s].first_token + sents[s].token_count;
                if (end <= t || end > ntok) end = (uint32_t)ntok;
                s++;
            }
            /* at most 128 tokens at a time */
            while (t < end) {
                uint32_t count = end - t > 128 ? 128 : end - t;
                words_from_tokens(ws, &view, t, count);
                fn(ctx, ws, text, tn);
                t += count;
            }
        }
        return;
    }
    if (!text) return;
    size_t i = 0;
    while (i < tn) {
        /* a line, or at most 600 bytes cut at a space */
        size_t e = i;
        while (e < tn && text[e] != '\n' && e - i < 600) e++;
        if (e < tn && text[e] != '\n') {
            size_t back = e;
            while (back > i && text[back] != ' ') back--;
            if (back > i) e = back;
        }
        words_clear(ws);
        words_add_text(ws, text + i, e - i, (uint32_t)i, -1);
        fn(ctx, ws, text, tn);
        i = e + 1;
    }
}

/* ---- the document's country --------------------------------------------- */

typedef struct country_count {
    const actor_dictionary *a;
    doc *d;
    struct { char code[4]; unsigned count; size_t first; } c[64];
    size_t n, seen;
} country_count;

static void count_code(country_count *cc, const char *code, unsigned weight)
{
    if (!code || !dict_is_country(cc->a, code)) return;
    for (size_t i = 0; i < cc->n; i++)
        if (memcmp(cc->c[i].code, code, 3) == 0) { cc->c[i].count += weight; return; }
    if (cc->n == 64) return;
    memcpy(cc->c[cc->n].code, code, 3);
    cc->c[cc->n].code[3] = '\0';
    cc->c[cc->n].count = weight;
    cc->c[cc->n].first = cc->seen++;
    cc->n++;
}

static void count_piece(void *ctx, const actor_words *ws, const char *source, size_t source_length)
{
    country_count *cc = ctx;
    const actor_dictionary *a = cc->a;
    actor_match m[ACTOR_MAX_WORDS];
    match_context mc = {source, source_length, 1};
    size_t nm = actors_match_words(a, ws, &mc, m, ACTOR_MAX_WORDS);
    for (size_t i = 0; i < nm; i++) {
        if (!m[i].entry) continue;
        const actor_entry *e = m[i].entry;
        /* "the Taiwan Strait" is not Taiwan */
        if (words_water_after(ws, m[i].first, m[i].count)) continue;
        /* Who acts counts more than where: a country's institutions and
         * office holders weigh twice its name. */
        switch ((actor_kind)e->kind) {
        case AK_COUNTRY: case AK_DEMONYM: case AK_CAPITAL:
            count_code(cc, a->strings.data + e->country, 1);
            break;
        case AK_BODY: case AK_PERSON: case AK_GROUP:
            for (uint32_t t = 0; t < e->term_count; t++) {
                const actor_term *term = &a->terms.items[e->first_term + t];
                if (term->code) { count_code(cc, a->strings.data + term->code, 2); break; }
            }
            break;
        default:
            break;
        }
    }
}

/* The words after the dateline's city up to the next comma, bracket or
 * dash: "SAN JOSE, California, Oct 21 (Agency) -" gives "California". */
static size_t dateline_qualifier(const doc *d, const char **at)
{
    const dyad_dateline *dl = &d->pub.dateline;
    if (!dl->text || !dl->city) return 0;
    const char *c = strstr(dl->text, dl->city);
    if (!c) return 0;
    const char *p = c + strlen(dl->city);
    if (*p != ',') return 0;
    p++;
    while (*p == ' ') p++;
    size_t n = 0;
    while (p[n] && p[n] != ',' && p[n] != '(' && p[n] != '-' && p[n] != '.' && (unsigned char)p[n] != 0xE2) n++;
    while (n && p[n - 1] == ' ') n--;
    /* a date is no region: "MOSCOW, June 19", "LONDON, Oct. 3" (but
     * "Marseille" or "Maryland" are places) */
    for (size_t k = 0; k < n; k++)
        if (p[k] >= '0' && p[k] <= '9') return 0;
    size_t first = 0;
    while (first < n && p[first] != ' ') first++;
    if (calendar_month_from_name(p, (unsigned)first)) return 0;
    *at = p;
    return n;
}

/* The country the dateline's region names, or NULL. */
static const char *dateline_region(const actor_dictionary *a, doc *d)
{
    const char *at;
    size_t n = dateline_qualifier(d, &at);
    dyad_actor r;
    if (!n || !actors_resolve_text(a, d, at, n, &r) || !r.country) return NULL;
    return r.country;
}

const char *actors_document_country(const actor_dictionary *a, doc *d)
{
    if (!a || !d) return NULL;
    country_count cc;
    memset(&cc, 0, sizeof cc);
    cc.a = a;
    cc.d = d;
    actor_words ws;
    words_clear(&ws);
    const char *region = dateline_region(a, d);
    if (region) {
        /* "SAN JOSE, California": the region names the country, not the
         * capital of the same name elsewhere */
        count_code(&cc, region, 3);
    } else if (d->pub.dateline.city) {
        /* the dateline city ("MOSCOW") counts three times */
        const char *city = d->pub.dateline.city;
        words_add_text(&ws, city, strlen(city), 0, -1);
        /* datelines are in capitals: match without the case rules */
        char key[128];
        size_t k = words_normalise(city, strlen(city), key, sizeof key);
        const actor_phrase *p = table_find(a, key, k, table_hash(key, k));
        for (int k = 0; p && k < ACTOR_MAX_CHAIN; p = p->next ? &a->phrases.items[p->next - 1] : NULL, k++) {
            const actor_entry *e = &a->entries.items[p->entry];
            if (e->kind == AK_CAPITAL) { count_code(&cc, a->strings.data + e->country, 3); break; }
        }
        words_clear(&ws);
    }
    for_each_piece(d, &ws, count_piece, &cc);
    size_t best = SIZE_MAX;
    for (size_t i = 0; i < cc.n; i++)
        if (best == SIZE_MAX || cc.c[i].count > cc.c[best].count ||
            (cc.c[i].count == cc.c[best].count && cc.c[i].first < cc.c[best].first))
            best = i;
    return best == SIZE_MAX ? NULL : doc_strndup(d, cc.c[best].code, 3);
}

/* ---- names the dictionary does not know -------------------------------- */

typedef struct unknown_scan {
    const actor_dictionary *a;
    doc *d;
    actors_unknown_fn found;
    void *context;
    int title_case;     /* the piece at hand is a Title Case line */
} unknown_scan;

static const char *const stop_capitals[] = {
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "his", "she", "her", "they", "their",
    "we", "our", "i", "you", "but", "and", "or", "if", "when", "while", "as", "in", "on", "at", "of", "by", "for",
    "to", "with", "from", "after", "before", "however", "meanwhile", "according", "there", "what", "why", "how",
    "who", "where", "also", "so", "yet", "still", "now", "then", "mr", "mrs", "ms", "dr", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", "not", "no", "yes", "all",
    "some", "many", "most", "one", "two", "three", "several", "because", "although", "since", "last", "next",
    "earlier", "later", "today", "yesterday", "tomorrow", "moreover", "furthermore", "instead", "thus", NULL};

static int word_is(const actor_words *ws, size_t i, const char *const *list)
{
    const actor_word *w = &ws->w[i];
    for (; *list; list++)
        if ((*list)[0] == ws->keys[w->key] && strlen(*list) == w->key_length && memcmp(*list, ws->keys + w->key, w->key_length) == 0) return 1;
    return 0;
}

static int has_letter(const actor_words *ws, size_t i)
{
    const actor_word *w = &ws->w[i];
    for (uint32_t k = 0; k < w->key_length; k++) {
        unsigned char c = (unsigned char)ws->keys[w->key + k];
        if ((c >= 'a' && c <= 'z') || c >= 0x80) return 1;
    }
    return 0;
}

/* With tags and entities present, a name must be a proper noun in a
 * PER or ORG entity; without them, any capitalised run will do. */
static int analysed_as_name(const doc *d, int32_t token)
{
    if (token < 0) return 1;
    const dyad_token *tokens = d->pub.tokens ? d->pub.tokens : d->tokens.items;
    size_t ntok = d->pub.tokens ? d->pub.token_count : d->tokens.count;
    if ((size_t)token >= ntok) return 1;
    const char *upos = tokens[token].upos;
    if (upos && strcmp(upos, "PROPN") != 0 && strcmp(upos, "X") != 0) return 0;
    const dyad_entity *ents = d->pub.entities ? d->pub.entities : d->entities.items;
    size_t ne = d->pub.entities ? d->pub.entity_count : d->entities.count;
    if (!ne) return 1;
    for (size_t i = 0; i < ne; i++) {
        const dyad_entity *e = &ents[i];
        if ((uint32_t)token < e->first_token || (uint32_t)token >= e->first_token + e->token_count) continue;
        return e->type && (strcmp(e->type, "PER") == 0 || strcmp(e->type, "PERSON") == 0 ||
                           strcmp(e->type, "ORG") == 0);
    }
    return 0;
}

/* Match i is a name particle ("al", "bin") before an unknown capitalised
 * word. */
static int particle_in_name(const actor_words *ws, const actor_match *m, size_t nm, size_t i)
{
    return !m[i].phrase && i + 1 < nm && !m[i + 1].phrase && m[i + 1].first == m[i].first + 1 &&
           words_name_particle(ws, m[i].first);
}

static void unknown_piece(void *ctx, const actor_words *ws, const char *source, size_t source_length)
{
    unknown_scan *u = ctx;
    const actor_dictionary *a = u->a;
    actor_match m[ACTOR_MAX_WORDS];
    match_context mc = {source, source_length, 1};
    size_t nm = actors_match_words(a, ws, &mc, m, ACTOR_MAX_WORDS);
    /* Title Case lines (headlines) capitalise every word but the small
     * function words; a sentence has lowercase content words. */
    static const char *const small[] = {"of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "for", "by",
                                        "with", "from", "as", "vs", "nor", "but", "into", "over", "after",
                                        "about", "is", "be", "s", NULL};
    size_t words = 0, content_lower = 0;
    for (size_t i = 0; i < ws->n; i++) {
        if (ws->w[i].punct || !has_letter(ws, i)) continue;
        words++;
        if (!ws->w[i].capital && !word_is(ws, i, small)) content_lower++;
    }
    u->title_case = words >= 4 && content_lower == 0;
    for (size_t i = 0; i < nm;) {
        const actor_match *mt = &m[i];
        const actor_word *w = &ws->w[mt->first];
        /* "al-Hayya": a name may open with its particle */
        int particle_first = particle_in_name(ws, m, nm, i) && ws->w[m[i].first + 1].hyphen_before;
        if (!particle_first &&
            (mt->phrase || w->punct || !w->capital || !has_letter(ws, mt->first) || word_is(ws, mt->first, stop_capitals))) {
            i++;
            continue;
        }
        /* a run of capitalised words the dictionary does not know, and
         * the particles between them ("Khalil al-Hayya") */
        size_t j = i;
        int all_upper = 1;
        while (j < nm && !m[j].phrase && !ws->w[m[j].first].punct &&
               ((ws->w[m[j].first].capital && has_letter(ws, m[j].first) && !word_is(ws, m[j].first, stop_capitals)) ||
                ((j > i || particle_first) && particle_in_name(ws, m, nm, j)))) {
            if (!ws->w[m[j].first].upper) all_upper = 0;
            j++;
            if (ws->w[m[j - 1].first].possessive || ws->w[m[j - 1].first].sentence_end) break;
        }
        /* the first word of the piece, or after a full stop, or just
         * inside a quotation mark or after a colon or dash */
        int sentence_start = 1;
        for (uint32_t k = mt->first; k > 0; k--) {
            const actor_word *pw = &ws->w[k - 1];
            if (pw->punct == WORD_PUNCT_HARD) break;
            if (pw->punct) { sentence_start = 0; break; }
            sentence_start = pw->sentence_end;
            break;
        }
        /* A lone capitalised word opening a sentence is usually just that;
         * runs of capitals are shouted headlines or captions; in a line
         * in Title Case every word is capitalised.  With the NLP layer
         * there, the run must be a proper noun inside a person or
         * organisation entity. */
        /* A first name the dictionary spells otherwise, just before a
         * listed person ("Mahmud" Abbas), is that person's. */
        int before_person = j < nm && m[j].entry && m[j].entry->kind == AK_PERSON &&
                            m[j].first == m[j - 1].first + m[j - 1].count;
        const actor_word *w0 = &ws->w[mt->first];
        int shouted = j - i == 1 && w0->upper && w0->key_length > 5;
        if (!(j - i == 1 && (sentence_start || w0->abbreviation)) && !(all_upper && j - i > 1) && !shouted &&
            !before_person && !u->title_case &&
            analysed_as_name(u->d, ws->w[mt->first + (particle_first ? 1 : 0)].token)) {
            /* its context: the dictionary words just before it */
            size_t k = i;
            while (k > 0 && i - k < 8) {
                const actor_match *pm = &m[k - 1];
                if (ws->w[pm->first].punct) break;
                if (!pm->phrase && !word_is(ws, pm->first, (const char *const[]){"the", "of", "'s", NULL})) break;
                k--;
            }
            actor_words sub;
            words_clear(&sub);
            uint32_t from = m[k].first, to = m[j - 1].first + m[j - 1].count;
            for (uint32_t x = from; x < to && sub.n < ACTOR_MAX_WORDS; x++) {
                actor_word nw = ws->w[x];
                size_t room = sizeof sub.keys - sub.keys_length;
                if (room < nw.key_length + 2) break;
                if (sub.keys_length) sub.keys[sub.keys_length++] = ' ';
                memcpy(sub.keys + sub.keys_length, ws->keys + nw.key, nw.key_length);
                nw.key = (uint32_t)sub.keys_length;
                sub.keys_length += nw.key_length;
                sub.w[sub.n++] = nw;
            }
            dyad_actor actor = {.entity = -1};
            actors_compose_words(a, u->d, &sub, source, source_length, &actor);
            uint32_t ns = ws->w[m[i].first].start, ne = ws->w[m[j - 1].first + m[j - 1].count - 1].end;
            if (ne <= source_length && ns < ne) {
                char *name = doc_strndup(u->d, source + ns, ne - ns);
                if (!actor.name) actor.name = name;
                u->found(u->context, name, &actor);
            }
        }
        i = j > i ? j : i + 1;
    }
}

void actors_find_unknown(const actor_dictionary *a, doc *d, actors_unknown_fn found, void *context)
{
    if (!a || !d || !found) return;
    unknown_scan u = {a, d, found, context, 0};
    actor_words ws;
    words_clear(&ws);
    for_each_piece(d, &ws, unknown_piece, &u);
}
