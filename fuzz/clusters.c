/* fuzz/clusters.c — both readers of the word clusters on arbitrary bytes:
 * the training-time reader of a vector file (the input written to a
 * scratch file and clustered), and the run-time check of the "ner.clusters"
 * section (the input's bytes as the section of a well-formed model file),
 * each followed by lookups through whatever was accepted. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nlp/clusters.h"

#include "model_fuzz.h"

static void lookups(const word_table *t)
{
    static const char *words[] = {"paris", "Google", "well-known", "x", ""};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        wordfeat f;
        wordfeat_compute(&f, words[i], strlen(words[i]));
        clusters_fill(t, &f);
    }
    for (size_t i = 0; i < t->count && i < 64; i++) (void)word_table_get(t, t->keys[i]);
}

/* The scratch vector file, made once per process and removed at exit
 * (libFuzzer ends a timed run with exit()). */
static char scratch[64];
static void remove_scratch(void) { unlink(scratch); }

static void vector_file(const uint8_t *data, size_t size)
{
    const char *path = scratch;
    if (!scratch[0]) {
        strcpy(scratch, "/tmp/dyad-fuzz-vectors-XXXXXX");
        int fd = mkstemp(scratch);
        if (fd < 0) abort();
        close(fd);
        atexit(remove_scratch);
    }
    FILE *f = fopen(path, "w");
    if (!f) abort();
    if (size) fwrite(data, 1, size, f);
    fclose(f);
    uint64_t *keys = NULL;
    char err[512];
    size_t n = clusters_build(path, 64, 1, &keys, NULL, err, sizeof err);
    word_table t;
    if (n && word_table_init(&t, keys, n) == 0) {
        lookups(&t);
        word_table_free(&t);
    } else if (n) abort(); /* the builder's keys must always load */
    free(keys);
}

static void load_and_look(const model_file *f)
{
    word_table t;
    if (clusters_load(&t, f, NULL, 0) == 0) {
        lookups(&t);
        word_table_free(&t);
    }
}

/* The input as the section of a model file the writer builds (past the
 * checksums). */
static void section(const uint8_t *data, size_t size)
{
    model_writer w;
    model_writer_init(&w, "ner");
    model_writer_add(&w, CLUSTERS_SECTION, data, size);
    fuzz_model_written(&w, "ner", load_and_look);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    section(data, size);
    if (size < 8192) vector_file(data, size);
    return 0;
}
