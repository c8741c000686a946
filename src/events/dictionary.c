/* dictionary.c — the in-memory event dictionary: word interning, pattern
 * storage and lookup, the CAMEO code table, and the reader for dyad's own
 * verb dictionary format (documented in docs/EVENTS.md):
 *
 *     CODE  verb|noun  HEAD WORD... [+] ...   # comment
 *     complement  GOVERNOR-ROOT  COMPLEMENT-ROOT  CODE
 *
 * A pattern's words must all be found among the head's dependents (within
 * its own clause); '+' after the head makes the direct object the target,
 * '+' after a preposition makes the noun it governs the target; a|b lists
 * alternatives. */
#include "events/dictionary.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fail.h"
#include "base/hash.h"
#include "base/file.h"

enum { MAX_WARNINGS_KEPT = 64 };

void tables_init(event_tables *t)
{
    memset(t, 0, sizeof *t);
    t->block_size = 64 * 1024;
    t->wmask = 4095;
    t->wslots = xcalloc(t->wmask + 1, sizeof *t->wslots);
    t->wcap = 1024;
    t->words = xcalloc(t->wcap, sizeof *t->words);
    t->nwords = 1; /* id 0 is "no word" */
}

void tables_free(event_tables *t)
{
    for (size_t i = 0; i < t->nblocks; i++) free(t->blocks[i]);
    free(t->blocks);
    for (uint32_t i = 0; i < t->nwarnings; i++) free(t->warnings[i]);
    free(t->warnings);
    free(t->words);
    free(t->wslots);
    free(t->patterns);
    free(t->head_of);
    free(t->heads);
    free(t->complements);
    free(t->discards);
    free(t->codes);
    memset(t, 0, sizeof *t);
}

void *tables_alloc(event_tables *t, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (!t->nblocks || t->block_used + n > t->block_size) {
        size_t size = n > t->block_size ? n : t->block_size;
        if (t->nblocks == t->bcap) {
            t->bcap = t->bcap ? t->bcap * 2 : 16;
            t->blocks = xrealloc(t->blocks, t->bcap * sizeof *t->blocks);
        }
        t->blocks[t->nblocks++] = xcalloc(1, size);
        t->block_used = 0;
        if (size > t->block_size) { /* a big one-off: keep filling the previous block size next time */
            t->block_used = size;
            return t->blocks[t->nblocks - 1];
        }
    }
    void *p = t->blocks[t->nblocks - 1] + t->block_used;
    t->block_used += n;
    return p;
}

