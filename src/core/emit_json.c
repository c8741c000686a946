/* emit_json.c — the document as one line of JSON (docs/FORMAT.md).
 *
 * Everything here reads the public dyad_document only, so the format is
 * exactly what an embedding program can see through the API. */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/calendar.h"
#include "base/json.h"
#include "core/emit.h"
#include "dyad.h"

/* Integers without printf: the paragraph and removed-line offsets are
 * printed for every line of every document. */
static void put_uint(buf *b, unsigned long long v)
{
    char tmp[24];
    size_t k = sizeof tmp;
    do tmp[--k] = (char)('0' + v % 10); while ((v /= 10) != 0);
    buf_append(b, tmp + k, sizeof tmp - k);
}

static void put_int(buf *b, long long v)
{
    if (v < 0) {
        buf_putc(b, '-');
        put_uint(b, 0ull - (unsigned long long)v);
    } else put_uint(b, (unsigned long long)v);
}

void emit_key(buf *b, const char *k, int *first)
{
    if (!*first) buf_putc(b, ',');
    *first = 0;
    json_write_cstr(b, k);
    buf_putc(b, ':');
}

static void field(buf *b, const char *name, const dyad_field *f, int *first)
{
    emit_key(b, name, first);
    if (!f->value) { buf_puts(b, "null"); return; }
    buf_puts(b, "{\"value\":");
    json_write_cstr(b, f->value);
    buf_puts(b, ",\"evidence\":");
    json_write_cstr(b, f->evidence);
    buf_puts(b, ",\"origin\":");
    json_write_cstr(b, f->origin);
    buf_putc(b, '}');
}

static void opt_int(buf *b, const char *name, int v, int known)
{
    buf_puts(b, ",\"");
    buf_puts(b, name);
    buf_puts(b, "\":");
    if (known) put_int(b, v);
    else buf_puts(b, "null");
}

static void date(buf *b, const dyad_date *d, int *first)
{
    emit_key(b, "date", first);
    emit_date(b, d);
}

void emit_date(buf *b, const dyad_date *d)
{
    if (d->precision == DYAD_DATE_NONE) { buf_puts(b, "null"); return; }
    char iso[64];
    dyad_date_format(d, iso, sizeof iso);
    buf_puts(b, "{\"value\":");
    json_write_cstr(b, iso);
    buf_puts(b, ",\"precision\":");
    json_write_cstr(b, dyad_date_precision_name(d->precision));
    int has_year = d->precision == DYAD_DATE_YEAR || d->precision == DYAD_DATE_YEAR_MONTH ||
                   d->precision == DYAD_DATE_DAY || d->precision == DYAD_DATE_TIMESTAMP;
    int has_month = d->precision >= DYAD_DATE_MONTH_DAY && d->precision != DYAD_DATE_YEAR;
    int has_day = d->precision == DYAD_DATE_MONTH_DAY || d->precision >= DYAD_DATE_DAY;
    opt_int(b, "year", d->year, has_year);
    opt_int(b, "month", d->month, has_month);
    opt_int(b, "day", d->day, has_day);
    buf_puts(b, ",\"weekday\":");
    json_write_cstr(b, d->weekday ? calendar_weekday_name(d->weekday) : NULL);
    buf_puts(b, ",\"resolved\":");
    buf_puts(b, has_year && has_day ? "true" : "false");
    buf_puts(b, ",\"evidence\":");
    json_write_cstr(b, d->evidence);
    buf_puts(b, ",\"origin\":");
    json_write_cstr(b, d->origin);
    buf_putc(b, '}');
}

void emit_span_text(buf *b, const dyad_document *doc, dyad_span s)
{
    if (s.end > doc->text_length || s.start > s.end) { buf_puts(b, "null"); return; }
    json_write_string(b, doc->text + s.start, s.end - s.start);
}

