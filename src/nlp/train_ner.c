/* train_ner.c — entity recogniser training: a structured perceptron
 * (Collins 2002) that decodes each sentence with the same first-order
 * Viterbi search as run time and moves the weights from the best sequence's
 * features to the gold sequence's where they differ; entity-level dev F1. */
#include "nlp/train.h"

#include <stdlib.h>
#include <string.h>

#include "base/fail.h"

/* Entity spans of a BIO sequence, compared exactly (start, end, type). */
static size_t count_matches(const classes *bio, const int *a, const int *b, int n, size_t *na, size_t *nb)
{
    size_t match = 0;
    for (int i = 0; i < n; i++) {
        const char *x = a[i] >= 0 ? bio->names[a[i]] : "O";
        if (x[0] == 'B') (*na)++;
        const char *y = b[i] >= 0 ? bio->names[b[i]] : "O";
        if (y[0] == 'B') (*nb)++;
        if (x[0] != 'B' || strcmp(x, y) != 0) continue;
        int j = i + 1;
        for (;; j++) {
            const char *xi = j < n && a[j] >= 0 ? bio->names[a[j]] : "O";
            const char *yi = j < n && b[j] >= 0 ? bio->names[b[j]] : "O";
            bool xin = xi[0] == 'I', yin = yi[0] == 'I';
            if (xin != yin) break;
            if (!xin) { match++; break; }
        }
    }
    return match;
}

/* Documents: [start[d], start[d + 1]) sentences; returns their count. */
static size_t documents(const tcorpus *c, size_t **start)
{
    size_t nd = 0;
    *start = xmalloc((c->count + 2) * sizeof **start);
    for (size_t i = 0; i < c->count; i++)
        if (i == 0 || c->s[i].doc_start) (*start)[nd++] = i;
    (*start)[nd] = c->count;
    return nd;
}

/* A memory for sentences [a, b) with every sentence noted; free *buf. */
static void doc_memory(const tcorpus *c, size_t a, size_t b, ner_memory *m, void **buf)
{
    size_t tokens = 0;
    for (size_t i = a; i < b; i++) tokens += (size_t)c->s[i].n;
    *buf = xmalloc(ner_memory_bytes(tokens));
    ner_memory_init(m, tokens, *buf);
    for (size_t i = a; i < b; i++) ner_memory_note(m, c->s[i].wf, (size_t)c->s[i].n);
}

/* Dev F1 after each of the NER_PASSES decodings of every document, as run
 * time decodes (a pass after the first reads in the document memory what
 * the other sentences said, later ones included; ner_run_pass's saving
 * changes no label, so every sentence is simply decoded again here).
 * f1[p]: the F1 after pass p + 1. */
