/* utf8.c — strict UTF-8 (no overlongs, no surrogates, max U+10FFFF). */
#include "base/utf8.h"

#include <string.h>

size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    unsigned c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    size_t need;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; v = c & 0x07; min = 0x10000; }
    else { *cp = UTF8_REPLACEMENT; return 1; }
    size_t i = 1;
    for (; i <= need; i++) {
        if (i >= n || (s[i] & 0xC0) != 0x80) { *cp = UTF8_REPLACEMENT; return i; }
        /* Reject overlong and out-of-range forms as early as the second byte
         * so the invalid prefix is maximal, as Unicode recommends. */
        if (i == 1) {
            if (c == 0xE0 && s[1] < 0xA0) { *cp = UTF8_REPLACEMENT; return 1; }
            if (c == 0xED && s[1] > 0x9F) { *cp = UTF8_REPLACEMENT; return 1; }
            if (c == 0xF0 && s[1] < 0x90) { *cp = UTF8_REPLACEMENT; return 1; }
            if (c == 0xF4 && s[1] > 0x8F) { *cp = UTF8_REPLACEMENT; return 1; }
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min) { *cp = UTF8_REPLACEMENT; return i; }
    *cp = v;
    return i;
}

size_t utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) { out[0] = (char)cp; return 1; }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = UTF8_REPLACEMENT;
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    if (cp > 0x10FFFF) return utf8_encode(UTF8_REPLACEMENT, out);
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t utf8_valid_prefix(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        /* ASCII, the bulk of most text, eight bytes at a time */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, u + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        if (u[i] < 0x80) { i++; continue; }
        uint32_t cp;
        size_t k = utf8_decode(u + i, n - i, &cp);
        if (cp == UTF8_REPLACEMENT && !(k == 3 && u[i] == 0xEF && u[i + 1] == 0xBF && u[i + 2] == 0xBD))
            return i;
        i += k;
    }
    return n;
}

size_t utf8_repair_append(buf *out, const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t repaired = 0, i = 0;
    buf_reserve(out, n);
    while (i < n) {
        size_t run = utf8_valid_prefix(s + i, n - i);
        buf_append(out, s + i, run);
        i += run;
        if (i >= n) break;
        uint32_t cp;
        size_t k = utf8_decode(u + i, n - i, &cp);
        buf_append(out, "\xEF\xBF\xBD", 3);
        repaired++;
        i += k;
    }
    return repaired;
}
