/* ner_window.c — run-time side of the window scorer (ner_window.h):
 * loading and checking its sections, building a token's input and the
 * forward pass, and filling wordfeat.nw for a sentence. */
#include "nlp/ner_window.h"

#include <math.h>
#include <string.h>

#include "nlp/ner_lstm.h"

int ner_window_load(ner_window *w, const model_file *f, uint32_t nclass, char *err, size_t err_size)
{
    memset(w, 0, sizeof *w);
    size_t ks = 0, vs = 0, ns = 0;
    const uint32_t *keys = model_file_section(f, NW_KEYS_SECTION, &ks);
    const uint8_t *vecs = model_file_section(f, NW_VECS_SECTION, &vs);
    const unsigned char *net = model_file_section(f, NW_NET_SECTION, &ns);
    if (!keys && !vecs && !net) return 0; /* no scorer: the recogniser's old templates */
    if (!net && model_file_section(f, NL_NET_SECTION, NULL)) return 0; /* the sequence scorer's vectors (ner_lstm.h) */
    const char *why = NULL;
    nw_header h = {0};
    size_t count = keys ? ks / sizeof *keys : 0;
    if (!keys || !vecs || !net) why = "some of its sections missing";
    else if (ks % sizeof *keys || !count) why = "keys no whole number";
    else if (ns < sizeof h) why = "net too short";
    if (!why) {
        memcpy(&h, net, sizeof h);
        if (h.version != NW_VERSION) why = "unknown version";
        else if (!h.dim || h.dim % 2 || h.dim > NW_MAX_DIM || !h.hidden || h.hidden > NW_MAX_HIDDEN || h.hidden % 8)
            why = "sizes out of range";
        else if (h.nclass != nclass || h.nclass > NW_MAX_CLASSES) why = "class count differs from the recogniser's";
        else if (h.window != NW_WINDOW) why = "another window";
        else if (!isfinite(h.scale) || h.scale <= 0) why = "bad scale";
        else if (vs != count * (h.dim / 2)) why = "vectors do not match the keys";
    }
    size_t in = (size_t)NW_POSITIONS * (h.dim + NW_EXTRA);
    size_t floats = in * h.hidden + h.hidden + (size_t)h.nclass * h.hidden + h.nclass;
    if (!why && ns != sizeof h + floats * sizeof(float)) why = "net size does not match its header";
    const float *wts = why ? NULL : (const float *)(net + sizeof h);
    if (!why) why = nw_check_tables(keys, count, wts, floats);
    if (why) {
        if (err && err_size) snprintf(err, err_size, "corrupt model (window scorer: %s)", why);
        return -1;
    }
    w->keys = keys;
    w->count = count;
    w->vecs = vecs;
    w->dim = h.dim;
    w->hidden = h.hidden;
    w->nclass = h.nclass;
    w->in = (uint32_t)in;
    w->scale = h.scale;
    w->w1t = wts;
    w->b1 = w->w1t + in * h.hidden;
    w->w2 = w->b1 + h.hidden;
    w->b2 = w->w2 + (size_t)h.nclass * h.hidden;
    return 0;
}

const char *nw_check_tables(const uint32_t *keys, size_t count, const float *weights, size_t floats)
{
    for (size_t i = 1; i < count; i++)
        if (keys[i - 1] >= keys[i]) return "keys out of order";
    for (size_t i = 0; i < floats; i++)
        if (!isfinite(weights[i])) return "a weight is not finite";
    return NULL;
}

long nw_lookup(const ner_window *w, uint64_t lower)
{
    uint32_t k = nw_key(lower);
    size_t lo = 0, hi = w->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (w->keys[mid] < k) lo = mid + 1;
        else hi = mid;
    }
    return lo < w->count && w->keys[lo] == k ? (long)lo : -1;
}

static bool capitalised(const wordfeat *f) { return f->flags & (WF_UPPER_INITIAL | WF_ALL_UPPER); }

bool nw_gated(const wordfeat *wf, size_t n, size_t i)
{
    /* Scoring the words beside capitals too (a third of the words of EWT
     * test instead of a sixth) gained nothing: UNER dev 0.7551 against
     * 0.7554 (docs/MODELS.md, Window scorer). */
    (void)n;
    return capitalised(&wf[i]);
}

/* Five shapes: lowercase, Capitalised, ALL CAPITALS, with digits, other. */
int nw_shape(const wordfeat *f)
{
    if (f->flags & WF_HAS_DIGIT) return 3;
    if (f->flags & WF_PUNCT) return 4;
    if (f->flags & WF_ALL_UPPER) return 2;
    if (f->flags & WF_UPPER_INITIAL) return 1;
    if (f->flags & WF_HAS_LOWER) return 0;
    return 4;
}

size_t nw_input(const ner_window *w, const wordfeat *wf, size_t n, size_t i, const long *win, uint16_t *ki,
                float *kv)
{
    size_t per = w->dim + NW_EXTRA, nz = 0;
    for (int p = 0; p < NW_POSITIONS; p++) {
        uint16_t base = (uint16_t)(p * per);
        long j = (long)i + p - NW_WINDOW;
        if (j < 0 || j >= (long)n) { /* outside the sentence */
            ki[nz] = (uint16_t)(base + w->dim + 1);
            kv[nz++] = 1;
            continue;
        }
        if (win[p] >= 0) {
            const uint8_t *v = w->vecs + (size_t)win[p] * (w->dim / 2);
            for (uint32_t d = 0; d < w->dim; d += 2) {
                int lo = (v[d / 2] & 15) - 8, hi = (v[d / 2] >> 4) - 8;
                if (lo) { ki[nz] = (uint16_t)(base + d); kv[nz++] = (float)lo * w->scale; }
                if (hi) { ki[nz] = (uint16_t)(base + d + 1); kv[nz++] = (float)hi * w->scale; }
            }
        } else {
            ki[nz] = (uint16_t)(base + w->dim);
            kv[nz++] = 1;
        }
        ki[nz] = (uint16_t)(base + w->dim + 2 + nw_shape(&wf[j]));
        kv[nz++] = 1;
        if (j == 0) { ki[nz] = (uint16_t)(base + w->dim + 7); kv[nz++] = 1; }
    }
    return nz;
}

