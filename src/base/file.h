/* file.h — reading a whole (bounded) file: dictionaries, models' text
 * inputs, treebanks and fixtures.  Documents never come through here: the
 * reader streams them (src/ingest/). */
#ifndef DYAD_BASE_FILE_H
#define DYAD_BASE_FILE_H

#include <stddef.h>

/* The file's bytes, malloc'd and NUL-terminated (*length excludes the NUL),
 * gunzipped when the file is gzip.  NULL when it cannot be opened or read,
 * with "cannot open PATH: reason" or "cannot read PATH" written to `error`
 * (which may be NULL). */
char *file_read_all(const char *path, size_t *length, char *error, size_t error_size);

#endif
