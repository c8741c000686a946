/* resources.h — what dyad_resources holds: configuration plus each stage's
 * read-only models and dictionaries.  A stage that needs resources adds its
 * member here and loads it in resources.c. */
#ifndef DYAD_CORE_RESOURCES_H
#define DYAD_CORE_RESOURCES_H

#include "dyad.h"

struct nlp_models;
struct actor_dictionary;
struct event_dictionary;

struct dyad_resources {
    size_t max_document_bytes;
    size_t max_document_tokens;
    unsigned stages;
    char *model_dir;
    char *data_dir;
    char *dictionary;                /* dyad_config.dictionary, or NULL */
    bool strict_dictionaries;
    struct nlp_models *nlp;          /* DYAD_STAGE_NLP and later */
    struct actor_dictionary *actors; /* DYAD_STAGE_ATTRIBUTE, DYAD_STAGE_EVENTS */
    struct event_dictionary *events; /* DYAD_STAGE_EVENTS */
};

/* The folder to use for `kind` ("models" or "data"): the configured one,
 * then $DYAD_MODEL_DIR / $DYAD_DATA_DIR, then the repository's own. */
char *resources_default_dir(const char *configured, const char *env, const char *kind);

#endif
