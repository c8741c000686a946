/* boundary_train.c — training the learned sentence-boundary pass: rebuild
 * a treebank's raw paragraphs from its "# text" lines (as eval_conll18
 * --raw does), split them with the rules, tag the rule sentences with the
 * tagger, and label each gap inside a rule sentence by the treebank's own
 * sentence boundaries; then an averaged perceptron learns "on" / "cut". */
#include "nlp/boundary_train.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/fail.h"
#include "base/vec.h"
#include "core/document.h"
#include "nlp/segment.h"
#include "nlp/train.h"

void boundary_set_add(boundary_set *s, const wordfeat *wf, const int *tags, size_t n, const uint8_t *gold_cut)
{
    uint64_t ctx = boundary_context(wf, n);
    boundary_sentence rec = {(uint32_t)s->gaps.count, 0, 1, 1};
    for (size_t i = 0; i + 1 < n; i++) {
        if (!boundary_candidate(wf, i)) {
            if (gold_cut[i]) VEC_PUSH(&s->gaps, -1); /* a boundary the pass cannot make */
            continue;
        }
        VEC_PUSH(&s->gaps, (int32_t)s->count);
        if (s->nfeats + BOUNDARY_MAX_FEATS > s->feats_cap) {
            s->feats_cap = s->feats_cap ? s->feats_cap * 2 : 1 << 16;
            s->feats = xrealloc(s->feats, s->feats_cap * sizeof *s->feats);
        }
        if (s->count == s->cap) {
            s->cap = s->cap ? s->cap * 2 : 1 << 12;
            s->ex = xrealloc(s->ex, s->cap * sizeof *s->ex);
        }
        size_t k = boundary_features(wf, tags, n, i, ctx, BOUNDARY_TEMPLATE_SET, s->feats + s->nfeats);
        s->ex[s->count++] = (boundary_example){(uint32_t)s->nfeats, (uint32_t)k, gold_cut[i] ? 1 : 0};
        s->nfeats += k;
    }
    rec.ngaps = (uint32_t)(s->gaps.count - rec.first_gap);
    VEC_PUSH(&s->sentences, rec);
}

void boundary_set_ends(boundary_set *s, bool start_gold, bool end_gold)
{
    if (!s->sentences.count) return;
    s->sentences.items[s->sentences.count - 1].start_gold = start_gold;
    s->sentences.items[s->sentences.count - 1].end_gold = end_gold;
}

void boundary_set_free(boundary_set *s)
{
    free(s->feats);
    free(s->ex);
    VEC_FREE(&s->sentences);
    VEC_FREE(&s->gaps);
    memset(s, 0, sizeof *s);
}

/* ---- from a treebank ---- */

/* Whether a treebank boundary (sorted offsets) lies in [a, b]. */
static bool gold_between(const uint32_t *mapped, size_t nm, uint32_t a, uint32_t b)
{
    size_t lo = 0, hi = nm;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (mapped[mid] < a) lo = mid + 1;
        else hi = mid;
    }
    return lo < nm && mapped[lo] <= b;
}

