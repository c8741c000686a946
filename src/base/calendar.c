/* calendar.c — Gregorian calendar arithmetic (days-from-civil algorithm). */
#include "base/calendar.h"

#include <ctype.h>
#include <string.h>

bool calendar_is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int calendar_days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0;
    if (m == 2) return (y == 0 || calendar_is_leap(y)) ? 29 : 28;
    return d[m - 1];
}

bool calendar_valid(int y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= calendar_days_in_month(y, m);
}

long calendar_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void calendar_civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long yy = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yy + (*m <= 2));
}

int calendar_weekday(int y, int m, int d)
{
    long z = calendar_days_from_civil(y, m, d);
    long w = (z + 3) % 7; /* 1970-01-01 was a Thursday (ISO 4) */
    if (w < 0) w += 7;
    return (int)w + 1;
}

static const char *const month_names[] = {"january", "february", "march", "april", "may", "june", "july",
                                          "august", "september", "october", "november", "december"};
static const char *const day_names[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

/* A word matches a name if it is the whole name, or a prefix of at least
 * three letters (Jan, Sept, Wed, Thurs), optionally followed by a dot. */
static int match_name(const char *s, unsigned n, const char *const *names, int count)
{
    if (n && s[n - 1] == '.') n--;
    if (n < 3 || n > 9) return 0;
    char w[10];
    for (unsigned i = 0; i < n; i++) w[i] = (char)tolower((unsigned char)s[i]);
    for (int k = 0; k < count; k++) {
        size_t len = strlen(names[k]);
        if (n <= len && memcmp(w, names[k], n) == 0) return k + 1;
    }
    return 0;
}

int calendar_month_from_name(const char *s, unsigned n) { return match_name(s, n, month_names, 12); }
int calendar_weekday_from_name(const char *s, unsigned n) { return match_name(s, n, day_names, 7); }

const char *calendar_weekday_name(int w)
{
    static const char *const names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return w >= 1 && w <= 7 ? names[w - 1] : "";
}

const char *calendar_month_name(int m)
{
    static const char *const names[] = {"January", "February", "March", "April", "May", "June", "July",
                                        "August", "September", "October", "November", "December"};
    return m >= 1 && m <= 12 ? names[m - 1] : "";
}

size_t calendar_clock_length(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && k < 3 && s[k] >= '0' && s[k] <= '9') k++;
    if (k < 1 || k > 2 || k + 3 > n || s[k] != ':') return 0;
    if (!(s[k + 1] >= '0' && s[k + 1] <= '9' && s[k + 2] >= '0' && s[k + 2] <= '9')) return 0;
    if (k + 3 < n && s[k + 3] >= '0' && s[k + 3] <= '9') return 0;
    return k + 3;
}
