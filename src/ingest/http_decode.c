/* http_decode.c — the content codings of archived responses beyond
 * gzip/deflate (http.c): brotli ("br") and Zstandard ("zstd"), and the
 * dispatch that undoes a Content-Encoding list ("gzip, br") in reverse.
 *
 * Like http_inflate, each decoder stops at `limit` output bytes, keeps
 * what decoded before damage, and says when the body was never coded at
 * all (an archiver that decoded the body but kept the header). */
#include "ingest/http.h"

#include <brotli/decode.h>
#include <string.h>
#include <strings.h>
#include <zstd.h>

static http_inflate_result unbrotli(const char *data, size_t n, size_t limit, buf *out)
{
    BrotliDecoderState *st = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    if (!st) return HTTP_INFLATE_DAMAGED;
    const uint8_t *in = (const uint8_t *)data;
    size_t avail_in = n, total = 0;
    uint8_t chunk[16384];
    http_inflate_result result = HTTP_INFLATE_DAMAGED;
    for (;;) {
        uint8_t *next = chunk;
        size_t avail_out = sizeof chunk;
        BrotliDecoderResult r = BrotliDecoderDecompressStream(st, &avail_in, &in, &avail_out, &next, NULL);
        size_t got = sizeof chunk - avail_out;
        if (total + got > limit) { result = HTTP_INFLATE_TOO_LARGE; break; }
        buf_append(out, chunk, got);
        total += got;
        if (r == BROTLI_DECODER_RESULT_SUCCESS) { result = HTTP_INFLATE_OK; break; }
        if (r == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) continue;
        break; /* an error, or the input ran out before the end */
    }
    BrotliDecoderDestroyInstance(st);
    /* Brotli has no magic number: a body that fails at once and reads as
     * markup or text was never coded. */
    if (result == HTTP_INFLATE_DAMAGED && total == 0) return HTTP_INFLATE_NOT_COMPRESSED;
    return result;
}

static http_inflate_result unzstd(const char *data, size_t n, size_t limit, buf *out)
{
    static const unsigned char magic[4] = {0x28, 0xB5, 0x2F, 0xFD};
    if (n < 4 || memcmp(data, magic, 4) != 0) return HTTP_INFLATE_NOT_COMPRESSED;
    ZSTD_DStream *z = ZSTD_createDStream();
    if (!z) return HTTP_INFLATE_DAMAGED;
    ZSTD_initDStream(z);
    ZSTD_inBuffer in = {data, n, 0};
    unsigned char chunk[16384];
    size_t total = 0, hint = 1;
    http_inflate_result result = HTTP_INFLATE_DAMAGED;
    while (in.pos < in.size || hint) {
        ZSTD_outBuffer o = {chunk, sizeof chunk, 0};
        size_t before = in.pos;
        hint = ZSTD_decompressStream(z, &o, &in);
        if (ZSTD_isError(hint)) break;
        if (total + o.pos > limit) { result = HTTP_INFLATE_TOO_LARGE; break; }
        buf_append(out, chunk, o.pos);
        total += o.pos;
        if (hint == 0 && in.pos == in.size) { result = HTTP_INFLATE_OK; break; }
        if (o.pos == 0 && in.pos == before) break; /* truncated: no progress */
    }
    ZSTD_freeDStream(z);
    return result;
}

/* One coding of the list, by name; -1 for a coding dyad cannot undo. */
static int decode_one(const char *name, size_t len, const char *data, size_t n, size_t limit, buf *out,
                      http_inflate_result *r)
{
    if ((len == 4 && !strncasecmp(name, "gzip", 4)) || (len == 6 && !strncasecmp(name, "x-gzip", 6)) ||
        (len == 7 && !strncasecmp(name, "deflate", 7)))
        *r = http_inflate(data, n, limit, out);
    else if (len == 2 && !strncasecmp(name, "br", 2))
        *r = unbrotli(data, n, limit, out);
    else if (len == 4 && !strncasecmp(name, "zstd", 4))
        *r = unzstd(data, n, limit, out);
    else if (len == 8 && !strncasecmp(name, "identity", 8))
        *r = HTTP_INFLATE_NOT_COMPRESSED;
    else
        return -1;
    return 0;
}

http_inflate_result http_decode_content(const char *coding, const char *data, size_t n, size_t limit, buf *out,
                                        const char **unsupported, size_t *unsupported_len)
{
    /* the codings, in the order they were applied */
    const char *names[HTTP_MAX_CODINGS];
    size_t lens[HTTP_MAX_CODINGS], count = 0;
    *unsupported = NULL;
    *unsupported_len = 0;
    for (const char *p = coding; p && *p;) {
        while (*p == ' ' || *p == ',' || *p == '\t') p++;
        size_t k = 0;
        while (p[k] && p[k] != ',' && p[k] != ' ' && p[k] != ';' && p[k] != '\t') k++;
        if (k) {
            /* more codings than dyad undoes: the outermost are the last,
             * so undoing the first few would hand on coded bytes */
            if (count == HTTP_MAX_CODINGS) {
                *unsupported = coding;
                *unsupported_len = strlen(coding);
                return HTTP_INFLATE_DAMAGED;
            }
            names[count] = p, lens[count++] = k;
        }
        p += k;
        while (*p && *p != ',') p++;
    }
    http_inflate_result result = HTTP_INFLATE_NOT_COMPRESSED;
    buf a = BUF_INIT, b = BUF_INIT;
    const char *cur = data;
    size_t cur_n = n;
    buf *dst = &a;
    for (size_t i = count; i-- > 0;) {
        buf_clear(dst);
        http_inflate_result r;
        if (decode_one(names[i], lens[i], cur, cur_n, limit, dst, &r) < 0) {
            *unsupported = names[i];
            *unsupported_len = lens[i];
            result = HTTP_INFLATE_DAMAGED;
            break;
        }
        if (r == HTTP_INFLATE_NOT_COMPRESSED) continue; /* already undone by the archiver */
        result = r == HTTP_INFLATE_OK && result == HTTP_INFLATE_DAMAGED ? HTTP_INFLATE_DAMAGED : r;
        cur = dst->data ? dst->data : "";
        cur_n = dst->len;
        dst = dst == &a ? &b : &a;
        if (r == HTTP_INFLATE_TOO_LARGE) break;
    }
    if (!*unsupported && result != HTTP_INFLATE_NOT_COMPRESSED) buf_append(out, cur, cur_n);
    buf_free(&a);
    buf_free(&b);
    return result;
}