char *tables_strndup(event_tables *t, const char *s, size_t n)
{
    char *p = tables_alloc(t, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void tables_warn(event_tables *t, const char *file, unsigned line, const char *fmt, ...)
{
    t->warnings_total++;
    if (t->nwarnings >= MAX_WARNINGS_KEPT) return;
    char msg[400];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char full[700];
    snprintf(full, sizeof full, "%s:%u: %s", file, line, msg);
    if (t->nwarnings == t->warncap) {
        t->warncap = t->warncap ? t->warncap * 2 : 8;
        t->warnings = xrealloc(t->warnings, t->warncap * sizeof *t->warnings);
    }
    t->warnings[t->nwarnings++] = xstrdup(full);
}

static uint32_t hash_lower(const char *s, size_t n)
{
    uint32_t h = fnv1a32_lower(s, n);
    return h ? h : 1;
}

static int same_lower(const char *word, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (word[i] != (char)tolower((unsigned char)s[i])) return 0;
    return word[n] == '\0';
}

uint32_t tables_word_find(const event_tables *t, const char *s, size_t n)
{
    if (!n) return 0;
    uint32_t h = hash_lower(s, n);
    for (uint32_t i = h & t->wmask;; i = (i + 1) & t->wmask) {
        uint32_t id = t->wslots[i];
        if (!id) return 0;
        if (t->words[id].hash == h && same_lower(t->words[id].text, s, n)) return id;
    }
}

uint32_t tables_word(event_tables *t, const char *s, size_t n, bool add)
{
    uint32_t id = tables_word_find(t, s, n);
    if (id || !add || !n) return id;
    if ((t->nwords + 1) * 2 > t->wmask + 1) { /* grow and rehash */
        uint32_t mask = t->wmask * 2 + 1;
        uint32_t *slots = xcalloc(mask + 1, sizeof *slots);
        for (uint32_t w = 1; w < t->nwords; w++) {
            uint32_t i = t->words[w].hash & mask;
            while (slots[i]) i = (i + 1) & mask;
            slots[i] = w;
        }
        free(t->wslots);
        t->wslots = slots;
        t->wmask = mask;
    }
    if (t->nwords == t->wcap) {
        t->wcap *= 2;
        t->words = xrealloc(t->words, t->wcap * sizeof *t->words);
    }
    char *text = tables_strndup(t, s, n);
    for (size_t i = 0; i < n; i++) text[i] = (char)tolower((unsigned char)text[i]);
    id = t->nwords++;
    t->words[id].text = text;
    t->words[id].hash = hash_lower(s, n);
    uint32_t i = t->words[id].hash & t->wmask;
    while (t->wslots[i]) i = (i + 1) & t->wmask;
    t->wslots[i] = id;
    return id;
}

ev_pattern *tables_add_pattern(event_tables *t, uint32_t head)
{
    if (t->npatterns == t->pcap) {
        t->pcap = t->pcap ? t->pcap * 2 : 256;
        t->patterns = xrealloc(t->patterns, t->pcap * sizeof *t->patterns);
        t->head_of = xrealloc(t->head_of, t->pcap * sizeof *t->head_of);
    }
    ev_pattern *p = &t->patterns[t->npatterns];
    memset(p, 0, sizeof *p);
    t->head_of[t->npatterns++] = head;
    return p;
}

void tables_add_complement(event_tables *t, const char *governor, const char *complement, const char *code)
{
    if (t->ncomplements == t->ccap) {
        t->ccap = t->ccap ? t->ccap * 2 : 32;
        t->complements = xrealloc(t->complements, t->ccap * sizeof *t->complements);
    }
    ev_complement *c = &t->complements[t->ncomplements++];
    memset(c, 0, sizeof *c);
    snprintf(c->governor, sizeof c->governor, "%s", governor);
    snprintf(c->complement, sizeof c->complement, "%s", complement);
    snprintf(c->code, sizeof c->code, "%s", code);
}

/* Sort key for patterns: head word, then most slots first, then those with
 * a condition on the subject, then a block's patterns before a verb line's
 * own phrase (PETRARCH tries "- * TREATY" on "broke down a treaty" before
 * falling back on "+BREAK_DOWN"), then file order. */
typedef struct { uint32_t head, nslots, constrained, verb_line, index; } pattern_key;

static int cmp_pattern_key(const void *a, const void *b)
{
    const pattern_key *x = a, *y = b;
    if (x->head != y->head) return x->head < y->head ? -1 : 1;
    if (x->nslots != y->nslots) return x->nslots > y->nslots ? -1 : 1;
    if (x->constrained != y->constrained) return x->constrained ? -1 : 1; /* "% *" before the bare verb */
    if (x->verb_line != y->verb_line) return x->verb_line ? 1 : -1;
    return x->index < y->index ? -1 : x->index > y->index;
}

void tables_finish(event_tables *t)
{
    pattern_key *keys = xmalloc((t->npatterns + 1) * sizeof *keys);
    for (uint32_t i = 0; i < t->npatterns; i++)
        keys[i] = (pattern_key){t->head_of[i], t->patterns[i].nslots, t->patterns[i].compound_subject,
                                t->patterns[i].verb_line, i};
    qsort(keys, t->npatterns, sizeof *keys, cmp_pattern_key);
    ev_pattern *sorted = xmalloc((t->npatterns + 1) * sizeof *sorted);
    for (uint32_t i = 0; i < t->npatterns; i++) {
        sorted[i] = t->patterns[keys[i].index];
        t->head_of[i] = keys[i].head;
    }
    free(t->patterns);
    t->patterns = sorted;
    t->pcap = t->npatterns;
    free(t->heads);
    t->heads = xmalloc((t->npatterns + 1) * sizeof *t->heads);
    t->nheads = 0;
    for (uint32_t i = 0; i < t->npatterns;) {
        uint32_t j = i;
        while (j < t->npatterns && t->head_of[j] == t->head_of[i]) j++;
        t->heads[t->nheads++] = (ev_head){t->head_of[i], i, j - i};
        i = j;
    }
    free(keys);
}

const ev_head *tables_head(const event_tables *t, uint32_t word)
{
    size_t lo = 0, hi = t->nheads;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->heads[mid].word < word) lo = mid + 1;
        else hi = mid;
    }
    return lo < t->nheads && t->heads[lo].word == word ? &t->heads[lo] : NULL;
}

