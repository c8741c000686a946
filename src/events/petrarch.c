/* petrarch.c — reader for PETRARCH-2 verb dictionaries (CAMEO.2.0.txt and
 * the PETR.Validate.verbs.txt of its test suite), turned into dyad's own
 * patterns so one matcher serves both.
 *
 * The format: "&NAME" opens a synonym set whose members follow as "+WORD"
 * lines; "--- NAME [CODE] ---" opens a verb block; plain lines in a block
 * are verbs ("VERB {FORMS} [CODE]", "+ASK_FOR", "PRE_+VERB"), and "- ..."
 * lines are patterns ("- * (FOR HELP) [020] # comment") that hold for
 * every verb of the block.  In patterns '*' stands for the verb, '_' joins
 * words, () and {} group them, '&NAME' is a synonym set, '+' marks the
 * target, '$' the source, '^' and '%' skip.  dyad reads the words as a bag
 * that must occur in the verb's clause, which is what a dependency parse
 * gives; word order is not checked. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fail.h"
#include "events/dictionary.h"

enum { MAX_WORDS = 48, MAX_VERBS = 512, MAX_SYN_MEMBERS = 4096, MAX_SYNSETS = 512 };

typedef struct synset {
    uint32_t name;       /* interned "&NAME" without the & and trailing _ */
    uint32_t *members;   /* the last word of each member */
    uint32_t count;
    uint32_t **prefix;   /* the words before it, for multiword members (or NULL) */
    uint8_t *prefix_len;
} synset;

typedef struct reader {
    event_tables *t;
    const char *path;
    unsigned line;
    int failed;
    synset sets[MAX_SYNSETS];
    uint32_t nsets;
    synset *open_set;
    uint32_t pending[MAX_SYN_MEMBERS];
    uint32_t *pending_prefix[MAX_SYN_MEMBERS];
    uint8_t pending_prefix_len[MAX_SYN_MEMBERS];
    uint32_t npending;
    /* the current verb block */
    int in_block;
    char block_code[5], block_code2[5];
    uint32_t verbs[MAX_VERBS];
    uint32_t nverbs;
} reader;

static void close_set(reader *r)
{
    if (!r->open_set) return;
    r->open_set->members = tables_alloc(r->t, (r->npending ? r->npending : 1) * sizeof(uint32_t));
    memcpy(r->open_set->members, r->pending, r->npending * sizeof(uint32_t));
    r->open_set->count = r->npending;
    int multi = 0;
    for (uint32_t i = 0; i < r->npending; i++) multi |= r->pending_prefix_len[i] > 0;
    if (multi) {
        r->open_set->prefix = tables_alloc(r->t, r->npending * sizeof *r->open_set->prefix);
        r->open_set->prefix_len = tables_alloc(r->t, r->npending);
        memcpy(r->open_set->prefix, r->pending_prefix, r->npending * sizeof *r->pending_prefix);
        memcpy(r->open_set->prefix_len, r->pending_prefix_len, r->npending);
    }
    r->open_set = NULL;
    r->npending = 0;
}

/* A word without PETRARCH's marks: leading '+', trailing '_' (no stemming). */
static uint32_t intern_clean(event_tables *t, const char *s, size_t n)
{
    while (n && (*s == '+' || *s == '-')) s++, n--;
    while (n && s[n - 1] == '_') n--;
    return n ? tables_word(t, s, n, true) : 0;
}

static const synset *find_set(const reader *r, const char *s, size_t n)
{
    while (n && s[n - 1] == '_') n--;
    uint32_t id = tables_word_find(r->t, s, n);
    if (!id) return NULL;
    for (uint32_t i = 0; i < r->nsets; i++)
        if (r->sets[i].name == id) return &r->sets[i];
    return NULL;
}

/* "[CODE]" or "[CODE:CODE2]" -> the first non-empty code; "---" means none.
 * Returns 0 when well formed. */
/* One code of a bracket: "---" or empty is none. */
static int one_code(const char *c, size_t len, char out[5])
{
    out[0] = '\0';
    while (len && c[len - 1] == ' ') len--;
    while (len && *c == ' ') c++, len--;
    if (!len || (len == 3 && !memcmp(c, "---", 3))) return 0;
    if (len > 4) return -1;
    for (size_t i = 0; i < len; i++)
        if (!isalnum((unsigned char)c[i])) return -1;
    memcpy(out, c, len);
    out[len] = '\0';
    return 0;
}

