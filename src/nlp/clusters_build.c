/* clusters_build.c — training-time clustering of word vectors into the
 * three-level cluster paths of clusters.h.
 *
 * Each vector is scaled to unit length and the words are split by
 * spherical k-means (the centroid nearest by cosine; centroids are the
 * normalised means), first all words into CL_TOP_K clusters, then each of
 * those into CL_MID_K, then each of those into CL_LEAF_K.  Seeding is
 * k-means++ from the training seed, so the same file and seed give the same
 * paths.  Cost: about (levels x iterations x words x k x dimensions)
 * multiply-adds, a few seconds for 200,000 words of 100 dimensions. */
#include "nlp/clusters.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/fail.h"
#include "nlp/perceptron.h"
#include "nlp/train.h"

enum { WORD_MAX = 64, KMEANS_ITERATIONS = 10 };

typedef struct vectors {
    size_t n, dim;
    float *x;          /* n x dim, unit length */
    uint64_t *hash;    /* fh_str of each word */
} vectors;

static int read_vectors(const char *path, size_t max_words, vectors *v, char *err, size_t err_size)
{
    memset(v, 0, sizeof *v);
    FILE *f = fopen(path, "r");
    if (!f) {
        snprintf(err, err_size, "%s: %s (tools/fetch_vectors.sh fetches it)", path, strerror(errno));
        return -1;
    }
    char *line = NULL;
    size_t cap = 0, lineno = 0, alloc = 0;
    ssize_t len;
    float *row = NULL;
    int rc = 0;
    while (v->n < max_words && (len = getline(&line, &cap, f)) > 0) {
        lineno++;
        char *sp = memchr(line, ' ', (size_t)len);
        if (!sp || sp == line) { snprintf(err, err_size, "%s:%zu: no word and vector", path, lineno); rc = -1; break; }
        size_t wl = (size_t)(sp - line);
        /* Count the numbers on the first line: every line must have as many. */
        size_t d = 0;
        char *p = sp, *end;
        if (!v->dim) {
            for (char *q = sp; *q && *q != '\n';) {
                while (*q == ' ') q++;
                if (!*q || *q == '\n') break;
                d++;
                while (*q && *q != ' ' && *q != '\n') q++;
            }
            if (d < 2 || d > 1000) { snprintf(err, err_size, "%s:1: %zu numbers after the word", path, d); rc = -1; break; }
            v->dim = d;
            row = xmalloc(d * sizeof *row);
        }
        d = 0;
        double norm = 0;
        for (; d < v->dim; d++) {
            errno = 0;
            float x = strtof(p, &end);
            /* strtof also reads "nan" and "inf", which would poison every
             * centroid they touch: a file holding them is malformed. */
            if (end == p || errno || !isfinite(x)) break;
            row[d] = x;
            norm += (double)x * x;
            p = end;
        }
        while (*p == ' ' || *p == '\n' || *p == '\r') p++;
        if (d != v->dim || *p) {
            snprintf(err, err_size, "%s:%zu: expected %zu numbers after the word", path, lineno, v->dim);
            rc = -1;
            break;
        }
        if (wl >= WORD_MAX || norm <= 0) continue;
        if (v->n == alloc) {
            alloc = alloc ? 2 * alloc : 65536;
            v->x = xrealloc(v->x, alloc * v->dim * sizeof *v->x);
            v->hash = xrealloc(v->hash, alloc * sizeof *v->hash);
        }
        float s = (float)(1.0 / sqrt(norm));
        for (size_t k = 0; k < v->dim; k++) v->x[v->n * v->dim + k] = row[k] * s;
        /* Hashed as run time looks words up (wordfeat.lower): a file with
         * capitals ("Paris") must meet the token "paris" too. */
        v->hash[v->n++] = wordfeat_lower_hash(line, wl);
    }
    free(row);
    free(line);
    fclose(f);
    if (rc == 0 && v->n == 0) { snprintf(err, err_size, "%s: no word vectors", path); rc = -1; }
    return rc;
}

size_t vectors_read(const char *path, size_t max_words, float **x, uint64_t **hash, size_t *dim, char *err,
                    size_t err_size)
{
    vectors v;
    if (read_vectors(path, max_words, &v, err, err_size) != 0) {
        free(v.x);
        free(v.hash);
        *x = NULL;
        *hash = NULL;
        return 0;
    }
    *x = v.x;
    *hash = v.hash;
    *dim = v.dim;
    return v.n;
}

static float dot(const float *a, const float *b, size_t d)
{
    float s = 0;
    for (size_t i = 0; i < d; i++) s += a[i] * b[i];
    return s;
}

static void normalise(float *c, size_t d)
{
    double s = 0;
    for (size_t i = 0; i < d; i++) s += (double)c[i] * c[i];
    if (s <= 0) return;
    float k = (float)(1.0 / sqrt(s));
    for (size_t i = 0; i < d; i++) c[i] *= k;
}

