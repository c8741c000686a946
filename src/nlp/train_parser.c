/* train_parser.c — arc-hybrid parser training with a dynamic oracle
 * (Goldberg and Nivre 2013): each transition's cost is the number of gold
 * arcs it makes unreachable; after the first epoch the trainer follows its
 * own (possibly wrong) predictions most of the time, so it learns to act
 * well in the states its mistakes lead to. */
#include "nlp/train.h"

#include <stdlib.h>
#include <string.h>

#include "base/fail.h"

/* Gold bookkeeping for O(1) costs: how many of x's gold dependents are
 * still in the buffer / on the stack. */
typedef struct oracle {
    const int *g, *gl;       /* gold heads (n = root) and labels */
    int *in_buf, *on_stack;  /* per head: counts of its gold dependents */
    char *stacked;
} oracle;

static void oracle_init(oracle *o, const tsent *s, int *mem_counts, char *stacked)
{
    o->g = s->head;
    o->gl = s->label;
    o->in_buf = mem_counts;
    o->on_stack = mem_counts + s->n + 1;
    o->stacked = stacked;
    memset(mem_counts, 0, 2 * ((size_t)s->n + 1) * sizeof(int));
    memset(stacked, 0, (size_t)s->n + 1);
    for (int i = 0; i < s->n; i++) o->in_buf[s->head[i]]++;
}

/* Cost of every transition class (valid ones only; others get INT_MAX/2). */
static void costs(const oracle *o, const pstate *s, int nclass, int root_label, int *cost)
{
    int n = s->n;
    int s0 = s->sp >= 1 ? s->stack[s->sp - 1] : -1, s1 = s->sp >= 2 ? s->stack[s->sp - 2] : -1;
    int b0 = s->b;
    int shift = 0, left = 0, right = 0;
    if (b0 < n) {
        shift = o->on_stack[b0];
        int h = o->g[b0];
        if (h < n && o->stacked[h] && h != s0) shift++;
    }
    if (s0 >= 0) {
        int h = o->g[s0];
        left = o->in_buf[s0];
        if (h != b0 && (h == s1 || h > b0)) left++;
        right = o->in_buf[s0];
        if (h != s1 && h >= b0) right++;
    }
    for (int c = 0; c < nclass; c++) {
        if (!pstate_valid(s, c, root_label)) { cost[c] = 1 << 29; continue; }
        if (c == P_SHIFT) { cost[c] = shift; continue; }
        int l = (c - 1) / 2;
        if (c % 2 == 1) cost[c] = left + (o->g[s0] == b0 && o->gl[s0] != l);
        else cost[c] = right + (o->g[s0] == s1 && o->gl[s0] != l);
    }
}

static void oracle_apply(oracle *o, pstate *s, int c)
{
    if (c == P_SHIFT) {
        int b0 = s->b;
        o->in_buf[o->g[b0]]--;
        o->on_stack[o->g[b0]]++;
        o->stacked[b0] = 1;
    } else {
        int s0 = s->stack[s->sp - 1];
        o->on_stack[o->g[s0]]--;
        o->stacked[s0] = 0;
    }
    pstate_apply(s, c);
}

static void evaluate(const pc_model *m, int root_label, const tcorpus *dev, double *uas, double *las)
{
    size_t total = 0, u = 0, l = 0;
    int32_t *scores = xmalloc(pc_width(m->nclass) * sizeof *scores);
    for (size_t si = 0; si < dev->count; si++) {
        const tsent *s = &dev->s[si];
        void *mem = xmalloc(pstate_bytes(s->n));
        int *heads = xmalloc(((size_t)s->n + 1) * 2 * sizeof(int)), *labels = heads + s->n + 1;
        parser_run(m, root_label, s->wf, s->ptag, s->n, heads, labels, mem, scores);
        for (int i = 0; i < s->n; i++) {
            int h = heads[i] < 0 ? s->n : heads[i];
            total++;
            if (h == s->head[i]) {
                u++;
                l += labels[i] == s->label[i];
            }
        }
        free(heads);
        free(mem);
    }
    free(scores);
    *uas = total ? 100.0 * u / total : 0;
    *las = total ? 100.0 * l / total : 0;
}

/* One pass over the training sentences in the given order, updating t;
 * *rng drives the exploration. */
