/* tags.c — the language analysis's tags, used when they are there.
 *
 * The rules work from the text alone; when the tagger has run (tokens with
 * upos), a capitalised word it tags as a verb, adverb, pronoun,
 * determiner, preposition, conjunction, particle or number is kept out of
 * speakers' names ("Unexpectedly Lavrov said" names Lavrov), and a
 * finite verb marks words after a comma as a clause, not an apposition
 * ("According to officials, the plan was dropped").  PER entities become
 * people the text introduces (mention.c).
 *
 * The tagger guesses at words it never saw: a surname ending in "-ed" or
 * "-ly" at a paragraph's start ("Petroied: Yes, we will.") comes out a
 * verb or an adverb.  So the veto does not hold for a word the recogniser
 * puts inside a PER entity anywhere in the document: the text itself
 * shows it is a name.  Sorting those words once and bisecting keeps it
 * n log n. */
#include <stdlib.h>
#include <string.h>

#include "attribute/internal.h"

static bool closed_class(const char *upos)
{
    static const char *const tags[] = {"VERB", "AUX", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PART", "INTJ", "PUNCT", "SYM"};
    for (size_t i = 0; i < sizeof tags / sizeof *tags; i++) if (strcmp(upos, tags[i]) == 0) return true;
    return false;
}

static bool finite_verb(const char *xpos)
{
    return xpos && (!strcmp(xpos, "VBD") || !strcmp(xpos, "VBZ") || !strcmp(xpos, "VBP") || !strcmp(xpos, "MD"));
}

typedef struct wref { const char *s; uint32_t n; } wref;

static int wref_cmp(const wref *x, const wref *y)
{
    int k = memcmp(x->s, y->s, x->n < y->n ? x->n : y->n);
    return k ? k : (x->n > y->n) - (x->n < y->n);
}

static int by_text(const void *a, const void *b) { return wref_cmp(a, b); }

/* The words inside PER entities, sorted by their text. */
static wref *person_words(const ctx *c, size_t *count)
{
    const dyad_entity *e = c->d->entities.items;
    size_t ne = c->d->entities.count, n = 0, cap = 0, wi = 0;
    wref *out = NULL;
    for (size_t k = 0; k < ne; k++) {
        if (!e[k].type || strcmp(e[k].type, "PER") != 0) continue;
        while (wi < c->w.count && c->w.items[wi].s < e[k].span.start) wi++;
        for (size_t i = wi; i < c->w.count && c->w.items[i].e <= e[k].span.end; i++) {
            if (c->w.items[i].kind != W_WORD) continue;
            if (n == cap) {
                cap = cap ? 2 * cap : 64;
                wref *grown = realloc(out, cap * sizeof *out);
                if (!grown) { free(out); *count = 0; return NULL; }
                out = grown;
            }
            out[n++] = (wref){c->t + c->w.items[i].s, c->w.items[i].e - c->w.items[i].s};
        }
    }
    if (n > 1) qsort(out, n, sizeof *out, by_text);
    *count = n;
    return out;
}

static bool among(const wref *set, size_t n, wref key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int k = wref_cmp(&set[mid], &key);
        if (k == 0) return true;
        if (k < 0) lo = mid + 1; else hi = mid;
    }
    return false;
}

void apply_tags(ctx *c)
{
    const dyad_token *t = c->d->tokens.items;
    size_t n = c->d->tokens.count, k = 0, np = 0;
    if (!n || !t[0].upos) return;
    wref *names = person_words(c, &np);
    for (size_t i = 0; i < c->w.count && k < n; i++) {
        aword *w = &c->w.items[i];
        while (k < n && t[k].span.start < w->s) k++;
        if (k >= n || t[k].span.start != w->s || !t[k].upos || w->kind != W_WORD) continue;
        if (w->cap && closed_class(t[k].upos) && !among(names, np, (wref){c->t + w->s, w->e - w->s})) w->not_name = 1;
        w->finite = finite_verb(t[k].xpos);
        w->closed = closed_class(t[k].upos);
    }
    free(names);
}
