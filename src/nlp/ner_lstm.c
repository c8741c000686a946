/* ner_lstm.c — run-time side of the sequence scorer (ner_lstm.h):
 * loading and checking its net, one LSTM step in four-lane vectors with
 * its own exponential (the same code trains and runs, so the held-out
 * predictions the recogniser learns from are those it will see), and
 * filling wordfeat.nl for a sentence. */
#include "nlp/ner_lstm.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/fail.h"

size_t nl_floats(uint32_t in, uint32_t hidden, uint32_t nclass)
{
    size_t g = 4 * (size_t)hidden;
    return 2 * ((size_t)in * g + (size_t)hidden * g + g) + (size_t)nclass * 2 * hidden + nclass;
}

void nl_bind(ner_lstm *l, const float *w)
{
    size_t g = 4 * (size_t)l->hidden;
    for (int d = 0; d < 2; d++) {
        l->wx[d] = w;
        l->wh[d] = w += (size_t)l->in * g;
        l->b[d] = w += (size_t)l->hidden * g;
        w += g;
    }
    l->wo = w;
    l->bo = w + (size_t)l->nclass * 2 * l->hidden;
}

int ner_lstm_load(ner_lstm *l, const model_file *f, uint32_t nclass, char *err, size_t err_size)
{
    memset(l, 0, sizeof *l);
    size_t ks = 0, vs = 0, ns = 0;
    const unsigned char *net = model_file_section(f, NL_NET_SECTION, &ns);
    if (!net) return 0;
    const uint32_t *keys = model_file_section(f, NW_KEYS_SECTION, &ks);
    const uint8_t *vecs = model_file_section(f, NW_VECS_SECTION, &vs);
    const char *why = NULL;
    nl_header h = {0};
    size_t count = keys ? ks / sizeof *keys : 0;
    if (!keys || !vecs) why = "its keys or vectors missing";
    else if (ks % sizeof *keys || !count) why = "keys no whole number";
    else if (ns < sizeof h) why = "net too short";
    if (!why) {
        memcpy(&h, net, sizeof h);
        if (h.version != NL_VERSION) why = "unknown version";
        else if (!h.dim || h.dim % 2 || h.dim > NW_MAX_DIM || !h.hidden || h.hidden > NL_MAX_HIDDEN || h.hidden % 4)
            why = "sizes out of range";
        else if (h.in != h.dim + NL_EXTRA) why = "inputs do not match the vectors";
        else if (h.nclass != nclass || h.nclass > NW_MAX_CLASSES || !h.nclass)
            why = "class count differs from the recogniser's";
        else if (h.gate > NL_GATE_ALL || h.context > 1) why = "unknown flags";
        else if (!isfinite(h.scale) || h.scale <= 0) why = "bad scale";
        else if (vs != count * (h.dim / 2)) why = "vectors do not match the keys";
    }
    size_t floats = why ? 0 : nl_floats(h.in, h.hidden, h.nclass);
    if (!why && ns != sizeof h + floats * sizeof(float)) why = "net size does not match its header";
    const float *wts = why ? NULL : (const float *)(net + sizeof h);
    if (!why) why = nw_check_tables(keys, count, wts, floats);
    if (why) {
        if (err && err_size) snprintf(err, err_size, "corrupt model (sequence scorer: %s)", why);
        return -1;
    }
    l->keys = keys;
    l->count = count;
    l->vecs = vecs;
    l->dim = h.dim;
    l->hidden = h.hidden;
    l->nclass = h.nclass;
    l->in = h.in;
    l->gate = h.gate;
    l->context = h.context;
    l->scale = h.scale;
    nl_bind(l, wts);
    return 0;
}

size_t nl_input(const ner_lstm *l, const wordfeat *wf, size_t i, long idx, uint16_t *ki, float *kv)
{
    size_t nz = 0;
    if (idx >= 0) {
        const uint8_t *v = l->vecs + (size_t)idx * (l->dim / 2);
        for (uint32_t d = 0; d < l->dim; d += 2) {
            int lo = (v[d / 2] & 15) - 8, hi = (v[d / 2] >> 4) - 8;
            if (lo) { ki[nz] = (uint16_t)d; kv[nz++] = (float)lo * l->scale; }
            if (hi) { ki[nz] = (uint16_t)(d + 1); kv[nz++] = (float)hi * l->scale; }
        }
    } else {
        ki[nz] = (uint16_t)l->dim;
        kv[nz++] = 1;
    }
    ki[nz] = (uint16_t)(l->dim + 1 + nw_shape(&wf[i]));
    kv[nz++] = 1;
    if (i == 0) { ki[nz] = (uint16_t)(l->dim + 6); kv[nz++] = 1; }
    return nz;
}

