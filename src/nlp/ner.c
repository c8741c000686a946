/* ner.c — named-entity features and Viterbi decoding over BIO classes
 * (first order: the features read the previous label), which never opens
 * an I- tag without its B- (the transitions are checked, not repaired). */
#include "nlp/annotators.h"
#include "nlp/ner_window.h"

#include "base/fail.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

static inline uint64_t at_lower(const wordfeat *wf, size_t n, long i) { return i < 0 ? WF_BOS : (size_t)i >= n ? WF_EOS : wf[i].lower; }
static inline uint64_t at_form(const wordfeat *wf, size_t n, long i) { return i < 0 ? WF_BOS : (size_t)i >= n ? WF_EOS : wf[i].form; }
static inline uint64_t at_shape(const wordfeat *wf, size_t n, long i) { return i < 0 ? WF_BOS : (size_t)i >= n ? WF_EOS : wf[i].shape; }
static inline uint64_t at_tag(const int *tags, size_t n, long i) { return i < 0 ? WF_BOS : (size_t)i >= n ? WF_EOS : tag_hash(tags[i]); }

static inline uint64_t filter_bit(uint64_t h) { return (h >> 2) % (GAZ_FILTER_WORDS * 64); }

void ner_gaz_init(ner_gazetteer *g, const uint64_t *keys, size_t count)
{
    memset(g, 0, sizeof *g);
    g->keys = keys;
    g->count = count;
    for (size_t i = 0; i < count; i++) {
        uint64_t b = filter_bit(keys[i]);
        g->filter[b / 64] |= 1ULL << (b % 64);
    }
}

int ner_gaz_load(ner_gazetteer *g, const model_file *f, char *err, size_t err_size)
{
    size_t size = 0;
    const uint64_t *keys = model_file_section(f, "ner.gaz", &size);
    size_t count = keys ? size / sizeof *keys : 0;
    const char *why = NULL;
    if (keys && size % sizeof *keys) why = "size is no whole number of keys";
    for (size_t i = 1; !why && i < count; i++)
        if (keys[i - 1] >= keys[i]) why = "keys out of order";
    if (why) {
        if (err && err_size) snprintf(err, err_size, "corrupt model (ner.gaz: %s)", why);
        ner_gaz_init(g, NULL, 0);
        return -1;
    }
    ner_gaz_init(g, keys, count);
    return 0;
}

/* The types listed for the token sequence of hash h, as bits 1 << type
 * (bit 0: a longer name goes on).  Keys of one hash sit side by side. */
static unsigned gaz_types(const ner_gazetteer *g, uint64_t h)
{
    uint64_t b = filter_bit(h);
    if (!(g->filter[b / 64] >> (b % 64) & 1)) return 0;
    uint64_t base = gaz_key(h, 0);
    size_t lo = 0, hi = g->count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (g->keys[mid] < base) lo = mid + 1;
        else hi = mid;
    }
    unsigned types = 0;
    for (; lo < g->count && (g->keys[lo] & ~(uint64_t)3) == base; lo++) types |= 1u << (g->keys[lo] & 3);
    return types;
}

void ner_gaz_mark(const ner_gazetteer *g, const wordfeat *wf, size_t n, uint8_t *marks)
{
    memset(marks, 0, n * sizeof *marks);
    if (!g || !g->count) return;
    for (size_t i = 0; i < n; i++) {
        /* Lowercase forms: web text writes "kerala" and "GOOGLE" too; the
         * recogniser weighs a mark with the word's shape. */
        uint64_t h = gaz_start();
        for (size_t len = 1; len <= GAZ_MAX_TOKENS && i + len <= n; len++) {
            h = gaz_extend(h, wf[i + len - 1].lower);
            unsigned types = gaz_types(g, h);
            for (int t = GAZ_PER; t <= GAZ_LOC; t++) {
                if (!(types >> t & 1)) continue;
                marks[i] |= (uint8_t)(1u << (2 * (t - 1)));
                for (size_t j = i + 1; j < i + len; j++) marks[j] |= (uint8_t)(2u << (2 * (t - 1)));
            }
            if (!(types & 1)) break; /* no longer name goes on */
        }
    }
    /* The wide lists: the type of the longest name covering each token. */
    for (size_t i = 0; i < n; i++) {
        uint64_t h = gaz_start_wide();
        size_t got = 0;
        int type = 0;
        for (size_t len = 1; len <= GAZ_MAX_TOKENS && i + len <= n; len++) {
            h = gaz_extend(h, wf[i + len - 1].lower);
            unsigned types = gaz_types(g, h);
            for (int t = GAZ_PER; t <= GAZ_LOC; t++)
                if (types >> t & 1) { got = len; type = t; }
            if (!(types & 1)) break;
        }
        /* A name that starts earlier and reaches as far wins: keep the
         * first (longest from the left) type already set. */
        for (size_t j = i; j < i + got; j++)
            if (!(marks[j] >> 6)) marks[j] |= (uint8_t)(type << 6);
    }
}

