/* tool_io.c — whole-file reading for tools (they work on bounded data). */
#include "common/tool_io.h"

#include <stdlib.h>
#include <zlib.h>

char *tool_read_file(const char *path, size_t *length)
{
    gzFile f = gzopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 20, n = 0;
    char *data = malloc(cap);
    for (;;) {
        if (cap - n < (1 << 16)) {
            char *grown = realloc(data, cap *= 2);
            if (!grown) { free(data); gzclose(f); return NULL; }
            data = grown;
        }
        int got = gzread(f, data + n, (unsigned)(cap - n - 1));
        if (got < 0) { free(data); gzclose(f); return NULL; }
        if (got == 0) break;
        n += (size_t)got;
    }
    gzclose(f);
    data[n] = '\0';
    if (length) *length = n;
    return data;
}
