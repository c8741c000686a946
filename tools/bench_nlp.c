/* bench_nlp.c — speed of language analysis on one core.
 *
 *   bench_nlp MODEL_DIR TEXT_FILE [REPEAT]
 *
 * Reads plain text (paragraphs separated by blank lines), runs the whole
 * chain (tokenize, split, tag, lemmatize, parse, entities) REPEAT times,
 * and prints model load time, tokens per CPU second for the whole chain
 * and for segmentation alone, and peak resident memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "base/file.h"
#include "core/document.h"
#include "nlp/annotate.h"
#include "nlp/nlp.h"
#include "nlp/segment.h"

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static double wall_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static doc *make_doc(const char *text, size_t len)
{
    doc *d = doc_new(NULL);
    size_t i = 0;
    while (i < len) { /* paragraphs: runs of text between blank lines */
        size_t j = i;
        while (j < len && !(text[j] == '\n' && j + 1 < len && text[j + 1] == '\n')) j++;
        doc_add_paragraph(d, DYAD_PARAGRAPH_BODY, text + i, j - i);
        i = j + 2;
    }
    return d;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench_nlp MODEL_DIR TEXT_FILE [REPEAT]\n");
        return 2;
    }
    int repeat = argc > 3 ? atoi(argv[3]) : 3;
    if (repeat < 1) repeat = 1;
    size_t len;
    char *text = file_read_all(argv[2], &len, NULL, 0);
    if (!text) { fprintf(stderr, "bench_nlp: cannot read %s\n", argv[2]); return 1; }
    char err[512];
    double w0 = wall_now();
    nlp_models *m = nlp_models_open(argv[1], err, sizeof err);
    double load_ms = (wall_now() - w0) * 1000;
    if (!m) { fprintf(stderr, "bench_nlp: %s\n", err); free(text); return 1; }

    size_t tokens = 0;
    double seg = 0, all = 0;
    for (int r = 0; r < repeat; r++) {
        doc *d = make_doc(text, len);
        double t0 = cpu_now();
        nlp_segment(d);
        double t1 = cpu_now();
        nlp_annotate(d, m);
        double t2 = cpu_now();
        seg += t1 - t0;
        all += t2 - t0;
        tokens += d->tokens.count;
        doc_free(d);
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("model load: %.1f ms\n", load_ms);
    if (tokens == 0) printf("no tokens: the tokenizer produced nothing\n");
    else {
        printf("full chain (tokenize+split+tag+lemma+parse+entities): %.0f tokens/s on one core (%zu tokens)\n",
               tokens / all, tokens);
        printf("segmentation alone: %.0f tokens/s; annotation alone: %.0f tokens/s\n", tokens / seg,
               tokens / (all - seg));
    }
    printf("peak RSS: %.1f MB\n", ru.ru_maxrss / 1024.0);
    nlp_models_close(m);
    free(text);
    return 0;
}
