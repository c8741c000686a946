/* http.h — what the WARC reader needs from HTTP/1.x: header blocks (WARC
 * uses the same "Name: value" syntax), status lines, media types and
 * charsets, and undoing chunked transfer and gzip/deflate content coding. */
#ifndef DYAD_INGEST_HTTP_H
#define DYAD_INGEST_HTTP_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"

enum { HTTP_MAX_HEADERS = 128 };

typedef struct http_header {
    const char *name, *value; /* NUL-terminated, trimmed */
} http_header;

typedef struct http_headers {
    http_header items[HTTP_MAX_HEADERS];
    size_t count;
    const char *first_line; /* "WARC/1.0", "HTTP/1.1 200 OK" */
} http_headers;

/* Parse a header block in place: `text` (NUL-terminated, modified) holds
 * the first line and the fields up to, not including, the blank line.
 * Continuation lines are joined; lines without a colon are ignored; more
 * than HTTP_MAX_HEADERS fields are dropped. */
void http_parse_headers(char *text, http_headers *out);
/* The value of the first field named `name` (case-insensitive), or NULL. */
const char *http_header_get(const http_headers *h, const char *name);

/* Where the header block of data[0..n) ends: the offset of the first byte
 * after the blank line ("\r\n\r\n" or "\n\n"), or 0 when there is none. */
size_t http_header_end(const char *data, size_t n);

/* The status code of "HTTP/1.1 200 OK", or -1. */
int http_status(const char *status_line);

/* Lowercased media type of a Content-Type value ("text/html") into out;
 * the charset parameter, if any, into charset (both may be empty). */
void http_media_type(const char *content_type, char *out, size_t out_size, char *charset, size_t charset_size);

/* Undo chunked transfer coding of data[0..n) into out.  Returns false when
 * the data is not chunked at all (out untouched); *complete is false when
 * the chunks stop early (what came is kept). */
bool http_dechunk(const char *data, size_t n, buf *out, bool *complete);

typedef enum http_inflate_result {
    HTTP_INFLATE_OK,
    HTTP_INFLATE_NOT_COMPRESSED, /* no gzip or zlib header: out untouched */
    HTTP_INFLATE_DAMAGED,        /* stopped part-way; what came is in out */
    HTTP_INFLATE_TOO_LARGE       /* more than `limit` bytes came out */
} http_inflate_result;

/* gzip, zlib or raw deflate data to out, never more than limit bytes. */
http_inflate_result http_inflate(const char *data, size_t n, size_t limit, buf *out);

/* Undo a Content-Encoding list ("gzip", "br", "zstd", "deflate, br": the
 * codings in the order they were applied) on data[0..n), into out, never
 * more than limit bytes.  Codings the body does not actually carry are
 * skipped (archivers often decode the body and keep the header).  A coding
 * dyad cannot undo sets *unsupported to its name (not NUL-terminated; its
 * length in *unsupported_len; a list of more than HTTP_MAX_CODINGS: the
 * whole list) and leaves out untouched. */
#define HTTP_MAX_CODINGS 4
http_inflate_result http_decode_content(const char *coding, const char *data, size_t n, size_t limit, buf *out,
                                        const char **unsupported, size_t *unsupported_len);

#endif