static void evaluate(const pc_model *m, const classes *bio, const ner_gazetteer *g, const tcorpus *dev, FILE *log,
                     double *f1)
{
    size_t match[NER_PASSES] = {0}, gold[NER_PASSES] = {0}, pred[NER_PASSES] = {0};
    int32_t *scores = xmalloc(pc_width(m->nclass) * sizeof *scores);
    size_t *start, nd = documents(dev, &start);
    for (size_t d = 0; d < nd; d++) {
        ner_memory mem;
        void *buf;
        doc_memory(dev, start[d], start[d + 1], &mem, &buf);
        for (int pass = 0; pass < NER_PASSES; pass++) {
            mem.sid = 0;
            for (size_t si = start[d]; si < start[d + 1]; si++) {
                const tsent *s = &dev->s[si];
                int *labels = xmalloc(((size_t)s->n + 1) * sizeof *labels);
                uint8_t *marks = xmalloc(((size_t)s->n + 1) * sizeof *marks);
                ner_run(m, g, &mem, s->wf, s->ptag, (size_t)s->n, labels, marks, scores);
                match[pass] += count_matches(bio, s->ner, labels, s->n, &gold[pass], &pred[pass]);
                free(marks);
                free(labels);
            }
        }
        free(buf);
    }
    free(start);
    free(scores);
    for (int pass = 0; pass < NER_PASSES; pass++) {
        double p = pred[pass] ? (double)match[pass] / pred[pass] : 0, r = gold[pass] ? (double)match[pass] / gold[pass] : 0;
        if (log && pass + 1 == NER_PASSES) fprintf(log, "  dev P %.4f R %.4f ", p, r);
        f1[pass] = p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
}

/* Training: the current (not averaged) weights as doubles. */
typedef struct train_ctx { const pct *t; float *scores; uint32_t nclass; } train_ctx;
static void train_score(const void *ctx, const uint64_t *f, size_t k, double *out)
{
    const train_ctx *x = ctx;
    pct_score(x->t, f, k, x->scores);
    for (uint32_t c = 0; c < x->nclass; c++) out[c] = x->scores[c];
}

void train_ner(const tcorpus *train, const tcorpus *dev, const classes *bio, const ner_gazetteer *g, int epochs,
               int members, uint64_t seed, FILE *log, unsigned min_updates, pc_model *out)
{
    uint32_t nclass = (uint32_t)bio->count;
    memset(out, 0, sizeof *out);
    if (nclass > NER_MAX_CLASSES) { /* the decoder's limit; UNER has 7 */
        if (log) fprintf(log, "ner: %u classes, at most %d: not trained\n", nclass, NER_MAX_CLASSES);
        return;
    }
    member_set mb;
    members_init(&mb, members, nclass, train->count, seed);
    /* Every document's memory, noted once per member.  The sentences are
     * shuffled across documents all the same (going document by document,
     * in order, cost 1.4 points of dev F1 over three seeds with greedy
     * decoding), so a memory's labels are those of the sentences of its
     * document seen so far in the epoch, before or after: cleared when an
     * epoch starts. */
    size_t *start, nd = documents(train, &start);
    size_t nm = (size_t)mb.n * (nd ? nd : 1);
    ner_memory *mems = xmalloc(nm * sizeof *mems);
    void **bufs = xmalloc(nm * sizeof *bufs);
    size_t *docof = xmalloc((train->count ? train->count : 1) * sizeof *docof);
    for (int m = 0; m < mb.n; m++)
        for (size_t d = 0; d < nd; d++) doc_memory(train, start[d], start[d + 1], &mems[m * nd + d], &bufs[m * nd + d]);
    for (size_t d = 0; d < nd; d++)
        for (size_t i = start[d]; i < start[d + 1]; i++) docof[i] = d;
    float *scores = xmalloc(nclass * sizeof *scores);
    double best = -1;
    memset(out, 0, sizeof *out);
    /* ner_allowed() reads class names from a model: a stub model suffices. */
    pc_model names = {0};
    names.nclass = nclass;
    names.classes = (const char **)bio->names;
    for (int e = 1; e <= epochs; e++) {
        size_t nfeat = 0;
        for (int mi = 0; mi < mb.n; mi++) {
            pct *t = mb.t[mi];
            train_ctx ctx = {t, scores, nclass};
            const size_t *order = members_shuffle(&mb, mi, train->count);
            ner_memory *mm = mems + (size_t)mi * nd;
            for (size_t d = 0; d < nd; d++) ner_memory_clear_labels(&mm[d]);
            for (size_t oi = 0; oi < train->count; oi++) {
                const tsent *s = &train->s[order[oi]];
                ner_memory *mem = &mm[docof[order[oi]]];
                size_t n = (size_t)s->n;
                int *guess = xmalloc((n + 1) * sizeof *guess);
                uint8_t *marks = xmalloc((n + 1) * sizeof *marks);
                void *work = xmalloc(ner_viterbi_bytes(nclass, n));
                ner_gaz_mark(g, s->wf, n, marks);
                mem->sid = (uint32_t)order[oi]; /* a sentence of its own, never one labelled before */
                ner_viterbi(&names, train_score, &ctx, mem, s->wf, s->ptag, marks, n, guess, work);
                for (size_t i = 0; i < n; i++) {
                    uint64_t f[NER_MAX_FEATS];
                    int gi = s->ner[i] >= 0 ? s->ner[i] : 0, pi = guess[i];
                    int gp = i ? (s->ner[i - 1] >= 0 ? s->ner[i - 1] : 0) : -1, pp = i ? guess[i - 1] : -1;
                    uint8_t ent = ner_memory_entity_class(mem, &s->wf[i]);
                    if (gi != pi) pct_update(t, f, ner_features_static(s->wf, s->ptag, marks, mem, n, i, f), (uint32_t)gi, (uint32_t)pi);
                    if (gp == pp) {
                        if (gi != pi) pct_update(t, f, ner_features_prev(s->wf, s->ptag, marks, ent, n, i, gp, f), (uint32_t)gi, (uint32_t)pi);
                    } else {
                        pct_add(t, f, ner_features_prev(s->wf, s->ptag, marks, ent, n, i, gp, f), (uint32_t)gi, 1.0f);
                        pct_add(t, f, ner_features_prev(s->wf, s->ptag, marks, ent, n, i, pp, f), (uint32_t)pi, -1.0f);
                    }
                    pct_tick(t);
                }
                ner_memory_label(mem, s->wf, guess, n);
                free(work);
                free(marks);
                free(guess);
            }
            nfeat += pct_feature_count(t);
        }
        pc_model m;
        members_average(&mb, (const char *const *)bio->names, min_updates, &m);
        const char *in_all = mb.n > 1 ? " in all members" : "";
        if (!dev) {
            if (log) fprintf(log, "ner epoch %d (train + dev): %zu features%s\n", e, nfeat, in_all);
            if (e < epochs) { pc_model_free(&m); continue; }
        }
        /* Without dev only the last epoch gets here, and it is kept. */
        double f1s[NER_PASSES] = {0};
        if (dev) evaluate(&m, bio, g, dev, log, f1s);
        double f1 = dev ? f1s[NER_PASSES - 1] : 1;
        if (log && dev) fprintf(log, "ner epoch %d: dev F1 %.4f  (%zu features%s)\n", e, f1, nfeat, in_all);
        if (log && dev && NER_PASSES > 1) fprintf(log, "ner epoch %d, first pass alone: F1 %.4f\n", e, f1s[0]);
        if (f1 > best) {
            best = f1;
            pc_model_free(out);
            *out = m;
        } else pc_model_free(&m);
    }
    free(scores);
    for (size_t i = 0; i < (size_t)mb.n * nd; i++) free(bufs[i]);
    free(bufs);
    free(mems);
    free(docof);
    free(start);
    members_free(&mb);
}