typedef float v4f __attribute__((vector_size(16)));
typedef int32_t v4i __attribute__((vector_size(16)));
static inline v4f ld4(const float *p)
{
    v4f v;
    memcpy(&v, p, sizeof v);
    return v;
}
static inline void st4(float *p, v4f v) { memcpy(p, &v, sizeof v); }
static inline v4f splat(float x) { return (v4f){x, x, x, x}; }
static inline v4f pick(v4i m, v4f a, v4f b) { return (v4f)((m & (v4i)a) | (~m & (v4i)b)); }

/* e^x to about 3e-6 relative: 2^n by the exponent bits, 2^f (|f| <= 0.5)
 * by its Taylor series to the fifth power; x clipped to +-80. */
static inline v4f v_exp(v4f x)
{
    x = pick(x < splat(-80), splat(-80), x);
    x = pick(x > splat(80), splat(80), x);
    v4f t = x * splat(1.44269504f);
    v4i n = __builtin_convertvector(t + splat(128.5f), v4i) - (v4i){128, 128, 128, 128};
    v4f f = t - __builtin_convertvector(n, v4f);
    v4f p = splat(1.33335581e-3f);
    p = p * f + splat(9.61812911e-3f);
    p = p * f + splat(5.55041087e-2f);
    p = p * f + splat(2.40226507e-1f);
    p = p * f + splat(6.93147181e-1f);
    p = p * f + splat(1.0f);
    return p * (v4f)((n + (v4i){127, 127, 127, 127}) << 23);
}
static inline v4f v_sigmoid(v4f z) { return splat(1) / (splat(1) + v_exp(-z)); }
static inline v4f v_tanh(v4f z) { return splat(2) / (splat(1) + v_exp(z * splat(-2))) - splat(1); }

/* The same step in eight lanes where the processor has AVX2 (and H is a
 * multiple of 8): every number goes through the same multiplications and
 * additions in the same order, without fused multiply-adds, so the
 * results are those of the four-lane code to the bit. */
typedef float v8f __attribute__((vector_size(32)));
typedef int32_t v8i __attribute__((vector_size(32)));
#define INLINE static inline __attribute__((always_inline, target("avx2")))
INLINE v8f ld8(const float *p)
{
    v8f v;
    memcpy(&v, p, sizeof v);
    return v;
}
INLINE void st8(float *p, v8f v) { memcpy(p, &v, sizeof v); }
INLINE v8f splat8(float x) { return (v8f){x, x, x, x, x, x, x, x}; }
INLINE v8f pick8(v8i m, v8f a, v8f b) { return (v8f)((m & (v8i)a) | (~m & (v8i)b)); }
INLINE v8f v8_exp(v8f x)
{
    x = pick8(x < splat8(-80), splat8(-80), x);
    x = pick8(x > splat8(80), splat8(80), x);
    v8f t = x * splat8(1.44269504f);
    v8i n = __builtin_convertvector(t + splat8(128.5f), v8i) - (v8i){128, 128, 128, 128, 128, 128, 128, 128};
    v8f f = t - __builtin_convertvector(n, v8f);
    v8f p = splat8(1.33335581e-3f);
    p = p * f + splat8(9.61812911e-3f);
    p = p * f + splat8(5.55041087e-2f);
    p = p * f + splat8(2.40226507e-1f);
    p = p * f + splat8(6.93147181e-1f);
    p = p * f + splat8(1.0f);
    return p * (v8f)((n + (v8i){127, 127, 127, 127, 127, 127, 127, 127}) << 23);
}
INLINE v8f v8_sigmoid(v8f z) { return splat8(1) / (splat8(1) + v8_exp(-z)); }
INLINE v8f v8_tanh(v8f z) { return splat8(2) / (splat8(1) + v8_exp(z * splat8(-2))) - splat8(1); }

