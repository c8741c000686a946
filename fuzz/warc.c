/* warc.c — fuzz the WARC reader: the bytes are read as a WARC file, either
 * as they are or (first byte odd) gzipped one member per "WARC/" record with
 * the end cut off, so damaged and truncated members are exercised too.  Each
 * input the reader yields is processed and serialised. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <zlib.h>

#include "dyad.h"

static void put_member(int fd, const uint8_t *data, size_t n, size_t *written)
{
    uLong bound = compressBound(n) + 32;
    unsigned char *out = malloc(bound);
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 1, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    z.next_in = (Bytef *)data;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)bound;
    deflate(&z, Z_FINISH);
    size_t len = bound - z.avail_out;
    deflateEnd(&z);
    if (len && write(fd, out, len) == (ssize_t)len) *written += len;
    free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int fd = memfd_create("dyad-fuzz-warc", 0);
    if (fd < 0) return 0;
    if (size && (data[0] & 1)) {
        /* One gzip member per record; drop data[0] / 2 bytes from the end. */
        size_t cut = data[0] >> 1, written = 0;
        const uint8_t *start = data + 1, *end = data + size;
        while (start < end) {
            const uint8_t *next = end - start > 1 ? memmem(start + 1, (size_t)(end - start - 1), "WARC/", 5) : NULL;
            if (!next) next = end;
            put_member(fd, start, (size_t)(next - start), &written);
            start = next;
        }
        if (cut && written > cut && ftruncate(fd, (off_t)(written - cut)) != 0) { close(fd); return 0; }
    } else if (size > 1 && write(fd, data + 1, size - 1) != (ssize_t)(size - 1)) {
        close(fd);
        return 0;
    }
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    const char *paths[] = {path};
    dyad_reader_options o = {DYAD_FORMAT_WARC, 1 << 12};
    dyad_reader *r = dyad_reader_open(paths, 1, &o);
    dyad_input *in;
    while ((in = dyad_reader_next(r)) != NULL) {
        if (in->length > (1 << 12)) abort(); /* never over the limit */
        dyad_document *d = dyad_process(NULL, in, DYAD_STAGE_ALL);
        size_t n;
        free(dyad_document_to_json(d, &n));
        dyad_document_free(d);
        dyad_input_free(in);
    }
    dyad_skip_count counts[16];
    dyad_reader_skipped(r, counts, 16);
    dyad_reader_close(r);
    close(fd);
    return 0;
}
