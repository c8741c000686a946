/* petrarch.c — readers for the PETRARCH-2 actor and agent dictionaries, so
 * `--dict DIR` can code with the field's own files (Phoenix.*.actors.txt,
 * Phoenix.agents.txt, PETR.Validate.*).
 *
 * Actors: a name line ("VLADIMIR_PUTIN_", words joined by '_' or ' '),
 * synonyms on "+" lines, and codes in brackets on the same or indented
 * lines: "[RUSGOV]", "[RUSGOV >080508]", "[RUSGOV <000507]",
 * "[RUSGOV 991231-080507]" (dates YYMMDD with 00-30 read as 20YY, or
 * YYYYMMDD).  Names listed with no code take the codes that follow.  The
 * first dated code that covers the date wins; an undated one is the
 * fallback.  "[---]" names an actor that must not be coded.
 * Agents: "NAME {PLURALS} [~GOV]" ("~" before the code: it follows the
 * country, "[NGO~]": it precedes it), "{}" for no plural, none for the
 * regular plural of the last word, and substitution classes
 * "!PERSON! = MAN, MEN, WOMAN" used inside names.
 * Comments: "#" to the end of the line; lines opening with "<" (XML
 * comments, which may run over several lines until "-->"). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "actors/load.h"
#include "base/calendar.h"

static const char *skip_space(const char *s, const char *end)
{
    while (s < end && (*s == ' ' || *s == '\t' || *s == '\r')) s++;
    return s;
}

static const char *trim_end(const char *s, const char *end)
{
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '_')) end--;
    return end;
}

/* PETRARCH date: YYMMDD (at most 7 characters) or YYYYMMDD; -1 if bad. */
static int32_t petrarch_date(const char *s, size_t n)
{
    if (n < 6) return -1;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return -1;
    int y, m, d;
    if (n <= 7) {
        y = (s[0] - '0') * 10 + (s[1] - '0');
        y += y <= 30 ? 2000 : 1900;
        s += 2;
    } else {
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        s += 4;
    }
    m = (s[0] - '0') * 10 + (s[1] - '0');
    d = (s[2] - '0') * 10 + (s[3] - '0');
    if (!calendar_valid(y, m, d)) return -1;
    return y * 10000 + m * 100 + d;
}

/* One bracket "[CODE restriction]" into a term.  Returns 0 on a bad one. */
static int parse_bracket(load_state *st, size_t line, const char *s, const char *end, actor_term *t, int agent,
                         int *prefix)
{
    actor_dictionary *a = st->dict;
    memset(t, 0, sizeof *t);
    s = skip_space(s, end);
    const char *c = s;
    while (s < end && *s != ' ' && *s != '\t' && *s != '<' && *s != '>') s++;
    char code[48];
    size_t k = 0;
    for (const char *p = c; p < s && k < sizeof code - 1; p++) {
        char ch = *p;
        if (ch == '/') { /* "ELR/GAL": the first is the code, the others alternatives */
            char rest[128];
            size_t r = 0;
            for (const char *q = p + 1; q < s && r < sizeof rest - 1; q++)
                rest[r++] = (char)(*q >= 'a' && *q <= 'z' ? *q - 32 : *q);
            int ok = r > 0 && !agent;
            for (size_t i = 0; i < r && ok; i++) ok = (rest[i] >= 'A' && rest[i] <= 'Z') || (rest[i] >= '0' && rest[i] <= '9') || rest[i] == '/';
            if (ok) t->alts = dict_intern(a, rest, r);
            break;
        }
        if (ch >= 'a' && ch <= 'z') ch = (char)(ch - 32);
        code[k++] = ch;
    }
    code[k] = '\0';
    if (agent) {
        char *tilde = strchr(code, '~');
        if (!tilde) {
            load_warn(st, line, "agent code '%s' without '~'", code);
            return 0;
        }
        *prefix = tilde != code;
        memmove(tilde, tilde + 1, strlen(tilde));
        k = strlen(code);
    }
    int null_code = k > 0 && (strspn(code, "-") == k || strspn(code, "#") == k);
    if (!null_code) {
        if (!load_code_valid(code, k)) {
            load_warn(st, line, "bad code '%.*s'", (int)(s - c), c);
            return 0;
        }
        t->code = dict_intern(a, code, k);
    }
    /* Restriction: "<D", ">D", "D-D" (spaces allowed around the signs). */
    s = skip_space(s, end);
    if (s >= end) return 1;
    if (*s == '<' || *s == '>') {
        char sign = *s;
        s = skip_space(s + 1, end);
        const char *d = s;
        while (s < end && *s >= '0' && *s <= '9') s++;
        int32_t v = petrarch_date(d, (size_t)(s - d));
        if (v < 0 || skip_space(s, end) != end) {
            load_warn(st, line, "bad date restriction '%.*s'", (int)(end - d), d);
            return 0;
        }
        /* "<D" is before D (to the day before), ">D" from D on. */
        if (sign == '<') {
            long days = calendar_days_from_civil(v / 10000, v / 100 % 100, v % 100) - 1;
            int y, m, dd;
            calendar_civil_from_days(days, &y, &m, &dd);
            t->to = y * 10000 + m * 100 + dd;
        } else t->from = v;
        return 1;
    }
    const char *d1 = s;
    while (s < end && *s >= '0' && *s <= '9') s++;
    const char *d1e = s;
    s = skip_space(s, end);
    if (s >= end || *s != '-') {
        load_warn(st, line, "bad date restriction '%.*s'", (int)(end - d1), d1);
        return 0;
    }
    s = skip_space(s + 1, end);
    const char *d2 = s;
    while (s < end && *s >= '0' && *s <= '9') s++;
    int32_t from = petrarch_date(d1, (size_t)(d1e - d1)), to = petrarch_date(d2, (size_t)(s - d2));
    if (from < 0 || to < 0 || skip_space(s, end) != end || to < from) {
        load_warn(st, line, "bad date range '%.*s'", (int)(end - d1), d1);
        return 0;
    }
    t->from = from;
    t->to = to;
    return 1;
}

