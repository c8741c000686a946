/* train_ner_lstm.c — training the sequence scorer (ner_lstm.h): cross-
 * entropy over every token's BIO class, back-propagation through time in
 * both directions, Adam on mini-batches of sentences with the gradient's
 * norm clipped, and the window scorer's jackknife (train_ner_window.c) so
 * that the recogniser's training sentences carry held-out predictions.
 * The forward pass is run time's own nl_step.  Deterministic for a seed. */
#include "nlp/ner_lstm.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/fail.h"
#include "nlp/train.h"

enum { NL_BATCH = 8 };
#define NL_RATE 0.003f  /* Adam's step, falling linearly to a tenth */
#define NL_CLIP 5.0f    /* largest norm of a batch's gradient */

/* A net being trained and its view for nl_step. */
typedef struct lnet {
    nl_header h;
    float *w;
    size_t floats;
    ner_lstm view;
} lnet;

static float uniform(uint64_t *rng, float a) { return a * (2.0f * (float)(rng_next(rng) >> 40) / (float)(1 << 24) - 1); }

static ner_lstm view_of(const nw_vectors *v, const nl_header *h, const float *w)
{
    ner_lstm l = {v->keys, v->count, v->vecs, h->dim, h->hidden, h->nclass, h->in, h->gate, h->context, h->scale,
                  {NULL, NULL}, {NULL, NULL}, {NULL, NULL}, NULL, NULL};
    nl_bind(&l, w);
    return l;
}

static void lnet_init(lnet *t, const nw_vectors *v, uint32_t nclass, uint32_t hidden, uint32_t gate, uint32_t context,
                      uint64_t seed)
{
    uint32_t in = v->dim + NL_EXTRA;
    t->h = (nl_header){NL_VERSION, v->dim, hidden, nclass, in, gate, v->scale, context};
    t->floats = nl_floats(in, hidden, nclass);
    t->w = xcalloc(t->floats, sizeof *t->w);
    t->view = view_of(v, &t->h, t->w);
    uint64_t rng = seed * 0x9e3779b97f4a7c15ULL + 0x7654321ULL;
    if (!rng) rng = 1;
    size_t G = 4 * (size_t)hidden;
    float ax = sqrtf(6.0f / (float)(in + hidden)), ah = sqrtf(6.0f / (float)(2 * hidden)),
          ao = sqrtf(6.0f / (float)(2 * hidden + nclass));
    for (int d = 0; d < 2; d++) {
        float *wx = (float *)t->view.wx[d], *wh = (float *)t->view.wh[d], *b = (float *)t->view.b[d];
        for (size_t i = 0; i < in * G; i++) wx[i] = uniform(&rng, ax);
        for (size_t i = 0; i < hidden * G; i++) wh[i] = uniform(&rng, ah);
        for (uint32_t j = 0; j < hidden; j++) b[hidden + j] = 1; /* forget gates open at first */
    }
    float *wo = (float *)t->view.wo;
    for (size_t i = 0; i < (size_t)nclass * 2 * hidden; i++) wo[i] = uniform(&rng, ao);
}

/* Four-lane helpers (lengths multiples of 4). */
typedef float v4f __attribute__((vector_size(16)));
static inline v4f ld4(const float *p)
{
    v4f v;
    memcpy(&v, p, sizeof v);
    return v;
}
static inline void st4(float *p, v4f v) { memcpy(p, &v, sizeof v); }
static void axpy(float *y, float a, const float *x, size_t m)
{
    v4f av = {a, a, a, a};
    for (size_t j = 0; j < m; j += 4) st4(y + j, ld4(y + j) + av * ld4(x + j));
}
static float dot(const float *a, const float *b, size_t m)
{
    v4f s = {0, 0, 0, 0};
    for (size_t j = 0; j < m; j += 4) s += ld4(a + j) * ld4(b + j);
    return (s[0] + s[1]) + (s[2] + s[3]);
}

/* Per-sentence work space, grown to the longest sentence. */
typedef struct work {
    size_t cap;
    uint32_t H;
    size_t *nz;
    uint16_t *ki;
    float *kv;
    float *gates[2], *c[2], *tc[2], *h[2], *dho[2]; /* by step of each direction */
    float zeros[NL_MAX_HIDDEN], sink[NL_MAX_HIDDEN];
} work;

