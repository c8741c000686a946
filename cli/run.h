/* run.h — the command's engine: read inputs, process them on N threads,
 * write each result in input order.  Memory stays bounded: at most a fixed
 * window of documents is in flight. */
#ifndef DYAD_CLI_RUN_H
#define DYAD_CLI_RUN_H

#include <stdio.h>

#include "dyad.h"

/* Turn one processed document into output text (malloc'd) in the given
 * layout (NULL: the command's default). */
typedef char *(*render_fn)(const dyad_document *doc, size_t *length, const char *layout);

typedef struct run_options {
    const char *const *paths;
    size_t path_count;
    dyad_reader_options reader;
    unsigned stages;
    int jobs;                 /* worker threads; 1 runs inline */
    render_fn render;
    const char *layout;       /* --as */
    FILE *out;
    int quiet;                /* no summary on standard error */
    int stats;                /* summary with throughput and memory */
} run_options;

typedef struct run_totals {
    unsigned long long documents, failed, bytes;
    unsigned long long skipped;   /* container records and paths that were not documents */
    char skipped_reasons[256];    /* "12 request, 3 not_html" */
} run_totals;

/* Returns 0 when every document succeeded, 1 when any failed. */
int run_pipeline(const dyad_resources *resources, const run_options *options, run_totals *totals);

#endif
