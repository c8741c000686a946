/* eval_quotes.c — score dyad's statements on hand-annotated article sets:
 *
 *     eval_quotes [-v] DIR...
 *
 * For each DIR (tests/statements/golden, tests/statements/heldout) prints
 * quote span precision/recall/F1 (exact and overlap), speaker accuracy
 * and actor-code accuracy; -v lists every miss, extra and wrong speaker. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/quote_gold.h"
#include "base/file.h"
#include "dyad.h"

static int by_name(const struct dirent **a, const struct dirent **b) { return strcmp((*a)->d_name, (*b)->d_name); }

static int txt(const struct dirent *e)
{
    size_t n = strlen(e->d_name);
    return n > 4 && strcmp(e->d_name + n - 4, ".txt") == 0;
}

int main(int argc, char **argv)
{
    int verbose = 0, first = 1;
    if (argc > 1 && strcmp(argv[1], "-v") == 0) verbose = 1, first = 2;
    if (first >= argc) { fprintf(stderr, "usage: eval_quotes [-v] DIR...\n"); return 2; }
    char err[256];
    dyad_resources *res = quote_resources(err, sizeof err);
    if (!res) { fprintf(stderr, "eval_quotes: %s\n", err); return 1; }
    int status = 0;
    for (int a = first; a < argc; a++) {
        struct dirent **list;
        int n = scandir(argv[a], &list, txt, by_name);
        if (n < 0) { perror(argv[a]); status = 1; continue; }
        quote_score sc = {0};
        for (int i = 0; i < n; i++) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", argv[a], list[i]->d_name);
            size_t len;
            char *src = file_read_all(path, &len, NULL, 0);
            gold_doc g;
            if (!src || gold_parse(src, len, &g, err, sizeof err) != 0) {
                fprintf(stderr, "%s: %s\n", path, src ? err : "cannot read");
                free(src);
                status = 1;
                free(list[i]);
                continue;
            }
            dyad_input in = dyad_input_from_memory(g.text, g.length, DYAD_FORMAT_TEXT);
            in.id = list[i]->d_name;
            dyad_document *d = dyad_process(res, &in, DYAD_STAGE_EXTRACT | DYAD_STAGE_NLP | DYAD_STAGE_ATTRIBUTE);
            quote_score_doc(&g, d, &sc, verbose ? stdout : NULL, list[i]->d_name);
            dyad_document_free(d);
            gold_free(&g);
            free(src);
            free(list[i]);
        }
        free(list);
        printf("%s: %zu articles, %zu gold statements, %zu found\n", argv[a], sc.docs, sc.gold, sc.predicted);
        printf("  span exact   P=%.3f R=%.3f F1=%.3f\n", sc.predicted ? (double)sc.exact / sc.predicted : 0,
               sc.gold ? (double)sc.exact / sc.gold : 0, quote_f1(sc.exact, sc.gold, sc.predicted));
        printf("  span overlap P=%.3f R=%.3f F1=%.3f\n", sc.predicted ? (double)sc.overlap / sc.predicted : 0,
               sc.gold ? (double)sc.overlap / sc.gold : 0, quote_f1(sc.overlap, sc.gold, sc.predicted));
        printf("  speaker accuracy %.3f (%zu/%zu matched statements)\n",
               sc.speaker_total ? (double)sc.speaker_ok / sc.speaker_total : 0, sc.speaker_ok, sc.speaker_total);
        printf("  actor-code accuracy %.3f (%zu/%zu with a gold code)\n",
               sc.code_total ? (double)sc.code_ok / sc.code_total : 0, sc.code_ok, sc.code_total);
    }
    dyad_resources_close(res);
    return status;
}
