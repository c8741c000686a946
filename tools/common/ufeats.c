/* ufeats.c — UFeats as the CoNLL 2018 shared task scores it (ufeats.h). */
#include "common/ufeats.h"

#include <stddef.h>
#include <string.h>

/* The universal features of UD v2, the ones the shared task scores. */
static bool universal_feature(const char *name, size_t n)
{
    static const char *const names[] = {"PronType", "NumType", "Poss",   "Reflex",  "Foreign", "Abbr",    "Gender",
                                        "Animacy",  "Number",  "Case",   "Definite", "Degree", "VerbForm", "Mood",
                                        "Tense",    "Aspect",  "Voice",  "Evident", "Polarity", "Person", "Polite"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (strlen(names[i]) == n && memcmp(names[i], name, n) == 0) return true;
    return false;
}

/* Both bundles are sorted, as CoNLL-U requires, so their universal parts
 * compare in order. */
bool same_ufeats(const char *a, const char *b)
{
    for (;;) {
        while (*a && *a != '_') {
            size_t n = strcspn(a, "="), len = strcspn(a, "|");
            if (n < len && universal_feature(a, n)) break;
            a += len + (a[len] == '|');
        }
        while (*b && *b != '_') {
            size_t n = strcspn(b, "="), len = strcspn(b, "|");
            if (n < len && universal_feature(b, n)) break;
            b += len + (b[len] == '|');
        }
        bool a_end = !*a || *a == '_', b_end = !*b || *b == '_';
        if (a_end || b_end) return a_end && b_end;
        size_t la = strcspn(a, "|"), lb = strcspn(b, "|");
        if (la != lb || memcmp(a, b, la) != 0) return false;
        a += la + (a[la] == '|');
        b += lb + (b[lb] == '|');
    }
}
