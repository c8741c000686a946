/* perceptron.c — averaged perceptron: sparse training rows, quantised
 * mapped model. */
#include "nlp/perceptron.h"

#include <limits.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

#include "base/buf.h"
#include "base/fail.h"

uint64_t fh_str(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ULL;
    }
    return fh_mix(h ^ n);
}

static inline uint32_t key_of(uint64_t h)
{
    uint32_t k = (uint32_t)(h >> 32);
    return k ? k : 1;
}

/* Eight lanes: GCC and clang both lower these to the machine's vectors. */
typedef int16_t v8hi __attribute__((vector_size(16)));
typedef int32_t v8si __attribute__((vector_size(32)));

/* Eight int16 weights at p as eight int32 lanes (a macro: a function
 * returning a 256-bit vector would change the ABI of the baseline build). */
#define WIDEN(p) __builtin_convertvector(load8(p), v8si)
static inline __attribute__((always_inline)) v8hi load8(const int16_t *p)
{
    v8hi w;
    memcpy(&w, p, sizeof w);
    return w;
}

/* The dense rows rows[0..nd) summed into scores[0..width), which they
 * replace (first) or add to: 32 classes at a time (four vectors of eight),
 * then the rest in eights, each block summed over every row in registers,
 * so a row costs one widening load and one add per eight classes. */
#define DENSE_SUM(ACC, ZERO, LOAD, STORE, WIDEN8)                                  \
    do {                                                                           \
        uint32_t c = 0;                                                            \
        for (; c + 32 <= width; c += 32) {                                         \
            ACC a0 = ZERO, a1 = ZERO, a2 = ZERO, a3 = ZERO;                        \
            if (!first) {                                                          \
                a0 = LOAD(scores + c);                                             \
                a1 = LOAD(scores + c + 8);                                         \
                a2 = LOAD(scores + c + 16);                                        \
                a3 = LOAD(scores + c + 24);                                        \
            }                                                                      \
            for (size_t r = 0; r < nd; r++) {                                      \
                const int16_t *e = rows[r] + c;                                    \
                a0 += WIDEN8(e);                                                   \
                a1 += WIDEN8(e + 8);                                               \
                a2 += WIDEN8(e + 16);                                              \
                a3 += WIDEN8(e + 24);                                              \
            }                                                                      \
            STORE(scores + c, a0);                                                 \
            STORE(scores + c + 8, a1);                                             \
            STORE(scores + c + 16, a2);                                            \
            STORE(scores + c + 24, a3);                                            \
        }                                                                          \
        for (; c < width; c += 8) {                                                \
            ACC a = first ? ZERO : LOAD(scores + c);                               \
            for (size_t r = 0; r < nd; r++) a += WIDEN8(rows[r] + c);              \
            STORE(scores + c, a);                                                  \
        }                                                                          \
    } while (0)

/* Load eight int32 (a statement expression, for the same ABI reason). */
#define load_v8si(p) ({ v8si v_; memcpy(&v_, (p), sizeof v_); v_; })
#define STORE_V8SI(p, v) memcpy((p), &(v), sizeof(v8si))

static void dense_sum(const int16_t *const *rows, size_t nd, uint32_t width, bool first, int32_t *restrict scores)
{
    const v8si zero = {0, 0, 0, 0, 0, 0, 0, 0};
    DENSE_SUM(v8si, zero, load_v8si, STORE_V8SI, WIDEN);
}

#if defined(__x86_64__) || defined(__i386__)
/* With AVX2.  GCC splits the generic widening into two halves and a merge
 * (five instructions); vpmovsxwd from memory does it in one. */
#define WIDEN_AVX2(p) ((v8si)_mm256_cvtepi16_epi32(_mm_loadu_si128((const __m128i *)(p))))
__attribute__((target("avx2"))) static void dense_sum_avx2(const int16_t *const *rows, size_t nd, uint32_t width,
                                                           bool first, int32_t *restrict scores)
{
    const v8si zero = {0, 0, 0, 0, 0, 0, 0, 0};
    DENSE_SUM(v8si, zero, load_v8si, STORE_V8SI, WIDEN_AVX2);
}
#endif

