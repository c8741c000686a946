/* lemma.c — lemmas from the treebank's own pairs, then suffix rules learnt
 * from them for unseen words; morphological features from the same table.
 *
 * Keys in the lexicon (parts joined by '\x01'):
 *   "L" lower upos    -> lemma   (lowercased form)
 *   "S" upos suffix   -> "k\x01add": strip k bytes of the lowercased form, append add
 *   "M" lower tag     -> feats   (closed-class words only: open classes take
 *                                their tag's features)
 *   "G" tag           -> feats   (the tag's most frequent) */
#include "nlp/annotators.h"
#include "nlp/lemma_english.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { KEY_MAX = 512 };

static size_t make_key_n(char *key, char kind, const char *a, size_t an, const char *b, size_t bn)
{
    if (an + bn + 3 > KEY_MAX) return 0;
    size_t k = 0;
    key[k++] = kind;
    memcpy(key + k, a, an);
    k += an;
    if (b) {
        key[k++] = '\x01';
        memcpy(key + k, b, bn);
        k += bn;
    }
    return k;
}

static size_t make_key(char *key, char kind, const char *a, size_t an, const char *b)
{
    return make_key_n(key, kind, a, an, b, b ? strlen(b) : 0);
}

/* Number of bytes of the last `chars` UTF-8 characters of s[0..n). */
static size_t suffix_bytes(const char *s, size_t n, int chars)
{
    size_t i = n;
    while (i > 0 && chars > 0) {
        i--;
        if (((unsigned char)s[i] & 0xC0) != 0x80) chars--;
    }
    return chars > 0 ? n + 1 : n - i; /* n + 1: the word is shorter */
}

/* Open word classes: their features follow from the tag (NNS: plural). */
bool open_class(const char *upos)
{
    return !strcmp(upos, "NOUN") || !strcmp(upos, "PROPN") || !strcmp(upos, "VERB") || !strcmp(upos, "ADJ") ||
           !strcmp(upos, "ADV");
}

/* Words whose features are their own, not their tag's: the closed
 * classes, and adverbs, whose features name the kind of word ("there" and
 * "then" PronType=Dem, "never" PronType=Neg, "always" PronType=Tot) or
 * its degree, where most adverbs have none (EWT dev: 224 of the 2,279
 * wrong bundles before). */
bool feats_by_word(const char *upos) { return !open_class(upos) || !strcmp(upos, "ADV"); }

/* Closed-class words whose lemma the full tag decides where the UPOS
 * cannot: "her" is "she" as PRP and "her" as PRP$ (both PRON); "'d" is
 * "would" as MD and "have" as VBD.  They get "K" entries keyed by the full
 * tag, looked up before the "L" entry of the UPOS (EWT dev, gold tags: 15
 * lemmas right that were wrong, none the other way outside punctuation,
 * which is left to the UPOS: "--" as ":" is not "-"). */
static bool by_full_tag(const char *upos) { return !open_class(upos) && strcmp(upos, "PUNCT") != 0; }

void lemma_observe(lexicon_builder *b, const char *form, const char *lemma, const char *upos,
                   const char *tagname, const char *feats)
{
    char key[KEY_MAX], low[256];
    size_t n = strlen(form), k;
    if (n >= 250) return;
    size_t ln = wordfeat_lower(form, n, low, sizeof low);
    if ((k = make_key(key, 'L', low, ln, upos))) lexb_add(b, key, k, lemma);
    if (feats_by_word(upos) && (k = make_key(key, 'M', low, ln, tagname))) lexb_add(b, key, k, feats);
    if (by_full_tag(upos) && (k = make_key(key, 'K', low, ln, tagname))) lexb_add(b, key, k, lemma);
    if ((k = make_key(key, 'G', tagname, strlen(tagname), NULL))) lexb_add(b, key, k, feats);
    /* Suffix rule: the lemma as "strip the tail, add a new one", keyed by
     * the last 1..5 characters of the lowercased form. */
    size_t p = 0, lm = strlen(lemma);
    while (p < ln && p < lm && low[p] == lemma[p]) p++;
    if (lm >= 250) return;
    char rule[300];
    snprintf(rule, sizeof rule, "%zu\x01%s", ln - p, lemma + p);
    for (int c = 1; c <= 5; c++) {
        size_t sb = suffix_bytes(low, ln, c);
        if (sb > ln) break;
        if (sb < ln - p) continue; /* the rule must act within the suffix */
        char key2[KEY_MAX];
        size_t q = make_key_n(key2, 'S', upos, strlen(upos), low + ln - sb, sb);
        if (!q) break;
        lexb_add(b, key2, q, rule);
    }
}

