/* dates.c — the date phrases of news pages: stamps, datelines, bylines.
 *
 * A hand-written scanner rather than regular expressions: the forms are few,
 * the scanner is linear and allocation-free, and each rule can say why it
 * refuses (a year alone is a credit, not a date; a month and day keep their
 * missing year missing). */
#include "extract/dates.h"

#include <string.h>

#include "base/calendar.h"

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }

/* Read 1..max digits at s[*i]; returns the count, value in *v. */
static int digits(const char *s, size_t n, size_t *i, int max, int *v)
{
    int k = 0, x = 0;
    while (*i < n && k < max && is_digit(s[*i])) x = x * 10 + (s[(*i)++] - '0'), k++;
    if (*i < n && is_digit(s[*i])) return 0; /* too many digits */
    *v = x;
    return k;
}

static size_t skip_spaces(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    /* U+00A0 no-break space */
    while (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) {
        i += 2;
        while (i < n && (s[i] == ' ' || s[i] == '\t')) i++;
    }
    return i;
}

static size_t word_end(const char *s, size_t n, size_t i)
{
    while (i < n && is_alpha(s[i])) i++;
    return i;
}

/* A capitalised month name or abbreviation at s[i]; advances past a dot. */
static int month_at(const char *s, size_t n, size_t *i)
{
    if (*i >= n || !(s[*i] >= 'A' && s[*i] <= 'Z')) return 0;
    size_t e = word_end(s, n, *i);
    int m = calendar_month_from_name(s + *i, (unsigned)(e - *i));
    if (!m) return 0;
    *i = e;
    if (*i < n && s[*i] == '.') (*i)++;
    return m;
}

static int year_at(const char *s, size_t n, size_t *i)
{
    size_t j = *i;
    int y;
    if (digits(s, n, &j, 4, &y) != 4 || y < 1900 || y > 2100) return 0;
    if (j < n && is_alpha(s[j])) return 0;
    *i = j;
    return y;
}

/* Day of month with an optional English ordinal suffix. */
static int day_at(const char *s, size_t n, size_t *i)
{
    size_t j = *i;
    int d;
    if (!digits(s, n, &j, 2, &d) || d < 1 || d > 31) return 0;
    if (j + 1 < n && (!strncmp(s + j, "st", 2) || !strncmp(s + j, "nd", 2) || !strncmp(s + j, "rd", 2) ||
                      !strncmp(s + j, "th", 2)) && !(j + 2 < n && is_alpha(s[j + 2])))
        j += 2;
    if (j < n && is_alpha(s[j])) return 0;
    *i = j;
    return d;
}