static inline __attribute__((always_inline)) void score_body(const pc_model *m, const uint64_t *f, size_t n,
                                                            int32_t *restrict scores, bool avx2)
{
    const uint32_t width = pc_width(m->nclass), nslots = m->nslots;
    const uint32_t *restrict slots = m->slots;
    const int16_t *restrict w16 = m->w16;
    if (nslots == 0) { /* no table (a stub model): every score 0 */
        memset(scores, 0, width * sizeof *scores);
        return;
    }
    const uint32_t *end = slots + 2 * (size_t)nslots;
    /* Passes over a batch of features, so that the memory loads overlap:
     * the lookups are random accesses into tables of megabytes, and
     * waiting for each in turn is what would cost the time.  Pass 1
     * prefetches the home slots; pass 2 probes, prefetches the rows found
     * and sorts them into dense and sparse ones; pass 3 sums the dense rows
     * (dense_sum); pass 4 adds the sparse rows.  The sums are of integers,
     * so their order does not change a score. */
    enum { BATCH = 128 };
    uint32_t home[BATCH];
    const int16_t *dense[BATCH], *sparse[BATCH];
    uint32_t scnt[BATCH];
    for (size_t base = 0; base < n; base += BATCH) {
        size_t b = n - base < BATCH ? n - base : BATCH, nd = 0, ns = 0;
        for (size_t i = 0; i < b; i++) {
            home[i] = pc_slot(f[base + i], nslots);
            __builtin_prefetch(&slots[2 * home[i]]);
        }
        for (size_t i = 0; i < b; i++) {
            /* The table always has an empty slot (checked at load, and
             * pct_average leaves a third of them empty), so the probe
             * ends.  A pointer walk: the wrap at the table's end is a
             * branch that is almost never taken. */
            const uint32_t key = key_of(f[base + i]), *p = slots + 2 * (size_t)home[i];
            while (p[0] != key) {
                if (p[0] == 0) goto next; /* not found */
                p += 2;
                if (p == end) p = slots;
            }
            uint32_t v = p[1], cnt = v & 255;
            const int16_t *e = w16 + (v >> 8);
            /* The row's first cache line.  A short sparse row (up to 21
             * weights, 32 units) lies in one line (pack_rows); a longer
             * one gets each of its lines.  A dense row gets only its
             * first: dense rows are the features seen most often (their
             * few hundred kilobytes mostly stay in the core's cache), and
             * prefetching all their lines cost more than it saved
             * (back to back, 7% more tokens/s with the first only). */
            __builtin_prefetch(e);
            if (cnt > 21) {
                uintptr_t line = ((uintptr_t)e & ~(uintptr_t)63) + 64;
                uintptr_t last = (uintptr_t)(e + pc_sparse_units(cnt) - 1);
                for (; line <= last; line += 64) __builtin_prefetch((const void *)line);
            }
            /* Sorted without a branch: dense or sparse is as good as
             * random from one feature to the next. */
            dense[nd] = e;
            sparse[ns] = e;
            scnt[ns] = cnt;
            nd += cnt == 0;
            ns += cnt != 0;
        next:;
        }
#if defined(__x86_64__) || defined(__i386__)
        if (avx2) dense_sum_avx2(dense, nd, width, base == 0, scores);
        else
#endif
            dense_sum(dense, nd, width, base == 0, scores);
        /* Sparse rows: their weights, then their one-byte classes. */
        for (size_t r = 0; r < ns; r++) {
            const int16_t *restrict e = sparse[r];
            const uint32_t cnt = scnt[r];
            const uint8_t *restrict cls = (const uint8_t *)(e + cnt);
            /* Unrolled by hand: the loop's own count and branch were half
             * of the instructions of a weight, and the compilers' own
             * unrolling walks two pointers where one index does. */
            const int16_t *w = e, *four = e + (cnt & ~3u), *end = e + cnt;
            for (; w < four; w += 4, cls += 4) {
                scores[cls[0]] += w[0];
                scores[cls[1]] += w[1];
                scores[cls[2]] += w[2];
                scores[cls[3]] += w[3];
            }
            for (; w < end; w++, cls++) scores[*cls] += *w;
        }
    }
    if (n == 0) memset(scores, 0, width * sizeof *scores);
}

/* The same loop compiled twice: for AVX2, where the dense rows add in one
 * 256-bit step, and for the baseline; the CPU picks at run time. */
