/* render_events.c — `dyad code`: the document JSON (--as json), or one
 * tab-separated line per event: --as tsv in the column order event-data
 * users know from PETRARCH/Phoenix output, extended with dyad's evidence;
 * --as gdelt in the 61 columns of GDELT 2.0's event table, filled where
 * one article can fill them.  docs/FORMAT.md, section "events", lists the
 * columns. */
#include <stdio.h>
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

/* CAMEO's role (type) codes; another three letters after a country are
 * a known group ("HMS" in PSEREBHMS). */
static int cameo_role(const char *t)
{
    static const char *const roles[] = {"AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH",
                                        "HRI", "IGO", "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD",
                                        "NGM", "NGO", "OPP", "PTY", "RAD", "REB", "REF", "SEP", "SPY", "UAF"};
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
        if (!strncmp(t, roles[i], 3)) return 1;
    return 0;
}

/* An actor's ten GDELT columns: code, name, country, known group, ethnic,
 * two religions, three types (the role triples after the country:
 * RUSGOVMIL -> GOV, MIL; IGOUNO -> known group UNO). */
static void gdelt_actor(buf *b, const dyad_actor *a)
{
    field(b, a->code);
    field(b, a->code ? (a->name ? a->name : a->text) : NULL);
    field(b, a->country);
    const char *code = a->code ? a->code : "";
    size_t n = strlen(code), from = a->country && n >= 3 && !strncmp(code, a->country, 3) ? 3 : 0;
    char group[4] = "", types[3][4] = {"", "", ""};
    int nt = 0;
    for (size_t k = from; k + 3 <= n; k += 3) {
        if (cameo_role(code + k)) {
            if (nt < 3) memcpy(types[nt++], code + k, 3);
        } else if (!group[0]) {
            memcpy(group, code + k, 3);
        }
    }
    field(b, group);
    buf_puts(b, "\t\t\t"); /* ethnic, religion 1 and 2: dyad does not code them */
    for (int k = 0; k < 3; k++) field(b, types[k]);
}

static char *render_gdelt(const dyad_document *doc, size_t *length)
{
    buf b = BUF_INIT;
    for (size_t i = 0; i < doc->event_count; i++) {
        const dyad_event *e = &doc->events[i];
        /* the table has no column for "did not" or "could": an event the
         * text denies or does not assert is not a row (JSON and TSV keep
         * it), unless its code is itself an intent or a threat ("will
         * impose sanctions" coded 1312) */
        const char *m = e->modality;
        bool intent = e->cameo && (!strncmp(e->cameo, "03", 2) || !strncmp(e->cameo, "13", 2));
        if (e->negated || (m && strcmp(m, "asserted") != 0 && !intent)) continue;
        const dyad_date *t = &e->date;
        buf_puts(&b, e->id ? e->id : "");
        /* SQLDATE, MonthYear, Year, FractionDate: as far as the date is known */
        if (t->year && t->month && t->day)
            buf_printf(&b, "\t%04d%02d%02d\t%04d%02d\t%04d\t%.4f", t->year, t->month, t->day, t->year, t->month, t->year,
                       t->year + ((t->month - 1) * 30 + t->day) / 365.0);
        else if (t->year && t->month)
            buf_printf(&b, "\t\t%04d%02d\t%04d\t", t->year, t->month, t->year);
        else if (t->year)
            buf_printf(&b, "\t\t\t%04d\t", t->year);
        else
            buf_puts(&b, "\t\t\t\t");
        gdelt_actor(&b, &e->source);
        gdelt_actor(&b, &e->target);
        /* IsRootEvent: in the headline or the lead paragraph */
        int root = 0;
        if (e->sentence < doc->sentence_count) {
            uint32_t p = doc->sentences[e->sentence].paragraph, body = 0;
            while (body < doc->paragraph_count && doc->paragraphs[body].kind == DYAD_PARAGRAPH_TITLE) body++;
            root = p <= body;
        }
        const char *c = e->cameo ? e->cameo : "";
        buf_printf(&b, "\t%d\t%s\t%.3s\t%.2s\t%d\t%.1f", root, c, c, c, e->quad_class, e->goldstein);
        buf_puts(&b, "\t1\t1\t1\t"); /* mentions, sources, articles: this one article; no tone */
        /* Actor1Geo_*, Actor2Geo_* (8 each): not resolved to places */
        buf_puts(&b, "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t");
        /* ActionGeo_*: the place named on the trigger, by name only */
        field(&b, NULL);
        field(&b, e->location);
        buf_puts(&b, "\t\t\t\t\t\t");
        field(&b, NULL); /* DATEADDED: output stays the same from run to run */
        field(&b, doc->url.value ? doc->url.value : doc->source);
        buf_putc(&b, '\n');
    }
    if (!b.data) buf_puts(&b, "");
    return buf_detach(&b, length);
}

char *render_events(const dyad_document *doc, size_t *length, const char *layout)
{
    if (layout && !strcmp(layout, "gdelt")) return render_gdelt(doc, length);
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
