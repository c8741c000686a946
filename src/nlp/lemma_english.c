/* lemma_english.c — English inflection undone by rule for words the
 * treebank lexicon has not seen.  Each inflected form yields candidate
 * stems in order of likelihood ("shelled": shell, shel; "planned": plan,
 * plann); a candidate the lexicon knows as a lemma wins, else the first
 * candidate that looks like an English word.  The tag's XPOS says which
 * inflection to undo (VBD/VBN -ed, VBG -ing, VBZ -s, NNS plural, JJR/JJS
 * comparison); base forms are their own lemma. */
#include "nlp/lemma_english.h"

#include <string.h>

enum { STEM_MAX = 128, CANDS = 6 };

static bool vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
static bool letter(char c) { return c >= 'a' && c <= 'z'; }
static bool consonant(char c) { return letter(c) && !vowel(c); }

/* Consonant pairs that end English words ("ck", "nd", "st", ...). */
static const char FINAL_PAIRS[] =
    "ch ck ct dd ff ft gh gn ht ld lf lk ll lm ln lp lt mb mn mp nc nd ng nk nt nx ph pt rb rc rd rf rk rl "
    "rm rn rp rt sh sk sm sp ss st th tt tz wd wk wl wn ws wt xt zz lb rs rv rh rr";

bool english_plausible(const char *s, size_t n)
{
    if (n == 0) return false;
    char last = s[n - 1];
    if (last == 'v' || last == 'q' || last == 'j') return false;
    if (n >= 2 && consonant(s[n - 2]) && consonant(last) && s[n - 2] != 'y' && last != 'y' && s[n - 2] != 'w') {
        for (const char *p = FINAL_PAIRS; *p; p += p[2] ? 3 : 2)
            if (p[0] == s[n - 2] && p[1] == last) return true;
        return false;
    }
    return true;
}

/* Number of vowel groups (a rough syllable count; y after a consonant counts). */
static int vowel_groups(const char *s, size_t n)
{
    int g = 0;
    for (size_t i = 0; i < n; i++) {
        bool v = vowel(s[i]) || (s[i] == 'y' && i > 0 && consonant(s[i - 1]));
        bool pv = i > 0 && (vowel(s[i - 1]) || (s[i - 1] == 'y' && i > 1 && consonant(s[i - 2])));
        if (v && !pv) g++;
    }
    return g;
}

/* After -ed, -ing, -er or -est is taken off: did the lemma end in a silent
 * e that the suffix swallowed?  ("massacr", "danc", "vot", "us", "hous") */
static bool lost_e(const char *s, size_t n)
{
    if (n < 2) return false;
    char a = s[n - 2], b = s[n - 1];
    if (b == 'v' || b == 'u' || b == 'c') return true;
    if (b == 'z' && vowel(a)) return true;
    if (consonant(a) && consonant(b) && b != 'y' && a != 'y' && !english_plausible(s, n)) return true;
    if (strchr("ps", a) && b == 's') return false;
    if (consonant(a) && b == 's' && a != 's') return true; /* collaps, sens, nurs */
    if (n >= 3 && vowel(s[n - 3]) && vowel(a) && b == 's') return true; /* caus, rais, releas */
    if (n >= 4 && a == 'a' && b == 't' && s[n - 3] == 'i') return true; /* negotiat, initiat */
    if (n >= 3 && consonant(s[n - 3])) {
        /* polysyllables whose undoubled final syllable is -ate, -ute, -ide,
         * -ine, -ure, -ire, -are, -ose, -ise, -ume, -oke, -ake, -ade, -ode */
        static const char *const ENDS[] = {"at", "ut", "id", "in", "ur", "ir", "ar", "os", "is", "um",
                                           "ok", "ak", "ad", "od", "ud", "iz", "yz", "ag", "ik", "iv", "ed"};
        for (size_t i = 0; i < sizeof ENDS / sizeof *ENDS; i++)
            if (a == ENDS[i][0] && b == ENDS[i][1]) return true;
    }
    /* one short vowel then one consonant in a single syllable: had it been
     * the lemma, the consonant would have doubled ("voted", not "votted") */
    if (vowel(a) && consonant(b) && b != 'w' && b != 'x' && b != 'y' && (n < 3 || !vowel(s[n - 3])) &&
        vowel_groups(s, n) == 1)
        return true;
    return false;
}