#if defined(__x86_64__) || defined(__i386__)
__attribute__((target("avx2"))) static void score_avx2(const pc_model *m, const uint64_t *f, size_t n,
                                                       int32_t *restrict scores)
{
    score_body(m, f, n, scores, true);
}
#endif

void pc_score(const pc_model *m, const uint64_t *f, size_t n, int32_t *restrict scores)
{
#if defined(__x86_64__) || defined(__i386__)
    if (__builtin_cpu_supports("avx2")) {
        score_avx2(m, f, n, scores);
        return;
    }
#endif
    score_body(m, f, n, scores, false);
}

static uint32_t argmax_scalar(const int32_t *scores, uint32_t n)
{
    uint32_t best = 0;
    for (uint32_t c = 1; c < n; c++)
        if (scores[c] > scores[best]) best = c;
    return best;
}

#if defined(__x86_64__) || defined(__i386__)
/* The maximum eight lanes at a time, then the first block holding it. */
__attribute__((target("avx2"))) static uint32_t argmax_avx2(int32_t *scores, uint32_t n)
{
    uint32_t width = pc_width(n);
    for (uint32_t c = n; c < width; c++) scores[c] = INT32_MIN;
    __m256i mx = _mm256_loadu_si256((const __m256i *)scores);
    for (uint32_t c = 8; c < width; c += 8) mx = _mm256_max_epi32(mx, _mm256_loadu_si256((const __m256i *)(scores + c)));
    __m128i h = _mm_max_epi32(_mm256_castsi256_si128(mx), _mm256_extracti128_si256(mx, 1));
    h = _mm_max_epi32(h, _mm_shuffle_epi32(h, 0x4e));
    h = _mm_max_epi32(h, _mm_shuffle_epi32(h, 0xb1));
    __m256i top = _mm256_broadcastd_epi32(h);
    for (uint32_t c = 0; c < width; c += 8) {
        __m256i eq = _mm256_cmpeq_epi32(_mm256_loadu_si256((const __m256i *)(scores + c)), top);
        unsigned mask = (unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(eq));
        if (mask) return c + (uint32_t)__builtin_ctz(mask);
    }
    return 0; /* not reached: the maximum is one of the scores */
}
#endif

uint32_t pc_argmax(int32_t *scores, uint32_t n)
{
    if (n == 0) return 0;
#if defined(__x86_64__) || defined(__i386__)
    if (__builtin_cpu_supports("avx2")) return argmax_avx2(scores, n);
#endif
    return argmax_scalar(scores, n);
}

int pc_class_index(const pc_model *m, const char *name)
{
    for (uint32_t i = 0; i < m->nclass; i++)
        if (strcmp(m->classes[i], name) == 0) return (int)i;
    return -1;
}

typedef struct params_rec { uint32_t nclass, nslots, n16; float scale; } params_rec;

static const void *section(const model_file *f, const char *prefix, const char *name, size_t *size)
{
    char full[32];
    snprintf(full, sizeof full, "%s%s", prefix, name);
    return model_file_section(f, full, size);
}

static int16_t *pack_rows(const int16_t *w16, uint32_t *vals, size_t nfeat, uint32_t width, size_t *n16_out);

/* Rewrite the rows of a file of the first layout, where a sparse row was
 * count (class, weight) pairs of 16 bits each, into the current one (count
 * weights, then count one-byte classes, laid out by pack_rows), with new
 * offsets in a copy of the slot table; both go into memory owned by the
 * model.  Such files were checked by the caller, so every row lies inside
 * the weights. */
