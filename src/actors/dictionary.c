/* dictionary.c — loading actor dictionaries: dyad's own text format
 * (docs/DICTIONARIES.md), the string pool, warnings, and choosing between
 * our format and PETRARCH's (petrarch.c) for a file or folder.
 *
 * A bad line is reported as "file:line: reason" and skipped; with
 * `strict`, the first one refuses the whole dictionary. */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "actors/internal.h"
#include "actors/load.h"
#include "base/file.h"
#include "base/utf8.h"

/* ---- strings, countries, warnings ------------------------------------ */

uint32_t dict_intern(actor_dictionary *a, const char *s, size_t n)
{
    if (a->strings.len == 0) buf_putc(&a->strings, '\0');
    uint32_t off = (uint32_t)a->strings.len;
    buf_append(&a->strings, s, n);
    buf_putc(&a->strings, '\0');
    return off;
}

static int country_bit(const char *code)
{
    int v = 0;
    for (int i = 0; i < 3; i++) {
        char c = code[i];
        if (c < 'A' || c > 'Z') return -1;
        v = v * 32 + (c - 'A');
    }
    return v;
}

void dict_mark_country(actor_dictionary *a, const char *code)
{
    int b = country_bit(code);
    if (b >= 0) a->countries[b / 32] |= 1u << (b % 32);
}

int dict_is_country(const actor_dictionary *a, const char *code)
{
    if (!code || strlen(code) < 3) return 0;
    int b = country_bit(code);
    return b >= 0 && (a->countries[b / 32] >> (b % 32) & 1);
}

void load_warn(load_state *st, size_t line, const char *fmt, ...)
{
    actor_dictionary *a = st->dict;
    char msg[512];
    int k = snprintf(msg, sizeof msg, "%s:%zu: ", st->file, line);
    if (k < 0) k = 0;
    if ((size_t)k >= sizeof msg) k = sizeof msg - 1;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg + k, sizeof msg - (size_t)k, fmt, ap);
    va_end(ap);
    a->warnings++;
    if (a->messages.count < 200) VEC_PUSH(&a->messages, xstrdup(msg));
    if (st->strict && !st->failed) {
        st->failed = 1;
        snprintf(st->error, sizeof st->error, "%s", msg);
    }
}

size_t actors_warning_count(const actor_dictionary *a) { return a ? a->warnings : 0; }
const char *actors_warning(const actor_dictionary *a, size_t i)
{
    return a && i < a->messages.count ? a->messages.items[i] : NULL;
}
size_t actors_entry_count(const actor_dictionary *a) { return a ? a->entries.count : 0; }
size_t actors_phrase_count(const actor_dictionary *a) { return a ? a->phrases.count : 0; }

/* ---- small parsing helpers shared with petrarch.c --------------------- */

int32_t load_parse_date(const char *s, size_t n, int end_of_period)
{
    /* YYYY, YYYY-MM or YYYY-MM-DD */
    int y = 0, m = 0, d = 0;
    size_t i = 0;
    for (int k = 0; k < 4; k++, i++) {
        if (i >= n || s[i] < '0' || s[i] > '9') return -1;
        y = y * 10 + (s[i] - '0');
    }
    if (i < n) {
        if (s[i] != '-' || i + 3 > n) return -1;
        i++;
        for (int k = 0; k < 2; k++, i++) {
            if (s[i] < '0' || s[i] > '9') return -1;
            m = m * 10 + (s[i] - '0');
        }
        if (m < 1 || m > 12) return -1;
        if (i < n) {
            if (s[i] != '-' || i + 3 != n) return -1;
            i++;
            for (int k = 0; k < 2; k++, i++) {
                if (s[i] < '0' || s[i] > '9') return -1;
                d = d * 10 + (s[i] - '0');
            }
            if (d < 1 || d > 31) return -1;
        }
    }
    if (y < 1000) return -1;
    if (!m) m = end_of_period ? 12 : 1;
    if (!d) d = end_of_period ? 31 : 1;
    return y * 10000 + m * 100 + d;
}

int load_code_valid(const char *s, size_t n)
{
    if (n == 1 && s[0] == '-') return 1;
    if (n < 3 || n > 40) return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) return 0;
    return 1;
}

static const char *skip_space(const char *s, const char *end)
{
    while (s < end && (*s == ' ' || *s == '\t')) s++;
    return s;
}

static const char *trim_end(const char *s, const char *end)
{
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r')) end--;
    return end;
}

/* ---- dyad's own format ------------------------------------------------ */