/* "10:14", "10:14:05", "11:03 PM", "10:14 a.m.", "10:14 GMT", "10:14+03:00". */
static bool time_at(const char *s, size_t n, size_t *i, dyad_date *d)
{
    size_t j = *i;
    int h, m, sec = 0;
    if (!digits(s, n, &j, 2, &h) || j >= n || s[j] != ':') return false;
    j++;
    if (digits(s, n, &j, 2, &m) != 2) return false;
    if (j + 2 < n && s[j] == ':' && is_digit(s[j + 1])) {
        j++;
        if (digits(s, n, &j, 2, &sec) != 2) return false;
    }
    if (h > 23 || m > 59 || sec > 60) return false;
    size_t k = skip_spaces(s, n, j);
    if (k + 1 < n && (s[k] == 'a' || s[k] == 'A' || s[k] == 'p' || s[k] == 'P')) {
        size_t e = k + 1;
        if (e < n && s[e] == '.') e++;
        if (e < n && (s[e] == 'm' || s[e] == 'M')) {
            e++;
            if (e < n && s[e] == '.') e++;
            if (!(e < n && is_alpha(s[e])) && h >= 1 && h <= 12) {
                bool pm = s[k] == 'p' || s[k] == 'P';
                if (pm && h < 12) h += 12;
                if (!pm && h == 12) h = 0;
                j = e;
                k = skip_spaces(s, n, j);
            }
        }
    }
    d->has_utc_offset = false;
    /* zones news pages name by letters: their offsets, summer times as printed */
    static const struct { const char *name; int minutes; } zones[] = {
        {"GMT", 0}, {"UTC", 0}, {"BST", 60}, {"CET", 60}, {"CEST", 120}, {"EET", 120}, {"EEST", 180}, {"MSK", 180},
        {"IST", -1}, {"PKT", 300}, {"JST", 540}, {"KST", 540}, {"AEST", 600}, {"AEDT", 660}, {"EST", -300}, {"EDT", -240},
        {"CST", -1}, {"CDT", -300}, {"MST", -420}, {"MDT", -360}, {"PST", -480}, {"PDT", -420}, {"ET", -1}};
    size_t zone_end = 0;
    for (size_t z = 0; z < sizeof zones / sizeof *zones && !zone_end; z++) {
        size_t zl = strlen(zones[z].name);
        if (k + zl <= n && !strncmp(s + k, zones[z].name, zl) && !(k + zl < n && is_alpha(s[k + zl]))) {
            zone_end = k + zl;
            /* "ET" says eastern time without saying summer or winter, "IST" and
             * "CST" each name two zones: no offset for those */
            if (zones[z].minutes != -1) {
                d->has_utc_offset = true;
                d->utc_offset_minutes = zones[z].minutes;
            }
        }
    }
    if (zone_end) {
        j = zone_end;
    } else if (j < n && s[j] == 'Z' && !(j + 1 < n && is_alnum(s[j + 1]))) {
        d->has_utc_offset = true;
        d->utc_offset_minutes = 0;
        j++;
    }
    if (j + 5 <= n && (s[j] == '+' || s[j] == '-') && is_digit(s[j + 1]) && is_digit(s[j + 2])) {
        size_t e = j + 3;
        if (e < n && s[e] == ':') e++;
        if (e + 2 <= n && is_digit(s[e]) && is_digit(s[e + 1])) {
            int oh = (s[j + 1] - '0') * 10 + (s[j + 2] - '0'), om = (s[e] - '0') * 10 + (s[e + 1] - '0');
            if (oh <= 14 && om < 60) {
                d->has_utc_offset = true;
                d->utc_offset_minutes = (s[j] == '-' ? -1 : 1) * (oh * 60 + om);
                j = e + 2;
            }
        }
    }
    d->hour = h, d->minute = m, d->second = sec;
    *i = j;
    return true;
}

/* The calendar part alone, at s[i]. */
static bool calendar_at(const char *s, size_t n, size_t *i, dyad_date *d)
{
    size_t j = *i;
    int y = 0, m = 0, day = 0;
    if (is_digit(s[j])) {
        size_t k = j;
        int a;
        int na = digits(s, n, &k, 4, &a);
        /* 2022-01-13, 2022/01/13: year first, never ambiguous */
        if (na == 4 && k + 1 < n && (s[k] == '-' || s[k] == '/') && is_digit(s[k + 1])) {
            char sep = s[k];
            size_t e = k + 1;
            int mm, dd;
            if (digits(s, n, &e, 2, &mm) == 2 && e + 1 < n && s[e] == sep && (e++, digits(s, n, &e, 2, &dd) == 2) &&
                a >= 1900 && a <= 2100 && calendar_valid(a, mm, dd)) {
                d->year = a, d->month = mm, d->day = dd;
                *i = e;
                return true;
            }
            return false;
        }
        /* 14.02.2022, 14/02/2022, 14-02-2022 */
        if ((na == 1 || na == 2) && k + 1 < n && (s[k] == '.' || s[k] == '/' || s[k] == '-') && is_digit(s[k + 1])) {
            char sep = s[k];
            size_t e = k + 1;
            int b, c;
            if ((digits(s, n, &e, 2, &b) >= 1) && e + 4 < n + 1 && e < n && s[e] == sep) {
                e++;
                if (digits(s, n, &e, 4, &c) == 4 && c >= 1900 && c <= 2100) {
                    int dd = a, mm = b;
                    if (sep == '/' && a <= 12 && b > 12) dd = b, mm = a;       /* 02/14/2022 */
                    else if (sep == '/' && a <= 12 && b <= 12 && a != b) {
                        /* 12/03/2025: the 12th of March or the 3rd of
                         * December; only the year is certain */
                        if (!calendar_valid(c, a, b) || !calendar_valid(c, b, a)) return false;
                        d->year = c, d->month = 0, d->day = 0;
                        *i = e;
                        return true;
                    }
                    if (!calendar_valid(c, mm, dd)) return false;
                    d->year = c, d->month = mm, d->day = dd;
                    *i = e;
                    return true;
                }
            }
            return false;
        }
        /* 13 Jan, 2022 / 19 June */
        size_t e = j;
        day = day_at(s, n, &e);
        if (!day) return false;
        e = skip_spaces(s, n, e);
        if (e < n && s[e] == '-') e++; /* 13-Jan-2022 */
        m = month_at(s, n, &e);
        if (!m) return false;
        size_t after_month = e;
        size_t k2 = e;
        if (k2 < n && (s[k2] == ',' || s[k2] == '-')) k2++;
        k2 = skip_spaces(s, n, k2);
        y = year_at(s, n, &k2);
        if (y) e = k2;
        else e = after_month;
        if (!calendar_valid(y ? y : 2000, m, day)) return false;
        d->year = y, d->month = m, d->day = day;
        *i = e;
        return true;
    }
    /* January 13, 2022 / Jan. 13 2022 / June 19 / June 2022 */
    size_t e = j;
    m = month_at(s, n, &e);
    if (!m) return false;
    e = skip_spaces(s, n, e);
    size_t k = e;
    y = year_at(s, n, &k);
    if (y) {
        d->year = y, d->month = m, d->day = 0;
        *i = k;
        return true;
    }
    day = day_at(s, n, &e);
    if (!day) return false;
    size_t after_day = e;
    k = e;
    if (k < n && s[k] == ',') k++;
    k = skip_spaces(s, n, k);
    y = year_at(s, n, &k);
    e = y ? k : after_day;
    if (!calendar_valid(y ? y : 2000, m, day)) return false;
    d->year = y, d->month = m, d->day = day;
    *i = e;
    return true;
}