__attribute__((target("avx2"))) static void step_avx2(const ner_lstm *l, int d, const uint16_t *ki, const float *kv,
                                                      size_t nz, const float *hprev, const float *cprev,
                                                      float *gates, float *c, float *tc, float *h)
{
    uint32_t H = l->hidden, G = 4 * H; /* H a multiple of 8: G of 32 */
    const float *wx = l->wx[d], *wh = l->wh[d], *b = l->b[d];
    for (uint32_t j = 0; j < G; j += 32) {
        v8f a0 = ld8(b + j), a1 = ld8(b + j + 8), a2 = ld8(b + j + 16), a3 = ld8(b + j + 24);
        for (size_t q = 0; q < nz; q++) {
            const float *row = wx + (size_t)ki[q] * G + j;
            v8f xv = splat8(kv[q]);
            a0 += xv * ld8(row);
            a1 += xv * ld8(row + 8);
            a2 += xv * ld8(row + 16);
            a3 += xv * ld8(row + 24);
        }
        if (hprev)
            for (uint32_t k = 0; k < H; k++) {
                const float *row = wh + (size_t)k * G + j;
                v8f xv = splat8(hprev[k]);
                a0 += xv * ld8(row);
                a1 += xv * ld8(row + 8);
                a2 += xv * ld8(row + 16);
                a3 += xv * ld8(row + 24);
            }
        st8(gates + j, a0);
        st8(gates + j + 8, a1);
        st8(gates + j + 16, a2);
        st8(gates + j + 24, a3);
    }
    for (uint32_t j = 0; j < G; j += 8) {
        v8f z = ld8(gates + j);
        st8(gates + j, j >= 2 * H && j < 3 * H ? v8_tanh(z) : v8_sigmoid(z));
    }
    for (uint32_t j = 0; j < H; j += 8) {
        v8f cv = ld8(gates + j) * ld8(gates + 2 * H + j);
        if (cprev) cv += ld8(gates + H + j) * ld8(cprev + j);
        v8f t = v8_tanh(cv);
        st8(c + j, cv);
        st8(tc + j, t);
        st8(h + j, ld8(gates + 3 * H + j) * t);
    }
}

void nl_step(const ner_lstm *l, int d, const uint16_t *ki, const float *kv, size_t nz, const float *hprev,
             const float *cprev, float *gates, float *c, float *tc, float *h)
{
    uint32_t H = l->hidden, G = 4 * H; /* H a multiple of 4: G of 16 */
    if (H % 8 == 0 && !l->narrow && __builtin_cpu_supports("avx2")) {
        step_avx2(l, d, ki, kv, nz, hprev, cprev, gates, c, tc, h);
        return;
    }
    const float *wx = l->wx[d], *wh = l->wh[d], *b = l->b[d];
    /* 16 gate sums at a time in four accumulators: the inputs that are
     * not zero, then the previous state. */
    for (uint32_t j = 0; j < G; j += 16) {
        v4f a0 = ld4(b + j), a1 = ld4(b + j + 4), a2 = ld4(b + j + 8), a3 = ld4(b + j + 12);
        for (size_t q = 0; q < nz; q++) {
            const float *row = wx + (size_t)ki[q] * G + j;
            v4f xv = splat(kv[q]);
            a0 += xv * ld4(row);
            a1 += xv * ld4(row + 4);
            a2 += xv * ld4(row + 8);
            a3 += xv * ld4(row + 12);
        }
        if (hprev)
            for (uint32_t k = 0; k < H; k++) {
                const float *row = wh + (size_t)k * G + j;
                v4f xv = splat(hprev[k]);
                a0 += xv * ld4(row);
                a1 += xv * ld4(row + 4);
                a2 += xv * ld4(row + 8);
                a3 += xv * ld4(row + 12);
            }
        st4(gates + j, a0);
        st4(gates + j + 4, a1);
        st4(gates + j + 8, a2);
        st4(gates + j + 12, a3);
    }
    for (uint32_t j = 0; j < G; j += 4) {
        v4f z = ld4(gates + j);
        st4(gates + j, j >= 2 * H && j < 3 * H ? v_tanh(z) : v_sigmoid(z));
    }
    for (uint32_t j = 0; j < H; j += 4) {
        v4f cv = ld4(gates + j) * ld4(gates + 2 * H + j);
        if (cprev) cv += ld4(gates + H + j) * ld4(cprev + j);
        v4f t = v_tanh(cv);
        st4(c + j, cv);
        st4(tc + j, t);
        st4(h + j, ld4(gates + 3 * H + j) * t);
    }
}

