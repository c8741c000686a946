/* bench_extract.c — the extraction stage alone on one core: reads every
 * document of the given inputs into memory first, then times dyad_process
 * (DYAD_STAGE_EXTRACT) over them and prints MB/s, documents/s and peak RSS.
 * `dyad extract --stats` measures the whole command (reading, JSON, output);
 * this isolates what the extractor itself costs.  Used by bench/extract.sh. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <time.h>

#include "dyad.h"

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: bench_extract FILE...\n");
        return 2;
    }
    dyad_reader *rd = dyad_reader_open((const char *const *)argv + 1, (size_t)argc - 1, NULL);
    size_t count = 0, cap = 1024, bytes = 0, failed = 0;
    dyad_input **inputs = malloc(cap * sizeof *inputs);
    dyad_input *in;
    while ((in = dyad_reader_next(rd)) != NULL) {
        if (count == cap) inputs = realloc(inputs, (cap *= 2) * sizeof *inputs);
        inputs[count++] = in;
        bytes += in->length;
    }
    dyad_resources *res = dyad_resources_open(NULL, NULL, 0);
    struct timespec t0, t1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    for (size_t i = 0; i < count; i++) {
        dyad_document *d = dyad_process(res, inputs[i], DYAD_STAGE_EXTRACT);
        failed += d->failed;
        dyad_document_free(d);
    }
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("extraction only: %zu document(s), %zu failed, %.1f MB in %.3f s CPU: %.1f MB/s, %.0f documents/s, "
           "peak RSS %.1f MB (corpus held in memory)\n",
           count, failed, (double)bytes / 1e6, s, s > 0 ? (double)bytes / 1e6 / s : 0.0, s > 0 ? (double)count / s : 0.0,
           (double)ru.ru_maxrss / 1024.0);
    for (size_t i = 0; i < count; i++) dyad_input_free(inputs[i]);
    free(inputs);
    dyad_resources_close(res);
    dyad_reader_close(rd);
    return 0;
}
