/* quote_gold.c — parse the inline statement annotations and score dyad's
 * quotes against them (see quote_gold.h and tests/statements/README.md). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "common/quote_gold.h"

#define MAX_NESTING 8

static void copy_field(char *dst, size_t cap, const char *s, size_t n)
{
    if (n >= cap) n = cap - 1;
    memcpy(dst, s, n);
    dst[n] = '\0';
}

static int header(gold_doc *g, const char *s, size_t n)
{
    /* "# speaker id<TAB>name<TAB>code<TAB>gender" */
    if (n < 10 || strncmp(s, "# speaker ", 10) != 0) return 0;
    const char *f[4];
    size_t fl[4], k = 0;
    const char *p = s + 10, *end = s + n;
    while (k < 4 && p <= end) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        const char *e = tab ? tab : end;
        f[k] = p, fl[k] = (size_t)(e - p), k++;
        if (!tab) break;
        p = tab + 1;
    }
    if (k < 3) return -1;
    g->speakers = realloc(g->speakers, (g->speaker_count + 1) * sizeof *g->speakers);
    gold_speaker *sp = &g->speakers[g->speaker_count++];
    memset(sp, 0, sizeof *sp);
    copy_field(sp->id, sizeof sp->id, f[0], fl[0]);
    copy_field(sp->name, sizeof sp->name, f[1], fl[1]);
    copy_field(sp->code, sizeof sp->code, f[2], fl[2]);
    if (k > 3) copy_field(sp->gender, sizeof sp->gender, f[3], fl[3]);
    return 1;
}

int gold_parse(const char *src, size_t n, gold_doc *g, char *error, size_t error_size)
{
    memset(g, 0, sizeof *g);
    g->text = malloc(n + 1);
    size_t out = 0, qcap = 0;
    size_t open[MAX_NESTING];
    int depth = 0;
    const char *p = src, *end = src + n;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        int h = header(g, p, (size_t)(le - p));
        if (h < 0) { snprintf(error, error_size, "bad speaker header"); gold_free(g); return -1; }
        if (h == 0) {
            for (const char *s = p; s < le; s++) {
                if (s + 4 < le && s[0] == '[' && s[1] == '[' && (s[2] == 'D' || s[2] == 'I') && s[3] == ' ') {
                    const char *bar = memchr(s, '|', (size_t)(le - s));
                    if (!bar || depth >= MAX_NESTING) { snprintf(error, error_size, "bad marker"); gold_free(g); return -1; }
                    int sp = -1;
                    for (size_t k = 0; k < g->speaker_count; k++)
                        if (strlen(g->speakers[k].id) == (size_t)(bar - s - 4) && strncmp(g->speakers[k].id, s + 4, (size_t)(bar - s - 4)) == 0) sp = (int)k;
                    if (sp < 0) { snprintf(error, error_size, "unknown speaker id %.*s", (int)(bar - s - 4), s + 4); gold_free(g); return -1; }
                    if (g->quote_count == qcap) { qcap = qcap ? qcap * 2 : 16; g->quotes = realloc(g->quotes, qcap * sizeof *g->quotes); }
                    g->quotes[g->quote_count] = (gold_quote){(uint32_t)out, 0, s[2], sp};
                    open[depth++] = g->quote_count++;
                    s = bar;
                    continue;
                }
                if (s + 1 < le && s[0] == ']' && s[1] == ']' && depth > 0) {
                    g->quotes[open[--depth]].e = (uint32_t)out;
                    s++;
                    continue;
                }
                g->text[out++] = *s;
            }
            if (nl) g->text[out++] = '\n';
        }
        p = nl ? nl + 1 : end;
    }
    if (depth) { snprintf(error, error_size, "unclosed marker"); gold_free(g); return -1; }
    g->text[out] = '\0';
    g->length = out;
    return 0;
}

void gold_free(gold_doc *g)
{
    free(g->text);
    free(g->speakers);
    free(g->quotes);
    memset(g, 0, sizeof *g);
}

