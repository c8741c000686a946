/* feats_context.c — features the parse decides (feats_context.h). */
#include "nlp/feats_context.h"

#include <string.h>
#include <strings.h>

#include "core/deprel.h"

/* What a word's dependents are, one bit each. */
enum {
    DEP_SUBJECT = 1,   /* nsubj, csubj (any subtype), expl */
    DEP_PASSIVE = 2,   /* aux:pass, nsubj:pass, csubj:pass */
    DEP_AUX = 4,       /* aux */
    DEP_AUX_NOT_DO = 8, /* aux whose lemma is not "do" */
    DEP_MARK = 16,     /* mark */
    DEP_CONJ = 32,     /* conj */
    IMPERATIVE = 64    /* the word itself, once found to be one */
};

/* A tag or lemma is exactly t; the first letters differ for most pairs
 * compared here: no call then. */
static bool is(const char *s, const char *t) { return s && s[0] == t[0] && strcmp(s, t) == 0; }

/* ---- a feature bundle "A=x|B=y", edited in place ---- */

enum { MAX_FEATS = 16, FEAT_BYTES = 256 };
typedef struct bundle {
    char buf[FEAT_BYTES];
    const char *name[MAX_FEATS], *value[MAX_FEATS];
    int n;
} bundle;

static void bundle_read(bundle *b, const char *feats)
{
    b->n = 0;
    if (!feats || !strcmp(feats, "_")) return;
    size_t len = strlen(feats);
    if (len >= sizeof b->buf) return; /* longer than any UD bundle: the caller leaves such a word alone */
    memcpy(b->buf, feats, len + 1);
    for (char *p = b->buf; p && *p && b->n < MAX_FEATS;) {
        char *bar = strchr(p, '|'), *eq = strchr(p, '=');
        if (bar) *bar = '\0';
        if (eq && (!bar || eq < bar)) {
            *eq = '\0';
            b->name[b->n] = p;
            b->value[b->n++] = eq + 1;
        }
        p = bar ? bar + 1 : NULL;
    }
}

static void bundle_set(bundle *b, const char *name, const char *value)
{
    int i = 0;
    while (i < b->n && strcasecmp(b->name[i], name) < 0) i++;
    if (i < b->n && !strcmp(b->name[i], name)) {
        if (value) b->value[i] = value;
        else {
            memmove(&b->name[i], &b->name[i + 1], (size_t)(b->n - i - 1) * sizeof *b->name);
            memmove(&b->value[i], &b->value[i + 1], (size_t)(b->n - i - 1) * sizeof *b->value);
            b->n--;
        }
        return;
    }
    if (!value || b->n == MAX_FEATS) return;
    memmove(&b->name[i + 1], &b->name[i], (size_t)(b->n - i) * sizeof *b->name);
    memmove(&b->value[i + 1], &b->value[i], (size_t)(b->n - i) * sizeof *b->value);
    b->name[i] = name;
    b->value[i] = value;
    b->n++;
}

static bool bundle_has(const bundle *b, const char *name)
{
    for (int i = 0; i < b->n; i++)
        if (!strcmp(b->name[i], name)) return true;
    return false;
}

/* The bundle as a string: `was` itself when nothing changed, else a copy
 * in the document's arena. */
static const char *bundle_write(doc *d, const bundle *b, const char *was)
{
    char out[FEAT_BYTES * 2];
    size_t k = 0;
    for (int i = 0; i < b->n; i++) {
        size_t nl = strlen(b->name[i]), vl = strlen(b->value[i]);
        if (k + nl + vl + 3 > sizeof out) break;
        if (k) out[k++] = '|';
        memcpy(out + k, b->name[i], nl);
        k += nl;
        out[k++] = '=';
        memcpy(out + k, b->value[i], vl);
        k += vl;
    }
    if (!k) return "_";
    out[k] = '\0';
    return was && !strcmp(was, out) ? was : doc_strdup(d, out);
}

/* ---- the rules ---- */