static const struct { const char *name; actor_kind kind; } kinds[] = {
    {"country", AK_COUNTRY}, {"demonym", AK_DEMONYM}, {"capital", AK_CAPITAL}, {"body", AK_BODY},
    {"igo", AK_IGO}, {"region", AK_REGION}, {"group", AK_GROUP}, {"person", AK_PERSON},
    {"agent", AK_AGENT}, {"role", AK_ROLE}, {"modifier", AK_MODIFIER}, {"honorific", AK_HONORIFIC},
};

/* "CODE [FROM..TO] [role [/ organisation]]" of an indented line. */
static int parse_term(load_state *st, size_t line, const char *s, const char *end, actor_term *t)
{
    actor_dictionary *a = st->dict;
    memset(t, 0, sizeof *t);
    s = skip_space(s, end);
    const char *c = s;
    while (s < end && *s != ' ' && *s != '\t') s++;
    if (!load_code_valid(c, (size_t)(s - c))) {
        load_warn(st, line, "bad actor code '%.*s' (capital letters and digits, at least 3)", (int)(s - c), c);
        return 0;
    }
    if (!(s - c == 1 && *c == '-')) t->code = dict_intern(a, c, (size_t)(s - c));
    s = skip_space(s, end);
    const char *w = s;
    while (s < end && *s != ' ' && *s != '\t') s++;
    const char *dots = memmem(w, (size_t)(s - w), "..", 2);
    if (dots) {
        if (dots > w && (t->from = load_parse_date(w, (size_t)(dots - w), 0)) < 0) {
            load_warn(st, line, "bad start date '%.*s' (YYYY, YYYY-MM or YYYY-MM-DD)", (int)(dots - w), w);
            return 0;
        }
        if (dots + 2 < s && (t->to = load_parse_date(dots + 2, (size_t)(s - dots - 2), 1)) < 0) {
            load_warn(st, line, "bad end date '%.*s' (YYYY, YYYY-MM or YYYY-MM-DD)", (int)(s - dots - 2), dots + 2);
            return 0;
        }
        if (t->from && t->to && t->to < t->from) {
            load_warn(st, line, "date range ends before it starts");
            return 0;
        }
        s = skip_space(s, end);
    } else s = w;
    if (s < end) {
        const char *slash = memchr(s, '/', (size_t)(end - s));
        const char *role_end = trim_end(s, slash ? slash : end);
        if (role_end > s) t->role = dict_intern(a, s, (size_t)(role_end - s));
        if (slash) {
            const char *o = skip_space(slash + 1, end);
            if (end > o) t->org = dict_intern(a, o, (size_t)(end - o));
        }
    }
    return 1;
}

static void finish_entry(load_state *st, size_t line)
{
    actor_dictionary *a = st->dict;
    if (!st->open_entry) return;
    actor_entry *e = &a->entries.items[st->entry_index];
    if (e->term_count == 0 && (e->kind == AK_PERSON)) load_warn(st, line, "person without a code line");
    st->open_entry = 0;
}

