/* test_warc.c — WARC files as a user feeding dyad a crawl would meet them:
 * HTML responses become documents with their URL, record id, charset and
 * crawl date; everything else is skipped and counted; broken lengths,
 * damaged gzip members and garbage cost one record each.  The WARC files
 * are built here, record by record. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>
#include <brotli/encode.h>

#include "base/buf.h"
#include "dyad.h"

#include "test.h"

static const char page[] =
    "<html><head><title>Talks resume</title></head><body><p>Negotiators met again on Monday.</p></body></html>";

/* A WARC being built: the bytes, and where each record starts (so that
 * each can become its own gzip member). */
typedef struct warc_file {
    buf data;
    size_t starts[32];
    int count;
} warc_file;

/* Append a record; declared < 0 means the true Content-Length. */
static void add_record(warc_file *w, const char *version, const char *type, const char *uri,
                       const char *headers, const char *block, size_t n, long long declared)
{
    w->starts[w->count++] = w->data.len;
    buf_printf(&w->data, "%s\r\nWARC-Type: %s\r\n", version, type);
    if (uri) buf_printf(&w->data, "WARC-Target-URI: %s\r\n", uri);
    buf_printf(&w->data, "WARC-Date: 2024-03-05T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:rec-%d>\r\n", w->count);
    if (headers) buf_puts(&w->data, headers);
    buf_printf(&w->data, "Content-Length: %lld\r\n\r\n", declared >= 0 ? declared : (long long)n);
    buf_append(&w->data, block, n);
    buf_puts(&w->data, "\r\n\r\n");
}

/* An HTTP response record with the given status line tail, headers and body. */
static void add_response(warc_file *w, const char *uri, const char *status, const char *headers,
                         const char *body, size_t n, long long declared_delta)
{
    buf b = BUF_INIT;
    buf_printf(&b, "HTTP/1.1 %s\r\n%s\r\n", status, headers);
    buf_append(&b, body, n);
    add_record(w, "WARC/1.0", "response", uri, "Content-Type: application/http; msgtype=response\r\n", b.data,
               b.len, declared_delta ? (long long)b.len + declared_delta : -1);
    buf_free(&b);
}

static void gzip_append(buf *out, const char *data, size_t n)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    size_t bound = deflateBound(&z, n);
    buf_reserve(out, bound);
    z.next_in = (Bytef *)data;
    z.avail_in = (uInt)n;
    z.next_out = (Bytef *)out->data + out->len;
    z.avail_out = (uInt)bound;
    deflate(&z, Z_FINISH);
    out->len += bound - z.avail_out;
    deflateEnd(&z);
}

/* The file as one gzip member per record; member_starts (if not NULL)
 * gets where each member begins. */
static buf gzip_per_record(const warc_file *w, size_t *member_starts)
{
    buf out = BUF_INIT;
    for (int i = 0; i < w->count; i++) {
        if (member_starts) member_starts[i] = out.len;
        size_t end = i + 1 < w->count ? w->starts[i + 1] : w->data.len;
        gzip_append(&out, w->data.data + w->starts[i], end - w->starts[i]);
    }
    return out;
}

static char *write_temp(const char *suffix, const char *data, size_t n)
{
    char *path = malloc(64);
    snprintf(path, 64, "/tmp/dyad-warc-XXXXXX%s", suffix);
    int fd = mkstemps(path, (int)strlen(suffix));
    FILE *f = fdopen(fd, "wb");
    fwrite(data, 1, n, f);
    fclose(f);
    return path;
}

/* The raw JSON of an extra field, or NULL. */
static const char *extra_of(const dyad_input *in, const char *key)
{
    for (size_t i = 0; i < in->extra_count; i++)
        if (!strcmp(in->extra[i].key, key)) return in->extra[i].json;
    return NULL;
}

/* Error code of an input, "" for a document. */
static const char *code_of(const dyad_input *in) { return in->error ? in->error->code : ""; }

static uint64_t skipped(dyad_reader *r, const char *reason)
{
    dyad_skip_count c[16];
    size_t n = dyad_reader_skipped(r, c, 16);
    for (size_t i = 0; i < n && i < 16; i++)
        if (!strcmp(c[i].reason, reason)) return c[i].count;
    return 0;
}

