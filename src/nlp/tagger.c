/* tagger.c — part-of-speech features and greedy decoding.  The classes
 * are (UPOS, XPOS) pairs, so both tags come from one decision. */
#include "nlp/annotators.h"

#include <stdint.h>

#include <limits.h>
#include <string.h>

#include "base/fail.h"

static inline uint64_t w_lower(const wordfeat *wf, size_t n, long i)
{
    if (i < 0) return WF_BOS;
    if ((size_t)i >= n) return WF_EOS;
    return wf[i].lower;
}

uint64_t tagger_sentence_style(const wordfeat *wf, size_t n)
{
    /* Headlines, titles and signatures capitalise most words ("Committee
     * Briefing Charge"), where a capital says little about PROPN; shouting
     * in capitals says less still.  Counted over the words after the first. */
    size_t words = 0, caps = 0, upper = 0;
    for (size_t i = 1; i < n; i++) {
        uint32_t f = wf[i].flags;
        if (!(f & (WF_HAS_LOWER | WF_ALL_UPPER)) || (f & WF_HAS_DIGIT)) continue;
        words++;
        caps += (f & WF_UPPER_INITIAL) != 0;
        upper += (f & WF_ALL_UPPER) && !(f & WF_HAS_LOWER);
    }
    int style;
    if (words < 3) style = 0;
    else if (upper * 10 >= words * 6) style = 1;
    else if (caps * 10 >= words * 6) style = 2;
    else if (caps * 10 >= words * 3) style = 3;
    else style = 4;
    return fh1(9100, (uint64_t)style);
}

uint8_t *tag_clause_table(const char *const *classes, uint32_t n)
{
    uint8_t *bits = xmalloc(n + 1);
    for (uint32_t c = 0; c < n; c++) {
        const char *u = classes[c], *tab = strchr(u, '\t');
        const char *x = tab ? tab + 1 : "";
        bool finite_verb = !strcmp(x, "VBD") || !strcmp(x, "VBZ") || !strcmp(x, "VBP") || !strcmp(x, "MD");
        bool opener = !strncmp(u, "SCONJ\t", 6) || !strcmp(x, "WDT") || !strcmp(x, "WP") || !strcmp(x, "WP$") ||
                      !strcmp(x, "WRB");
        bits[c] = (uint8_t)((finite_verb ? TAG_FINITE : 0) | (opener ? TAG_OPENER : 0));
    }
    return bits;
}

static bool is_mark(const wordfeat *w) { return (w->flags & WF_PUNCT) != 0; }
/* Where the scan ahead stops: a mark, or a word that can open a clause. */
static bool is_break(const wordfeat *w) { return is_mark(w) || (w->clause & TAG_OPENER); }
static uint32_t can_be_finite(const wordfeat *w) { return (w->clause & TAG_FINITE) != 0; }

/* The clause that starts after the break at i (or at the sentence's
 * start, i == 0): where it ends and how many words in it can be finite. */
static void scan_clause(tagger_sentence *ts, const wordfeat *wf, size_t n, size_t i)
{
    size_t j = i + 1;
    uint32_t ahead = 0;
    while (j < n && !is_break(&wf[j])) ahead += can_be_finite(&wf[j++]);
    ts->clause_end = j;
    ts->ahead = ahead;
    ts->counted += ahead + (j < n ? can_be_finite(&wf[j]) : 0);
    ts->beyond = ts->total - ts->counted;
}

void tagger_sentence_init(tagger_sentence *ts, const wordfeat *wf, size_t n, const uint8_t *clause_of)
{
    memset(ts, 0, sizeof *ts);
    ts->style = tagger_sentence_style(wf, n);
    ts->clause_of = clause_of;
    for (size_t i = 0; i < n; i++) ts->total += can_be_finite(&wf[i]);
    if (n) {
        ts->counted = can_be_finite(&wf[0]);
        scan_clause(ts, wf, n, 0);
    }
}

