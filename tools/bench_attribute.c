/* bench_attribute.c — the cost of the statements stage beside language
 * analysis, one core:
 *
 *     bench_attribute SECONDS FILE_OR_DIR...
 *
 * Every article (annotated golden files have their markers stripped) is
 * processed with extraction alone, then with the whole language analysis
 * (tokens, sentences, tagger, parser, entities: nlp_analyse), and the
 * statements stage is then run on that analysed document and timed on its
 * own.  Language analysis time is the second run minus the first; the
 * ratio of attribution to it is the figure the issue bounds (<= 20%).
 * The machine is shared, so passes repeat and each figure keeps its
 * fastest pass: a neighbour's burst slows one pass, not the figure. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "attribute/attribute.h"
#include "common/quote_gold.h"
#include "core/resources.h"
#include "base/file.h"
#include "dyad.h"

typedef struct article { char *text; size_t len; } article;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void add_file(const char *path, article **a, size_t *n)
{
    size_t len;
    char *src = file_read_all(path, &len, NULL, 0);
    if (!src) return;
    gold_doc g;
    char err[128];
    *a = realloc(*a, (*n + 1) * sizeof **a);
    if (strstr(src, "[[") && gold_parse(src, len, &g, err, sizeof err) == 0) {
        (*a)[*n] = (article){g.text, g.length};
        g.text = NULL;
        gold_free(&g);
        free(src);
    } else
        (*a)[*n] = (article){src, len};
    (*n)++;
}

static void add_path(const char *path, article **a, size_t *n)
{
    struct stat st;
    if (stat(path, &st) != 0) return;
    if (!S_ISDIR(st.st_mode)) { add_file(path, a, n); return; }
    DIR *dp = opendir(path);
    struct dirent *e;
    while (dp && (e = readdir(dp)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".txt") != 0) continue;
        char p[4096];
        snprintf(p, sizeof p, "%s/%s", path, e->d_name);
        add_file(p, a, n);
    }
    if (dp) closedir(dp);
}

static double run(const dyad_resources *res, const article *a, size_t n, unsigned stages, int rounds, size_t *quotes)
{
    double t0 = now();
    for (int r = 0; r < rounds; r++)
        for (size_t i = 0; i < n; i++) {
            dyad_input in = dyad_input_from_memory(a[i].text, a[i].len, DYAD_FORMAT_TEXT);
            dyad_document *d = dyad_process(res, &in, stages);
            if (quotes && r == 0) *quotes += d->quote_count;
            dyad_document_free(d);
        }
    return now() - t0;
}

int main(int argc, char **argv)
{
    if (argc < 3) { fprintf(stderr, "usage: bench_attribute SECONDS FILE_OR_DIR...\n"); return 2; }
    double budget = atof(argv[1]);
    article *a = NULL;
    size_t n = 0, bytes = 0;
    for (int i = 2; i < argc; i++) add_path(argv[i], &a, &n);
    if (!n) { fprintf(stderr, "bench_attribute: no articles\n"); return 1; }
    for (size_t i = 0; i < n; i++) bytes += a[i].len;
    char err[256];
    dyad_resources *res = quote_resources(err, sizeof err);
    if (!res) { fprintf(stderr, "bench_attribute: %s\n", err); return 1; }
    const unsigned ex = DYAD_STAGE_EXTRACT, nlp = ex | DYAD_STAGE_NLP, att = nlp | DYAD_STAGE_ATTRIBUTE;
    /* passes so that all of them together take about `budget` seconds */
    size_t quotes = 0;
    double one = run(res, a, n, att, 1, &quotes);
    int passes = one > 0 ? (int)(budget / 1.1 / one) : 1000;
    if (passes < 3) passes = 3;
    double te = 1e30, tn = 1e30, ta = 1e30;
    for (int p = 0; p < passes; p++) {
        double x = run(res, a, n, ex, 1, NULL), y = 0, z = 0;
        for (size_t i = 0; i < n; i++) {
            dyad_input in = dyad_input_from_memory(a[i].text, a[i].len, DYAD_FORMAT_TEXT);
            double t0 = now();
            dyad_document *d = dyad_process(res, &in, nlp);
            double t1 = now();
            /* a dyad_document is the public face of the stage's doc */
            attribute_statements((doc *)d, res->actors);
            double t2 = now();
            y += t1 - t0, z += t2 - t1;
            dyad_document_free(d);
        }
        if (x < te) te = x;
        if (y < tn) tn = y;
        if (z < ta) ta = z;
    }
    double lang = tn - te, attr = ta;
    double mb = (double)bytes / 1e6;
    printf("%zu articles, %.1f kB, %d passes (fastest of each kept), %zu statements\n", n, bytes / 1e3, passes, quotes);
    printf("per pass: extraction %.4f s, language analysis %.4f s (%.2f MB/s), attribution %.4f s (%.1f MB/s)\n", te, lang,
           lang > 0 ? mb / lang : 0, attr, attr > 0 ? mb / attr : 0);
    printf("attribution / language analysis = %.1f%% (target <= 20%%)\n", lang > 0 ? 100.0 * attr / lang : 0);
    for (size_t i = 0; i < n; i++) free(a[i].text);
    free(a);
    dyad_resources_close(res);
    return 0;
}
