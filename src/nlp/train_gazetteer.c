/* train_gazetteer.c — the entity recogniser's gazetteer, built at training
 * time from dyad's actor dictionary (the .txt files in data/actors) and stored in
 * ner.bin, so run time needs nothing but the model file.
 *
 * Line kinds and the entity type they give: person -> PER; igo, body and
 * group -> ORG; country, capital and region -> LOC (demonyms, agents and
 * roles are not names of entities); models/names.txt adds everyday places
 * and organisations as "loc", "org" and "per" lines without codes.  Each name ("|"-separated, up to ";"
 * or "#") is split by the run-time tokenizer so its tokens hash exactly as
 * the tokens of a text do; a leading "the" is dropped, since entity spans
 * leave it out.
 *
 * Debian data adds names at training time only (their hashes go into
 * ner.bin, no file is copied): the first names of
 * /usr/share/dict/propernames(.gz) (package miscfiles, GPL-2+) as PER.
 * This wide list is hashed from another start (gaz_start_wide), so the
 * recogniser tells its marks from the curated list's.  (WordNet's
 * capitalised nouns of noun.person, noun.location and noun.group, tried as
 * a wide list too, cost 1.5 to 2 points of UNER dev F1: left out.) */
#include "nlp/train.h"

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "base/fail.h"
#include "base/vec.h"
#include "nlp/tokenize.h"

typedef VEC(uint64_t) u64_vec;

static int kind_type(const char *w, size_t n)
{
    static const struct { const char *kind; int type; } kinds[] = {
        {"person", GAZ_PER}, {"igo", GAZ_ORG},     {"body", GAZ_ORG},   {"group", GAZ_ORG},
        {"country", GAZ_LOC}, {"capital", GAZ_LOC}, {"region", GAZ_LOC},
        {"per", GAZ_PER},     {"org", GAZ_ORG},     {"loc", GAZ_LOC}, /* models/names.txt */
    };
    for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (strlen(kinds[i].kind) == n && !memcmp(kinds[i].kind, w, n)) return kinds[i].type;
    return 0;
}

static void add_name(u64_vec *keys, const char *s, size_t n, int type, uint64_t start)
{
    nlp_tok_vec toks = {0};
    nlp_tokenize(s, 0, n, &toks);
    size_t first = 0;
    if (toks.count > 1 && toks.items[0].end - toks.items[0].start == 3 && !memcmp(s + toks.items[0].start, "the", 3))
        first = 1;
    size_t count = toks.count - first;
    if (count >= 1 && count <= GAZ_MAX_TOKENS) {
        uint64_t h = start;
        for (size_t i = first; i < toks.count; i++) {
            wordfeat w;
            wordfeat_compute(&w, s + toks.items[i].start, toks.items[i].end - toks.items[i].start);
            h = gaz_extend(h, w.lower);
            /* Type 0: a longer name goes on from here, so run time can stop
             * extending a match as soon as no listed name does. */
            if (i + 1 < toks.count) VEC_PUSH(keys, gaz_key(h, 0));
        }
        VEC_PUSH(keys, gaz_key(h, type));
    }
    free(toks.items);
}

static void read_file(u64_vec *keys, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) return;
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        char *end = line + strcspn(line, ";#\n");
        *end = '\0';
        size_t kl = strcspn(line, " \t");
        int type = kind_type(line, kl);
        if (!type) continue;
        char *p = line + kl;
        p += strspn(p, " \t");
        if (kl > 3) p += strcspn(p, " \t"); /* the actor code (names.txt has none) */
        while (*p) {
            size_t len = strcspn(p, "|");
            char *a = p, *b = p + len;
            while (a < b && (*a == ' ' || *a == '\t')) a++;
            while (b > a && (b[-1] == ' ' || b[-1] == '\t')) b--;
            if (b > a) add_name(keys, a, (size_t)(b - a), type, gaz_start());
            p += len;
            if (*p == '|') p++;
        }
    }
    fclose(f);
}

/* One first name a line, gzip'd or not. */
static size_t read_first_names(u64_vec *keys, const char *path)
{
    gzFile f = gzopen(path, "rb");
    if (!f) return 0;
    char line[256];
    size_t added = 0;
    while (gzgets(f, line, sizeof line)) {
        size_t n = strcspn(line, "\r\n");
        if (n == 0 || !isupper((unsigned char)line[0])) continue;
        add_name(keys, line, n, GAZ_PER, gaz_start_wide());
        added++;
    }
    gzclose(f);
    return added;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

size_t gazetteer_build(const char *dir, const char *names, const char *first_names, uint64_t **out, FILE *log)
{
    static const char *files[] = {"people.txt", "igos.txt", "bodies.txt", "countries.txt"};
    u64_vec keys = {0};
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        read_file(&keys, path);
    }
    if (names) read_file(&keys, names);
    size_t nfirst = first_names ? read_first_names(&keys, first_names) : 0;
    if (log && first_names)
        fprintf(log, "ner: %zu first names from %s%s\n", nfirst, first_names, nfirst ? "" : " (install miscfiles)");
    qsort(keys.items, keys.count, sizeof *keys.items, cmp_u64);
    size_t n = 0;
    for (size_t i = 0; i < keys.count; i++)
        if (!n || keys.items[i] != keys.items[n - 1]) keys.items[n++] = keys.items[i];
    if (log) fprintf(log, "ner: gazetteer of %zu keys from %s and %s\n", n, dir, names ? names : "-");
    *out = keys.items;
    return n;
}