static void convert_pairs(pc_model *m, const uint32_t *slots, const int16_t *pairs)
{
    uint32_t width = pc_width(m->nclass);
    size_t nfeat = 0, units = 0;
    for (uint32_t j = 0; j < m->nslots; j++) {
        if (slots[2 * j] == 0) continue;
        uint32_t cnt = slots[2 * j + 1] & 255;
        units += cnt ? pc_sparse_units(cnt) : width;
        nfeat++;
    }
    int16_t *rows = xcalloc(units ? units : 1, sizeof *rows);
    uint32_t *vals = xmalloc((nfeat ? nfeat : 1) * sizeof *vals);
    size_t at = 0, i = 0;
    for (uint32_t j = 0; j < m->nslots; j++) {
        if (slots[2 * j] == 0) continue;
        uint32_t v = slots[2 * j + 1], off = v >> 8, cnt = v & 255;
        if (cnt == 0) {
            memcpy(rows + at, pairs + off, width * sizeof *rows);
        } else {
            uint8_t *cls = (uint8_t *)(rows + at + cnt);
            for (uint32_t c = 0; c < cnt; c++) {
                rows[at + c] = pairs[off + 2 * c + 1];
                cls[c] = (uint8_t)pairs[off + 2 * c];
            }
        }
        vals[i++] = (uint32_t)at << 8 | cnt;
        at += cnt ? pc_sparse_units(cnt) : width;
    }
    size_t n16 = units;
    int16_t *packed = pack_rows(rows, vals, nfeat, width, &n16);
    if (!packed) n16 = units; /* vals unchanged: the plain layout */
    size_t slot_bytes = ((size_t)m->nslots * 8 + 63) / 64 * 64;
    size_t bytes = (slot_bytes + n16 * sizeof(int16_t) + 63) / 64 * 64;
    unsigned char *block = aligned_alloc(64, bytes);
    if (!block) dyad_fail_nomem();
    memset(block, 0, bytes);
    uint32_t *ns = (uint32_t *)block;
    int16_t *nw = (int16_t *)(block + slot_bytes);
    memcpy(nw, packed ? packed : rows, n16 * sizeof *nw);
    i = 0;
    for (uint32_t j = 0; j < m->nslots; j++) {
        ns[2 * j] = slots[2 * j];
        ns[2 * j + 1] = slots[2 * j] ? vals[i++] : slots[2 * j + 1];
    }
    free(packed);
    free(rows);
    free(vals);
    m->slots = ns;
    m->w16 = nw;
    m->n16 = (uint32_t)n16;
    m->owned = block;
}

int pc_model_load(pc_model *m, const model_file *f, const char *prefix, char *err, size_t err_size)
{
    memset(m, 0, sizeof *m);
    size_t psize, ssize, esize = 0, csize;
    const params_rec *p = section(f, prefix, "params", &psize);
    const uint32_t *slots = section(f, prefix, "slots", &ssize);
    /* "rows": the current layout; "weights": the first one, still read
     * (and converted) so older model files keep working. */
    const int16_t *w16 = section(f, prefix, "rows", &esize);
    bool pairs = false;
    if (!w16) {
        w16 = section(f, prefix, "weights", &esize);
        pairs = w16 != NULL;
    }
    const char *classes = section(f, prefix, "classes", &csize);
    const char *why = NULL;
    if (!p || psize != sizeof *p || !slots || !classes || (!w16 && esize)) why = "missing section";
    else if (p->nclass == 0 || p->nclass > 65535) why = "bad class count";
    else if (p->nslots == 0 || ssize != (size_t)p->nslots * 8) why = "bad slot table";
    else if (esize != (size_t)p->n16 * 2 || p->n16 >= (1u << 24)) why = "bad weight table";
    else if (!(p->scale > 0) || !isfinite(p->scale)) why = "bad scale";
    else if (csize == 0 || classes[csize - 1] != '\0') why = "bad class names";
    if (!why) {
        size_t names = 0;
        for (size_t i = 0; i < csize; i++) names += classes[i] == '\0';
        if (names != p->nclass) why = "class names do not match the class count";
    }
    if (!why) {
        uint32_t empty = 0;
        for (uint32_t j = 0; j < p->nslots && !why; j++) {
            if (slots[2 * j] == 0) { empty++; continue; }
            uint32_t v = slots[2 * j + 1], off = v >> 8, cnt = v & 255;
            uint64_t len = pairs ? 2 * (uint64_t)cnt : pc_sparse_units(cnt);
            if (cnt == 255) why = "bad row length";
            else if (cnt == 0) { if ((uint64_t)off + pc_width(p->nclass) > p->n16) why = "dense row outside the weights"; }
            else if ((uint64_t)off + len > p->n16) why = "row outside the weights";
            else if (pairs) {
                for (uint32_t c = 0; c < cnt && !why; c++)
                    if ((uint16_t)w16[off + 2 * c] >= p->nclass) why = "weight names an unknown class";
                    else if ((uint16_t)w16[off + 2 * c] > 255) why = "class beyond 255 in a sparse row";
            } else {
                const uint8_t *cls = (const uint8_t *)(w16 + off + cnt);
                for (uint32_t c = 0; c < cnt && !why; c++)
                    if (cls[c] >= p->nclass) why = "weight names an unknown class";
            }
        }
        if (!why && empty == 0) why = "slot table full";
    }
    if (why) {
        if (err && err_size) snprintf(err, err_size, "corrupt model (%s%s: %s)", prefix, pairs ? "weights" : "rows", why);
        return -1;
    }
    m->nclass = p->nclass;
    m->nslots = p->nslots;
    m->slots = slots;
    m->w16 = w16;
    m->n16 = p->n16;
    m->scale = p->scale;
    if (pairs) convert_pairs(m, slots, w16);
    m->classes = xmalloc(p->nclass * sizeof *m->classes);
    const char *s = classes;
    for (uint32_t i = 0; i < p->nclass; i++) {
        m->classes[i] = s;
        s += strlen(s) + 1;
    }
    return 0;
}