/* One document: rules, tags, labelled gaps. */
static void add_document(boundary_set *out, const buf *text, const dyad_span *paras, size_t npara, const uint32_t *ends,
                         size_t nends, const pc_model *tagger, const lexicon *lex, const word_table *wn,
                         boundary_stats *st)
{
    dyad_input in = dyad_input_from_memory(text->data, text->len, DYAD_FORMAT_TEXT);
    doc *d = doc_new(&in);
    /* Gold boundaries are offsets in `text`; the document's clean text
     * puts its own separators between paragraphs, so map each. */
    uint32_t *mapped = xmalloc((nends ? nends : 1) * sizeof *mapped);
    size_t nm = 0, e = 0;
    for (size_t p = 0; p < npara; p++) {
        size_t len = paras[p].end - paras[p].start;
        long pi = doc_add_paragraph(d, DYAD_PARAGRAPH_BODY, text->data + paras[p].start, len);
        bool same = pi >= 0 && d->paragraphs.items[pi].span.end - d->paragraphs.items[pi].span.start == len;
        for (; e < nends && ends[e] <= paras[p].end; e++)
            if (same && ends[e] >= paras[p].start && ends[e] < paras[p].end)
                mapped[nm++] = d->paragraphs.items[pi].span.start + (ends[e] - paras[p].start);
    }
    nlp_segment(d);
    size_t cap = 0;
    wordfeat *wf = NULL;
    int *tags = NULL;
    uint8_t *cut = NULL;
    int32_t *scores = xmalloc(pc_width(tagger->nclass) * sizeof *scores);
    uint8_t *clause_of = tag_clause_table(tagger->classes, tagger->nclass);
    size_t m = 0;
    for (size_t si = 0; si < d->sentences.count; si++) {
        const dyad_sentence *s = &d->sentences.items[si];
        size_t n = s->token_count;
        if (n == 0) continue;
        if (n > cap) {
            cap = n;
            wf = xrealloc(wf, cap * sizeof *wf);
            tags = xrealloc(tags, cap * sizeof *tags);
            cut = xrealloc(cut, cap);
        }
        const dyad_token *tok = d->tokens.items + s->first_token;
        for (size_t i = 0; i < n; i++) {
            size_t len;
            const char *f = doc_token_form(d, &tok[i], &len);
            wordfeat_compute(&wf[i], f, len);
            ambiguity_fill(lex, clause_of, tagger->nclass, &wf[i], f, len);
            wordnet_fill(wn, &wf[i]);
        }
        tagger_run(tagger, clause_of, wf, n, tags, scores);
        /* A gold boundary that falls between two tokens of this sentence. */
        memset(cut, 0, n);
        while (m < nm && mapped[m] < tok[0].span.end) m++;
        for (size_t i = 0; i + 1 < n; i++) {
            while (m < nm && mapped[m] < tok[i].span.end) m++;
            if (m < nm && mapped[m] <= tok[i + 1].span.start) {
                cut[i] = 1;
                st->inner_gold++;
            }
        }
        st->rule_sentences++;
        st->gaps += n - 1;
        boundary_set_add(out, wf, tags, n, cut);
        /* The rule sentence's own ends: a paragraph's edge, or a treebank
         * boundary between it and its neighbour. */
        bool first = si == 0 || d->sentences.items[si - 1].paragraph != s->paragraph;
        bool last = si + 1 == d->sentences.count || d->sentences.items[si + 1].paragraph != s->paragraph;
        uint32_t before = first ? 0 : tok[-1].span.end, after = last ? 0 : tok[n].span.start;
        boundary_set_ends(out, first || gold_between(mapped, nm, before, tok[0].span.start),
                          last || gold_between(mapped, nm, tok[n - 1].span.end, after));
    }
    st->gold_sentences += nends;
    out->gold_sentences += nends;
    free(mapped);
    free(wf);
    free(tags);
    free(cut);
    free(scores);
    free(clause_of);
    doc_free(d);
}

void boundary_set_from_treebank(boundary_set *out, const conllu_sentence *const *ss, size_t n, const pc_model *tagger,
                                const lexicon *lex, const word_table *wn, boundary_stats *st)
{
    buf text = BUF_INIT;
    VEC(dyad_span) paras = {0};
    VEC(uint32_t) ends = {0};
    for (size_t i = 0; i <= n; i++) {
        const conllu_sentence *s = i < n ? ss[i] : NULL;
        if ((!s || s->newdoc) && text.len) {
            add_document(out, &text, paras.items, paras.count, ends.items, ends.count, tagger, lex, wn, st);
            buf_clear(&text);
            paras.count = ends.count = 0;
        }
        if (!s) break;
        const char *t = s->text;
        buf own = BUF_INIT;
        if (!t) {
            for (size_t w = 0; w < s->word_count; w++) {
                buf_puts(&own, s->words[w].form);
                if (w + 1 < s->word_count && s->words[w].space_after) buf_putc(&own, ' ');
            }
            buf_putc(&own, '\0');
            t = own.data;
        }
        size_t tn = strlen(t);
        while (tn && (t[0] == ' ' || t[0] == '\t')) t++, tn--;
        while (tn && (t[tn - 1] == ' ' || t[tn - 1] == '\t')) tn--;
        if (tn) {
            if (s->newpar || s->newdoc || paras.count == 0) {
                if (text.len) buf_puts(&text, "\n");
                dyad_span p = {(uint32_t)text.len, (uint32_t)text.len};
                VEC_PUSH(&paras, p);
            } else {
                buf_putc(&text, ' ');
            }
            buf_append(&text, t, tn);
            paras.items[paras.count - 1].end = (uint32_t)text.len;
            VEC_PUSH(&ends, (uint32_t)text.len);
        }
        buf_free(&own);
    }
    buf_free(&text);
    VEC_FREE(&paras);
    VEC_FREE(&ends);
}

