/* names.c — the stable names of the public enums, and date formatting. */
#include <stdio.h>
#include <string.h>

#include "base/calendar.h"
#include "dyad.h"

const char *dyad_status_name(dyad_status s)
{
    switch (s) {
    case DYAD_OK: return "ok";
    case DYAD_ERR_IO: return "io";
    case DYAD_ERR_NOMEM: return "nomem";
    case DYAD_ERR_SYNTAX: return "syntax";
    case DYAD_ERR_TOO_LARGE: return "too_large";
    case DYAD_ERR_EMPTY: return "empty";
    case DYAD_ERR_BINARY: return "binary";
    case DYAD_ERR_UNSUPPORTED: return "unsupported";
    case DYAD_ERR_MODEL: return "model";
    case DYAD_ERR_USAGE: return "usage";
    }
    return "unknown";
}

static const char *const format_names[] = {"auto", "text", "jsonl", "html", "warc", "feed"};

const char *dyad_format_name(dyad_format f)
{
    return (unsigned)f < sizeof format_names / sizeof *format_names ? format_names[f] : "auto";
}

dyad_format dyad_format_from_name(const char *name)
{
    for (unsigned i = 0; name && i < sizeof format_names / sizeof *format_names; i++)
        if (strcmp(name, format_names[i]) == 0) return (dyad_format)i;
    return DYAD_FORMAT_AUTO;
}

const char *dyad_date_precision_name(dyad_date_precision p)
{
    switch (p) {
    case DYAD_DATE_NONE: return "none";
    case DYAD_DATE_WEEKDAY: return "weekday";
    case DYAD_DATE_MONTH_DAY: return "month-day";
    case DYAD_DATE_YEAR: return "year";
    case DYAD_DATE_YEAR_MONTH: return "year-month";
    case DYAD_DATE_DAY: return "day";
    case DYAD_DATE_TIMESTAMP: return "timestamp";
    }
    return "none";
}

const char *dyad_paragraph_kind_name(dyad_paragraph_kind k)
{
    switch (k) {
    case DYAD_PARAGRAPH_TITLE: return "title";
    case DYAD_PARAGRAPH_SUMMARY: return "summary";
    case DYAD_PARAGRAPH_BODY: return "body";
    case DYAD_PARAGRAPH_SUBHEAD: return "subhead";
    case DYAD_PARAGRAPH_QUOTE: return "quote";
    case DYAD_PARAGRAPH_LIST_ITEM: return "list-item";
    case DYAD_PARAGRAPH_PREFORMATTED: return "preformatted";
    }
    return "body";
}

const char *dyad_quote_kind_name(dyad_quote_kind k)
{
    switch (k) {
    case DYAD_QUOTE_DIRECT: return "direct";
    case DYAD_QUOTE_INDIRECT: return "indirect";
    case DYAD_QUOTE_MIXED: return "mixed";
    }
    return "direct";
}

int dyad_date_format(const dyad_date *d, char *out, size_t size)
{
    switch (d->precision) {
    case DYAD_DATE_NONE: return snprintf(out, size, "%s", "");
    case DYAD_DATE_WEEKDAY: return snprintf(out, size, "%s", calendar_weekday_name(d->weekday));
    case DYAD_DATE_MONTH_DAY: return snprintf(out, size, "--%02d-%02d", d->month, d->day);
    case DYAD_DATE_YEAR: return snprintf(out, size, "%04d", d->year);
    case DYAD_DATE_YEAR_MONTH: return snprintf(out, size, "%04d-%02d", d->year, d->month);
    case DYAD_DATE_DAY: return snprintf(out, size, "%04d-%02d-%02d", d->year, d->month, d->day);
    case DYAD_DATE_TIMESTAMP: {
        int n = snprintf(out, size, "%04d-%02d-%02dT%02d:%02d", d->year, d->month, d->day, d->hour, d->minute);
        char tail[16] = "";
        size_t k = 0;
        if (d->second) k += (size_t)snprintf(tail + k, sizeof tail - k, ":%02d", d->second);
        if (d->has_utc_offset) {
            int off = d->utc_offset_minutes;
            if (off == 0) snprintf(tail + k, sizeof tail - k, "Z");
            else snprintf(tail + k, sizeof tail - k, "%c%02d:%02d", off < 0 ? '-' : '+', (off < 0 ? -off : off) / 60, (off < 0 ? -off : off) % 60);
        }
        size_t used = n > 0 && (size_t)n < size ? (size_t)n : (size ? size - 1 : 0);
        return n + snprintf(out + used, size > used ? size - used : 0, "%s", tail);
    }
    }
    return snprintf(out, size, "%s", "");
}