void pc_model_write(const pc_model *m, model_writer *w, const char *prefix)
{
    char name[32];
    params_rec p = {m->nclass, m->nslots, m->n16, m->scale};
    snprintf(name, sizeof name, "%sparams", prefix);
    model_writer_add(w, name, &p, sizeof p);
    snprintf(name, sizeof name, "%sslots", prefix);
    model_writer_add(w, name, m->slots, (size_t)m->nslots * 8);
    snprintf(name, sizeof name, "%srows", prefix);
    model_writer_add(w, name, m->w16, (size_t)m->n16 * 2);
    buf names = BUF_INIT;
    for (uint32_t i = 0; i < m->nclass; i++) buf_append(&names, m->classes[i], strlen(m->classes[i]) + 1);
    snprintf(name, sizeof name, "%sclasses", prefix);
    model_writer_add(w, name, names.data, names.len);
    buf_free(&names);
}

void pc_model_free(pc_model *m)
{
    if (!m) return;
    free(m->classes);
    free(m->owned);
    memset(m, 0, sizeof *m);
}

/* ---- training ---- */

typedef struct tentry { uint16_t cls; uint32_t ts; float w; double tot; } tentry;
typedef struct tfeat { uint64_t key; uint32_t n, cap, updates; tentry *e; } tfeat;

struct pct {
    uint32_t nclass;
    tfeat *table;
    size_t cap, used;   /* cap a power of two */
    uint32_t now;
};

pct *pct_new(uint32_t nclass)
{
    pct *t = xcalloc(1, sizeof *t);
    t->nclass = nclass;
    t->cap = 1 << 16;
    t->table = xcalloc(t->cap, sizeof *t->table);
    t->now = 1;
    return t;
}

void pct_free(pct *t)
{
    if (!t) return;
    for (size_t i = 0; i < t->cap; i++) free(t->table[i].e);
    free(t->table);
    free(t);
}

size_t pct_feature_count(const pct *t) { return t->used; }

static uint64_t tkey(uint64_t h) { return h ? h : 1; }

static tfeat *find(const pct *t, uint64_t h)
{
    uint64_t k = tkey(h);
    size_t j = (size_t)(k ^ (k >> 29)) & (t->cap - 1);
    for (;;) {
        tfeat *f = &t->table[j];
        if (f->key == k) return f;
        if (f->key == 0) return NULL;
        j = (j + 1) & (t->cap - 1);
    }
}

static tfeat *insert(pct *t, uint64_t h)
{
    if ((t->used + 1) * 2 > t->cap) {
        size_t old_cap = t->cap;
        tfeat *old = t->table;
        t->cap *= 2;
        t->table = xcalloc(t->cap, sizeof *t->table);
        for (size_t i = 0; i < old_cap; i++) {
            if (!old[i].key) continue;
            size_t j = (size_t)(old[i].key ^ (old[i].key >> 29)) & (t->cap - 1);
            while (t->table[j].key) j = (j + 1) & (t->cap - 1);
            t->table[j] = old[i];
        }
        free(old);
    }
    uint64_t k = tkey(h);
    size_t j = (size_t)(k ^ (k >> 29)) & (t->cap - 1);
    while (t->table[j].key && t->table[j].key != k) j = (j + 1) & (t->cap - 1);
    if (!t->table[j].key) {
        t->table[j].key = k;
        t->used++;
    }
    return &t->table[j];
}