/* "KIND CODE NAME | NAME ... ; key=value ; ..." or "person NAME | ...". */
static void parse_header(load_state *st, size_t line, const char *s, const char *end)
{
    actor_dictionary *a = st->dict;
    const char *k = s;
    while (s < end && *s != ' ' && *s != '\t') s++;
    actor_kind kind = AK_NONE;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strlen(kinds[i].name) == (size_t)(s - k) && memcmp(kinds[i].name, k, (size_t)(s - k)) == 0) kind = kinds[i].kind;
    if (kind == AK_NONE) {
        load_warn(st, line, "unknown kind '%.*s' (country, demonym, capital, body, igo, region, group, person, agent, role, modifier, honorific)",
                  (int)(s - k), k);
        return;
    }
    s = skip_space(s, end);
    actor_term term = {0};
    int has_code = kind != AK_PERSON;
    if (has_code) {
        const char *c = s;
        while (s < end && *s != ' ' && *s != '\t') s++;
        if (!load_code_valid(c, (size_t)(s - c))) {
            load_warn(st, line, "bad actor code '%.*s' (capital letters and digits, at least 3, or -)", (int)(s - c), c);
            return;
        }
        if (!(s - c == 1 && *c == '-')) term.code = dict_intern(a, c, (size_t)(s - c));
        size_t code_length = (size_t)(s - c);
        s = skip_space(s, end);
        if ((kind == AK_COUNTRY || kind == AK_DEMONYM || kind == AK_CAPITAL) && (code_length != 3 || !term.code)) {
            load_warn(st, line, "a %s needs a three-letter country code", kinds[kind - 1].name);
            return;
        }
    }
    /* Names up to the first ';', then attributes. */
    const char *semi = memchr(s, ';', (size_t)(end - s));
    const char *names_end = semi ? semi : end;
    actor_entry e = {0};
    e.kind = (uint8_t)kind;
    uint32_t context = 0, org = 0, country = 0;
    for (const char *p = semi; p && p < end;) {
        const char *q = memchr(p + 1, ';', (size_t)(end - p - 1));
        const char *stop = q ? q : end;
        const char *attr = skip_space(p + 1, stop);
        const char *eq = stop > attr ? memchr(attr, '=', (size_t)(stop - attr)) : NULL;
        const char *attr_end = trim_end(attr, stop);
        if (!eq) {
            load_warn(st, line, "attribute without '=': '%.*s'", (int)(attr_end - attr), attr);
            return;
        }
        const char *key_end = trim_end(attr, eq);
        const char *v = skip_space(eq + 1, attr_end);
        size_t kl = (size_t)(key_end - attr), vl = (size_t)(attr_end - v);
        if (kl == 3 && memcmp(attr, "org", 3) == 0) org = dict_intern(a, v, vl);
        else if (kl == 7 && memcmp(attr, "context", 7) == 0) context = dict_intern(a, v, vl);
        else if (kl == 7 && memcmp(attr, "country", 7) == 0 && vl == 3) country = dict_intern(a, v, vl);
        else if (kl == 5 && memcmp(attr, "dates", 5) == 0) {
            const char *dots = memmem(v, vl, "..", 2);
            if (!dots || (dots > v && (term.from = load_parse_date(v, (size_t)(dots - v), 0)) < 0) ||
                (dots + 2 < attr_end && (term.to = load_parse_date(dots + 2, (size_t)(attr_end - dots - 2), 1)) < 0)) {
                load_warn(st, line, "bad dates '%.*s' (FROM..TO)", (int)vl, v);
                return;
            }
        } else {
            load_warn(st, line, "unknown attribute '%.*s' (org, context, country, dates)", (int)kl, attr);
            return;
        }
        p = q;
    }
    e.org = org;
    e.context = context;
    e.country = country;
    if (kind == AK_COUNTRY || kind == AK_DEMONYM || kind == AK_CAPITAL) {
        e.country = term.code;
        if (kind == AK_COUNTRY) dict_mark_country(a, a->strings.data + term.code);
    }
    uint32_t index = (uint32_t)a->entries.count;
    int added = 0;
    for (const char *p = s; p < names_end;) {
        const char *bar = memchr(p, '|', (size_t)(names_end - p));
        const char *stop = bar ? bar : names_end;
        const char *n0 = skip_space(p, stop), *n1 = trim_end(n0, stop);
        if (n1 > n0) {
            if (!e.name) e.name = dict_intern(a, n0, (size_t)(n1 - n0));
            if (table_add(a, n0, (size_t)(n1 - n0), index, 0)) added++;
            else load_warn(st, line, "name '%.*s' has no words or too many", (int)(n1 - n0), n0);
        }
        p = bar ? bar + 1 : names_end;
    }
    if (!added) {
        load_warn(st, line, "no names");
        return;
    }
    if ((kind == AK_BODY || kind == AK_IGO || kind == AK_GROUP) && !e.org) e.org = e.name;
    e.first_term = (uint32_t)a->terms.count;
    if (has_code) {
        VEC_PUSH(&a->terms, term);
        e.term_count = 1;
    }
    VEC_PUSH(&a->entries, e);
    st->open_entry = 1;
    st->entry_index = index;
}

static void load_native(load_state *st, const char *text, size_t n)
{
    actor_dictionary *a = st->dict;
    size_t line = 0;
    const char *p = text, *end = text + n;
    while (p < end && !st->failed) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        line++;
        /* Comments: '#' at the start or after white space. */
        const char *hash = NULL;
        for (const char *q = p; q < e; q++)
            if (*q == '#' && (q == p || q[-1] == ' ' || q[-1] == '\t')) { hash = q; break; }
        const char *content_end = trim_end(p, hash ? hash : e);
        const char *s = skip_space(p, content_end);
        if (s < content_end) {
            if (s > p) {
                /* An indented line: another code of the open entry. */
                if (!st->open_entry) load_warn(st, line, "indented code line without an entry above it");
                else {
                    actor_term t;
                    if (parse_term(st, line, s, content_end, &t)) {
                        actor_entry *en = &a->entries.items[st->entry_index];
                        if (en->first_term + en->term_count != a->terms.count) {
                            load_warn(st, line, "code line out of place");
                        } else {
                            VEC_PUSH(&a->terms, t);
                            en->term_count++;
                        }
                    }
                }
            } else {
                finish_entry(st, line);
                parse_header(st, line, s, content_end);
            }
        }
        p = nl ? nl + 1 : end;
    }
    finish_entry(st, line);
}

