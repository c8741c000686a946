/* cmd_train.c — `dyad train`: not yet available. */
#include <stdio.h>

#include "commands.h"

int cmd_train(int argc, char **argv)
{
    (void)argc; (void)argv;
    fputs("dyad: train is not available in this build yet\n", stderr);
    return 2;
}
