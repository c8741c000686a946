/* run.c — ordered parallel processing.
 *
 * The main thread reads inputs into a ring of slots; workers take the
 * oldest unprocessed slot; a writer thread emits slots strictly in input
 * order.  The ring's size bounds memory whatever the input's length. */
#include "run.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct slot {
    dyad_input *input;
    char *output;
    size_t length;
    int failed;
    int done;
} slot;

typedef struct shared {
    const dyad_resources *resources;
    const run_options *options;
    slot *ring;
    size_t size;
    unsigned long long next_read, next_take, next_write;
    int reading_done;
    pthread_mutex_t lock;
    pthread_cond_t work, done, space;
    run_totals totals;
} shared;

static void process_slot(shared *sh, slot *s)
{
    dyad_document *doc = dyad_process(sh->resources, s->input, sh->options->stages);
    s->output = sh->options->render(doc, &s->length, sh->options->render_context);
    s->failed = doc->failed;
    dyad_document_free(doc);
    dyad_input_free(s->input);
    s->input = NULL;
}

static void emit(shared *sh, slot *s)
{
    if (s->output) fwrite(s->output, 1, s->length, sh->options->out);
    free(s->output);
    s->output = NULL;
    sh->totals.documents++;
    sh->totals.failed += s->failed != 0;
}

static void *worker(void *arg)
{
    shared *sh = arg;
    pthread_mutex_lock(&sh->lock);
    for (;;) {
        while (sh->next_take == sh->next_read && !sh->reading_done) pthread_cond_wait(&sh->work, &sh->lock);
        if (sh->next_take == sh->next_read) break;
        slot *s = &sh->ring[sh->next_take++ % sh->size];
        pthread_mutex_unlock(&sh->lock);
        process_slot(sh, s);
        pthread_mutex_lock(&sh->lock);
        s->done = 1;
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
        slot *s = &sh->ring[sh->next_write % sh->size];
        pthread_mutex_unlock(&sh->lock);
        emit(sh, s);
        pthread_mutex_lock(&sh->lock);
        s->done = 0;
        sh->next_write++;
        pthread_cond_signal(&sh->space);
    }
    pthread_mutex_unlock(&sh->lock);
    return NULL;
}

int run_pipeline(const dyad_resources *resources, const run_options *o, run_totals *totals)
{
    shared sh;
    memset(&sh, 0, sizeof sh);
    sh.resources = resources;
    sh.options = o;
    dyad_reader *reader = dyad_reader_open(o->paths, o->path_count, &o->reader);
    int jobs = o->jobs > 0 ? o->jobs : 1;

    if (jobs == 1) {
        slot s;
        memset(&s, 0, sizeof s);
        while ((s.input = dyad_reader_next(reader)) != NULL) {
            sh.totals.bytes += s.input->length;
            process_slot(&sh, &s);
            emit(&sh, &s);
        }
    } else {
        sh.size = (size_t)jobs * 4;
        sh.ring = calloc(sh.size, sizeof *sh.ring);
        pthread_mutex_init(&sh.lock, NULL);
        pthread_cond_init(&sh.work, NULL);
        pthread_cond_init(&sh.done, NULL);
        pthread_cond_init(&sh.space, NULL);
        pthread_t *threads = calloc((size_t)jobs, sizeof *threads), write_thread;
        for (int i = 0; i < jobs; i++) pthread_create(&threads[i], NULL, worker, &sh);
        pthread_create(&write_thread, NULL, writer, &sh);
        dyad_input *in;
        while ((in = dyad_reader_next(reader)) != NULL) {
            pthread_mutex_lock(&sh.lock);
            while (sh.next_read - sh.next_write >= sh.size) pthread_cond_wait(&sh.space, &sh.lock);
            sh.totals.bytes += in->length;
            sh.ring[sh.next_read % sh.size].input = in;
            sh.next_read++;
            pthread_cond_signal(&sh.work);
            pthread_mutex_unlock(&sh.lock);
        }
        pthread_mutex_lock(&sh.lock);
        sh.reading_done = 1;
        pthread_cond_broadcast(&sh.work);
        pthread_cond_broadcast(&sh.done);
        pthread_mutex_unlock(&sh.lock);
        for (int i = 0; i < jobs; i++) pthread_join(threads[i], NULL);
        pthread_mutex_lock(&sh.lock);
        pthread_cond_broadcast(&sh.done);
        pthread_mutex_unlock(&sh.lock);
        pthread_join(write_thread, NULL);
        free(threads);
        free(sh.ring);
        pthread_mutex_destroy(&sh.lock);
        pthread_cond_destroy(&sh.work);
        pthread_cond_destroy(&sh.done);
        pthread_cond_destroy(&sh.space);
    }
    dyad_reader_close(reader);
    fflush(o->out);
    if (totals) *totals = sh.totals;
    return sh.totals.failed ? 1 : 0;
}
