/* jsonl.c — reading one JSON-lines record. */
#include "ingest/jsonl.h"

#include <stdio.h>
#include <string.h>

#include "base/json.h"

static const char **metadata_slot(dyad_input *p, const char *key)
{
    if (!strcmp(key, "id")) return &p->id;
    if (!strcmp(key, "url")) return &p->url;
    if (!strcmp(key, "date")) return &p->date;
    if (!strcmp(key, "outlet")) return &p->outlet;
    if (!strcmp(key, "title")) return &p->title;
    if (!strcmp(key, "author")) return &p->author;
    if (!strcmp(key, "language")) return &p->language;
    if (!strcmp(key, "charset")) return &p->charset;
    return NULL;
}

input *jsonl_record(const char *path, const char *line, size_t length, int line_number, int64_t offset)
{
    input *in = input_new(path, "jsonl");
    in->pub.container_line = line_number;
    in->pub.container_offset = offset;
    char id[64];
    json_error err = {0};
    json_value *v = json_parse(&in->arena, line, length, &err);
    if (!v) {
        input_set_error(in, DYAD_ERR_SYNTAX, "json_syntax", line_number, err.column, offset + (int64_t)err.offset,
                        "JSON syntax error at line %d, column %d: %s", line_number, err.column, err.message);
    } else if (v->type != JSON_OBJECT) {
        input_set_error(in, DYAD_ERR_SYNTAX, "json_not_object", line_number, 1, offset,
                        "line %d is JSON but not an object", line_number);
    }
    if (in->pub.error) {
        snprintf(id, sizeof id, ":%d", line_number);
        in->pub.id = arena_printf(&in->arena, "%s%s", path, id);
        return in;
    }
    size_t extra = 0;
    dyad_extra_field *x = arena_alloc(&in->arena, v->count * sizeof *x);
    const json_value *body = NULL;
    for (size_t i = 0; i < v->count; i++) {
        const json_member *m = &v->members[i];
        const json_value *val = m->value;
        if (!strcmp(m->key, "text") || !strcmp(m->key, "html")) {
            if (val->type == JSON_STRING && !body) {
                body = val;
                in->pub.format = m->key[0] == 'h' ? DYAD_FORMAT_HTML : DYAD_FORMAT_TEXT;
                continue;
            }
        } else {
            const char **slot = metadata_slot(&in->pub, m->key);
            if (slot && val->type == JSON_STRING) { *slot = val->string; continue; }
            if (slot && !strcmp(m->key, "id") && val->type == JSON_NUMBER) {
                *slot = arena_strndup(&in->arena, val->raw, val->raw_len);
                continue;
            }
        }
        x[extra].key = m->key;
        x[extra].json = arena_strndup(&in->arena, val->raw, val->raw_len);
        extra++;
    }
    in->pub.extra = x;
    in->pub.extra_count = extra;
    if (!in->pub.id) in->pub.id = arena_printf(&in->arena, "%s:%d", path, line_number);
    if (!body) {
        input_set_error(in, DYAD_ERR_SYNTAX, "json_no_text", line_number, 1, offset,
                        "line %d has neither a \"text\" nor an \"html\" string field", line_number);
        return in;
    }
    in->pub.bytes = body->string;
    in->pub.length = body->string_len;
    return in;
}
