/* jsonl.h — one JSON-lines record to one input. */
#ifndef DYAD_INGEST_JSONL_H
#define DYAD_INGEST_JSONL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ingest/input.h"

/* The record on line `line_number` (1-based) of `path`, which starts at byte
 * `offset`.  Fields: "text" or "html" (the document), and "id", "url",
 * "date", "outlet", "title", "author", "language" as metadata; any other
 * field is carried through untouched.  Syntax errors become error inputs
 * with line and column. */
input *jsonl_record(const char *path, const char *line, size_t length, int line_number, int64_t offset);

#endif
