/* tags.c — the language analysis's tags, used when they are there.
 *
 * The rules work from the text alone; when the tagger has run (tokens with
 * upos), a capitalised word it tags as a verb, adverb, pronoun,
 * determiner, preposition, conjunction, particle or number is kept out of
 * speakers' names ("Unexpectedly Lavrov said" names Lavrov).  PER
 * entities become people the text introduces (mention.c).  One merge of
 * two sorted lists: linear. */
#include <string.h>

#include "attribute/internal.h"

static bool closed_class(const char *upos)
{
    static const char *const tags[] = {"VERB", "AUX", "ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PART", "INTJ", "PUNCT", "SYM"};
    for (size_t i = 0; i < sizeof tags / sizeof *tags; i++) if (strcmp(upos, tags[i]) == 0) return true;
    return false;
}

void apply_tags(ctx *c)
{
    const dyad_token *t = c->d->tokens.items;
    size_t n = c->d->tokens.count, k = 0;
    for (size_t i = 0; i < c->w.count && k < n; i++) {
        aword *w = &c->w.items[i];
        while (k < n && t[k].span.start < w->s) k++;
        if (k < n && t[k].span.start == w->s && t[k].upos && w->kind == W_WORD && w->cap && closed_class(t[k].upos))
            w->not_name = 1;
    }
}
