/* charset.c — encoding detection and conversion to UTF-8 (glibc iconv).
 *
 * Conversion never stops at a bad byte: an undecodable byte becomes U+FFFD
 * and is counted, so a page with a few stray bytes still yields its text. */
#include "html/charset.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/buf.h"
#include "base/utf8.h"

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Labels browsers treat as another encoding, and common aliases. */
static const struct { const char *label, *name; } aliases[] = {
    {"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
    {"iso-8859-1", "WINDOWS-1252"}, {"iso8859-1", "WINDOWS-1252"}, {"iso_8859-1", "WINDOWS-1252"},
    {"latin1", "WINDOWS-1252"}, {"latin-1", "WINDOWS-1252"}, {"l1", "WINDOWS-1252"},
    {"us-ascii", "WINDOWS-1252"}, {"ascii", "WINDOWS-1252"}, {"ansi_x3.4-1968", "WINDOWS-1252"},
    {"cp1252", "WINDOWS-1252"}, {"windows-1252", "WINDOWS-1252"}, {"x-cp1252", "WINDOWS-1252"},
    {"cp1251", "WINDOWS-1251"}, {"windows-1251", "WINDOWS-1251"}, {"x-cp1251", "WINDOWS-1251"},
    {"cp1250", "WINDOWS-1250"}, {"windows-1250", "WINDOWS-1250"},
    {"iso-8859-9", "WINDOWS-1254"}, {"latin5", "WINDOWS-1254"}, {"tis-620", "WINDOWS-874"},
    {"koi8-r", "KOI8-R"}, {"koi8r", "KOI8-R"}, {"koi8", "KOI8-R"}, {"koi8-u", "KOI8-U"},
    {"utf-16", "UTF-16LE"}, {"utf-16le", "UTF-16LE"}, {"utf-16be", "UTF-16BE"},
    {"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"}, {"gb18030", "GB18030"},
    {"shift_jis", "SHIFT_JIS"}, {"sjis", "SHIFT_JIS"}, {"x-sjis", "SHIFT_JIS"},
    {"euc-kr", "EUC-KR"}, {"euc-jp", "EUC-JP"}, {"big5", "BIG5"},
};

int charset_canonical(const char *label, size_t n, char *out, size_t size)
{
    while (n && (*label == ' ' || *label == '"' || *label == '\'')) label++, n--;
    while (n && (label[n - 1] == ' ' || label[n - 1] == '"' || label[n - 1] == '\'')) n--;
    if (!n || n >= 40 || size < 40) return 0;
    char low[40];
    for (size_t i = 0; i < n; i++) low[i] = (char)lower((unsigned char)label[i]);
    low[n] = '\0';
    for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
        if (strcmp(low, aliases[i].label) == 0) {
            strcpy(out, aliases[i].name);
            return 1;
        }
    for (size_t i = 0; i <= n; i++) out[i] = (char)(low[i] >= 'a' && low[i] <= 'z' ? low[i] - 32 : low[i]);
    return 1;
}

static int starts_ci(const char *s, const char *end, const char *word)
{
    size_t k = strlen(word);
    return (size_t)(end - s) >= k && strncasecmp(s, word, k) == 0;
}

/* The charset named by <meta ...charset=...> or <?xml encoding=...?> in
 * the first 8 KiB, copied to out (raw label); 0 when none. */
static int find_declared(const char *s, size_t n, char *out, size_t size)
{
    const char *end = s + (n < 8192 ? n : 8192);
    if (starts_ci(s, end, "<?xml")) {
        const char *q = s, *close = memchr(s, '>', (size_t)(end - s));
        for (; close && q < close; q++)
            if (starts_ci(q, close, "encoding")) {
                q += 8;
                while (q < close && (*q == ' ' || *q == '=' || *q == '"' || *q == '\'')) q++;
                size_t k = 0;
                while (q + k < close && q[k] != '"' && q[k] != '\'' && q[k] != '?' && q[k] != ' ') k++;
                if (k && k < size) { memcpy(out, q, k); out[k] = '\0'; return 1; }
                break;
            }
    }
    for (const char *p = s; p < end; p++) {
        if (*p != '<' || !starts_ci(p, end, "<meta")) continue;
        const char *close = memchr(p, '>', (size_t)(end - p));
        if (!close) return 0;
        for (const char *q = p + 5; q < close; q++) {
            if (!starts_ci(q, close, "charset")) continue;
            q += 7;
            while (q < close && (*q == ' ' || *q == '\t' || *q == '\n')) q++;
            if (q >= close || *q != '=') continue;
            q++;
            while (q < close && (*q == ' ' || *q == '"' || *q == '\'')) q++;
            size_t k = 0;
            while (q + k < close && (unsigned char)q[k] > ' ' && q[k] != '"' && q[k] != '\'' && q[k] != ';' &&
                   q[k] != '/' && q[k] != '>')
                k++;
            if (k && k < size) { memcpy(out, q, k); out[k] = '\0'; return 1; }
        }
        p = close;
    }
    return 0;
}

/* Invalid sequences and multi-byte characters when read as UTF-8. */
static void utf8_census(const char *s, size_t n, size_t *invalid, size_t *multibyte)
{
    *invalid = *multibyte = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n;) {
        if (u[i] < 0x80) { i++; continue; }
        uint32_t cp;
        size_t k = utf8_decode(u + i, n - i, &cp);
        if (cp == UTF8_REPLACEMENT && !(k == 3 && u[i] == 0xEF && u[i + 1] == 0xBF && u[i + 2] == 0xBD)) (*invalid)++;
        else (*multibyte)++;
        i += k;
    }
}

