/* article_expect.c — the checker behind tests/unit/test_golden.c and
 * eval/seeds.sh (format in article_expect.h).  Documents are either read
 * with the library's own reader and processed by dyad_process (the golden
 * tests), or taken from the JSON lines `dyad extract` wrote (the seed
 * evaluation), so the command itself is what is checked. */
#include "common/article_expect.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/calendar.h"
#include "base/json.h"
#include "core/date_iso.h"
#include "dyad.h"

static const char *or_dash(const char *s) { return s ? s : "-"; }

static int starts_with(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && !memcmp(s, prefix, k);
}

static int paragraph_starts_with(const dyad_document *d, const char *text, int kind)
{
    for (size_t i = 0; i < d->paragraph_count; i++) {
        const dyad_paragraph *p = &d->paragraphs[i];
        if (kind >= 0 && (int)p->kind != kind) continue;
        if (kind == -2 && p->kind == DYAD_PARAGRAPH_TITLE) continue; /* any kind but the title */
        if (starts_with(d->text + p->span.start, p->span.end - p->span.start, text)) return 1;
    }
    return 0;
}

static int count_kind(const dyad_document *d, int kind)
{
    int n = 0;
    for (size_t i = 0; i < d->paragraph_count; i++) n += (int)d->paragraphs[i].kind == kind;
    return n;
}

static int kind_from_name(const char *name)
{
    for (int k = DYAD_PARAGRAPH_TITLE; k <= DYAD_PARAGRAPH_PREFORMATTED; k++)
        if (!strcmp(dyad_paragraph_kind_name((dyad_paragraph_kind)k), name)) return k;
    return -1;
}

/* One check; returns 1 when it holds, else writes what was found to `got`. */
static int check(const dyad_document *d, const char *verb, char *arg, char *got, size_t gotn)
{
    got[0] = '\0';
    if (!strcmp(verb, "title")) {
        snprintf(got, gotn, "%s", or_dash(d->title.value));
        return !strcmp(or_dash(d->title.value), arg);
    }
    if (!strcmp(verb, "outlet")) {
        snprintf(got, gotn, "%s", or_dash(d->outlet.value));
        return !strcmp(or_dash(d->outlet.value), arg);
    }
    if (!strcmp(verb, "author")) {
        snprintf(got, gotn, "%s", or_dash(d->author.value));
        return !strcmp(or_dash(d->author.value), arg);
    }
    if (!strcmp(verb, "dateline")) {
        char want[512];
        snprintf(got, gotn, "%s | %s", or_dash(d->dateline.city), or_dash(d->dateline.outlet));
        snprintf(want, sizeof want, "%s", arg);
        return !strcmp(got, want);
    }
    if (!strcmp(verb, "date")) {
        char iso[64];
        dyad_date_format(&d->date, iso, sizeof iso);
        snprintf(got, gotn, "%s %s", d->date.precision ? iso : "-", dyad_date_precision_name(d->date.precision));
        return !strcmp(got, arg);
    }
    if (!strcmp(verb, "date-evidence")) {
        snprintf(got, gotn, "%s", or_dash(d->date.evidence));
        return !strcmp(or_dash(d->date.evidence), arg);
    }
    if (!strcmp(verb, "body")) {
        snprintf(got, gotn, "%d", count_kind(d, DYAD_PARAGRAPH_BODY));
        return count_kind(d, DYAD_PARAGRAPH_BODY) == atoi(arg);
    }
    if (!strcmp(verb, "kind")) {
        char *sp = strchr(arg, ' ');
        if (!sp) return 0;
        *sp = '\0';
        int k = kind_from_name(arg), n = k >= 0 ? count_kind(d, k) : -1;
        snprintf(got, gotn, "%d", n);
        *sp = ' ';
        return n == atoi(sp + 1);
    }
    if (!strcmp(verb, "subhead")) {
        for (size_t i = 0; i < d->paragraph_count; i++) {
            const dyad_paragraph *p = &d->paragraphs[i];
            if (p->kind == DYAD_PARAGRAPH_SUBHEAD && p->span.end - p->span.start == strlen(arg) &&
                !memcmp(d->text + p->span.start, arg, strlen(arg)))
                return 1;
        }
        snprintf(got, gotn, "no such subhead");
        return 0;
    }
    if (!strcmp(verb, "summary")) {
        if (paragraph_starts_with(d, arg, DYAD_PARAGRAPH_SUMMARY)) return 1;
        snprintf(got, gotn, "no such summary");
        return 0;
    }
    if (!strcmp(verb, "removed")) {
        char *sp = strchr(arg, ' ');
        if (!sp) return 0;
        *sp = '\0';
        const char *kind = arg, *text = sp + 1;
        int found = 0;
        for (size_t i = 0; i < d->removed_count && !found; i++)
            if ((!strcmp(kind, "*") || !strcmp(kind, d->removed[i].kind)) &&
                starts_with(d->removed[i].text, strlen(d->removed[i].text), text))
                found = 1;
        int kept = paragraph_starts_with(d, text, -2); /* a removed second printing leaves the title */
        snprintf(got, gotn, "%s%s", found ? "" : "not removed as that kind", kept ? " and still in the text" : "");
        *sp = ' ';
        return found && !kept;
    }
    if (!strcmp(verb, "removed-count")) {
        char *sp = strchr(arg, ' ');
        if (!sp) return 0;
        *sp = '\0';
        int n = 0;
        for (size_t i = 0; i < d->removed_count; i++) n += !strcmp(arg, d->removed[i].kind);
        snprintf(got, gotn, "%d", n);
        *sp = ' ';
        return n >= atoi(sp + 1);
    }
    if (!strcmp(verb, "present") || !strcmp(verb, "absent")) {
        int in = memmem(d->text, d->text_length, arg, strlen(arg)) != NULL;
        snprintf(got, gotn, "%s", in ? "present" : "absent");
        return !strcmp(verb, "present") ? in : !in;
    }
    snprintf(got, gotn, "unknown check \"%s\"", verb);
    return 0;
}

