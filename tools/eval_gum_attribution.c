/* eval_gum_attribution.c — dyad's statements against the attribution
 * relations of GUM's enhanced RST (eRST) annotation:
 *
 *     eval_gum_attribution FILE.conllu...
 *
 * GUM marks the first token of every elementary discourse unit (EDU) with
 * Discourse=<relation>:<from>-><to>:...; an attribution-positive or
 * attribution-negative relation links the attributing EDU ("officials
 * said", "according to X") to the EDU of the content.  Each document is
 * rebuilt as plain text (paragraphs at "# newpar", tokens joined by their
 * SpaceAfter) and run through dyad.  Reported:
 *   recall     relations whose content EDU overlaps one of dyad's quotes
 *   +source    ... and whose quote's speaker mention overlaps the source EDU
 *   precision  dyad's quotes that overlap the content EDU of a relation */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/quote_gold.h"
#include "base/file.h"
#include "dyad.h"

typedef struct rel { int from, to; } rel;
typedef struct gdoc {
    char *text; size_t len, cap;
    uint32_t *edu_start; size_t edus, edu_cap;     /* byte offset where each EDU starts */
    rel *rels; size_t nrel, rel_cap;
} gdoc;

static void put(gdoc *g, const char *s, size_t n)
{
    if (g->len + n + 1 > g->cap) {
        g->cap = (g->len + n + 1) * 2;
        g->text = realloc(g->text, g->cap);
    }
    memcpy(g->text + g->len, s, n);
    g->len += n;
    g->text[g->len] = '\0';
}

static void add_edu(gdoc *g, uint32_t at)
{
    if (g->edus == g->edu_cap) { g->edu_cap = g->edu_cap ? g->edu_cap * 2 : 64; g->edu_start = realloc(g->edu_start, g->edu_cap * sizeof *g->edu_start); }
    g->edu_start[g->edus++] = at;
}

static void add_rel(gdoc *g, int from, int to)
{
    if (g->nrel == g->rel_cap) { g->rel_cap = g->rel_cap ? g->rel_cap * 2 : 32; g->rels = realloc(g->rels, g->rel_cap * sizeof *g->rels); }
    g->rels[g->nrel++] = (rel){from, to};
}

static void edu_span(const gdoc *g, int edu, uint32_t *s, uint32_t *e)
{
    /* EDUs are numbered from 1 in document order */
    if (edu < 1 || (size_t)edu > g->edus) { *s = *e = 0; return; }
    *s = g->edu_start[edu - 1];
    *e = (size_t)edu < g->edus ? g->edu_start[edu] : (uint32_t)g->len;
}

static int overlaps(uint32_t a, uint32_t b, uint32_t c, uint32_t d) { return a < d && c < b; }

/* A clean-text offset as an offset into the input, or -1. */
static long map_offset(const dyad_document *d, const long *shift, uint32_t x)
{
    size_t lo = 0, hi = d->paragraph_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->paragraphs[mid].span.start <= x) lo = mid + 1; else hi = mid;
    }
    if (lo == 0 || shift[lo - 1] == LONG_MIN) return -1;
    return (long)x + shift[lo - 1];
}

typedef struct totals { size_t rels, found, found_source, quotes, on_rel; } totals;

static void score(const dyad_resources *res, gdoc *g, totals *t)
{
    while (g->len && g->text[g->len - 1] == ' ') g->len--;
    if (!g->len) return;
    if (getenv("GUM_DUMP")) fprintf(stderr, "=====\n%.*s\n", (int)g->len, g->text);
    dyad_input in = dyad_input_from_memory(g->text, g->len, DYAD_FORMAT_TEXT);
    dyad_document *d = dyad_process(res, &in, DYAD_STAGE_EXTRACT | DYAD_STAGE_NLP | DYAD_STAGE_ATTRIBUTE);
    /* The extractor may drop lines (a date, a byline, a caption), so clean
     * offsets map back paragraph by paragraph: each paragraph is found in
     * the input after the previous one, and a span takes its paragraph's
     * shift.  A span in a paragraph not found maps nowhere. */
    size_t np = d->paragraph_count;
    long *shift = malloc((np + 1) * sizeof *shift);
    const char *cursor = g->text;
    for (size_t k = 0; k < np; k++) {
        const dyad_span ps = d->paragraphs[k].span;
        const char *hit = memmem(cursor, (size_t)(g->text + g->len - cursor), d->text + ps.start, ps.end - ps.start);
        shift[k] = hit ? (long)(hit - g->text) - (long)ps.start : LONG_MIN;
        if (hit) cursor = hit + (ps.end - ps.start);
        else if (getenv("GUM_DUMP")) fprintf(stderr, "UNMAPPED[%.*s]\n", (int)(ps.end - ps.start), d->text + ps.start);
    }
    #define MAPPED(x) map_offset(d, shift, (x))
    for (size_t r = 0; r < g->nrel; r++) {
        uint32_t cs, ce, ss, se;
        edu_span(g, g->rels[r].to, &cs, &ce);
        edu_span(g, g->rels[r].from, &ss, &se);
        t->rels++;
        int found = 0, source = 0;
        for (size_t q = 0; q < d->quote_count; q++) {
            long a = MAPPED(d->quotes[q].span.start), b = MAPPED(d->quotes[q].span.end);
            if (a < 0 || b < 0 || !overlaps((uint32_t)a, (uint32_t)b, cs, ce)) continue;
            found = 1;
            dyad_span m = d->quotes[q].speaker_mention;
            long ma = MAPPED(m.start), mb = MAPPED(m.end);
            if (m.end > m.start && ma >= 0 && mb >= 0 && overlaps((uint32_t)ma, (uint32_t)mb, ss, se)) source = 1;
        }
        if (!found && getenv("GUM_DUMP"))
            fprintf(stderr, "MISS src[%.*s] content[%.*s]\n", (int)(se - ss), g->text + ss, (int)(ce - cs), g->text + cs);
        t->found += found;
        t->found_source += source;
    }
    for (size_t q = 0; q < d->quote_count; q++) {
        long a = MAPPED(d->quotes[q].span.start), b = MAPPED(d->quotes[q].span.end);
        t->quotes++;
        if (a < 0 || b < 0) continue;
        for (size_t r = 0; r < g->nrel; r++) {
            uint32_t cs, ce;
            edu_span(g, g->rels[r].to, &cs, &ce);
            if (overlaps((uint32_t)a, (uint32_t)b, cs, ce)) { t->on_rel++; break; }
        }
    }
    #undef MAPPED
    free(shift);
    dyad_document_free(d);
}

