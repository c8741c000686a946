/* model_fuzz.h — the two ways the model-loader fuzz targets feed their
 * loader: the input as a whole model file (in an aligned private copy, as
 * mmap would give), and a file a model_writer built from the input's bytes
 * (so mutated sections get past the checksums).  Header only: each fuzz
 * target is one file. */
#ifndef DYAD_FUZZ_MODEL_FUZZ_H
#define DYAD_FUZZ_MODEL_FUZZ_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nlp/model_file.h"

typedef void (*model_exercise)(const model_file *f);

/* Open data as a model file of `kind` (NULL: any kind) and exercise it if
 * it loads. */
static inline void fuzz_model_bytes(const uint8_t *data, size_t size, const char *kind, model_exercise exercise)
{
    unsigned char *copy = aligned_alloc(16, (size + 15) / 16 * 16 + 16);
    if (!copy) return;
    memcpy(copy, data, size);
    model_file *f = model_file_open_memory(copy, size, kind, NULL, 0);
    if (f) {
        exercise(f);
        model_file_close(f);
    }
    free(copy);
}

/* Open the file w has been given as a model of `kind`, exercise it if it
 * loads, and free the writer. */
static inline void fuzz_model_written(model_writer *w, const char *kind, model_exercise exercise)
{
    size_t n;
    unsigned char *bytes = model_writer_bytes(w, &n);
    model_file *g = model_file_open_memory(bytes, n, kind, NULL, 0);
    if (g) {
        exercise(g);
        model_file_close(g);
    }
    free(bytes);
    model_writer_free(w);
}

#endif