/* "[CODE]" or "[CODE:CODE2]": the event and, when both are given, the
 * reciprocal event the target makes (PETRARCH "[032:033]": one leaves for
 * the other's capital, the other hosts).  "[:173]" takes 173 as the code.
 * Returns 0 when well formed. */
static int parse_code(const char *s, size_t n, char out[5], char out2[5])
{
    out[0] = out2[0] = '\0';
    if (n < 2 || s[0] != '[' || s[n - 1] != ']') return -1;
    s++, n -= 2;
    const char *colon = memchr(s, ':', n);
    size_t a = colon ? (size_t)(colon - s) : n;
    if (one_code(s, a, out)) return -1;
    if (colon && one_code(colon + 1, n - a - 1, out2)) return -1;
    if (!out[0] && out2[0]) { /* "[:173]" */
        memcpy(out, out2, 5);
        out2[0] = '\0';
    }
    return 0;
}

static void warn(reader *r, const char *msg)
{
    tables_warn(r->t, r->path, r->line, "%s", msg);
    r->failed = 1;
}

/* Split a PETRARCH phrase into words: spaces and '_' separate; (){} drop.
 * glue[k] (when given) tells whether only '_' stood before word k: PETRARCH
 * joins with '_' words that must be adjacent ("NEW_&TIES_LINKS",
 * "RECENTLY_*"), while a space lets other words come between. */
static int phrase_words_glued(const char *s, size_t n, const char **w, size_t *wl, bool *glue, int max)
{
    int k = 0;
    for (size_t i = 0; i < n;) {
        size_t sep = i;
        bool underscore = false, space = false;
        while (i < n && strchr(" \t_(){}\r", s[i])) {
            if (s[i] == '_') underscore = true;
            else space = true;
            i++;
        }
        if (i >= n) break;
        size_t j = i;
        while (j < n && !strchr(" \t_(){}\r", s[j])) j++;
        if (k == max) return -1;
        w[k] = s + i;
        wl[k] = j - i;
        if (glue) glue[k] = k > 0 && i > sep && underscore && !space;
        k++;
        i = j;
    }
    return k;
}

static int phrase_words(const char *s, size_t n, const char **w, size_t *wl, int max)
{
    return phrase_words_glued(s, n, w, wl, NULL, max);
}