/* Names waiting for their codes, and the entry the codes go to. */
typedef struct pending {
    VEC(uint32_t) names;     /* string offsets */
    int has_entry;           /* an entry with codes is open */
    uint32_t entry;
    size_t line;
} pending;

/* A PETRARCH name for people: "VLADIMIR_PUTIN_" -> "Vladimir Putin". */
static uint32_t display_name(actor_dictionary *a, uint32_t raw)
{
    const char *s = a->strings.data + raw;
    size_t n = strlen(s);
    char out[256];
    size_t k = 0;
    int start = 1;
    for (size_t i = 0; i < n && k < sizeof out - 1; i++) {
        char c = s[i];
        if (c == '_' || c == ' ') {
            if (k && out[k - 1] != ' ') out[k++] = ' ';
            start = 1;
            continue;
        }
        if (c >= 'A' && c <= 'Z' && !start) c = (char)(c + 32);
        else if (c >= 'a' && c <= 'z' && start) c = (char)(c - 32);
        start = c == '-' || c == '.' || c == '\'';
        out[k++] = c;
    }
    while (k && out[k - 1] == ' ') k--;
    return dict_intern(a, out, k);
}

static void start_entry(load_state *st, pending *pd, size_t line)
{
    actor_dictionary *a = st->dict;
    actor_entry e = {0};
    e.kind = AK_BODY;
    e.flags = ENTRY_PETRARCH;
    e.first_term = (uint32_t)a->terms.count;
    uint32_t index = (uint32_t)a->entries.count;
    int added = 0;
    for (size_t i = 0; i < pd->names.count; i++) {
        const char *name = a->strings.data + pd->names.items[i];
        if (table_add(a, name, strlen(name), index, 1)) added++;
    }
    if (pd->names.count) e.name = display_name(a, pd->names.items[0]);
    pd->names.count = 0;
    if (!added) {
        load_warn(st, line, "codes without a name");
        pd->has_entry = 0;
        return;
    }
    VEC_PUSH(&a->entries, e);
    pd->has_entry = 1;
    pd->entry = index;
}

/* The entry's kind once its codes are known: a bare three-letter code is a
 * country-like owner that agents attach to; any other code is complete. */
