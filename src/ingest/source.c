/* source.c — buffered reading through zlib, which reads plain and gzip
 * (including multi-member gzip, as WARC uses) transparently. */
#include "ingest/source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "base/fail.h"

enum { CHUNK = 1 << 16, READ_MIN = 1 << 14 };

struct source {
    gzFile gz;
    char *path;
    char *data;          /* buffered bytes data[pos..len) */
    size_t pos, len, cap;
    uint64_t offset;     /* stream offset of data[pos] */
    bool eof;
    bool gzip;
    char error[160];
};

source *source_open(const char *path)
{
    int fd = strcmp(path, "-") == 0 ? dup(0) : open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    /* Peek at the magic bytes only for regular files; stdin is read as is. */
    unsigned char magic[2] = {0, 0};
    bool gzip = false;
    if (strcmp(path, "-") != 0 && pread(fd, magic, 2, 0) == 2) gzip = magic[0] == 0x1f && magic[1] == 0x8b;
    gzFile gz = gzdopen(fd, "rb");
    if (!gz) {
        close(fd);
        errno = ENOMEM;
        return NULL;
    }
    gzbuffer(gz, CHUNK);
    source *s = xcalloc(1, sizeof *s);
    s->gz = gz;
    s->path = xstrdup(path);
    s->gzip = gzip;
    s->cap = CHUNK * 2;
    s->data = xmalloc(s->cap);
    return s;
}

void source_close(source *s)
{
    if (!s) return;
    gzclose(s->gz);
    free(s->path);
    free(s->data);
    free(s);
}

const char *source_path(const source *s) { return s->path; }
bool source_is_gzip(const source *s) { return s->gzip; }
uint64_t source_offset(const source *s) { return s->offset; }
const char *source_error(const source *s) { return s->error[0] ? s->error : NULL; }

/* zlib's error message without the "<fd:3>: " it puts first (the stream
 * was opened from a descriptor): the callers name the file themselves. */
static const char *zlib_reason(const char *msg)
{
    if (!msg || !*msg) return "unknown";
    if (strncmp(msg, "<fd:", 4) == 0) {
        const char *end = strstr(msg, ">: ");
        if (end) return end + 3;
    }
    return msg;
}

/* Make at least `want` bytes available in the buffer if the input has
 * them; returns the number available. */
static size_t fill(source *s, size_t want)
{
    while (s->len - s->pos < want && !s->eof) {
        if (s->pos > 0) {
            memmove(s->data, s->data + s->pos, s->len - s->pos);
            s->len -= s->pos;
            s->pos = 0;
        }
        if (s->cap - s->len < CHUNK) {
            size_t ncap = s->cap;
            while (ncap - s->len < CHUNK || ncap < want) ncap *= 2;
            s->data = xrealloc(s->data, ncap);
            s->cap = ncap;
        }
        /* Ask for what is wanted (at least a read's worth), not the whole
         * buffer: zlib drops the bytes of a read that meets damage, so a
         * smaller read keeps more of what precedes it. */
        size_t room = s->cap - s->len, need = want - (s->len - s->pos);
        if (need < READ_MIN) need = READ_MIN;
        int n = gzread(s->gz, s->data + s->len, (unsigned)(need < room ? need : room));
        if (n < 0) {
            int code;
            const char *msg = gzerror(s->gz, &code);
            snprintf(s->error, sizeof s->error, "read error: %s", zlib_reason(msg));
            s->eof = true;
            break;
        }
        if (n == 0) {
            s->eof = true;
            /* zlib reports a truncated gzip stream only through gzerror. */
            int code = Z_OK;
            const char *msg = gzerror(s->gz, &code);
            if (code != Z_OK && code != Z_STREAM_END && !s->error[0])
                snprintf(s->error, sizeof s->error, "compressed input is damaged after %llu decompressed bytes: %s",
                         (unsigned long long)(s->offset + (s->len - s->pos)), zlib_reason(msg));
            break;
        }
        s->len += (size_t)n;
    }
    return s->len - s->pos;
}

size_t source_peek(source *s, const char **data, size_t n)
{
    size_t have = fill(s, n);
    *data = s->data + s->pos;
    return have < n ? have : n;
}

static void consume(source *s, size_t n)
{
    s->pos += n;
    s->offset += n;
}

bool source_read_all(source *s, buf *out, size_t limit, uint64_t *total)
{
    uint64_t seen = 0;
    bool fits = true;
    for (;;) {
        size_t have = fill(s, 1);
        if (!have) break;
        size_t keep = 0;
        if (seen < limit) keep = (size_t)(limit - seen) < have ? (size_t)(limit - seen) : have;
        buf_append(out, s->data + s->pos, keep);
        if (keep < have) fits = false;
        seen += have;
        consume(s, have);
    }
    if (total) *total = seen;
    return fits && !s->error[0];
}

bool source_read_line(source *s, buf *out, size_t limit, bool *overlong)
{
    *overlong = false;
    size_t kept = 0;
    bool any = false;
    for (;;) {
        size_t have = fill(s, 1);
        if (!have) return any;
        any = true;
        char *start = s->data + s->pos;
        char *nl = memchr(start, '\n', have);
        size_t n = nl ? (size_t)(nl - start) : have;
        size_t room = kept < limit ? limit - kept : 0;
        size_t keep = n < room ? n : room;
        buf_append(out, start, keep);
        kept += keep;
        if (keep < n) *overlong = true;
        consume(s, n + (nl ? 1 : 0));
        if (nl) return true;
    }
}

size_t source_read(source *s, buf *out, size_t n)
{
    size_t done = 0;
    while (done < n) {
        size_t have = fill(s, 1);
        if (!have) break;
        size_t take = n - done < have ? n - done : have;
        buf_append(out, s->data + s->pos, take);
        consume(s, take);
        done += take;
    }
    return done;
}

uint64_t source_skip(source *s, uint64_t n)
{
    uint64_t done = 0;
    while (done < n) {
        size_t have = fill(s, 1);
        if (!have) break;
        size_t take = n - done < have ? (size_t)(n - done) : have;
        consume(s, take);
        done += take;
    }
    return done;
}