static void add_verb_line(reader *r, const char *s, size_t n)
{
    /* VERB-WORDS {FORMS} [CODE] */
    const char *brace = memchr(s, '{', n), *bracket = memchr(s, '[', n);
    size_t wordsn = n;
    if (brace) wordsn = (size_t)(brace - s);
    if (bracket && (size_t)(bracket - s) < wordsn) wordsn = (size_t)(bracket - s);
    char code[5] = "", code2[5] = "";
    if (bracket) {
        const char *close = memchr(bracket, ']', n - (size_t)(bracket - s));
        if (!close || parse_code(bracket, (size_t)(close - bracket) + 1, code, code2)) { warn(r, "malformed [code] on a verb line"); return; }
    } else {
        memcpy(code, r->block_code, sizeof code);
        memcpy(code2, r->block_code2, sizeof code2);
    }
    const char *w[MAX_WORDS];
    size_t wl[MAX_WORDS];
    bool glue[MAX_WORDS];
    int k = phrase_words_glued(s, wordsn, w, wl, glue, MAX_WORDS);
    if (k <= 0) { warn(r, k < 0 ? "too many words on a verb line" : "a verb line without a verb"); return; }
    /* the verb is the word marked '+', or the first */
    int head = 0;
    for (int i = 0; i < k; i++)
        if (w[i][0] == '+') { head = i; break; }
    uint32_t verb = intern_clean(r->t, w[head], wl[head]);
    if (!verb) { warn(r, "a verb line without a verb"); return; }
    if (r->nverbs < MAX_VERBS) r->verbs[r->nverbs++] = verb;
    else { warn(r, "too many verbs in one block"); return; }
    /* also key the listed irregular forms, for text without lemmas */
    if (brace) {
        const char *close = memchr(brace, '}', n - (size_t)(brace - s));
        if (close) {
            const char *f[MAX_WORDS];
            size_t fl[MAX_WORDS];
            int m = phrase_words(brace + 1, (size_t)(close - brace - 1), f, fl, MAX_WORDS);
            for (int i = 0; i < m && k == 1 && r->nverbs < MAX_VERBS; i++) {
                uint32_t id = intern_clean(r->t, f[i], fl[i]);
                if (id) r->verbs[r->nverbs++] = id;
            }
        }
    }
    /* the verb alone, or the verb with its particle words, codes as the line says */
    ev_pattern *p = tables_add_pattern(r->t, verb);
    memcpy(p->code, code, sizeof code);
    memcpy(p->code2, code2, sizeof code2);
    p->nslots = (uint16_t)(k - 1);
    p->slots = tables_alloc(r->t, (size_t)(k > 1 ? k - 1 : 1) * sizeof *p->slots);
    memset(p->slots, 0, (size_t)(k > 1 ? k - 1 : 1) * sizeof *p->slots);
    /* the phrase's words keep their side of the verb and their '_' joins:
     * "+BREAK_DOWN" is "break" with "down" right after it */
    p->ordered = true;
    p->verb_line = true;
    p->verb_glued = head > 0 && glue[head];
    for (int i = 0, j = 0; i < k; i++) {
        if (i == head) continue;
        uint32_t id = intern_clean(r->t, w[i], wl[i]);
        p->slots[j].alts = tables_alloc(r->t, sizeof(uint32_t));
        p->slots[j].alts[0] = id;
        p->slots[j].nalts = 1;
        p->slots[j].before_verb = i < head;
        p->slots[j].glued = i > 0 && glue[i] && i - 1 != head;
        if (i == head + 1) p->slots[j].glued = glue[i];
        j++;
    }
    char label[300];
    const char *base = strrchr(r->path, '/');
    int len = snprintf(label, sizeof label, "%s:%u %.*s", base ? base + 1 : r->path, r->line, (int)(wordsn < 200 ? wordsn : 200), s);
    if (len < 0) len = 0;
    if (len >= (int)sizeof label) len = (int)sizeof label - 1; /* snprintf counts what it cut */
    while (len > 0 && label[len - 1] == ' ') len--;
    p->text = tables_strndup(r->t, label, (size_t)len);
}

