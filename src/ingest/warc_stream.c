/* warc_stream.c — a WARC file's bytes, gunzipped member by member with our
 * own inflate loop so that a damaged or truncated member becomes a break the
 * record parser can report, followed by a fresh start at the next member.
 *
 * Memory: one raw chunk plus the lookahead the parser asks for (bounded by
 * the document size limit), whatever the file's size. */
#include "ingest/warc_stream.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "base/buf.h"
#include "base/fail.h"

enum { RAW_CHUNK = 1 << 16, OUT_CHUNK = 1 << 16, MARKS = 1024 };

/* Where a gzip member's output begins in the stream, and where the member
 * begins in the file. */
typedef struct member_mark {
    uint64_t stream, file;
} member_mark;

struct warc_stream {
    int fd;                 /* raw file, or -1 when reading through src */
    source *src;
    bool seekable;
    bool gzip;

    unsigned char *raw;     /* raw[raw_pos..raw_len) not yet inflated */
    size_t raw_pos, raw_len;
    uint64_t raw_end;       /* file offset just after raw[raw_len - 1] */
    bool raw_eof;

    z_stream z;
    bool z_ready, in_member;
    uint64_t member_start;  /* file offset of the member being inflated */
    bool after_damage;      /* what follows a damaged member is not "garbage" */
    uint64_t garbage;       /* bytes between members after a clean end */

    char *data;             /* decompressed lookahead data[pos..len) */
    size_t pos, len, cap;
    uint64_t offset;        /* stream offset of data[pos] */
    member_mark marks[MARKS]; /* ring of members not yet passed by the parser */
    size_t mark_first, mark_count;
    bool eof;               /* nothing more will ever come */
    bool broken;            /* a damaged member: nothing more until resume */
    char damage[200];
};

static warc_stream *stream_new(void)
{
    warc_stream *s = xcalloc(1, sizeof *s);
    s->fd = -1;
    s->cap = OUT_CHUNK * 2;
    s->data = xmalloc(s->cap);
    return s;
}

warc_stream *warc_stream_open_path(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return NULL;
    warc_stream *s = stream_new();
    s->fd = fd;
    struct stat st;
    s->seekable = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
    unsigned char magic[2];
    s->gzip = pread(fd, magic, 2, 0) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    s->raw = xmalloc(RAW_CHUNK);
    if (s->gzip) {
        if (inflateInit2(&s->z, 16 + MAX_WBITS) != Z_OK) dyad_fail_nomem();
        s->z_ready = true;
    }
    return s;
}

warc_stream *warc_stream_open_source(source *src)
{
    warc_stream *s = stream_new();
    s->src = src;
    return s;
}

void warc_stream_close(warc_stream *s)
{
    if (!s) return;
    if (s->z_ready) inflateEnd(&s->z);
    if (s->fd >= 0) close(s->fd);
    source_close(s->src);
    free(s->raw);
    free(s->data);
    free(s);
}

uint64_t warc_stream_offset(const warc_stream *s) { return s->offset; }
bool warc_stream_broken(const warc_stream *s) { return s->broken; }
const char *warc_stream_damage(const warc_stream *s) { return s->damage; }

static void set_damage(warc_stream *s, const char *fmt, unsigned long long at, const char *why)
{
    snprintf(s->damage, sizeof s->damage, fmt, at, why ? why : "");
}

/* More raw bytes; false at the end of the file. */
static bool raw_fill(warc_stream *s)
{
    if (s->raw_pos < s->raw_len) return true;
    if (s->raw_eof) return false;
    for (;;) {
        ssize_t n = read(s->fd, s->raw, RAW_CHUNK);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n < 0) set_damage(s, "read error at byte %llu: %s", (unsigned long long)s->raw_end, strerror(errno));
            s->raw_eof = true;
            s->raw_pos = s->raw_len = 0;
            return false;
        }
        s->raw_pos = 0;
        s->raw_len = (size_t)n;
        s->raw_end += (uint64_t)n;
        return true;
    }
}

static uint64_t raw_offset(const warc_stream *s) { return s->raw_end - (s->raw_len - s->raw_pos); }

static void raw_seek(warc_stream *s, uint64_t at)
{
    if (!s->seekable || lseek(s->fd, (off_t)at, SEEK_SET) < 0) return; /* scan on from here instead */
    s->raw_pos = s->raw_len = 0;
    s->raw_end = at;
    s->raw_eof = false;
}

/* Position the raw input on the next gzip member header (1f 8b 08),
 * skipping anything else; false at the end of the file. */
static bool find_member(warc_stream *s)
{
    for (;;) {
        if (!raw_fill(s)) return false;
        unsigned char *p = s->raw + s->raw_pos;
        size_t n = s->raw_len - s->raw_pos;
        unsigned char *m = memchr(p, 0x1f, n);
        size_t skip = m ? (size_t)(m - p) : n;
        if (!s->after_damage) s->garbage += skip;
        if (!m) { s->raw_pos = s->raw_len; continue; }
        s->raw_pos += skip;
        if (s->raw_len - s->raw_pos < 3) {
            /* The magic may straddle two reads: keep the tail, read on. */
            size_t keep = s->raw_len - s->raw_pos;
            memmove(s->raw, s->raw + s->raw_pos, keep);
            uint64_t end = s->raw_end;
            ssize_t r;
            do r = read(s->fd, s->raw + keep, RAW_CHUNK - keep);
            while (r < 0 && errno == EINTR);
            s->raw_pos = 0;
            s->raw_len = keep + (r > 0 ? (size_t)r : 0);
            s->raw_end = end + (r > 0 ? (uint64_t)r : 0);
            if (r <= 0) s->raw_eof = true;
            if (s->raw_len < 3) { s->raw_pos = s->raw_len; return false; }
        }
        unsigned char *q = s->raw + s->raw_pos;
        if (q[1] == 0x8b && q[2] == 8) return true;
        s->raw_pos++;
        if (!s->after_damage) s->garbage++;
    }
}

