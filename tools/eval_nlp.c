/* eval_nlp.c — score the trained models on gold tokens.
 *
 *   eval_nlp MODEL_DIR UD_TEST.conllu [UNER_TEST.iob2]
 *
 * Prints UPOS, XPOS, UFeats, LEMMA, UAS and LAS as the CoNLL 2018 shared
 * task defines them (every word counts, punctuation included; LAS compares
 * the universal part of the relation), entity-level NER precision, recall
 * and F1 (exact span and type), and the tokens per second of annotation. */
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
            feats += !strcmp(t->feats, g->feats);
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

static int eval_ner(const nlp_models *m, const char *path)
{
    iob2_corpus c;
    char err[512];
    if (iob2_read(path, &c, err, sizeof err) != 0) { fprintf(stderr, "eval_nlp: %s\n", err); return 1; }
    doc *d = doc_new(NULL);
    for (size_t si = 0; si < c.count; si++) nlp_add_gold_sentence(d, c.s[si].form, NULL, c.s[si].count);
    nlp_annotate(d, m);
    /* Gold entities as (first token, count, type) strings to compare. */
    size_t gold = 0, pred = d->entities.count, match = 0, tok = 0;
    size_t e = 0;
    for (size_t si = 0; si < c.count; si++) {
        const iob2_sentence *s = &c.s[si];
        for (size_t i = 0; i < s->count; i++) {
            const char *t = s->tag[i];
            if (t[0] != 'B' || t[1] != '-' || !strcmp(t + 2, "O")) continue;
            size_t j = i + 1;
            while (j < s->count && s->tag[j][0] == 'I' && !strcmp(s->tag[j] + 2, t + 2)) j++;
            gold++;
            size_t start = tok + i;
            while (e < d->entities.count && d->entities.items[e].first_token < start) e++;
            for (size_t q = e; q < d->entities.count && d->entities.items[q].first_token == start; q++) {
                const dyad_entity *x = &d->entities.items[q];
                if (x->token_count == j - i && !strcmp(x->type, t + 2)) match++;
            }
        }
        tok += s->count;
    }
    double p = pred ? (double)match / pred : 0, r = gold ? (double)match / gold : 0;
    printf("entities, %s: %zu gold, %zu found\n", path, gold, pred);
    printf("  NER precision %.4f  recall %.4f  F1 %.4f\n", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    doc_free(d);
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