static void set_precision(dyad_date *d, bool has_time)
{
    if (d->year && d->day) {
        d->precision = has_time ? DYAD_DATE_TIMESTAMP : DYAD_DATE_DAY;
        d->weekday = calendar_weekday(d->year, d->month, d->day);
    } else if (d->year && d->month) {
        d->precision = DYAD_DATE_YEAR_MONTH;
    } else if (d->year) {
        d->precision = DYAD_DATE_YEAR;
    } else {
        d->precision = DYAD_DATE_MONTH_DAY;
    }
    if (!has_time || d->precision != DYAD_DATE_TIMESTAMP) d->hour = d->minute = d->second = 0, d->has_utc_offset = false;
}

bool extract_parse_date_at(const char *s, size_t n, extract_date_match *m)
{
    memset(m, 0, sizeof *m);
    if (!n) return false;
    dyad_date d = {0};
    size_t i = 0;
    /* An optional weekday: "Thursday, 13 January 2022", "Thu 13 Jan". */
    if (s[0] >= 'A' && s[0] <= 'Z') {
        size_t e = word_end(s, n, 0);
        int wd = calendar_weekday_from_name(s, (unsigned)e);
        if (wd) {
            size_t k = e;
            if (k < n && s[k] == '.') k++;
            if (k < n && s[k] == ',') k++;
            k = skip_spaces(s, n, k);
            if (k < n) i = k;
        }
    }
    bool has_time = false;
    dyad_date t = {0};
    /* A time first: "10:14, 13.01.2022", "10:14 13 Jan 2022". */
    size_t k = i;
    if (is_digit(s[k]) && time_at(s, n, &k, &t)) {
        size_t e = k;
        if (e < n && (s[e] == ',' || s[e] == '|')) e++;
        e = skip_spaces(s, n, e);
        if (e < n && calendar_at(s, n, &e, &d)) {
            has_time = true;
            d.hour = t.hour, d.minute = t.minute, d.second = t.second;
            d.has_utc_offset = t.has_utc_offset, d.utc_offset_minutes = t.utc_offset_minutes;
            i = e;
        } else {
            return false;
        }
    } else {
        if (!calendar_at(s, n, &i, &d)) return false;
        /* The time after: "2022 10:14", "2022, 11:03 PM", "2022T10:14", "2022 at 10:14", "2022 | 10:14". */
        size_t e = i;
        if (e < n && (s[e] == 'T' || s[e] == ',' || s[e] == '|' || s[e] == '-' || s[e] == '/')) e++;
        e = skip_spaces(s, n, e);
        if (e + 1 < n && !strncmp(s + e, "at", 2) && !(e + 2 < n && is_alpha(s[e + 2]))) e = skip_spaces(s, n, e + 2);
        if (e + 1 < n && (s[e] == '|' || s[e] == '-' || s[e] == ',')) e = skip_spaces(s, n, e + 1);
        if (d.year && d.day && e < n && is_digit(s[e]) && time_at(s, n, &e, &d)) {
            has_time = true;
            i = e;
        }
    }
    set_precision(&d, has_time);
    m->date = d;
    m->start = 0;
    m->end = i;
    return true;
}