void pct_score(const pct *t, const uint64_t *f, size_t n, float *scores)
{
    memset(scores, 0, t->nclass * sizeof *scores);
    for (size_t i = 0; i < n; i++) {
        const tfeat *x = find(t, f[i]);
        if (!x) continue;
        for (uint32_t c = 0; c < x->n; c++) scores[x->e[c].cls] += x->e[c].w;
    }
}

static void bump(pct *t, tfeat *x, uint32_t cls, float d)
{
    tentry *e = NULL;
    for (uint32_t c = 0; c < x->n; c++)
        if (x->e[c].cls == cls) { e = &x->e[c]; break; }
    if (!e) {
        if (x->n == x->cap) {
            x->cap = x->cap ? x->cap * 2 : 2;
            x->e = xrealloc(x->e, x->cap * sizeof *x->e);
        }
        e = &x->e[x->n++];
        e->cls = (uint16_t)cls;
        e->ts = t->now;
        e->w = 0;
        e->tot = 0;
    }
    e->tot += (double)(t->now - e->ts) * e->w;
    e->ts = t->now;
    e->w += d;
}

void pct_update(pct *t, const uint64_t *f, size_t n, uint32_t truth, uint32_t guess)
{
    if (truth == guess) return;
    for (size_t i = 0; i < n; i++) {
        tfeat *x = insert(t, f[i]);
        x->updates++;
        bump(t, x, truth, 1.0f);
        bump(t, x, guess, -1.0f);
    }
}

void pct_add(pct *t, const uint64_t *f, size_t n, uint32_t cls, float d)
{
    for (size_t i = 0; i < n; i++) {
        tfeat *x = insert(t, f[i]);
        x->updates++;
        bump(t, x, cls, d);
    }
}

void pct_tick(pct *t) { t->now++; }

/* Lay the rows out so that none shorter than a cache line (64 bytes, 32
 * units) crosses a line boundary: each lookup then reads one line for its
 * slot and, for most features, one for its row, instead of two for the
 * quarter of rows that would straddle.  Rows go longest first; a short
 * row takes the tightest free tail of a line already started (best fit),
 * else a new line; long rows start on a line of their own.  The gaps cost
 * a few per cent of the table.  vals[i] (offset << 8 | count) are
 * rewritten; returns the new rows (zeroed gaps) and their length in units,
 * or NULL when the packed table would not fit the 24-bit offsets. */
static int16_t *pack_rows(const int16_t *w16, uint32_t *vals, size_t nfeat, uint32_t width, size_t *n16_out)
{
    enum { LINE = 32 };
    uint32_t maxlen = width > pc_sparse_units(254) ? width : pc_sparse_units(254);
    size_t *start = xcalloc((size_t)maxlen + 2, sizeof *start);
    size_t *order = xmalloc((nfeat ? nfeat : 1) * sizeof *order);
    for (size_t i = 0; i < nfeat; i++) {
        uint32_t cnt = vals[i] & 255;
        start[cnt ? pc_sparse_units(cnt) : width]++;
    }
    /* Counting sort, longest first. */
    size_t at = 0;
    for (uint32_t len = maxlen + 1; len-- > 0;) {
        size_t c = start[len];
        start[len] = at;
        at += c;
    }
    for (size_t i = 0; i < nfeat; i++) {
        uint32_t cnt = vals[i] & 255;
        order[start[cnt ? pc_sparse_units(cnt) : width]++] = i;
    }
    free(start);
    /* Free line tails by length: stacks of their first unit. */
    size_t *tails[LINE] = {0}, ntail[LINE] = {0}, captail[LINE] = {0};
    size_t end = 0;
    uint32_t *newoff = xmalloc((nfeat ? nfeat : 1) * sizeof *newoff);
    for (size_t k = 0; k < nfeat; k++) {
        size_t i = order[k];
        uint32_t cnt = vals[i] & 255, len = cnt ? pc_sparse_units(cnt) : width;
        size_t pos, room = 0;
        uint32_t u = len;
        if (len < LINE)
            while (u < LINE && ntail[u] == 0) u++;
        if (len < LINE && u < LINE) {
            pos = tails[u][--ntail[u]];
            room = u - len;
        } else {
            pos = end;
            end += (len + LINE - 1) / LINE * LINE;
            room = (LINE - len % LINE) % LINE;
        }
        if (room) {
            if (ntail[room] == captail[room]) {
                captail[room] = captail[room] ? 2 * captail[room] : 1024;
                tails[room] = xrealloc(tails[room], captail[room] * sizeof **tails);
            }
            tails[room][ntail[room]++] = pos + len;
        }
        newoff[i] = (uint32_t)pos;
    }
    for (uint32_t u = 0; u < LINE; u++) free(tails[u]);
    free(order);
    int16_t *out = NULL;
    if (end < (1u << 24)) {
        out = xcalloc(end ? end : 1, sizeof *out);
        for (size_t i = 0; i < nfeat; i++) {
            uint32_t cnt = vals[i] & 255, len = cnt ? pc_sparse_units(cnt) : width;
            memcpy(out + newoff[i], w16 + (vals[i] >> 8), len * sizeof *out);
            vals[i] = newoff[i] << 8 | cnt;
        }
        *n16_out = end;
    }
    free(newoff);
    return out;
}

