/* file.c — whole-file reading, plain or gzip (zlib reads both). */
#include "base/file.h"

#include <errno.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#include "base/fail.h"

char *file_read_all(const char *path, size_t *length, char *error, size_t error_size)
{
    gzFile f = gzopen(path, "rb");
    if (!f) {
        if (error && error_size) snprintf(error, error_size, "cannot open %s: %s", path, strerror(errno ? errno : ENOENT));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *data = xmalloc(cap);
    for (;;) {
        if (cap - n < (1 << 15)) data = xrealloc(data, cap *= 2);
        int got = gzread(f, data + n, (unsigned)(cap - n - 1));
        if (got < 0) {
            if (error && error_size) snprintf(error, error_size, "cannot read %s", path);
            free(data);
            gzclose(f);
            return NULL;
        }
        if (got == 0) break;
        n += (size_t)got;
    }
    gzclose(f);
    data[n] = '\0';
    if (length) *length = n;
    return data;
}