static void diagnostics(buf *b, const char *name, const dyad_diagnostic *g, size_t n, int *first)
{
    emit_key(b, name, first);
    buf_putc(b, '[');
    for (size_t i = 0; i < n; i++) {
        if (i) buf_putc(b, ',');
        buf_puts(b, "{\"code\":");
        json_write_cstr(b, g[i].code);
        buf_puts(b, ",\"message\":");
        json_write_cstr(b, g[i].message);
        if (g[i].status != DYAD_OK) {
            buf_puts(b, ",\"status\":");
            json_write_cstr(b, dyad_status_name(g[i].status));
        }
        if (g[i].offset >= 0) buf_printf(b, ",\"offset\":%lld", (long long)g[i].offset);
        if (g[i].line > 0) buf_printf(b, ",\"line\":%d", g[i].line);
        if (g[i].column > 0) buf_printf(b, ",\"column\":%d", g[i].column);
        if (g[i].count > 1) buf_printf(b, ",\"count\":%u", g[i].count);
        buf_putc(b, '}');
    }
    buf_putc(b, ']');
}

static void language(buf *b, const dyad_document *d, int *first)
{
    if (!d->sentence_count) return;
    emit_key(b, "sentences", first);
    buf_putc(b, '[');
    for (size_t i = 0; i < d->sentence_count; i++) {
        const dyad_sentence *s = &d->sentences[i];
        if (i) buf_putc(b, ',');
        buf_printf(b, "{\"start\":%u,\"end\":%u,\"paragraph\":%u,\"tokens\":[", s->span.start, s->span.end, s->paragraph);
        for (uint32_t k = 0; k < s->token_count && s->first_token + k < d->token_count; k++) {
            const dyad_token *t = &d->tokens[s->first_token + k];
            if (k) buf_putc(b, ',');
            buf_printf(b, "{\"i\":%u,\"start\":%u,\"end\":%u,\"form\":", s->first_token + k, t->span.start, t->span.end);
            json_write_cstr(b, t->form);
            buf_puts(b, ",\"lemma\":");
            json_write_cstr(b, t->lemma);
            buf_puts(b, ",\"upos\":");
            json_write_cstr(b, t->upos);
            buf_puts(b, ",\"xpos\":");
            json_write_cstr(b, t->xpos);
            buf_puts(b, ",\"feats\":");
            json_write_cstr(b, t->feats);
            buf_printf(b, ",\"head\":%d,\"deprel\":", t->head);
            json_write_cstr(b, t->deprel);
            if (!t->space_after) buf_puts(b, ",\"space_after\":false");
            buf_putc(b, '}');
        }
        buf_puts(b, "]}");
    }
    buf_putc(b, ']');
    emit_key(b, "entities", first);
    buf_putc(b, '[');
    for (size_t i = 0; i < d->entity_count; i++) {
        const dyad_entity *e = &d->entities[i];
        if (i) buf_putc(b, ',');
        buf_printf(b, "{\"type\":");
        json_write_cstr(b, e->type);
        buf_printf(b, ",\"start\":%u,\"end\":%u,\"first_token\":%u,\"token_count\":%u,\"text\":", e->span.start,
                   e->span.end, e->first_token, e->token_count);
        emit_span_text(b, d, e->span);
        buf_putc(b, '}');
    }
    buf_putc(b, ']');
}

void emit_actor(buf *b, const dyad_actor *a)
{
    buf_puts(b, "{\"text\":");
    json_write_cstr(b, a->text);
    if (a->span.end > a->span.start) buf_printf(b, ",\"start\":%u,\"end\":%u", a->span.start, a->span.end);
    struct { const char *name, *value; } m[] = {
        {"name", a->name}, {"role", a->role}, {"organisation", a->organisation},
        {"country", a->country}, {"code", a->code}, {"origin", a->origin},
    };
    for (size_t i = 0; i < sizeof m / sizeof *m; i++) {
        buf_printf(b, ",\"%s\":", m[i].name);
        json_write_cstr(b, m[i].value);
    }
    if (a->entity >= 0) buf_printf(b, ",\"entity\":%d", a->entity);
    buf_putc(b, '}');
}

