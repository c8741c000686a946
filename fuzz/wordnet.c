/* fuzz/wordnet.c — both readers of WordNet word classes on arbitrary bytes:
 * the training-time reader of the database files (the input, cut at its
 * first NUL bytes, becomes the index, exception and data files of a
 * scratch directory), and the run-time check of the "tag.wordnet" section
 * (the input's bytes as the section of a well-formed model file), each
 * followed by lookups through whatever was accepted. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nlp/perceptron.h"
#include "nlp/wordnet.h"

#include "model_fuzz.h"

static void lookups(const word_table *wn)
{
    static const char *words[] = {"garden", "planned", "Kerala", "fast-baking", "x", ""};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        wordfeat f;
        wordfeat_compute(&f, words[i], strlen(words[i]));
        wordnet_fill(wn, &f);
    }
    for (size_t i = 0; i < wn->count && i < 64; i++) (void)word_table_get(wn, wn->keys[i]);
}

static const char *names[] = {"index.noun", "noun.exc", "data.noun", "index.verb", "verb.exc", "data.verb",
                              "index.adj",  "adj.exc",  "data.adj",  "index.adv",  "data.adv"};

/* The scratch database, made once per process and removed at exit. */
static char dir[64];
static void remove_scratch(void)
{
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char path[128];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    rmdir(dir);
}

static void database(const uint8_t *data, size_t size)
{
    if (!dir[0]) {
        strcpy(dir, "/tmp/dyad-fuzz-wordnet-XXXXXX");
        if (!mkdtemp(dir)) abort();
        atexit(remove_scratch);
    }
    /* Parts separated by NUL bytes go to the files in turn; the rest empty. */
    size_t at = 0;
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char path[128];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        FILE *f = fopen(path, "w");
        if (!f) abort();
        const uint8_t *end = at < size ? memchr(data + at, 0, size - at) : NULL;
        size_t len = at < size ? (end ? (size_t)(end - (data + at)) : size - at) : 0;
        if (len) fwrite(data + at, 1, len, f);
        fclose(f);
        at += len + 1;
    }
    uint64_t *keys = NULL;
    char err[512];
    size_t n = wordnet_build(dir, &keys, NULL, err, sizeof err);
    word_table wn;
    if (n && word_table_init(&wn, keys, n) == 0) {
        lookups(&wn);
        word_table_free(&wn);
    } else if (n) abort(); /* the builder's keys must always load */
    free(keys);
}

static void load_and_look(const model_file *f)
{
    word_table wn;
    if (wordnet_load(&wn, f, NULL, 0) == 0) {
        lookups(&wn);
        word_table_free(&wn);
    }
}

/* The input as the section of a model file the writer builds (past the
 * checksums). */
static void section(const uint8_t *data, size_t size)
{
    model_writer w;
    model_writer_init(&w, "tagger");
    model_writer_add(&w, WORDNET_SECTION, data, size);
    fuzz_model_written(&w, "tagger", load_and_look);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    section(data, size);
    if (size < 4096) database(data, size);
    return 0;
}