/* The treebank's suffix rule for an unseen word, by the longest suffix of
 * up to five characters that has one for this UPOS; NULL when none. */
static const char *learnt_rule(const lexicon *lex, const char *low, size_t ln, const char *upos, char *out,
                               size_t cap)
{
    char key[KEY_MAX];
    const char *v;
    for (int c = 5; c >= 1; c--) {
        size_t sb = suffix_bytes(low, ln, c);
        if (sb > ln) continue;
        size_t q = make_key_n(key, 'S', upos, strlen(upos), low + ln - sb, sb);
        if (!q || !(v = lexicon_get(lex, key, q))) continue;
        char *end;
        unsigned long strip = strtoul(v, &end, 10);
        if (*end != '\x01' || strip > sb) return NULL;
        const char *add = end + 1;
        size_t an = strlen(add), keep = ln - strip;
        if (keep + an + 1 > cap || keep + an == 0) return NULL;
        memcpy(out, low, keep);
        memcpy(out + keep, add, an);
        out[keep + an] = '\0';
        return out;
    }
    return NULL;
}

static bool all_letters(const char *s)
{
    for (; *s; s++)
        if (*s < 'a' || *s > 'z') return false;
    return true;
}

/* Digits in groups of three after commas: "2,000", "1,250,000". */
static bool thousands(const char *s, size_t n)
{
    size_t i = 0, run = 0, commas = 0;
    for (; i < n; i++) {
        if (s[i] >= '0' && s[i] <= '9') run++;
        else if (s[i] == ',' && run >= 1 && (commas == 0 ? run <= 3 : run == 3)) { commas++; run = 0; }
        else return false;
    }
    return commas > 0 && run == 3;
}

const char *lemma_of(const lexicon *lex, const char *form, size_t n, const char *upos, const char *tagname,
                     char *out, size_t cap)
{
    char key[KEY_MAX], low[256];
    size_t k;
    const char *v;
    if (cap == 0) return ""; /* no room even for the terminator */
    if (n >= 250 || cap < 2) { /* overlong tokens are their own lemma */
        size_t c = n < cap - 1 ? n : cap - 1;
        memcpy(out, form, c);
        out[c] = '\0';
        return out;
    }
    size_t ln = wordfeat_lower(form, n, low, sizeof low);
    if (by_full_tag(upos) && (k = make_key(key, 'K', low, ln, tagname)) && (v = lexicon_get(lex, key, k))) return v;
    if ((k = make_key(key, 'L', low, ln, upos)) && (v = lexicon_get(lex, key, k))) return v;
    const char *base = low;
    size_t bn = ln;
    if (strcmp(upos, "PROPN") == 0) {
        base = form;
        bn = n;
        /* A plural name is lemmatised as a plural noun, its capitals kept
         * ("Sadrists" -> "Sadrist", "Futures" -> "Future"; EWT train: 498
         * of 573 NNPS have a lemma other than their form) */
        const char *x = strchr(tagname, '\t');
        if (x && !strcmp(x + 1, "NNPS") && n == ln) {
            const char *stem = english_lemma(lex, low, ln, "NOUN\tNNS", NULL, out, cap);
            if (stem) {
                size_t sn = strlen(stem), same = 0;
                while (same < sn && stem[same] == low[same]) same++;
                memcpy(out, form, same); /* out holds stem: the common part takes the form's capitals */
                return out;
            }
        }
    } else if (strcmp(upos, "NUM") == 0 && thousands(form, n)) {
        /* "2,000" -> "2000", as EWT writes all 108 such lemmas in train */
        size_t o = 0;
        for (size_t i = 0; i < n && o + 1 < cap; i++)
            if (form[i] != ',') out[o++] = form[i];
        out[o] = '\0';
        return out;
    } else {
        /* The learnt suffix rule proposes; English morphology (irregular
         * verbs, doubling, lost e, plurals) decides, preferring a stem the
         * lexicon knows as a lemma; a proposal that cannot end an English
         * word ("massacr") falls back to the form. */
        char learnt[256];
        const char *prop = learnt_rule(lex, low, ln, upos, learnt, sizeof learnt);
        const char *eng = english_lemma(lex, low, ln, tagname, prop, out, cap);
        if (eng) return eng;
        if (prop && (!all_letters(prop) || english_plausible(prop, strlen(prop)))) {
            size_t pn = strlen(prop);
            if (pn + 1 <= cap) {
                memcpy(out, prop, pn + 1);
                return out;
            }
        }
    }
    size_t c = bn < cap - 1 ? bn : cap - 1;
    memcpy(out, base, c);
    out[c] = '\0';
    return out;
}

