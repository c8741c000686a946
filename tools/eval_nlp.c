/* eval_nlp.c — score the trained models on gold tokens.
 *
 *   eval_nlp MODEL_DIR UD_TEST.conllu [UNER_TEST.iob2]
 *
 * Prints UPOS, XPOS, UFeats, LEMMA, UAS and LAS as the CoNLL 2018 shared
 * task defines them (every word counts, punctuation included; LAS compares
 * the universal part of the relation), entity-level NER precision, recall
 * and F1 (exact span and type) overall and per type, with the errors by
 * kind (EVAL_NLP_ENTITIES=1 also lists the most frequent misses and
 * spurious finds), and the tokens per second of annotation. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/document.h"
#include "nlp/annotate.h"
#include "nlp/conllu.h"
#include "nlp/gold_tokens.h"
#include "nlp/iob2.h"
#include "nlp/nlp.h"
#include "common/ufeats.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* CPU time of this process: speed on one core even on a busy machine. */
static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static size_t universal_len(const char *r) { return strcspn(r, ":"); }

static int eval_ud(const nlp_models *m, const char *path)
{
    char err[512];
    const conllu_sentence **ss;
    size_t count;
    conllu_reader *r = conllu_read_all(path, &ss, &count, err, sizeof err);
    if (!r) { fprintf(stderr, "eval_nlp: %s\n", err); return 1; }
    doc *d = doc_new(NULL);
    size_t total = 0;
    for (size_t si = 0; si < count; si++) {
        const conllu_sentence *s = ss[si];
        const char **forms = malloc(s->word_count * sizeof *forms);
        bool *sp = malloc(s->word_count * sizeof *sp);
        for (size_t i = 0; i < s->word_count; i++) { forms[i] = s->words[i].form; sp[i] = s->words[i].space_after; }
        nlp_add_gold_sentence(d, forms, sp, s->word_count);
        total += s->word_count;
        free(forms);
        free(sp);
    }
    double t0 = cpu_now();
    nlp_annotate(d, m);
    double secs = cpu_now() - t0;
    size_t upos = 0, xpos = 0, feats = 0, lemma = 0, uas = 0, las = 0, k = 0;
    /* Per gold relation (universal part): words, wrong heads, right head
     * but wrong relation; printed with EVAL_NLP_RELATIONS=1 (dev analysis). */
    enum { MAXREL = 64 };
    char rel[MAXREL][24];
    size_t nrel = 0, rwords[MAXREL] = {0}, rhead[MAXREL] = {0}, rlabel[MAXREL] = {0};
    for (size_t si = 0; si < count; si++) {
        const conllu_sentence *s = ss[si];
        size_t first = d->sentences.items[si].first_token;
        for (size_t i = 0; i < s->word_count; i++, k++) {
            const conllu_word *g = &s->words[i];
            const dyad_token *t = &d->tokens.items[first + i];
            upos += !strcmp(t->upos, g->upos);
            xpos += !strcmp(t->xpos, g->xpos);
            feats += same_ufeats(t->feats, g->feats);
            lemma += !strcmp(t->lemma, g->lemma);
            int head = t->head < 0 ? 0 : (int)(t->head - (int32_t)first) + 1;
            size_t a = universal_len(t->deprel), b = universal_len(g->deprel), r = 0;
            while (r < nrel && (strlen(rel[r]) != b || memcmp(rel[r], g->deprel, b))) r++;
            if (r == nrel && nrel < MAXREL && b < sizeof rel[0]) {
                memcpy(rel[r], g->deprel, b);
                rel[r][b] = '\0';
                nrel++;
            }
            bool same = a == b && !memcmp(t->deprel, g->deprel, a);
            if (r < nrel) {
                rwords[r]++;
                rhead[r] += head != g->head;
                rlabel[r] += head == g->head && !same;
            }
            if (head == g->head) {
                uas++;
                las += same;
            }
        }
    }
    printf("gold tokens, %s: %zu sentences, %zu words\n", path, count, total);
    printf("  UPOS %.2f  XPOS %.2f  UFeats %.2f  LEMMA %.2f  UAS %.2f  LAS %.2f\n", 100.0 * upos / total,
           100.0 * xpos / total, 100.0 * feats / total, 100.0 * lemma / total, 100.0 * uas / total,
           100.0 * las / total);
    printf("  speed: %.0f tokens per CPU second for tag+lemma+parse+entities (one thread)\n", total / secs);
    if (getenv("EVAL_NLP_RELATIONS")) {
        /* Largest LAS losses first. */
        size_t order[MAXREL];
        for (size_t r = 0; r < nrel; r++) order[r] = r;
        for (size_t i = 1; i < nrel; i++)
            for (size_t j = i; j > 0 && rhead[order[j]] + rlabel[order[j]] > rhead[order[j - 1]] + rlabel[order[j - 1]]; j--) {
                size_t x = order[j];
                order[j] = order[j - 1];
                order[j - 1] = x;
            }
        printf("  %-12s %6s %10s %14s %10s\n", "relation", "words", "wrong head", "wrong relation", "LAS lost");
        for (size_t i = 0; i < nrel; i++) {
            size_t r = order[i];
            printf("  %-12s %6zu %10zu %14zu %9.2f%%\n", rel[r], rwords[r], rhead[r], rlabel[r],
                   100.0 * (rhead[r] + rlabel[r]) / total);
        }
    }
    doc_free(d);
    conllu_close(r);
    return 0;
}