char *dyad_document_to_json(const dyad_document *d, size_t *length)
{
    buf b = BUF_INIT;
    int first = 1;
    buf_reserve(&b, d->text_length * 2 + 1024);
    buf_putc(&b, '{');
    emit_key(&b, "schema", &first);
    put_int(&b, d->schema_version);
    emit_key(&b, "id", &first);
    json_write_cstr(&b, d->id);
    emit_key(&b, "source", &first);
    json_write_cstr(&b, d->source);
    emit_key(&b, "container", &first);
    json_write_cstr(&b, d->container);
    emit_key(&b, "index", &first);
    put_uint(&b, (unsigned long long)d->index);
    emit_key(&b, "format", &first);
    json_write_cstr(&b, dyad_format_name(d->format));
    emit_key(&b, "status", &first);
    json_write_cstr(&b, d->failed ? "error" : "ok");
    emit_key(&b, "title", &first);
    json_write_cstr(&b, d->title.value);

    emit_key(&b, "metadata", &first);
    buf_putc(&b, '{');
    int mfirst = 1;
    field(&b, "title", &d->title, &mfirst);
    field(&b, "outlet", &d->outlet, &mfirst);
    field(&b, "author", &d->author, &mfirst);
    date(&b, &d->date, &mfirst);
    emit_key(&b, "dateline", &mfirst);
    if (d->dateline.text) {
        buf_puts(&b, "{\"text\":");
        json_write_cstr(&b, d->dateline.text);
        buf_puts(&b, ",\"city\":");
        json_write_cstr(&b, d->dateline.city);
        buf_puts(&b, ",\"outlet\":");
        json_write_cstr(&b, d->dateline.outlet);
        buf_puts(&b, ",\"start\":");
        put_uint(&b, d->dateline.span.start);
        buf_puts(&b, ",\"end\":");
        put_uint(&b, d->dateline.span.end);
        buf_putc(&b, '}');
    } else buf_puts(&b, "null");
    field(&b, "language", &d->language, &mfirst);
    field(&b, "url", &d->url, &mfirst);
    buf_putc(&b, '}');

    emit_key(&b, "text", &first);
    json_write_string(&b, d->text ? d->text : "", d->text_length);
    emit_key(&b, "paragraphs", &first);
    buf_putc(&b, '[');
    for (size_t i = 0; i < d->paragraph_count; i++) {
        const dyad_paragraph *p = &d->paragraphs[i];
        if (i) buf_putc(&b, ',');
        buf_puts(&b, "{\"kind\":");
        json_write_cstr(&b, dyad_paragraph_kind_name(p->kind));
        buf_puts(&b, ",\"start\":");
        put_uint(&b, p->span.start);
        buf_puts(&b, ",\"end\":");
        put_uint(&b, p->span.end);
        buf_puts(&b, ",\"text\":");
        emit_span_text(&b, d, p->span);
        buf_putc(&b, '}');
    }
    buf_putc(&b, ']');
    emit_key(&b, "removed", &first);
    buf_putc(&b, '[');
    for (size_t i = 0; i < d->removed_count; i++) {
        if (i) buf_putc(&b, ',');
        buf_puts(&b, "{\"kind\":");
        json_write_cstr(&b, d->removed[i].kind);
        if (d->removed[i].line > 0) {
            buf_puts(&b, ",\"line\":");
            put_int(&b, d->removed[i].line);
        }
        buf_puts(&b, ",\"text\":");
        json_write_cstr(&b, d->removed[i].text);
        buf_putc(&b, '}');
    }
    buf_putc(&b, ']');
    language(&b, d, &first);
    emit_statements(&b, d, &first);
    emit_events(&b, d, &first);
    if (d->extra_count) {
        emit_key(&b, "input", &first);
        buf_putc(&b, '{');
        for (size_t i = 0; i < d->extra_count; i++) {
            if (i) buf_putc(&b, ',');
            json_write_cstr(&b, d->extra[i].key);
            buf_putc(&b, ':');
            buf_puts(&b, d->extra[i].json);
        }
        buf_putc(&b, '}');
    }
    diagnostics(&b, "warnings", d->warnings, d->warning_count, &first);
    diagnostics(&b, "errors", d->errors, d->error_count, &first);
    buf_puts(&b, "}\n");
    return buf_detach(&b, length);
}
