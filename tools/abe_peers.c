/* abe_peers.c — score saved extractor outputs against the benchmark's
 * ground truth: `abe_peers GROUND_TRUTH OUTPUT.json...` prints one line per
 * file (precision, recall, F1).  Used to check the metric against the
 * published figures and to put peers beside dyad. */
#include <stdio.h>
#include <string.h>

#include "common/abe_metric.h"

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: abe_peers ground-truth.json output.json...\n");
        return 2;
    }
    abe_bodies truth;
    if (abe_load_bodies(argv[1], &truth) != 0) return 1;
    for (int i = 2; i < argc; i++) {
        abe_bodies pred;
        if (abe_load_bodies(argv[i], &pred) != 0) continue;
        abe_totals t = {0};
        for (size_t k = 0; k < truth.count; k++)
            abe_score_document(&t, truth.items[k].body, abe_find_body(&pred, truth.items[k].id));
        const char *name = strrchr(argv[i], '/');
        printf("%-20s precision=%.3f recall=%.3f F1=%.3f\n", name ? name + 1 : argv[i], abe_precision(&t),
               abe_recall(&t), abe_f1(&t));
        abe_free_bodies(&pred);
    }
    abe_free_bodies(&truth);
    return 0;
}
