/* table.c — the phrase table: every name of every entry as a normalised
 * key ("russian foreign ministry"), found by hash in one probe sequence.
 *
 * Longest match needs to know how far a phrase may reach from a given
 * first word, so a second small table records, per first word, the most
 * words any phrase starting with it has (and which PETRARCH names written
 * with spaces start with it); a word that starts no phrase costs one probe. */
#include <stdlib.h>
#include <string.h>

#include "actors/internal.h"

uint64_t table_hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

int table_add(actor_dictionary *a, const char *name, size_t n, uint32_t entry, int case_insensitive)
{
    actor_words words, *ws = &words;
    words_clear(ws);
    words_add_text(ws, name, n, 0, -1);
    char key[ACTOR_MAX_WORDS * 24];
    size_t k = 0;
    uint32_t capital = 0, upper = 0, gaps = 0;
    int count = 0;
    /* A leading "the" is not part of a name: "the Commonwealth" must not
     * start a match that hides "Commonwealth of Independent States". */
    size_t skip = 0;
    while (skip < ws->n && ws->w[skip].punct) skip++;
    if (skip + 1 < ws->n && ws->w[skip].key_length == 3 && memcmp(ws->keys + ws->w[skip].key, "the", 3) == 0) skip++;
    for (size_t i = skip; i < ws->n && count < ACTOR_MAX_PHRASE_WORDS; i++) {
        const actor_word *w = &ws->w[i];
        if (w->punct) continue;
        /* PETRARCH joins the words that must stand together with '_';
         * a space lets modifiers come between (TABARI's disconnected
         * phrases) */
        if (case_insensitive && count && w->start > 0 && (name[w->start - 1] == ' ' || name[w->start - 1] == '\t') &&
            !w->hyphen_before)
            gaps |= 1u << count;
        if (k) key[k++] = ' ';
        memcpy(key + k, ws->keys + w->key, w->key_length);
        k += w->key_length;
        size_t letters = 0;
        for (uint32_t j = w->start; j < w->end; j++) {
            unsigned char c = (unsigned char)name[j];
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) letters++;
        }
        if (!case_insensitive && w->capital && letters && name[w->start] != '\0') {
            unsigned char c0 = (unsigned char)name[w->start];
            if (!(c0 >= '0' && c0 <= '9')) capital |= 1u << count;
        }
        /* Short names in capitals ("US", "UN", "EU") must be capitals in
         * the text too, or "us" and "eu-" would match. */
        if (w->upper && letters >= 2 && letters <= 3 && (!case_insensitive || ws->n == 1)) upper |= 1u << count;
        count++;
    }
    if (!count || ws->full) return 0;
    actor_phrase p = {0};
    p.key = dict_intern(a, key, k);
    p.key_length = (uint32_t)k;
    p.hash = table_hash(key, k);
    p.entry = entry;
    p.capital_mask = capital;
    p.upper_mask = upper;
    p.gap_mask = gaps;
    p.word_count = (uint8_t)count;
    VEC_PUSH(&a->phrases, p);
    return 1;
}

static size_t pow2_at_least(size_t n)
{
    size_t s = 16;
    while (s < n) s <<= 1;
    return s;
}

void table_build(actor_dictionary *a)
{
    free(a->slots);
    free(a->first_slots);
    a->firsts.count = 0;
    a->gapped.count = 0;
    size_t size = pow2_at_least(a->phrases.count * 2 + 1);
    a->slots = xcalloc(size, sizeof *a->slots);
    a->slot_mask = size - 1;
    for (size_t i = 0; i < a->phrases.count; i++) {
        actor_phrase *p = &a->phrases.items[i];
        p->next = 0;
        p->tail = (uint32_t)i;
        size_t s = p->hash & a->slot_mask;
        for (;;) {
            uint32_t at = a->slots[s];
            if (!at) { a->slots[s] = (uint32_t)i + 1; break; }
            actor_phrase *q = &a->phrases.items[at - 1];
            if (q->hash == p->hash && q->key_length == p->key_length &&
                memcmp(a->strings.data + q->key, a->strings.data + p->key, p->key_length) == 0) {
                /* append in file order, in constant time */
                a->phrases.items[q->tail].next = (uint32_t)i + 1;
                q->tail = (uint32_t)i;
                break;
            }
            s = (s + 1) & a->slot_mask;
        }
    }
    /* First words and the longest phrase each may start. */
    size_t fsize = pow2_at_least(a->phrases.count * 2 + 1);
    a->first_slots = xcalloc(fsize, sizeof *a->first_slots);
    a->first_slot_mask = fsize - 1;
    for (size_t i = 0; i < a->phrases.count; i++) {
        const actor_phrase *p = &a->phrases.items[i];
        const char *key = a->strings.data + p->key;
        const char *space = memchr(key, ' ', p->key_length);
        size_t len = space ? (size_t)(space - key) : p->key_length;
        uint64_t h = table_hash(key, len);
        size_t s = h & a->first_slot_mask;
        for (;;) {
            uint32_t at = a->first_slots[s];
            if (!at) {
                first_word f = {h, p->key, (uint32_t)len, p->word_count, 0, p->gap_mask != 0};
                VEC_PUSH(&a->firsts, f);
                a->first_slots[s] = (uint32_t)a->firsts.count;
                break;
            }
            first_word *f = &a->firsts.items[at - 1];
            if (f->hash == h && f->key_length == len && memcmp(a->strings.data + f->key, key, len) == 0) {
                if (p->word_count > f->max_words) f->max_words = p->word_count;
                if (p->gap_mask) f->gap_count++;
                break;
            }
            s = (s + 1) & a->first_slot_mask;
        }
    }
    /* The phrases with gaps grouped by first word, in file order within
     * a group, so a word tries only the few that start with it. */
    size_t total = 0;
    for (size_t f = 0; f < a->firsts.count; f++) {
        a->firsts.items[f].gap_first = (uint32_t)total;
        total += a->firsts.items[f].gap_count;
        a->firsts.items[f].gap_count = 0;
    }
    VEC_GROW(&a->gapped, total);
    a->gapped.count = total;
    for (size_t i = 0; i < a->phrases.count; i++) {
        const actor_phrase *p = &a->phrases.items[i];
        if (!p->gap_mask) continue;
        const char *key = a->strings.data + p->key;
        const char *space = memchr(key, ' ', p->key_length);
        first_word *f = (first_word *)table_first_word(a, key, space ? (size_t)(space - key) : p->key_length);
        a->gapped.items[f->gap_first + f->gap_count++] = (uint32_t)i;
    }
}

const actor_phrase *table_find(const actor_dictionary *a, const char *key, size_t n, uint64_t hash)
{
    if (!a->slots) return NULL;
    size_t s = hash & a->slot_mask;
    for (;;) {
        uint32_t at = a->slots[s];
        if (!at) return NULL;
        const actor_phrase *p = &a->phrases.items[at - 1];
        if (p->hash == hash && p->key_length == n && memcmp(a->strings.data + p->key, key, n) == 0) return p;
        s = (s + 1) & a->slot_mask;
    }
}

const first_word *table_first_word(const actor_dictionary *a, const char *key, size_t n)
{
    if (!a->first_slots) return NULL;
    uint64_t h = table_hash(key, n);
    size_t s = h & a->first_slot_mask;
    for (;;) {
        uint32_t at = a->first_slots[s];
        if (!at) return NULL;
        const first_word *f = &a->firsts.items[at - 1];
        if (f->hash == h && f->key_length == n && memcmp(a->strings.data + f->key, key, n) == 0) return f;
        s = (s + 1) & a->first_slot_mask;
    }
}