static void train_epoch(pct *t, const tcorpus *train, const size_t *order, uint64_t *rng, int e, int nclass,
                        int root_label, float *scores, int *cost, size_t *steps_out, size_t *wrong_out)
{
    size_t steps = 0, wrong = 0;
    for (size_t oi = 0; oi < train->count; oi++) {
        const tsent *s = &train->s[order[oi]];
        if (s->n == 0) continue;
        void *mem = xmalloc(pstate_bytes(s->n));
        int *counts = xmalloc(2 * ((size_t)s->n + 1) * sizeof *counts);
        char *stacked = xmalloc((size_t)s->n + 1);
        pstate st;
        pstate_init(&st, s->n, mem);
        oracle o;
        oracle_init(&o, s, counts, stacked);
        uint64_t f[PARSER_MAX_FEATS];
        long guard = 2L * s->n + 2;
        while (!pstate_done(&st) && guard-- > 0) {
            size_t k = parser_features(&st, s->wf, s->ptag, f);
            pct_score(t, f, k, scores);
            costs(&o, &st, nclass, root_label, cost);
            int guess = -1, gold = -1, min_cost = 1 << 29;
            for (int c = 0; c < nclass; c++)
                if (cost[c] < min_cost) min_cost = cost[c];
            for (int c = 0; c < nclass; c++) {
                if (cost[c] >= (1 << 29)) continue;
                if (guess < 0 || scores[c] > scores[guess]) guess = c;
                if (cost[c] == min_cost && (gold < 0 || scores[c] > scores[gold])) gold = c;
            }
            if (guess < 0) break;
            steps++;
            if (cost[guess] > min_cost) {
                wrong++;
                pct_update(t, f, k, (uint32_t)gold, (uint32_t)guess);
            }
            pct_tick(t);
            /* Explore: after the first epoch follow the model's own
             * choice 90% of the time, even when it is wrong. */
            int next = gold;
            if (e > 1 && cost[guess] > min_cost && (rng_next(rng) % 100) < 90) next = guess;
            oracle_apply(&o, &st, next);
        }
        free(stacked);
        free(counts);
        free(mem);
    }
    *steps_out += steps;
    *wrong_out += wrong;
}

void train_parser(const tcorpus *train, const tcorpus *dev, const classes *labels, int epochs, int members,
                  uint64_t seed, FILE *log, unsigned min_updates, pc_model *out)
{
    int nlabel = (int)labels->count, nclass = 1 + 2 * nlabel;
    int root_label = classes_find(labels, "root");
    char **names = xmalloc((size_t)nclass * sizeof *names);
    names[0] = xstrdup("SHIFT");
    for (int l = 0; l < nlabel; l++) {
        size_t len = strlen(labels->names[l]) + 3;
        names[p_left(l)] = xmalloc(len);
        names[p_right(l)] = xmalloc(len);
        snprintf(names[p_left(l)], len, "L:%s", labels->names[l]);
        snprintf(names[p_right(l)], len, "R:%s", labels->names[l]);
    }
    member_set mb;
    members_init(&mb, members, (uint32_t)nclass, train->count, seed);
    float *scores = xmalloc((size_t)nclass * sizeof *scores);
    int *cost = xmalloc((size_t)nclass * sizeof *cost);
    double best = -1;
    memset(out, 0, sizeof *out);
    for (int e = 1; e <= epochs; e++) {
        size_t steps = 0, wrong = 0, nfeat = 0;
        for (int m = 0; m < mb.n; m++) {
            const size_t *order = members_shuffle(&mb, m, train->count);
            train_epoch(mb.t[m], train, order, &mb.rng[m], e, nclass, root_label, scores, cost, &steps, &wrong);
            nfeat += pct_feature_count(mb.t[m]);
        }
        if (!dev) { /* no dev set: the last epoch is kept, nothing to score before */
            if (log)
                fprintf(log, "parser epoch %d: train transitions wrong %.2f%%  (%zu features%s)\n", e,
                        steps ? 100.0 * wrong / steps : 0, nfeat, mb.n > 1 ? " in all members" : "");
            if (e == epochs) members_average(&mb, (const char *const *)names, min_updates, out);
            continue;
        }
        pc_model mdl;
        members_average(&mb, (const char *const *)names, min_updates, &mdl);
        double uas, las;
        evaluate(&mdl, root_label, dev, &uas, &las);
        if (log)
            fprintf(log, "parser epoch %d: train transitions wrong %.2f%%  dev UAS %.2f  LAS %.2f  (%zu features%s)\n", e,
                    steps ? 100.0 * wrong / steps : 0, uas, las, nfeat, mb.n > 1 ? " in all members" : "");
        if (las > best) {
            best = las;
            pc_model_free(out);
            *out = mdl;
        } else pc_model_free(&mdl);
    }
    for (int c = 0; c < nclass; c++) free(names[c]);
    free(names);
    free(cost);
    free(scores);
    members_free(&mb);
}