/* ---- entities ---- */

typedef struct span { size_t start, len; const char *type; int hit; } span;

enum { MAXTYPES = 16 };
typedef struct ner_tally {
    char *type[MAXTYPES];
    size_t ntype, gold[MAXTYPES], pred[MAXTYPES], match[MAXTYPES];
    /* Errors by kind (each counted once per gold or found entity). */
    size_t missed_type, missed_bound, missed_none, spur_type, spur_bound, spur_none;
    char **missed, **spurious; /* "TYPE  words" for the lists */
    size_t nmissed, nspurious, capm, caps;
} ner_tally;

static size_t type_index(ner_tally *t, const char *type)
{
    for (size_t i = 0; i < t->ntype; i++)
        if (!strcmp(t->type[i], type)) return i;
    if (t->ntype == MAXTYPES) return MAXTYPES - 1;
    t->type[t->ntype] = strdup(type); /* the doc holding `type` goes */
    return t->ntype++;
}

static void push_str(char ***v, size_t *n, size_t *cap, const char *type, const char *const *forms, size_t len)
{
    char buf[256];
    size_t k = (size_t)snprintf(buf, sizeof buf, "%s ", type);
    for (size_t i = 0; i < len && k < sizeof buf; i++) k += (size_t)snprintf(buf + k, sizeof buf - k, " %s", forms[i]);
    if (*n == *cap) {
        *cap = *cap ? 2 * *cap : 256;
        *v = realloc(*v, *cap * sizeof **v);
    }
    (*v)[(*n)++] = strdup(buf);
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The most frequent strings of v (sorted here), at most `top`. */
static void print_top(const char *title, char **v, size_t n, size_t top)
{
    qsort(v, n, sizeof *v, cmp_str);
    typedef struct { size_t at, count; } run;
    run *runs = malloc((n + 1) * sizeof *runs);
    size_t nr = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && !strcmp(v[j], v[i])) j++;
        runs[nr++] = (run){i, j - i};
        i = j;
    }
    for (size_t i = 1; i < nr; i++)
        for (size_t j = i; j > 0 && runs[j].count > runs[j - 1].count; j--) {
            run x = runs[j];
            runs[j] = runs[j - 1];
            runs[j - 1] = x;
        }
    printf("  %s (%zu, %zu distinct):", title, n, nr);
    for (size_t i = 0; i < nr && i < top; i++) printf("%s %zu×[%s]", i % 4 ? "" : "\n   ", runs[i].count, v[runs[i].at]);
    printf("\n");
    free(runs);
}

/* Score the entities of one document: gold spans from the file's
 * sentences [s0, s1), found ones from the annotated doc d. */
static void score_doc(const iob2_corpus *c, size_t s0, size_t s1, const doc *d, const char *const *forms,
                      ner_tally *t)
{
    size_t cap = 16, ng = 0, tok = 0;
    span *g = malloc(cap * sizeof *g);
    for (size_t si = s0; si < s1; si++) {
        const iob2_sentence *s = &c->s[si];
        for (size_t i = 0; i < s->count; i++) {
            const char *x = s->tag[i];
            if (x[0] != 'B' || x[1] != '-' || !strcmp(x + 2, "O")) continue;
            size_t j = i + 1;
            while (j < s->count && s->tag[j][0] == 'I' && !strcmp(s->tag[j] + 2, x + 2)) j++;
            if (ng == cap) g = realloc(g, (cap *= 2) * sizeof *g);
            g[ng++] = (span){tok + i, j - i, x + 2, 0};
        }
        tok += s->count;
    }
    size_t np = d->entities.count;
    span *p = malloc((np + 1) * sizeof *p);
    for (size_t i = 0; i < np; i++) {
        const dyad_entity *e = &d->entities.items[i];
        p[i] = (span){e->first_token, e->token_count, e->type, 0};
    }
    for (size_t i = 0; i < ng; i++) {
        t->gold[type_index(t, g[i].type)]++;
        for (size_t k = 0; k < np; k++)
            if (p[k].start == g[i].start && p[k].len == g[i].len && !strcmp(p[k].type, g[i].type)) {
                g[i].hit = p[k].hit = 1;
                t->match[type_index(t, g[i].type)]++;
            }
    }
    for (size_t k = 0; k < np; k++) t->pred[type_index(t, p[k].type)]++;
    /* Misses and spurious finds, by what overlaps them on the other side. */
    for (int side = 0; side < 2; side++) {
        span *a = side ? p : g, *b = side ? g : p;
        size_t na = side ? np : ng, nb = side ? ng : np;
        for (size_t i = 0; i < na; i++) {
            if (a[i].hit) continue;
            int kind = 0; /* 0 nothing overlaps, 1 same span other type, 2 overlap */
            for (size_t k = 0; k < nb; k++) {
                if (b[k].start == a[i].start && b[k].len == a[i].len) kind = 1;
                else if (kind != 1 && b[k].start < a[i].start + a[i].len && a[i].start < b[k].start + b[k].len) kind = 2;
            }
            if (side) {
                *(kind == 1 ? &t->spur_type : kind == 2 ? &t->spur_bound : &t->spur_none) += 1;
                push_str(&t->spurious, &t->nspurious, &t->caps, a[i].type, forms + a[i].start, a[i].len);
            } else {
                *(kind == 1 ? &t->missed_type : kind == 2 ? &t->missed_bound : &t->missed_none) += 1;
                push_str(&t->missed, &t->nmissed, &t->capm, a[i].type, forms + a[i].start, a[i].len);
            }
        }
    }
    free(g);
    free(p);
}