/* Where the documents come from: processed here, or read from output. */
typedef struct source {
    const char *base_dir;        /* process files under it, or */
    const char *json_path;       /* read `dyad extract` output */
    dyad_resources *res;
    dyad_document *doc;          /* current, when processed here */
    dyad_input *in;
    dyad_reader *rd;
    arena a;                     /* current, when read from output */
    dyad_document view;
} source;

static void source_release(source *src)
{
    if (src->doc) dyad_document_free(src->doc), src->doc = NULL;
    if (src->in) dyad_input_free(src->in), src->in = NULL;
    if (src->rd) dyad_reader_close(src->rd), src->rd = NULL;
    arena_free(&src->a);
    arena_init(&src->a);
}

static const char *field_value(const json_value *meta, const char *name, dyad_field *f)
{
    const json_value *v = json_get(meta, name);
    f->value = v && v->type == JSON_OBJECT ? json_get_string(v, "value") : NULL;
    f->evidence = v && v->type == JSON_OBJECT ? json_get_string(v, "evidence") : NULL;
    f->origin = v && v->type == JSON_OBJECT ? json_get_string(v, "origin") : NULL;
    return f->value;
}

/* Rebuild the parts of a document the checks read from one JSON record. */
static int view_from_json(arena *a, const json_value *rec, dyad_document *d)
{
    memset(d, 0, sizeof *d);
    const json_value *meta = json_get(rec, "metadata");
    if (!meta || meta->type != JSON_OBJECT) return -1;
    field_value(meta, "title", &d->title);
    field_value(meta, "outlet", &d->outlet);
    field_value(meta, "author", &d->author);
    const json_value *dl = json_get(meta, "dateline");
    if (dl && dl->type == JSON_OBJECT) {
        d->dateline.text = json_get_string(dl, "text");
        d->dateline.city = json_get_string(dl, "city");
        d->dateline.outlet = json_get_string(dl, "outlet");
    }
    const json_value *date = json_get(meta, "date");
    if (date && date->type == JSON_OBJECT) {
        const char *value = json_get_string(date, "value"), *precision = json_get_string(date, "precision");
        d->date.evidence = json_get_string(date, "evidence");
        d->date.origin = json_get_string(date, "origin");
        if (value && precision && !strcmp(precision, "weekday")) {
            d->date.precision = DYAD_DATE_WEEKDAY;
            d->date.weekday = calendar_weekday_from_name(value, (unsigned)strlen(value));
        } else if (value) {
            dyad_date parsed = {0};
            if (date_parse_iso(value, &parsed)) {
                parsed.evidence = d->date.evidence;
                parsed.origin = d->date.origin;
                d->date = parsed;
            }
        }
    }
    const json_value *text = json_get(rec, "text");
    d->text = text && text->type == JSON_STRING ? text->string : "";
    d->text_length = text && text->type == JSON_STRING ? text->string_len : 0;
    const json_value *ps = json_get(rec, "paragraphs");
    if (ps && ps->type == JSON_ARRAY) {
        dyad_paragraph *p = arena_alloc(a, (ps->count + 1) * sizeof *p);
        for (size_t i = 0; i < ps->count; i++) {
            const json_value *x = ps->items[i], *st = json_get(x, "start"), *en = json_get(x, "end");
            const char *kind = json_get_string(x, "kind");
            p[i].kind = (dyad_paragraph_kind)(kind ? kind_from_name(kind) : DYAD_PARAGRAPH_BODY);
            p[i].span.start = st ? (uint32_t)st->number : 0;
            p[i].span.end = en ? (uint32_t)en->number : 0;
            if (p[i].span.end > d->text_length || p[i].span.start > p[i].span.end) return -1;
        }
        d->paragraphs = p;
        d->paragraph_count = ps->count;
    }
    const json_value *rs = json_get(rec, "removed");
    if (rs && rs->type == JSON_ARRAY) {
        dyad_removed *r = arena_alloc(a, (rs->count + 1) * sizeof *r);
        for (size_t i = 0; i < rs->count; i++) {
            r[i].kind = json_get_string(rs->items[i], "kind");
            r[i].text = json_get_string(rs->items[i], "text");
            if (!r[i].kind) r[i].kind = "";
            if (!r[i].text) r[i].text = "";
        }
        d->removed = r;
        d->removed_count = rs->count;
    }
    return 0;
}