/* Which single-byte encoding the bytes most plausibly are.  Words made
 * only of high bytes point to Cyrillic (Russian text is mostly lowercase:
 * 0xE0-0xFF in windows-1251, 0xC0-0xDF in KOI8-R); high bytes inside
 * ASCII words point to accented Latin (windows-1252). */
static const char *sniff_single_byte(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t cyrillic_words = 0, latin_words = 0, low_half = 0, high_half = 0;
    size_t i = 0;
    while (i < n) {
        size_t ascii = 0, high = 0;
        while (i < n && ((u[i] >= 'a' && u[i] <= 'z') || (u[i] >= 'A' && u[i] <= 'Z') || u[i] >= 0xC0)) {
            if (u[i] >= 0xC0) {
                high++;
                if (u[i] >= 0xE0) high_half++;
                else low_half++;
            } else ascii++;
            i++;
        }
        if (high >= 2 && ascii == 0) cyrillic_words++;
        else if (high && ascii) latin_words++;
        if (i < n) i++;
    }
    if (cyrillic_words > latin_words) return high_half >= low_half ? "WINDOWS-1251" : "KOI8-R";
    return "WINDOWS-1252";
}

/* Convert with iconv; undecodable bytes become U+FFFD. */
static int convert(const char *s, size_t n, const char *from, buf *out, size_t *replaced)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1) return -1;
    size_t unit = strncmp(from, "UTF-16", 6) == 0 ? 2 : 1;
    char *in = (char *)s;
    size_t left = n;
    buf_reserve(out, n + n / 2 + 16);
    while (left) {
        buf_reserve(out, left * 3 + 16); /* a byte may become three (0x80 is U+20AC in windows-1252) */
        char *o = out->data + out->len;
        size_t room = out->cap - out->len - 1, before = room;
        size_t r = iconv(cd, &in, &left, &o, &room);
        out->len += before - room;
        if (r != (size_t)-1) break;
        if (errno == E2BIG) continue;
        /* EILSEQ or EINVAL (truncated at the end): skip one unit. */
        buf_append(out, "\xEF\xBF\xBD", 3);
        (*replaced)++;
        size_t skip = left < unit ? left : unit;
        in += skip;
        left -= skip;
        iconv(cd, NULL, NULL, NULL, NULL);
    }
    iconv_close(cd);
    out->data[out->len] = '\0';
    return 0;
}