static void close_entry(load_state *st, pending *pd)
{
    actor_dictionary *a = st->dict;
    if (!pd->has_entry) return;
    actor_entry *e = &a->entries.items[pd->entry];
    int dated = 0;
    const actor_term *fallback = NULL, *latest = NULL;
    for (uint32_t i = 0; i < e->term_count; i++) {
        const actor_term *t = &a->terms.items[e->first_term + i];
        if (t->from || t->to) {
            dated = 1;
            if (!latest || !t->to || (latest->to && t->to > latest->to)) latest = t;
        } else if (!fallback) fallback = t;
    }
    /* A state is a bare three-letter code, dated or not ("GEORGIA [GEO
     * >911221]"): agents attach to it.  Dated full codes are people. */
    const actor_term *state = fallback ? fallback : latest;
    if (state && state->code && strlen(a->strings.data + state->code) == 3) {
        e->kind = AK_COUNTRY;
        e->country = state->code;
    } else if (dated) e->kind = AK_PERSON;
    pd->has_entry = 0;
}

static void add_codes(load_state *st, pending *pd, size_t line, const char *s, const char *end)
{
    actor_dictionary *a = st->dict;
    if (pd->names.count) {
        close_entry(st, pd);
        start_entry(st, pd, line);
    }
    if (!pd->has_entry) {
        load_warn(st, line, "code without a name above it");
        return;
    }
    while (s < end) {
        const char *open = memchr(s, '[', (size_t)(end - s));
        if (!open) {
            if (skip_space(s, end) != end) load_warn(st, line, "text after the codes: '%.*s'", (int)(end - s), s);
            break;
        }
        const char *close = memchr(open, ']', (size_t)(end - open));
        if (!close) {
            load_warn(st, line, "'[' without ']'");
            break;
        }
        actor_term t;
        int prefix = 0;
        if (parse_bracket(st, line, open + 1, close, &t, 0, &prefix)) {
            actor_entry *e = &a->entries.items[pd->entry];
            if (e->first_term + e->term_count == a->terms.count) {
                VEC_PUSH(&a->terms, t);
                e->term_count++;
            }
        }
        s = close + 1;
    }
}

/* Skip an XML comment that opens on this line; returns 1 while inside. */
static int xml_comment(const char *s, const char *e, int inside)
{
    if (!inside) {
        if (s >= e || *s != '<') return 0;
        return memmem(s, (size_t)(e - s), "-->", 3) == NULL ? 2 : 1;
    }
    return memmem(s, (size_t)(e - s), "-->", 3) == NULL ? 2 : 1;
}

static const char *comment_start(const char *p, const char *e)
{
    if (e <= p) return e;
    const char *h = memchr(p, '#', (size_t)(e - p));
    return h ? h : e;
}

/* Walks the lines of a PETRARCH file, skipping blank lines, '#' comments
 * and XML comment blocks: each call gives one line's content [s, end),
 * its comment-free end `code_end`, its start `line_start` and its number. */
typedef struct line_walker {
    const char *p, *end;
    size_t line;
    int in_comment;
} line_walker;

typedef struct walked_line {
    const char *line_start, *s, *end, *code_end;
    size_t line;
} walked_line;

static int next_content_line(line_walker *w, walked_line *out)
{
    while (w->p < w->end) {
        const char *nl = memchr(w->p, '\n', (size_t)(w->end - w->p));
        const char *e = nl ? nl : w->end, *p = w->p;
        w->p = nl ? nl + 1 : w->end;
        w->line++;
        const char *s0 = skip_space(p, e);
        int c = xml_comment(w->in_comment ? p : s0, e, w->in_comment);
        if (c) {
            w->in_comment = c == 2;
            continue;
        }
        const char *ce = comment_start(p, e);
        const char *s = skip_space(p, ce);
        /* trim_end drops trailing '_' too, which is harmless for codes */
        const char *content_end = trim_end(s, ce);
        if (s >= content_end) continue;
        *out = (walked_line){p, s, content_end, ce, w->line};
        return 1;
    }
    return 0;
}

