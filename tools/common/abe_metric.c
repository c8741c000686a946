/* abe_metric.c — shingle matching as the Article Extraction Benchmark
 * scores it (see abe_metric.h for the definition). */
#include "common/abe_metric.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/json.h"
#include "base/utf8.h"
#include "base/file.h"

/* Word characters: ASCII letters, digits, '_', and non-ASCII code points
 * outside the punctuation, symbol, mark and space blocks (an approximation
 * of Unicode's alphanumeric class that is exact for the texts at hand). */
static int is_word_cp(uint32_t c)
{
    if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    if (c <= 0xBF) return c == 0xAA || c == 0xB2 || c == 0xB3 || c == 0xB5 || c == 0xB9 || c == 0xBA ||
                          (c >= 0xBC && c <= 0xBE);
    if (c == 0xD7 || c == 0xF7) return 0;
    if (c >= 0x0300 && c <= 0x036F) return 0;            /* combining marks */
    if (c == 0x037E || c == 0x0387) return 0;
    if (c >= 0x0589 && c <= 0x058A) return 0;
    if (c >= 0x05BE && c <= 0x05C7 && c != 0x05C0) return 0;
    if (c == 0x060C || c == 0x061B || c == 0x061F || c == 0x066A || c == 0x066B || c == 0x066C || c == 0x06D4) return 0;
    if (c >= 0x064B && c <= 0x065F) return 0;            /* Arabic marks */
    if (c >= 0x2000 && c <= 0x206F) return 0;            /* general punctuation, spaces */
    if (c >= 0x20A0 && c <= 0x20FF) return 0;            /* currency, combining symbols */
    if (c >= 0x2100 && c <= 0x214F) return 0;            /* letterlike symbols */
    if (c >= 0x2190 && c <= 0x2BFF) return 0;            /* arrows, maths, boxes, shapes */
    if (c >= 0x2E00 && c <= 0x2E7F) return 0;
    if (c >= 0x3000 && c <= 0x3004) return 0;
    if (c >= 0x3008 && c <= 0x3020) return 0;            /* CJK punctuation */
    if (c >= 0xE000 && c <= 0xF8FF) return 0;            /* private use */
    if (c >= 0xFE00 && c <= 0xFE0F) return 0;            /* variation selectors */
    if (c >= 0xFE10 && c <= 0xFE6F) return 0;
    if (c == 0xFEFF) return 0;
    if (c >= 0xFF00 && c <= 0xFF0F) return 0;
    if (c >= 0xFF1A && c <= 0xFF20) return 0;
    if (c >= 0xFF3B && c <= 0xFF40 && c != 0xFF3F) return 0;
    if (c >= 0xFF5B && c <= 0xFF65) return 0;
    if (c >= 0xFFF0 && c <= 0xFFFF) return 0;
    if (c >= 0x1F000 && c <= 0x1FAFF) return 0;          /* emoji and pictographs */
    return 1;
}

typedef struct word { const char *s; uint32_t n; } word;

static size_t split_words(const char *text, word **out)
{
    size_t cap = 256, n = 0;
    word *w = malloc(cap * sizeof *w);
    const unsigned char *s = (const unsigned char *)(text ? text : "");
    size_t len = strlen((const char *)s), i = 0;
    size_t start = SIZE_MAX;
    while (i <= len) {
        uint32_t cp = 0;
        size_t k = 1;
        int word_char = 0;
        if (i < len) {
            k = utf8_decode(s + i, len - i, &cp);
            word_char = is_word_cp(cp);
        }
        if (word_char && start == SIZE_MAX) start = i;
        if (!word_char && start != SIZE_MAX) {
            if (n == cap) w = realloc(w, (cap *= 2) * sizeof *w);
            w[n++] = (word){(const char *)s + start, (uint32_t)(i - start)};
            start = SIZE_MAX;
        }
        i += k;
    }
    *out = w;
    return n;
}

/* Shingles are hashed (64-bit) and counted in an open-addressing table. */
typedef struct shingle { uint64_t hash; int truth, pred; } shingle;
typedef struct table { shingle *slots; size_t mask; } table;