/* The record of `dyad extract` output whose source ends in "/name". */
static const dyad_document *from_output(source *src, const char *name)
{
    FILE *f = fopen(src->json_path, "r");
    if (!f) return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t got;
    const dyad_document *found = NULL;
    size_t nl = strlen(name);
    while (!found && (got = getline(&line, &cap, f)) > 0) {
        json_error err;
        json_value *rec = json_parse(&src->a, line, (size_t)got, &err);
        const char *source_path = rec ? json_get_string(rec, "source") : NULL;
        size_t sl = source_path ? strlen(source_path) : 0;
        if (!source_path || sl < nl + 1 || strcmp(source_path + sl - nl, name) != 0 || source_path[sl - nl - 1] != '/')
            continue;
        if (view_from_json(&src->a, rec, &src->view) == 0) found = &src->view;
    }
    free(line);
    fclose(f);
    return found;
}

static const dyad_document *open_document(source *src, const char *name, char *label, size_t label_size)
{
    source_release(src);
    if (src->json_path) {
        snprintf(label, label_size, "%s in %s", name, src->json_path);
        return from_output(src, name);
    }
    snprintf(label, label_size, "%s/%s", src->base_dir, name);
    const char *paths[1] = {label};
    src->rd = dyad_reader_open(paths, 1, NULL);
    src->in = dyad_reader_next(src->rd);
    src->doc = src->in ? dyad_process(src->res, src->in, DYAD_STAGE_EXTRACT) : NULL;
    return src->doc;
}

static int run(source *src, const char *expect_path, int quiet, expect_result *r)
{
    FILE *f = fopen(expect_path, "r");
    if (!f) {
        fprintf(stderr, "cannot read %s\n", expect_path);
        return -1;
    }
    arena_init(&src->a);
    src->res = src->json_path ? NULL : dyad_resources_open(NULL, NULL, 0);
    const dyad_document *doc = NULL;
    char line[4096], name[1024] = "", got[512];
    int number = 0;
    while (fgets(line, sizeof line, f)) {
        number++;
        size_t n = strlen(line);
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
        if (!n || line[0] == '#') continue;
        char *sp = strchr(line, ' ');
        if (!sp) continue;
        *sp = '\0';
        char *arg = sp + 1;
        if (!strcmp(line, "file")) {
            doc = open_document(src, arg, name, sizeof name);
            r->documents++;
            continue;
        }
        r->checks++;
        if (doc && check(doc, line, arg, got, sizeof got)) {
            r->passed++;
        } else if (!quiet) {
            printf("FAIL %s (%s:%d): %s %s -- got: %s\n", name, expect_path, number, line, arg, doc ? got : "no document");
        }
    }
    source_release(src);
    arena_free(&src->a);
    if (src->res) dyad_resources_close(src->res);
    fclose(f);
    return 0;
}

int expect_run(const char *expect_path, const char *base_dir, int quiet, expect_result *r)
{
    source src = {0};
    src.base_dir = base_dir;
    return run(&src, expect_path, quiet, r);
}

int expect_run_on_output(const char *expect_path, const char *json_path, int quiet, expect_result *r)
{
    source src = {0};
    src.json_path = json_path;
    return run(&src, expect_path, quiet, r);
}
