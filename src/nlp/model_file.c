/* model_file.c — model files: write with checksums, map and verify. */
#include "nlp/model_file.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "base/fail.h"

enum { HEADER_SIZE = 8 + 4 + 4 + 16 + 4 + 4, ENTRY_SIZE = 16 + 8 + 8 + 4 + 4, ALIGN = 16 };
/* Written sections start on a cache line (any multiple of ALIGN is read):
 * the perceptron lays its weight rows out line by line. */
enum { WRITE_ALIGN = 64 };

typedef struct section {
    char name[17];
    const unsigned char *data;
    uint64_t size;
} section;

struct model_file {
    void *map;          /* NULL when opened on memory */
    size_t map_size;
    section *sections;
    uint32_t count;
};

static uint32_t rd32(const unsigned char *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }
static uint64_t rd64(const unsigned char *p) { return (uint64_t)rd32(p) | (uint64_t)rd32(p + 4) << 32; }
static void wr32(unsigned char *p, uint32_t v) { for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i)); }
static void wr64(unsigned char *p, uint64_t v) { wr32(p, (uint32_t)v); wr32(p + 4, (uint32_t)(v >> 32)); }

static uint32_t crc(const void *p, size_t n)
{
    uLong c = crc32(0L, Z_NULL, 0);
    const unsigned char *b = p;
    while (n > 0) { /* zlib takes uInt lengths */
        uInt step = n > (1u << 30) ? (1u << 30) : (uInt)n;
        c = crc32(c, b, step);
        b += step;
        n -= step;
    }
    return (uint32_t)c;
}

#define FAIL(...) do { if (err && err_size) snprintf(err, err_size, __VA_ARGS__); goto fail; } while (0)

static model_file *open_bytes(const unsigned char *p, size_t size, const char *kind, const char *label,
                              char *err, size_t err_size)
{
    model_file *m = NULL;
    if ((uintptr_t)p % ALIGN) FAIL("%s: model bytes must be 16-byte aligned", label);
    if (size < HEADER_SIZE) FAIL("%s: not a dyad model (file too short: %zu bytes)", label, size);
    if (memcmp(p, "DYADMODL", 8) != 0) FAIL("%s: not a dyad model (bad magic)", label);
    uint32_t version = rd32(p + 8), count = rd32(p + 12);
    if (version != MODEL_FILE_VERSION)
        FAIL("%s: model format version %u, this build reads version %u (retrain or update)", label, version,
             (unsigned)MODEL_FILE_VERSION);
    if (crc(p, HEADER_SIZE - 4) != rd32(p + HEADER_SIZE - 4)) FAIL("%s: corrupt model (header checksum)", label);
    char got_kind[17];
    memcpy(got_kind, p + 16, 16);
    got_kind[16] = '\0';
    if (kind && strcmp(got_kind, kind) != 0) FAIL("%s: holds a \"%s\" model, expected \"%s\"", label, got_kind, kind);
    if (count > 1024 || (uint64_t)HEADER_SIZE + (uint64_t)count * ENTRY_SIZE > size)
        FAIL("%s: truncated model (section table cut off)", label);
    const unsigned char *table = p + HEADER_SIZE;
    if (crc(table, (size_t)count * ENTRY_SIZE) != rd32(p + 32)) FAIL("%s: corrupt model (section table checksum)", label);
    m = xcalloc(1, sizeof *m);
    m->sections = xcalloc(count ? count : 1, sizeof *m->sections);
    m->count = count;
    for (uint32_t i = 0; i < count; i++) {
        const unsigned char *e = table + (size_t)i * ENTRY_SIZE;
        section *s = &m->sections[i];
        memcpy(s->name, e, 16);
        s->name[16] = '\0';
        uint64_t off = rd64(e + 16), sz = rd64(e + 24);
        if (off > size || sz > size - off)
            FAIL("%s: truncated model (section \"%s\" ends at byte %llu of %zu)", label, s->name,
                 (unsigned long long)(off + sz), size);
        if (off % ALIGN) FAIL("%s: corrupt model (section \"%s\" misaligned)", label, s->name);
        s->data = p + off;
        s->size = sz;
        if (crc(s->data, (size_t)sz) != rd32(e + 32)) FAIL("%s: corrupt model (section \"%s\" checksum)", label, s->name);
    }
    return m;
fail:
    if (m) { free(m->sections); free(m); }
    return NULL;
}

model_file *model_file_open_memory(const void *data, size_t size, const char *kind, char *err, size_t err_size)
{
    return open_bytes(data, size, kind, "model", err, err_size);
}

