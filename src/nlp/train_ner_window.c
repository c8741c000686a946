/* train_ner_window.c — training the window scorer (ner_window.h): word
 * vectors reduced by PCA to int8, a one-hidden-layer network trained by
 * plain SGD on cross-entropy, and the jackknife that gives the
 * recogniser's training sentences held-out predictions (as the parser's
 * training tags are jackknifed: a scorer that saw a sentence would be
 * trusted more than it deserves on new text).  Deterministic for a seed. */
#include "nlp/ner_window.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/fail.h"
#include "nlp/clusters.h"
#include "nlp/train.h"

/* Eigenvectors of the symmetric d x d matrix a (destroyed) by cyclic
 * Jacobi rotations: vec[k * d + i] is component i of eigenvector k, val
 * their eigenvalues, unsorted. */
static void jacobi(double *a, size_t d, double *vec, double *val)
{
    for (size_t i = 0; i < d; i++)
        for (size_t j = 0; j < d; j++) vec[i * d + j] = i == j;
    for (int sweep = 0; sweep < 50; sweep++) {
        double off = 0;
        for (size_t p = 0; p < d; p++)
            for (size_t q = p + 1; q < d; q++) off += a[p * d + q] * a[p * d + q];
        if (off < 1e-18) break;
        for (size_t p = 0; p < d; p++)
            for (size_t q = p + 1; q < d; q++) {
                double apq = a[p * d + q];
                if (fabs(apq) < 1e-30) continue;
                double theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
                double t = (theta >= 0 ? 1 : -1) / (fabs(theta) + sqrt(theta * theta + 1));
                double c = 1 / sqrt(t * t + 1), s = t * c;
                for (size_t k = 0; k < d; k++) { /* columns p, q */
                    double akp = a[k * d + p], akq = a[k * d + q];
                    a[k * d + p] = c * akp - s * akq;
                    a[k * d + q] = s * akp + c * akq;
                }
                for (size_t k = 0; k < d; k++) { /* rows p, q */
                    double apk = a[p * d + k], aqk = a[q * d + k];
                    a[p * d + k] = c * apk - s * aqk;
                    a[q * d + k] = s * apk + c * aqk;
                }
                for (size_t k = 0; k < d; k++) { /* eigenvectors are rows of vec */
                    double vp = vec[p * d + k], vq = vec[q * d + k];
                    vec[p * d + k] = c * vp - s * vq;
                    vec[q * d + k] = s * vp + c * vq;
                }
            }
    }
    for (size_t i = 0; i < d; i++) val[i] = a[i * d + i];
}

typedef struct keyed { uint32_t key, rank; } keyed;
static int cmp_keyed(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return x->rank < y->rank ? -1 : x->rank > y->rank;
}

