/* train_tagger.c — averaged perceptron tagger training: greedy, with the
 * tagger's own previous guesses as context (as at run time). */
#include "nlp/train.h"

#include <stdlib.h>
#include <string.h>

#include "base/fail.h"

static double evaluate(const pc_model *m, const tcorpus *dev, double *upos_acc)
{
    size_t right = 0, upos_right = 0, total = 0;
    int32_t *scores = xmalloc(pc_width(m->nclass) * sizeof *scores);
    uint8_t *clause_of = tag_clause_table(m->classes, m->nclass);
    for (size_t si = 0; si < dev->count; si++) {
        const tsent *s = &dev->s[si];
        int *tags = xmalloc(((size_t)s->n + 1) * sizeof *tags);
        tagger_run(m, clause_of, s->wf, (size_t)s->n, tags, scores);
        for (int i = 0; i < s->n; i++) {
            total++;
            right += tags[i] == s->tag[i];
            const char *a = m->classes[tags[i]], *b = s->tag[i] >= 0 ? m->classes[s->tag[i]] : "";
            size_t la = strcspn(a, "\t"), lb = strcspn(b, "\t");
            upos_right += la == lb && memcmp(a, b, la) == 0;
        }
        free(tags);
    }
    free(scores);
    free(clause_of);
    *upos_acc = total ? 100.0 * upos_right / total : 0;
    return total ? 100.0 * right / total : 0;
}

/* Ambiguity classes as the tagger meets them at run time.  The lexicon's
 * classes come from the training words themselves, so in training a rare
 * word's class is exactly the tags of the sentences being learnt from, and
 * the tagger learns to trust classes more than it should on new text.  Here
 * each training sentence gets the classes computed without its own fold
 * (same rules as ambiguity_observe and capitals_observe: words seen twice,
 * tags of a tenth of the uses; the five capitalisation steps), and the
 * caller's values are given back afterwards.  On EWT dev this is worth about
 * 0.25 UPOS and 0.3 UPOS+XPOS (two seeds each). */
enum { AMB_FOLDS = 10 };

typedef struct amb_use {
    uint64_t word;   /* hash of the lowercase form */
    uint32_t fold;
    int32_t tag;
    char caps;       /* 'x' sentence-initial, '1' capitalised, '0' not */
    size_t sent, pos;
} amb_use;

static int cmp_use(const void *a, const void *b)
{
    const amb_use *x = a, *y = b;
    if (x->word != y->word) return x->word < y->word ? -1 : 1;
    return (x->tag > y->tag) - (x->tag < y->tag);
}

uint64_t *lexicon_jackknife(const tcorpus *train, const classes *tags)
{
    size_t nclass = tags->count;
    uint8_t *clause_of = tag_clause_table((const char *const *)tags->names, (uint32_t)nclass);
    size_t n = 0;
    for (size_t si = 0; si < train->count; si++) n += (size_t)train->s[si].n;
    uint64_t *saved = xmalloc((n ? n : 1) * 3 * sizeof *saved);
    amb_use *u = xmalloc((n ? n : 1) * sizeof *u);
    size_t k = 0;
    for (size_t si = 0; si < train->count; si++) {
        const tsent *s = &train->s[si];
        for (int i = 0; i < s->n; i++, k++) {
            char low[256];
            size_t ln = wordfeat_lower(s->form[i], strlen(s->form[i]), low, sizeof low);
            saved[3 * k] = s->wf[i].amb;
            saved[3 * k + 1] = s->wf[i].caps;
            saved[3 * k + 2] = s->wf[i].clause;
            char caps = i == 0 ? 'x' : (s->form[i][0] >= 'A' && s->form[i][0] <= 'Z') ? '1' : '0';
            u[k] = (amb_use){fh_str(low, ln), (uint32_t)(si % AMB_FOLDS), s->tag[i], caps, si, (size_t)i};
        }
    }
    qsort(u, n, sizeof *u, cmp_use);
    size_t *count = xcalloc(nclass * AMB_FOLDS, sizeof *count); /* [tag][fold] within one word */
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && u[j].word == u[i].word) j++;
        size_t fold_total[AMB_FOLDS] = {0}, fold_inner[AMB_FOLDS] = {0}, fold_caps[AMB_FOLDS] = {0};
        for (size_t a = i; a < j; a++) {
            fold_total[u[a].fold]++;
            fold_inner[u[a].fold] += u[a].caps != 'x';
            fold_caps[u[a].fold] += u[a].caps == '1';
            if (u[a].tag >= 0 && (size_t)u[a].tag < nclass) count[(size_t)u[a].tag * AMB_FOLDS + u[a].fold]++;
        }
        for (uint32_t f = 0; f < AMB_FOLDS; f++) {
            if (!fold_total[f]) continue;
            size_t total = 0;
            for (uint32_t g = 0; g < AMB_FOLDS; g++) total += g == f ? 0 : fold_total[g];
            char val[512];
            size_t vl = 0;
            uint8_t clause = 0;
            if (total >= 2)
                for (size_t a = i; a < j;) {
                    size_t c = a;
                    while (c < j && u[c].tag == u[a].tag) c++;
                    if (u[a].tag >= 0 && (size_t)u[a].tag < nclass) {
                        size_t tag_total = 0;
                        for (uint32_t g = 0; g < AMB_FOLDS; g++)
                            tag_total += g == f ? 0 : count[(size_t)u[a].tag * AMB_FOLDS + g];
                        if (tag_total && tag_total * 10 >= total && vl + 12 < sizeof val) {
                            vl += (size_t)snprintf(val + vl, sizeof val - vl, "%s%d", vl ? "," : "", u[a].tag);
                            clause |= clause_of[u[a].tag];
                        }
                    }
                    a = c;
                }
            uint64_t amb = vl ? fh_str(val, vl) : WF_UNSEEN;
            /* The capitalisation step, as capitals_observe computes it. */
            size_t inner = 0, caps = 0;
            for (uint32_t g = 0; g < AMB_FOLDS; g++)
                if (g != f) { inner += fold_inner[g]; caps += fold_caps[g]; }
            uint64_t cap = WF_UNSEEN;
            if (inner >= 2) {
                double r = (double)caps / (double)inner;
                char step = r < 0.05 ? '0' : r < 0.4 ? '1' : r < 0.6 ? '2' : r < 0.95 ? '3' : '4';
                cap = fh1(77, (uint64_t)step);
            }
            for (size_t a = i; a < j; a++) {
                if (u[a].fold != f) continue;
                wordfeat *w = &train->s[u[a].sent].wf[u[a].pos];
                /* Words the lexicon does not know stay unknown (with
                 * WordNet's classes as their stand-in, as at run time). */
                bool known = w->amb != WF_UNSEEN && !(w->wn && w->amb == wordnet_amb(w->wn));
                if (known) {
                    w->amb = amb != WF_UNSEEN ? amb : w->wn ? wordnet_amb(w->wn) : WF_UNSEEN;
                    w->clause = amb != WF_UNSEEN ? clause : 0;
                }
                if (w->caps != WF_UNSEEN) w->caps = cap;
            }
        }
        for (size_t a = i; a < j; a++)
            if (u[a].tag >= 0 && (size_t)u[a].tag < nclass) count[(size_t)u[a].tag * AMB_FOLDS + u[a].fold] = 0;
        i = j;
    }
    free(count);
    free(u);
    free(clause_of);
    return saved;
}

