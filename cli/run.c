/* run.c — ordered parallel processing.
 *
 * The main thread reads inputs into batches in a ring; workers take the
 * oldest unprocessed batch; a writer thread emits batches strictly in input
 * order.  Batching keeps thread hand-offs rare for small documents, and the
 * ring's size bounds memory whatever the input's length. */
#include "run.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"

enum { BATCH_DOCUMENTS = 64, BATCH_BYTES = 1 << 20 };

typedef struct batch {
    dyad_input *inputs[BATCH_DOCUMENTS];
    size_t count;
    size_t bytes;
    buf output;
    unsigned long long failed;
    int done;
} batch;

typedef struct shared {
    const dyad_resources *resources;
    const run_options *options;
    batch *ring;
    size_t size;
    unsigned long long next_read, next_take, next_write;
    int reading_done;
    pthread_mutex_t lock;
    pthread_cond_t work, done, space;
    run_totals totals;
} shared;

static void process_batch(shared *sh, batch *b)
{
    for (size_t i = 0; i < b->count; i++) {
        dyad_document *doc = dyad_process(sh->resources, b->inputs[i], sh->options->stages);
        size_t n = 0;
        char *text = sh->options->render(doc, &n, sh->options->layout);
        if (text) buf_append(&b->output, text, n);
        free(text);
        b->failed += doc->failed != 0;
        dyad_document_free(doc);
        dyad_input_free(b->inputs[i]);
        b->inputs[i] = NULL;
    }
}

static void emit(shared *sh, batch *b)
{
    if (b->output.len) fwrite(b->output.data, 1, b->output.len, sh->options->out);
    buf_clear(&b->output);
    sh->totals.documents += b->count;
    sh->totals.failed += b->failed;
    sh->totals.bytes += b->bytes;
    b->count = 0;
    b->bytes = 0;
    b->failed = 0;
}

static void *worker(void *arg)
{
    shared *sh = arg;
    pthread_mutex_lock(&sh->lock);
    for (;;) {
        while (sh->next_take == sh->next_read && !sh->reading_done) pthread_cond_wait(&sh->work, &sh->lock);
        if (sh->next_take == sh->next_read) break;
        batch *b = &sh->ring[sh->next_take++ % sh->size];
        pthread_mutex_unlock(&sh->lock);
        process_batch(sh, b);
        pthread_mutex_lock(&sh->lock);
        b->done = 1;
        pthread_cond_broadcast(&sh->done);
    }
    pthread_mutex_unlock(&sh->lock);
    return NULL;
}

static void *writer(void *arg)
{
    shared *sh = arg;
    pthread_mutex_lock(&sh->lock);
    for (;;) {
        while (!(sh->next_write < sh->next_read && sh->ring[sh->next_write % sh->size].done) &&
               !(sh->reading_done && sh->next_write == sh->next_read))
            pthread_cond_wait(&sh->done, &sh->lock);
        if (sh->next_write == sh->next_read) break;
        batch *b = &sh->ring[sh->next_write % sh->size];
        pthread_mutex_unlock(&sh->lock);
        emit(sh, b);
        pthread_mutex_lock(&sh->lock);
        b->done = 0;
        sh->next_write++;
        pthread_cond_signal(&sh->space);
    }
    pthread_mutex_unlock(&sh->lock);
    return NULL;
}

/* Fill one batch from the reader; returns 0 when the input is exhausted. */
static int fill_batch(dyad_reader *reader, batch *b)
{
    dyad_input *in;
    while (b->count < BATCH_DOCUMENTS && b->bytes < BATCH_BYTES && (in = dyad_reader_next(reader)) != NULL) {
        b->inputs[b->count++] = in;
        b->bytes += in->length;
    }
    return b->count > 0;
}

static void run_inline(shared *sh, dyad_reader *reader)
{
    batch b;
    memset(&b, 0, sizeof b);
    while (fill_batch(reader, &b)) {
        process_batch(sh, &b);
        emit(sh, &b);
    }
    buf_free(&b.output);
}

static void run_threads(shared *sh, dyad_reader *reader, int jobs)
{
    sh->size = (size_t)jobs * 3;
    sh->ring = calloc(sh->size, sizeof *sh->ring);
    pthread_mutex_init(&sh->lock, NULL);
    pthread_cond_init(&sh->work, NULL);
    pthread_cond_init(&sh->done, NULL);
    pthread_cond_init(&sh->space, NULL);
    pthread_t *threads = calloc((size_t)jobs, sizeof *threads), write_thread;
    for (int i = 0; i < jobs; i++) pthread_create(&threads[i], NULL, worker, sh);
    pthread_create(&write_thread, NULL, writer, sh);
    for (;;) {
        pthread_mutex_lock(&sh->lock);
        while (sh->next_read - sh->next_write >= sh->size) pthread_cond_wait(&sh->space, &sh->lock);
        batch *b = &sh->ring[sh->next_read % sh->size];
        pthread_mutex_unlock(&sh->lock);
        /* The slot is free: neither workers nor the writer look at it until
         * next_read moves past it. */
        int more = fill_batch(reader, b);
        pthread_mutex_lock(&sh->lock);
        if (more) {
            sh->next_read++;
            pthread_cond_signal(&sh->work);
        }
        pthread_mutex_unlock(&sh->lock);
        if (!more) break;
    }
    pthread_mutex_lock(&sh->lock);
    sh->reading_done = 1;
    pthread_cond_broadcast(&sh->work);
    pthread_cond_broadcast(&sh->done);
    pthread_mutex_unlock(&sh->lock);
    for (int i = 0; i < jobs; i++) pthread_join(threads[i], NULL);
    pthread_join(write_thread, NULL);
    for (size_t i = 0; i < sh->size; i++) buf_free(&sh->ring[i].output);
    free(threads);
    free(sh->ring);
    pthread_mutex_destroy(&sh->lock);
    pthread_cond_destroy(&sh->work);
    pthread_cond_destroy(&sh->done);
    pthread_cond_destroy(&sh->space);
}

int run_pipeline(const dyad_resources *resources, const run_options *o, run_totals *totals)
{
    shared sh;
    memset(&sh, 0, sizeof sh);
    sh.resources = resources;
    sh.options = o;
    dyad_reader *reader = dyad_reader_open(o->paths, o->path_count, &o->reader);
    if (o->jobs > 1) run_threads(&sh, reader, o->jobs);
    else run_inline(&sh, reader);
    dyad_skip_count skipped[16];
    size_t kinds = dyad_reader_skipped(reader, skipped, 16);
    size_t used = 0;
    for (size_t i = 0; i < kinds && i < 16; i++) {
        sh.totals.skipped += skipped[i].count;
        int k = snprintf(sh.totals.skipped_reasons + used, sizeof sh.totals.skipped_reasons - used, "%s%llu %s",
                         used ? ", " : "", (unsigned long long)skipped[i].count, skipped[i].reason);
        if (k > 0 && (size_t)k < sizeof sh.totals.skipped_reasons - used) used += (size_t)k;
    }
    dyad_reader_close(reader);
    fflush(o->out);
    if (totals) *totals = sh.totals;
    return sh.totals.failed ? 1 : 0;
}