void petrarch_load_actors(load_state *st, const char *text, size_t n)
{
    actor_dictionary *a = st->dict;
    pending pd = {0};
    line_walker w = {text, text + n, 0, 0};
    walked_line l;
    while (!st->failed && next_content_line(&w, &l)) {
        const char *p = l.line_start, *s = l.s, *ce = l.code_end, *content_end = l.end;
        size_t line = l.line;
        if (*s == '[' || (s > p && *s != '+')) {
            /* indented code line (or stray indented text) */
            if (*s != '[') load_warn(st, line, "indented text is not a code: '%.*s'", (int)(content_end - s), s);
            else add_codes(st, &pd, line, s, ce);
        } else {
            int synonym = *s == '+';
            if (synonym) s++;
            const char *br = memchr(s, '[', (size_t)(ce - s));
            const char *name_end = trim_end(s, br ? br : content_end);
            if (name_end > s) {
                if (!synonym && pd.has_entry) close_entry(st, &pd);
                if (synonym && pd.has_entry && !pd.names.count) {
                    /* a synonym of an entry whose code is already read */
                    char *tmp = xmalloc((size_t)(name_end - s) + 1);
                    memcpy(tmp, s, (size_t)(name_end - s));
                    tmp[name_end - s] = '\0';
                    if (!table_add(a, tmp, strlen(tmp), pd.entry, 1))
                        load_warn(st, line, "name without words");
                    free(tmp);
                } else {
                    uint32_t off = dict_intern(a, s, (size_t)(name_end - s));
                    if (pd.names.count < 4096) VEC_PUSH(&pd.names, off);
                    pd.line = line;
                }
            } else if (!br) load_warn(st, line, "empty name");
            if (br) add_codes(st, &pd, line, br, ce);
        }
    }
    close_entry(st, &pd);
    if (pd.names.count) load_warn(st, pd.line, "names without a code at the end of the file");
    VEC_FREE(&pd.names);
}

/* ---- agents ------------------------------------------------------------ */

typedef struct substitution {
    char name[64];
    VEC(char *) words;
} substitution;

static void plural_of(const char *name, char *out, size_t cap)
{
    size_t n = strlen(name);
    if (n + 4 > cap) { snprintf(out, cap, "%s", name); return; }
    memcpy(out, name, n + 1);
    char last = n ? name[n - 1] : 0, before = n > 1 ? name[n - 2] : 0;
    if (n >= 3 && (strcmp(name + n - 3, "MAN") == 0 || strcmp(name + n - 3, "man") == 0)) {
        out[n - 2] = out[n - 2] == 'A' ? 'E' : 'e'; /* SPOKESMAN -> SPOKESMEN */
    } else if ((last == 'Y' || last == 'y') && before && !strchr("AEIOUaeiou", before)) {
        out[n - 1] = '\0';
        strcat(out, "IES");
    } else if (last == 'S' || last == 'X' || last == 'Z' || ((last == 'H') && (before == 'C' || before == 'S')))
        strcat(out, "ES");
    else strcat(out, "S");
}

/* Every expansion of the substitution classes in `name` (at most 64). */
static size_t expand(const char *name, const substitution *subs, size_t nsubs, char out[][256], size_t cap)
{
    size_t count = 1;
    snprintf(out[0], 256, "%s", name);
    for (size_t round = 0; round < 4; round++) {
        size_t next = 0;
        char (*tmp)[256] = xmalloc(sizeof(char[256]) * cap);
        int changed = 0;
        for (size_t i = 0; i < count; i++) {
            const char *bang = strchr(out[i], '!');
            const char *close = bang ? strchr(bang + 1, '!') : NULL;
            const substitution *sub = NULL;
            if (close)
                for (size_t k = 0; k < nsubs; k++)
                    if (strlen(subs[k].name) == (size_t)(close - bang + 1) && memcmp(subs[k].name, bang, (size_t)(close - bang + 1)) == 0)
                        sub = &subs[k];
            if (!sub) {
                if (next < cap) snprintf(tmp[next++], 256, "%s", out[i]);
                continue;
            }
            changed = 1;
            for (size_t w = 0; w < sub->words.count && next < cap; w++)
                snprintf(tmp[next++], 256, "%.*s%s%s", (int)(bang - out[i]), out[i], sub->words.items[w], close + 1);
        }
        memcpy(out, tmp, sizeof(char[256]) * next);
        free(tmp);
        count = next;
        if (!changed) break;
    }
    return count;
}