const char *feats_of(const lexicon *lex, const char *form, size_t n, const char *tagname)
{
    char key[KEY_MAX], low[256];
    size_t k;
    const char *v;
    /* Only closed-class words and adverbs have their own entries ("M"). */
    char upos[32];
    size_t ul = strcspn(tagname, "\t");
    if (ul >= sizeof upos) ul = sizeof upos - 1;
    memcpy(upos, tagname, ul);
    upos[ul] = '\0';
    if (n < 250 && feats_by_word(upos)) {
        size_t ln = wordfeat_lower(form, n, low, sizeof low);
        if ((k = make_key(key, 'M', low, ln, tagname)) && (v = lexicon_get(lex, key, k))) return v;
    }
    if ((k = make_key(key, 'G', tagname, strlen(tagname), NULL)) && (v = lexicon_get(lex, key, k))) return v;
    return "_";
}

void ambiguity_fill(const lexicon *lex, const uint8_t *clause_of, uint32_t nclass, wordfeat *w, const char *form,
                    size_t n)
{
    char key[KEY_MAX], low[256];
    w->amb = WF_UNSEEN;
    w->clause = 0;
    if (n >= 250) return;
    size_t ln = wordfeat_lower(form, n, low, sizeof low), k;
    const char *v;
    if ((k = make_key(key, 'A', low, ln, NULL)) && (v = lexicon_get(lex, key, k))) {
        w->amb = fh_str(v, strlen(v));
        /* The value lists class numbers ("12,40"), as ambiguity_observe wrote them. */
        for (const char *p = v; clause_of && *p;) {
            char *end;
            unsigned long c = strtoul(p, &end, 10);
            if (end == p) break;
            if (c < nclass) w->clause |= clause_of[c];
            p = *end == ',' ? end + 1 : end;
        }
    }
    if ((k = make_key(key, 'C', low, ln, NULL)) && (v = lexicon_get(lex, key, k))) w->caps = fh1(77, (uint64_t)v[0]);
}

typedef struct wc { const char *w; char c; } wc;

static int cmp_wc(const void *a, const void *b) { return strcmp(((const wc *)a)->w, ((const wc *)b)->w); }

void capitals_observe(lexicon_builder *b, char **lower_words, const char *capitalised, size_t n)
{
    wc *v = malloc((n ? n : 1) * sizeof *v);
    if (!v) return;
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (capitalised[i] != 'x') { v[m].w = lower_words[i]; v[m].c = capitalised[i]; m++; }
    qsort(v, m, sizeof *v, cmp_wc);
    char key[KEY_MAX];
    for (size_t i = 0; i < m;) {
        size_t j = i, caps = 0;
        while (j < m && !strcmp(v[j].w, v[i].w)) caps += v[j++].c == '1';
        size_t total = j - i;
        if (total >= 2) {
            double r = (double)caps / total;
            char val[2] = {r < 0.05 ? '0' : r < 0.4 ? '1' : r < 0.6 ? '2' : r < 0.95 ? '3' : '4', 0};
            size_t k = make_key(key, 'C', v[i].w, strlen(v[i].w), NULL);
            if (k) lexb_add(b, key, k, val);
        }
        i = j;
    }
    free(v);
}

typedef struct wt { const char *w; int t; } wt;

static int cmp_wt(const void *a, const void *b)
{
    const wt *x = a, *y = b;
    int c = strcmp(x->w, y->w);
    return c ? c : (x->t > y->t) - (x->t < y->t);
}

void ambiguity_observe(lexicon_builder *b, char **lower_words, const int *tags, size_t n)
{
    wt *v = malloc((n ? n : 1) * sizeof *v);
    if (!v) return;
    for (size_t i = 0; i < n; i++) { v[i].w = lower_words[i]; v[i].t = tags[i]; }
    qsort(v, n, sizeof *v, cmp_wt);
    char key[KEY_MAX], val[512];
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && !strcmp(v[j].w, v[i].w)) j++;
        size_t total = j - i, vl = 0;
        if (total >= 2) {
            for (size_t a = i; a < j;) {
                size_t c = a;
                while (c < j && v[c].t == v[a].t) c++;
                if ((c - a) * 10 >= total && v[a].t >= 0 && vl + 12 < sizeof val)
                    vl += (size_t)snprintf(val + vl, sizeof val - vl, "%s%d", vl ? "," : "", v[a].t);
                a = c;
            }
            size_t k = make_key(key, 'A', v[i].w, strlen(v[i].w), NULL);
            if (k && vl) lexb_add(b, key, k, val);
        }
        i = j;
    }
    free(v);
}
