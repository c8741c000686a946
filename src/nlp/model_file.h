/* model_file.h — versioned binary model files, loaded by mmap.
 *
 * Layout (little-endian):
 *   header   "DYADMODL", u32 version, u32 section count, char kind[16],
 *            u32 crc32 of the section table, u32 crc32 of the header so far
 *   table    per section: char name[16], u64 offset, u64 size, u32 crc32, u32 0
 *   data     each section 16-byte aligned (written on 64-byte cache lines)
 * Opening checks the magic, the version, the kind, that every section lies
 * inside the file, and every checksum, so a truncated or corrupt file is
 * refused with a message saying what is wrong. */
#ifndef DYAD_NLP_MODEL_FILE_H
#define DYAD_NLP_MODEL_FILE_H

#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

#define MODEL_FILE_VERSION 1

typedef struct model_file model_file;

/* Map `path` and check it holds a model of `kind` ("tagger", ...). */
model_file *model_file_open(const char *path, const char *kind, char *err, size_t err_size);
/* The same checks on bytes in memory (not copied: they must outlive the
 * model_file).  For tests and fuzzing. */
model_file *model_file_open_memory(const void *data, size_t size, const char *kind,
                                   char *err, size_t err_size);
/* A section's bytes (16-byte aligned), or NULL when absent. */
const void *model_file_section(const model_file *m, const char *name, size_t *size);
void model_file_close(model_file *m);

/* Building a file: add sections, then write it out (atomically: a
 * temporary file renamed over the target). */
typedef struct model_writer {
    char kind[16];
    buf names, sizes;   /* internal: section names and payloads */
    buf payload;
    size_t count;
} model_writer;

void model_writer_init(model_writer *w, const char *kind);
void model_writer_add(model_writer *w, const char *name, const void *data, size_t size);
/* Serialise to memory (malloc'd) or to a file; 0 on success. */
void *model_writer_bytes(const model_writer *w, size_t *size);
int model_writer_save(const model_writer *w, const char *path, char *err, size_t err_size);
void model_writer_free(model_writer *w);

#endif