enum { MEMORY_SLOT_BYTES = sizeof(uint64_t) + 2 * sizeof(uint32_t) + 5 };

size_t ner_memory_bytes(size_t tokens)
{
    size_t slots = 16;
    while (slots < 2 * tokens + 2 && slots < ((size_t)1 << 40)) slots *= 2;
    return slots * MEMORY_SLOT_BYTES;
}

void ner_memory_init(ner_memory *m, size_t tokens, void *mem)
{
    size_t slots = ner_memory_bytes(tokens) / MEMORY_SLOT_BYTES;
    m->key = mem;
    m->last_sid = (uint32_t *)(m->key + slots);
    m->ent_sid = m->last_sid + slots;
    m->seen = (uint8_t *)(m->ent_sid + slots);
    m->last = m->seen + slots;
    m->ent = m->last + slots;
    m->last2 = m->ent + slots;
    m->ent2 = m->last2 + slots;
    m->mask = slots - 1;
    m->sid = 0;
    memset(mem, 0, slots * MEMORY_SLOT_BYTES);
}

/* The slot of word hash h: its own, or the empty one where it would go. */
static size_t memory_slot(const ner_memory *m, uint64_t h)
{
    uint64_t k = h | 1;
    size_t i = (size_t)(k ^ k >> 29) & m->mask;
    while (m->key[i] && m->key[i] != k) i = (i + 1) & m->mask;
    return i;
}

/* What the memory says of the word in slot s to the sentence decoded now
 * (mem->sid): its latest class (cls, sid_of, other: last or ent), or the
 * latest from another sentence when that latest is this sentence's own
 * label of a pass before; 0 for a word never labelled. */
static uint8_t recalled(const ner_memory *m, size_t s, const uint8_t *cls, const uint32_t *sid_of, const uint8_t *other)
{
    if (!m->key[s]) return 0;
    return sid_of[s] != m->sid + 1 ? cls[s] : other[s];
}
static uint8_t recalled_last(const ner_memory *m, size_t s) { return recalled(m, s, m->last, m->last_sid, m->last2); }
static uint8_t recalled_ent(const ner_memory *m, size_t s) { return recalled(m, s, m->ent, m->ent_sid, m->ent2); }

void ner_memory_note_word(ner_memory *m, uint64_t lower, bool upper_initial)
{
    size_t s = memory_slot(m, lower);
    m->key[s] = lower | 1;
    m->seen[s] |= upper_initial ? NER_SEEN_UPPER : NER_SEEN_LOWER;
}

void ner_memory_note(ner_memory *m, const wordfeat *wf, size_t n)
{
    for (size_t i = 1; i < n; i++) ner_memory_note_word(m, wf[i].lower, wf[i].flags & WF_UPPER_INITIAL);
}

void ner_memory_clear_labels(ner_memory *m)
{
    size_t slots = m->mask + 1;
    memset(m->last_sid, 0, 2 * slots * sizeof *m->last_sid);
    memset(m->last, 0, 4 * slots); /* last, ent, last2, ent2 */
}

/* Record class c (+ 1) of sentence sid (+ 1), keeping the latest of
 * another sentence in *other. */
static void remember(uint8_t *cls, uint32_t *sid_of, uint8_t *other, uint32_t sid, uint8_t c)
{
    if (*sid_of != sid) {
        *other = *cls;
        *sid_of = sid;
    }
    *cls = c;
}