static void work_grow(work *k, size_t n, uint32_t H)
{
    if (n <= k->cap) return;
    k->cap = n;
    k->H = H;
    k->nz = xrealloc(k->nz, n * sizeof *k->nz);
    k->ki = xrealloc(k->ki, n * NL_MAX_IN * sizeof *k->ki);
    k->kv = xrealloc(k->kv, n * NL_MAX_IN * sizeof *k->kv);
    for (int d = 0; d < 2; d++) {
        k->gates[d] = xrealloc(k->gates[d], n * 4 * H * sizeof(float));
        k->c[d] = xrealloc(k->c[d], n * H * sizeof(float));
        k->tc[d] = xrealloc(k->tc[d], n * H * sizeof(float));
        k->h[d] = xrealloc(k->h[d], n * H * sizeof(float));
        k->dho[d] = xrealloc(k->dho[d], n * H * sizeof(float));
    }
}

static void work_free(work *k)
{
    free(k->nz);
    free(k->ki);
    free(k->kv);
    for (int d = 0; d < 2; d++) {
        free(k->gates[d]);
        free(k->c[d]);
        free(k->tc[d]);
        free(k->h[d]);
        free(k->dho[d]);
    }
}


/* Forward and backward over one sentence; the gradient added to g (laid
 * out as the weights); returns the sentence's loss. */
static double sentence_grad(const ner_lstm *l, const wordfeat *wf, const int *gold, size_t n, const long *idx,
                            work *k, float *g)
{
    uint32_t H = l->hidden, G = 4 * H;
    work_grow(k, n, H);
    ner_lstm gv = *l;
    nl_bind(&gv, g);
    for (size_t i = 0; i < n; i++)
        k->nz[i] = nl_input(l, wf, i, idx[i], k->ki + i * NL_MAX_IN, k->kv + i * NL_MAX_IN);
    for (int d = 0; d < 2; d++)
        for (size_t st = 0; st < n; st++) {
            size_t i = d ? n - 1 - st : st;
            nl_step(l, d, k->ki + i * NL_MAX_IN, k->kv + i * NL_MAX_IN, k->nz[i], st ? k->h[d] + (st - 1) * H : NULL,
                    st ? k->c[d] + (st - 1) * H : NULL, k->gates[d] + st * G, k->c[d] + st * H, k->tc[d] + st * H,
                    k->h[d] + st * H);
        }
    double loss = 0;
    float p[NW_MAX_CLASSES];
    memset(k->dho[0], 0, n * H * sizeof(float));
    memset(k->dho[1], 0, n * H * sizeof(float));
    for (size_t i = 0; i < n; i++) {
        /* The states the output reads: the token's own, or (context) the
         * forward one before it and the backward one after it, none at an
         * edge (a zero state, whose gradient goes nowhere). */
        size_t sf = i, sb = n - 1 - i;
        if (l->context) { sf = i ? i - 1 : n; sb = i + 1 < n ? n - 2 - i : n; }
        const float *hf = sf < n ? k->h[0] + sf * H : k->zeros, *hb = sb < n ? k->h[1] + sb * H : k->zeros;
        nl_output(l, hf, hb, p);
        int y = gold[i] > 0 ? gold[i] : 0;
        loss -= log(p[y] > 1e-30f ? p[y] : 1e-30f);
        float *df = sf < n ? k->dho[0] + sf * H : k->sink, *db = sb < n ? k->dho[1] + sb * H : k->sink;
        for (uint32_t c = 0; c < l->nclass; c++) {
            float e = p[c] - (c == (uint32_t)y);
            float *gw = (float *)gv.wo + (size_t)c * 2 * H;
            const float *w = l->wo + (size_t)c * 2 * H;
            axpy(gw, e, hf, H);
            axpy(gw + H, e, hb, H);
            ((float *)gv.bo)[c] += e;
            axpy(df, e, w, H);
            axpy(db, e, w + H, H);
        }
    }
    float dz[4 * NL_MAX_HIDDEN], dhn[NL_MAX_HIDDEN], dcn[NL_MAX_HIDDEN];
    for (int d = 0; d < 2; d++) {
        memset(dhn, 0, H * sizeof *dhn);
        memset(dcn, 0, H * sizeof *dcn);
        float *gwx = (float *)gv.wx[d], *gwh = (float *)gv.wh[d], *gb = (float *)gv.b[d];
        const float *wh = l->wh[d];
        for (size_t st = n; st-- > 0;) {
            size_t i = d ? n - 1 - st : st;
            const float *gt = k->gates[d] + st * G, *ig = gt, *fg = gt + H, *gg = gt + 2 * H, *og = gt + 3 * H;
            const float *cp = st ? k->c[d] + (st - 1) * H : NULL, *tc = k->tc[d] + st * H, *dh0 = k->dho[d] + st * H;
            for (uint32_t j = 0; j < H; j++) {
                float dh = dh0[j] + dhn[j];
                float dc = dcn[j] + dh * og[j] * (1 - tc[j] * tc[j]);
                dz[3 * H + j] = dh * tc[j] * og[j] * (1 - og[j]);
                dz[j] = dc * gg[j] * ig[j] * (1 - ig[j]);
                dz[H + j] = cp ? dc * cp[j] * fg[j] * (1 - fg[j]) : 0;
                dz[2 * H + j] = dc * ig[j] * (1 - gg[j] * gg[j]);
                dcn[j] = dc * fg[j];
            }
            axpy(gb, 1, dz, G);
            const uint16_t *ki = k->ki + i * NL_MAX_IN;
            const float *kv = k->kv + i * NL_MAX_IN;
            for (size_t q = 0; q < k->nz[i]; q++) axpy(gwx + (size_t)ki[q] * G, kv[q], dz, G);
            if (!st) continue;
            const float *hp = k->h[d] + (st - 1) * H;
            for (uint32_t j = 0; j < H; j++) {
                axpy(gwh + (size_t)j * G, hp[j], dz, G);
                dhn[j] = dot(wh + (size_t)j * G, dz, G);
            }
        }
    }
    return loss;
}

