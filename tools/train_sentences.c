/* train_sentences.c — learn which capitalised words open sentences, for the
 * sentence splitter's decision after an abbreviation ("... in the U.S. The
 * talks" ends, "the U.S. Senate" goes on).
 *
 *   train_sentences [--min N] [--ratio R] FILE.conllu... > src/nlp/opener_table.c
 *
 * For every capitalised word form it counts how often the treebanks put it
 * first in a sentence and how often capitalised inside one (after a word or
 * a comma: not after a quote or colon, where a capital is a new start).  A
 * form is an opener when it opened at least N sentences (default 3) and at
 * least the share R (default 0.75) of its capitalised uses.  Names,
 * titles and institutions ("Senate", "Secretary", "Army") fail the share;
 * function words and sentence adverbs pass it.  Words the treebanks tag as
 * proper nouns more than one time in ten are left out: a name after an
 * initial ("John A. Kay") must not end the sentence.  The output is a sorted C
 * table (deterministic: same files, same table). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/conllu.h"

typedef struct count {
    char *form;
    unsigned initial, inside, name; /* name: tagged PROPN, anywhere */
} count;

typedef struct table {
    count *slots;
    size_t cap, used;
} table;

static size_t hash(const char *s)
{
    size_t h = 1469598103934665603ull;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static count *lookup(table *t, const char *form)
{
    if (2 * (t->used + 1) > t->cap) {
        table bigger = {calloc(t->cap ? t->cap * 2 : 4096, sizeof(count)), t->cap ? t->cap * 2 : 4096, 0};
        if (!bigger.slots) { fprintf(stderr, "train_sentences: out of memory\n"); exit(1); }
        for (size_t i = 0; i < t->cap; i++) {
            if (!t->slots[i].form) continue;
            size_t h = hash(t->slots[i].form) & (bigger.cap - 1);
            while (bigger.slots[h].form) h = (h + 1) & (bigger.cap - 1);
            bigger.slots[h] = t->slots[i];
            bigger.used++;
        }
        free(t->slots);
        *t = bigger;
    }
    size_t h = hash(form) & (t->cap - 1);
    while (t->slots[h].form && strcmp(t->slots[h].form, form) != 0) h = (h + 1) & (t->cap - 1);
    if (!t->slots[h].form) {
        t->slots[h].form = strdup(form);
        t->used++;
    }
    return &t->slots[h];
}

/* A capitalised word of letters (an apostrophe or hyphen inside allowed):
 * "The", "Don't"; not "I", "US", "3D" or "U.S.". */
static int capitalised_word(const char *s)
{
    if (!(s[0] >= 'A' && s[0] <= 'Z') || !s[1]) return 0;
    int lower = 0;
    for (const char *p = s + 1; *p; p++) {
        if (*p >= 'a' && *p <= 'z') lower = 1;
        else if (!(*p == '\'' || *p == '-') && !(*p >= 'A' && *p <= 'Z')) return 0;
    }
    return lower;
}

static int word_like(const char *s)
{
    unsigned char c = (unsigned char)s[0];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 ||
           strcmp(s, ",") == 0;
}

static int by_form(const void *a, const void *b)
{
    return strcmp(((const count *)a)->form, ((const count *)b)->form);
}

int main(int argc, char **argv)
{
    unsigned min = 3;
    double ratio = 0.75;
    table t = {0};
    int files = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--min") == 0 && i + 1 < argc) { min = (unsigned)atoi(argv[++i]); continue; }
        if (strcmp(argv[i], "--ratio") == 0 && i + 1 < argc) { ratio = atof(argv[++i]); continue; }
        char err[512];
        const conllu_sentence **ss;
        size_t n;
        conllu_reader *r = conllu_read_all(argv[i], &ss, &n, err, sizeof err);
        if (!r) { fprintf(stderr, "train_sentences: %s\n", err); return 1; }
        files++;
        for (size_t k = 0; k < n; k++) {
            const conllu_sentence *s = ss[k];
            size_t f = 0;
            while (f < s->word_count && !word_like(s->words[f].form)) f++; /* opening quotes, brackets */
            for (size_t w = f; w < s->word_count; w++) {
                const char *form = s->words[w].form;
                if (!capitalised_word(form)) continue;
                if (strcmp(s->words[w].upos, "PROPN") == 0) {
                    lookup(&t, form)->name++;
                    continue;
                }
                if (w == f) lookup(&t, form)->initial++;
                else if (word_like(s->words[w - 1].form)) lookup(&t, form)->inside++;
            }
        }
        conllu_close(r);
    }
    if (!files) {
        fprintf(stderr, "usage: train_sentences [--min N] [--ratio R] FILE.conllu... > src/nlp/opener_table.c\n");
        return 2;
    }
    count *list = malloc((t.used + 1) * sizeof *list);
    size_t kept = 0;
    for (size_t i = 0; i < t.cap; i++) {
        const count *c = &t.slots[i];
        if (c->form && c->initial >= min && c->initial >= ratio * (c->initial + c->inside) &&
            c->name * 10 < c->initial + c->inside)
            list[kept++] = *c;
    }
    qsort(list, kept, sizeof *list, by_form);
    printf("/* opener_table.c — capitalised words that open sentences, learned from\n"
           " * treebanks by tools/train_sentences.c (generated: do not edit; the\n"
           " * command that made it is in docs/NLP.md).  Each opened at least %u\n"
           " * sentences and at least %.0f%% of its capitalised uses.  Sorted for\n"
           " * binary search. */\n"
           "#include \"nlp/opener_table.h\"\n\n"
           "const char *const nlp_opener_table[] = {\n",
           min, ratio * 100);
    for (size_t i = 0; i < kept; i++) printf("    \"%s\", /* %u/%u */\n", list[i].form, list[i].initial, list[i].inside);
    printf("};\n\nconst size_t nlp_opener_table_size = %zu;\n", kept);
    fprintf(stderr, "train_sentences: %zu openers from %zu capitalised forms\n", kept, t.used);
    for (size_t i = 0; i < t.cap; i++) free(t.slots[i].form);
    free(t.slots);
    free(list);
    return 0;
}