static void add_mixed_records(warc_file *w)
{
    const char info[] = "software: dyad-test\r\nformat: WARC File Format 1.0\r\n";
    add_record(w, "WARC/1.0", "warcinfo", NULL, "Content-Type: application/warc-fields\r\n", info, strlen(info), -1);
    const char req[] = "GET /news/1 HTTP/1.1\r\nHost: news.example\r\n\r\n";
    add_record(w, "WARC/1.0", "request", "http://news.example/news/1", NULL, req, strlen(req), -1);
    add_response(w, "http://news.example/news/1", "200 OK", "Content-Type: text/html; charset=windows-1251\r\n", page,
                 strlen(page), 0);
    add_response(w, "http://news.example/logo.png", "200 OK", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n", 8, 0);
    add_response(w, "http://news.example/old", "301 Moved Permanently", "Location: http://news.example/new\r\n", "", 0, 0);
    const char dns[] = "20240305100000\nnews.example.\t300\tIN\tA\t192.0.2.7\n";
    add_record(w, "WARC/1.0", "response", "dns:news.example", "Content-Type: text/dns\r\n", dns, strlen(dns), -1);
    const char meta[] = "fetchTimeMs: 120\r\n";
    add_record(w, "WARC/1.1", "metadata", "http://news.example/news/1", NULL, meta, strlen(meta), -1);
    add_response(w, "http://news.example/news/2", "200 OK", "Content-Type: text/html\r\n", page, strlen(page), 0);
}

TEST(warc_html_responses_become_documents_with_crawl_metadata)
{
    warc_file w = {BUF_INIT, {0}, 0};
    add_mixed_records(&w);
    char *path = write_temp(".warc", w.data.data, w.data.len);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    dyad_input *in = dyad_reader_next(r);
    CHECK(in && !in->error);
    CHECK_STR_EQ(in->container, "warc");
    CHECK_STR_EQ(in->id, "urn:uuid:rec-3");
    CHECK_STR_EQ(in->url, "http://news.example/news/1");
    CHECK_STR_EQ(in->charset, "windows-1251");
    CHECK(in->format == DYAD_FORMAT_HTML);
    CHECK(in->date == NULL); /* the crawl date is not a publication date */
    CHECK_STR_EQ(extra_of(in, "crawl_date"), "\"2024-03-05T10:00:00Z\"");
    char offset[32];
    snprintf(offset, sizeof offset, "%zu", w.starts[2]);
    CHECK_STR_EQ(extra_of(in, "warc_offset"), offset); /* in a plain file, the record's own offset */
    CHECK_INT_EQ(in->container_offset, w.starts[2]);
    CHECK(in->length == strlen(page) && !memcmp(in->bytes, page, in->length));
    CHECK(in->warning_count == 1 && !strcmp(in->warnings[0].code, "warc_skipped") && in->warnings[0].count == 2);
    dyad_input_free(in);
    in = dyad_reader_next(r);
    CHECK(in && !in->error);
    CHECK_STR_EQ(in->url, "http://news.example/news/2");
    CHECK(in->charset == NULL);
    CHECK_INT_EQ(in->index, 1);
    CHECK(in->warning_count == 1 && in->warnings[0].count == 4); /* image, redirect, DNS, metadata */
    dyad_input_free(in);
    CHECK(dyad_reader_next(r) == NULL);
    CHECK_INT_EQ(skipped(r, "warcinfo"), 1);
    CHECK_INT_EQ(skipped(r, "request"), 1);
    CHECK_INT_EQ(skipped(r, "not_html"), 2);
    CHECK_INT_EQ(skipped(r, "http_status"), 1);
    CHECK_INT_EQ(skipped(r, "metadata"), 1);
    dyad_reader_close(r);
    unlink(path);
    free(path);
    buf_free(&w.data);
}

/* Read every input of a file; record ids/codes, return how many. */
static int read_codes(const char *path, const dyad_reader_options *o, char codes[][48], char ids[][48], int max)
{
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, o);
    dyad_input *in;
    int n = 0;
    while ((in = dyad_reader_next(r)) != NULL && n < 1000) {
        if (n < max) {
            snprintf(codes[n], 48, "%s", code_of(in));
            snprintf(ids[n], 48, "%s", in->id ? in->id : "");
        }
        n++;
        dyad_input_free(in);
    }
    dyad_reader_close(r);
    return n;
}