void ner_memory_label(ner_memory *m, const wordfeat *wf, const int *labels, size_t n)
{
    uint32_t sid = m->sid + 1;
    for (size_t i = 0; i < n; i++) {
        size_t s = memory_slot(m, wf[i].lower);
        m->key[s] = wf[i].lower | 1;
        remember(&m->last[s], &m->last_sid[s], &m->last2[s], sid, (uint8_t)(labels[i] + 1));
        if (labels[i] > 0) remember(&m->ent[s], &m->ent_sid[s], &m->ent2[s], sid, (uint8_t)(labels[i] + 1));
    }
    m->sid++;
}

/* The features of token i that do not depend on this sentence's labels. */
size_t ner_features_static(const wordfeat *wf, const int *tags, const uint8_t *gaz, const ner_memory *mem, size_t n,
                           size_t i, uint64_t *out)
{
    const wordfeat *w = &wf[i];
    long li = (long)i;
    uint64_t t0 = at_tag(tags, n, li);
    size_t k = 0;
    out[k++] = fh1(100, 0);
    out[k++] = fh1(101, w->form);
    out[k++] = fh1(102, w->lower);
    out[k++] = fh1(103, w->shape);
    out[k++] = fh1(104, w->suf[1]);
    out[k++] = fh1(105, w->suf[2]);
    out[k++] = fh1(106, w->suf[3]);
    out[k++] = fh1(107, w->pre[1]);
    out[k++] = fh1(108, w->pre[2]);
    out[k++] = fh1(109, at_lower(wf, n, li - 1));
    out[k++] = fh1(110, at_lower(wf, n, li + 1));
    out[k++] = fh1(111, at_lower(wf, n, li - 2));
    out[k++] = fh1(112, at_lower(wf, n, li + 2));
    out[k++] = fh1(113, at_form(wf, n, li - 1));
    out[k++] = fh1(114, at_form(wf, n, li + 1));
    out[k++] = fh1(115, at_shape(wf, n, li - 1));
    out[k++] = fh1(116, at_shape(wf, n, li + 1));
    out[k++] = fh3(117, at_shape(wf, n, li - 1), w->shape, at_shape(wf, n, li + 1));
    out[k++] = fh1(118, t0);
    out[k++] = fh1(119, at_tag(tags, n, li - 1));
    out[k++] = fh1(120, at_tag(tags, n, li + 1));
    out[k++] = fh3(121, at_tag(tags, n, li - 1), t0, at_tag(tags, n, li + 1));
    out[k++] = fh2(127, w->flags, i == 0);
    out[k++] = fh2(128, at_lower(wf, n, li - 1), w->lower);
    out[k++] = fh2(129, w->lower, at_lower(wf, n, li + 1));
    out[k++] = fh2(130, t0, w->shape);
    out[k++] = fh2(132, t0, w->suf[2]);
    out[k++] = fh2(133, at_lower(wf, n, li - 1), at_lower(wf, n, li - 2));
    out[k++] = fh2(134, at_lower(wf, n, li + 1), at_lower(wf, n, li + 2));
    uint64_t cprev = i >= 1 ? wf[i - 1].caps : WF_BOS, cnext = i + 1 < n ? wf[i + 1].caps : WF_EOS;
    out[k++] = fh2(135, w->caps, w->flags & WF_UPPER_INITIAL);
    out[k++] = fh3(136, w->caps, i == 0, t0);
    out[k++] = fh2(137, cprev, cnext);
    out[k++] = fh1(139, w->amb);
    uint64_t g0 = gaz[i] & 63, gp = i >= 1 ? gaz[i - 1] & 63 : 255, gn = i + 1 < n ? gaz[i + 1] & 63 : 255;
    uint64_t w0 = gaz[i] >> 6, wp = i >= 1 ? gaz[i - 1] >> 6 : 5, wn = i + 1 < n ? gaz[i + 1] >> 6 : 5;
    out[k++] = fh1(140, g0);
    out[k++] = fh3(142, gp, g0, gn);
    out[k++] = fh2(143, g0, w->flags & WF_UPPER_INITIAL);
    out[k++] = fh1(145, at_lower(wf, n, li - 3));
    out[k++] = fh1(146, at_lower(wf, n, li + 3));
    out[k++] = fh2(147, at_shape(wf, n, li - 2), at_shape(wf, n, li + 2));
    out[k++] = fh1(148, w->suf[3]);
    out[k++] = fh2(150, at_form(wf, n, li - 1), w->form);
    out[k++] = fh2(151, w->lower, t0);
    out[k++] = fh2(152, w0, w->flags & WF_UPPER_INITIAL);
    out[k++] = fh3(153, wp, w0, wn);
    /* WordNet's classes (filled from tagger.bin): a word WordNet knows
     * only capitalised is a name; one it knows as a common noun or verb
     * rarely is, whatever its capitals. */
    uint32_t wnp = i >= 1 ? wf[i - 1].wn : 1u << 20, wnn = i + 1 < n ? wf[i + 1].wn : 1u << 21;
    out[k++] = fh2(155, w->wn, w->flags & (WF_UPPER_INITIAL | WF_ALL_UPPER));
    out[k++] = fh3(156, wnp & WN_CAPS_ONLY, w->wn & (WN_CAPS_ONLY | WN_NOUN), wnn & WN_CAPS_ONLY);
    /* Document memory (none: 7 and 0, as for a word seen nowhere else). */
    uint64_t seen = 7, last = 0, ent = 0;
    if (mem) {
        size_t s = memory_slot(mem, w->lower);
        seen = mem->key[s] ? mem->seen[s] : 0;
        last = recalled_last(mem, s); /* never this sentence's labels of a pass before */
        ent = recalled_ent(mem, s);
    }
    /* The class of the word's latest use, alone and with how the document
     * writes it (dev F1 +1.3 over three seeds; the writing alone, as a
     * feature of its own, gained nothing and is left out). */
    out[k++] = fh2(158, last, w->flags & WF_UPPER_INITIAL);
    out[k++] = fh3(159, last, seen, w->caps);
    out[k++] = fh2(160, ent, w->flags & WF_UPPER_INITIAL);
    /* Word clusters (nlp/clusters.h): a name the training data never
     * showed sits among names of its kind in a large corpus. */
    uint32_t kp = i >= 1 ? wf[i - 1].cl : 1u << 16, kn = i + 1 < n ? wf[i + 1].cl : 1u << 17;
    out[k++] = fh2(161, w->cl, w->flags & WF_UPPER_INITIAL);
    out[k++] = fh2(162, cl_mid(w->cl), w->flags & WF_UPPER_INITIAL);
    out[k++] = fh1(163, cl_mid(kp));
    out[k++] = fh1(164, cl_mid(kn));
    out[k++] = fh3(165, cl_top(kp), cl_mid(w->cl), cl_top(kn));
    out[k++] = fh2(166, cl_mid(w->cl), t0);
    out[k++] = fh1(168, cl_mid(i >= 2 ? wf[i - 2].cl : 1u << 18));
    out[k++] = fh1(169, cl_mid(i + 2 < n ? wf[i + 2].cl : 1u << 19));
    /* Template set 5: the tagger's close runner-up (tagger_run_alt), a
     * capitalised word it nearly tagged otherwise (PROPN against NOUN, ADJ). */
    uint64_t x0 = w->alt ? tag_hash(w->alt - 1) : WF_UNSEEN;
    out[k++] = fh2(175, t0, x0);
    out[k++] = fh3(176, x0, w->flags & WF_UPPER_INITIAL, i == 0);
    /* Template set 6: the window scorer's best class and confidence
     * (nlp/ner_window.h), for the tokens it scores; a file without the
     * scorer never fills wf.nw, so its features are set 5's. */
    if (w->nw) {
        uint64_t b0 = (uint64_t)nw_best(w->nw) + 1;
        uint64_t bp = i >= 1 ? (uint64_t)(nw_best(wf[i - 1].nw) + 1) : 99;
        uint64_t bn = i + 1 < n ? (uint64_t)(nw_best(wf[i + 1].nw) + 1) : 99;
        out[k++] = fh1(177, w->nw);
        out[k++] = fh2(178, w->nw, w->flags & (WF_UPPER_INITIAL | WF_ALL_UPPER));
        out[k++] = fh3(179, bp, b0, bn);
        out[k++] = fh2(180, b0, t0);
    }
    /* Template set 7: the sequence scorer's (nlp/ner_lstm.h), the same
     * templates over its own answer, for the tokens it scores. */
    if (w->nl) {
        uint64_t b0 = (uint64_t)nw_best(w->nl) + 1;
        uint64_t bp = i >= 1 ? (uint64_t)(nw_best(wf[i - 1].nl) + 1) : 99;
        uint64_t bn = i + 1 < n ? (uint64_t)(nw_best(wf[i + 1].nl) + 1) : 99;
        out[k++] = fh1(182, w->nl);
        out[k++] = fh2(183, w->nl, w->flags & (WF_UPPER_INITIAL | WF_ALL_UPPER));
        out[k++] = fh3(184, bp, b0, bn);
        out[k++] = fh2(185, b0, t0);
    }
    return k;
}

