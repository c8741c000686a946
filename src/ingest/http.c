/* http.c — HTTP/1.x header blocks and body codings for archived responses.
 * Archived traffic is often slightly off (bare LF line ends, headers saying
 * "chunked" or "gzip" about bodies the crawler already decoded), so every
 * function here accepts the lenient reading and reports what it could not
 * do instead of failing. */
#include "ingest/http.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t') s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) s[--n] = '\0';
    return s;
}

void http_parse_headers(char *text, http_headers *out)
{
    out->count = 0;
    out->first_line = NULL;
    /* Join continuation lines: a line end followed by space or tab. */
    for (char *p = text; *p; p++) {
        if (*p == '\n' && (p[1] == ' ' || p[1] == '\t')) {
            *p = ' ';
            if (p > text && p[-1] == '\r') p[-1] = ' ';
        }
    }
    char *line = text;
    while (line && *line) {
        char *nl = strchr(line, '\n');
        if (nl) *nl = '\0';
        if (!out->first_line) out->first_line = trim(line);
        else {
            char *colon = strchr(line, ':');
            if (colon && colon != line && out->count < HTTP_MAX_HEADERS) {
                *colon = '\0';
                out->items[out->count].name = trim(line);
                out->items[out->count].value = trim(colon + 1);
                out->count++;
            }
        }
        line = nl ? nl + 1 : NULL;
    }
}

const char *http_header_get(const http_headers *h, const char *name)
{
    for (size_t i = 0; i < h->count; i++)
        if (strcasecmp(h->items[i].name, name) == 0) return h->items[i].value;
    return NULL;
}

size_t http_header_end(const char *data, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (data[i] != '\n') continue;
        if (i + 1 < n && data[i + 1] == '\n') return i + 2;
        if (i + 2 < n && data[i + 1] == '\r' && data[i + 2] == '\n') return i + 3;
    }
    return 0;
}

int http_status(const char *line)
{
    if (!line || strncmp(line, "HTTP/", 5) != 0) return -1;
    const char *p = strchr(line, ' ');
    if (!p) return -1;
    while (*p == ' ') p++;
    if (!isdigit((unsigned char)p[0]) || !isdigit((unsigned char)p[1]) || !isdigit((unsigned char)p[2]) ||
        isdigit((unsigned char)p[3]))
        return -1;
    return (p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0');
}

void http_media_type(const char *ct, char *out, size_t out_size, char *charset, size_t charset_size)
{
    if (out_size) out[0] = '\0';
    if (charset_size) charset[0] = '\0';
    if (!ct) return;
    while (*ct == ' ' || *ct == '\t') ct++;
    size_t k = 0;
    while (*ct && *ct != ';' && *ct != ' ' && *ct != '\t' && *ct != ',') {
        if (k + 1 < out_size) out[k++] = (char)tolower((unsigned char)*ct);
        ct++;
    }
    if (out_size) out[k] = '\0';
    /* Parameters: look for charset=value or charset="value". */
    const char *p = ct;
    while ((p = strchr(p, ';')) != NULL) {
        p++;
        while (*p == ' ' || *p == '\t') p++;
        if (strncasecmp(p, "charset", 7) != 0) continue;
        const char *v = p + 7;
        while (*v == ' ') v++;
        if (*v != '=') continue;
        v++;
        while (*v == ' ') v++;
        bool quoted = *v == '"' || *v == '\'';
        char q = *v;
        if (quoted) v++;
        size_t m = 0;
        while (*v && (quoted ? *v != q : (*v != ';' && *v != ' ' && *v != '\t' && *v != ','))) {
            if (m + 1 < charset_size) charset[m++] = *v;
            v++;
        }
        if (charset_size) charset[m] = '\0';
        return;
    }
}

static int hex_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* The chunk size line at data[*i..): returns the size, or -1 when it is
 * not one; moves *i past the line end. */
static long long chunk_size(const char *data, size_t n, size_t *i)
{
    size_t p = *i;
    long long size = 0;
    int digits = 0;
    while (p < n && hex_value(data[p]) >= 0) {
        if (++digits > 15) return -1;
        size = size * 16 + hex_value(data[p]);
        p++;
    }
    if (!digits) return -1;
    while (p < n && (data[p] == ' ' || data[p] == '\t')) p++;
    if (p < n && data[p] == ';') /* chunk extensions are ignored */
        while (p < n && data[p] != '\n') p++;
    if (p < n && data[p] == '\r') p++;
    if (p >= n || data[p] != '\n') return -1;
    *i = p + 1;
    return size;
}

bool http_dechunk(const char *data, size_t n, buf *out, bool *complete)
{
    size_t i = 0;
    *complete = false;
    long long size = chunk_size(data, n, &i);
    if (size < 0) return false;
    for (;;) {
        if (size == 0) { *complete = true; return true; }
        size_t take = (unsigned long long)size < n - i ? (size_t)size : n - i;
        buf_append(out, data + i, take);
        i += take;
        if (take < (unsigned long long)size) return true;
        if (i < n && data[i] == '\r') i++;
        if (i < n && data[i] == '\n') i++;
        size = chunk_size(data, n, &i);
        if (size < 0) return true;
    }
}

static http_inflate_result inflate_with(const char *data, size_t n, size_t limit, buf *out, int window_bits)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, window_bits) != Z_OK) return HTTP_INFLATE_DAMAGED;
    z.next_in = (Bytef *)data;
    z.avail_in = (uInt)(n > 0xFFFFFFFFu ? 0xFFFFFFFFu : n);
    unsigned char chunk[16384];
    http_inflate_result result = HTTP_INFLATE_DAMAGED;
    size_t total = 0;
    for (;;) {
        z.next_out = chunk;
        z.avail_out = sizeof chunk;
        int rc = inflate(&z, Z_NO_FLUSH);
        size_t got = sizeof chunk - z.avail_out;
        if (total + got > limit) { result = HTTP_INFLATE_TOO_LARGE; break; }
        buf_append(out, chunk, got);
        total += got;
        if (rc == Z_STREAM_END) { result = HTTP_INFLATE_OK; break; }
        if (rc != Z_OK) break;                 /* damaged, or input ran out */
        if (!got && !z.avail_in) break;
    }
    inflateEnd(&z);
    return result;
}

http_inflate_result http_inflate(const char *data, size_t n, size_t limit, buf *out)
{
    const unsigned char *u = (const unsigned char *)data;
    bool gzip = n >= 2 && u[0] == 0x1f && u[1] == 0x8b;
    bool zlib = n >= 2 && (u[0] & 0x0f) == 8 && ((u[0] << 8) | u[1]) % 31 == 0;
    if (gzip || zlib) return inflate_with(data, n, limit, out, 32 + MAX_WBITS);
    /* Raw deflate (what some servers send as "deflate"): only believed when
     * it decodes cleanly, since any bytes might start a raw stream. */
    buf tmp = BUF_INIT;
    http_inflate_result r = n ? inflate_with(data, n, limit, &tmp, -MAX_WBITS) : HTTP_INFLATE_DAMAGED;
    if (r == HTTP_INFLATE_OK || r == HTTP_INFLATE_TOO_LARGE) {
        if (r == HTTP_INFLATE_OK) buf_append(out, tmp.data, tmp.len);
        buf_free(&tmp);
        return r;
    }
    buf_free(&tmp);
    return HTTP_INFLATE_NOT_COMPRESSED;
}