int nw_vectors_build(const char *path, size_t max_words, uint32_t dim, nw_vectors *out, FILE *log, char *err,
                     size_t err_size)
{
    memset(out, 0, sizeof *out);
    float *x;
    uint64_t *hash;
    size_t d;
    size_t n = vectors_read(path, max_words, &x, &hash, &d, err, err_size);
    if (!n) return -1;
    if (dim > d) dim = (uint32_t)d;
    if (dim > NW_MAX_DIM) dim = NW_MAX_DIM;
    dim &= ~1u; /* two components a byte */
    if (!dim || dim > d) {
        snprintf(err, err_size, "%s: %zu dimensions, the window scorer needs two or more", path, d);
        free(x);
        free(hash);
        return -1;
    }
    double *mean = xcalloc(d, sizeof *mean), *cov = xcalloc(d * d, sizeof *cov);
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < d; k++) mean[k] += x[i * d + k];
    for (size_t k = 0; k < d; k++) mean[k] /= (double)n;
    double *row = xmalloc(d * sizeof *row);
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < d; k++) row[k] = x[i * d + k] - mean[k];
        for (size_t a = 0; a < d; a++)
            for (size_t b = a; b < d; b++) cov[a * d + b] += row[a] * row[b];
    }
    for (size_t a = 0; a < d; a++)
        for (size_t b = a; b < d; b++) cov[b * d + a] = cov[a * d + b] /= (double)n;
    double *vec = xmalloc(d * d * sizeof *vec), *val = xmalloc(d * sizeof *val);
    jacobi(cov, d, vec, val);
    /* The dim largest components, largest first (selection: d is small). */
    size_t *pick = xmalloc(dim * sizeof *pick);
    bool *used = xcalloc(d, sizeof *used);
    for (uint32_t c = 0; c < dim; c++) {
        size_t best = d;
        for (size_t k = 0; k < d; k++)
            if (!used[k] && (best == d || val[k] > val[best])) best = k;
        used[best] = true;
        pick[c] = best;
    }
    /* Projections, each component scaled to unit variance: 4-bit steps
     * of a quarter of a standard deviation, clipped at -2 and +1.75. */
    const float scale = 0.25f;
    keyed *e = xmalloc(n * sizeof *e);
    uint8_t *q = xcalloc(n, dim / 2);
    for (size_t i = 0; i < n; i++) {
        for (size_t k = 0; k < d; k++) row[k] = x[i * d + k] - mean[k];
        for (uint32_t c = 0; c < dim; c++) {
            const double *v = vec + pick[c] * d;
            double s = 0;
            for (size_t k = 0; k < d; k++) s += v[k] * row[k];
            s /= sqrt(val[pick[c]] > 1e-12 ? val[pick[c]] : 1e-12);
            long r = lround(s / scale) + 8;
            r = r > 15 ? 15 : r < 0 ? 0 : r;
            q[i * (dim / 2) + c / 2] |= (uint8_t)(c % 2 ? r << 4 : r);
        }
        e[i] = (keyed){nw_key(hash[i]), (uint32_t)i};
    }
    /* Sorted by key; of two words with one key the more frequent stays. */
    qsort(e, n, sizeof *e, cmp_keyed);
    out->keys = xmalloc(n * sizeof *out->keys);
    out->vecs = xmalloc(n * (dim / 2));
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        if (i && e[i].key == e[i - 1].key) continue;
        out->keys[m] = e[i].key;
        memcpy(out->vecs + m * (dim / 2), q + (size_t)e[i].rank * (dim / 2), dim / 2);
        m++;
    }
    out->count = m;
    out->dim = dim;
    out->scale = scale;
    double total = 0, kept = 0;
    for (size_t k = 0; k < d; k++) total += val[k];
    for (uint32_t c = 0; c < dim; c++) kept += val[pick[c]];
    if (log)
        fprintf(log, "window scorer: %zu words, %u of %zu dimensions (%.0f%% of the variance)\n", m, dim, d,
                total > 0 ? 100 * kept / total : 0);
    free(e);
    free(q);
    free(pick);
    free(used);
    free(vec);
    free(val);
    free(row);
    free(mean);
    free(cov);
    free(x);
    free(hash);
    return 0;
}

void nw_vectors_free(nw_vectors *v)
{
    free(v->keys);
    free(v->vecs);
    memset(v, 0, sizeof *v);
}

/* A network being trained: its weights, and a ner_window over them and
 * the vectors so that training runs run time's own input and forward. */
typedef struct net {
    nw_header h;
    float *w; /* w1t, b1, w2, b2 as in the section */
    size_t floats;
    ner_window view;
} net;

static float uniform(uint64_t *rng, float a) { return a * (2.0f * (float)(rng_next(rng) >> 40) / (float)(1 << 24) - 1); }

