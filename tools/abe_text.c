/* abe_text.c — text-mode cleanup measured on the Article Extraction
 * Benchmark: `abe_text GROUND_TRUTH FULLTEXT.json...`.  Each FULLTEXT file
 * holds a whole page's text per document (html-text, inscriptis); the
 * page text is scored as it is ("before"), then run through dyad's text
 * extractor and scored again on the article it keeps ("after": every
 * paragraph but the title, which the benchmark's bodies leave out). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "common/abe_metric.h"
#include "dyad.h"

static char *article_body(const dyad_resources *res, const char *page)
{
    dyad_input in = dyad_input_from_memory(page, strlen(page), DYAD_FORMAT_TEXT);
    in.id = "abe";
    in.source = "abe";
    in.container = "memory";
    dyad_document *d = dyad_process(res, &in, DYAD_STAGE_EXTRACT);
    buf b = BUF_INIT;
    for (size_t i = 0; d && i < d->paragraph_count; i++) {
        const dyad_paragraph *p = &d->paragraphs[i];
        if (p->kind == DYAD_PARAGRAPH_TITLE) continue;
        if (b.len) buf_puts(&b, "\n\n");
        buf_append(&b, d->text + p->span.start, p->span.end - p->span.start);
    }
    dyad_document_free(d);
    size_t n;
    char *s = buf_detach(&b, &n);
    return s ? s : calloc(1, 1);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: abe_text ground-truth.json full-page-text.json...\n");
        return 2;
    }
    abe_bodies truth;
    if (abe_load_bodies(argv[1], &truth) != 0) return 1;
    dyad_resources *res = dyad_resources_open(NULL, NULL, 0);
    for (int a = 2; a < argc; a++) {
        abe_bodies pages;
        if (abe_load_bodies(argv[a], &pages) != 0) continue;
        abe_totals before = {0}, after = {0};
        for (size_t k = 0; k < truth.count; k++) {
            const char *page = abe_find_body(&pages, truth.items[k].id);
            abe_score_document(&before, truth.items[k].body, page);
            char *body = page ? article_body(res, page) : NULL;
            abe_score_document(&after, truth.items[k].body, body);
            if (getenv("ABE_TEXT_VERBOSE") && page) {
                abe_totals one = {0};
                abe_score_document(&one, truth.items[k].body, body);
                fprintf(stderr, "%s P=%.2f R=%.2f\n", truth.items[k].id, abe_precision(&one), abe_recall(&one));
            }
            free(body);
        }
        const char *name = strrchr(argv[a], '/');
        printf("%-16s before: precision=%.3f recall=%.3f F1=%.3f   after: precision=%.3f recall=%.3f F1=%.3f\n",
               name ? name + 1 : argv[a], abe_precision(&before), abe_recall(&before), abe_f1(&before),
               abe_precision(&after), abe_recall(&after), abe_f1(&after));
        abe_free_bodies(&pages);
    }
    dyad_resources_close(res);
    abe_free_bodies(&truth);
    return 0;
}
