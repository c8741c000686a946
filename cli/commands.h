/* commands.h — the table of dyad's commands.
 *
 * A pipeline command names the stages it runs and how it renders each
 * document; a standalone command (train, actors) has its own main.  Each
 * command's rendering lives in its own file (render_*.c, cmd_*.c). */
#ifndef DYAD_CLI_COMMANDS_H
#define DYAD_CLI_COMMANDS_H

#include "run.h"

typedef struct cli_command {
    const char *name;
    unsigned stages;                 /* DYAD_STAGE_* for pipeline commands */
    render_fn render;                /* pipeline commands */
    const char *const *layouts;      /* accepted --as names, NULL-terminated; first is the default */
    int (*main)(int argc, char **argv); /* standalone commands: argv[0] is the command */
} cli_command;

const cli_command *cli_command_find(const char *name);
/* Whether --as `layout` (NULL: default) is one the command accepts. */
int cli_layout_known(const cli_command *command, const char *layout);

/* Renderers and standalone commands, one file each. */
char *render_document_json(const dyad_document *doc, size_t *length, const char *layout);
char *render_parse(const dyad_document *doc, size_t *length, const char *layout);
char *render_quotes(const dyad_document *doc, size_t *length, const char *layout);
char *render_events(const dyad_document *doc, size_t *length, const char *layout);
int cmd_actors(int argc, char **argv);
int cmd_train(int argc, char **argv);

#endif