static bool form_is(doc *d, const dyad_token *t, const char *word)
{
    size_t len;
    const char *f = doc_token_form(d, t, &len);
    return len == strlen(word) && strncasecmp(f, word, len) == 0;
}

/* Number and Person of a finite verb whose subject is s (NULL: none
 * known); via the antecedent for a relative pronoun.  False when the
 * subject says nothing sure. */
static bool agreement(doc *d, const dyad_token *tok, size_t n, size_t first, const uint32_t *deps, const dyad_token *verb,
                      const dyad_token *s, bool present, const char **number, const char **person)
{
    static const struct { const char *word, *number, *person; } pronouns[] = {
        {"i", "Sing", "1"},    {"we", "Plur", "1"},    {"you", "Sing", "2"},   {"he", "Sing", "3"},
        {"she", "Sing", "3"},  {"it", "Sing", "3"},    {"this", "Sing", "3"},  {"that", "Sing", "3"},
        {"they", "Plur", "3"}, {"these", "Plur", "3"}, {"those", "Plur", "3"},
    };
    *person = "3";
    if (!s) return false;
    if (is(s->xpos, "PRP") || is(s->xpos, "DT")) {
        for (size_t i = 0; i < sizeof pronouns / sizeof *pronouns; i++)
            if (form_is(d, s, pronouns[i].word)) {
                *number = pronouns[i].number;
                *person = pronouns[i].person;
                return true;
            }
        return false;
    }
    size_t si = (size_t)(s - tok);
    if (present && (deps[si] & DEP_CONJ)) { *number = "Plur"; return true; } /* "Russia and China are" */
    if (is(s->xpos, "NNS") || is(s->xpos, "NNPS")) { *number = "Plur"; return true; }
    if (is(s->xpos, "NN") || is(s->xpos, "NNP")) { *number = present ? "Plur" : "Sing"; return true; } /* VBP: non-third-singular */
    if (is(s->xpos, "WP") || is(s->xpos, "WDT")) {
        if (present) { *number = "Plur"; return true; }
        /* "the officials who were": the noun the relative clause modifies */
        if (!rel_exact(verb->deprel, "acl:relcl") || verb->head < (int32_t)first || (size_t)verb->head - first >= n) return false;
        const dyad_token *a = &tok[(size_t)verb->head - first];
        *number = is(a->xpos, "NNS") || is(a->xpos, "NNPS") ? "Plur" : "Sing";
        return true;
    }
    return false;
}

static size_t head_in(const dyad_token *t, size_t n, size_t first)
{
    return t->head >= (int32_t)first && (size_t)t->head - first < n ? (size_t)t->head - first : n;
}

/* An ordinal: "first" .. "twelfth", "twentieth" and the like as words,
 * "1st", "23rd", "30th" in digits; the NumForm it has, or NULL. */
static const char *ordinal_form(const char *f, size_t len)
{
    static const char *const words[] = {"first",   "second",  "third",    "fourth",  "fifth",     "sixth",
                                        "seventh", "eighth",  "ninth",    "tenth",   "eleventh",  "twelfth",
                                        "twentieth", "thirtieth", "fortieth", "fiftieth", "hundredth", "thousandth"};
    /* every ordinal ends in "st", "nd", "rd" or "th": most words stop here */
    if (len < 3) return NULL;
    char y = (char)(f[len - 2] | 0x20), z = (char)(f[len - 1] | 0x20);
    if (!((y == 's' && z == 't') || (y == 'n' && z == 'd') || (y == 'r' && z == 'd') || (y == 't' && z == 'h')))
        return NULL;
    size_t d = 0;
    while (d < len && f[d] >= '0' && f[d] <= '9') d++;
    if (d > 0) return len - d == 2 ? "Combi" : NULL; /* digits, then the two letters checked above */
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strlen(words[i]) == len && strncasecmp(f, words[i], len) == 0) return "Word";
    /* "thirteenth" .. "nineteenth" */
    return len > 6 && strncasecmp(f + len - 6, "teenth", 6) == 0 ? "Word" : NULL;
}

