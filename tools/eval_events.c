/* eval_events.c — how well dyad codes events, through the whole chain
 * (raw sentence -> extraction -> parse -> actors -> events):
 *
 *   eval_events dev DEV.tsv [-v] [DICT]
 *       dyad's development set (tests/events/dev.tsv): accuracy per CAMEO
 *       root and overall (source, target and root right; and the exact
 *       code), false events per 100 sentences that should have none.
 *   eval_events petrarch RECORDS.xml DICT [--conventions=petrarch]
 *       PETRARCH-2's unit-test records coded with the PETRARCH dictionaries
 *       in DICT (with dyad's conventions, or PETRARCH's): the share of records whose expected events come out
 *       exactly, with no extra events; failures listed.  PETRARCH writes
 *       "---" for an actor no dictionary knows; dyad leaves it uncoded, so
 *       an uncoded side meets a "---" expectation, and events with an
 *       uncoded side are not counted as extra.
 *   eval_events seed FILE EXPECT...
 *       one page; each EXPECT is "SOURCES:TARGETS:ROOTS" with '|' between
 *       alternatives and '*' for any ("RUS:IGOWSTNAT|WST:11"): found or not.
 *
 * Codes match by prefix: an expected RUS is met by RUSGOV.  Negated events
 * never count as the event.  Exit status 0 unless something is broken. */
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dyad.h"
#include "base/file.h"

static int prefix_ok(const char *want, const char *got)
{
    if (!want || !*want || !strcmp(want, "*")) return 1;
    if (!strcmp(want, "-")) return 1; /* no expectation on the target */
    return got && !strncmp(got, want, strlen(want));
}

/* Any alternative of "A|B|C" met by prefix. */
static int alt_ok(const char *alts, const char *got, int root_mode)
{
    if (!strcmp(alts, "*")) return 1;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", alts);
    for (char *save = NULL, *a = strtok_r(buf, "|", &save); a; a = strtok_r(NULL, "|", &save)) {
        if (root_mode ? (got && !strncmp(got, a, strlen(a))) : prefix_ok(a, got)) return 1;
    }
    return 0;
}

/* A lone sentence is fed as the body of an article under a neutral
 * headline, as wire sentences come (a first line alone would be read as
 * the headline). */
static dyad_document *run_sentence(const dyad_resources *res, const char *sentence, const char *date, const char *id)
{
    size_t n = strlen(sentence);
    char *text = malloc(n + 16);
    memcpy(text, "Report\n\n", 8);
    memcpy(text + 8, sentence, n + 1);
    dyad_input in = dyad_input_from_memory(text, n + 8, DYAD_FORMAT_TEXT);
    in.id = id;
    in.date = date;
    dyad_document *d = dyad_process(res, &in, DYAD_STAGE_ALL);
    free(text); /* the document keeps its own copy of the text */
    return d;
}

static dyad_document *run(const dyad_resources *res, const char *text, const char *date, const char *id)
{
    dyad_input in = dyad_input_from_memory(text, strlen(text), DYAD_FORMAT_TEXT);
    in.id = id;
    in.date = date;
    return dyad_process(res, &in, DYAD_STAGE_ALL);
}

/* PETRARCH-2's conventions instead of dyad's (docs/EVENTS.md), as
 * `dyad --conventions petrarch` codes */
static int petrarch_conventions;
/* PETRARCH's new_actor_length, as the records' <Config> sets it (with
 * PETRARCH's conventions only) */
static unsigned new_actor_length;

static dyad_resources *open_resources(const char *dict)
{
    dyad_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.dictionary = dict;
    cfg.petrarch_conventions = petrarch_conventions;
    cfg.petrarch_new_actor_length = petrarch_conventions ? new_actor_length : 0;
    char err[512];
    dyad_resources *r = dyad_resources_open(&cfg, err, sizeof err);
    if (!r) fprintf(stderr, "eval_events: cannot open resources: %s\n", err);
    return r;
}

