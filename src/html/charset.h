/* charset.h — finding a page's character encoding and converting it to UTF-8.
 *
 * The order follows what browsers do, with one addition for pages that lie:
 * a byte-order mark wins; then the transport's charset (HTTP header, given
 * by the container); then <meta charset> / <meta http-equiv> / the XML
 * declaration in the first 8 KiB; then sniffing.  A declared UTF-8 that is
 * not valid UTF-8, or a declared single-byte charset over bytes that are
 * valid multi-byte UTF-8, is overruled by what the bytes plausibly are. */
#ifndef DYAD_HTML_CHARSET_H
#define DYAD_HTML_CHARSET_H

#include <stddef.h>

typedef struct charset_result {
    char *utf8;           /* malloc'd, NUL-terminated */
    size_t length;
    char name[40];        /* the encoding used, e.g. "WINDOWS-1251" */
    const char *origin;   /* "bom", "transport", "meta", "sniffed", "default" */
    char declared[40];    /* what the page or transport declared, "" if nothing */
    int overruled;        /* 1 when the declaration was wrong and was ignored */
    int unknown_label;    /* 1 when the declared name is not an encoding iconv knows */
    size_t replaced;      /* bytes that could not be decoded (now U+FFFD) */
} charset_result;

/* Decode bytes[0..n) to UTF-8.  transport may be NULL.  Returns 0, or -1
 * when memory runs out. */
int charset_decode(const char *bytes, size_t n, const char *transport, charset_result *out);

/* The canonical iconv name for a charset label ("latin1" -> "WINDOWS-1252",
 * as browsers treat it), written to out; 0 when the label is empty. */
int charset_canonical(const char *label, size_t n, char *out, size_t size);

#endif