model_file *model_file_open(const char *path, const char *kind, char *err, size_t err_size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (err && err_size) snprintf(err, err_size, "%s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (err && err_size) snprintf(err, err_size, "%s: not a regular file", path);
        close(fd);
        return NULL;
    }
    size_t size = (size_t)st.st_size;
    void *map = NULL;
    if (size > 0) {
        map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (map == MAP_FAILED) {
            if (err && err_size) snprintf(err, err_size, "%s: mmap: %s", path, strerror(errno));
            close(fd);
            return NULL;
        }
    }
    close(fd);
    static const unsigned char empty[1];
    model_file *m = open_bytes(map ? map : empty, size, kind, path, err, err_size);
    if (!m) {
        if (map) munmap(map, size);
        return NULL;
    }
    m->map = map;
    m->map_size = size;
    return m;
}

const void *model_file_section(const model_file *m, const char *name, size_t *size)
{
    for (uint32_t i = 0; i < m->count; i++)
        if (strcmp(m->sections[i].name, name) == 0) {
            if (size) *size = (size_t)m->sections[i].size;
            return m->sections[i].data;
        }
    if (size) *size = 0;
    return NULL;
}

void model_file_close(model_file *m)
{
    if (!m) return;
    if (m->map) munmap(m->map, m->map_size);
    free(m->sections);
    free(m);
}

/* ---- writer ---- */

void model_writer_init(model_writer *w, const char *kind)
{
    memset(w, 0, sizeof *w);
    snprintf(w->kind, sizeof w->kind, "%s", kind);
}

void model_writer_add(model_writer *w, const char *name, const void *data, size_t size)
{
    char n[16] = {0};
    memcpy(n, name, strnlen(name, sizeof n));
    buf_append(&w->names, n, 16);
    /* Padding goes before a section, so a file ends with its last one. */
    static const char zeros[WRITE_ALIGN] = {0};
    if (w->payload.len % WRITE_ALIGN) buf_append(&w->payload, zeros, WRITE_ALIGN - w->payload.len % WRITE_ALIGN);
    uint64_t off = w->payload.len, sz = size;
    buf_append(&w->sizes, &off, sizeof off);
    buf_append(&w->sizes, &sz, sizeof sz);
    if (size) buf_append(&w->payload, data, size);
    w->count++;
}

void *model_writer_bytes(const model_writer *w, size_t *size)
{
    size_t start = HEADER_SIZE + w->count * ENTRY_SIZE;
    start = (start + WRITE_ALIGN - 1) / WRITE_ALIGN * WRITE_ALIGN;
    size_t total = start + w->payload.len;
    unsigned char *p = xcalloc(1, total ? total : 1);
    memcpy(p, "DYADMODL", 8);
    wr32(p + 8, MODEL_FILE_VERSION);
    wr32(p + 12, (uint32_t)w->count);
    memcpy(p + 16, w->kind, strnlen(w->kind, 16));
    if (w->payload.len) memcpy(p + start, w->payload.data, w->payload.len);
    unsigned char *table = p + HEADER_SIZE;
    for (size_t i = 0; i < w->count; i++) {
        unsigned char *e = table + i * ENTRY_SIZE;
        memcpy(e, w->names.data + i * 16, 16);
        uint64_t off, sz;
        memcpy(&off, w->sizes.data + i * 16, 8);
        memcpy(&sz, w->sizes.data + i * 16 + 8, 8);
        wr64(e + 16, start + off);
        wr64(e + 24, sz);
        wr32(e + 32, crc(p + start + off, (size_t)sz));
    }
    wr32(p + 32, crc(table, w->count * ENTRY_SIZE));
    wr32(p + HEADER_SIZE - 4, crc(p, HEADER_SIZE - 4));
    *size = total;
    return p;
}

int model_writer_save(const model_writer *w, const char *path, char *err, size_t err_size)
{
    size_t size;
    void *bytes = model_writer_bytes(w, &size);
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", path);
    FILE *f = fopen(tmp, "wb");
    int ok = f && fwrite(bytes, 1, size, f) == size;
    if (f && fclose(f) != 0) ok = 0;
    if (ok && rename(tmp, path) != 0) ok = 0;
    if (!ok) {
        if (err && err_size) snprintf(err, err_size, "%s: %s", path, strerror(errno));
        remove(tmp);
    }
    free(bytes);
    return ok ? 0 : -1;
}

void model_writer_free(model_writer *w)
{
    buf_free(&w->names);
    buf_free(&w->sizes);
    buf_free(&w->payload);
}