bool extract_parse_date(const char *s, size_t n, extract_date_match *m)
{
    /* Every date form holds a digit (day, year or time) at or after its
     * start, so no date starts after the last digit of the line. */
    size_t last = n;
    while (last > 0 && !is_digit(s[last - 1])) last--;
    for (size_t i = 0; i < last; i++) {
        if (i > 0 && is_alnum(s[i - 1])) continue;
        if (!is_alnum(s[i])) continue;
        if (extract_parse_date_at(s + i, n - i, m)) {
            m->start += i;
            m->end += i;
            return true;
        }
    }
    return false;
}

int extract_find_weekday(const char *s, size_t n, size_t *start, size_t *end)
{
    static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (size_t i = 0; i + 6 <= n; i++) {
        if (!(s[i] >= 'A' && s[i] <= 'Z') || (i > 0 && is_alpha(s[i - 1]))) continue;
        for (int w = 0; w < 7; w++) {
            size_t len = strlen(names[w]);
            if (i + len <= n && !memcmp(s + i, names[w], len) && !(i + len < n && is_alpha(s[i + len]))) {
                /* "Monday's talks" still names the day; "Sundays" does not. */
                *start = i;
                *end = i + len;
                return w + 1;
            }
        }
    }
    return 0;
}

/* Relative words and the shift from the anchored day to the day of writing. */
static const struct { const char *word; int shift; } relative_words[] = {
    {"tomorrow", -1}, {"Tomorrow", -1}, {"yesterday", +1}, {"Yesterday", +1}, {"today", 0}, {"Today", 0},
};

bool extract_find_relative_day(const char *s, size_t n, extract_date_match *m)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && is_alpha(s[i - 1])) continue;
        char c = (char)(s[i] | 32);
        if (c != 't' && c != 'y') continue;
        for (size_t w = 0; w < sizeof relative_words / sizeof *relative_words; w++) {
            size_t len = strlen(relative_words[w].word);
            if (i + len > n || memcmp(s + i, relative_words[w].word, len) || (i + len < n && is_alpha(s[i + len])))
                continue;
            /* The anchor follows at once, after a dash, comma, colon or bracket. */
            size_t k = i + len, stop = k + 12 < n ? k + 12 : n;
            while (k < stop && !is_alnum(s[k])) k++;
            extract_date_match a;
            if (k >= n || !extract_parse_date_at(s + k, n - k, &a)) continue;
            dyad_date d = a.date;
            if (!d.day) continue;
            int shift = relative_words[w].shift;
            if (d.year) {
                long days = calendar_days_from_civil(d.year, d.month, d.day) + shift;
                calendar_civil_from_days(days, &d.year, &d.month, &d.day);
                d.weekday = calendar_weekday(d.year, d.month, d.day);
                d.precision = DYAD_DATE_DAY;
                d.hour = d.minute = d.second = 0;
            } else {
                /* Without a year, stepping over the end of February is unknowable. */
                d.weekday = 0;
                if (shift < 0 && d.day == 1) {
                    if (d.month == 3) continue;
                    d.month = d.month == 1 ? 12 : d.month - 1;
                    d.day = calendar_days_in_month(0, d.month);
                } else if (shift > 0 && d.month == 2 && d.day >= 28) {
                    continue;
                } else if (shift > 0 && d.day == calendar_days_in_month(0, d.month)) {
                    d.month = d.month == 12 ? 1 : d.month + 1;
                    d.day = 1;
                } else {
                    d.day += shift;
                }
                d.precision = DYAD_DATE_MONTH_DAY;
            }
            memset(m, 0, sizeof *m);
            m->date = d;
            m->start = i;
            m->end = k + a.end;
            return true;
        }
    }
    return false;
}
