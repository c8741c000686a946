/* hash.h — FNV-1a, the one string hash of the library's small tables
 * (word memos, name caches, dictionary indexes).  Not for anything an
 * adversary could aim at: the tables it serves are bounded or rebuilt. */
#ifndef DYAD_BASE_HASH_H
#define DYAD_BASE_HASH_H

#include <stddef.h>
#include <stdint.h>

#define FNV1A32_BASIS 2166136261u

/* Continue hash h over n bytes (start from FNV1A32_BASIS, or another seed
 * to keep two key spaces apart). */
static inline uint32_t fnv1a32_more(uint32_t h, const void *data, size_t n)
{
    const unsigned char *p = data;
    for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
    return h;
}

static inline uint32_t fnv1a32(const void *data, size_t n) { return fnv1a32_more(FNV1A32_BASIS, data, n); }

/* The same over a NUL-terminated string. */
static inline uint32_t fnv1a32_str(uint32_t h, const char *s)
{
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* The same over n bytes with ASCII capitals read as small letters, for
 * keys that ignore case ("Ministers" and "ministers" hash alike). */
static inline uint32_t fnv1a32_lower(const char *s, size_t n)
{
    uint32_t h = FNV1A32_BASIS;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        h = (h ^ (c >= 'A' && c <= 'Z' ? c + 32u : c)) * 16777619u;
    }
    return h;
}

#endif
