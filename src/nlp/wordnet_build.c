/* wordnet_build.c — training-time reader of the WordNet 3.0 database
 * (Debian package wordnet-base, /usr/share/wordnet) into the word-class
 * keys of wordnet.h.
 *
 * index.{noun,verb,adj,adv}: the lemmas of each part of speech (first field
 * of every line; the licence lines start with a space).  {noun,verb,adj}.exc:
 * irregular inflected forms ("geese goose", "ate eat", "better good").
 * Regular inflections are made here from the lemmas (plural and third
 * person -s/-es/-ies, -ed and -ing with the silent e dropped and the final
 * consonant doubled, -er/-est of short adjectives); a form that English
 * never writes ("visitted") costs nothing, since no text will look it up.
 * data.*: the synsets' words keep their capitals, so a word met only
 * capitalised there is a name.  Multi-word entries (with '_') are left
 * out: a token is one word. */
#include "nlp/wordnet.h"

#include <stdlib.h>
#include <string.h>

#include "base/fail.h"
#include "base/vec.h"
#include "nlp/perceptron.h"

typedef VEC(uint64_t) u64_vec;

enum { WN_WORD_MAX = 64 };

/* Caps evidence from data.*: not a class of its own, merged below. */
enum { SEEN_LOWER = 1u << 10, SEEN_UPPER = 1u << 11 };

static void add(u64_vec *v, const char *w, size_t n, unsigned bits)
{
    if (n == 0 || n >= WN_WORD_MAX) return;
    VEC_PUSH(v, word_table_key(fh_str(w, n), bits));
}

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

static int plain_word(const char *w, size_t n)
{
    if (n < 2 || n > WN_WORD_MAX - 6) return 0;
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'a' || w[i] > 'z') return 0;
    return 1;
}

/* Consonant-vowel-consonant at the end of a one-syllable stem ("plan",
 * "stop"): the consonant may double before -ed, -ing, -er. */
static int cvc(const char *w, size_t n)
{
    if (n < 3) return 0;
    char a = w[n - 3], b = w[n - 2], c = w[n - 1];
    if (is_vowel(a) || !is_vowel(b) || is_vowel(c) || c == 'w' || c == 'x' || c == 'y') return 0;
    return 1;
}

static size_t vowel_groups(const char *w, size_t n)
{
    size_t g = 0;
    for (size_t i = 0; i < n; i++)
        if ((is_vowel(w[i]) || (w[i] == 'y' && i > 0)) && (i == 0 || !(is_vowel(w[i - 1]) || w[i - 1] == 'y'))) g++;
    return g;
}

/* stem + suffix into buf, then add. */
static void add_cat(u64_vec *v, const char *w, size_t keep, const char *suffix, unsigned bits)
{
    char buf[WN_WORD_MAX];
    size_t sl = strlen(suffix);
    if (keep + sl >= sizeof buf) return;
    memcpy(buf, w, keep);
    memcpy(buf + keep, suffix, sl);
    add(v, buf, keep + sl, bits);
}

/* -s / -es / -ies */
static void add_s(u64_vec *v, const char *w, size_t n, unsigned bits)
{
    char z = w[n - 1], y = w[n - 2];
    if (z == 's' || z == 'x' || z == 'z' || (z == 'h' && (y == 'c' || y == 's'))) add_cat(v, w, n, "es", bits);
    else if (z == 'y' && !is_vowel(y)) add_cat(v, w, n - 1, "ies", bits);
    else add_cat(v, w, n, "s", bits);
}

/* A suffix starting with a vowel (-ed, -ing, -er, -est). */
static void add_vowel_suffix(u64_vec *v, const char *w, size_t n, const char *suffix, unsigned bits)
{
    char z = w[n - 1], y = w[n - 2];
    if (z == 'e' && suffix[0] == 'e') { add_cat(v, w, n - 1, suffix, bits); return; }
    if (z == 'e' && y == 'i' && suffix[0] == 'i') { /* die -> dying */
        char stem[WN_WORD_MAX];
        memcpy(stem, w, n - 2);
        stem[n - 2] = 'y';
        add_cat(v, stem, n - 1, suffix, bits);
        return;
    }
    if (z == 'e' && y != 'e' && y != 'o' && y != 'y') { add_cat(v, w, n - 1, suffix, bits); return; }
    if (z == 'y' && !is_vowel(y) && suffix[0] == 'e') {
        char stem[WN_WORD_MAX];
        memcpy(stem, w, n - 1);
        stem[n - 1] = 'i';
        add_cat(v, stem, n, suffix, bits);
        return;
    }
    add_cat(v, w, n, suffix, bits);
    if (cvc(w, n)) {
        char stem[WN_WORD_MAX];
        memcpy(stem, w, n);
        stem[n] = z;
        add_cat(v, stem, n + 1, suffix, bits);
    }
}

static void inflect(u64_vec *v, const char *w, size_t n, unsigned pos)
{
    if (!plain_word(w, n)) return;
    if (pos == WN_NOUN) add_s(v, w, n, WN_NOUN_INFL);
    else if (pos == WN_VERB) {
        add_s(v, w, n, WN_VERB_INFL);
        add_vowel_suffix(v, w, n, "ed", WN_VERB_INFL);
        add_vowel_suffix(v, w, n, "ing", WN_VERB_INFL);
    } else if (pos == WN_ADJ && (vowel_groups(w, n) == 1 || (vowel_groups(w, n) == 2 && w[n - 1] == 'y'))) {
        add_vowel_suffix(v, w, n, "er", WN_ADJ_INFL);
        add_vowel_suffix(v, w, n, "est", WN_ADJ_INFL);
    }
}

