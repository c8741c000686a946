/* resources.h — what dyad_resources holds: configuration plus each stage's
 * read-only models and dictionaries.  A stage that needs resources adds its
 * member here and loads it in resources.c. */
#ifndef DYAD_CORE_RESOURCES_H
#define DYAD_CORE_RESOURCES_H

#include "dyad.h"

struct dyad_resources {
    size_t max_document_bytes;
    unsigned stages;
    char *model_dir;
    char *data_dir;
};

/* The folder to use for `kind` ("models" or "data"): the configured one,
 * then $DYAD_MODEL_DIR / $DYAD_DATA_DIR, then the repository's own. */
char *resources_default_dir(const char *configured, const char *env, const char *kind);

#endif
