/* input.c — dyad_input records and their memory. */
#include "ingest/input.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fail.h"

input *input_new(const char *source, const char *container)
{
    input *in = xcalloc(1, sizeof *in);
    arena_init(&in->arena);
    in->pub.source = arena_strdup(&in->arena, source);
    in->pub.container = container;
    in->pub.container_offset = -1;
    in->pub.format = DYAD_FORMAT_TEXT;
    return in;
}

void input_set_bytes(input *in, const char *bytes, size_t length)
{
    in->pub.bytes = arena_strndup(&in->arena, bytes ? bytes : "", length);
    in->pub.length = length;
}

char *input_strdup(input *in, const char *s) { return arena_strdup(&in->arena, s); }

void input_set_error(input *in, dyad_status status, const char *code, int line, int column, int64_t offset,
                     const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    in->error.status = status;
    in->error.code = arena_strdup(&in->arena, code);
    in->error.message = arena_strdup(&in->arena, msg);
    in->error.line = line;
    in->error.column = column;
    in->error.offset = offset;
    in->error.count = 1;
    in->pub.error = &in->error;
}

void input_add_warning(input *in, const char *code, uint32_t count, int64_t offset, const char *fmt, ...)
{
    if (in->pub.warning_count >= INPUT_MAX_WARNINGS) return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    dyad_diagnostic *w = &in->warnings[in->pub.warning_count++];
    w->status = DYAD_OK;
    w->code = arena_strdup(&in->arena, code);
    w->message = arena_strdup(&in->arena, msg);
    w->offset = offset;
    w->count = count ? count : 1;
    in->pub.warnings = in->warnings;
}

void dyad_input_free(dyad_input *pub)
{
    if (!pub) return;
    input *in = (input *)pub;
    arena_free(&in->arena);
    free(in);
}

dyad_input dyad_input_from_memory(const char *bytes, size_t length, dyad_format format)
{
    dyad_input in;
    memset(&in, 0, sizeof in);
    in.bytes = bytes;
    in.length = length;
    in.format = format == DYAD_FORMAT_AUTO ? DYAD_FORMAT_TEXT : format;
    in.container = "memory";
    in.container_offset = -1;
    return in;
}