static void reset(gdoc *g) { g->len = 0; if (g->text) g->text[0] = '\0'; g->edus = 0; g->nrel = 0; }

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: eval_gum_attribution FILE.conllu...\n"); return 2; }
    char err[256];
    dyad_resources *res = quote_resources(err, sizeof err);
    if (!res) { fprintf(stderr, "eval_gum_attribution: %s\n", err); return 1; }
    totals all = {0};
    for (int a = 1; a < argc; a++) {
        size_t n;
        char *src = file_read_all(argv[a], &n, NULL, 0);
        if (!src) { perror(argv[a]); continue; }
        totals t = {0};
        gdoc g = {0};
        int skip_until = 0; /* words covered by a multiword token */
        int in_par = 0;
        for (char *line = src, *next; line && *line; line = next) {
            next = strchr(line, '\n');
            if (next) *next++ = '\0';
            if (strncmp(line, "# newdoc", 8) == 0) { score(res, &g, &t); reset(&g); in_par = 0; continue; }
            if (strncmp(line, "# newpar", 8) == 0 && (line[8] == '\0' || line[8] == ' ')) {
                while (g.len && g.text[g.len - 1] == ' ') g.len--; /* the extractor trims paragraphs */
                if (g.len) put(&g, "\n\n", 2);
                in_par = 1;
                continue;
            }
            if (strncmp(line, "# sent_id", 9) == 0) skip_until = 0; /* word ids restart with each sentence */
            if (line[0] == '#' || line[0] == '\0') continue;
            char *f[10];
            int k = 0;
            for (char *p = line; k < 10; k++) {
                f[k] = p;
                char *tab = strchr(p, '\t');
                if (!tab) { k++; break; }
                *tab = '\0';
                p = tab + 1;
            }
            if (k < 10) continue;
            char *dash = strchr(f[0], '-');
            if (strchr(f[0], '.')) continue;
            int id = atoi(f[0]);
            if (dash) skip_until = atoi(dash + 1);
            else if (id <= skip_until) { /* part of a multiword token already written */
                if (strstr(f[9], "Discourse=") == NULL) continue;
            }
            if (!in_par && g.len == 0) in_par = 1;
            uint32_t at = (uint32_t)g.len;
            char *disc = strstr(f[9], "Discourse=");
            if (disc && !dash) {
                add_edu(&g, at);
                /* relations: name:from->to:..., several joined by ';' */
                for (char *r = disc + 10; r && *r && *r != '|';) {
                    char *colon = strchr(r, ':');
                    if (!colon) break;
                    int from = 0, to = 0;
                    if (strncmp(r, "attribution", 11) == 0 && sscanf(colon + 1, "%d->%d", &from, &to) == 2) add_rel(&g, from, to);
                    char *semi = strchr(r, ';'), *bar = strchr(r, '|');
                    if (!semi || (bar && semi > bar)) break;
                    r = semi + 1;
                }
            }
            if (dash || id > skip_until) {
                put(&g, f[1], strlen(f[1]));
                if (!strstr(f[9], "SpaceAfter=No")) put(&g, " ", 1);
            }
        }
        score(res, &g, &t);
        free(g.text), free(g.edu_start), free(g.rels);
        free(src);
        const char *name = strrchr(argv[a], '/');
        printf("%-28s relations=%zu recall=%.3f recall+source=%.3f quotes=%zu precision=%.3f\n", name ? name + 1 : argv[a], t.rels,
               t.rels ? (double)t.found / t.rels : 0, t.rels ? (double)t.found_source / t.rels : 0, t.quotes,
               t.quotes ? (double)t.on_rel / t.quotes : 0);
        all.rels += t.rels, all.found += t.found, all.found_source += t.found_source, all.quotes += t.quotes, all.on_rel += t.on_rel;
    }
    printf("%-28s relations=%zu recall=%.3f recall+source=%.3f quotes=%zu precision=%.3f\n", "all", all.rels,
           all.rels ? (double)all.found / all.rels : 0, all.rels ? (double)all.found_source / all.rels : 0, all.quotes,
           all.quotes ? (double)all.on_rel / all.quotes : 0);
    dyad_resources_close(res);
    return 0;
}
