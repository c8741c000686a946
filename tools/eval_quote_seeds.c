/* eval_quote_seeds.c — check the statements dyad finds on a folder of
 * pages against a list of expectations (eval/quotes_seeds.tsv; format in
 * its header):
 *
 *     eval_quote_seeds CHECKS.tsv PAGES_DIR
 *
 * A page is named by the prefix of its file name.  Prints one line per
 * check (ok / FAIL with what was found) and a total. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/quote_gold.h"
#include "base/file.h"
#include "dyad.h"

#define MAX_PAGES 64

typedef struct page { char prefix[64]; dyad_document *doc; char *bytes; } page;

static const char *name_of(const dyad_document *d, int32_t sp)
{
    if (sp < 0 || (size_t)sp >= d->speaker_count) return "(none)";
    if (d->speakers[sp].journalist) return "journalist";
    const dyad_actor *a = &d->speakers[sp].identity;
    return a->name ? a->name : a->text ? a->text : "(none)";
}

static int32_t speaker_named(const dyad_document *d, const char *name)
{
    for (size_t i = 0; i < d->speaker_count; i++) {
        if (strcasecmp(name, "journalist") == 0 && d->speakers[i].journalist) return (int32_t)i;
        const dyad_actor *a = &d->speakers[i].identity;
        if ((a->name && strcasestr(a->name, name)) || (a->text && strcasestr(a->text, name))) return (int32_t)i;
    }
    return -1;
}

static int check(const dyad_document *d, char **f, int n, char *why, size_t cap)
{
    const char *kind = f[0];
    if (strcmp(kind, "speaker") == 0 && n >= 6) {
        int32_t sp = speaker_named(d, f[2]);
        if (sp < 0) { snprintf(why, cap, "no speaker %s", f[2]); return 0; }
        const char *code = d->speakers[sp].identity.code;
        size_t direct = 0, indirect = 0;
        for (size_t i = 0; i < d->quote_count; i++)
            if (d->quotes[i].speaker == sp) { if (d->quotes[i].kind == DYAD_QUOTE_DIRECT) direct++; else indirect++; }
        snprintf(why, cap, "code %s, %zu direct, %zu indirect", code ? code : "-", direct, indirect);
        if (strcmp(f[3], "-") != 0 && (!code || strcmp(code, f[3]) != 0)) return 0;
        return direct >= (size_t)atoi(f[4]) && indirect >= (size_t)atoi(f[5]);
    }
    if ((strcmp(kind, "role") == 0 || strcmp(kind, "channel") == 0 || strcmp(kind, "relayed") == 0) && n >= 4) {
        int32_t sp = speaker_named(d, f[2]);
        if (sp < 0) { snprintf(why, cap, "no speaker %s", f[2]); return 0; }
        if (strcmp(kind, "role") == 0) {
            const char *r = d->speakers[sp].identity.role;
            snprintf(why, cap, "role %s", r ? r : "-");
            return r && strcasestr(r, f[3]);
        }
        for (size_t i = 0; i < d->quote_count; i++) {
            if (d->quotes[i].speaker != sp) continue;
            const char *v = strcmp(kind, "channel") == 0 ? d->quotes[i].channel : d->quotes[i].relayed_by;
            if (v && strcasestr(v, f[3])) return 1;
        }
        snprintf(why, cap, "not found on any of the speaker's quotes");
        return 0;
    }
    if (strcmp(kind, "quoteby") == 0 && n >= 4) {
        for (size_t i = 0; i < d->quote_count; i++) {
            const dyad_quote *q = &d->quotes[i];
            size_t len = strlen(f[2]);
            const char *hit = memmem(d->text + q->span.start, q->span.end - q->span.start, f[2], len);
            if (!hit) continue;
            const char *who = name_of(d, q->speaker);
            snprintf(why, cap, "by %s", who);
            /* the innermost statement holding the text decides */
            int inner = 0;
            for (size_t k = 0; k < d->quote_count; k++)
                if (k != i && d->quotes[k].span.start >= q->span.start && d->quotes[k].span.end <= q->span.end &&
                    d->quotes[k].span.end - d->quotes[k].span.start < q->span.end - q->span.start &&
                    memmem(d->text + d->quotes[k].span.start, d->quotes[k].span.end - d->quotes[k].span.start, f[2], len))
                    inner = 1;
            if (inner) continue;
            return strcasestr(who, f[3]) != NULL;
        }
        snprintf(why, cap, "no statement holds it");
        return 0;
    }
    if (strcmp(kind, "notquote") == 0 && n >= 3) {
        for (size_t i = 0; i < d->quote_count; i++) {
            const dyad_quote *q = &d->quotes[i];
            size_t len = q->span.end - q->span.start, want = strlen(f[2]);
            while (len && strchr(".,!?", d->text[q->span.start + len - 1])) len--;
            if (len == want && strncasecmp(d->text + q->span.start, f[2], want) == 0) { snprintf(why, cap, "found as a statement"); return 0; }
        }
        return 1;
    }
    if (strcmp(kind, "speakers") == 0 && n >= 3) {
        snprintf(why, cap, "%zu speakers", d->speaker_count);
        return d->speaker_count <= (size_t)atoi(f[2]);
    }
    snprintf(why, cap, "malformed check");
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 3) { fprintf(stderr, "usage: eval_quote_seeds CHECKS.tsv PAGES_DIR\n"); return 2; }
    char err[256];
    dyad_resources *res = quote_resources(err, sizeof err);
    if (!res) { fprintf(stderr, "eval_quote_seeds: %s\n", err); return 1; }
    page pages[MAX_PAGES];
    size_t np = 0;
    DIR *dp = opendir(argv[2]);
    if (!dp) { perror(argv[2]); return 1; }
    struct dirent *e;
    while ((e = readdir(dp)) != NULL && np < MAX_PAGES) {
        size_t l = strlen(e->d_name);
        if (l < 5 || strcmp(e->d_name + l - 4, ".txt") != 0) continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", argv[2], e->d_name);
        size_t n;
        char *bytes = file_read_all(path, &n, NULL, 0);
        if (!bytes) continue;
        page *p = &pages[np++];
        snprintf(p->prefix, sizeof p->prefix, "%s", e->d_name);
        char *us = strchr(p->prefix, '_');
        if (us) *us = '\0';
        dyad_input in = dyad_input_from_memory(bytes, n, DYAD_FORMAT_AUTO);
        in.id = p->prefix;
        p->doc = dyad_process(res, &in, DYAD_STAGE_ALL);
        p->bytes = bytes;
    }
    closedir(dp);
    size_t len;
    char *checks = file_read_all(argv[1], &len, NULL, 0);
    if (!checks) { perror(argv[1]); return 1; }
    int total = 0, ok = 0;
    for (char *line = checks, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        if (line[0] == '#' || !line[0]) continue;
        char copy[1024];
        snprintf(copy, sizeof copy, "%s", line);
        char *f[8];
        int n = 0;
        for (char *p = copy; p && n < 8;) {
            f[n++] = p;
            p = strchr(p, '\t');
            if (p) *p++ = '\0';
        }
        if (n < 3) continue;
        const dyad_document *d = NULL;
        for (size_t i = 0; i < np; i++) if (strcmp(pages[i].prefix, f[1]) == 0) d = pages[i].doc;
        char why[256] = "";
        int pass = d ? check(d, f, n, why, sizeof why) : 0;
        if (!d) snprintf(why, sizeof why, "no page %s", f[1]);
        total++;
        ok += pass;
        for (char *p = line; *p; p++) if (*p == '\t') *p = ' ';
        printf("  %-4s %s%s%s\n", pass ? "ok" : "FAIL", line, pass ? "" : "  -- ", pass ? "" : why);
    }
    printf("seed checks: %d/%d pass\n", ok, total);
    free(checks);
    for (size_t i = 0; i < np; i++) dyad_document_free(pages[i].doc), free(pages[i].bytes);
    dyad_resources_close(res);
    return 0;
}