typedef struct cands {
    char s[CANDS][STEM_MAX];
    int n;
} cands;

static void add(cands *c, const char *a, size_t an, const char *b)
{
    size_t bn = b ? strlen(b) : 0;
    if (c->n >= CANDS || an + bn + 1 > STEM_MAX || an + bn == 0) return;
    memcpy(c->s[c->n], a, an);
    if (bn) memcpy(c->s[c->n] + an, b, bn);
    c->s[c->n][an + bn] = '\0';
    c->n++;
}

/* Candidates for the stem s[0..n) left when -ed, -ing, -er or -est is
 * taken off; `ing`: the suffix began with i (no e was merged into it). */
static void stem_cands(cands *c, const char *s, size_t n, bool ing)
{
    if (n < 1) return;
    char b = s[n - 1];
    if (n >= 2 && b == s[n - 2] && consonant(b) && b != 'y' && b != 'w') {
        /* doubled consonant: shell-ed keeps it, plan-n-ed does not; ll
         * undoubles after a longer stem (control-l-ed, cancel-l-ed) */
        bool keep = b == 's' || b == 'f' || b == 'z' || n < 4 || (b == 'l' && vowel_groups(s, n) == 1);
        if (keep) { add(c, s, n, NULL); add(c, s, n - 1, NULL); }
        else { add(c, s, n - 1, NULL); add(c, s, n, NULL); }
        return;
    }
    if (n >= 4 && b == 'k' && s[n - 2] == 'c' && s[n - 3] == 'i' && vowel_groups(s, n) >= 2) {
        add(c, s, n - 1, NULL); /* panick-ed, mimick-ing: the k only keeps the c hard */
        add(c, s, n, NULL);
        return;
    }
    if (b == 'e' && !ing) { add(c, s, n, "e"); add(c, s, n, NULL); return; } /* agre-ed, fre-ed */
    if (ing && n == 2 && b == 'y') { add(c, s, 1, "ie"); add(c, s, n, NULL); return; } /* dying, lying */
    if (lost_e(s, n)) { add(c, s, n, "e"); add(c, s, n, NULL); }
    else { add(c, s, n, NULL); add(c, s, n, "e"); }
}

static bool ends(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n >= k && !memcmp(w + n - k, suf, k);
}

static bool sibilant_stem(const char *w, size_t n)
{
    return ends(w, n, "s") || ends(w, n, "x") || ends(w, n, "z") || ends(w, n, "ch") || ends(w, n, "sh");
}

/* -s of a verb or a plural noun. */
static void s_cands(cands *c, const char *w, size_t n, bool noun)
{
    if (n < 3 || ends(w, n, "ss") || ends(w, n, "us") || ends(w, n, "is") || !ends(w, n, "s")) return;
    if (ends(w, n, "ies") && n > 4) { add(c, w, n - 3, "y"); add(c, w, n - 1, NULL); return; }
    if (noun && ends(w, n, "lves")) { add(c, w, n - 3, "f"); add(c, w, n - 1, NULL); return; }
    if (ends(w, n, "es") && (sibilant_stem(w, n - 2) || ends(w, n, "oes"))) {
        /* houses, cases, sizes: the e belongs to the lemma */
        bool e_word = (ends(w, n, "ses") && !ends(w, n, "sses") &&
                       (!ends(w, n, "uses") || ends(w, n, "ouses") || ends(w, n, "auses"))) ||
                      (ends(w, n, "zes") && !ends(w, n, "zzes"));
        if (e_word || (ends(w, n, "oes") && (n < 5 || vowel(w[n - 5])))) { add(c, w, n - 1, NULL); add(c, w, n - 2, NULL); }
        else { add(c, w, n - 2, NULL); add(c, w, n - 1, NULL); }
        return;
    }
    add(c, w, n - 1, NULL);
}