static int eval_dev(const char *path, int verbose, const char *dict)
{
    size_t n;
    char *text = file_read_all(path, &n, NULL, 0);
    if (!text) { fprintf(stderr, "eval_events: cannot read %s\n", path); return 1; }
    dyad_resources *res = open_resources(dict);
    if (!res) { free(text); return 1; }
    int total[21] = {0}, root_ok[21] = {0}, code_ok[21] = {0};
    int none_sentences = 0, false_events = 0, produced_any = 0, sentences = 0;
    for (char *save = NULL, *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#') continue;
        char *f[5];
        int k = 0;
        for (char *p = line; k < 5; k++) {
            f[k] = p;
            char *tab = strchr(p, '\t');
            if (!tab) { k++; break; }
            *tab = '\0';
            p = tab + 1;
        }
        if (k < 5) continue;
        sentences++;
        dyad_document *doc = run_sentence(res, f[4], NULL, f[0]);
        if (doc->event_count) produced_any++;
        if (!strcmp(f[1], "-")) {
            none_sentences++;
            for (size_t i = 0; i < doc->event_count; i++) {
                false_events += !doc->events[i].negated;
                if (verbose) printf("  FALSE %s %s: %s>%s:%s\n", f[0], f[4], doc->events[i].source.text,
                                    doc->events[i].target.text ? doc->events[i].target.text : "-", doc->events[i].cameo);
            }
        } else {
            int root = atoi((char[3]){f[1][0], f[1][1], 0});
            if (root < 1 || root > 20) root = 0;
            total[root]++;
            int r_ok = 0, c_ok = 0;
            for (size_t i = 0; i < doc->event_count; i++) {
                const dyad_event *e = &doc->events[i];
                if (e->negated || !e->cameo) continue;
                if (!prefix_ok(f[2], e->source.code) || !prefix_ok(f[3], e->target.code)) continue;
                if (!strncmp(e->cameo, f[1], 2)) r_ok = 1;
                if (!strcmp(e->cameo, f[1])) c_ok = 1;
            }
            if (verbose && !r_ok) {
                printf("  MISS %s %s %s>%s: %s\n     got", f[0], f[1], f[2], f[3], f[4]);
                for (size_t i = 0; i < doc->event_count; i++) {
                    const dyad_event *e = &doc->events[i];
                    printf(" %s[%s]>%s[%s]:%s%s", e->source.text, e->source.code ? e->source.code : "?",
                           e->target.text ? e->target.text : "-", e->target.code ? e->target.code : "?", e->cameo,
                           e->negated ? "!" : "");
                }
                printf("\n");
            }
            root_ok[root] += r_ok;
            code_ok[root] += c_ok;
        }
        dyad_document_free(doc);
    }
    int t = 0, ro = 0, co = 0;
    printf("dev set %s (%s): %d sentences, %d with any event coded\n", path, dict ? dict : "dyad's dictionaries",
           sentences, produced_any);
    printf("root  sentences  root-right  code-right\n");
    for (int r = 1; r <= 20; r++) {
        if (!total[r]) continue;
        printf("%02d    %9d  %9.1f%%  %9.1f%%\n", r, total[r], 100.0 * root_ok[r] / total[r], 100.0 * code_ok[r] / total[r]);
        t += total[r], ro += root_ok[r], co += code_ok[r];
    }
    if (t) printf("all   %9d  %9.1f%%  %9.1f%%   (source, target and root / exact code right)\n", t, 100.0 * ro / t, 100.0 * co / t);
    if (none_sentences)
        printf("false events: %.1f per 100 event-free sentences (%d in %d)\n", 100.0 * false_events / none_sentences,
               false_events, none_sentences);
    dyad_resources_close(res);
    free(text);
    return 0;
}

static char *attr(xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v) return NULL;
    char *s = strdup((const char *)v);
    xmlFree(v);
    return s;
}

static xmlNode *child_named(xmlNode *n, const char *name)
{
    for (xmlNode *c = n->children; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && !strcmp((const char *)c->name, name)) return c;
    return NULL;
}

typedef struct { char src[64], tgt[64], code[8]; int used; } triple;

/* One side of a PETRARCH expectation: a code, or "---..." for an actor no
 * dictionary knows, which dyad leaves uncoded (NULL). */
static int side_ok(const char *want, const char *got)
{
    if (!strncmp(want, "---", 3)) return !got || !strncmp(got, "---", 3);
    return got && !strcmp(want, got);
}

/* dyad's documented conventions where PETRARCH differs (docs/EVENTS.md,
 * "PETRARCH conventions"), for the second figure only:
 *  - an unnamed agent ("a senior official") takes its country from the
 *    sentence or document, where PETRARCH writes "---GOV";
 *  - a statement's target is whom or what it is about, where PETRARCH
 *    leaves it "---". */
static int side_ok_conv(const char *want, const dyad_actor *got)
{
    if (side_ok(want, got->code)) return 1;
    return !strncmp(want, "---", 3) && want[3] && got->code && strlen(got->code) > 3 && got->origin &&
           !strcmp(got->origin, "context") && !strcmp(got->code + 3, want + 3);
}

