/* date_iso.c — strict readers for machine-written dates. */
#include "core/date_iso.h"

#include <ctype.h>
#include <string.h>

#include "base/calendar.h"

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i])) return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static bool parse_time(const char *s, dyad_date *d)
{
    int h = digits(s, 2), mi;
    if (h < 0 || s[2] != ':' || (mi = digits(s + 3, 2)) < 0 || h > 23 || mi > 59) return false;
    d->hour = h;
    d->minute = mi;
    s += 5;
    if (*s == ':') {
        int sec = digits(s + 1, 2);
        if (sec < 0 || sec > 60) return false;
        d->second = sec;
        s += 3;
        if (*s == '.' || *s == ',') {
            s++;
            while (isdigit((unsigned char)*s)) s++;
        }
    }
    while (*s == ' ') s++;
    if (*s == 'Z' || strncmp(s, "UTC", 3) == 0 || strncmp(s, "GMT", 3) == 0) {
        d->has_utc_offset = true;
        d->utc_offset_minutes = 0;
        s += *s == 'Z' ? 1 : 3;
    } else if (*s == '+' || *s == '-') {
        int sign = *s == '-' ? -1 : 1, oh = digits(s + 1, 2), om = 0;
        if (oh < 0) return false;
        const char *t = s + 3;
        if (*t == ':') t++;
        if (isdigit((unsigned char)*t)) {
            om = digits(t, 2);
            if (om < 0) return false;
            t += 2;
        }
        d->has_utc_offset = true;
        d->utc_offset_minutes = sign * (oh * 60 + om);
        s = t;
    }
    while (*s == ' ') s++;
    return *s == '\0';
}

static bool parse_rfc822(const char *s, dyad_date *out)
{
    /* [Day,] DD Mon YYYY HH:MM[:SS] zone */
    const char *comma = strchr(s, ',');
    if (comma && comma - s <= 9) s = comma + 1;
    while (*s == ' ') s++;
    /* Digits are counted, not all added up: a run of them is no day or
     * year, and summing it would overflow. */
    int day = 0, ndd = 0;
    while (isdigit((unsigned char)*s)) {
        if (++ndd <= 2) day = day * 10 + (*s - '0');
        s++;
    }
    if (ndd > 2) return false;
    while (*s == ' ') s++;
    const char *m = s;
    while (isalpha((unsigned char)*s)) s++;
    int month = calendar_month_from_name(m, (unsigned)(s - m));
    while (*s == ' ') s++;
    int year = 0, nd = 0;
    while (isdigit((unsigned char)*s)) {
        if (++nd <= 4) year = year * 10 + (*s - '0');
        s++;
    }
    if (nd > 4) return false;
    if (nd == 2) year += year < 70 ? 2000 : 1900;
    if (!month || nd < 2 || !calendar_valid(year, month, day)) return false;
    dyad_date d = {0};
    d.year = year, d.month = month, d.day = day;
    while (*s == ' ') s++;
    if (*s) {
        if (!parse_time(s, &d)) {
            /* Zones such as "EST" are not worth guessing; keep the day. */
            if (!(isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) && s[2] == ':')) return false;
            d.precision = DYAD_DATE_DAY;
        } else d.precision = DYAD_DATE_TIMESTAMP;
    } else d.precision = DYAD_DATE_DAY;
    if (d.precision == DYAD_DATE_DAY) d.hour = d.minute = d.second = 0, d.has_utc_offset = false;
    d.weekday = calendar_weekday(year, month, day);
    d.evidence = out->evidence, d.origin = out->origin;
    *out = d;
    return true;
}

bool date_parse_iso(const char *s, dyad_date *out)
{
    if (!s) return false;
    while (*s == ' ') s++;
    dyad_date d = {0};
    d.evidence = out->evidence, d.origin = out->origin;
    if (s[0] == '-' && s[1] == '-') {
        int m = digits(s + 2, 2), dd = s[4] == '-' ? digits(s + 5, 2) : -1;
        if (m < 1 || dd < 1 || s[7] != '\0' || !calendar_valid(0, m, dd)) return false;
        d.precision = DYAD_DATE_MONTH_DAY, d.month = m, d.day = dd;
        *out = d;
        return true;
    }
    int y = digits(s, 4);
    if (y < 0) return parse_rfc822(s, out);
    d.year = y;
    if (s[4] == '\0') { d.precision = DYAD_DATE_YEAR; *out = d; return true; }
    if (s[4] != '-') return false;
    int m = digits(s + 5, 2);
    if (m < 1 || m > 12) return false;
    d.month = m;
    if (s[7] == '\0') { d.precision = DYAD_DATE_YEAR_MONTH; *out = d; return true; }
    if (s[7] != '-') return false;
    int dd = digits(s + 8, 2);
    if (dd < 0 || !calendar_valid(y, m, dd)) return false;
    d.day = dd;
    d.weekday = calendar_weekday(y, m, dd);
    if (s[10] == '\0') { d.precision = DYAD_DATE_DAY; *out = d; return true; }
    if (s[10] != 'T' && s[10] != ' ' && s[10] != 't') return false;
    if (!parse_time(s + 11, &d)) return false;
    d.precision = DYAD_DATE_TIMESTAMP;
    *out = d;
    return true;
}