double nl_gradient(const ner_lstm *l, const wordfeat *wf, const int *gold, size_t n, float *g)
{
    if (!n) return 0;
    ner_window w = {.keys = l->keys, .count = l->count};
    long *idx = xmalloc(n * sizeof *idx);
    for (size_t i = 0; i < n; i++) idx[i] = nw_lookup(&w, wf[i].lower);
    work k = {0};
    double loss = sentence_grad(l, wf, gold, n, idx, &k, g);
    work_free(&k);
    free(idx);
    return loss;
}

/* Adam's moments and step count. */
typedef struct adam { float *m, *v; long t; } adam;

static void adam_step(adam *a, float *w, float *g, size_t floats, float rate)
{
    double norm = 0;
    for (size_t i = 0; i < floats; i++) norm += (double)g[i] * g[i];
    norm = sqrt(norm);
    float scale = norm > NL_CLIP ? (float)(NL_CLIP / norm) : 1.0f;
    a->t++;
    float c1 = 1.0f - powf(0.9f, (float)a->t), c2 = 1.0f - powf(0.999f, (float)a->t);
    float step = rate * sqrtf(c2) / c1;
    for (size_t i = 0; i < floats; i++) {
        float gi = g[i] * scale;
        a->m[i] = 0.9f * a->m[i] + 0.1f * gi;
        a->v[i] = 0.999f * a->v[i] + 0.001f * gi * gi;
        w[i] -= step * a->m[i] / (sqrtf(a->v[i]) + 1e-8f);
        g[i] = 0;
    }
}

/* Per-token vocabulary indices of every sentence of c (offsets in *off). */
static long *lookups(const nw_vectors *v, const tcorpus *c, size_t **off)
{
    ner_window w = {.keys = v->keys, .count = v->count};
    size_t total = 0;
    *off = xmalloc((c->count + 1) * sizeof **off);
    for (size_t si = 0; si < c->count; si++) {
        (*off)[si] = total;
        total += (size_t)c->s[si].n;
    }
    (*off)[c->count] = total;
    long *idx = xmalloc((total + 1) * sizeof *idx);
    for (size_t si = 0; si < c->count; si++)
        for (int i = 0; i < c->s[si].n; i++) idx[(*off)[si] + (size_t)i] = nw_lookup(&w, c->s[si].wf[i].lower);
    return idx;
}