static uint64_t hash_shingle(const word *w, size_t k)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < k; i++) {
        for (uint32_t j = 0; j < w[i].n; j++) h = (h ^ (unsigned char)w[i].s[j]) * 1099511628211ull;
        h = (h ^ 0xff) * 1099511628211ull; /* separator */
    }
    return h ? h : 1;
}

static void add_all(table *t, const word *w, size_t n, int is_truth)
{
    size_t count = n >= 4 ? n - 3 : (n ? 1 : 0);
    for (size_t i = 0; i < count; i++) {
        uint64_t h = hash_shingle(w + i, n >= 4 ? 4 : n);
        size_t j = (size_t)h & t->mask;
        while (t->slots[j].hash && t->slots[j].hash != h) j = (j + 1) & t->mask;
        t->slots[j].hash = h;
        if (is_truth) t->slots[j].truth++;
        else t->slots[j].pred++;
    }
}

void abe_score_document(abe_totals *totals, const char *truth, const char *predicted)
{
    word *tw, *pw;
    size_t tn = split_words(truth, &tw), pn = split_words(predicted, &pw);
    size_t cap = 16;
    while (cap < 2 * (tn + pn + 2)) cap *= 2;
    table t = {calloc(cap, sizeof(shingle)), cap - 1};
    add_all(&t, tw, tn, 1);
    add_all(&t, pw, pn, 0);
    double tp = 0, fp = 0, fn = 0;
    for (size_t i = 0; i < cap; i++) {
        if (!t.slots[i].hash) continue;
        int a = t.slots[i].truth, b = t.slots[i].pred;
        tp += a < b ? a : b;
        fp += b > a ? b - a : 0;
        fn += a > b ? a - b : 0;
    }
    double s = tp + fp + fn;
    if (s > 0) tp /= s, fp /= s, fn /= s;
    totals->documents++;
    if (tp + fp > 0) {
        totals->precision_sum += (fp == 0 && fn == 0) ? 1.0 : tp / (tp + fp);
        totals->precision_docs++;
    }
    if (tp + fn > 0) {
        totals->recall_sum += (fp == 0 && fn == 0) ? 1.0 : tp / (tp + fn);
        totals->recall_docs++;
    }
    free(t.slots);
    free(tw);
    free(pw);
}

double abe_precision(const abe_totals *t) { return t->precision_docs ? t->precision_sum / (double)t->precision_docs : 0; }
double abe_recall(const abe_totals *t) { return t->recall_docs ? t->recall_sum / (double)t->recall_docs : 0; }

double abe_f1(const abe_totals *t)
{
    double p = abe_precision(t), r = abe_recall(t);
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

int abe_load_bodies(const char *path, abe_bodies *out)
{
    size_t len;
    char *text = file_read_all(path, &len, NULL, 0);
    out->items = NULL;
    out->count = 0;
    if (!text) { fprintf(stderr, "cannot read %s\n", path); return -1; }
    arena a;
    arena_init(&a);
    json_error err;
    json_value *root = json_parse(&a, text, len, &err);
    if (!root || root->type != JSON_OBJECT) {
        fprintf(stderr, "%s: not a JSON object (line %d: %s)\n", path, err.line, root ? "" : err.message);
        arena_free(&a);
        free(text);
        return -1;
    }
    const json_value *entries = json_get(root, "output");
    if (!entries || entries->type != JSON_OBJECT) entries = root;
    out->items = calloc(entries->count ? entries->count : 1, sizeof *out->items);
    for (size_t i = 0; i < entries->count; i++) {
        const char *body = json_get_string(entries->members[i].value, "articleBody");
        out->items[out->count].id = strdup(entries->members[i].key);
        out->items[out->count].body = strdup(body ? body : "");
        out->count++;
    }
    arena_free(&a);
    free(text);
    return 0;
}

const char *abe_find_body(const abe_bodies *b, const char *id)
{
    for (size_t i = 0; i < b->count; i++)
        if (strcmp(b->items[i].id, id) == 0) return b->items[i].body;
    return NULL;
}

void abe_free_bodies(abe_bodies *b)
{
    for (size_t i = 0; i < b->count; i++) {
        free(b->items[i].id);
        free(b->items[i].body);
    }
    free(b->items);
    b->items = NULL;
    b->count = 0;
}