static int cmp_code(const void *a, const void *b)
{
    return strcmp(((const cameo_code *)a)->code, ((const cameo_code *)b)->code);
}

const cameo_code *tables_code(const event_tables *t, const char *code)
{
    if (!code || !t->ncodes) return NULL;
    cameo_code key;
    snprintf(key.code, sizeof key.code, "%s", code);
    return bsearch(&key, t->codes, t->ncodes, sizeof *t->codes, cmp_code);
}

const char *tables_complement(const event_tables *t, const char *governor, const char *complement)
{
    /* the longest matching prefix wins, wherever it stands in the file:
     * "demand" + "release prisoners" (0841) is 1053, not the 105 of 08 */
    const char *best = NULL;
    size_t best_len = 0;
    for (uint32_t i = 0; i < t->ncomplements; i++) {
        const ev_complement *c = &t->complements[i];
        size_t n = strlen(c->complement);
        if (n > best_len && !strncmp(c->governor, governor, 2) && !strncmp(c->complement, complement, n)) {
            best = c->code;
            best_len = n;
        }
    }
    return best;
}

/* ---- the CAMEO code table (data/events/cameo.tsv) ---- */

static int is_code(const char *s, size_t n)
{
    if (n < 2 || n > 4) return 0;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i])) return 0;
    return 1;
}

static const char *field_or_null(event_tables *t, const char *s, size_t n)
{
    if (!n || (n == 1 && s[0] == '-')) return NULL;
    return tables_strndup(t, s, n);
}

int read_cameo_table(event_tables *t, const char *path)
{
    size_t n;
    char *text = file_read_all(path, &n, NULL, 0);
    if (!text) return -1;
    size_t cap = 512;
    t->codes = xrealloc(t->codes, cap * sizeof *t->codes);
    unsigned line = 0;
    for (char *p = text; *p;) {
        char *end = strchr(p, '\n');
        if (!end) end = p + strlen(p);
        line++;
        if (*p != '#' && end > p) {
            const char *f[8];
            size_t len[8];
            int nf = 0;
            for (char *q = p; nf < 8;) {
                char *tab = memchr(q, '\t', (size_t)(end - q));
                char *stop = tab ? tab : end;
                f[nf] = q;
                len[nf++] = (size_t)(stop - q);
                if (!tab) break;
                q = tab + 1;
            }
            if (nf < 8 || !is_code(f[0], len[0])) {
                tables_warn(t, path, line, "expected 8 tab-separated fields starting with a CAMEO code");
            } else {
                if (t->ncodes == cap) t->codes = xrealloc(t->codes, (cap *= 2) * sizeof *t->codes);
                cameo_code *c = &t->codes[t->ncodes++];
                memset(c, 0, sizeof *c);
                memcpy(c->code, f[0], len[0]);
                c->quad = atoi(f[2]);
                c->goldstein = strtod(f[3], NULL);
                c->plover = field_or_null(t, f[4], len[4]);
                c->plover_mode = field_or_null(t, f[5], len[5]);
                c->plover_context = field_or_null(t, f[6], len[6]);
                c->label = field_or_null(t, f[7], len[7]);
            }
        }
        p = *end ? end + 1 : end;
    }
    free(text);
    qsort(t->codes, t->ncodes, sizeof *t->codes, cmp_code);
    return 0;
}

/* ---- dyad's own verb dictionary ---- */

/* Split s[0..n) at spaces/tabs into at most max words. */
static int split_words(const char *s, size_t n, const char **w, size_t *wl, int max)
{
    int k = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) i++;
        if (i >= n) break;
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '\t' && s[j] != '\r') j++;
        if (k == max) return -1;
        w[k] = s + i;
        wl[k++] = j - i;
        i = j;
    }
    return k;
}

enum { MAX_LINE_WORDS = 32, MAX_ALTS = 64 };

/* One "a|b|c" word into a slot of interned alternatives. */
static int fill_slot(event_tables *t, ev_slot *slot, const char *w, size_t n)
{
    uint32_t ids[MAX_ALTS];
    uint32_t k = 0;
    for (size_t i = 0; i <= n;) {
        size_t j = i;
        while (j < n && w[j] != '|') j++;
        if (j == i || k == MAX_ALTS) return -1;
        ids[k++] = tables_word(t, w + i, j - i, true);
        i = j + 1;
    }
    slot->alts = tables_alloc(t, k * sizeof *ids);
    memcpy(slot->alts, ids, k * sizeof *ids);
    slot->nalts = k;
    return 0;
}

