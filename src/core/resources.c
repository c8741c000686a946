/* resources.c — opening and closing the shared read-only resources. */
#include "core/resources.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "actors/actors.h"
#include "base/fail.h"
#include "events/events.h"
#include "nlp/nlp.h"

char *resources_default_dir(const char *configured, const char *env, const char *kind)
{
    if (configured) return xstrdup(configured);
    const char *e = getenv(env);
    if (e && *e) return xstrdup(e);
    size_t n = strlen(DYAD_ROOT) + strlen(kind) + 2;
    char *p = xmalloc(n);
    snprintf(p, n, "%s/%s", DYAD_ROOT, kind);
    return p;
}

/* --dict DIR swaps in a folder of PETRARCH-2 files: its actors too. */
static int dictionary_is_folder(const char *path)
{
    struct stat st;
    return path && !stat(path, &st) && S_ISDIR(st.st_mode);
}

dyad_resources *dyad_resources_open(const dyad_config *config, char *error, size_t error_size)
{
    dyad_config none = {0};
    if (!config) config = &none;
    if (error && error_size) error[0] = '\0';
    dyad_resources *r = xcalloc(1, sizeof *r);
    r->max_document_bytes = config->max_document_bytes ? config->max_document_bytes : DYAD_DEFAULT_MAX_DOCUMENT_BYTES;
    r->max_document_tokens = config->max_document_tokens ? config->max_document_tokens : DYAD_DEFAULT_MAX_DOCUMENT_TOKENS;
    r->stages = config->stages ? config->stages : DYAD_STAGE_ALL;
    r->model_dir = resources_default_dir(config->model_dir, "DYAD_MODEL_DIR", "models");
    r->data_dir = resources_default_dir(config->data_dir, "DYAD_DATA_DIR", "data");
    r->dictionary = config->dictionary ? xstrdup(config->dictionary) : NULL;
    r->strict_dictionaries = config->strict_dictionaries;
    /* Each later stage needs the earlier ones, so their resources too. */
    unsigned need = r->stages;
    if (need & (DYAD_STAGE_ATTRIBUTE | DYAD_STAGE_EVENTS)) need |= DYAD_STAGE_NLP;
    char reason[400] = "";
    if ((need & DYAD_STAGE_NLP) && !(r->nlp = nlp_models_open(r->model_dir, reason, sizeof reason))) goto fail;
    if ((need & (DYAD_STAGE_ATTRIBUTE | DYAD_STAGE_EVENTS)) &&
        !(r->actors = dictionary_is_folder(r->dictionary)
                          ? actors_open_petrarch(r->dictionary, r->strict_dictionaries, reason, sizeof reason)
                          : actors_open(r->data_dir, reason, sizeof reason)))
        goto fail;
    if ((need & DYAD_STAGE_EVENTS) &&
        !(r->events = events_open(r->data_dir, r->dictionary, r->strict_dictionaries, reason, sizeof reason)))
        goto fail;
    if (r->events) events_use_petrarch_conventions(r->events, config->petrarch_conventions);
    if (r->events) events_set_new_actor_length(r->events, config->petrarch_new_actor_length);
    return r;
fail:
    if (error && error_size) snprintf(error, error_size, "%s", reason[0] ? reason : "cannot load resources");
    dyad_resources_close(r);
    return NULL;
}

void dyad_resources_close(dyad_resources *r)
{
    if (!r) return;
    events_close(r->events);
    actors_close(r->actors);
    nlp_models_close(r->nlp);
    free(r->model_dir);
    free(r->data_dir);
    free(r->dictionary);
    free(r);
}

/* Actor-dictionary warnings first, then the event dictionary's.  Each
 * dictionary keeps the text of its first problems only. */
static size_t actor_warnings_kept(const actor_dictionary *a)
{
    size_t n = 0;
    while (actors_warning(a, n)) n++;
    return n;
}

size_t dyad_resources_warning_count(const dyad_resources *r, size_t *total)
{
    if (!r) {
        if (total) *total = 0;
        return 0;
    }
    size_t event_total = 0, event_kept = events_warning_count(r->events, &event_total);
    if (total) *total = actors_warning_count(r->actors) + event_total;
    return actor_warnings_kept(r->actors) + event_kept;
}

const char *dyad_resources_warning(const dyad_resources *r, size_t i)
{
    if (!r) return NULL;
    size_t actor_kept = actor_warnings_kept(r->actors);
    return i < actor_kept ? actors_warning(r->actors, i) : events_warning(r->events, i - actor_kept);
}
