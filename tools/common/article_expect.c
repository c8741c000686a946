/* article_expect.c — the checker behind tests/unit/test_golden.c and
 * eval/seeds.sh (format in article_expect.h).  Documents are read with the
 * library's own reader and processed by dyad_process, the code path of
 * `dyad extract`. */
#include "common/article_expect.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int expect_run(const char *expect_path, const char *base_dir, int quiet, expect_result *r)
{
    FILE *f = fopen(expect_path, "r");
    if (!f) {
        fprintf(stderr, "cannot read %s\n", expect_path);
        return -1;
    }
    dyad_resources *res = dyad_resources_open(NULL, NULL, 0);
    dyad_document *doc = NULL;
    dyad_input *in = NULL;
    dyad_reader *rd = NULL;
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
            if (doc) dyad_document_free(doc), doc = NULL;
            if (in) dyad_input_free(in), in = NULL;
            if (rd) dyad_reader_close(rd), rd = NULL;
            snprintf(name, sizeof name, "%s/%s", base_dir, arg);
            const char *paths[1] = {name};
            rd = dyad_reader_open(paths, 1, NULL);
            in = dyad_reader_next(rd);
            doc = in ? dyad_process(res, in, DYAD_STAGE_EXTRACT) : NULL;
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
    if (doc) dyad_document_free(doc);
    if (in) dyad_input_free(in);
    if (rd) dyad_reader_close(rd);
    dyad_resources_close(res);
    fclose(f);
    return 0;
}