/* Move the clause scan on to word i (ts->next == i, i > 0). */
static void step(tagger_sentence *ts, const wordfeat *wf, size_t n, size_t i, const int *tags)
{
    /* Behind: the tags chosen; a mark or a word tagged as a clause's
     * opener starts a new clause. */
    uint8_t before = ts->clause_of ? ts->clause_of[tags[i - 1]] : 0;
    if (before & TAG_FINITE) ts->left_clause = ts->left_any = true;
    if (is_mark(&wf[i - 1]) || (before & TAG_OPENER)) ts->left_clause = false;
    if (i >= ts->clause_end) scan_clause(ts, wf, n, i);
    else ts->ahead -= can_be_finite(&wf[i]);
}

size_t tagger_features(tagger_sentence *ts, const wordfeat *wf, size_t n, size_t i, const int *tags, uint64_t *out)
{
    if (i != ts->next) { /* out of order: scan again from the start */
        tagger_sentence_init(ts, wf, n, ts->clause_of);
        while (ts->next < i) step(ts, wf, n, ++ts->next, tags);
    } else if (i > 0) step(ts, wf, n, i, tags);
    ts->next = i + 1;
    uint64_t style = ts->style;
    const wordfeat *w = &wf[i];
    long li = (long)i;
    uint64_t t1 = i >= 1 ? tag_hash(tags[i - 1]) : WF_BOS;
    uint64_t t2 = i >= 2 ? tag_hash(tags[i - 2]) : WF_BOS;
    uint64_t suf3_prev = i >= 1 ? wf[i - 1].suf[2] : WF_BOS;
    uint64_t suf3_next = i + 1 < n ? wf[i + 1].suf[2] : WF_EOS;
    uint64_t shape_prev = i >= 1 ? wf[i - 1].shape : WF_BOS;
    uint64_t shape_next = i + 1 < n ? wf[i + 1].shape : WF_EOS;
    size_t k = 0;
    out[k++] = fh1(0, 0);
    out[k++] = fh1(1, w->lower);
    out[k++] = fh1(2, w->suf[0]);
    out[k++] = fh1(3, w->suf[1]);
    out[k++] = fh1(4, w->suf[2]);
    out[k++] = fh1(5, w->suf[3]);
    out[k++] = fh1(6, w->pre[0]);
    out[k++] = fh1(7, w->pre[1]);
    out[k++] = fh1(8, w->pre[2]);
    out[k++] = fh1(9, w->shape);
    out[k++] = fh1(10, w->form);
    out[k++] = fh1(11, t1);
    out[k++] = fh2(12, t1, t2);
    out[k++] = fh2(13, t1, w->lower);
    out[k++] = fh1(14, w_lower(wf, n, li - 1));
    out[k++] = fh1(15, suf3_prev);
    out[k++] = fh1(16, w_lower(wf, n, li - 2));
    out[k++] = fh1(17, w_lower(wf, n, li + 1));
    out[k++] = fh1(18, suf3_next);
    out[k++] = fh1(19, w_lower(wf, n, li + 2));
    out[k++] = fh1(20, shape_prev);
    out[k++] = fh1(21, shape_next);
    out[k++] = fh2(22, w_lower(wf, n, li - 1), w->lower);
    out[k++] = fh2(23, w->lower, w_lower(wf, n, li + 1));
    out[k++] = fh2(24, w->flags, i == 0);
    out[k++] = fh2(25, t1, w->suf[2]);
    out[k++] = fh2(26, t1, w_lower(wf, n, li + 1));
    out[k++] = fh3(27, shape_prev, w->shape, shape_next);
    out[k++] = fh2(28, w->suf[1], w_lower(wf, n, li + 1));
    uint64_t a1 = i + 1 < n ? wf[i + 1].amb : WF_EOS, a2 = i + 2 < n ? wf[i + 2].amb : WF_EOS;
    out[k++] = fh1(29, w->amb);
    out[k++] = fh1(30, a1);
    out[k++] = fh1(31, a2);
    out[k++] = fh2(32, t1, a1);
    out[k++] = fh2(33, w->amb, a1);
    out[k++] = fh3(34, t1, w->amb, a1);
    out[k++] = fh2(35, a1, a2);
    out[k++] = fh3(36, w->caps, w->flags & WF_UPPER_INITIAL, i == 0);
    /* Unknown words: a longer suffix, the last part of a hyphenated word,
     * and capitals read against the sentence's style (an unseen capitalised
     * word inside ordinary prose is most likely a name). */
    uint64_t unseen = w->amb == WF_UNSEEN || (w->wn && w->amb == wordnet_amb(w->wn));
    out[k++] = fh1(37, w->suf[4]);
    out[k++] = fh1(38, w->tail);
    out[k++] = fh3(39, style, w->flags & (WF_UPPER_INITIAL | WF_ALL_UPPER), (i == 0) | unseen << 1);
    out[k++] = fh3(40, style, w->amb, w->flags & WF_UPPER_INITIAL);
    out[k++] = fh2(41, w->lower, a1);
    /* WordNet's classes (noun, verb, adjective, adverb, inflected forms,
     * names): what a word the treebank never showed can be, read with its
     * suffix ("-ed" of a verb or of a noun like "bed"), its capitals and the
     * tag before it. */
    uint64_t c0 = w->wn, c1 = i + 1 < n ? wf[i + 1].wn : WF_EOS;
    out[k++] = fh2(42, c0, unseen);
    out[k++] = fh2(43, c0, w->suf[2]);
    out[k++] = fh3(44, c0, w->flags & (WF_UPPER_INITIAL | WF_ALL_UPPER), i == 0);
    out[k++] = fh2(45, t1, c0);
    out[k++] = fh2(46, c0, c1);
    /* Template set 4: a finite verb ahead (in this clause 2, further on 1)
     * and behind (tagged in this clause 2, earlier 1): "troops moved" is a
     * sentence's verb when nothing finite follows, a reduced relative
     * ("troops moved to the border were ...") when something does. */
    uint64_t ahead = ts->ahead ? 2 : ts->beyond ? 1 : 0, behind = ts->left_clause ? 2 : ts->left_any ? 1 : 0;
    uint64_t clause = ahead * 3 + behind;
    out[k++] = fh3(47, w->amb, ahead, behind);
    out[k++] = fh3(48, w->suf[1], clause, t1);
    out[k++] = fh2(49, w->lower, clause);
    return k;
}

