/* bench_events.c — event-coding speed on one core:
 *
 *   bench_events coding [DICT]   events_code alone on pre-analysed
 *                                sentences (parsed by hand here, so the
 *                                figure does not depend on the parser)
 *   bench_events load FILE...    time to load verb dictionaries
 *   bench_events chain FILE      raw text to events through dyad_process,
 *                                one sentence a line
 *   bench_events phoenix DIR     load a folder of PETRARCH/Phoenix files
 *                                as --dict DIR does (verbs and actors)
 * Figures go to standard output as "name: value unit". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/document.h"
#include "events/events.h"
#include "base/file.h"
#include "common/parsed_spec.h"

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Sentences as "form/lemma/UPOS/head/deprel ..." (heads 1-based). */
static const char *const specs[] = {
    "Russia/Russia/PROPN/2/nsubj attacked/attack/VERB/0/root Ukraine/Ukraine/PROPN/2/obj on/on/ADP/5/case Wednesday/Wednesday/PROPN/2/obl ././PUNCT/2/punct",
    "The/the/DET/2/det EU/EU/PROPN/3/nsubj imposed/impose/VERB/0/root new/new/ADJ/5/amod sanctions/sanction/NOUN/3/obj on/on/ADP/7/case Belarus/Belarus/PROPN/5/nmod ././PUNCT/3/punct",
    "Kremlin/Kremlin/PROPN/2/compound spokesman/spokesman/NOUN/4/nsubj Peskov/Peskov/PROPN/2/flat said/say/VERB/0/root the/the/DET/6/det West/West/PROPN/7/nsubj was/be/AUX/9/cop making/make/VERB/4/ccomp a/a/DET/10/det mistake/mistake/NOUN/8/obj ././PUNCT/4/punct",
    "Moscow/Moscow/PROPN/2/nsubj threatened/threaten/VERB/0/root to/to/PART/4/mark impose/impose/VERB/2/xcomp sanctions/sanction/NOUN/4/obj on/on/ADP/7/case Warsaw/Warsaw/PROPN/4/obl ././PUNCT/2/punct",
    "Talks/talks/NOUN/6/nsubj between/between/ADP/3/case Russia/Russia/PROPN/1/nmod and/and/CCONJ/5/cc NATO/NATO/PROPN/3/conj ended/end/VERB/0/root without/without/ADP/8/case agreement/agreement/NOUN/6/obl ././PUNCT/6/punct",
    "The/the/DET/2/det weather/weather/NOUN/3/nsubj was/be/AUX/0/root unusually/unusually/ADV/5/advmod warm/warm/ADJ/3/xcomp in/in/ADP/7/case November/November/PROPN/5/obl ././PUNCT/3/punct",
    "Zakharova/Zakharova/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass criticised/criticise/VERB/0/root by/by/ADP/5/case Lavrov/Lavrov/PROPN/3/obl:agent for/for/ADP/8/case her/her/PRON/8/nmod:poss remarks/remark/NOUN/3/obl ././PUNCT/3/punct",
    "France/France/PROPN/4/nsubj and/and/CCONJ/3/cc Germany/Germany/PROPN/1/conj condemned/condemn/VERB/0/root the/the/DET/6/det attack/attack/NOUN/4/obj on/on/ADP/8/case Kyiv/Kyiv/PROPN/6/nmod ././PUNCT/4/punct",
};

static int bench_coding(const char *dict)
{
    char err[512];
    event_dictionary *e = events_open(DYAD_ROOT "/data", dict, false, err, sizeof err);
    if (!e) { fprintf(stderr, "bench_events: %s\n", err); return 1; }
    actor_dictionary *a = actors_open(DYAD_ROOT "/data", err, sizeof err);
    size_t ns = sizeof specs / sizeof *specs;
    doc *docs[sizeof specs / sizeof *specs];
    for (size_t i = 0; i < ns; i++) docs[i] = parsed_spec_doc(specs[i], "2022-02-14");
    size_t sentences = 0, events = 0;
    double t0 = now(), t;
    do {
        for (int rep = 0; rep < 200; rep++)
            for (size_t i = 0; i < ns; i++) {
                docs[i]->events.count = 0;
                events_code(docs[i], e, a);
                events += docs[i]->events.count;
                sentences++;
            }
        t = now() - t0;
    } while (t < 1.0);
    printf("coding alone (%s): %.0f sentences/s (%.1f events per sentence, target 50000)\n",
           dict ? "PETRARCH verbs" : "dyad verbs", (double)sentences / t, (double)events / (double)sentences);
    for (size_t i = 0; i < ns; i++) doc_free(docs[i]);
    actors_close(a);
    events_close(e);
    return 0;
}