/* Train a net on the sentences of c whose fold is not `skip` (-1: all). */
static void train_net(lnet *t, const tcorpus *c, const long *idx, const size_t *off, const int *fold, int skip,
                      int epochs, uint64_t seed, FILE *log)
{
    size_t ns = 0;
    uint32_t *order = xmalloc((c->count + 1) * sizeof *order);
    for (size_t si = 0; si < c->count; si++)
        if (!fold || fold[si] != skip) order[ns++] = (uint32_t)si;
    float *g = xcalloc(t->floats, sizeof *g);
    adam a = {xcalloc(t->floats, sizeof(float)), xcalloc(t->floats, sizeof(float)), 0};
    work k = {0};
    uint64_t rng = seed ^ 0x5851f42d4c957f2dULL;
    if (!rng) rng = 1;
    size_t batches = (ns + NL_BATCH - 1) / NL_BATCH, steps = (size_t)epochs * batches, done = 0;
    for (int e = 0; e < epochs; e++) {
        clock_t c0 = clock();
        for (size_t q = ns; q > 1; q--) { /* shuffle */
            size_t r = (size_t)(rng_next(&rng) % q);
            uint32_t tmp = order[q - 1];
            order[q - 1] = order[r];
            order[r] = tmp;
        }
        double loss = 0;
        size_t tokens = 0;
        for (size_t b = 0; b < ns; b += NL_BATCH, done++) {
            for (size_t q = b; q < b + NL_BATCH && q < ns; q++) {
                const tsent *s = &c->s[order[q]];
                if (!s->n) continue;
                loss += sentence_grad(&t->view, s->wf, s->ner, (size_t)s->n, idx + off[order[q]], &k, g);
                tokens += (size_t)s->n;
            }
            float rate = NL_RATE * (1.0f - 0.9f * (float)done / (float)(steps ? steps : 1));
            adam_step(&a, t->w, g, t->floats, rate);
        }
        if (log)
            fprintf(log, "sequence scorer epoch %d%s: loss %.4f a token, %.1f s\n", e + 1, skip >= 0 ? " (fold)" : "",
                    tokens ? loss / (double)tokens : 0, (double)(clock() - c0) / CLOCKS_PER_SEC);
    }
    work_free(&k);
    free(a.m);
    free(a.v);
    free(g);
    free(order);
}

static void predict(const lnet *t, tcorpus *c, const int *fold, int which)
{
    for (size_t si = 0; si < c->count; si++)
        if (!fold || fold[si] == which) ner_lstm_fill(&t->view, c->s[si].wf, (size_t)c->s[si].n);
}

/* As the window scorer's report, over the capitalised tokens whatever the
 * gate, so that the two compare. */
static void report(const tcorpus *c, FILE *log, const char *what)
{
    size_t n = 0, right = 0, ent = 0, ent_right = 0;
    for (size_t si = 0; si < c->count; si++)
        for (int i = 0; i < c->s[si].n; i++) {
            uint8_t v = c->s[si].wf[i].nl;
            int gold = c->s[si].ner[i] > 0 ? c->s[si].ner[i] : 0;
            if (!v || !nw_gated(c->s[si].wf, (size_t)c->s[si].n, (size_t)i)) continue;
            n++;
            right += nw_best(v) == gold;
            if (gold) { ent++; ent_right += nw_best(v) == gold; }
        }
    if (log)
        fprintf(log, "sequence scorer, %s: %zu capitalised tokens scored, class right %.4f, entity tokens right %.4f\n",
                what, n, n ? (double)right / n : 0, ent ? (double)ent_right / ent : 0);
}

void *nl_train(const nw_vectors *v, tcorpus *train, tcorpus *dev, uint32_t nclass, const nl_options *o, int folds,
               uint64_t seed, FILE *log, size_t *size)
{
    uint32_t hidden = (o->hidden + 3) / 4 * 4, gate = o->gate, context = o->context;
    int epochs = o->epochs;
    if (hidden > NL_MAX_HIDDEN) hidden = NL_MAX_HIDDEN;
    if (!hidden) hidden = 4;
    if (nclass > NW_MAX_CLASSES || v->dim + NL_EXTRA > NL_MAX_IN || gate > NL_GATE_ALL || context > 1) {
        *size = 0;
        return NULL;
    }
    lnet t;
    lnet_init(&t, v, nclass, hidden, gate, context, seed);
    size_t *off;
    long *idx = lookups(v, train, &off);
    int *fold = xmalloc((train->count + 1) * sizeof *fold);
    int doc = -1;
    for (size_t si = 0; si < train->count; si++) {
        if (si == 0 || train->s[si].doc_start) doc++;
        fold[si] = folds > 1 ? doc % folds : 0;
    }
    for (int k = 0; folds > 1 && k < folds; k++) {
        lnet f;
        lnet_init(&f, v, nclass, hidden, gate, context, seed + 1000 + (uint64_t)k);
        train_net(&f, train, idx, off, fold, k, epochs, seed + 2000 + (uint64_t)k, log);
        predict(&f, train, fold, k);
        free(f.w);
    }
    if (folds > 1) report(train, log, "train, held out");
    train_net(&t, train, idx, off, NULL, -1, epochs, seed, log);
    if (folds <= 1) predict(&t, train, NULL, 0);
    if (dev) {
        predict(&t, dev, NULL, 0);
        report(dev, log, "dev");
    }
    free(idx);
    free(off);
    free(fold);
    *size = sizeof t.h + t.floats * sizeof(float);
    unsigned char *out = xmalloc(*size);
    memcpy(out, &t.h, sizeof t.h);
    memcpy(out + sizeof t.h, t.w, t.floats * sizeof(float));
    free(t.w);
    return out;
}