/* Room for at least `want` more bytes after data[len). */
static void make_room(warc_stream *s, size_t want)
{
    if (s->pos > 0 && s->cap - s->len < want) {
        memmove(s->data, s->data + s->pos, s->len - s->pos);
        s->len -= s->pos;
        s->pos = 0;
    }
    if (s->cap - s->len < want) {
        size_t ncap = s->cap;
        while (ncap - s->len < want) ncap *= 2;
        s->data = xrealloc(s->data, ncap);
        s->cap = ncap;
    }
}

static void add_mark(warc_stream *s, uint64_t stream, uint64_t file)
{
    if (s->mark_count) {
        member_mark *last = &s->marks[(s->mark_first + s->mark_count - 1) % MARKS];
        if (last->stream == stream) { last->file = file; return; } /* the one before gave no bytes */
    }
    if (s->mark_count == MARKS) { s->mark_first = (s->mark_first + 1) % MARKS; s->mark_count--; }
    s->marks[(s->mark_first + s->mark_count) % MARKS] = (member_mark){stream, file};
    s->mark_count++;
}

int64_t warc_stream_file_offset(warc_stream *s, uint64_t at)
{
    if (s->src) return source_is_gzip(s->src) ? -1 : (int64_t)at;
    if (!s->gzip) return (int64_t)at;
    while (s->mark_count && s->marks[s->mark_first].stream < at) {
        s->mark_first = (s->mark_first + 1) % MARKS;
        s->mark_count--;
    }
    if (s->mark_count && s->marks[s->mark_first].stream == at) return (int64_t)s->marks[s->mark_first].file;
    return -1;
}

/* Decompress (or copy) some more bytes into the lookahead.  Returns false
 * when nothing more can come before a break or the end. */
static bool produce(warc_stream *s)
{
    if (s->eof || s->broken) return false;
    make_room(s, OUT_CHUNK);
    if (s->src) {
        buf tmp = BUF_INIT;
        size_t n = source_read(s->src, &tmp, OUT_CHUNK);
        if (n) memcpy(s->data + s->len, tmp.data, n);
        buf_free(&tmp);
        s->len += n;
        if (!n) {
            s->eof = true;
            if (source_error(s->src)) snprintf(s->damage, sizeof s->damage, "%s", source_error(s->src));
        }
        return n > 0;
    }
    if (!s->gzip) {
        if (!raw_fill(s)) { s->eof = true; return false; }
        size_t n = s->raw_len - s->raw_pos;
        memcpy(s->data + s->len, s->raw + s->raw_pos, n);
        s->len += n;
        s->raw_pos += n;
        return true;
    }
    for (;;) {
        if (!s->in_member) {
            if (!find_member(s)) { s->eof = true; return false; }
            s->member_start = raw_offset(s);
            add_mark(s, s->offset + (s->len - s->pos), s->member_start);
            inflateReset(&s->z);
            s->in_member = true;
        }
        if (!raw_fill(s)) {
            set_damage(s, "the gzip member at byte %llu is truncated%s", (unsigned long long)s->member_start, NULL);
            s->in_member = false;
            s->broken = true;
            s->after_damage = true;
            return false;
        }
        s->z.next_in = s->raw + s->raw_pos;
        s->z.avail_in = (uInt)(s->raw_len - s->raw_pos);
        s->z.next_out = (Bytef *)s->data + s->len;
        s->z.avail_out = (uInt)(s->cap - s->len);
        uInt before_in = s->z.avail_in, before_out = s->z.avail_out;
        int rc = inflate(&s->z, Z_NO_FLUSH);
        s->raw_pos += before_in - s->z.avail_in;
        size_t produced = before_out - s->z.avail_out;
        s->len += produced;
        if (rc == Z_STREAM_END) {
            s->in_member = false;
            s->after_damage = false;
            if (produced) return true;
            continue;
        }
        if (rc == Z_OK || rc == Z_BUF_ERROR) {
            if (produced) return true;
            if (before_in != s->z.avail_in) continue;
            if (rc == Z_BUF_ERROR && s->z.avail_in == 0) continue; /* needs more raw input */
        }
        /* Damaged: report, and look for the next member just after this
         * one's header (the member's own length cannot be trusted). */
        set_damage(s, "the gzip member at byte %llu is damaged: %s", (unsigned long long)s->member_start,
                   s->z.msg ? s->z.msg : "inflate failed");
        s->in_member = false;
        s->broken = true;
        s->after_damage = true;
        raw_seek(s, s->member_start + 1);
        if (!s->seekable && s->raw_pos < s->raw_len) s->raw_pos++;
        return produced > 0;
    }
}

size_t warc_stream_peek(warc_stream *s, const char **data, size_t n)
{
    while (s->len - s->pos < n && produce(s)) {}
    *data = s->data + s->pos;
    size_t have = s->len - s->pos;
    return have < n ? have : n;
}

void warc_stream_consume(warc_stream *s, size_t n)
{
    if (n > s->len - s->pos) n = s->len - s->pos;
    s->pos += n;
    s->offset += n;
}

void warc_stream_resume(warc_stream *s)
{
    s->offset += s->len - s->pos;
    s->pos = s->len = 0;
    s->broken = false;
    s->damage[0] = '\0';
}

uint64_t warc_stream_take_garbage(warc_stream *s)
{
    uint64_t n = s->garbage;
    s->garbage = 0;
    return n;
}