/* Four lanes: an SSE register in the baseline build (eight would need
 * AVX to be passed around without changing the ABI). */
typedef float v4f __attribute__((vector_size(16)));
static inline v4f ld4(const float *p)
{
    v4f v;
    memcpy(&v, p, sizeof v);
    return v;
}
static inline void st4(float *p, v4f v) { memcpy(p, &v, sizeof v); }

void nw_forward(const ner_window *w, const uint16_t *ki, const float *kv, size_t nz, float *h, float *p)
{
    uint32_t H = w->hidden; /* a multiple of 8 (checked at load) */
    /* h = b1 + sum x[k] * w1t[k], 16 hidden units at a time in four
     * accumulators (independent chains), then 4 at a time. */
    uint32_t j = 0;
    for (; j + 16 <= H; j += 16) {
        v4f a0 = ld4(w->b1 + j), a1 = ld4(w->b1 + j + 4), a2 = ld4(w->b1 + j + 8), a3 = ld4(w->b1 + j + 12);
        for (size_t q = 0; q < nz; q++) {
            const float *row = w->w1t + (size_t)ki[q] * H + j;
            v4f xv = {kv[q], kv[q], kv[q], kv[q]};
            a0 += xv * ld4(row);
            a1 += xv * ld4(row + 4);
            a2 += xv * ld4(row + 8);
            a3 += xv * ld4(row + 12);
        }
        st4(h + j, a0);
        st4(h + j + 4, a1);
        st4(h + j + 8, a2);
        st4(h + j + 12, a3);
    }
    for (; j < H; j += 4) {
        v4f a = ld4(w->b1 + j);
        for (size_t q = 0; q < nz; q++) {
            v4f xv = {kv[q], kv[q], kv[q], kv[q]};
            a += xv * ld4(w->w1t + (size_t)ki[q] * H + j);
        }
        st4(h + j, a);
    }
    /* ReLU, and the output layer over the units it left (about half):
     * each class still sums its terms in the order of the units, so the
     * scores are those of the full sum. */
    memcpy(p, w->b2, w->nclass * sizeof *p);
    for (uint32_t j = 0; j < H; j++) {
        if (!(h[j] > 0)) {
            h[j] = 0;
            continue;
        }
        for (uint32_t c = 0; c < w->nclass; c++) p[c] += w->w2[(size_t)c * H + j] * h[j];
    }
    float mx = -INFINITY;
    for (uint32_t c = 0; c < w->nclass; c++)
        if (p[c] > mx) mx = p[c];
    float z = 0;
    for (uint32_t c = 0; c < w->nclass; c++) z += p[c] = expf(p[c] - mx);
    for (uint32_t c = 0; c < w->nclass; c++) p[c] /= z;
}

/* Whether token j lies in the window of a scored token: only then is its
 * vector looked up (most words of a sentence are not). */
static bool in_a_window(const wordfeat *wf, size_t n, size_t j)
{
    size_t a = j >= NW_WINDOW ? j - NW_WINDOW : 0, b = j + NW_WINDOW < n ? j + NW_WINDOW : n - 1;
    for (size_t k = a; k <= b; k++)
        if (nw_gated(wf, n, k)) return true;
    return false;
}

void ner_window_fill(const ner_window *w, wordfeat *wf, size_t n)
{
    for (size_t i = 0; i < n; i++) wf[i].nw = 0;
    if (!w->keys || !n) return;
    /* Each word looked up once, in a ring of the window's words. */
    long ring[NW_POSITIONS];
    uint16_t ki[NW_MAX_IN];
    float kv[NW_MAX_IN], h[NW_MAX_HIDDEN], p[NW_MAX_CLASSES];
    for (size_t i = 0; i < n; i++) {
        long win[NW_POSITIONS];
        for (int q = 0; q < NW_POSITIONS; q++) {
            long j = (long)i + q - NW_WINDOW;
            if (i == 0 || q == NW_POSITIONS - 1)
                ring[q] = j >= 0 && j < (long)n && in_a_window(wf, n, (size_t)j) ? nw_lookup(w, wf[j].lower) : -1;
            win[q] = ring[q];
        }
        for (int q = 0; q + 1 < NW_POSITIONS; q++) ring[q] = ring[q + 1];
        if (!nw_gated(wf, n, i)) continue;
        size_t nz = nw_input(w, wf, n, i, win, ki, kv);
        nw_forward(w, ki, kv, nz, h, p);
        uint32_t best = 0;
        for (uint32_t c = 1; c < w->nclass; c++)
            if (p[c] > p[best]) best = c;
        int bucket = p[best] < 0.5f ? 0 : p[best] < 0.7f ? 1 : p[best] < 0.9f ? 2 : 3;
        wf[i].nw = (uint8_t)(1 + best * NW_BUCKETS + (uint32_t)bucket);
    }
}
