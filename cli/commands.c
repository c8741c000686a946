/* commands.c — the command table and the JSON renderer they share. */
#include <string.h>

#include "commands.h"

static const char *const json_only[] = {"json", NULL};
static const char *const parse_layouts[] = {"json", "conllu", NULL};
static const char *const quote_layouts[] = {"table", "json", NULL};
static const char *const event_layouts[] = {"json", "tsv", "gdelt", NULL};

static const cli_command commands[] = {
    {"extract", DYAD_STAGE_EXTRACT, render_document_json, json_only, NULL},
    {"parse", DYAD_STAGE_EXTRACT | DYAD_STAGE_NLP, render_parse, parse_layouts, NULL},
    {"quotes", DYAD_STAGE_EXTRACT | DYAD_STAGE_NLP | DYAD_STAGE_ATTRIBUTE, render_quotes, quote_layouts, NULL},
    {"code", DYAD_STAGE_ALL, render_events, event_layouts, NULL},
    {"actors", 0, NULL, NULL, cmd_actors},
    {"train", 0, NULL, NULL, cmd_train},
};

const cli_command *cli_command_find(const char *name)
{
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(commands[i].name, name) == 0) return &commands[i];
    return NULL;
}

int cli_layout_known(const cli_command *c, const char *layout)
{
    if (!layout) return 1;
    for (const char *const *l = c->layouts; l && *l; l++)
        if (strcmp(*l, layout) == 0) return 1;
    return 0;
}

char *render_document_json(const dyad_document *doc, size_t *length, const char *layout)
{
    (void)layout;
    return dyad_document_to_json(doc, length);
}
