/* test_base.c — arena, buffers, UTF-8 repair and the JSON reader/writer. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/json.h"
#include "base/utf8.h"
#include "test.h"

TEST(utf8_repair_replaces_each_invalid_sequence)
{
    buf out = BUF_INIT;
    /* a lone continuation byte, a truncated 3-byte sequence, an overlong '/' */
    const char in[] = "a\x80" "b\xE2\x82" "c\xC0\xAF" "d";
    size_t fixed = utf8_repair_append(&out, in, sizeof in - 1);
    CHECK_INT_EQ(fixed, 4);
    CHECK_STR_EQ(out.data, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c\xEF\xBF\xBD\xEF\xBF\xBD" "d");
    buf_free(&out);
}

TEST(utf8_keeps_valid_text_untouched)
{
    buf out = BUF_INIT;
    const char *in = "Kyiv — Київ, «Москва», 東京 🙂";
    CHECK_INT_EQ(utf8_repair_append(&out, in, strlen(in)), 0);
    CHECK_STR_EQ(out.data, in);
    buf_free(&out);
}

TEST(json_parses_objects_and_keeps_raw_values)
{
    arena a;
    arena_init(&a);
    const char *s = "{\"id\": \"x1\", \"n\": [1, 2.5, {\"k\": null}], \"t\": \"a\\u00e9\\ud83d\\ude42\\n\"}";
    json_error err;
    json_value *v = json_parse(&a, s, strlen(s), &err);
    CHECK(v && v->type == JSON_OBJECT);
    CHECK_STR_EQ(json_get_string(v, "id"), "x1");
    CHECK_STR_EQ(json_get_string(v, "t"), "a\xC3\xA9\xF0\x9F\x99\x82\n");
    const json_value *n = json_get(v, "n");
    CHECK(n && n->type == JSON_ARRAY && n->count == 3);
    CHECK(n && n->raw_len == strlen("[1, 2.5, {\"k\": null}]"));
    arena_free(&a);
}

/* Each string says how many replacements its decoding made (invalid
 * UTF-8, lone surrogate escapes), so that readers can warn about them. */
TEST(json_strings_count_their_repairs)
{
    arena a;
    arena_init(&a);
    const char *s = "{\"ok\": \"caf\xC3\xA9 \\ud83d\\ude42\", \"raw\": \"a\xFF" "b\xC3(\", "
                    "\"esc\": \"\\n\xFE\\ud800x\\udc00\"}";
    json_error err;
    json_value *v = json_parse(&a, s, strlen(s), &err);
    CHECK(v && v->type == JSON_OBJECT);
    CHECK(v && json_get(v, "ok")->repaired == 0);
    CHECK(v && json_get(v, "raw")->repaired == 2);
    CHECK(v && json_get(v, "esc")->repaired == 3);
    CHECK_STR_EQ(json_get_string(v, "esc"), "\n\xEF\xBF\xBD\xEF\xBF\xBDx\xEF\xBF\xBD");
    CHECK(v && v->repaired == 0);
    const char *named = "{\"ti\xFFle\": \"x\"}";
    json_value *o = json_parse(&a, named, strlen(named), &err);
    CHECK(o && o->repaired == 1 && o->members[0].value->repaired == 0);
    arena_free(&a);
}

TEST(json_reports_line_and_column_of_errors)
{
    arena a;
    arena_init(&a);
    const char *s = "{\"a\": 1,\n  \"b\" 2}";
    json_error err = {0};
    CHECK(json_parse(&a, s, strlen(s), &err) == NULL);
    CHECK_INT_EQ(err.line, 2);
    CHECK_INT_EQ(err.column, 7);
    arena_free(&a);
}

TEST(json_refuses_deep_nesting_without_crashing)
{
    arena a;
    arena_init(&a);
    size_t n = 100000;
    char *s = malloc(n);
    memset(s, '[', n);
    json_error err = {0};
    CHECK(json_parse(&a, s, n, &err) == NULL);
    CHECK(err.message && strstr(err.message, "deep"));
    free(s);
    arena_free(&a);
}

/* The writer and the reader skip plain text many bytes at a time; a byte
 * that needs escaping must be caught wherever it falls in such a block. */
TEST(json_writer_and_reader_catch_escapes_at_every_position)
{
    static const char *const specials[] = {"\"", "\\", "\n", "\x7f", "\x1f", "\t", "\xc3\xa9"};
    static const char *const escaped[] = {"\\\"", "\\\\", "\\n", "\\u007f", "\\u001f", "\\t", "\xc3\xa9"};
    int bad = 0;
    for (size_t k = 0; k < sizeof specials / sizeof *specials; k++) {
        for (size_t at = 0; at <= 40; at++) {
            char in[64], want[80];
            memset(in, 'x', at);
            strcpy(in + at, specials[k]);
            strcat(in, "yyyyyyyyyyyyyyyyyyyy"); /* 20 more plain bytes */
            snprintf(want, sizeof want, "\"%.*s%syyyyyyyyyyyyyyyyyyyy\"", (int)at, in, escaped[k]);
            buf out = BUF_INIT;
            json_write_string(&out, in, strlen(in));
            if (strcmp(out.data, want) != 0) bad++;
            /* and back: the reader restores the bytes */
            arena a;
            arena_init(&a);
            buf doc = BUF_INIT;
            buf_puts(&doc, "{\"t\":");
            buf_append(&doc, out.data, out.len);
            buf_putc(&doc, '}');
            json_error err;
            json_value *v = json_parse(&a, doc.data, doc.len, &err);
            const char *back = v ? json_get_string(v, "t") : NULL;
            if (!back || strcmp(back, in) != 0) bad++;
            arena_free(&a);
            buf_free(&doc);
            buf_free(&out);
        }
    }
    CHECK_INT_EQ(bad, 0);
}

TEST(utf8_repair_finds_a_bad_byte_after_long_ascii)
{
    int bad = 0;
    for (size_t at = 0; at <= 40; at++) {
        char in[64];
        memset(in, 'a', sizeof in);
        in[at] = (char)0xFF;
        buf out = BUF_INIT;
        if (utf8_repair_append(&out, in, sizeof in) != 1 || utf8_valid_prefix(in, sizeof in) != at) bad++;
        if (out.len != sizeof in + 2 || memcmp(out.data + at, "\xEF\xBF\xBD", 3) != 0) bad++;
        buf_free(&out);
    }
    CHECK_INT_EQ(bad, 0);
}

TEST(json_writer_escapes_controls_and_quotes)
{
    buf out = BUF_INIT;
    json_write_string(&out, "a\"b\\c\n\x01", 7);
    CHECK_STR_EQ(out.data, "\"a\\\"b\\\\c\\n\\u0001\"");
    buf_free(&out);
}
