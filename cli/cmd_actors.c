/* cmd_actors.c — `dyad actors`: not yet available. */
#include <stdio.h>

#include "commands.h"

int cmd_actors(int argc, char **argv)
{
    (void)argc; (void)argv;
    fputs("dyad: actors is not available in this build yet\n", stderr);
    return 2;
}