void nl_output(const ner_lstm *l, const float *hf, const float *hb, float *p)
{
    uint32_t H = l->hidden;
    float mx = -INFINITY;
    for (uint32_t c = 0; c < l->nclass; c++) {
        const float *row = l->wo + (size_t)c * 2 * H;
        v4f a = splat(0), b = splat(0);
        for (uint32_t j = 0; j < H; j += 4) {
            a += ld4(row + j) * ld4(hf + j);
            b += ld4(row + H + j) * ld4(hb + j);
        }
        a += b;
        p[c] = l->bo[c] + ((a[0] + a[1]) + (a[2] + a[3]));
        if (p[c] > mx) mx = p[c];
    }
    float z = 0;
    for (uint32_t c = 0; c < l->nclass; c++) z += p[c] = expf(p[c] - mx);
    for (uint32_t c = 0; c < l->nclass; c++) p[c] /= z;
}

bool nl_gated(const ner_lstm *l, const wordfeat *wf, size_t n, size_t i)
{
    return l->gate == NL_GATE_ALL || nw_gated(wf, n, i);
}

void ner_lstm_fill(const ner_lstm *l, wordfeat *wf, size_t n)
{
    for (size_t i = 0; i < n; i++) wf[i].nl = 0;
    if (!l->keys || !n) return;
    size_t first = n;
    for (size_t i = 0; i < n && first == n; i++)
        if (nl_gated(l, wf, n, i)) first = i;
    if (first == n) return; /* nothing to score: no need to read the sentence */
    uint32_t H = l->hidden;
    enum { ON_STACK = 128 };
    float hb_stack[ON_STACK * NL_MAX_HIDDEN];
    long idx_stack[ON_STACK];
    float *hb = n <= ON_STACK ? hb_stack : xmalloc(n * H * sizeof *hb);
    long *idx = n <= ON_STACK ? idx_stack : xmalloc(n * sizeof *idx);
    for (size_t i = 0; i < n; i++) idx[i] = nw_lookup(&(ner_window){.keys = l->keys, .count = l->count}, wf[i].lower);
    uint16_t ki[NL_MAX_IN];
    float kv[NL_MAX_IN], gates[4 * NL_MAX_HIDDEN], c[2][NL_MAX_HIDDEN], tc[NL_MAX_HIDDEN], h[2][NL_MAX_HIDDEN];
    float p[NW_MAX_CLASSES];
    /* Right to left, keeping every state; then left to right, scoring. */
    for (size_t s = 0; s < n; s++) {
        size_t i = n - 1 - s;
        size_t nz = nl_input(l, wf, i, idx[i], ki, kv);
        const float *hp = s ? hb + (i + 1) * H : NULL;
        nl_step(l, 1, ki, kv, nz, hp, s ? c[(s - 1) & 1] : NULL, gates, c[s & 1], tc, hb + i * H);
    }
    static const float none[NL_MAX_HIDDEN];
    for (size_t i = 0; i < n; i++) {
        size_t nz = nl_input(l, wf, i, idx[i], ki, kv);
        const float *before = i ? h[(i - 1) & 1] : none;
        nl_step(l, 0, ki, kv, nz, i ? h[(i - 1) & 1] : NULL, i ? c[(i - 1) & 1] : NULL, gates, c[i & 1], tc,
                h[i & 1]);
        if (!nl_gated(l, wf, n, i)) continue;
        if (l->context) nl_output(l, before, i + 1 < n ? hb + (i + 1) * H : none, p);
        else nl_output(l, h[i & 1], hb + i * H, p);
        uint32_t best = 0;
        for (uint32_t k = 1; k < l->nclass; k++)
            if (p[k] > p[best]) best = k;
        int bucket = p[best] < 0.5f ? 0 : p[best] < 0.7f ? 1 : p[best] < 0.9f ? 2 : 3;
        wf[i].nl = (uint8_t)(1 + best * NW_BUCKETS + (uint32_t)bucket);
    }
    if (hb != hb_stack) free(hb);
    if (idx != idx_stack) free(idx);
}
