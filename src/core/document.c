/* document.c — building a document: paragraphs, chrome, diagnostics. */
#include "core/document.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/fail.h"

doc *doc_new(const dyad_input *input)
{
    doc *d = xcalloc(1, sizeof *d);
    arena_init(&d->arena);
    d->input = input;
    d->pub.schema_version = DYAD_SCHEMA_VERSION;
    d->pub.date.precision = DYAD_DATE_NONE;
    d->pub.dateline.span = (dyad_span){0, 0};
    if (input) {
        d->pub.id = arena_strdup(&d->arena, input->id);
        d->pub.source = arena_strdup(&d->arena, input->source);
        d->pub.container = arena_strdup(&d->arena, input->container);
        d->pub.index = input->index;
        d->pub.format = input->format;
        if (input->extra_count) {
            dyad_extra_field *x = arena_alloc(&d->arena, input->extra_count * sizeof *x);
            for (size_t i = 0; i < input->extra_count; i++) {
                x[i].key = arena_strdup(&d->arena, input->extra[i].key);
                x[i].json = arena_strdup(&d->arena, input->extra[i].json);
            }
            d->pub.extra = x;
            d->pub.extra_count = input->extra_count;
        }
    }
    return d;
}

void doc_publish(doc *d)
{
    dyad_document *p = &d->pub;
    p->text = d->text.data ? d->text.data : "";
    p->text_length = d->text.len;
    p->paragraphs = d->paragraphs.items;
    p->paragraph_count = d->paragraphs.count;
    p->removed = d->removed.items;
    p->removed_count = d->removed.count;
    p->sentences = d->sentences.items;
    p->sentence_count = d->sentences.count;
    p->tokens = d->tokens.items;
    p->token_count = d->tokens.count;
    p->entities = d->entities.items;
    p->entity_count = d->entities.count;
    p->quotes = d->quotes.items;
    p->quote_count = d->quotes.count;
    p->speakers = d->speakers.items;
    p->speaker_count = d->speakers.count;
    p->events = d->events.items;
    p->event_count = d->events.count;
    p->errors = d->errors.items;
    p->error_count = d->errors.count;
    p->warnings = d->warnings.items;
    p->warning_count = d->warnings.count;
    p->failed = d->errors.count > 0;
    d->input = NULL;
}

void doc_free(doc *d)
{
    if (!d) return;
    buf_free(&d->text);
    VEC_FREE(&d->paragraphs);
    VEC_FREE(&d->removed);
    VEC_FREE(&d->sentences);
    VEC_FREE(&d->tokens);
    VEC_FREE(&d->entities);
    VEC_FREE(&d->quotes);
    VEC_FREE(&d->speakers);
    VEC_FREE(&d->events);
    VEC_FREE(&d->errors);
    VEC_FREE(&d->warnings);
    arena_free(&d->arena);
    free(d);
}

static int is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

long doc_add_paragraph(doc *d, dyad_paragraph_kind kind, const char *s, size_t n)
{
    while (n && is_space((unsigned char)s[0])) s++, n--;
    while (n && is_space((unsigned char)s[n - 1])) n--;
    if (!n) return -1;
    if (d->text.len) buf_append(&d->text, "\n\n", 2);
    dyad_paragraph p = {{(uint32_t)d->text.len, (uint32_t)(d->text.len + n)}, kind};
    buf_append(&d->text, s, n);
    VEC_PUSH(&d->paragraphs, p);
    return (long)d->paragraphs.count - 1;
}

void doc_add_removed(doc *d, const char *kind, const char *s, size_t n, int line)
{
    while (n && is_space((unsigned char)s[0])) s++, n--;
    while (n && is_space((unsigned char)s[n - 1])) n--;
    dyad_removed r = {kind, arena_strndup(&d->arena, s, n), line};
    VEC_PUSH(&d->removed, r);
}

static void add_diag(doc *d, int is_error, dyad_status status, const char *code, int64_t offset,
                     uint32_t count, const char *fmt, va_list ap)
{
    char msg[512];
    vsnprintf(msg, sizeof msg, fmt, ap);
    dyad_diagnostic g = {status, arena_strdup(&d->arena, code), arena_strdup(&d->arena, msg), offset, 0, 0, count};
    if (is_error) VEC_PUSH(&d->errors, g);
    else VEC_PUSH(&d->warnings, g);
}

void doc_warn(doc *d, const char *code, uint32_t count, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add_diag(d, 0, DYAD_OK, code, -1, count, fmt, ap);
    va_end(ap);
}

void doc_error(doc *d, dyad_status status, const char *code, int64_t offset, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add_diag(d, 1, status, code, offset, 1, fmt, ap);
    va_end(ap);
}

void doc_add_diagnostic(doc *d, const dyad_diagnostic *g, int is_error)
{
    dyad_diagnostic c = *g;
    c.code = arena_strdup(&d->arena, g->code);
    c.message = arena_strdup(&d->arena, g->message);
    if (is_error) VEC_PUSH(&d->errors, c);
    else VEC_PUSH(&d->warnings, c);
}

const char *doc_token_form(const doc *d, const dyad_token *t, size_t *len)
{
    if (t->form) {
        *len = strlen(t->form);
        return t->form;
    }
    if (d->text.data && t->span.start <= t->span.end && t->span.end <= d->text.len) {
        *len = t->span.end - t->span.start;
        return d->text.data + t->span.start;
    }
    *len = 0;
    return "";
}

void doc_set_field(doc *d, dyad_field *f, const char *value, size_t value_len,
                   const char *evidence, size_t evidence_len, const char *origin)
{
    if (f->origin && strcmp(f->origin, "input") == 0) return;
    f->value = value ? arena_strndup(&d->arena, value, value_len) : NULL;
    f->evidence = evidence ? arena_strndup(&d->arena, evidence, evidence_len) : NULL;
    f->origin = origin;
}