static void add_pattern_line(reader *r, const char *s, size_t n)
{
    if (!r->in_block) { warn(r, "a pattern outside any verb block"); return; }
    const char *bracket = memchr(s, '[', n);
    if (!bracket) { warn(r, "a pattern without [code]"); return; }
    const char *close = memchr(bracket, ']', n - (size_t)(bracket - s));
    char code[5], code2[5];
    if (!close || parse_code(bracket, (size_t)(close - bracket) + 1, code, code2)) { warn(r, "malformed [code] in a pattern"); return; }
    size_t body = (size_t)(bracket - s);
    if (!memchr(s, '*', body)) { warn(r, "a pattern without '*' for the verb"); return; }
    const char *w[MAX_WORDS];
    size_t wl[MAX_WORDS];
    bool glue[MAX_WORDS];
    int k = phrase_words_glued(s + 1, body - 1, w, wl, glue, MAX_WORDS);
    if (k < 0) { warn(r, "too many words in a pattern"); return; }
    ev_slot slots[MAX_WORDS];
    int ns = 0, target_obj = 0, after_verb = 0, skipped = 0, subject_target = 0, source_slot = -2, compound = 0,
        source_skip = 0;
    /* what the previous word was, for '_' joins: 1 a slot, 2 the verb, 0 a mark */
    int prev = 0, verb_glued = 0;
    for (int i = 0; i < k; i++) {
        const char *x = w[i];
        size_t xl = wl[i];
        if (xl == 1 && *x == '*') {
            after_verb = 1;
            verb_glued = glue[i] && prev == 1;
            prev = 2;
            continue;
        }
        int was = prev;
        prev = 0;
        if (xl == 1 && *x == '^') { skipped = 1; continue; }
        if (xl == 1 && *x == '%') {
            if (!after_verb) compound = 1;
            continue;
        }
        if (xl == 1 && *x == '$') { /* after the verb: where the source is */
            if (after_verb) source_slot = ns > 0 ? ns - 1 : -1, source_skip = skipped;
            skipped = 0;
            continue;
        }
        if (xl == 1 && *x == '+' && !after_verb) { subject_target = 1; continue; }
        if (xl == 1 && *x == '+') {
            if (after_verb && ns == 0) target_obj = 1;
            else if (ns > 0) { /* "(ABOUT +)", "ABOUT +", "IN ^ +" */
                slots[ns - 1].target = true;
                slots[ns - 1].target_skip = skipped;
            }
            skipped = 0;
            continue;
        }
        skipped = 0;
        memset(&slots[ns], 0, sizeof slots[ns]);
        slots[ns].before_verb = !after_verb;
        slots[ns].glued = glue[i] && was != 0;
        if (*x == '&') {
            const synset *set = find_set(r, x + 1, xl - 1);
            if (!set) { warn(r, "an unknown synonym set"); return; }
            if (!set->count) continue; /* an empty set constrains nothing */
            slots[ns].alts = set->members;
            slots[ns].nalts = set->count;
            slots[ns].prefix = set->prefix;
            slots[ns].prefix_len = set->prefix_len;
        } else {
            uint32_t id = intern_clean(r->t, x, xl);
            if (!id) continue;
            slots[ns].alts = tables_alloc(r->t, sizeof(uint32_t));
            slots[ns].alts[0] = id;
            slots[ns].nalts = 1;
        }
        ns++;
        prev = 1;
    }
    char label[300];
    const char *base = strrchr(r->path, '/');
    int len = snprintf(label, sizeof label, "%s:%u %.*s", base ? base + 1 : r->path, r->line, (int)(body < 200 ? body : 200), s);
    if (len < 0) len = 0;
    if (len >= (int)sizeof label) len = (int)sizeof label - 1; /* snprintf counts what it cut */
    while (len > 0 && label[len - 1] == ' ') len--;
    const char *text = tables_strndup(r->t, label, (size_t)len);
    ev_slot *stored = tables_alloc(r->t, (size_t)(ns ? ns : 1) * sizeof *stored);
    memcpy(stored, slots, (size_t)ns * sizeof *stored);
    /* the pattern holds for every verb of the block */
    for (uint32_t v = 0; v < r->nverbs; v++) {
        ev_pattern *p = tables_add_pattern(r->t, r->verbs[v]);
        memcpy(p->code, code, sizeof code);
        memcpy(p->code2, code2, sizeof code2);
        p->target_obj = target_obj;
        p->subject_target = subject_target && source_slot != -2;
        p->plus_subject = subject_target && source_slot == -2;
        p->compound_subject = compound;
        p->deep = true;
        p->ordered = true;
        p->verb_glued = verb_glued;
        p->source_slot = (int8_t)(source_slot >= 0 ? source_slot : -1);
        p->source_skip = source_skip && source_slot >= 0;
        p->nslots = (uint16_t)ns;
        p->slots = stored;
        p->text = text;
    }
}