void feats_in_context(doc *d, dyad_token *tok, size_t n, size_t first, uint32_t *scratch)
{
    /* Per word: what its dependents are, its first subject and its first
     * expletive (n: none); one pass over the words, so the whole is linear. */
    uint32_t *deps = scratch, *subj = scratch + n, *expl = scratch + 2 * n;
    memset(deps, 0, n * sizeof *deps);
    for (size_t j = 0; j < n; j++) subj[j] = expl[j] = (uint32_t)n;
    for (size_t j = 0; j < n; j++) {
        size_t h = head_in(&tok[j], n, first);
        if (h == n) continue;
        const char *r = tok[j].deprel;
        /* Most relations are none of these: one look at the first letter. */
        if (!r || !strchr("ncema", r[0])) continue;
        if (rel_is(r, "nsubj") && subj[h] == n) subj[h] = (uint32_t)j;
        if (rel_exact(r, "expl") && expl[h] == n) expl[h] = (uint32_t)j;
        if (rel_is(r, "nsubj") || rel_is(r, "csubj") || rel_exact(r, "expl")) deps[h] |= DEP_SUBJECT;
        if (rel_exact(r, "aux:pass") || rel_exact(r, "nsubj:pass") || rel_exact(r, "csubj:pass")) deps[h] |= DEP_PASSIVE;
        if (rel_exact(r, "aux")) deps[h] |= DEP_AUX | (is(tok[j].lemma, "do") ? 0 : DEP_AUX_NOT_DO);
        if (rel_is(r, "mark")) deps[h] |= DEP_MARK;
        if (rel_exact(r, "conj")) deps[h] |= DEP_CONJ;
    }
    /* Imperatives: main clauses first, then their conjuncts (a conjunct
     * follows the word it is joined to, so one pass in order sees it). */
    for (size_t j = 0; j < n; j++) {
        const dyad_token *t = &tok[j];
        if (!is(t->upos, "VERB") || !is(t->xpos, "VB") || (deps[j] & (DEP_SUBJECT | DEP_AUX_NOT_DO | DEP_MARK))) continue;
        size_t h = head_in(t, n, first);
        bool main = rel_exact(t->deprel, "root") || rel_exact(t->deprel, "parataxis");
        bool joined = rel_exact(t->deprel, "conj") && h < n && (deps[h] & IMPERATIVE);
        if (main || joined) deps[j] |= IMPERATIVE;
    }
    for (size_t j = 0; j < n; j++) {
        dyad_token *t = &tok[j];
        if (!t->xpos || !t->upos) continue;
        size_t h = head_in(t, n, first);
        /* Only verbs, auxiliaries and pronouns have features the parse
         * decides: other words are left without reading their bundle. */
        bool verb = is(t->upos, "VERB"), aux = is(t->upos, "AUX");
        if (is(t->upos, "ADJ") || is(t->upos, "NOUN")) {
            size_t len;
            const char *f = doc_token_form(d, t, &len), *form = ordinal_form(f, len);
            if (form && t->feats && strlen(t->feats) < FEAT_BYTES) {
                bundle b;
                bundle_read(&b, t->feats);
                bundle_set(&b, "NumForm", form);
                bundle_set(&b, "NumType", "Ord");
                t->feats = bundle_write(d, &b, t->feats);
            }
            continue;
        }
        if (!verb && !aux && !is(t->upos, "PRON") && !is(t->xpos, "WRB")) continue;
        if (!t->feats || strlen(t->feats) >= FEAT_BYTES) continue;
        bundle b;
        bundle_read(&b, t->feats);
        bool changed = true;
        /* "was" keeps the lexicon's third person: EWT writes "I was" so
         * 112 times in 173 (train), unlike "had", "did" and the verbs. */
        bool was = aux && is(t->xpos, "VBD") && is(t->lemma, "be");
        if ((verb || aux) && (is(t->xpos, "VBP") || is(t->xpos, "VBD")) && !was && bundle_has(&b, "Person")) {
            bool through_head = aux && (rel_exact(t->deprel, "aux") || rel_exact(t->deprel, "aux:pass") || rel_exact(t->deprel, "cop"));
            size_t v = through_head ? h : j;
            const dyad_token *s = v < n && subj[v] < n ? &tok[subj[v]] : NULL;
            /* "He arrived and said": a conjunct without a subject of its
             * own shares the first conjunct's */
            if (!s && v < n && rel_exact(tok[v].deprel, "conj")) {
                size_t c = head_in(&tok[v], n, first);
                if (c < n && subj[c] < n) s = &tok[subj[c]];
            }
            const char *number = NULL, *person = NULL;
            bool present = is(t->xpos, "VBP");
            if (!s && present && v < n) { /* "there are": plural unless the subject says otherwise */
                if (expl[v] < n && form_is(d, &tok[expl[v]], "there")) { number = "Plur"; person = "3"; }
            }
            if (number || agreement(d, tok, n, first, deps, v < n ? &tok[v] : t, s, present, &number, &person)) {
                bundle_set(&b, "Number", number);
                bundle_set(&b, "Person", person);
            } else changed = false;
        } else if (verb && is(t->xpos, "VBN")) {
            bundle_set(&b, "Voice", (deps[j] & DEP_AUX) && !(deps[j] & DEP_PASSIVE) ? NULL : "Pass");
        } else if ((verb || aux) && is(t->xpos, "VB")) {
            bool imp = (deps[j] & IMPERATIVE) ||
                       (aux && (rel_exact(t->deprel, "aux") || rel_exact(t->deprel, "cop")) && h < n && (deps[h] & IMPERATIVE));
            bundle_set(&b, "Mood", imp ? "Imp" : NULL);
            bundle_set(&b, "VerbForm", imp ? "Fin" : "Inf");
        } else if (verb && is(t->xpos, "VBG")) {
            static const char *const nominal[] = {"acl", "xcomp", "amod", "csubj", "obj", "compound",
                                                  "nsubj", "obl", "nmod", "ccomp", "iobj"};
            bool ger = false;
            if (!(deps[j] & DEP_AUX)) {
                for (size_t k = 0; k < sizeof nominal / sizeof *nominal; k++)
                    if (rel_exact(t->deprel, nominal[k]) || (rel_is(t->deprel, nominal[k]) && strcmp(nominal[k], "acl")))
                        ger = true;
                /* a conjunct is what the word it is joined to is */
                if (rel_exact(t->deprel, "conj") && h < n && is(tok[h].xpos, "VBG") && is(tok[h].upos, "VERB"))
                    ger = tok[h].feats && strstr(tok[h].feats, "VerbForm=Ger") != NULL;
            }
            bundle_set(&b, "Tense", ger ? NULL : "Pres");
            bundle_set(&b, "VerbForm", ger ? "Ger" : "Part");
        } else if (is(t->xpos, "PRP") && (form_is(d, t, "it") || form_is(d, t, "you"))) {
            bool nom = rel_is(t->deprel, "nsubj") || rel_exact(t->deprel, "expl") || rel_exact(t->deprel, "root");
            bundle_set(&b, "Case", nom ? "Nom" : "Acc");
        } else if ((is(t->xpos, "WP") || is(t->xpos, "WDT") || is(t->xpos, "WRB")) && bundle_has(&b, "PronType")) {
            bool relative = h < n && (rel_exact(tok[h].deprel, "acl:relcl") || rel_exact(tok[h].deprel, "advcl:relcl"));
            if (relative) bundle_set(&b, "PronType", "Rel");
            else if (!is(t->xpos, "WDT")) bundle_set(&b, "PronType", "Int");
            else changed = false;
        } else changed = false;
        if (changed) t->feats = bundle_write(d, &b, t->feats);
    }
}
