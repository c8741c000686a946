/* input.h — building dyad_input records (each owns an arena), used by the
 * reader and by every container format (JSON lines, WARC, feeds). */
#ifndef DYAD_INGEST_INPUT_H
#define DYAD_INGEST_INPUT_H

#include "base/arena.h"
#include "dyad.h"

enum { INPUT_MAX_WARNINGS = 6 };

typedef struct input {
    dyad_input pub;       /* first, so a dyad_input* is an input* */
    arena arena;
    dyad_diagnostic error;
    dyad_diagnostic warnings[INPUT_MAX_WARNINGS];
} input;

/* A new input from `source` (copied), container name (static string). */
input *input_new(const char *source, const char *container);
/* Copy bytes into the input's arena and point pub.bytes at them. */
void input_set_bytes(input *in, const char *bytes, size_t length);
char *input_strdup(input *in, const char *s);
/* Turn the input into an error record. */
void input_set_error(input *in, dyad_status status, const char *code, int line, int column,
                     int64_t offset, const char *fmt, ...) __attribute__((format(printf, 7, 8)));
/* Add a warning (beyond INPUT_MAX_WARNINGS they are dropped: containers
 * summarise rather than repeat). */
void input_add_warning(input *in, const char *code, uint32_t count, int64_t offset, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

#endif