static int bench_load(int n, char **files)
{
    for (int i = 0; i < n; i++) {
        char err[512];
        double t0 = now();
        event_dictionary *e = events_open(DYAD_ROOT "/data", files[i], false, err, sizeof err);
        double t = now() - t0;
        if (!e) { fprintf(stderr, "bench_events: %s\n", err); continue; }
        const char *base = strrchr(files[i], '/');
        printf("load %s: %.1f ms, %zu patterns (target < 200 ms)\n", base ? base + 1 : files[i], t * 1000, events_pattern_count(e));
        events_close(e);
    }
    return 0;
}

/* The full Phoenix set as --dict DIR loads it: CAMEO verbs, discards and
 * the Phoenix actors and agents (the actor reader's share included). */
static int bench_phoenix(const char *dir)
{
    char err[512];
    double t0 = now();
    event_dictionary *e = events_open(DYAD_ROOT "/data", dir, false, err, sizeof err);
    double t1 = now();
    actor_dictionary *a = e ? actors_open_petrarch(dir, 0, err, sizeof err) : NULL;
    double t2 = now();
    if (!e || !a) {
        fprintf(stderr, "bench_events: %s\n", err);
        events_close(e);
        actors_close(a);
        return 1;
    }
    printf("load Phoenix dictionaries: %.1f ms (verbs and discards %.1f ms, %zu patterns; actors and agents %.1f ms, "
           "%zu entries) (target < 200 ms)\n",
           (t2 - t0) * 1000, (t1 - t0) * 1000, events_pattern_count(e), (t2 - t1) * 1000, actors_entry_count(a));
    actors_close(a);
    events_close(e);
    return 0;
}

/* Raw text to events: the sentences of FILE (one a line, or the last tab
 * field of a TSV line) grouped twenty to an article, as news comes. */
static int bench_chain(const char *path)
{
    size_t n;
    char *text = file_read_all(path, &n, NULL, 0);
    if (!text) return 1;
    char err[512];
    dyad_resources *res = dyad_resources_open(NULL, err, sizeof err);
    if (!res) { fprintf(stderr, "bench_events: %s\n", err); free(text); return 1; }
    /* build the articles once */
    size_t cap = n + n / 8 + 1024, len = 0, docs_cap = 64, ndocs = 0;
    char *all = malloc(cap);
    size_t *starts = malloc(docs_cap * sizeof *starts);
    int in_doc = 0;
    for (char *save = NULL, *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (*line == '#') continue;
        char *s = strrchr(line, '\t');
        s = s ? s + 1 : line;
        size_t sl = strlen(s);
        if (len + sl + 64 > cap) all = realloc(all, cap = cap * 2 + sl + 64);
        if (!in_doc) {
            if (ndocs + 1 >= docs_cap) starts = realloc(starts, (docs_cap *= 2) * sizeof *starts);
            starts[ndocs++] = len;
            len += (size_t)sprintf(all + len, "Wire report\n\n");
        }
        memcpy(all + len, s, sl);
        len += sl;
        all[len++] = '\n';
        all[len++] = '\n';
        if (++in_doc == 20) in_doc = 0;
    }
    starts[ndocs] = len;
    size_t sentences = 0, events = 0;
    double t0 = now(), t;
    do {
        for (size_t k = 0; k < ndocs; k++) {
            dyad_input in = dyad_input_from_memory(all + starts[k], starts[k + 1] - starts[k], DYAD_FORMAT_TEXT);
            dyad_document *doc = dyad_process(res, &in, DYAD_STAGE_ALL);
            sentences += doc->sentence_count ? doc->sentence_count - 1 : 0; /* not the stand-in headline */
            events += doc->event_count;
            dyad_document_free(doc);
        }
        t = now() - t0;
    } while (t < 1.0);
    printf("raw text to events: %.0f sentences/s, %zu events (target 5000)%s\n", (double)sentences / t, events,
           events ? "" : " -- no events: this build has no trained parser, so the figure measures no parsing");
    dyad_resources_close(res);
    free(all);
    free(starts);
    free(text);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "coding")) return bench_coding(argc >= 3 ? argv[2] : NULL);
    if (argc >= 3 && !strcmp(argv[1], "load")) return bench_load(argc - 2, argv + 2);
    if (argc >= 3 && !strcmp(argv[1], "chain")) return bench_chain(argv[2]);
    if (argc >= 3 && !strcmp(argv[1], "phoenix")) return bench_phoenix(argv[2]);
    fprintf(stderr, "usage: bench_events coding [DICT] | load FILE... | chain FILE | phoenix DIR\n");
    return 2;
}
