/* context.c — actors across a whole document: the country it is mostly
 * about (the fallback for "officials said"), and the names it mentions
 * that the dictionary does not list (`dyad actors --unknown`).
 *
 * Both walk the document piece by piece (sentences when the tokens are
 * there, else stretches of the clean text), so a sentence of thousands of
 * words costs time in proportion to its length and no more memory. */
#include <string.h>

#include "actors/internal.h"

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
    (void)source; (void)source_length;
    country_count *cc = ctx;
    const actor_dictionary *a = cc->a;
    actor_match m[ACTOR_MAX_WORDS];
    size_t nm = actors_match_words(a, ws, m, ACTOR_MAX_WORDS);
    for (size_t i = 0; i < nm; i++) {
        if (!m[i].phrase) continue;
        const actor_entry *e = &a->entries.items[m[i].phrase->entry];
        switch ((actor_kind)e->kind) {
        case AK_COUNTRY: case AK_DEMONYM: case AK_CAPITAL:
            count_code(cc, a->strings.data + e->country, 1);
            break;
        case AK_BODY: case AK_PERSON: case AK_GROUP:
            for (uint32_t t = 0; t < e->term_count; t++) {
                const actor_term *term = &a->terms.items[e->first_term + t];
                if (term->code) { count_code(cc, a->strings.data + term->code, 1); break; }
            }
            break;
        default:
            break;
        }
    }
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
    if (d->pub.dateline.city) {
        /* the dateline city ("MOSCOW") counts twice */
        const char *city = d->pub.dateline.city;
        words_add_text(&ws, city, strlen(city), 0, -1);
        /* datelines are in capitals: match without the case rules */
        char key[128];
        size_t k = words_normalise(city, strlen(city), key, sizeof key);
        const actor_phrase *p = table_find(a, key, k, table_hash(key, k));
        for (; p; p = p->next ? &a->phrases.items[p->next - 1] : NULL) {
            const actor_entry *e = &a->entries.items[p->entry];
            if (e->kind == AK_CAPITAL) { count_code(&cc, a->strings.data + e->country, 2); break; }
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
        if (strlen(*list) == w->key_length && memcmp(*list, ws->keys + w->key, w->key_length) == 0) return 1;
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

static void unknown_piece(void *ctx, const actor_words *ws, const char *source, size_t source_length)
{
    unknown_scan *u = ctx;
    const actor_dictionary *a = u->a;
    actor_match m[ACTOR_MAX_WORDS];
    size_t nm = actors_match_words(a, ws, m, ACTOR_MAX_WORDS);
    for (size_t i = 0; i < nm;) {
        const actor_match *mt = &m[i];
        const actor_word *w = &ws->w[mt->first];
        if (mt->phrase || w->punct || !w->capital || !has_letter(ws, mt->first) || word_is(ws, mt->first, stop_capitals)) {
            i++;
            continue;
        }
        /* a run of capitalised words the dictionary does not know */
        size_t j = i;
        while (j < nm && !m[j].phrase && !ws->w[m[j].first].punct && ws->w[m[j].first].capital &&
               has_letter(ws, m[j].first) && !word_is(ws, m[j].first, stop_capitals)) {
            j++;
            if (ws->w[m[j - 1].first].possessive) break;
        }
        /* a lone capitalised word opening the piece is usually just the
         * start of a sentence */
        if (!(j - i == 1 && mt->first == 0)) {
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
    unknown_scan u = {a, d, found, context};
    actor_words ws;
    words_clear(&ws);
    for_each_piece(d, &ws, unknown_piece, &u);
}