static int statement_trigger(const dyad_document *doc, const dyad_event *e)
{
    static const char *const forms[] = {"said", "says", "say", "told", "added", "noted", "stated", "reported", "announced"};
    size_t n = e->trigger.end - e->trigger.start;
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        if (n == strlen(forms[i]) && !strncasecmp(doc->text + e->trigger.start, forms[i], n)) return 1;
    return 0;
}

/* Whether the record comes out right under those conventions. */
static int right_by_convention(const dyad_document *doc, triple *want, int nw)
{
    for (int w = 0; w < nw; w++) want[w].used = 0;
    int extra = 0;
    for (size_t i = 0; i < doc->event_count; i++) {
        const dyad_event *e = &doc->events[i];
        if (e->negated) continue;
        int statement = statement_trigger(doc, e), hit = 0;
        for (int w = 0; w < nw && !hit; w++)
            if (!want[w].used && side_ok_conv(want[w].src, &e->source) &&
                (side_ok_conv(want[w].tgt, &e->target) || (statement && !strncmp(want[w].tgt, "---", 3))) &&
                !strcmp(want[w].code, e->cameo))
                want[w].used = hit = 1;
        if (!hit && e->source.code && e->target.code && !statement) extra++;
    }
    int ok = !extra;
    for (int w = 0; w < nw; w++) ok &= want[w].used;
    return ok;
}

static int eval_petrarch(const char *path, const char *dict)
{
    xmlDoc *x = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE);
    if (!x) { fprintf(stderr, "eval_events: cannot parse %s\n", path); return 1; }
    dyad_resources *res = open_resources(dict);
    if (!res) { xmlFreeDoc(x); return 1; }
    xmlNode *sentences = child_named(xmlDocGetRootElement(x), "Sentences");
    int records = 0, right = 0, listed = 0, conv = 0;
    for (xmlNode *s = sentences ? sentences->children : NULL; s; s = s->next) {
        /* <Config option="new_actor_length" value="4">: PETRARCH codes an
         * unknown noun phrase of up to 4 words as its quoted text from here
         * on; with PETRARCH's conventions dyad does the same */
        if (s->type == XML_ELEMENT_NODE && !strcmp((const char *)s->name, "Config") && petrarch_conventions) {
            char *opt = attr(s, "option"), *val = attr(s, "value");
            if (opt && val && !strcmp(opt, "new_actor_length") && (unsigned)atoi(val) != new_actor_length) {
                new_actor_length = (unsigned)atoi(val);
                dyad_resources_close(res);
                res = open_resources(dict);
            }
            free(opt), free(val);
            if (!res) break;
            continue;
        }
        if (s->type != XML_ELEMENT_NODE || strcmp((const char *)s->name, "Sentence")) continue;
        xmlNode *tn = child_named(s, "Text");
        if (!tn) continue;
        xmlChar *raw = xmlNodeGetContent(tn);
        char *text = strdup((const char *)raw);
        xmlFree(raw);
        for (char *p = text; *p; p++) if (*p == '\n' || *p == '\t') *p = ' ';
        char *id = attr(s, "id"), *date = attr(s, "date");
        char iso[16] = "";
        if (date && strlen(date) == 8) snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
        triple want[32];
        int nw = 0;
        for (xmlNode *c = s->children; c; c = c->next) {
            if (c->type != XML_ELEMENT_NODE || strcmp((const char *)c->name, "EventCoding")) continue;
            char *sc = attr(c, "sourcecode"), *tc = attr(c, "targetcode"), *ec = attr(c, "eventcode");
            if (ec && nw < 32) {
                snprintf(want[nw].src, sizeof want[nw].src, "%s", sc ? sc : "");
                snprintf(want[nw].tgt, sizeof want[nw].tgt, "%s", tc ? tc : "");
                snprintf(want[nw].code, sizeof want[nw].code, "%s", ec);
                want[nw++].used = 0;
            }
            free(sc), free(tc), free(ec);
        }
        records++;
        dyad_document *doc = run_sentence(res, text, iso[0] ? iso : NULL, id);
        int ok = 1, extra = 0;
        for (size_t i = 0; i < doc->event_count; i++) {
            const dyad_event *e = &doc->events[i];
            if (e->negated) continue;
            int hit = 0;
            for (int w = 0; w < nw && !hit; w++)
                if (!want[w].used && side_ok(want[w].src, e->source.code) && side_ok(want[w].tgt, e->target.code) &&
                    !strcmp(want[w].code, e->cameo))
                    want[w].used = hit = 1;
            /* PETRARCH codes dyads; an event missing a side is extra only
             * when the record expected that side unknown ("---") */
            if (!hit && e->source.code && e->target.code) extra++;
        }
        for (int w = 0; w < nw; w++) ok &= want[w].used;
        ok &= !extra;
        right += ok;
        int ok_conv = ok;
        if (!ok) {
            triple copy[32];
            memcpy(copy, want, sizeof copy);
            ok_conv = right_by_convention(doc, copy, nw);
        }
        conv += ok_conv;
        if (!ok && listed < 400) {
            listed++;
            printf("  FAIL %s: expected", id ? id : "?");
            if (!nw) printf(" none");
            for (int w = 0; w < nw; w++) printf(" %s>%s:%s", want[w].src, want[w].tgt, want[w].code);
            printf("; got");
            int any = 0;
            for (size_t i = 0; i < doc->event_count; i++) {
                const dyad_event *e = &doc->events[i];
                if (e->negated) continue;
                printf(" %s>%s:%s", e->source.code ? e->source.code : "---", e->target.code ? e->target.code : "---", e->cameo);
                any = 1;
            }
            printf("%s\n", any ? "" : " none");
        }
        dyad_document_free(doc);
        free(text), free(id), free(date);
    }
    if (records - right > listed) printf("  ... %d more failures\n", records - right - listed);
    printf("PETRARCH-2 unit tests, %s: %d of %d records exactly right (%.1f%%; target 90%%)\n",
           petrarch_conventions ? "coded with PETRARCH's conventions (--conventions petrarch)" : "coded with dyad's own conventions",
           right, records, records ? 100.0 * right / records : 0.0);
    if (!petrarch_conventions)
        printf("  and %d of %d (%.1f%%) counting dyad's documented conventions (an unnamed agent's country from context;\n"
               "  a statement's target) as agreement\n", conv, records, records ? 100.0 * conv / records : 0.0);
    dyad_resources_close(res);
    xmlFreeDoc(x);
    return 0;
}

