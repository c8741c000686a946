/* emit_statements.c — the statements layer of the document JSON:
 * `quotes` (each statement with its text, offsets, kind, cue, speaker
 * mention, channel, relaying outlet and confidence) and `speakers` (one
 * entry per person or body, with the resolved identity).  Written only
 * when the stage found something, so earlier stages' output is unchanged. */
#include "base/json.h"
#include "core/emit.h"

static void span_object(buf *b, const dyad_document *d, dyad_span s)
{
    if (s.end <= s.start) { buf_puts(b, "null"); return; }
    buf_puts(b, "{\"text\":");
    emit_span_text(b, d, s);
    buf_printf(b, ",\"start\":%u,\"end\":%u}", s.start, s.end);
}

static void quote(buf *b, const dyad_document *d, const dyad_quote *q)
{
    buf_puts(b, "{\"text\":");
    emit_span_text(b, d, q->span);
    buf_printf(b, ",\"start\":%u,\"end\":%u,\"kind\":", q->span.start, q->span.end);
    json_write_cstr(b, dyad_quote_kind_name(q->kind));
    buf_printf(b, ",\"sentence\":%u,\"speaker\":", q->sentence);
    if (q->speaker >= 0) buf_printf(b, "%d", q->speaker); else buf_puts(b, "null");
    buf_puts(b, ",\"speaker_name\":");
    const dyad_actor *who = q->speaker >= 0 && (size_t)q->speaker < d->speaker_count ? &d->speakers[q->speaker].identity : NULL;
    json_write_cstr(b, who ? (who->name ? who->name : who->text) : NULL);
    buf_puts(b, ",\"speaker_mention\":");
    span_object(b, d, q->speaker_mention);
    buf_puts(b, ",\"cue\":");
    json_write_cstr(b, q->cue);
    buf_puts(b, ",\"cue_span\":");
    span_object(b, d, q->cue_span);
    buf_puts(b, ",\"channel\":");
    json_write_cstr(b, q->channel);
    buf_puts(b, ",\"relayed_by\":");
    json_write_cstr(b, q->relayed_by);
    buf_printf(b, ",\"confidence\":%.2f}", (double)q->confidence);
}

void emit_statements(buf *b, const dyad_document *d, int *first)
{
    if (!d->quote_count && !d->speaker_count) return;
    emit_key(b, "quotes", first);
    buf_putc(b, '[');
    for (size_t i = 0; i < d->quote_count; i++) {
        if (i) buf_putc(b, ',');
        quote(b, d, &d->quotes[i]);
    }
    buf_putc(b, ']');
    emit_key(b, "speakers", first);
    buf_putc(b, '[');
    for (size_t i = 0; i < d->speaker_count; i++) {
        const dyad_speaker *s = &d->speakers[i];
        if (i) buf_putc(b, ',');
        buf_printf(b, "{\"index\":%zu,\"identity\":", i);
        emit_actor(b, &s->identity);
        buf_puts(b, ",\"gender\":");
        json_write_cstr(b, s->gender);
        buf_printf(b, ",\"journalist\":%s,\"quote_count\":%u}", s->journalist ? "true" : "false", s->quote_count);
    }
    buf_putc(b, ']');
}