uint8_t ner_memory_entity_class(const ner_memory *mem, const wordfeat *w)
{
    return mem ? recalled_ent(mem, memory_slot(mem, w->lower)) : 0;
}

/* The features of token i that read the label of token i - 1 (prev, -1
 * at the sentence start): the first-order part the decoder searches. */
size_t ner_features_prev(const wordfeat *wf, const int *tags, const uint8_t *gaz, uint8_t ent, size_t n, size_t i, int prev,
                         uint64_t *out)
{
    const wordfeat *w = &wf[i];
    long li = (long)i;
    uint64_t p1 = prev >= 0 ? (uint64_t)prev + 11 : 5;
    uint64_t t0 = at_tag(tags, n, li);
    uint64_t g0 = gaz[i] & 63, w0 = gaz[i] >> 6;
    size_t k = 0;
    out[k++] = fh1(122, p1);
    out[k++] = fh2(124, p1, w->lower);
    out[k++] = fh2(125, p1, w->shape);
    out[k++] = fh2(126, p1, t0);
    out[k++] = fh2(131, p1, at_lower(wf, n, li - 1));
    out[k++] = fh3(138, p1, w->caps, w->flags & WF_UPPER_INITIAL);
    out[k++] = fh2(141, g0, p1);
    out[k++] = fh2(144, p1, w->form);
    out[k++] = fh3(154, w0, p1, w->caps);
    out[k++] = fh2(167, p1, cl_mid(w->cl));
    out[k++] = fh3(174, p1, ent, w->flags & WF_UPPER_INITIAL);
    if (w->nw) out[k++] = fh2(181, p1, (uint64_t)nw_best(w->nw) + 1); /* set 6 */
    if (w->nl) out[k++] = fh2(186, p1, (uint64_t)nw_best(w->nl) + 1); /* set 7 */
    return k;
}