/* ---- the perceptron ---- */

typedef struct prf {
    size_t tp, fp, fn;
} prf;

static double f1_of(prf c) { return c.tp ? 200.0 * c.tp / (2.0 * c.tp + c.fp + c.fn) : 0; }

/* Margins score(cut) - score(on) of every dev gap under model m. */
static void margins(const pc_model *m, const boundary_set *dev, int32_t *out)
{
    int32_t sc[8];
    for (size_t i = 0; i < dev->count; i++) {
        const boundary_example *x = &dev->ex[i];
        pc_score(m, dev->feats + x->first_feat, x->nfeat, sc);
        out[i] = sc[1] - sc[0];
    }
}

static prf count_at(const boundary_set *dev, const int32_t *mg, int64_t thr)
{
    prf c = {0, 0, 0};
    for (size_t i = 0; i < dev->count; i++) {
        bool guess = mg[i] > thr, gold = dev->ex[i].cut;
        c.tp += guess && gold;
        c.fp += guess && !gold;
        c.fn += !guess && gold;
    }
    return c;
}

typedef struct scored {
    int32_t margin;
    uint8_t gold;
} scored;

static int by_margin_desc(const void *a, const void *b)
{
    int32_t x = ((const scored *)a)->margin, y = ((const scored *)b)->margin;
    return (x < y) - (x > y);
}

/* Cutting every gap whose margin exceeds the threshold: walk the margins
 * from the highest down, each distinct value a candidate. */
static double best_threshold(const boundary_set *dev, const int32_t *mg, float scale, FILE *log)
{
    scored *v = xmalloc(dev->count * sizeof *v);
    size_t gold = 0;
    for (size_t i = 0; i < dev->count; i++) {
        v[i] = (scored){mg[i], dev->ex[i].cut};
        gold += dev->ex[i].cut;
    }
    qsort(v, dev->count, sizeof *v, by_margin_desc);
    size_t tp = 0, guessed = 0;
    double bestf = 0, thr = 0;
    prf at0 = count_at(dev, mg, 0);
    bestf = f1_of(at0);
    for (size_t i = 0; i < dev->count; i++) {
        tp += v[i].gold;
        guessed++;
        if (i + 1 < dev->count && v[i + 1].margin == v[i].margin) continue;
        double f = tp ? 200.0 * tp / (double)(guessed + gold) : 0;
        if (f > bestf + 1e-9) {
            bestf = f;
            /* Halfway to the next lower margin: cuts exactly these. */
            double lo = i + 1 < dev->count ? v[i + 1].margin : v[i].margin - 2.0;
            thr = (v[i].margin + lo) / 2.0 / scale;
        }
    }
    if (log) fprintf(log, "boundary: threshold %.3f gives dev cut F1 %.2f (at 0: %.2f)\n", thr, bestf, f1_of(at0));
    free(v);
    return thr;
}

/* F1 of whole sentences on dev when every gap whose margin exceeds thr is
 * cut: a sentence counts when the treebank has a boundary at both its ends
 * and none inside. */
double boundary_sentence_f1(const boundary_set *dev, const int32_t *mg, int64_t thr)
{
    size_t correct = 0, system = 0;
    for (size_t r = 0; r < dev->sentences.count; r++) {
        const boundary_sentence *s = &dev->sentences.items[r];
        bool start_ok = s->start_gold, clean = true;
        for (uint32_t g = s->first_gap; g < s->first_gap + s->ngaps; g++) {
            int32_t e = dev->gaps.items[g];
            bool gold = e < 0 || dev->ex[e].cut, cut = e >= 0 && mg[e] > thr;
            if (cut) {
                system++;
                correct += start_ok && clean && gold;
                start_ok = gold;
                clean = true;
            } else if (gold) {
                clean = false;
            }
        }
        system++;
        correct += start_ok && clean && s->end_gold;
    }
    return system + dev->gold_sentences ? 200.0 * (double)correct / (double)(system + dev->gold_sentences) : 0;
}

/* The threshold (weight units) with the best sentence F1 on dev, among
 * the highest distinct margins (down to three times as many cuts as the
 * treebank has) and 0. */
