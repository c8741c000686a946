/* vec.h — typed growable arrays on the heap.
 *
 *     VEC(dyad_paragraph) paras = {0};
 *     VEC_PUSH(&paras, p);
 *     ... paras.items[i], paras.count ...
 *     VEC_FREE(&paras);
 */
#ifndef DYAD_BASE_VEC_H
#define DYAD_BASE_VEC_H

#include <stddef.h>

#include "base/fail.h"

#define VEC(type) struct { type *items; size_t count, cap; }

#define VEC_GROW(v, need)                                                     \
    do {                                                                      \
        if ((need) > (v)->cap) {                                              \
            size_t vec_cap_ = (v)->cap ? (v)->cap * 2 : 8;                    \
            while (vec_cap_ < (need)) vec_cap_ *= 2;                          \
            (v)->items = xrealloc((v)->items, vec_cap_ * sizeof *(v)->items); \
            (v)->cap = vec_cap_;                                              \
        }                                                                     \
    } while (0)

#define VEC_PUSH(v, value)                    \
    do {                                      \
        VEC_GROW(v, (v)->count + 1);          \
        (v)->items[(v)->count++] = (value);   \
    } while (0)

#define VEC_FREE(v)              \
    do {                         \
        free((v)->items);        \
        (v)->items = NULL;       \
        (v)->count = (v)->cap = 0; \
    } while (0)

#endif