bool ner_templates_match(const model_file *f, const char *file, char *why, size_t why_size)
{
    for (uint32_t set = NER_TEMPLATE_SET_OLDEST; set < NER_TEMPLATE_SET; set++)
        if (model_templates_match(f, file, NER_TEMPLATE_SECTION, set, why, why_size)) return true;
    return model_templates_match(f, file, NER_TEMPLATE_SECTION, NER_TEMPLATE_SET, why, why_size);
}

bool ner_allowed(const pc_model *m, int prev, int next)
{
    const char *nx = m->classes[next];
    if (nx[0] != 'I') return true;
    if (prev < 0) return false;
    const char *pv = m->classes[prev];
    if (pv[0] != 'B' && pv[0] != 'I') return false;
    return strcmp(pv + 1, nx + 1) == 0; /* same type after "B"/"I" */
}

size_t ner_viterbi_bytes(uint32_t nclass, size_t n) { return (size_t)nclass * (n + 1) + 4 * (size_t)nclass * sizeof(double) + 16; }

void ner_viterbi(const pc_model *names, ner_score_fn score, const void *model, const ner_memory *mem,
                 const wordfeat *wf, const int *tags, const uint8_t *marks, size_t n, int *labels, void *work)
{
    uint32_t nc = names->nclass;
    if (n == 0 || nc == 0) return;
    double *delta = (double *)(((uintptr_t)work + 7) & ~(uintptr_t)7), *next = delta + nc, *st = next + nc,
           *dy = st + nc;
    uint8_t *back = (uint8_t *)(dy + nc); /* back[i * nc + c]: the best class before c at i */
    uint64_t f[NER_MAX_FEATS];
    /* ok[(p + 1) * nc + c]: whether c may follow p (-1: the start). */
    bool ok[(NER_MAX_CLASSES + 1) * NER_MAX_CLASSES];
    if (nc > NER_MAX_CLASSES) { memset(labels, 0, n * sizeof *labels); return; }
    for (int p = -1; p < (int)nc; p++)
        for (uint32_t c = 0; c < nc; c++) ok[(size_t)(p + 1) * nc + c] = ner_allowed(names, p, (int)c);
    for (size_t i = 0; i < n; i++) {
        score(model, f, ner_features_static(wf, tags, marks, mem, n, i, f), st);
        uint8_t ent = ner_memory_entity_class(mem, &wf[i]); /* the same for every previous class */
        for (uint32_t c = 0; c < nc; c++) next[c] = -HUGE_VAL;
        memset(back + i * nc, 0, nc); /* a class nothing reaches points at 0 */
        int first = i ? 0 : -1, last = i ? (int)nc - 1 : -1;
        for (int p = first; p <= last; p++) {
            if (p >= 0 && delta[p] == -HUGE_VAL) continue;
            score(model, f, ner_features_prev(wf, tags, marks, ent, n, i, p, f), dy);
            double base = p >= 0 ? delta[p] : 0;
            for (uint32_t c = 0; c < nc; c++) {
                if (!ok[(size_t)(p + 1) * nc + c]) continue;
                double v = base + st[c] + dy[c];
                if (v > next[c]) {
                    next[c] = v;
                    back[i * nc + c] = (uint8_t)(p < 0 ? 0 : p);
                }
            }
        }
        memcpy(delta, next, nc * sizeof *delta);
    }
    uint32_t best = 0;
    for (uint32_t c = 1; c < nc; c++)
        if (delta[c] > delta[best]) best = c;
    for (size_t i = n; i-- > 0;) {
        labels[i] = (int)best;
        best = back[i * nc + best];
    }
}