static void net_init(net *t, const nw_vectors *v, uint32_t nclass, uint32_t hidden, uint64_t seed)
{
    t->h = (nw_header){NW_VERSION, v->dim, hidden, nclass, NW_WINDOW, v->scale};
    uint32_t in = NW_POSITIONS * (v->dim + NW_EXTRA);
    t->floats = (size_t)in * hidden + hidden + (size_t)nclass * hidden + nclass;
    t->w = xcalloc(t->floats, sizeof *t->w);
    ner_window *w = &t->view;
    *w = (ner_window){v->keys, v->count, v->vecs, v->dim, hidden, nclass, in, v->scale, NULL, NULL, NULL, NULL};
    float *w1t = t->w, *b1 = w1t + (size_t)in * hidden, *w2 = b1 + hidden, *b2 = w2 + (size_t)nclass * hidden;
    w->w1t = w1t;
    w->b1 = b1;
    w->w2 = w2;
    w->b2 = b2;
    uint64_t rng = seed * 0x9e3779b97f4a7c15ULL + 0x1234567ULL;
    if (!rng) rng = 1;
    float a1 = sqrtf(6.0f / (float)(in + hidden)), a2 = sqrtf(6.0f / (float)(hidden + nclass));
    for (size_t i = 0; i < (size_t)in * hidden; i++) w1t[i] = uniform(&rng, a1);
    for (size_t i = 0; i < (size_t)nclass * hidden; i++) w2[i] = uniform(&rng, a2);
}

/* Token examples: sentence and token of every gated token. */
typedef struct example { uint32_t s, i; } example;

/* The window of token i, from the sentence's lookups. */
static void window_of(const long *idx, size_t n, size_t i, long *win)
{
    for (int q = 0; q < NW_POSITIONS; q++) {
        long j = (long)i + q - NW_WINDOW;
        win[q] = j >= 0 && j < (long)n ? idx[j] : -1;
    }
}

/* One SGD step on token i of sentence s towards class y. */
static void step(net *t, const tsent *s, const long *idx, size_t i, int y, float lr)
{
    ner_window *w = &t->view;
    uint32_t H = w->hidden, C = w->nclass;
    uint16_t ki[NW_MAX_IN];
    float kv[NW_MAX_IN], h[NW_MAX_HIDDEN], p[NW_MAX_CLASSES], dh[NW_MAX_HIDDEN];
    long win[NW_POSITIONS];
    window_of(idx, (size_t)s->n, i, win);
    size_t nz = nw_input(w, s->wf, (size_t)s->n, i, win, ki, kv);
    nw_forward(w, ki, kv, nz, h, p);
    float *w1t = (float *)w->w1t, *b1 = (float *)w->b1, *w2 = (float *)w->w2, *b2 = (float *)w->b2;
    memset(dh, 0, H * sizeof *dh);
    for (uint32_t c = 0; c < C; c++) {
        float g = p[c] - (c == (uint32_t)y);
        float *row = w2 + (size_t)c * H;
        for (uint32_t j = 0; j < H; j++) {
            dh[j] += g * row[j];
            row[j] -= lr * g * h[j];
        }
        b2[c] -= lr * g;
    }
    for (uint32_t j = 0; j < H; j++) {
        if (h[j] <= 0) dh[j] = 0;
        b1[j] -= lr * dh[j];
    }
    for (size_t q = 0; q < nz; q++) {
        float xk = kv[q];
        float *row = w1t + (size_t)ki[q] * H;
        for (uint32_t j = 0; j < H; j++) row[j] -= lr * xk * dh[j];
    }
}

/* Per-token vocabulary indices of every sentence of c (offsets in *off). */
static long *lookups(const ner_window *w, const tcorpus *c, size_t **off)
{
    size_t total = 0;
    *off = xmalloc((c->count + 1) * sizeof **off);
    for (size_t si = 0; si < c->count; si++) {
        (*off)[si] = total;
        total += (size_t)c->s[si].n;
    }
    (*off)[c->count] = total;
    long *idx = xmalloc((total + 1) * sizeof *idx);
    for (size_t si = 0; si < c->count; si++)
        for (int i = 0; i < c->s[si].n; i++) idx[(*off)[si] + (size_t)i] = nw_lookup(w, c->s[si].wf[i].lower);
    return idx;
}

/* Fill wf.nw of the sentences of c in fold `which` (fold NULL: all of them) with net t. */
static void predict(const net *t, tcorpus *c, const int *fold, int which)
{
    for (size_t si = 0; si < c->count; si++)
        if (!fold || fold[si] == which) ner_window_fill(&t->view, c->s[si].wf, (size_t)c->s[si].n);
}