void pct_average(const pct *t, const char *const *class_names, unsigned min_updates, pc_model *out)
{
    memset(out, 0, sizeof *out);
    /* First pass: the largest averaged weight fixes the quantisation. */
    double maxw = 1e-9;
    for (size_t i = 0; i < t->cap; i++) {
        const tfeat *x = &t->table[i];
        for (uint32_t c = 0; c < x->n; c++) {
            const tentry *e = &x->e[c];
            double a = fabs((e->tot + (double)(t->now - e->ts) * e->w) / t->now);
            if (a > maxw) maxw = a;
        }
    }
    double scale = 32767.0 / maxw;
    bool overflow = false;
    /* Second pass: each feature's kept weights become a sparse or a dense
     * row (dense once it touches a third of the classes). */
    uint32_t dense_at = t->nclass / 3 > 2 ? t->nclass / 3 : 2;
    if (dense_at > 254) dense_at = 254;
    /* Sparse rows name their classes in one byte: with more classes than
     * that, every row is dense. */
    if (t->nclass > 256) dense_at = 1;
    size_t nfeat = 0, n16 = 0, cap16 = (size_t)1 << 20;
    int16_t *w16 = xmalloc(cap16 * sizeof *w16);
    int16_t *row = xmalloc(t->nclass * sizeof *row);
    uint16_t *rcls = xmalloc(t->nclass * sizeof *rcls);
    uint64_t *keys = NULL;
    uint32_t *vals = NULL;
    size_t kcap = 0;
    for (size_t i = 0; i < t->cap; i++) {
        const tfeat *x = &t->table[i];
        if (!x->key || x->updates < min_updates) continue;
        uint32_t cnt = 0;
        for (uint32_t c = 0; c < x->n; c++) {
            const tentry *e = &x->e[c];
            double a = (e->tot + (double)(t->now - e->ts) * e->w) / t->now;
            long q = lround(a * scale);
            if (q == 0) continue;
            if (q > 32767) q = 32767;
            if (q < -32767) q = -32767;
            rcls[cnt] = e->cls;
            row[cnt] = (int16_t)q;
            cnt++;
        }
        if (cnt == 0) continue;
        bool dense = cnt >= dense_at;
        size_t need = dense ? pc_width(t->nclass) : pc_sparse_units(cnt);
        if (n16 + need > (1u << 24) - 1) { overflow = true; break; }
        while (n16 + need > cap16) { cap16 *= 2; w16 = xrealloc(w16, cap16 * sizeof *w16); }
        if (dense) {
            memset(w16 + n16, 0, pc_width(t->nclass) * sizeof *w16);
            for (uint32_t c = 0; c < cnt; c++) w16[n16 + rcls[c]] = row[c];
        } else {
            uint8_t *cls = (uint8_t *)(w16 + n16 + cnt);
            w16[n16 + need - 1] = 0; /* the pad byte of an odd count */
            for (uint32_t c = 0; c < cnt; c++) {
                w16[n16 + c] = row[c];
                cls[c] = (uint8_t)rcls[c];
            }
        }
        if (nfeat == kcap) {
            kcap = kcap ? kcap * 2 : 4096;
            keys = xrealloc(keys, kcap * sizeof *keys);
            vals = xrealloc(vals, kcap * sizeof *vals);
        }
        keys[nfeat] = x->key;
        vals[nfeat] = (uint32_t)n16 << 8 | (dense ? 0 : cnt);
        nfeat++;
        n16 += need;
    }
    if (overflow) fprintf(stderr, "dyad train: too many weights, model truncated (prune more)\n");
    size_t packed_n16 = 0;
    int16_t *packed = pack_rows(w16, vals, nfeat, pc_width(t->nclass), &packed_n16);
    if (packed) {
        free(w16);
        w16 = packed;
        n16 = packed_n16;
    }
    uint32_t nslots = (uint32_t)(nfeat + nfeat * 3 / 5 + 16); /* load 0.62: short probes for unseen features */
    size_t names_len = 0;
    for (uint32_t c = 0; c < t->nclass; c++) names_len += strlen(class_names[c]) + 1;
    /* One block holds slots, weights and class names; the weights start
     * on a cache line, as pack_rows assumes (model files align them too). */
    size_t slot_bytes = ((size_t)nslots * 8 + 63) / 64 * 64, w_bytes = n16 * sizeof *w16;
    size_t block_bytes = (slot_bytes + w_bytes + names_len + 16 + 63) / 64 * 64;
    unsigned char *block = aligned_alloc(64, block_bytes);
    if (!block) dyad_fail_nomem();
    memset(block, 0, block_bytes);
    uint32_t *slots = (uint32_t *)block;
    int16_t *weights = (int16_t *)(block + slot_bytes);
    char *names = (char *)(block + slot_bytes + w_bytes);
    if (w_bytes) memcpy(weights, w16, w_bytes);
    for (size_t i = 0; i < nfeat; i++) {
        uint64_t h = keys[i];
        uint32_t key = key_of(h), j = pc_slot(h, nslots);
        while (slots[2 * j]) j = j + 1 == nslots ? 0 : j + 1;
        slots[2 * j] = key;
        slots[2 * j + 1] = vals[i];
    }
    out->classes = xmalloc(t->nclass * sizeof *out->classes);
    char *p = names;
    for (uint32_t c = 0; c < t->nclass; c++) {
        size_t l = strlen(class_names[c]) + 1;
        memcpy(p, class_names[c], l);
        out->classes[c] = p;
        p += l;
    }
    out->nclass = t->nclass;
    out->nslots = nslots;
    out->slots = slots;
    out->w16 = weights;
    out->n16 = (uint32_t)n16;
    out->scale = (float)scale;
    out->owned = block;
    free(w16);
    free(row);
    free(rcls);
    free(keys);
    free(vals);
}