static void print_prf(const char *name, size_t gold, size_t pred, size_t match)
{
    double p = pred ? (double)match / pred : 0, r = gold ? (double)match / gold : 0;
    printf("  %-5s P %.4f  R %.4f  F1 %.4f  (%zu gold, %zu found, %zu right)\n", name, p, r,
           p + r > 0 ? 2 * p * r / (p + r) : 0, gold, pred, match);
}

/* Each "# newdoc" starts a document of its own, as an article is one at
 * run time (the recogniser reads the whole document). */
static int eval_ner(const nlp_models *m, const char *path)
{
    iob2_corpus c;
    char err[512];
    if (iob2_read(path, &c, err, sizeof err) != 0) { fprintf(stderr, "eval_nlp: %s\n", err); return 1; }
    ner_tally t = {0};
    for (size_t s0 = 0; s0 < c.count;) {
        size_t s1 = s0 + 1;
        while (s1 < c.count && !c.s[s1].newdoc) s1++;
        doc *d = doc_new(NULL);
        size_t ntok = 0;
        for (size_t si = s0; si < s1; si++) {
            nlp_add_gold_sentence(d, c.s[si].form, NULL, c.s[si].count);
            ntok += c.s[si].count;
        }
        const char **forms = malloc((ntok + 1) * sizeof *forms);
        ntok = 0;
        for (size_t si = s0; si < s1; si++)
            for (size_t i = 0; i < c.s[si].count; i++) forms[ntok++] = c.s[si].form[i];
        nlp_annotate(d, m);
        score_doc(&c, s0, s1, d, forms, &t);
        free(forms);
        doc_free(d);
        s0 = s1;
    }
    size_t gold = 0, pred = 0, match = 0;
    for (size_t i = 0; i < t.ntype; i++) {
        gold += t.gold[i];
        pred += t.pred[i];
        match += t.match[i];
    }
    double p = pred ? (double)match / pred : 0, r = gold ? (double)match / gold : 0;
    printf("entities, %s: %zu gold, %zu found\n", path, gold, pred);
    printf("  NER precision %.4f  recall %.4f  F1 %.4f\n", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    for (size_t i = 0; i < t.ntype; i++) print_prf(t.type[i], t.gold[i], t.pred[i], t.match[i]);
    printf("  missed: %zu other type, %zu other span, %zu not found; spurious: %zu other type, %zu other span, "
           "%zu nothing there\n",
           t.missed_type, t.missed_bound, t.missed_none, t.spur_type, t.spur_bound, t.spur_none);
    if (getenv("EVAL_NLP_ENTITIES")) {
        print_top("most often missed", t.missed, t.nmissed, 40);
        print_top("most often spurious", t.spurious, t.nspurious, 40);
    }
    for (size_t i = 0; i < t.nmissed; i++) free(t.missed[i]);
    for (size_t i = 0; i < t.nspurious; i++) free(t.spurious[i]);
    free(t.missed);
    free(t.spurious);
    for (size_t i = 0; i < t.ntype; i++) free(t.type[i]);
    iob2_free(&c);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: eval_nlp MODEL_DIR UD.conllu [UNER.iob2]\n");
        return 2;
    }
    char err[512];
    double t0 = now();
    nlp_models *m = nlp_models_open(argv[1], err, sizeof err);
    if (!m) { fprintf(stderr, "eval_nlp: %s\n", err); return 1; }
    printf("model load: %.1f ms\n", (now() - t0) * 1000);
    int rc = eval_ud(m, argv[2]);
    if (!rc && argc > 3) rc = eval_ner(m, argv[3]);
    nlp_models_close(m);
    return rc;
}