double quote_f1(size_t matched, size_t gold, size_t predicted)
{
    if (!gold || !predicted) return 0;
    double p = (double)matched / (double)predicted, r = (double)matched / (double)gold;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

/* Gold offsets are in the annotated text; dyad's clean text may differ
 * (paragraph joins, trimmed spaces), so each gold span is found there by
 * its text, searching forward from the previous one. */
static int locate(const dyad_document *d, const char *s, size_t n, size_t from, uint32_t *start)
{
    if (!n || !d->text) return 0;
    for (int pass = 0; pass < 2; pass++) {
        size_t i = pass ? 0 : from;
        const char *hit = i < d->text_length ? memmem(d->text + i, d->text_length - i, s, n) : NULL;
        if (hit) { *start = (uint32_t)(hit - d->text); return 1; }
    }
    return 0;
}

static int same_person(const gold_speaker *g, const dyad_document *d, int32_t sp)
{
    if (sp < 0 || (size_t)sp >= d->speaker_count) return 0;
    const dyad_speaker *s = &d->speakers[sp];
    if (strcmp(g->gender, "journalist") == 0) return s->journalist;
    if (s->journalist) return 0;
    const char *name = s->identity.name ? s->identity.name : s->identity.text;
    if (!name) return 0;
    /* the surname is enough: "Peskov" is "Dmitry Peskov" */
    const char *last = strrchr(g->name, ' ');
    last = last ? last + 1 : g->name;
    return strcasestr(name, last) != NULL;
}

static uint32_t overlap(uint32_t a, uint32_t b, uint32_t c, uint32_t e)
{
    uint32_t s = a > c ? a : c, t = b < e ? b : e;
    return t > s ? t - s : 0;
}

void quote_score_doc(const gold_doc *g, const dyad_document *d, quote_score *sc, FILE *log, const char *name)
{
    size_t n = g->quote_count, m = d->quote_count;
    uint32_t *gs = calloc(n + 1, sizeof *gs), *ge = calloc(n + 1, sizeof *ge);
    char *used_exact = calloc(m + 1, 1), *used = calloc(m + 1, 1);
    size_t from = 0;
    for (size_t i = 0; i < n; i++) {
        const gold_quote *q = &g->quotes[i];
        uint32_t st;
        if (locate(d, g->text + q->s, q->e - q->s, from, &st)) { gs[i] = st, ge[i] = st + (q->e - q->s); from = st; }
        else if (log) fprintf(log, "%s: gold quote not in the clean text: %.60s\n", name, g->text + q->s);
    }
    sc->docs++;
    sc->gold += n;
    sc->predicted += m;
    for (size_t i = 0; i < n; i++)
        for (size_t k = 0; k < m; k++)
            if (!used_exact[k] && ge[i] > gs[i] && d->quotes[k].span.start == gs[i] && d->quotes[k].span.end == ge[i]) {
                used_exact[k] = 1, sc->exact++;
                break;
            }
    for (size_t i = 0; i < n; i++) {
        const gold_speaker *gsp = &g->speakers[g->quotes[i].speaker];
        size_t best = m;
        uint32_t bo = 0;
        for (size_t k = 0; k < m; k++) {
            if (used[k]) continue;
            uint32_t o = overlap(gs[i], ge[i], d->quotes[k].span.start, d->quotes[k].span.end);
            /* prefer the best-aligned span: overlap minus what sticks out */
            uint32_t len = d->quotes[k].span.end - d->quotes[k].span.start;
            uint32_t score = o * 2 > len ? o * 2 - len + 1 : (o ? 1 : 0);
            if (o && score > bo) bo = score, best = k;
        }
        if (best == m) {
            if (log) fprintf(log, "%s: MISSED %c %s: %.70s\n", name, g->quotes[i].kind, gsp->id, g->text + g->quotes[i].s);
            continue;
        }
        used[best] = 1;
        sc->overlap++;
        const dyad_quote *pq = &d->quotes[best];
        if (log && (pq->span.start != gs[i] || pq->span.end != ge[i]))
            fprintf(log, "%s: SPAN gold [%.*s] got [%.*s]\n", name, (int)(ge[i] - gs[i]), d->text + gs[i],
                    (int)(pq->span.end - pq->span.start), d->text + pq->span.start);
        sc->speaker_total++;
        if (same_person(gsp, d, pq->speaker)) sc->speaker_ok++;
        else if (log) {
            const dyad_actor *a = pq->speaker >= 0 ? &d->speakers[pq->speaker].identity : NULL;
            fprintf(log, "%s: SPEAKER %s got %s: %.60s\n", name, gsp->name, a ? (a->name ? a->name : a->text) : "(none)", g->text + g->quotes[i].s);
        }
        if (strcmp(gsp->code, "-") != 0 && gsp->code[0]) {
            sc->code_total++;
            const char *code = pq->speaker >= 0 ? d->speakers[pq->speaker].identity.code : NULL;
            if (code && strcmp(code, gsp->code) == 0) sc->code_ok++;
        }
    }
    if (log)
        for (size_t k = 0; k < m; k++)
            if (!used[k]) {
                const dyad_quote *pq = &d->quotes[k];
                fprintf(log, "%s: EXTRA %s: %.*s\n", name, dyad_quote_kind_name(pq->kind),
                        (int)(pq->span.end - pq->span.start > 70 ? 70 : pq->span.end - pq->span.start), d->text + pq->span.start);
            }
    free(gs), free(ge), free(used_exact), free(used);
}

dyad_resources *quote_resources(char *error, size_t error_size)
{
    return dyad_resources_open(NULL, error, error_size);
}
