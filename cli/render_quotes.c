/* render_quotes.c — `dyad quotes`: every statement with its speaker, as a
 * readable table (default) or as the document JSON (--as json).
 *
 * The table is one block per document: a header line, one row per quote
 * (kind, speaker, cue, channel, confidence, the text cut to fit), then
 * the speakers index with each identity.  Widths count code points, so
 * Cyrillic and curly quotes line up. */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "commands.h"

#define TEXT_WIDTH 72

/* s[0..n) cut at a code point boundary to at most `width` code points
 * (with "…" when cut), then padded with spaces to `width`.  Newlines
 * become spaces so a row stays a row. */
static void cell(buf *b, const char *s, size_t n, size_t width, int pad)
{
    if (!s) s = "-", n = 1;
    size_t cps = 0, i = 0;
    for (size_t k = 0; k < n; k++) if (((unsigned char)s[k] & 0xC0) != 0x80) cps++;
    size_t limit = cps > width ? width - 1 : width;
    size_t used = 0;
    while (i < n && used < limit) {
        size_t l = 1;
        while (i + l < n && ((unsigned char)s[i + l] & 0xC0) == 0x80) l++;
        if (s[i] == '\n' || s[i] == '\t') buf_putc(b, ' ');
        else buf_append(b, s + i, l);
        i += l;
        used++;
    }
    if (cps > width) { buf_puts(b, "\xE2\x80\xA6"); used++; }
    if (pad) for (; used < width; used++) buf_putc(b, ' ');
}

static void cstr(buf *b, const char *s, size_t width) { cell(b, s, s ? strlen(s) : 0, width, 1); }

static const char *speaker_name(const dyad_document *d, int32_t sp)
{
    if (sp < 0 || (size_t)sp >= d->speaker_count) return NULL;
    const dyad_speaker *s = &d->speakers[sp];
    if (s->journalist) return "(journalist)";
    return s->identity.name ? s->identity.name : s->identity.text;
}

static void table(buf *b, const dyad_document *d)
{
    buf_printf(b, "== %s", d->id ? d->id : "-");
    if (d->title.value) buf_printf(b, "  %s", d->title.value);
    buf_printf(b, "\n%zu quote(s), %zu speaker(s)\n", d->quote_count, d->speaker_count);
    if (d->failed) {
        for (size_t i = 0; i < d->error_count; i++) buf_printf(b, "error: %s\n", d->errors[i].message);
        return;
    }
    if (!d->quote_count) return;
    buf_puts(b, "  # kind     speaker                  cue          channel           conf  text\n");
    for (size_t i = 0; i < d->quote_count; i++) {
        const dyad_quote *q = &d->quotes[i];
        buf_printf(b, "%3zu ", i + 1);
        cstr(b, dyad_quote_kind_name(q->kind), 8);
        buf_putc(b, ' ');
        cstr(b, speaker_name(d, q->speaker), 24);
        buf_putc(b, ' ');
        cstr(b, q->cue, 12);
        buf_putc(b, ' ');
        cstr(b, q->channel, 17);
        buf_printf(b, " %.2f  ", (double)q->confidence);
        cell(b, d->text + q->span.start, q->span.end - q->span.start, TEXT_WIDTH, 0);
        if (q->relayed_by) buf_printf(b, "  [via %s]", q->relayed_by);
        buf_putc(b, '\n');
    }
    buf_puts(b, "speakers:\n");
    for (size_t i = 0; i < d->speaker_count; i++) {
        const dyad_speaker *s = &d->speakers[i];
        const dyad_actor *a = &s->identity;
        buf_printf(b, "  %-24s", speaker_name(d, (int32_t)i));
        const char *parts[] = {a->role, a->organisation, a->country, a->code, s->gender};
        const char *labels[] = {"role", "organisation", "country", "code", "gender"};
        for (size_t k = 0; k < sizeof parts / sizeof *parts; k++)
            if (parts[k] && !(k == 0 && s->journalist)) buf_printf(b, "  %s: %s", labels[k], parts[k]);
        buf_printf(b, "  quotes: %u\n", s->quote_count);
    }
}

char *render_quotes(const dyad_document *doc, size_t *length, const char *layout)
{
    if (layout && strcmp(layout, "json") == 0) return render_document_json(doc, length, layout);
    buf b = BUF_INIT;
    table(&b, doc);
    buf_putc(&b, '\n');
    return buf_detach(&b, length);
}