void petrarch_load_agents(load_state *st, const char *text, size_t n)
{
    actor_dictionary *a = st->dict;
    VEC(substitution) subs = {0};
    enum { MAX_EXPANSIONS = 64 };
    char (*names)[256] = xmalloc(sizeof(char[256]) * MAX_EXPANSIONS);
    line_walker w = {text, text + n, 0, 0};
    walked_line l;
    while (!st->failed && next_content_line(&w, &l)) {
        const char *s = l.s, *ce = l.code_end, *content_end = l.end;
        size_t line = l.line;
        /* "!CLASS! = A, B, C" */
        const char *eq = memchr(s, '=', (size_t)(content_end - s));
        if (*s == '!' && eq && !memchr(s, '[', (size_t)(content_end - s))) {
            substitution sub = {0};
            const char *ne = s;
            while (ne < eq && *ne != ' ' && *ne != '\t') ne++;
            snprintf(sub.name, sizeof sub.name, "%.*s", (int)(ne - s), s);
            for (const char *q = eq + 1; q < content_end;) {
                const char *comma = memchr(q, ',', (size_t)(content_end - q));
                const char *stop = comma ? comma : content_end;
                const char *w0 = skip_space(q, stop), *w1 = trim_end(w0, stop);
                if (w1 > w0 && sub.words.count < 32) {
                    char *w = xmalloc((size_t)(w1 - w0) + 1);
                    memcpy(w, w0, (size_t)(w1 - w0));
                    w[w1 - w0] = '\0';
                    VEC_PUSH(&sub.words, w);
                }
                q = comma ? comma + 1 : content_end;
            }
            if (!sub.words.count) load_warn(st, line, "substitution class without words");
            VEC_PUSH(&subs, sub);
            continue;
        }
        const char *br = memchr(s, '[', (size_t)(ce - s));
        const char *brace = memchr(s, '{', (size_t)(ce - s));
        if (brace && br && brace > br) brace = NULL;
        if (!br) {
            load_warn(st, line, "agent without a code");
            continue;
        }
        const char *close = memchr(br, ']', (size_t)(ce - br));
        if (!close) {
            load_warn(st, line, "'[' without ']'");
            continue;
        }
        const char *name_end = trim_end(s, brace ? brace : br);
        if (name_end <= s || name_end - s > 200) {
            load_warn(st, line, "agent without a name");
            continue;
        }
        actor_term t;
        int prefix = 0;
        if (!parse_bracket(st, line, br + 1, close, &t, 1, &prefix)) continue;
        char name[256];
        snprintf(name, sizeof name, "%.*s", (int)(name_end - s), s);
        actor_entry en = {0};
        en.kind = AK_AGENT;
        en.flags = (uint8_t)(ENTRY_PETRARCH | (prefix ? ENTRY_AGENT_PREFIX : 0));
        en.first_term = (uint32_t)a->terms.count;
        en.term_count = 1;
        uint32_t index = (uint32_t)a->entries.count;
        size_t count = expand(name, subs.items, subs.count, names, MAX_EXPANSIONS);
        int added = 0;
        for (size_t i = 0; i < count; i++) {
            if (!en.name) en.name = dict_intern(a, names[i], strlen(names[i]));
            added += table_add(a, names[i], strlen(names[i]), index, 1);
            if (!brace) {
                char pl[300];
                plural_of(names[i], pl, sizeof pl);
                added += table_add(a, pl, strlen(pl), index, 1);
            }
        }
        if (brace) {
            const char *bclose = memchr(brace, '}', (size_t)(br - brace));
            if (!bclose) {
                load_warn(st, line, "'{' without '}'");
            } else {
                for (const char *q = brace + 1; q < bclose;) {
                    while (q < bclose && (*q == ' ' || *q == '\t')) q++;
                    const char *w0 = q;
                    while (q < bclose && *q != ' ' && *q != '\t') q++;
                    if (q > w0) {
                        char pl[256];
                        snprintf(pl, sizeof pl, "%.*s", (int)(q - w0), w0);
                        size_t pc = expand(pl, subs.items, subs.count, names, MAX_EXPANSIONS);
                        for (size_t i = 0; i < pc; i++) added += table_add(a, names[i], strlen(names[i]), index, 1);
                    }
                }
            }
        }
        if (!added) {
            load_warn(st, line, "agent name without words");
            continue;
        }
        VEC_PUSH(&a->terms, t);
        VEC_PUSH(&a->entries, en);
    }
    free(names);
    for (size_t i = 0; i < subs.count; i++) {
        for (size_t k = 0; k < subs.items[i].words.count; k++) free(subs.items[i].words.items[k]);
        VEC_FREE(&subs.items[i].words);
    }
    VEC_FREE(&subs);
}