static double best_sentence_threshold(const boundary_set *dev, const int32_t *mg, float scale, FILE *log)
{
    size_t gold = 0;
    for (size_t i = 0; i < dev->count; i++) gold += dev->ex[i].cut;
    scored *sv = xmalloc(dev->count * sizeof *sv);
    for (size_t i = 0; i < dev->count; i++) sv[i] = (scored){mg[i], 0};
    qsort(sv, dev->count, sizeof *sv, by_margin_desc);
    double at0 = boundary_sentence_f1(dev, mg, 0), bestf = at0, thr = 0;
    size_t limit = 3 * gold + 50;
    for (size_t i = 0; i < dev->count && i < limit; i++) {
        if (i + 1 < dev->count && sv[i + 1].margin == sv[i].margin) continue;
        /* cut exactly the margins down to sv[i]: threshold at the next lower
         * one, an integer, so that rounding at load keeps it */
        int64_t t = i + 1 < dev->count ? sv[i + 1].margin : (int64_t)sv[i].margin - 1;
        double f = boundary_sentence_f1(dev, mg, t);
        if (f > bestf + 1e-9) {
            bestf = f;
            thr = (double)t / scale;
        }
    }
    if (log) fprintf(log, "boundary: threshold %.3f gives dev sentence F1 %.2f (at 0: %.2f)\n", thr, bestf, at0);
    free(sv);
    return thr;
}

void boundary_train(const boundary_set *train, const boundary_set *dev, int epochs, uint64_t seed, unsigned min_updates,
                    const double *fixed_threshold, FILE *log, pc_model *out, double *threshold)
{
    static const char *const names[2] = {BOUNDARY_CLASS_ON, BOUNDARY_CLASS_CUT};
    if (epochs < 1) epochs = 1; /* always a model to write */
    pct *t = pct_new(2);
    size_t *order = xmalloc((train->count ? train->count : 1) * sizeof *order);
    for (size_t i = 0; i < train->count; i++) order[i] = i;
    int32_t *mg = xmalloc((dev->count ? dev->count : 1) * sizeof *mg);
    uint64_t rng = seed * 0x9E3779B97F4A7C15ULL + 0x5bd1e995;
    if (!rng) rng = 1;
    double best = -1;
    bool have = false;
    for (int ep = 1; ep <= epochs; ep++) {
        shuffle_order(order, train->count, &rng);
        size_t errors = 0;
        for (size_t k = 0; k < train->count; k++) {
            const boundary_example *x = &train->ex[order[k]];
            const uint64_t *f = train->feats + x->first_feat;
            float sc[2];
            pct_score(t, f, x->nfeat, sc);
            uint32_t guess = sc[1] > sc[0] ? 1 : 0;
            if (guess != x->cut) {
                pct_update(t, f, x->nfeat, x->cut, guess);
                errors++;
            }
            pct_tick(t);
        }
        pc_model m;
        pct_average(t, names, min_updates, &m);
        double f1 = 0;
        if (dev->count) {
            margins(&m, dev, mg);
            prf c = count_at(dev, mg, 0);
            f1 = f1_of(c);
            if (log)
                fprintf(log, "boundary epoch %d: %zu training errors, dev cuts P/R/F1 %.2f / %.2f / %.2f\n", ep, errors,
                        c.tp + c.fp ? 100.0 * c.tp / (c.tp + c.fp) : 0, c.tp + c.fn ? 100.0 * c.tp / (c.tp + c.fn) : 0,
                        f1);
        } else if (log) fprintf(log, "boundary epoch %d: %zu training errors\n", ep, errors);
        if (!dev->count || f1 > best) {
            if (have) pc_model_free(out);
            *out = m;
            have = true;
            best = f1;
        } else pc_model_free(&m);
    }
    /* The threshold: between two neighbouring dev margins, where F1 is
     * highest (converted to weight units). */
    double thr = 0;
    if (fixed_threshold) thr = *fixed_threshold;
    else if (dev->count && have) {
        margins(out, dev, mg);
        thr = best_threshold(dev, mg, out->scale, log);
        if (dev->sentences.count && dev->gold_sentences) thr = best_sentence_threshold(dev, mg, out->scale, log);
    }
    *threshold = thr;
    free(mg);
    free(order);
    pct_free(t);
}
