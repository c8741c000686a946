/* warc.h — WARC files (WARC/1.0 and 1.1, plain or gzip) to inputs: each
 * HTML response record becomes one document; every other record is skipped
 * and counted by reason; a broken record becomes an error input and reading
 * resumes at the next record header.  See docs/INGEST.md. */
#ifndef DYAD_INGEST_WARC_H
#define DYAD_INGEST_WARC_H

#include <stddef.h>
#include <stdint.h>

#include "ingest/input.h"
#include "ingest/source.h"

/* Why a record was not a document.  The names (warc_skip_name) are stable:
 * they appear in warnings, --stats and dyad_reader_skipped. */
typedef enum warc_skip {
    WARC_SKIP_WARCINFO,
    WARC_SKIP_REQUEST,
    WARC_SKIP_METADATA,
    WARC_SKIP_REVISIT,
    WARC_SKIP_CONVERSION,
    WARC_SKIP_CONTINUATION,
    WARC_SKIP_OTHER_TYPE,  /* a record type WARC does not define */
    WARC_SKIP_HTTP_STATUS, /* a response other than 200 (redirects, errors) */
    WARC_SKIP_NOT_HTML,    /* images, scripts, PDFs, ... */
    WARC_SKIP_COUNT
} warc_skip;

const char *warc_skip_name(warc_skip reason);

typedef struct warc_reader warc_reader;

/* Read `path` (a regular file) directly, or, when `src` is given (standard
 * input), through it; takes `src` either way.  `skipped` (WARC_SKIP_COUNT
 * counters) is where skipped records are added up; it must outlive the
 * reader.  NULL with errno set when the file cannot be opened. */
warc_reader *warc_open(const char *path, source *src, size_t max_document_bytes, uint64_t *skipped);
/* The next document or error input, or NULL at the end of the file. */
input *warc_next(warc_reader *w);
void warc_close(warc_reader *w);

#endif