/* Tag left to right; with `alt`, also note each word's runner-up class
 * when it scores within TAGGER_ALT_MARGIN of the best. */
static void run(const pc_model *m, const uint8_t *clause_of, const wordfeat *wf, size_t n, int *tags,
                int32_t *scores, wordfeat *alt)
{
    uint64_t f[TAGGER_MAX_FEATS];
    tagger_sentence ts;
    tagger_sentence_init(&ts, wf, n, clause_of);
    /* The margin in the model's quantised units (weight = w / scale). */
    int64_t margin = (int64_t)(TAGGER_ALT_MARGIN * m->scale);
    for (size_t i = 0; i < n; i++) {
        size_t k = tagger_features(&ts, wf, n, i, tags, f);
        pc_score(m, f, k, scores);
        uint32_t best = pc_argmax(scores, m->nclass);
        tags[i] = (int)best;
        if (!alt) continue;
        /* The runner-up: the best once the best is out of the way (the
         * scores are scratch), the first of equals as pc_argmax takes it. */
        int64_t top = scores[best];
        scores[best] = INT32_MIN;
        uint32_t second = pc_argmax(scores, m->nclass);
        alt[i].alt = second != best && top - scores[second] <= margin ? (int32_t)second + 1 : 0;
    }
}

void tagger_run(const pc_model *m, const uint8_t *clause_of, const wordfeat *wf, size_t n, int *tags, int32_t *scores)
{
    run(m, clause_of, wf, n, tags, scores, NULL);
}

void tagger_run_alt(const pc_model *m, const uint8_t *clause_of, wordfeat *wf, size_t n, int *tags, int32_t *scores)
{
    run(m, clause_of, wf, n, tags, scores, wf);
}
