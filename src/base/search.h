/* search.h — bisection over sorted arrays of ids. */
#ifndef DYAD_BASE_SEARCH_H
#define DYAD_BASE_SEARCH_H

#include <stddef.h>
#include <stdint.h>

/* The first position in a[0..n) (sorted ascending) whose value is not
 * below key; n when every value is. */
static inline size_t u32_lower_bound(const uint32_t *a, size_t n, uint32_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a[mid] < key) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

#endif