TEST(warc_gzip_per_record_whole_file_gzip_and_plain_read_the_same)
{
    warc_file w = {BUF_INIT, {0}, 0};
    add_mixed_records(&w);
    size_t member_starts[32];
    buf members = gzip_per_record(&w, member_starts);
    buf whole = BUF_INIT;
    gzip_append(&whole, w.data.data, w.data.len);
    char *a = write_temp(".warc.gz", members.data, members.len);
    char *b = write_temp(".gz", whole.data, whole.len);  /* sniffed, not named */
    char *c = write_temp(".txt", w.data.data, w.data.len); /* content wins over the name */
    const char *files[] = {a, b, c};
    char want[3][2][32];
    snprintf(want[0][0], 32, "%zu", member_starts[2]); /* where CDX indexes would say */
    snprintf(want[0][1], 32, "%zu", member_starts[7]);
    want[1][0][0] = want[1][1][0] = '\0';             /* inside one big member: unknown */
    snprintf(want[2][0], 32, "%zu", w.starts[2]);
    snprintf(want[2][1], 32, "%zu", w.starts[7]);
    for (int i = 0; i < 3; i++) {
        const char *paths[] = {files[i]};
        dyad_reader *r = dyad_reader_open(paths, 1, NULL);
        for (int k = 0; k < 2; k++) {
            dyad_input *in = dyad_reader_next(r);
            CHECK(in && !in->error);
            CHECK_STR_EQ(in->id, k ? "urn:uuid:rec-8" : "urn:uuid:rec-3");
            CHECK_INT_EQ(in->container_offset, w.starts[k ? 7 : 2]); /* in the decompressed stream */
            const char *offset = extra_of(in, "warc_offset");
            if (want[i][k][0]) CHECK_STR_EQ(offset, want[i][k]);
            else CHECK(offset == NULL);
            dyad_input_free(in);
        }
        CHECK(dyad_reader_next(r) == NULL);
        dyad_reader_close(r);
        unlink(files[i]);
        free((char *)files[i]);
    }
    buf_free(&members);
    buf_free(&whole);
    buf_free(&w.data);
}

TEST(warc_garbage_between_gzip_members_is_skipped_with_a_warning)
{
    warc_file w = {BUF_INIT, {0}, 0};
    add_response(&w, "http://g.example/1", "200 OK", "Content-Type: text/html\r\n", page, strlen(page), 0);
    add_response(&w, "http://g.example/2", "200 OK", "Content-Type: text/html\r\n", page, strlen(page), 0);
    buf out = BUF_INIT;
    gzip_append(&out, w.data.data, w.starts[1]);
    buf_puts(&out, "\x1f not a member \x1f\x8b");
    gzip_append(&out, w.data.data + w.starts[1], w.data.len - w.starts[1]);
    char *path = write_temp(".warc.gz", out.data, out.len);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    int documents = 0, warned = 0;
    dyad_input *in;
    while ((in = dyad_reader_next(r)) != NULL) {
        documents += !in->error;
        for (size_t i = 0; i < in->warning_count; i++) warned += !strcmp(in->warnings[i].code, "warc_gzip_garbage");
        dyad_input_free(in);
    }
    CHECK_INT_EQ(documents, 2);
    CHECK_INT_EQ(warned, 1);
    dyad_reader_close(r);
    unlink(path);
    free(path);
    buf_free(&out);
    buf_free(&w.data);
}