/* ---- files and folders ------------------------------------------------- */

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

void actors_load_memory(actor_dictionary *a, const char *name, const char *text, size_t n,
                        actors_format format, int strict, char *error, size_t error_size, int *failed)
{
    load_state st = {0};
    st.dict = a;
    st.file = name;
    st.strict = strict;
    const char *b = base_name(name);
    /* Names reach the output: repair invalid UTF-8 (old dictionaries carry
     * Latin-1 bytes) once, here, and say so. */
    buf repaired = BUF_INIT;
    size_t bad = 0;
    if (utf8_valid_prefix(text, n) != n) {
        bad = utf8_repair_append(&repaired, text, n);
        text = repaired.data;
        n = repaired.len;
    }
    if (bad) load_warn(&st, 0, "%zu invalid UTF-8 sequence(s) replaced by U+FFFD", bad);
    if (format == ACTORS_FORMAT_AUTO)
        format = (strstr(b, "agents") || strstr(b, "actors")) ? ACTORS_FORMAT_PETRARCH : ACTORS_FORMAT_NATIVE;
    if (format == ACTORS_FORMAT_PETRARCH) {
        a->petrarch = 1;
        if (strstr(b, "agents")) petrarch_load_agents(&st, text, n);
        else petrarch_load_actors(&st, text, n);
    } else load_native(&st, text, n);
    buf_free(&repaired);
    if (st.failed) {
        *failed = 1;
        if (error && error_size) snprintf(error, error_size, "%s", st.error);
    }
}

static int load_file(actor_dictionary *a, const char *path, actors_format format, int strict, char *error, size_t error_size)
{
    size_t n;
    char *text = file_read_all(path, &n, error, error_size);
    if (!text) return 0;
    int failed = 0;
    actors_load_memory(a, path, text, n, format, strict, error, error_size, &failed);
    free(text);
    return !failed;
}

static int is_dir(const char *path)
{
    struct stat s;
    return stat(path, &s) == 0 && S_ISDIR(s.st_mode);
}

static int compare_names(const void *x, const void *y) { return strcmp(*(char *const *)x, *(char *const *)y); }

/* Every *.txt of a folder in name order; PETRARCH's verb, discard and
 * issue files are skipped when reading PETRARCH. */
static int load_dir(actor_dictionary *a, const char *dir, actors_format format, int strict, char *error, size_t error_size)
{
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(error, error_size, "cannot open %s: %s", dir, strerror(errno));
        return 0;
    }
    VEC(char *) names = {0};
    struct dirent *de;
    int petrarch_named = 0;
    while ((de = readdir(d)) != NULL) {
        size_t l = strlen(de->d_name);
        if (l < 5 || strcmp(de->d_name + l - 4, ".txt") != 0 || de->d_name[0] == '.') continue;
        if (strstr(de->d_name, "actors") || strstr(de->d_name, "agents")) petrarch_named = 1;
        VEC_PUSH(&names, xstrdup(de->d_name));
    }
    closedir(d);
    /* A folder with PETRARCH actor or agent files is a PETRARCH folder:
     * its verbs, discards and issues are not actor files. */
    if (format == ACTORS_FORMAT_PETRARCH || (format == ACTORS_FORMAT_AUTO && petrarch_named)) {
        size_t k = 0;
        for (size_t i = 0; i < names.count; i++) {
            if (strstr(names.items[i], "actors") || strstr(names.items[i], "agents")) names.items[k++] = names.items[i];
            else free(names.items[i]);
        }
        names.count = k;
    }
    qsort(names.items, names.count, sizeof *names.items, compare_names);
    int ok = 1, loaded = 0;
    for (size_t i = 0; i < names.count; i++) {
        if (ok) {
            size_t len = strlen(dir) + strlen(names.items[i]) + 2;
            char *path = xmalloc(len);
            snprintf(path, len, "%s/%s", dir, names.items[i]);
            ok = load_file(a, path, format, strict, error, error_size);
            loaded++;
            free(path);
        }
        free(names.items[i]);
    }
    VEC_FREE(&names);
    if (ok && !loaded) {
        snprintf(error, error_size, "no dictionary files (*.txt) in %s", dir);
        return 0;
    }
    return ok;
}