/* The sum of several trainers' averaged models, divided by their count:
 * for a linear model the sum of the members' scores, that is, their
 * ensemble, at the run-time cost of one model (a row per feature any
 * member kept).  Each member's features are pruned by its own update
 * count, as its own model would be. */
void pct_average_sum(const pct *const *ts, size_t k, const char *const *class_names, unsigned min_updates,
                     pc_model *out)
{
    pct *sum = pct_new(ts[0]->nclass);
    for (size_t m = 0; m < k; m++) {
        const pct *t = ts[m];
        for (size_t i = 0; i < t->cap; i++) {
            const tfeat *x = &t->table[i];
            if (!x->key || x->updates < min_updates) continue;
            tfeat *y = insert(sum, x->key);
            y->updates = 1;
            for (uint32_t c = 0; c < x->n; c++) {
                const tentry *e = &x->e[c];
                double a = (e->tot + (double)(t->now - e->ts) * e->w) / t->now;
                bump(sum, y, e->cls, (float)(a / (double)k));
            }
        }
    }
    /* With the clock at 1 and every entry stamped 0, the average that
     * pct_average computes is the weight itself. */
    for (size_t i = 0; i < sum->cap; i++)
        for (uint32_t c = 0; c < sum->table[i].n; c++) {
            sum->table[i].e[c].ts = 0;
            sum->table[i].e[c].tot = 0;
        }
    pct_average(sum, class_names, 1, out);
    pct_free(sum);
}