int read_petrarch_verbs(event_tables *t, const char *path, const char *text, size_t n, bool strict)
{
    reader *r = xcalloc(1, sizeof *r);
    r->t = t;
    r->path = path;
    int in_xml_comment = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && text[j] != '\n') j++;
        r->line++;
        const char *s = text + i;
        size_t len = j - i;
        i = j + 1;
        /* XML-style comments of the validation files */
        if (in_xml_comment || (len >= 4 && !memcmp(s, "<!--", 4))) {
            in_xml_comment = !(len >= 3 && !memcmp(s + len - 3, "-->", 3)) && !memmem(s, len, "-->", 3);
            continue;
        }
        const char *hash = memchr(s, '#', len);
        if (hash) len = (size_t)(hash - s);
        while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r')) len--;
        while (len && (*s == ' ' || *s == '\t')) s++, len--;
        if (!len) continue; /* blank and comment lines do not end a synonym set */
        if (*s == '&') {
            close_set(r);
            if (r->nsets == MAX_SYNSETS) { warn(r, "too many synonym sets"); continue; }
            size_t nl = 1;
            while (nl < len && s[nl] != ' ' && s[nl] != '\t') nl++;
            size_t name_len = nl - 1;
            while (name_len && s[name_len] == '_') name_len--;
            r->in_block = 0; /* a synonym set ends any verb block */
            synset *set = &r->sets[r->nsets++];
            set->name = tables_word(t, s + 1, name_len, true);
            r->open_set = set;
            continue;
        }
        if (*s == '+' && r->open_set && !r->in_block) {
            if (r->npending == MAX_SYN_MEMBERS) { warn(r, "an enormous synonym set (truncated)"); continue; }
            /* a multiword member counts by its last word, its head */
            const char *w[MAX_WORDS];
            size_t wl[MAX_WORDS];
            int k = phrase_words(s + 1, len - 1, w, wl, MAX_WORDS);
            if (k <= 0) { warn(r, "an empty synonym"); continue; }
            uint32_t id = intern_clean(t, w[k - 1], wl[k - 1]);
            if (!id) continue;
            uint32_t *prefix = NULL;
            int np = k - 1 > 255 ? 255 : k - 1;
            if (np > 0) {
                prefix = tables_alloc(t, (size_t)np * sizeof *prefix);
                for (int m = 0; m < np; m++) prefix[m] = intern_clean(t, w[k - 1 - np + m], wl[k - 1 - np + m]);
            }
            r->pending_prefix[r->npending] = prefix;
            r->pending_prefix_len[r->npending] = (uint8_t)np;
            r->pending[r->npending++] = id;
            continue;
        }
        if (len >= 3 && !memcmp(s, "---", 3)) {
            close_set(r);
            const char *b = memchr(s, '[', len);
            const char *e = b ? memchr(b, ']', len - (size_t)(b - s)) : NULL;
            r->in_block = 1;
            r->nverbs = 0;
            if (!b || !e || parse_code(b, (size_t)(e - b) + 1, r->block_code, r->block_code2)) {
                warn(r, "malformed verb block header");
                r->block_code[0] = r->block_code2[0] = '\0';
            }
            continue;
        }
        if (*s == '-') { add_pattern_line(r, s, len); continue; }
        if (r->in_block) { add_verb_line(r, s, len); continue; }
        if (r->open_set && *s == '+') continue;
        warn(r, "a line that is neither a synonym set, a verb block, a verb nor a pattern");
    }
    close_set(r);
    int failed = r->failed;
    free(r);
    return strict && failed ? -1 : 0;
}

/* Discards: one phrase a line ("YEARS LATER", "+TYPHOON"); '+' makes it
 * story-level.  '#' starts a comment. */
int read_petrarch_discards(event_tables *t, const char *path, const char *text, size_t n, bool strict)
{
    unsigned line = 0;
    int failed = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && text[j] != '\n') j++;
        line++;
        const char *s = text + i;
        size_t len = j - i;
        i = j + 1;
        const char *hash = memchr(s, '#', len);
        if (hash) len = (size_t)(hash - s);
        while (len && strchr(" \t\r", s[len - 1])) len--;
        while (len && (*s == ' ' || *s == '\t')) s++, len--;
        if (!len || (len >= 4 && !memcmp(s, "<!--", 4))) continue;
        bool story = *s == '+';
        if (story) s++, len--;
        const char *w[MAX_WORDS];
        size_t wl[MAX_WORDS];
        int k = phrase_words(s, len, w, wl, MAX_WORDS);
        if (k <= 0) {
            tables_warn(t, path, line, "%s", k < 0 ? "a discard phrase of too many words" : "an empty discard phrase");
            failed = 1;
            continue;
        }
        if (t->ndiscards == t->dcap) {
            t->dcap = t->dcap ? t->dcap * 2 : 64;
            t->discards = xrealloc(t->discards, t->dcap * sizeof *t->discards);
        }
        ev_discard *d = &t->discards[t->ndiscards++];
        d->words = tables_alloc(t, (size_t)k * sizeof(uint32_t));
        d->nwords = (uint32_t)k;
        d->story = story;
        for (int m = 0; m < k; m++) d->words[m] = intern_clean(t, w[m], wl[m]);
    }
    return strict && failed ? -1 : 0;
}