/* Split the words idx[0..n) into k clusters; out[i] is idx[i]'s cluster. */
static void kmeans(const vectors *v, const uint32_t *idx, size_t n, unsigned k, uint64_t *rng, uint8_t *out)
{
    size_t d = v->dim;
    if (n <= k) {
        for (size_t i = 0; i < n; i++) out[i] = (uint8_t)i;
        return;
    }
    float *c = xmalloc((size_t)k * d * sizeof *c), *sum = xmalloc((size_t)k * d * sizeof *sum);
    float *far = xmalloc(n * sizeof *far);
    size_t *count = xmalloc(k * sizeof *count);
    /* k-means++: each next centroid drawn with probability growing with its
     * cosine distance to the nearest chosen one. */
    memcpy(c, v->x + (size_t)idx[rng_next(rng) % n] * d, d * sizeof *c);
    for (size_t i = 0; i < n; i++) far[i] = 1.0f - dot(v->x + (size_t)idx[i] * d, c, d);
    for (unsigned j = 1; j < k; j++) {
        double total = 0;
        for (size_t i = 0; i < n; i++) total += far[i] > 0 ? far[i] * far[i] : 0;
        double r = (double)(rng_next(rng) >> 11) / 9007199254740992.0 * total;
        size_t pick = n - 1;
        for (size_t i = 0; i < n; i++) {
            double w = far[i] > 0 ? far[i] * far[i] : 0;
            if (r < w) { pick = i; break; }
            r -= w;
        }
        memcpy(c + (size_t)j * d, v->x + (size_t)idx[pick] * d, d * sizeof *c);
        for (size_t i = 0; i < n; i++) {
            float dist = 1.0f - dot(v->x + (size_t)idx[i] * d, c + (size_t)j * d, d);
            if (dist < far[i]) far[i] = dist;
        }
    }
    for (int it = 0; it < KMEANS_ITERATIONS; it++) {
        memset(sum, 0, (size_t)k * d * sizeof *sum);
        memset(count, 0, k * sizeof *count);
        for (size_t i = 0; i < n; i++) {
            const float *x = v->x + (size_t)idx[i] * d;
            unsigned best = 0;
            float bs = -2;
            for (unsigned j = 0; j < k; j++) {
                float s = dot(x, c + (size_t)j * d, d);
                if (s > bs) { bs = s; best = j; }
            }
            out[i] = (uint8_t)best;
            count[best]++;
            for (size_t t = 0; t < d; t++) sum[(size_t)best * d + t] += x[t];
        }
        for (unsigned j = 0; j < k; j++)
            if (count[j]) { /* an emptied cluster keeps its centroid */
                memcpy(c + (size_t)j * d, sum + (size_t)j * d, d * sizeof *c);
                normalise(c + (size_t)j * d, d);
            }
    }
    free(c);
    free(sum);
    free(far);
    free(count);
}

/* Split idx[0..n) by k-means and recurse into each part for the levels
 * below; path[] collects each word's bits. */
static void split(const vectors *v, uint32_t *idx, size_t n, int level, uint64_t *rng, uint32_t *path)
{
    static const unsigned ks[3] = {CL_TOP_K, CL_MID_K, CL_LEAF_K};
    static const unsigned shifts[3] = {CL_TOP_SHIFT, CL_MID_SHIFT, 0};
    if (level == 3 || n == 0) return;
    uint8_t *a = xmalloc(n);
    kmeans(v, idx, n, ks[level], rng, a);
    uint32_t *part = xmalloc(n * sizeof *part);
    for (unsigned j = 0; j < ks[level]; j++) {
        size_t m = 0;
        for (size_t i = 0; i < n; i++)
            if (a[i] == j) {
                part[m++] = idx[i];
                path[idx[i]] |= j << shifts[level];
            }
        split(v, part, m, level + 1, rng, path);
    }
    free(part);
    free(a);
}

typedef struct entry {
    uint64_t h;      /* the word's hash without its value bits */
    uint32_t rank;   /* its line in the file: lower is more frequent */
    uint32_t path;
} entry;

static int cmp_entry(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    if (x->h != y->h) return x->h < y->h ? -1 : 1;
    return x->rank < y->rank ? -1 : x->rank > y->rank;
}

size_t clusters_build(const char *path, size_t max_words, uint64_t seed, uint64_t **out, FILE *log, char *err,
                      size_t err_size)
{
    *out = NULL;
    if (!max_words) max_words = CLUSTERS_DEFAULT_WORDS;
    vectors v;
    if (read_vectors(path, max_words, &v, err, err_size) != 0) {
        free(v.x);
        free(v.hash);
        return 0;
    }
    uint32_t *idx = xmalloc(v.n * sizeof *idx), *paths = xcalloc(v.n, sizeof *paths);
    for (size_t i = 0; i < v.n; i++) idx[i] = (uint32_t)i;
    uint64_t rng = seed ? seed : 1;
    split(&v, idx, v.n, 0, &rng, paths);
    /* Sorted by word; of two words with the same hash bits the more
     * frequent (earlier in the file) stays. */
    entry *e = xmalloc(v.n * sizeof *e);
    for (size_t i = 0; i < v.n; i++) e[i] = (entry){v.hash[i] & ~WT_VALUE_MASK, (uint32_t)i, CL_PRESENT | paths[i]};
    qsort(e, v.n, sizeof *e, cmp_entry);
    uint64_t *keys = xmalloc(v.n * sizeof *keys);
    size_t m = 0;
    for (size_t i = 0; i < v.n; i++)
        if (i == 0 || e[i].h != e[i - 1].h) keys[m++] = word_table_key(e[i].h, e[i].path);
    if (log) fprintf(log, "clusters: %zu words of %zu dimensions from %s, %d x %d x %d clusters\n", m, v.dim, path,
                     CL_TOP_K, CL_MID_K, CL_LEAF_K);
    free(e);
    free(idx);
    free(paths);
    free(v.x);
    free(v.hash);
    *out = keys;
    return m;
}