static FILE *open_in(const char *dir, const char *name, char *err, size_t err_size)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "r");
    if (!f && err && err_size)
        snprintf(err, err_size,
                 "WordNet not found (%s cannot be read): install the Debian package wordnet-base, which the "
                 "tagger's word classes are built from",
                 path);
    return f;
}

/* The first space-separated field of each non-licence line. */
static int read_index(u64_vec *v, const char *dir, const char *name, unsigned pos, char *err, size_t err_size)
{
    FILE *f = open_in(dir, name, err, err_size);
    if (!f) return -1;
    char line[1 << 14];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == ' ' || line[0] == '\n') continue;
        size_t n = strcspn(line, " \n");
        if (memchr(line, '_', n)) continue;
        add(v, line, n, pos);
        inflect(v, line, n, pos);
    }
    fclose(f);
    return 0;
}

/* "inflected base ...": the first field is an inflected form. */
static int read_exc(u64_vec *v, const char *dir, const char *name, unsigned bits, char *err, size_t err_size)
{
    FILE *f = open_in(dir, name, err, err_size);
    if (!f) return -1;
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        size_t n = strcspn(line, " \n");
        if (memchr(line, '_', n)) continue;
        add(v, line, n, bits);
    }
    fclose(f);
    return 0;
}

/* Synset lines: "offset lexfile type count(hex) word lexid word lexid ...". */
static int read_data(u64_vec *v, const char *dir, const char *name, char *err, size_t err_size)
{
    FILE *f = open_in(dir, name, err, err_size);
    if (!f) return -1;
    char line[1 << 16];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == ' ') continue;
        char *save = NULL, *tok = strtok_r(line, " ", &save);
        for (int i = 0; i < 3 && tok; i++) tok = strtok_r(NULL, " ", &save);
        if (!tok) continue;
        long words = strtol(tok, NULL, 16);
        for (long i = 0; i < words && i < 1000; i++) {
            char *w = strtok_r(NULL, " ", &save);
            if (!strtok_r(NULL, " ", &save) || !w) break; /* lex id */
            size_t n = strcspn(w, "(");         /* adjective markers: "galore(ip)" */
            if (memchr(w, '_', n) || n >= WN_WORD_MAX) continue;
            char low[WN_WORD_MAX];
            unsigned seen = SEEN_LOWER;
            for (size_t j = 0; j < n; j++) {
                low[j] = w[j];
                if (w[j] >= 'A' && w[j] <= 'Z') { low[j] = (char)(w[j] + 32); seen = SEEN_UPPER; }
            }
            add(v, low, n, seen);
        }
    }
    fclose(f);
    return 0;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

size_t wordnet_build(const char *dir, uint64_t **out, FILE *log, char *err, size_t err_size)
{
    static const struct { const char *index, *exc, *data; unsigned pos, infl; } parts[] = {
        {"index.noun", "noun.exc", "data.noun", WN_NOUN, WN_NOUN_INFL},
        {"index.verb", "verb.exc", "data.verb", WN_VERB, WN_VERB_INFL},
        {"index.adj", "adj.exc", "data.adj", WN_ADJ, WN_ADJ_INFL},
        {"index.adv", NULL, "data.adv", WN_ADV, 0},
    };
    u64_vec v = {0};
    *out = NULL;
    for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
        if (read_index(&v, dir, parts[i].index, parts[i].pos, err, err_size) != 0 ||
            (parts[i].exc && read_exc(&v, dir, parts[i].exc, parts[i].infl, err, err_size) != 0) ||
            read_data(&v, dir, parts[i].data, err, err_size) != 0) {
            VEC_FREE(&v);
            return 0;
        }
    }
    /* One key per word: the union of its bits, capitals told from data. */
    if (v.count) qsort(v.items, v.count, sizeof *v.items, cmp_u64);
    size_t n = 0, caps_only = 0;
    for (size_t i = 0; i < v.count;) {
        uint64_t h = v.items[i] & ~WT_VALUE_MASK;
        unsigned bits = 0;
        for (; i < v.count && (v.items[i] & ~WT_VALUE_MASK) == h; i++) bits |= (unsigned)(v.items[i] & WT_VALUE_MASK);
        unsigned cls = bits & (WN_NOUN | WN_VERB | WN_ADJ | WN_ADV | WN_NOUN_INFL | WN_VERB_INFL | WN_ADJ_INFL);
        if ((bits & SEEN_UPPER) && !(bits & SEEN_LOWER)) { cls |= WN_CAPS_ONLY; caps_only++; }
        if (!cls) continue; /* a synset word without an index entry (none expected) */
        v.items[n++] = word_table_key(h, cls);
    }
    if (!n) {
        if (err && err_size) snprintf(err, err_size, "WordNet in %s holds no words", dir);
        VEC_FREE(&v);
        return 0;
    }
    if (log) fprintf(log, "wordnet: %zu words (%zu only capitalised) from %s\n", n, caps_only, dir);
    *out = v.items;
    return n;
}