static int eval_seed(const char *path, int nexp, char **exp)
{
    size_t n;
    char *text = file_read_all(path, &n, NULL, 0);
    if (!text) { fprintf(stderr, "eval_events: cannot read %s\n", path); return 1; }
    dyad_resources *res = open_resources(NULL);
    if (!res) { free(text); return 1; }
    dyad_document *doc = run(res, text, NULL, path);
    const char *base = strrchr(path, '/');
    int found_all = 0;
    for (int i = 0; i < nexp; i++) {
        char spec[256], *parts[3] = {"*", "*", "*"};
        snprintf(spec, sizeof spec, "%s", exp[i]);
        int k = 0;
        for (char *save = NULL, *p = strtok_r(spec, ":", &save); p && k < 3; p = strtok_r(NULL, ":", &save)) parts[k++] = p;
        const dyad_event *hit = NULL;
        for (size_t j = 0; j < doc->event_count && !hit; j++) {
            const dyad_event *e = &doc->events[j];
            if (!e->negated && e->cameo && alt_ok(parts[0], e->source.code, 0) && alt_ok(parts[1], e->target.code, 0) &&
                alt_ok(parts[2], e->cameo, 1))
                hit = e;
        }
        found_all += hit != NULL;
        printf("  %s %-28s %s", base ? base + 1 : path, exp[i], hit ? "found" : "missing");
        if (hit) printf(" (%s > %s %s, sentence %u)", hit->source.code ? hit->source.code : "?",
                        hit->target.code ? hit->target.code : "-", hit->cameo, hit->sentence);
        printf("\n");
    }
    printf("  %s: %d of %d expected events, %zu events coded in all\n", base ? base + 1 : path, found_all, nexp, doc->event_count);
    dyad_document_free(doc);
    dyad_resources_close(res);
    free(text);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && !strcmp(argv[1], "dev")) {
        int verbose = 0;
        const char *dict = NULL;
        for (int i = 3; i < argc; i++) {
            if (!strcmp(argv[i], "-v")) verbose = 1;
            else dict = argv[i];
        }
        return eval_dev(argv[2], verbose, dict);
    }
    if (argc >= 4 && !strcmp(argv[1], "petrarch")) {
        petrarch_conventions = argc >= 5 && !strcmp(argv[4], "--conventions=petrarch");
        return eval_petrarch(argv[2], argv[3]);
    }
    if (argc >= 3 && !strcmp(argv[1], "seed")) return eval_seed(argv[2], argc - 3, argv + 3);
    fprintf(stderr, "usage: eval_events dev DEV.tsv | petrarch RECORDS.xml DICT [--conventions=petrarch] | seed FILE SRC:TGT:ROOT...\n");
    return 2;
}
