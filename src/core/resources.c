/* resources.c — opening and closing the shared read-only resources. */
#include "core/resources.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fail.h"

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

dyad_resources *dyad_resources_open(const dyad_config *config, char *error, size_t error_size)
{
    dyad_config none = {0};
    if (!config) config = &none;
    if (error && error_size) error[0] = '\0';
    dyad_resources *r = xcalloc(1, sizeof *r);
    r->max_document_bytes = config->max_document_bytes ? config->max_document_bytes : DYAD_DEFAULT_MAX_DOCUMENT_BYTES;
    r->stages = config->stages ? config->stages : DYAD_STAGE_ALL;
    r->model_dir = resources_default_dir(config->model_dir, "DYAD_MODEL_DIR", "models");
    r->data_dir = resources_default_dir(config->data_dir, "DYAD_DATA_DIR", "data");
    return r;
}

void dyad_resources_close(dyad_resources *r)
{
    if (!r) return;
    free(r->model_dir);
    free(r->data_dir);
    free(r);
}