static int single_byte(const char *name)
{
    return strncmp(name, "WINDOWS-", 8) == 0 || strncmp(name, "ISO-8859", 8) == 0 || strncmp(name, "KOI8", 4) == 0;
}

int charset_decode(const char *bytes, size_t n, const char *transport, charset_result *r)
{
    memset(r, 0, sizeof *r);
    const char *s = bytes;
    char name[40] = "";
    const char *origin = NULL;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        strcpy(name, "UTF-8"), origin = "bom", s += 3, n -= 3;
    } else if (n >= 2 && memcmp(s, "\xFF\xFE", 2) == 0) {
        strcpy(name, "UTF-16LE"), origin = "bom", s += 2, n -= 2;
    } else if (n >= 2 && memcmp(s, "\xFE\xFF", 2) == 0) {
        strcpy(name, "UTF-16BE"), origin = "bom", s += 2, n -= 2;
    }
    if (!origin && transport && charset_canonical(transport, strlen(transport), name, sizeof name)) {
        origin = "transport";
        snprintf(r->declared, sizeof r->declared, "%s", transport);
    }
    if (!origin) {
        char label[40];
        if (find_declared(s, n, label, sizeof label) && charset_canonical(label, strlen(label), name, sizeof name)) {
            origin = "meta";
            snprintf(r->declared, sizeof r->declared, "%s", label);
            /* A page readable as ASCII cannot be UTF-16, whatever it says. */
            if (strncmp(name, "UTF-16", 6) == 0) strcpy(name, "UTF-8");
        }
    }
    if (origin && strcmp(origin, "bom") != 0) {
        iconv_t cd = iconv_open("UTF-8", name);
        if (cd == (iconv_t)-1) {
            r->unknown_label = 1;
            origin = NULL;
        } else iconv_close(cd);
    }
    /* Check the declaration against the bytes. */
    if (!origin || strcmp(origin, "bom") != 0) {
        size_t invalid, multibyte;
        utf8_census(s, n, &invalid, &multibyte);
        if (!origin) {
            origin = invalid == 0 ? "default" : "sniffed";
            strcpy(name, invalid == 0 ? "UTF-8" : sniff_single_byte(s, n));
        } else if (strcmp(name, "UTF-8") == 0) {
            /* A few stray bytes are damage; many mean another encoding. */
            if (invalid > 3 && invalid * 4 > multibyte) {
                strcpy(name, sniff_single_byte(s, n));
                origin = "sniffed";
                r->overruled = 1;
            }
        } else if (single_byte(name) && invalid == 0 && multibyte >= 3) {
            strcpy(name, "UTF-8");
            origin = "sniffed";
            r->overruled = 1;
        } else if (strcmp(name, "WINDOWS-1252") == 0 && strcmp(sniff_single_byte(s, n), "WINDOWS-1252") != 0) {
            /* Russian pages served as "iso-8859-1": the words say Cyrillic */
            strcpy(name, sniff_single_byte(s, n));
            origin = "sniffed";
            r->overruled = 1;
        } else if (strncmp(name, "UTF-16", 6) == 0 && n >= 2 && !memchr(s, '\0', n < 1024 ? n : 1024)) {
            /* "UTF-16" over bytes without a single NUL: an ASCII-based page */
            strcpy(name, invalid == 0 ? "UTF-8" : sniff_single_byte(s, n));
            origin = "sniffed";
            r->overruled = 1;
        }
    }
    buf out = BUF_INIT;
    if (strcmp(name, "UTF-8") == 0) {
        r->replaced = utf8_repair_append(&out, s, n);
    } else if (convert(s, n, name, &out, &r->replaced) != 0) {
        strcpy(name, "UTF-8");
        r->replaced = utf8_repair_append(&out, s, n);
    }
    if (!out.data) buf_reserve(&out, 1), out.data[0] = '\0';
    snprintf(r->name, sizeof r->name, "%s", name);
    r->origin = origin;
    r->utf8 = buf_detach(&out, &r->length);
    return r->utf8 ? 0 : -1;
}
