/* render_events.c — `dyad code`: the document JSON (--as json), or one
 * tab-separated line per event (--as tsv) in the column order event-data
 * users know from PETRARCH/Phoenix output, extended with dyad's evidence.
 * docs/FORMAT.md, section "events", lists the columns. */
#include <string.h>

#include "base/buf.h"
#include "commands.h"

/* Tabs and newlines inside a field would break the layout. */
static void field(buf *b, const char *s)
{
    if (!s || !*s) { buf_putc(b, '\t'); return; }
    buf_putc(b, '\t');
    for (; *s; s++) buf_putc(b, (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s);
}

static void span_field(buf *b, const dyad_document *d, dyad_span s)
{
    buf_putc(b, '\t');
    if (s.end > d->text_length || s.start >= s.end) return;
    for (uint32_t i = s.start; i < s.end; i++) {
        char c = d->text[i];
        buf_putc(b, (c == '\t' || c == '\n' || c == '\r') ? ' ' : c);
    }
}

char *render_events(const dyad_document *doc, size_t *length, const char *layout)
{
    if (!layout || strcmp(layout, "tsv")) return render_document_json(doc, length, layout);
    buf b = BUF_INIT;
    buf_puts(&b, "");
    for (size_t i = 0; i < doc->event_count; i++) {
        const dyad_event *e = &doc->events[i];
        char date[64] = "";
        if (e->date.precision != DYAD_DATE_NONE) dyad_date_format(&e->date, date, sizeof date);
        /* date, source, target, cameo, root, quad, goldstein: the Phoenix core */
        buf_puts(&b, date);
        field(&b, e->source.code);
        field(&b, e->target.code);
        field(&b, e->cameo);
        buf_printf(&b, "\t%.2s\t%d\t%.1f", e->cameo ? e->cameo : "", e->quad_class, e->goldstein);
        field(&b, e->plover);
        field(&b, e->negated ? "negated" : "");
        field(&b, e->source.country);
        field(&b, e->target.country);
        field(&b, e->location);
        field(&b, doc->id);
        field(&b, e->id);
        buf_printf(&b, "\t%u\t%.2f", e->sentence, e->confidence);
        field(&b, e->source.text);
        field(&b, e->target.text);
        span_field(&b, doc, e->trigger);
        field(&b, doc->url.value);
        span_field(&b, doc, e->span);
        buf_putc(&b, '\n');
    }
    if (!b.data) buf_puts(&b, "");
    return buf_detach(&b, length);
}