void lexicon_restore(const tcorpus *train, uint64_t *saved)
{
    size_t k = 0;
    for (size_t si = 0; si < train->count; si++)
        for (int i = 0; i < train->s[si].n; i++, k++) {
            train->s[si].wf[i].amb = saved[3 * k];
            train->s[si].wf[i].caps = saved[3 * k + 1];
            train->s[si].wf[i].clause = (uint8_t)saved[3 * k + 2];
        }
    free(saved);
}

void train_tagger(const tcorpus *train, const tcorpus *dev, const classes *tags, int epochs, int members,
                  uint64_t seed, FILE *log, unsigned min_updates, pc_model *out)
{
    /* As the parser (train_parser.c): `members` perceptrons learn side by
     * side, each in its own order of the sentences, and the model is the
     * mean of their averaged weights; member 0 is the lone tagger of old. */
    uint64_t *saved_amb = lexicon_jackknife(train, tags);
    uint8_t *clause_of = tag_clause_table((const char *const *)tags->names, (uint32_t)tags->count);
    member_set mb;
    members_init(&mb, members, (uint32_t)tags->count, train->count, seed);
    float *scores = xmalloc(tags->count * sizeof *scores);
    double best = -1;
    memset(out, 0, sizeof *out);
    for (int e = 1; e <= epochs; e++) {
        size_t right = 0, total = 0;
        for (int m = 0; m < mb.n; m++) {
            pct *t = mb.t[m];
            const size_t *ord = members_shuffle(&mb, m, train->count);
            for (size_t oi = 0; oi < train->count; oi++) {
                const tsent *s = &train->s[ord[oi]];
                int *guess = xmalloc(((size_t)s->n + 1) * sizeof *guess);
                tagger_sentence ts;
                tagger_sentence_init(&ts, s->wf, (size_t)s->n, clause_of);
                for (int i = 0; i < s->n; i++) {
                    uint64_t f[TAGGER_MAX_FEATS];
                    size_t k = tagger_features(&ts, s->wf, (size_t)s->n, (size_t)i, guess, f);
                    pct_score(t, f, k, scores);
                    int g = 0;
                    for (size_t c = 1; c < tags->count; c++)
                        if (scores[c] > scores[g]) g = (int)c;
                    if (s->tag[i] >= 0) {
                        pct_update(t, f, k, (uint32_t)s->tag[i], (uint32_t)g);
                        right += g == s->tag[i];
                        total++;
                    }
                    guess[i] = g;
                    pct_tick(t);
                }
                free(guess);
            }
        }
        pc_model m;
        members_average(&mb, (const char *const *)tags->names, min_updates, &m);
        double upos, acc = evaluate(&m, dev, &upos);
        if (log)
            fprintf(log, "tagger epoch %d: train %.2f  dev UPOS %.2f  UPOS+XPOS %.2f  (%zu features%s)\n", e,
                    total ? 100.0 * right / total : 0, upos, acc, pct_feature_count(mb.t[0]),
                    mb.n > 1 ? " in the first member" : "");
        if (acc > best) {
            best = acc;
            pc_model_free(out);
            *out = m;
        } else pc_model_free(&m);
    }
    free(scores);
    free(clause_of);
    members_free(&mb);
    lexicon_restore(train, saved_amb);
}

void tag_corpus(const pc_model *m, tcorpus *c)
{
    int32_t *scores = xmalloc(pc_width(m->nclass) * sizeof *scores);
    uint8_t *clause_of = tag_clause_table(m->classes, m->nclass);
    for (size_t si = 0; si < c->count; si++) {
        tsent *s = &c->s[si];
        tagger_run_alt(m, clause_of, s->wf, (size_t)s->n, s->ptag, scores);
    }
    free(clause_of);
    free(scores);
}