/* Run time: the averaged model's integer scores, as doubles. */
typedef struct model_ctx { const pc_model *m; int32_t *scores; } model_ctx;
static void model_score(const void *ctx, const uint64_t *f, size_t k, double *out)
{
    const model_ctx *x = ctx;
    pc_score(x->m, f, k, x->scores);
    for (uint32_t c = 0; c < x->m->nclass; c++) out[c] = x->scores[c];
}

static int class_named(const pc_model *m, const char *name)
{
    for (uint32_t c = 0; c < m->nclass; c++)
        if (!strcmp(m->classes[c], name)) return (int)c;
    return -1;
}

/* Words that make one name with the place after them ("South Vietnam",
 * "East Jerusalem", "Gulf of Mexico", "New Mexico"). */
/* Whether a word's lowercase hash is that of one of words[0..n).  Hashed
 * at each call: the callers' candidates are rare (a few per hundred
 * sentences), and no table is shared between threads. */
static bool lower_is_one_of(uint64_t lower, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (wordfeat_lower_hash(words[i], strlen(words[i])) == lower) return true;
    return false;
}

static bool joins_a_place(uint64_t lower)
{
    static const char *const words[] = {"north", "south", "east", "west", "northern", "southern", "eastern",
                                        "western", "central", "upper", "lower", "greater", "new", "old", "of",
                                        "de", "del", "la", "le", "st", "st.", "saint", "san", "santa", "fort",
                                        "port", "mount", "mt", "mt.", "lake", "cape", "isle", "the"};
    return lower_is_one_of(lower, words, sizeof words / sizeof *words);
}

void ner_split_places(const pc_model *m, const wordfeat *wf, const uint8_t *marks, size_t n, int *labels)
{
    int b_loc = class_named(m, "B-LOC"), i_loc = class_named(m, "I-LOC");
    if (b_loc < 0 || i_loc < 0) return;
    const uint8_t begins = 1u << (2 * (GAZ_LOC - 1)), goes_on = 2u << (2 * (GAZ_LOC - 1));
    for (size_t i = 0; i < n; i++) {
        if (labels[i] != b_loc) continue;
        size_t end = i + 1;
        while (end < n && labels[end] == i_loc) end++;
        /* A listed place that starts inside the span, no listed name of
         * the span's start reaching into it, and runs to the span's end. */
        for (size_t j = i + 1; j < end; j++) {
            if (!(marks[j] & begins) || (marks[j] & goes_on) || joins_a_place(wf[j - 1].lower)) continue;
            size_t k = j + 1;
            while (k < end && (marks[k] & goes_on)) k++;
            if (k == end && (end == n || !(marks[end] & goes_on))) {
                labels[j] = b_loc;
                break;
            }
        }
        i = end - 1;
    }
}

