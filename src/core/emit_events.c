/* emit_events.c — the document's "events" array (docs/FORMAT.md, section
 * "events"): one object per coded event with its evidence. */
#include "base/json.h"
#include "core/emit.h"

static void str_member(buf *b, const char *name, const char *value)
{
    buf_printf(b, ",\"%s\":", name);
    json_write_cstr(b, value);
}

void emit_events(buf *b, const dyad_document *d, int *first)
{
    if (!d->event_count) return;
    emit_key(b, "events", first);
    buf_putc(b, '[');
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        if (i) buf_putc(b, ',');
        buf_puts(b, "{\"id\":");
        json_write_cstr(b, e->id);
        buf_printf(b, ",\"sentence\":%u,\"start\":%u,\"end\":%u", e->sentence, e->span.start, e->span.end);
        buf_puts(b, ",\"trigger\":{\"text\":");
        emit_span_text(b, d, e->trigger);
        buf_printf(b, ",\"start\":%u,\"end\":%u}", e->trigger.start, e->trigger.end);
        buf_puts(b, ",\"source\":");
        emit_actor(b, &e->source);
        buf_puts(b, ",\"target\":");
        if (e->target.text || e->target.code) emit_actor(b, &e->target);
        else buf_puts(b, "null");
        str_member(b, "cameo", e->cameo);
        str_member(b, "cameo_label", e->cameo_label);
        buf_printf(b, ",\"cameo_root\":\"%.2s\"", e->cameo ? e->cameo : "");
        str_member(b, "plover", e->plover);
        str_member(b, "plover_mode", e->plover_mode);
        str_member(b, "plover_context", e->plover_context);
        buf_printf(b, ",\"goldstein\":%.1f,\"quad_class\":%d", e->goldstein, e->quad_class);
        buf_printf(b, ",\"negated\":%s", e->negated ? "true" : "false");
        str_member(b, "modality", e->modality ? e->modality : "asserted");
        /* coded from the headline: the lead usually codes the same act again */
        int headline = e->sentence < d->sentence_count && d->sentences[e->sentence].paragraph < d->paragraph_count &&
                       d->paragraphs[d->sentences[e->sentence].paragraph].kind == DYAD_PARAGRAPH_TITLE;
        buf_printf(b, ",\"headline\":%s", headline ? "true" : "false");
        buf_printf(b, ",\"verbal\":%s", e->verbal ? "true" : "false");
        buf_puts(b, ",\"date\":");
        emit_date(b, &e->date);
        str_member(b, "location", e->location);
        str_member(b, "pattern", e->pattern);
        buf_puts(b, ",\"quote\":");
        if (e->quote >= 0) buf_printf(b, "%d", e->quote);
        else buf_puts(b, "null");
        buf_printf(b, ",\"confidence\":%.2f}", e->confidence);
    }
    buf_putc(b, ']');
}