static int parse_native_line(event_tables *t, const char *path, unsigned line, const char *s, size_t n)
{
    const char *w[MAX_LINE_WORDS];
    size_t wl[MAX_LINE_WORDS];
    int k = split_words(s, n, w, wl, MAX_LINE_WORDS);
    if (k < 0) { tables_warn(t, path, line, "more than %d words", MAX_LINE_WORDS); return -1; }
    if (k == 0) return 0;
    if (wl[0] == 10 && !memcmp(w[0], "complement", 10)) {
        if (k != 4 || !is_code(w[1], wl[1]) || wl[1] != 2 || !is_code(w[2], wl[2]) ||
            !is_code(w[3], wl[3])) {
            tables_warn(t, path, line, "expected: complement GOVERNOR-ROOT COMPLEMENT-CODE CODE");
            return -1;
        }
        char g[3], c[5], code[5];
        snprintf(g, sizeof g, "%.*s", (int)wl[1], w[1]);
        snprintf(c, sizeof c, "%.*s", (int)wl[2], w[2]);
        snprintf(code, sizeof code, "%.*s", (int)wl[3], w[3]);
        tables_add_complement(t, g, c, code);
        return 0;
    }
    int null_code = wl[0] == 3 && !memcmp(w[0], "---", 3);
    if (!null_code && !is_code(w[0], wl[0])) {
        tables_warn(t, path, line, "a pattern starts with a CAMEO code (2 to 4 digits) or ---, not \"%.*s\"", (int)wl[0], w[0]);
        return -1;
    }
    if (k < 3 || !((wl[1] == 4 && (!memcmp(w[1], "verb", 4) || !memcmp(w[1], "noun", 4))))) {
        tables_warn(t, path, line, "expected: CODE verb|noun HEAD [WORD|+]...");
        return -1;
    }
    if (w[2][0] == '+' || memchr(w[2], '|', wl[2])) {
        tables_warn(t, path, line, "the head must be one word");
        return -1;
    }
    ev_slot slots[MAX_LINE_WORDS];
    int ns = 0, target_obj = 0;
    for (int i = 3; i < k; i++) {
        if (wl[i] == 1 && w[i][0] == '+') {
            if (ns == 0) target_obj = 1;
            else slots[ns - 1].target = true;
            continue;
        }
        memset(&slots[ns], 0, sizeof slots[ns]);
        if (fill_slot(t, &slots[ns], w[i], wl[i])) {
            tables_warn(t, path, line, "empty or oversized alternative in \"%.*s\"", (int)wl[i], w[i]);
            return -1;
        }
        ns++;
    }
    uint32_t head = tables_word(t, w[2], wl[2], true);
    ev_pattern *p = tables_add_pattern(t, head);
    if (!null_code) memcpy(p->code, w[0], wl[0]);
    p->noun = w[1][0] == 'n';
    p->target_obj = target_obj;
    p->nslots = (uint16_t)ns;
    p->slots = tables_alloc(t, (size_t)(ns ? ns : 1) * sizeof *slots);
    memcpy(p->slots, slots, (size_t)ns * sizeof *slots);
    /* what an appeal (02x) asks for stands in the clause it asks
     * ("urged Beijing to act with restraint", "called on both sides to
     * agree to a truce"): its words are also sought there, after the
     * verb's own clause */
    p->deep = ns > 0 && !p->noun && null_code == 0 && w[0][0] == '0' && w[0][1] == '2';
    const char *base = strrchr(path, '/');
    char label[300];
    int len = snprintf(label, sizeof label, "%s:%u %.*s", base ? base + 1 : path, line, (int)n, s);
    if (len < 0) len = 0;
    if (len >= (int)sizeof label) len = (int)sizeof label - 1; /* snprintf counts what it cut */
    while (len > 0 && (label[len - 1] == ' ' || label[len - 1] == '\t')) len--;
    p->text = tables_strndup(t, label, (size_t)(len < (int)sizeof label ? len : (int)sizeof label - 1));
    return 0;
}

int read_native_verbs(event_tables *t, const char *path, const char *text, size_t n, bool strict)
{
    unsigned line = 0;
    int failed = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && text[j] != '\n') j++;
        line++;
        size_t end = i;
        while (end < j && text[end] != '#') end++;
        if (parse_native_line(t, path, line, text + i, end - i)) failed = 1;
        i = j + 1;
    }
    return strict && failed ? -1 : 0;
}
