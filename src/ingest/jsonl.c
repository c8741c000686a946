/* jsonl.c — reading one JSON-lines record.
 *
 * What the JSON reader repaired is said, not hidden: invalid UTF-8 in a
 * string becomes U+FFFD with the same invalid_utf8 warning a text file
 * gets, and a NUL character (\u0000, which C strings and the binary test
 * cannot carry) is removed with the warning nul_removed. */
#include "ingest/jsonl.h"

#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/json.h"
#include "base/utf8.h"

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

/* The string value of member `key`, with its repairs told as warnings and
 * its NUL characters removed. */
static const char *clean_string(input *in, const char *key, const json_value *val, const char *line, int64_t offset,
                                size_t *length)
{
    int64_t at = offset + (int64_t)(val->raw - line);
    if (val->repaired)
        input_add_warning(in, "invalid_utf8", (uint32_t)val->repaired, at,
                          "%zu invalid UTF-8 sequence(s) in \"%.40s\" replaced by U+FFFD", val->repaired, key);
    *length = val->string_len;
    if (strlen(val->string) == val->string_len) return val->string;
    char *out = arena_alloc(&in->arena, val->string_len + 1);
    size_t k = 0;
    for (size_t i = 0; i < val->string_len; i++)
        if (val->string[i]) out[k++] = val->string[i];
    out[k] = '\0';
    input_add_warning(in, "nul_removed", (uint32_t)(val->string_len - k), at,
                      "%zu NUL character(s) (\\u0000) in \"%.40s\" removed", val->string_len - k, key);
    *length = k;
    return out;
}

/* The raw text of a member dyad does not interpret, carried to the output:
 * invalid UTF-8 in it (only possible inside its strings) becomes U+FFFD. */
static const char *clean_raw(input *in, const char *key, const json_value *val, const char *line, int64_t offset)
{
    if (utf8_valid_prefix(val->raw, val->raw_len) == val->raw_len)
        return arena_strndup(&in->arena, val->raw, val->raw_len);
    buf fixed = BUF_INIT;
    size_t repaired = utf8_repair_append(&fixed, val->raw, val->raw_len);
    input_add_warning(in, "invalid_utf8", (uint32_t)repaired, offset + (int64_t)(val->raw - line),
                      "%zu invalid UTF-8 sequence(s) in \"%.40s\" replaced by U+FFFD", repaired, key);
    const char *out = arena_strndup(&in->arena, fixed.data, fixed.len);
    buf_free(&fixed);
    return out;
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
    if (v->repaired)
        input_add_warning(in, "invalid_utf8", (uint32_t)v->repaired, offset,
                          "%zu invalid UTF-8 sequence(s) in member names replaced by U+FFFD", v->repaired);
    size_t extra = 0;
    dyad_extra_field *x = arena_alloc(&in->arena, v->count * sizeof *x);
    const json_value *body = NULL;
    const char *body_key = NULL;
    for (size_t i = 0; i < v->count; i++) {
        const json_member *m = &v->members[i];
        const json_value *val = m->value;
        if (!strcmp(m->key, "text") || !strcmp(m->key, "html")) {
            if (val->type == JSON_STRING && !body) {
                body = val;
                body_key = m->key;
                in->pub.format = m->key[0] == 'h' ? DYAD_FORMAT_HTML : DYAD_FORMAT_TEXT;
                continue;
            }
        } else {
            const char **slot = metadata_slot(&in->pub, m->key);
            if (slot && val->type == JSON_STRING) {
                size_t n;
                *slot = clean_string(in, m->key, val, line, offset, &n);
                continue;
            }
            if (slot && !strcmp(m->key, "id") && val->type == JSON_NUMBER) {
                *slot = arena_strndup(&in->arena, val->raw, val->raw_len);
                continue;
            }
        }
        x[extra].key = m->key;
        x[extra].json = clean_raw(in, m->key, val, line, offset);
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
    in->pub.bytes = clean_string(in, body_key, body, line, offset, &in->pub.length);
    return in;
}
