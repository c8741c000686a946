/* train_tagger.c — averaged perceptron tagger training: greedy, with the
 * tagger's own previous guesses as context (as at run time). */
#include "nlp/train.h"

#include <stdlib.h>
#include <string.h>

#include "base/fail.h"

static double evaluate(const pc_model *m, const tcorpus *dev, double *upos_acc)
{
    size_t right = 0, upos_right = 0, total = 0;
    int32_t *scores = xmalloc(pc_width(m->nclass) * sizeof *scores);
    for (size_t si = 0; si < dev->count; si++) {
        const tsent *s = &dev->s[si];
        int *tags = xmalloc(((size_t)s->n + 1) * sizeof *tags);
        tagger_run(m, s->wf, (size_t)s->n, tags, scores);
        for (int i = 0; i < s->n; i++) {
            total++;
            right += tags[i] == s->tag[i];
            const char *a = m->classes[tags[i]], *b = s->tag[i] >= 0 ? m->classes[s->tag[i]] : "";
            size_t la = strcspn(a, "\t"), lb = strcspn(b, "\t");
            upos_right += la == lb && memcmp(a, b, la) == 0;
        }
        free(tags);
    }
    free(scores);
    *upos_acc = total ? 100.0 * upos_right / total : 0;
    return total ? 100.0 * right / total : 0;
}

void train_tagger(const tcorpus *train, const tcorpus *dev, const classes *tags, int epochs, uint64_t seed,
                  FILE *log, unsigned min_updates, pc_model *out)
{
    pct *t = pct_new((uint32_t)tags->count);
    size_t *order = xmalloc((train->count ? train->count : 1) * sizeof *order);
    for (size_t i = 0; i < train->count; i++) order[i] = i;
    uint64_t rng = seed ? seed : 1;
    float *scores = xmalloc(tags->count * sizeof *scores);
    double best = -1;
    memset(out, 0, sizeof *out);
    for (int e = 1; e <= epochs; e++) {
        shuffle_order(order, train->count, &rng);
        size_t right = 0, total = 0;
        for (size_t oi = 0; oi < train->count; oi++) {
            const tsent *s = &train->s[order[oi]];
            int *guess = xmalloc(((size_t)s->n + 1) * sizeof *guess);
            uint64_t style = tagger_sentence_style(s->wf, (size_t)s->n);
            for (int i = 0; i < s->n; i++) {
                uint64_t f[TAGGER_MAX_FEATS];
                size_t k = tagger_features(s->wf, (size_t)s->n, (size_t)i, guess, style, f);
                pct_score(t, f, k, scores);
                int g = 0;
                for (size_t c = 1; c < tags->count; c++)
                    if (scores[c] > scores[g]) g = (int)c;
                if (s->tag[i] >= 0) {
                    pct_update(t, f, k, (uint32_t)s->tag[i], (uint32_t)g);
                    right += g == s->tag[i];
                    total++;
                }
                guess[i] = g;
                pct_tick(t);
            }
            free(guess);
        }
        pc_model m;
        pct_average(t, (const char *const *)tags->names, min_updates, &m);
        double upos, acc = evaluate(&m, dev, &upos);
        if (log)
            fprintf(log, "tagger epoch %d: train %.2f  dev UPOS %.2f  UPOS+XPOS %.2f  (%zu features)\n", e,
                    total ? 100.0 * right / total : 0, upos, acc, pct_feature_count(t));
        if (acc > best) {
            best = acc;
            pc_model_free(out);
            *out = m;
        } else pc_model_free(&m);
    }
    free(scores);
    free(order);
    pct_free(t);
}

void tag_corpus(const pc_model *m, tcorpus *c)
{
    int32_t *scores = xmalloc(pc_width(m->nclass) * sizeof *scores);
    for (size_t si = 0; si < c->count; si++) {
        tsent *s = &c->s[si];
        tagger_run(m, s->wf, (size_t)s->n, s->ptag, scores);
    }
    free(scores);
}