/* Is s a lemma the treebank has seen (as itself, for this UPOS first)? */
static bool known(const lexicon *lex, const char *s, const char *upos)
{
    static const char *const OTHERS[] = {"VERB", "NOUN", "ADJ"};
    char key[STEM_MAX + 16];
    size_t sn = strlen(s);
    for (int i = -1; i < 3; i++) {
        const char *u = i < 0 ? upos : OTHERS[i];
        size_t un = strlen(u);
        key[0] = 'L';
        memcpy(key + 1, s, sn);
        key[1 + sn] = '\x01';
        memcpy(key + 2 + sn, u, un);
        const char *v = lexicon_get(lex, key, 2 + sn + un);
        if (v && !strcmp(v, s)) return true;
    }
    return false;
}

static const char *put(const char *s, size_t n, char *out, size_t cap)
{
    if (n + 1 > cap) return NULL;
    memcpy(out, s, n);
    out[n] = '\0';
    return out;
}

const char *english_lemma(const lexicon *lex, const char *low, size_t n, const char *tagname, const char *learnt,
                          char *out, size_t cap)
{
    char upos[16];
    size_t ul = strcspn(tagname, "\t");
    if (ul >= sizeof upos || n + 1 > STEM_MAX) return NULL;
    memcpy(upos, tagname, ul);
    upos[ul] = '\0';
    const char *xpos = tagname[ul] ? tagname + ul + 1 : "";
    for (size_t i = 0; i < n; i++)
        if (!letter(low[i])) return NULL; /* digits, hyphens, foreign letters: leave to the learnt rules */

    bool verb = !strcmp(upos, "VERB") || !strcmp(upos, "AUX");
    bool noun = !strcmp(upos, "NOUN");
    bool adj = !strcmp(upos, "ADJ");
    cands c = {.n = 0};
    if (verb && (!strcmp(xpos, "VBD") || !strcmp(xpos, "VBN"))) {
        char irr[STEM_MAX];
        if (irregular_verb(low, n, irr, sizeof irr)) return put(irr, strlen(irr), out, cap);
        if (ends(low, n, "ied") && n > 4) { add(&c, low, n - 3, "y"); add(&c, low, n - 1, NULL); }
        else if (ends(low, n, "ed") && n > 3) stem_cands(&c, low, n - 2, false);
        else return NULL;
    } else if (verb && !strcmp(xpos, "VBG")) {
        if (!ends(low, n, "ing") || n < 5) return NULL;
        stem_cands(&c, low, n - 3, true);
    } else if (verb && !strcmp(xpos, "VBZ")) {
        s_cands(&c, low, n, false);
    } else if (verb && (!strcmp(xpos, "VB") || !strcmp(xpos, "VBP"))) {
        return put(low, n, out, cap);
    } else if (noun && !strcmp(xpos, "NNS")) {
        if (ends(low, n, "men") && n > 4) add(&c, low, n - 3, "man");
        else if (ends(low, n, "children")) add(&c, low, n - 3, NULL);
        else s_cands(&c, low, n, true);
    } else if (adj && (!strcmp(xpos, "JJR") || !strcmp(xpos, "JJS"))) {
        size_t k = !strcmp(xpos, "JJR") ? 2 : 3;
        if (!ends(low, n, k == 2 ? "er" : "est") || n < k + 3) return NULL;
        if (low[n - k - 1] == 'i') add(&c, low, n - k - 1, "y");
        stem_cands(&c, low, n - k, false);
    } else {
        return NULL;
    }
    for (int i = 0; i < c.n; i++)
        if (known(lex, c.s[i], upos)) return put(c.s[i], strlen(c.s[i]), out, cap);
    if (learnt && known(lex, learnt, upos)) return put(learnt, strlen(learnt), out, cap);
    for (int i = 0; i < c.n; i++)
        if (english_plausible(c.s[i], strlen(c.s[i]))) return put(c.s[i], strlen(c.s[i]), out, cap);
    return NULL;
}