/* Token accuracy of the filled predictions on gated tokens, and recall
 * of the entity tokens among them. */
static void report(const tcorpus *c, FILE *log, const char *what)
{
    size_t n = 0, right = 0, ent = 0, ent_right = 0;
    for (size_t si = 0; si < c->count; si++)
        for (int i = 0; i < c->s[si].n; i++) {
            uint8_t v = c->s[si].wf[i].nw;
            int gold = c->s[si].ner[i] > 0 ? c->s[si].ner[i] : 0;
            if (!v) continue;
            n++;
            right += nw_best(v) == gold;
            if (gold) { ent++; ent_right += nw_best(v) == gold; }
        }
    if (log)
        fprintf(log, "window scorer, %s: %zu tokens scored, class right %.4f, entity tokens right %.4f\n", what, n,
                n ? (double)right / n : 0, ent ? (double)ent_right / ent : 0);
}

/* Train a net on the sentences of c whose fold is not `skip` (-1: all). */
static void train_net(net *t, const tcorpus *c, const long *idx, const size_t *off, const int *fold, int skip,
                      int epochs, uint64_t seed)
{
    size_t ne = 0, cap = 1024;
    example *ex = xmalloc(cap * sizeof *ex);
    for (size_t si = 0; si < c->count; si++) {
        if (fold && fold[si] == skip) continue;
        for (int i = 0; i < c->s[si].n; i++) {
            if (!nw_gated(c->s[si].wf, (size_t)c->s[si].n, (size_t)i)) continue;
            if (ne == cap) ex = xrealloc(ex, (cap *= 2) * sizeof *ex);
            ex[ne++] = (example){(uint32_t)si, (uint32_t)i};
        }
    }
    uint64_t rng = seed ^ 0x5851f42d4c957f2dULL;
    if (!rng) rng = 1;
    size_t steps = (size_t)epochs * ne, done = 0;
    for (int e = 0; e < epochs; e++) {
        for (size_t k = ne; k > 1; k--) { /* shuffle */
            size_t r = (size_t)(rng_next(&rng) % k);
            example tmp = ex[k - 1];
            ex[k - 1] = ex[r];
            ex[r] = tmp;
        }
        for (size_t k = 0; k < ne; k++, done++) {
            const tsent *s = &c->s[ex[k].s];
            int y = s->ner[ex[k].i] > 0 ? s->ner[ex[k].i] : 0;
            float lr = 0.02f * (1.0f - 0.9f * (float)done / (float)(steps ? steps : 1));
            step(t, s, idx + off[ex[k].s], ex[k].i, y, lr);
        }
    }
    free(ex);
}

void *nw_train(const nw_vectors *v, tcorpus *train, tcorpus *dev, uint32_t nclass, uint32_t hidden, int epochs,
               int folds, uint64_t seed, FILE *log, size_t *size)
{
    hidden = (hidden + 7) / 8 * 8; /* the forward pass runs eight units at a time */
    if (hidden > NW_MAX_HIDDEN) hidden = NW_MAX_HIDDEN;
    if (!hidden) hidden = 8;
    if (nclass > NW_MAX_CLASSES) { *size = 0; return NULL; }
    net t;
    net_init(&t, v, nclass, hidden, seed);
    size_t *off;
    long *idx = lookups(&t.view, train, &off);
    /* Folds by document: a name repeated in a document stays on one side. */
    int *fold = xmalloc((train->count + 1) * sizeof *fold);
    int doc = -1;
    for (size_t si = 0; si < train->count; si++) {
        if (si == 0 || train->s[si].doc_start) doc++;
        fold[si] = folds > 1 ? doc % folds : 0;
    }
    for (int k = 0; folds > 1 && k < folds; k++) {
        net f;
        net_init(&f, v, nclass, hidden, seed + 1000 + (uint64_t)k);
        train_net(&f, train, idx, off, fold, k, epochs, seed + 2000 + (uint64_t)k);
        predict(&f, train, fold, k);
        free(f.w);
    }
    if (folds > 1) report(train, log, "train, held out");
    train_net(&t, train, idx, off, NULL, -1, epochs, seed);
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