/* Words that make the name they end an organisation's ("Arctic Council",
 * "Russian Foreign Ministry", "Kyiv District Court"), whatever the
 * recogniser made of the place or person names before them. */
static bool heads_an_organisation(uint64_t lower)
{
    static const char *const words[] = {"council", "ministry", "committee", "commission", "agency", "party",
                                        "parliament", "assembly", "congress", "senate", "court", "tribunal",
                                        "department", "bureau", "authority", "institute", "university",
                                        "corporation", "army", "navy", "police", "federation",
                                        "alliance", "coalition", "organization", "organisation", "association",
                                        "foundation"};
    return lower_is_one_of(lower, words, sizeof words / sizeof *words);
}

void ner_organisation_heads(const pc_model *m, const wordfeat *wf, size_t n, int *labels)
{
    int b_org = class_named(m, "B-ORG"), i_org = class_named(m, "I-ORG");
    int b_loc = class_named(m, "B-LOC"), i_loc = class_named(m, "I-LOC");
    int b_per = class_named(m, "B-PER"), i_per = class_named(m, "I-PER");
    if (b_org < 0 || i_org < 0) return;
    for (size_t i = 0; i < n; i++) {
        if (labels[i] != b_loc && labels[i] != b_per) continue;
        int in = labels[i] == b_loc ? i_loc : i_per;
        size_t end = i + 1;
        while (end < n && labels[end] == in) end++;
        const wordfeat *last = &wf[end - 1];
        if (end - i >= 2 && (last->flags & WF_UPPER_INITIAL) && heads_an_organisation(last->lower)) {
            labels[i] = b_org;
            for (size_t k = i + 1; k < end; k++) labels[k] = i_org;
        }
        i = end - 1;
    }
}

void ner_run(const pc_model *m, const ner_gazetteer *g, ner_memory *mem, const wordfeat *wf, const int *tags, size_t n,
             int *labels, uint8_t *marks, int32_t *scores)
{
    ner_gaz_mark(g, wf, n, marks);
    if (m->nclass > NER_MAX_CLASSES) { /* refused at load; never decoded */
        memset(labels, 0, n * sizeof *labels);
        return;
    }
    void *work = xmalloc(ner_viterbi_bytes(m->nclass, n));
    model_ctx ctx = {m, scores};
    ner_viterbi(m, model_score, &ctx, mem, wf, tags, marks, n, labels, work);
    free(work);
    ner_split_places(m, wf, marks, n, labels);
    ner_organisation_heads(m, wf, n, labels);
    if (mem) ner_memory_label(mem, wf, labels, n);
}

/* What the document memory says of each word of a sentence, as the
 * features read it (the latest class, the latest inside an entity), into
 * view[0..2n); with `compare`, whether that differs from what view held
 * (in a first pass view holds nothing yet and is not read). */
static bool memory_view(const ner_memory *mem, const wordfeat *wf, size_t n, uint8_t *view, bool compare)
{
    bool changed = false;
    for (size_t i = 0; i < n; i++) {
        size_t s = memory_slot(mem, wf[i].lower);
        uint8_t last = recalled_last(mem, s), ent = recalled_ent(mem, s);
        if (compare && (view[2 * i] != last || view[2 * i + 1] != ent)) changed = true;
        view[2 * i] = last;
        view[2 * i + 1] = ent;
    }
    return changed;
}

void ner_run_pass(const pc_model *m, const ner_gazetteer *g, ner_memory *mem, const wordfeat *wf, const int *tags,
                  size_t n, int *labels, uint8_t *marks, uint8_t *view, int32_t *scores, bool again)
{
    bool changed = mem ? memory_view(mem, wf, n, view, again) : false;
    if (again && !changed) { /* the same features: the same labels */
        if (mem) ner_memory_label(mem, wf, labels, n);
        return;
    }
    ner_run(m, g, mem, wf, tags, n, labels, marks, scores);
}
