/* tool_io.h — small helpers shared by the evaluation and training tools. */
#ifndef DYAD_TOOLS_TOOL_IO_H
#define DYAD_TOOLS_TOOL_IO_H

#include <stddef.h>

/* Read a whole file, gunzipping when it is gzip; malloc'd and
 * NUL-terminated, NULL on error. */
char *tool_read_file(const char *path, size_t *length);

#endif
