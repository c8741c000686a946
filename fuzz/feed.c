/* feed.c — fuzz the RSS/Atom reader: the bytes are read as a feed (format
 * forced, so broken XML reaches the parser) and every item is processed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "dyad.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    int fd = memfd_create("dyad-fuzz-feed", 0);
    if (fd < 0) return 0;
    if (write(fd, data, size) != (ssize_t)size) { close(fd); return 0; }
    char path[64];
    snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
    const char *paths[] = {path};
    dyad_reader_options o = {DYAD_FORMAT_FEED, 1 << 14};
    dyad_reader *r = dyad_reader_open(paths, 1, &o);
    dyad_input *in;
    while ((in = dyad_reader_next(r)) != NULL) {
        if (in->length > (1 << 14)) abort();
        dyad_document *d = dyad_process(NULL, in, DYAD_STAGE_ALL);
        size_t n;
        free(dyad_document_to_json(d, &n));
        dyad_document_free(d);
        dyad_input_free(in);
    }
    dyad_reader_close(r);
    close(fd);
    return 0;
}
