/* source.h — one open input file (plain or gzip, or standard input) read
 * in chunks, with line-oriented reading that never holds more than the
 * document size limit in memory. */
#ifndef DYAD_INGEST_SOURCE_H
#define DYAD_INGEST_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

typedef struct source source;

/* Open a path ("-" for standard input).  NULL with errno set on failure. */
source *source_open(const char *path);
void source_close(source *s);
const char *source_path(const source *s);

/* Look at up to n bytes ahead without consuming them; returns how many are
 * available (fewer only at the end of input). */
size_t source_peek(source *s, const char **data, size_t n);
/* Read the rest of the input into out, up to limit bytes.  Returns true if
 * everything fit; false if more remained (the excess is consumed and its
 * size added to *total) or an error occurred (see source_error). */
bool source_read_all(source *s, buf *out, size_t limit, uint64_t *total);
/* Read one line (without its '\n') into out.  Returns false at the end of
 * input.  A line longer than limit is consumed whole, only its first limit
 * bytes are kept, and *overlong is set. */
bool source_read_line(source *s, buf *out, size_t limit, bool *overlong);
/* Read exactly n bytes into out (fewer at the end of input). */
size_t source_read(source *s, buf *out, size_t n);
/* Skip n bytes; returns how many were skipped. */
uint64_t source_skip(source *s, uint64_t n);
/* Byte offset (in the decompressed stream) of the next unread byte. */
uint64_t source_offset(const source *s);
/* Non-NULL after a read or decompression error (e.g. truncated gzip). */
const char *source_error(const source *s);
bool source_is_gzip(const source *s);

#endif