actor_dictionary *actors_new(void)
{
    actor_dictionary *a = xcalloc(1, sizeof *a);
    dict_intern(a, "", 0);
    return a;
}

actor_dictionary *actors_open_path(const char *path, const actors_options *options, char *error, size_t error_size)
{
    actors_options none = {0};
    if (!options) options = &none;
    char scratch[512];
    if (!error || !error_size) error = scratch, error_size = sizeof scratch;
    error[0] = '\0';
    actor_dictionary *a = actors_new();
    int ok;
    if (is_dir(path)) {
        size_t len = strlen(path) + 8;
        char *sub = xmalloc(len);
        snprintf(sub, len, "%s/actors", path);
        if (options->format != ACTORS_FORMAT_PETRARCH && is_dir(sub))
            ok = load_dir(a, sub, options->format == ACTORS_FORMAT_AUTO ? ACTORS_FORMAT_NATIVE : options->format,
                          options->strict, error, error_size);
        else ok = load_dir(a, path, options->format, options->strict, error, error_size);
        free(sub);
    } else ok = load_file(a, path, options->format, options->strict, error, error_size);
    if (!ok) {
        actors_close(a);
        return NULL;
    }
    actors_finish(a);
    return a;
}

actor_dictionary *actors_open_files(const char *const *paths, size_t count, const actors_options *options,
                                    char *error, size_t error_size)
{
    actors_options none = {0};
    if (!options) options = &none;
    char scratch[512];
    if (!error || !error_size) error = scratch, error_size = sizeof scratch;
    error[0] = '\0';
    actor_dictionary *a = actors_new();
    for (size_t i = 0; i < count; i++)
        if (!load_file(a, paths[i], options->format, options->strict, error, error_size)) {
            actors_close(a);
            return NULL;
        }
    actors_finish(a);
    return a;
}

void actors_finish(actor_dictionary *a)
{
    /* Countries named by PETRARCH entries are known by their three-letter
     * codes only: mark those so composition can tell RUS from IGO. */
    for (size_t i = 0; i < a->entries.count; i++) {
        actor_entry *e = &a->entries.items[i];
        if (e->kind == AK_COUNTRY && e->country) dict_mark_country(a, a->strings.data + e->country);
        for (uint32_t k = 0; k < e->term_count; k++) {
            const actor_term *t = &a->terms.items[e->first_term + k];
            if (t->alts && e->name) {
                actor_alternative alt = {e->name, t->alts};
                VEC_PUSH(&a->alternatives, alt);
                break;
            }
        }
    }
    table_build(a);
}

actor_dictionary *actors_open(const char *data_dir, char *error, size_t error_size)
{
    actors_options o = {ACTORS_FORMAT_AUTO, 0};
    return actors_open_path(data_dir, &o, error, error_size);
}

actor_dictionary *actors_open_petrarch(const char *dir, int strict, char *error, size_t error_size)
{
    actors_options o = {ACTORS_FORMAT_PETRARCH, strict};
    return actors_open_path(dir, &o, error, error_size);
}

size_t actors_alternatives(const actor_dictionary *a, const dyad_actor *actor, const char **codes, size_t max)
{
    if (!a || !a->alternatives.count || !actor->name || !actor->code) return 0;
    /* the name of a mention that is just the entry points into the pool */
    if (actor->name < a->strings.data || actor->name >= a->strings.data + a->strings.len) return 0;
    uint32_t off = (uint32_t)(actor->name - a->strings.data);
    for (size_t i = 0; i < a->alternatives.count; i++) {
        if (a->alternatives.items[i].name != off) continue;
        size_t n = 0;
        for (const char *p = a->strings.data + a->alternatives.items[i].codes; *p && n < max;) {
            const char *slash = strchr(p, '/');
            size_t len = slash ? (size_t)(slash - p) : strlen(p);
            if (len) codes[n++] = p; /* "GAL/XYZ": each ends at '/' or the end */
            p += len + (slash ? 1 : 0);
        }
        return n;
    }
    return 0;
}

void actors_close(actor_dictionary *a)
{
    if (!a) return;
    buf_free(&a->strings);
    VEC_FREE(&a->entries);
    VEC_FREE(&a->terms);
    VEC_FREE(&a->alternatives);
    VEC_FREE(&a->phrases);
    VEC_FREE(&a->firsts);
    VEC_FREE(&a->gapped);
    for (size_t i = 0; i < a->messages.count; i++) free(a->messages.items[i]);
    VEC_FREE(&a->messages);
    free(a->slots);
    free(a->first_slots);
    free(a);
}
