/* eval_abe.c — dyad on the Article Extraction Benchmark, beside its peers.
 *
 *     eval_abe ABE_DIR            one table: dyad and every peer in output/
 *     eval_abe ABE_DIR --worst N  also the N pages dyad scores worst on
 *     eval_abe ABE_DIR --show ID  the body dyad extracts from one page
 *
 * Each page (html/ID.html.gz) goes through the library as HTML with the
 * benchmark's URL as input metadata; the article body is every paragraph
 * but the title, joined by blank lines, scored with the benchmark's metric
 * (tools/common/abe_metric.c).  Also counts pages with a title and a date. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/json.h"
#include "common/abe_metric.h"
#include "base/file.h"
#include "dyad.h"

typedef struct row { char name[64]; double p, r, f; } row;

static int by_f1(const void *a, const void *b)
{
    double x = ((const row *)a)->f, y = ((const row *)b)->f;
    return (x < y) - (x > y);
}

typedef struct page_score { const char *id; double f; } page_score;

static int by_score(const void *a, const void *b)
{
    double x = ((const page_score *)a)->f, y = ((const page_score *)b)->f;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: eval_abe ABE_DIR [--worst N] [--show ID]\n");
        return 2;
    }
    const char *dir = argv[1], *show = NULL;
    int worst = 0;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--worst")) worst = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--show")) show = argv[i + 1];
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/ground-truth.json", dir);
    size_t len;
    char *text = file_read_all(path, &len, NULL, 0);
    if (!text) { fprintf(stderr, "eval_abe: cannot read %s\n", path); return 1; }
    arena a;
    arena_init(&a);
    json_error err;
    json_value *truth = json_parse(&a, text, len, &err);
    if (!truth || truth->type != JSON_OBJECT) { fprintf(stderr, "eval_abe: %s: %s\n", path, err.message); return 1; }

    dyad_config config = {0};
    config.stages = DYAD_STAGE_EXTRACT;
    char msg[256];
    dyad_resources *res = dyad_resources_open(&config, msg, sizeof msg);
    if (!res) { fprintf(stderr, "eval_abe: %s\n", msg); return 1; }

    abe_totals dyad_totals = {0};
    size_t pages = 0, titles = 0, dates = 0, failed = 0;
    page_score *scores = calloc(truth->count, sizeof *scores);
    for (size_t k = 0; k < truth->count; k++) {
        const char *id = truth->members[k].key;
        const json_value *entry = truth->members[k].value;
        if (show && strcmp(show, id) != 0) continue;
        snprintf(path, sizeof path, "%s/html/%s.html.gz", dir, id);
        size_t n;
        char *html = file_read_all(path, &n, NULL, 0);
        if (!html) { fprintf(stderr, "eval_abe: cannot read %s\n", path); continue; }
        dyad_input in = dyad_input_from_memory(html, n, DYAD_FORMAT_HTML);
        in.id = id;
        in.url = json_get_string(entry, "url");
        dyad_document *doc = dyad_process(res, &in, DYAD_STAGE_EXTRACT);
        buf body = BUF_INIT;
        for (size_t i = 0; i < doc->paragraph_count; i++) {
            const dyad_paragraph *p = &doc->paragraphs[i];
            if (p->kind == DYAD_PARAGRAPH_TITLE) continue;
            if (body.len) buf_puts(&body, "\n\n");
            buf_append(&body, doc->text + p->span.start, p->span.end - p->span.start);
        }
        if (!body.data) buf_puts(&body, "");
        abe_totals one = {0};
        const char *gold = json_get_string(entry, "articleBody");
        abe_score_document(&one, gold, body.data);
        abe_score_document(&dyad_totals, gold, body.data);
        scores[pages].id = id;
        scores[pages].f = abe_f1(&one);
        pages++;
        titles += doc->title.value != NULL;
        dates += doc->date.precision != DYAD_DATE_NONE;
        failed += doc->failed;
        if (show) {
            char iso[64] = "";
            dyad_date_format(&doc->date, iso, sizeof iso);
            printf("title: %s (%s)\ndate: %s (%s)\nauthor: %s\noutlet: %s\nlanguage: %s\nurl: %s\nF1: %.3f P %.3f R %.3f\n\n%s\n",
                   doc->title.value ? doc->title.value : "-", doc->title.origin ? doc->title.origin : "-", iso,
                   doc->date.origin ? doc->date.origin : "-", doc->author.value ? doc->author.value : "-",
                   doc->outlet.value ? doc->outlet.value : "-", doc->language.value ? doc->language.value : "-",
                   doc->url.value ? doc->url.value : "-", abe_f1(&one), abe_precision(&one), abe_recall(&one),
                   body.data);
            for (size_t i = 0; i < doc->removed_count; i++)
                printf("  [removed %s] %.100s\n", doc->removed[i].kind, doc->removed[i].text);
        }
        buf_free(&body);
        dyad_document_free(doc);
        free(html);
    }
    if (show) return 0;

    row *rows = calloc(64, sizeof *rows);
    size_t nrows = 0;
    snprintf(rows[0].name, sizeof rows[0].name, "dyad");
    rows[0].p = abe_precision(&dyad_totals), rows[0].r = abe_recall(&dyad_totals), rows[0].f = abe_f1(&dyad_totals);
    nrows = 1;
    abe_bodies gold_bodies;
    snprintf(path, sizeof path, "%s/ground-truth.json", dir);
    if (abe_load_bodies(path, &gold_bodies) == 0) {
        snprintf(path, sizeof path, "%s/output", dir);
        DIR *d = opendir(path);
        struct dirent *e;
        while (d && (e = readdir(d)) != NULL && nrows < 64) {
            size_t nl = strlen(e->d_name);
            if (nl < 6 || strcmp(e->d_name + nl - 5, ".json") != 0) continue;
            char file[8192];
            snprintf(file, sizeof file, "%s/%s", path, e->d_name);
            abe_bodies pred;
            if (abe_load_bodies(file, &pred) != 0) continue;
            abe_totals t = {0};
            for (size_t k = 0; k < gold_bodies.count; k++)
                abe_score_document(&t, gold_bodies.items[k].body, abe_find_body(&pred, gold_bodies.items[k].id));
            snprintf(rows[nrows].name, sizeof rows[nrows].name, "%.*s", (int)(nl - 5), e->d_name);
            rows[nrows].p = abe_precision(&t), rows[nrows].r = abe_recall(&t), rows[nrows].f = abe_f1(&t);
            nrows++;
            abe_free_bodies(&pred);
        }
        if (d) closedir(d);
        abe_free_bodies(&gold_bodies);
    }
    qsort(rows, nrows, sizeof *rows, by_f1);
    printf("Article Extraction Benchmark (%zu pages)\n", pages);
    printf("%-4s %-18s %9s %7s %7s\n", "rank", "extractor", "precision", "recall", "F1");
    for (size_t i = 0; i < nrows; i++)
        printf("%-4zu %-18s %9.3f %7.3f %7.3f%s\n", i + 1, rows[i].name, rows[i].p, rows[i].r, rows[i].f,
               strcmp(rows[i].name, "dyad") == 0 ? "   <-" : "");
    printf("dyad metadata: title found on %zu/%zu pages, date on %zu/%zu; %zu error records\n", titles, pages, dates,
           pages, failed);
    if (worst > 0) {
        qsort(scores, pages, sizeof *scores, by_score);
        printf("worst pages:\n");
        for (int i = 0; i < worst && (size_t)i < pages; i++) printf("  %.3f %s\n", scores[i].f, scores[i].id);
    }
    free(rows);
    free(scores);
    dyad_resources_close(res);
    arena_free(&a);
    free(text);
    return 0;
}