TEST(warc_chunked_and_compressed_bodies_are_decoded)
{
    warc_file w = {BUF_INIT, {0}, 0};
    buf gz = BUF_INIT;
    gzip_append(&gz, page, strlen(page));
    add_response(&w, "http://news.example/gz", "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                 gz.data, gz.len, 0);
    /* chunked, in three chunks with an extension and a trailer */
    buf ch = BUF_INIT;
    size_t third = strlen(page) / 3;
    buf_printf(&ch, "%zx;name=x\r\n%.*s\r\n", third, (int)third, page);
    buf_printf(&ch, "%zx\r\n%.*s\r\n", third, (int)third, page + third);
    buf_printf(&ch, "%zX\r\n%s\r\n0\r\nExpires: never\r\n\r\n", strlen(page) - 2 * third, page + 2 * third);
    add_response(&w, "http://news.example/chunked", "200 OK", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n",
                 ch.data, ch.len, 0);
    /* Says gzip, but the archiver already decoded it: kept as is. */
    add_response(&w, "http://news.example/said-gzip", "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                 page, strlen(page), 0);
    /* brotli, and zstd over gzip (the codings listed in the order applied) */
    size_t bn = BrotliEncoderMaxCompressedSize(strlen(page));
    uint8_t *bro = malloc(bn);
    CHECK(BrotliEncoderCompress(5, 22, BROTLI_MODE_TEXT, strlen(page), (const uint8_t *)page, &bn, bro));
    add_response(&w, "http://news.example/br", "200 OK", "Content-Type: text/html\r\nContent-Encoding: br\r\n",
                 (const char *)bro, bn, 0);
    size_t zn = ZSTD_compressBound(gz.len);
    char *zs = malloc(zn);
    zn = ZSTD_compress(zs, zn, gz.data, gz.len, 3);
    CHECK(!ZSTD_isError(zn));
    add_response(&w, "http://news.example/gz-zstd", "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip, zstd\r\n",
                 zs, zn, 0);
    /* a coding dyad cannot undo is an error record */
    add_response(&w, "http://news.example/lzw", "200 OK", "Content-Type: text/html\r\nContent-Encoding: compress\r\n",
                 "\x1f\x9d\x90", 3, 0);
    char *path = write_temp(".warc", w.data.data, w.data.len);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    for (int i = 0; i < 5; i++) {
        dyad_input *in = dyad_reader_next(r);
        CHECK(in && !in->error);
        CHECK(in && in->length == strlen(page) && !memcmp(in->bytes, page, in->length));
        dyad_input_free(in);
    }
    dyad_input *in = dyad_reader_next(r);
    CHECK(in && in->error && !strcmp(in->error->code, "http_encoding_unsupported"));
    CHECK_STR_EQ(in->url, "http://news.example/lzw");
    dyad_input_free(in);
    CHECK(dyad_reader_next(r) == NULL);
    dyad_reader_close(r);
    unlink(path);
    free(path);
    buf_free(&gz);
    buf_free(&ch);
    free(bro);
    free(zs);
    buf_free(&w.data);
}

TEST(warc_a_longer_coding_list_than_dyad_undoes_is_refused)
{
    /* five codings, the last (outermost) brotli: undoing only the first
     * four (all gzip, none applied) handed the brotli bytes on as the page */
    warc_file w = {BUF_INIT, {0}, 0};
    size_t bn = BrotliEncoderMaxCompressedSize(strlen(page));
    uint8_t *bro = malloc(bn);
    CHECK(BrotliEncoderCompress(5, 22, BROTLI_MODE_TEXT, strlen(page), (const uint8_t *)page, &bn, bro));
    add_response(&w, "http://news.example/five", "200 OK",
                 "Content-Type: text/html\r\nContent-Encoding: gzip, gzip, gzip, gzip, br\r\n", (const char *)bro, bn, 0);
    add_response(&w, "http://news.example/four", "200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip, gzip, gzip, br\r\n",
                 (const char *)bro, bn, 0);
    char *path = write_temp(".warc", w.data.data, w.data.len);
    const char *paths[] = {path};
    dyad_reader *r = dyad_reader_open(paths, 1, NULL);
    dyad_input *in = dyad_reader_next(r);
    CHECK(in && in->error && !strcmp(in->error->code, "http_encoding_unsupported"));
    if (in && !in->error) CHECK(in->length != bn || memcmp(in->bytes, bro, bn) != 0);
    dyad_input_free(in);
    in = dyad_reader_next(r);
    CHECK(in && !in->error && in->length == strlen(page) && !memcmp(in->bytes, page, in->length));
    dyad_input_free(in);
    CHECK(dyad_reader_next(r) == NULL);
    dyad_reader_close(r);
    unlink(path);
    free(path);
    free(bro);
    buf_free(&w.data);
}

TEST(warc_bogus_lengths_cost_one_record_each)
{
    warc_file w = {BUF_INIT, {0}, 0};
    const char *html = "Content-Type: text/html\r\n";
    add_response(&w, "http://a.example/1", "200 OK", html, page, strlen(page), +100); /* runs into record 2 */
    add_response(&w, "http://a.example/2", "200 OK", html, page, strlen(page), 0);
    add_response(&w, "http://a.example/3", "200 OK", html, page, strlen(page), -10); /* stops short */
    add_response(&w, "http://a.example/4", "200 OK", html, page, strlen(page), 0);
    add_record(&w, "WARC/1.0", "response", "http://a.example/5", NULL, "x", 1, -1);
    /* a Content-Length that is not a number */
    buf_puts(&w.data, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n");
    add_response(&w, "http://a.example/6", "200 OK", html, page, strlen(page), 0);
    add_response(&w, "http://a.example/7", "200 OK", html, page, strlen(page), 1000000); /* past the end */
    char *path = write_temp(".warc", w.data.data, w.data.len);
    char codes[16][48], ids[16][48];
    int n = read_codes(path, NULL, codes, ids, 16);
    CHECK_INT_EQ(n, 8);
    CHECK_STR_EQ(codes[0], "warc_bad_length");
    CHECK_STR_EQ(ids[0], "urn:uuid:rec-1");
    CHECK_STR_EQ(codes[1], "");
    CHECK_STR_EQ(ids[1], "urn:uuid:rec-2");
    CHECK_STR_EQ(codes[2], "warc_bad_length");
    CHECK_STR_EQ(codes[3], "");
    CHECK_STR_EQ(ids[3], "urn:uuid:rec-4");
    CHECK_STR_EQ(codes[4], "warc_http_syntax"); /* a response that is not HTTP */
    CHECK_STR_EQ(codes[5], "warc_bad_length");
    CHECK_STR_EQ(codes[6], "");
    CHECK_STR_EQ(codes[7], "warc_truncated");
    unlink(path);
    free(path);
    buf_free(&w.data);
}

TEST(warc_damaged_gzip_member_costs_one_record)
{
    warc_file w = {BUF_INIT, {0}, 0};
    const char *html = "Content-Type: text/html\r\n";
    /* Bodies large enough that their members are worth cutting. */
    buf body = BUF_INIT;
    buf_puts(&body, "<html><body>");
    static const char *words[] = {"talks", "ceasefire", "minister", "said", "on", "Monday", "border", "troops",
                                  "envoy", "sanctions", "the", "agreed", "rejected", "parliament", "vote", "aid"};
    unsigned seed = 7;
    for (int i = 0; i < 400; i++) {
        buf_puts(&body, "<p>");
        for (int k = 0; k < 12; k++) {
            seed = seed * 1103515245u + 12345u;
            buf_printf(&body, "%s%u ", words[(seed >> 16) % 16], (seed >> 8) % 1000);
        }
        buf_puts(&body, "</p>");
    }
    buf_puts(&body, "</body></html>");
    for (int i = 1; i <= 3; i++) {
        char uri[64];
        snprintf(uri, sizeof uri, "http://b.example/%d", i);
        add_response(&w, uri, "200 OK", html, body.data, body.len, 0);
    }
    /* member 2 cut in half, member 3 intact right after it */
    buf out = BUF_INIT;
    gzip_append(&out, w.data.data, w.starts[1]);
    buf second = BUF_INIT;
    gzip_append(&second, w.data.data + w.starts[1], w.starts[2] - w.starts[1]);
    buf_append(&out, second.data, second.len / 2);
    buf_puts(&out, "garbage between members");
    gzip_append(&out, w.data.data + w.starts[2], w.data.len - w.starts[2]);
    char *path = write_temp(".warc.gz", out.data, out.len);
    char codes[8][48], ids[8][48];
    int n = read_codes(path, NULL, codes, ids, 8);
    CHECK_INT_EQ(n, 3);
    CHECK_STR_EQ(codes[0], "");
    CHECK(!strncmp(codes[1], "warc_", 5)); /* truncated, or a bad length if the damage decoded to bytes */
    CHECK_STR_EQ(ids[1], "urn:uuid:rec-2");
    CHECK_STR_EQ(codes[2], "");
    CHECK_STR_EQ(ids[2], "urn:uuid:rec-3");
    if (!getenv("KEEP")) unlink(path);

    /* the file itself cut inside the last member */
    char *cut = write_temp(".warc.gz", out.data, out.len - 200);
    n = read_codes(cut, NULL, codes, ids, 8);
    CHECK_INT_EQ(n, 3);
    CHECK_STR_EQ(codes[0], "");
    CHECK_STR_EQ(codes[2], "warc_truncated");
    CHECK_STR_EQ(ids[2], "urn:uuid:rec-3");
    if (getenv("KEEP")) fprintf(stderr, "kept %s and %s\n", path, cut); else unlink(cut);
    free(cut);
    free(path);
    buf_free(&out);
    buf_free(&second);
    buf_free(&body);
    buf_free(&w.data);
}

TEST(warc_garbage_between_records_is_reported_once)
{
    warc_file w = {BUF_INIT, {0}, 0};
    buf_puts(&w.data, "this file was concatenated badly\n");
    add_response(&w, "http://c.example/1", "200 OK", "Content-Type: text/html\r\n", page, strlen(page), 0);
    buf_puts(&w.data, "junk line one\njunk WARC/ line two\n");
    add_response(&w, "http://c.example/2", "200 OK", "Content-Type: text/html\r\n", page, strlen(page), 0);
    buf_puts(&w.data, "WARC/1.0\r\nWARC-Type: response\r\nContent-Len"); /* header cut by the end */
    char *path = write_temp(".warc", w.data.data, w.data.len);
    dyad_reader_options o = {DYAD_FORMAT_WARC, 0}; /* the leading junk hides it from sniffing */
    char codes[8][48], ids[8][48];
    int n = read_codes(path, &o, codes, ids, 8);
    CHECK_INT_EQ(n, 5);
    CHECK_STR_EQ(codes[0], "warc_garbage");
    CHECK_STR_EQ(codes[1], "");
    CHECK_STR_EQ(codes[2], "warc_garbage");
    CHECK_STR_EQ(codes[3], "");
    CHECK_STR_EQ(codes[4], "warc_truncated");
    unlink(path);
    free(path);
    buf_free(&w.data);
}

TEST(warc_oversized_records_are_refused_or_skipped_without_loading_them)
{
    warc_file w = {BUF_INIT, {0}, 0};
    size_t big = 200000;
    char *filler = malloc(big);
    memset(filler, 'a', big);
    memcpy(filler, "<html><body><p>", 15);
    add_response(&w, "http://d.example/huge.html", "200 OK", "Content-Type: text/html\r\n", filler, big, 0);
    add_response(&w, "http://d.example/video", "200 OK", "Content-Type: video/mp4\r\n", filler, big, 0);
    add_response(&w, "http://d.example/mid.html", "200 OK", "Content-Type: text/html\r\n", filler, 5000, 0);
    add_response(&w, "http://d.example/ok.html", "200 OK", "Content-Type: text/html\r\n", page, strlen(page), 0);
    add_record(&w, "WARC/1.1", "resource", "file:///local.html", "Content-Type: text/html\r\n", page, strlen(page), -1);
    add_record(&w, "WARC/2.0", "response", "http://d.example/future", NULL, "x", 1, -1);
    char *path = write_temp(".warc", w.data.data, w.data.len);
    dyad_reader_options o = {DYAD_FORMAT_AUTO, 1000};
    char codes[8][48], ids[8][48];
    int n = read_codes(path, &o, codes, ids, 8);
    CHECK_INT_EQ(n, 5);
    CHECK_STR_EQ(codes[0], "too_large");
    CHECK_STR_EQ(codes[1], "too_large"); /* the video is skipped; this is mid.html */
    CHECK_STR_EQ(ids[1], "urn:uuid:rec-3");
    CHECK_STR_EQ(codes[2], "");
    CHECK_STR_EQ(codes[3], "");          /* a resource record holding HTML */
    CHECK_STR_EQ(ids[3], "urn:uuid:rec-5");
    CHECK_STR_EQ(codes[4], "warc_version");
    unlink(path);
    free(path);
    free(filler);
    buf_free(&w.data);
}

TEST(warc_command_reports_errors_and_skips)
{
    warc_file w = {BUF_INIT, {0}, 0};
    add_mixed_records(&w);
    add_response(&w, "http://e.example/1", "200 OK", "Content-Type: text/html\r\n", page, strlen(page), +50);
    add_response(&w, "http://e.example/2", "200 OK", "Content-Type: text/html\r\n", page, strlen(page), 0);
    buf gz = gzip_per_record(&w, NULL);
    char *path = write_temp(".warc.gz", gz.data, gz.len);
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s extract %s 2>&1", test_dyad_bin(), path);
    FILE *p = popen(cmd, "r");
    char out[65536];
    size_t n = fread(out, 1, sizeof out - 1, p);
    out[n] = '\0';
    int status = pclose(p);
    CHECK(strstr(out, "\"container\":\"warc\"") != NULL);
    CHECK(strstr(out, "\"crawl_date\":\"2024-03-05T10:00:00Z\"") != NULL);
    CHECK(strstr(out, "\"code\":\"warc_bad_length\"") != NULL);
    CHECK(strstr(out, "\"url\":{\"value\":\"http://e.example/2\"") != NULL);
    CHECK(strstr(out, "skipped: 1 warcinfo, 1 request, 1 metadata, 1 http_status, 2 not_html") != NULL);
    CHECK(status != 0); /* error records make the exit status 1 */

    /* the same from standard input */
    snprintf(cmd, sizeof cmd, "%s extract - < %s 2>&1", test_dyad_bin(), path);
    p = popen(cmd, "r");
    n = fread(out, 1, sizeof out - 1, p);
    out[n] = '\0';
    pclose(p);
    CHECK(strstr(out, "\"source\":\"-\",\"container\":\"warc\"") != NULL);
    CHECK(strstr(out, "\"url\":{\"value\":\"http://e.example/2\"") != NULL);
    CHECK(strstr(out, "\"code\":\"warc_bad_length\"") != NULL);
    unlink(path);
    free(path);
    buf_free(&gz);
    buf_free(&w.data);
}

/* A file named .warc that held no WARC record was read as text without a
 * word.  It is still read by its content (the bytes decide), but with a
 * warning that the name promised WARC; and a WARC file whose first bytes
 * are damaged is read as WARC, the damage reported, the records kept. */
TEST(warc_named_file_that_is_not_warc_is_read_with_a_warning)
{
    const char text[] = "KIGALI - Rwanda said on Monday it would attend the talks.\n";
    char *plain = write_temp(".warc", text, strlen(text));
    buf gz = BUF_INIT;
    gzip_append(&gz, text, strlen(text));
    char *zipped = write_temp(".warc.gz", gz.data, gz.len);
    const char *paths[] = {plain, zipped};
    dyad_reader *r = dyad_reader_open(paths, 2, NULL);
    for (int i = 0; i < 2; i++) {
        dyad_input *in = dyad_reader_next(r);
        CHECK(in && !in->error && in->format == DYAD_FORMAT_TEXT);
        CHECK(in && in->warning_count == 1 && !strcmp(in->warnings[0].code, "name_mismatch"));
        CHECK(in && in->warning_count == 1 && strstr(in->warnings[0].message, paths[i]) &&
              strstr(in->warnings[0].message, "read as text"));
        dyad_input_free(in);
    }
    CHECK(dyad_reader_next(r) == NULL);
    dyad_reader_close(r);

    warc_file w = {BUF_INIT, {0}, 0};
    buf_puts(&w.data, "\x01\x02 some damaged head\r\n");
    add_response(&w, "http://news.example/news/1", "200 OK", "Content-Type: text/html\r\n", page, strlen(page), 0);
    char *damaged = write_temp(".warc", w.data.data, w.data.len);
    char codes[4][48], ids[4][48];
    int n = read_codes(damaged, NULL, codes, ids, 4);
    CHECK_INT_EQ(n, 2);
    CHECK_STR_EQ(codes[0], "warc_garbage");
    CHECK_STR_EQ(codes[1], "");

    unlink(plain);
    unlink(zipped);
    unlink(damaged);
    free(plain);
    free(zipped);
    free(damaged);
    buf_free(&gz);
    buf_free(&w.data);
}
