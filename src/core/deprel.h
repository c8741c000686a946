/* deprel.h — tests of a UD dependency relation ("nsubj:pass"), shared by
 * the stages that read a parse (the features after parsing, event coding). */
#ifndef DYAD_CORE_DEPREL_H
#define DYAD_CORE_DEPREL_H

#include <stdbool.h>
#include <string.h>

/* The relation without its subtype is `base` ("nsubj:pass" is "nsubj").
 * Most pairs compared differ in their first letter: no call then. */
static inline bool rel_is(const char *deprel, const char *base)
{
    if (!deprel || deprel[0] != base[0]) return false;
    size_t n = strlen(base);
    return strncmp(deprel, base, n) == 0 && (deprel[n] == '\0' || deprel[n] == ':');
}

/* The relation is exactly `name`, subtype included. */
static inline bool rel_exact(const char *deprel, const char *name)
{
    return deprel && deprel[0] == name[0] && strcmp(deprel, name) == 0;
}

#endif
