/* test_events.c — event coding on sentences whose parse the test writes by
 * hand (UD relations), so the coder is checked apart from the parser:
 * who did what to whom, passives, negation, coordination, complements,
 * reported speech, event nouns, relative dates and the dictionary readers'
 * line-numbered errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

#include "core/document.h"
#include "events/events.h"
#include "test.h"

/* Hand-parsed sentences: "form/lemma/UPOS/head/deprel ..." (heads 1-based,
 * 0 for the root).  The builder is shared with bench_events. */
#include "common/parsed_spec.c"

static doc *parsed(const char *spec, const char *date) { return parsed_spec_doc(spec, date); }

/* Make the whole sentence a direct quote of a RUSGOV speaker, as the
 * statements stage would. */
static void quoted_from_rusgov(doc *d)
{
    dyad_speaker sp = {0};
    sp.identity = (dyad_actor){.text = "Peskov", .code = "RUSGOV", .country = "RUS", .entity = -1};
    VEC_PUSH(&d->speakers, sp);
    dyad_quote q = {0};
    q.span = (dyad_span){0, (uint32_t)d->text.len};
    q.speaker = 0;
    q.confidence = 0.9f;
    VEC_PUSH(&d->quotes, q);
}

static event_dictionary *dictionary(void)
{
    static event_dictionary *e;
    if (!e) {
        char dir[1024], err[512];
        snprintf(dir, sizeof dir, "%s/data", test_root());
        e = events_open(dir, NULL, false, err, sizeof err);
        if (!e) fprintf(stderr, "events_open: %s\n", err);
    }
    return e;
}

static const actor_dictionary *actors(void)
{
    static actor_dictionary *a;
    if (!a) {
        char dir[1024], err[512];
        snprintf(dir, sizeof dir, "%s/data", test_root());
        a = actors_open(dir, err, sizeof err);
    }
    return a;
}

static size_t code(doc *d)
{
    events_code(d, dictionary(), actors());
    return d->events.count;
}

/* Code d with the dictionary already loaded; the CPU seconds it took (the
 * stress tests below bound them). */
static double timed_code(doc *d)
{
    dictionary();
    clock_t t0 = clock();
    code(d);
    return (double)(clock() - t0) / CLOCKS_PER_SEC;
}

/* The stress tests' end: the parsed sentence `spec` (freed here) is coded
 * in under a second of CPU. */
static void codes_within_a_second(char *spec)
{
    doc *d = parsed(spec, NULL);
    double secs = timed_code(d);
    fprintf(stderr, "  (%.2f s)\n", secs);
    CHECK(secs < 1.0);
    doc_free(d);
    free(spec);
}

/* Whether an event source -> target with this code (target NULL for none)
 * was coded. */
static const dyad_event *find(doc *d, const char *src, const char *tgt, const char *cameo)
{
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (strcmp(e->cameo, cameo)) continue;
        if (!e->source.text || strcmp(e->source.text, src)) continue;
        if (tgt ? !(e->target.text && !strcmp(e->target.text, tgt)) : e->target.text != NULL) continue;
        return e;
    }
    return NULL;
}

/* How many events have a CAMEO code starting with `prefix` ("03", "111"). */
static size_t count_cameo(const doc *d, const char *prefix)
{
    size_t n = 0;
    for (size_t i = 0; i < d->events.count; i++) n += !strncmp(d->events.items[i].cameo, prefix, strlen(prefix));
    return n;
}

static void dump(doc *d)
{
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        fprintf(stderr, "    event %s [%s] -> %s [%s] %s (%s)\n", e->source.text, e->source.code ? e->source.code : "-",
                e->target.text ? e->target.text : "-", e->target.code ? e->target.code : "-", e->cameo, e->pattern ? e->pattern : "");
    }
}

#define EXPECT(d, s, t, c)                                        \
    do {                                                          \
        if (!find(d, s, t, c)) { dump(d); CHECK(find(d, s, t, c)); } \
    } while (0)

TEST(events_dictionary_loads_with_code_table)
{
    CHECK(dictionary() != NULL);
    size_t total;
    events_warning_count(dictionary(), &total);
    CHECK_INT_EQ(total, 0);
    CHECK(events_pattern_count(dictionary()) > 500);
}

TEST(events_subject_verb_object)
{
    doc *d = parsed("Russia/Russia/PROPN/2/nsubj attacked/attack/VERB/0/root Ukraine/Ukraine/PROPN/2/obj ././PUNCT/2/punct", NULL);
    code(d);
    EXPECT(d, "Russia", "Ukraine", "190");
    const dyad_event *e = find(d, "Russia", "Ukraine", "190");
    if (e) {
        CHECK_STR_EQ(e->plover, "ASSAULT");
        CHECK_INT_EQ(e->quad_class, 4);
        CHECK(e->goldstein < -9.0);
        CHECK(!e->negated && !e->verbal);
        CHECK_STR_EQ(e->id, "t#e1");
        CHECK_INT_EQ(e->trigger.start, 7);
        /* the actor dictionary codes both sides */
        CHECK(e->source.code && !strncmp(e->source.code, "RUS", 3));
        CHECK(e->target.code && !strncmp(e->target.code, "UKR", 3));
    }
    doc_free(d);
}

TEST(events_passive_takes_source_from_by)
{
    doc *d = parsed("Zakharova/Zakharova/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass criticised/criticise/VERB/0/root "
                    "by/by/ADP/5/case Lavrov/Lavrov/PROPN/3/obl:agent", NULL);
    code(d);
    EXPECT(d, "Lavrov", "Zakharova", "111");
    CHECK_INT_EQ(d->events.count, 1);
    doc_free(d);
}

TEST(events_negation_is_flagged)
{
    doc *d = parsed("Kyiv/Kyiv/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod reject/reject/VERB/0/root "
                    "the/the/DET/6/det claims/claim/NOUN/4/obj", NULL);
    code(d);
    CHECK_INT_EQ(d->events.count, 1);
    if (d->events.count) {
        CHECK(d->events.items[0].negated);
        CHECK_STR_EQ(d->events.items[0].cameo, "120");
    }
    doc_free(d);
}

TEST(events_coordinated_actors_and_verbs_multiply)
{
    /* "France and Germany condemned and sanctioned Iran" */
    doc *d = parsed("France/France/PROPN/4/nsubj and/and/CCONJ/3/cc Germany/Germany/PROPN/1/conj "
                    "condemned/condemn/VERB/0/root and/and/CCONJ/6/cc sanctioned/sanction/VERB/4/conj "
                    "Iran/Iran/PROPN/4/obj", NULL);
    code(d);
    EXPECT(d, "France", "Iran", "111");
    EXPECT(d, "Germany", "Iran", "111");
    EXPECT(d, "France", "Iran", "163");
    EXPECT(d, "Germany", "Iran", "163");
    CHECK_INT_EQ(d->events.count, 4);
    doc_free(d);
}

TEST(events_complement_is_coded_through_its_governor)
{
    /* "Moscow threatened to impose sanctions on Warsaw": one threat, 1312 */
    doc *d = parsed("Moscow/Moscow/PROPN/2/nsubj threatened/threaten/VERB/0/root to/to/PART/4/mark "
                    "impose/impose/VERB/2/xcomp sanctions/sanction/NOUN/4/obj on/on/ADP/7/case Warsaw/Warsaw/PROPN/4/obl", NULL);
    code(d);
    EXPECT(d, "Moscow", "Warsaw", "1312");
    CHECK_INT_EQ(d->events.count, 1);
    doc_free(d);
    /* "Hanoi refused to meet Beijing": 125 */
    d = parsed("Hanoi/Hanoi/PROPN/2/nsubj refused/refuse/VERB/0/root to/to/PART/4/mark meet/meet/VERB/2/xcomp "
               "Beijing/Beijing/PROPN/4/obj", NULL);
    code(d);
    EXPECT(d, "Hanoi", "Beijing", "125");
    CHECK_INT_EQ(d->events.count, 1);
    doc_free(d);
}

TEST(events_reported_speech_keeps_statement_and_event)
{
    /* "Peskov said Kyiv shelled Donetsk" */
    doc *d = parsed("Peskov/Peskov/PROPN/2/nsubj said/say/VERB/0/root Kyiv/Kyiv/PROPN/4/nsubj shelled/shell/VERB/2/ccomp "
                    "Donetsk/Donetsk/PROPN/4/obj", NULL);
    code(d);
    EXPECT(d, "Peskov", "Kyiv", "010"); /* a statement about Kyiv */
    EXPECT(d, "Kyiv", "Donetsk", "194");
    CHECK_INT_EQ(d->events.count, 2);
    doc_free(d);
}

TEST(events_relative_clause_subject_is_the_noun)
{
    /* "Serbia welcomed Kosovo, which had accused Belgrade" (head of relcl) */
    doc *d = parsed("Serbia/Serbia/PROPN/2/nsubj condemned/condemn/VERB/0/root Kosovo/Kosovo/PROPN/2/obj ,/,/PUNCT/7/punct "
                    "which/which/PRON/7/nsubj had/have/AUX/7/aux accused/accuse/VERB/3/acl:relcl Belgrade/Belgrade/PROPN/7/obj", NULL);
    code(d);
    EXPECT(d, "Serbia", "Kosovo", "111");
    EXPECT(d, "Kosovo", "Belgrade", "112");
    doc_free(d);
}

TEST(events_pattern_preposition_picks_target)
{
    /* "The EU imposed sanctions on Belarus" -> 163 EU -> Belarus */
    doc *d = parsed("The/the/DET/2/det EU/EU/PROPN/3/nsubj imposed/impose/VERB/0/root sanctions/sanction/NOUN/3/obj "
                    "on/on/ADP/6/case Belarus/Belarus/PROPN/4/nmod", NULL);
    code(d);
    EXPECT(d, "The EU", "Belarus", "163");
    CHECK_INT_EQ(d->events.count, 1);
    doc_free(d);
}

TEST(events_nouns_between_two_actors)
{
    /* "Talks between Russia and NATO began" */
    doc *d = parsed("Talks/talks/NOUN/6/nsubj between/between/ADP/3/case Russia/Russia/PROPN/1/nmod and/and/CCONJ/5/cc "
                    "NATO/NATO/PROPN/3/conj began/begin/VERB/0/root", NULL);
    code(d);
    EXPECT(d, "Russia", "NATO", "040");
    CHECK_INT_EQ(d->events.count, 1);
    doc_free(d);
}

TEST(events_weekday_resolves_against_document_date)
{
    /* 2022-02-14 is a Monday; "on Wednesday" is 2022-02-09 */
    doc *d = parsed("Germany/Germany/PROPN/2/nsubj praised/praise/VERB/0/root Poland/Poland/PROPN/2/obj on/on/ADP/5/case "
                    "Wednesday/Wednesday/PROPN/2/obl", "2022-02-14");
    code(d);
    CHECK_INT_EQ(d->events.count, 1);
    if (d->events.count) {
        const dyad_event *e = &d->events.items[0];
        CHECK_STR_EQ(e->cameo, "051");
        CHECK_INT_EQ(e->date.precision, DYAD_DATE_DAY);
        CHECK_INT_EQ(e->date.day, 9);
        CHECK_INT_EQ(e->date.weekday, 3);
    }
    doc_free(d);
}

TEST(events_no_event_without_trigger_or_actor)
{
    doc *d = parsed("The/the/DET/2/det weather/weather/NOUN/3/nsubj was/be/AUX/0/root mild/mild/ADJ/3/xcomp", NULL);
    CHECK_INT_EQ(code(d), 0);
    doc_free(d);
    /* a pronoun no resolver knows is no source */
    d = parsed("He/he/PRON/2/nsubj attacked/attack/VERB/0/root them/they/PRON/2/obj", NULL);
    CHECK_INT_EQ(code(d), 0);
    doc_free(d);
    /* a null pattern blocks the verb's default code */
    d = parsed("Tehran/Tehran/PROPN/2/nsubj fired/fire/VERB/0/root the/the/DET/4/det minister/minister/NOUN/2/obj", NULL);
    CHECK_INT_EQ(code(d), 0);
    doc_free(d);
}

TEST(events_duplicates_in_a_sentence_collapse)
{
    /* "Chad attacked Sudan and attacked Sudan" */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj attacked/attack/VERB/0/root Sudan/Sudan/PROPN/2/obj and/and/CCONJ/5/cc "
                    "attacked/attack/VERB/2/conj Sudan/Sudan/PROPN/5/obj", NULL);
    code(d);
    CHECK_INT_EQ(d->events.count, 1);
    doc_free(d);
}

static char *write_temp(const char *text)
{
    char *path = strdup("/tmp/dyad-verbs-XXXXXX");
    int fd = mkstemp(path);
    FILE *f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    return path;
}

TEST(events_dictionary_errors_name_file_and_line)
{
    char dir[1024], err[512];
    snprintf(dir, sizeof dir, "%s/data", test_root());
    char *path = write_temp("# ok\n190 verb attack\nnonsense here\n111 verb\n");
    event_dictionary *e = events_open(dir, path, false, err, sizeof err);
    CHECK(e != NULL);
    size_t total = 0;
    CHECK_INT_EQ(events_warning_count(e, &total), 2);
    const char *w = events_warning(e, 0);
    CHECK(w && strstr(w, ":3: "));
    CHECK(events_warning(e, 1) && strstr(events_warning(e, 1), ":4: "));
    CHECK_INT_EQ(events_pattern_count(e), 1);
    events_close(e);
    /* strict refuses, with the first problem as the reason */
    e = events_open(dir, path, true, err, sizeof err);
    CHECK(e == NULL);
    CHECK(strstr(err, ":3: ") != NULL);
    remove(path);
    free(path);
}

TEST(events_reads_petrarch_verb_format)
{
    char dir[1024], err[512];
    snprintf(dir, sizeof dir, "%s/data", test_root());
    char *path = write_temp("&WEAPON\n+RIFLES\n+TANKS_\n\n--- SUPPLY [070] ---\nSUPPLY\nSEND {SENT SENDING}\n"
                            "- * &WEAPON [072]  # SUPPLY\n- * (TO +) AID [073]\n- no star here [111]\n");
    event_dictionary *e = events_open(dir, path, false, err, sizeof err);
    CHECK(e != NULL);
    size_t total = 0;
    events_warning_count(e, &total);
    CHECK_INT_EQ(total, 1); /* the pattern without '*' */
    events_close(e);
    remove(path);
    free(path);
}

TEST(events_petrarch_discards_silence_sentences_and_stories)
{
    char dir[1024], err[512];
    snprintf(dir, sizeof dir, "%s/data", test_root());
    char *tmp = strdup("/tmp/dyad-dict-XXXXXX");
    CHECK(mkdtemp(tmp) != NULL);
    char path[1200];
    snprintf(path, sizeof path, "%s/test.verbs.txt", tmp);
    FILE *f = fopen(path, "w");
    fputs("--- ATTACK [190] ---\nATTACK\n", f);
    fclose(f);
    snprintf(path, sizeof path, "%s/test.discards.txt", tmp);
    f = fopen(path, "w");
    fputs("# sports\nFOOTBALL CLUB\n+TYPHOON\n", f);
    fclose(f);
    event_dictionary *e = events_open(dir, tmp, false, err, sizeof err);
    CHECK(e != NULL);
    if (e) {
        doc *d = parsed("Chad/Chad/PROPN/2/nsubj attacked/attack/VERB/0/root Sudan/Sudan/PROPN/2/obj", NULL);
        events_code(d, e, actors());
        CHECK_INT_EQ(d->events.count, 1);
        doc_free(d);
        d = parsed("Chad/Chad/PROPN/2/nsubj attacked/attack/VERB/0/root Sudan/Sudan/PROPN/2/obj after/after/ADP/6/case "
                   "a/a/DET/6/det typhoon/typhoon/NOUN/2/obl", NULL);
        events_code(d, e, actors());
        CHECK_INT_EQ(d->events.count, 0);
        doc_free(d);
        events_close(e);
    }
    char cmd[1300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
    CHECK(system(cmd) == 0);
    free(tmp);
}

TEST(events_hyphenated_pair_names_both_sides)
{
    /* "NATO-Russia talks resumed": two actors in one modifier */
    doc *d = parsed("NATO-Russia/NATO-Russia/PROPN/2/compound talks/talks/NOUN/3/nsubj resumed/resume/VERB/0/root", NULL);
    code(d);
    int both = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (!strncmp(e->cameo, "04", 2) && e->source.code && e->target.code) both++;
    }
    if (both != 2) dump(d);
    CHECK_INT_EQ(both, 2);
    doc_free(d);
}

TEST(events_hyphen_split_by_the_tokenizer_still_pairs)
{
    doc *d = parsed("US/US/PROPN/3/compound -/-/PUNCT/1/punct Russia/Russia/PROPN/4/compound talks/talks/NOUN/5/nsubj "
                    "resumed/resume/VERB/0/root", NULL);
    code(d);
    int both = 0;
    for (size_t i = 0; i < d->events.count; i++)
        both += !strncmp(d->events.items[i].cameo, "04", 2) && d->events.items[i].target.code != NULL;
    if (both != 2) dump(d);
    CHECK_INT_EQ(both, 2);
    doc_free(d);
}

TEST(events_hundreds_of_actors_stay_bounded)
{
    /* "A0 and A1 and ... A299 attacked Sudan": a cap, not a blow-up */
    char *spec = malloc(64 * 1024);
    size_t n = 0;
    for (int i = 0; i < 300; i++)
        n += (size_t)sprintf(spec + n, "Chad%d/Chad%d/PROPN/%d/%s ", i, i, i ? 1 : 301, i ? "conj" : "nsubj");
    sprintf(spec + n, "attacked/attack/VERB/0/root Sudan/Sudan/PROPN/301/obj");
    doc *d = parsed(spec, NULL);
    double secs = timed_code(d);
    CHECK(d->events.count > 0 && d->events.count <= 256);
    CHECK(secs < 1.0);
    doc_free(d);
    free(spec);
}

TEST(events_cli_strict_dictionary_refuses_with_file_and_line)
{
    char *path = write_temp("190 verb attack\nthis is not a pattern\n");
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "echo 'Chad attacked Sudan.' | %s code -q --strict --dict %s 2>&1", test_dyad_bin(), path);
    FILE *p = popen(cmd, "r");
    char out[4096];
    size_t got = p ? fread(out, 1, sizeof out - 1, p) : 0;
    out[got] = '\0';
    int status = p ? pclose(p) : -1;
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 2);
    CHECK(strstr(out, ":2: ") != NULL);
    /* without --strict the line is reported and skipped, and the run goes on */
    snprintf(cmd, sizeof cmd, "echo 'Chad attacked Sudan.' | %s code -q --as tsv --dict %s 2>&1 >/dev/null", test_dyad_bin(), path);
    p = popen(cmd, "r");
    got = p ? fread(out, 1, sizeof out - 1, p) : 0;
    out[got] = '\0';
    status = p ? pclose(p) : -1;
    CHECK(strstr(out, ":2: ") != NULL && strstr(out, "skipped") != NULL);
    remove(path);
    free(path);
}

TEST(events_noun_headed_misparse_is_read_as_a_clause)
{
    /* "The United States imposed sanctions on Russia" parsed as a noun phrase */
    doc *d = parsed("The/the/DET/3/det United/United/ADJ/3/amod States/State/PROPN/5/compound imposed/imposed/ADJ/5/amod "
                    "sanctions/sanction/NOUN/0/root on/on/ADP/7/case Russia/Russia/PROPN/5/nmod", NULL);
    d->tokens.items[3].xpos = "VBN";
    code(d);
    EXPECT(d, "The United States", "Russia", "163");
    doc_free(d);
    /* a true noun phrase with an adjective stays without events */
    d = parsed("The/the/DET/3/det new/new/ADJ/3/amod sanctions/sanction/NOUN/0/root on/on/ADP/5/case Russia/Russia/PROPN/3/nmod", NULL);
    CHECK_INT_EQ(code(d), 0);
    doc_free(d);
}

TEST(events_long_dictionary_lines_are_read_whole)
{
    /* a pattern line longer than the label kept for it (found by fuzzing) */
    char line[1200];
    int n = snprintf(line, sizeof line, "190 verb attack");
    for (int k = 0; k < 12; k++) /* few words (under the per-line limit), each long */
        n += snprintf(line + n, sizeof line - (size_t)n, " word%dxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx|alt%dyyyyyyyyyyyyyyyyyyyyyy", k, k);
    snprintf(line + n, sizeof line - (size_t)n, "\n");
    char *path = write_temp(line);
    char dir[1024], err[512];
    snprintf(dir, sizeof dir, "%s/data", test_root());
    event_dictionary *e = events_open(dir, path, false, err, sizeof err);
    CHECK(e != NULL);
    CHECK_INT_EQ(events_pattern_count(e), 1);
    events_close(e);
    remove(path);
    free(path);
}

TEST(events_cli_tsv_layout_for_a_quoted_statement)
{
    /* a quote with a coded speaker is a statement event; --as tsv gives the
     * Phoenix-style columns (date, source, target, code, root, quad, goldstein) */
    char *path = write_temp("Talks stall\n\nMOSCOW (Wire) - \"We will not accept this,\" Kremlin spokesman Dmitry Peskov "
                            "told reporters on Wednesday.\n");
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s code -q --as tsv %s", test_dyad_bin(), path);
    FILE *p = popen(cmd, "r");
    char out[8192];
    size_t got = p ? fread(out, 1, sizeof out - 1, p) : 0;
    out[got] = '\0';
    int status = p ? pclose(p) : -1;
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(strstr(out, "\tRUSGOV\t\t010\t01\t1\t0.0\t") != NULL);
    /* every line has the documented 21 columns */
    for (char *line = out; *line;) {
        char *end = strchr(line, '\n');
        if (!end) break;
        int tabs = 0;
        for (char *c = line; c < end; c++) tabs += *c == '\t';
        CHECK_INT_EQ(tabs, 20);
        line = end + 1;
    }
    remove(path);
    free(path);
}

TEST(events_pronoun_in_reported_clause_is_the_reporter)
{
    /* "Iran said it would attack Israel": the reporter, and a threat */
    doc *d = parsed("Iran/Iran/PROPN/2/nsubj said/say/VERB/0/root it/it/PRON/5/nsubj would/would/AUX/5/aux "
                    "attack/attack/VERB/2/ccomp Israel/Israel/PROPN/5/obj", NULL);
    code(d);
    EXPECT(d, "Iran", "Israel", "138");
    doc_free(d);
}

TEST(events_quote_tone_is_silent_in_a_negated_clause)
{
    /* "The conditions for a productive meeting do not exist", quoted from
     * a RUSGOV speaker: no optimism, though "productive" is a happy word */
    doc *d = parsed("The/the/DET/2/det conditions/condition/NOUN/9/nsubj for/for/ADP/6/case a/a/DET/6/det "
                    "productive/productive/ADJ/6/amod meeting/meeting/NOUN/2/nmod do/do/AUX/9/aux not/not/PART/9/advmod "
                    "exist/exist/VERB/0/root", NULL);
    quoted_from_rusgov(d);
    code(d);
    CHECK_INT_EQ(count_cameo(d, "013"), 0);
    doc_free(d);
}

TEST(events_quote_tone_makes_criticism_of_named_actors)
{
    /* "NATO expansion is a dangerous mistake", quoted from a RUSGOV speaker */
    doc *d = parsed("NATO/NATO/PROPN/2/compound expansion/expansion/NOUN/6/nsubj is/be/AUX/6/cop a/a/DET/6/det "
                    "dangerous/dangerous/ADJ/6/amod mistake/mistake/NOUN/0/root", NULL);
    quoted_from_rusgov(d);
    code(d);
    int criticism = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (!strcmp(e->cameo, "111") && e->source.code && !strcmp(e->source.code, "RUSGOV") && e->target.code &&
            !strncmp(e->target.code, "IGO", 3))
            criticism = 1;
    }
    if (!criticism) dump(d);
    CHECK(criticism);
    doc_free(d);
}

TEST(events_reported_obligation_is_a_demand_by_the_reporter)
{
    /* "Russia said NATO must stop supplying weapons" */
    doc *d = parsed("Russia/Russia/PROPN/2/nsubj said/say/VERB/0/root NATO/NATO/PROPN/5/nsubj must/must/AUX/5/aux "
                    "stop/stop/VERB/2/ccomp supplying/supply/VERB/5/xcomp weapons/weapon/NOUN/6/obj", NULL);
    code(d);
    int demand = 0, supply = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (!strncmp(e->cameo, "10", 2) && e->source.text && !strcmp(e->source.text, "Russia") && e->target.text &&
            !strcmp(e->target.text, "NATO"))
            demand = 1;
        if (!strncmp(e->cameo, "07", 2)) supply = 1;
    }
    if (!demand || supply) dump(d);
    CHECK(demand);
    CHECK(!supply);
    doc_free(d);
}

TEST(events_petrarch_multiword_synonyms_match_whole)
{
    char dir[1024], err[512];
    snprintf(dir, sizeof dir, "%s/data", test_root());
    char *path = write_temp("&CUR\n+DOLLARS\n+GOLDEN_GOBLIN_GALLEONS\n\n--- GIVE [070] ---\nGIVE\n- * &CUR [071]\n");
    event_dictionary *e = events_open(dir, path, false, err, sizeof err);
    CHECK(e != NULL);
    if (e) {
        /* "Chad gave golden goblin galleons to Sudan": the whole member, 071 */
        doc *d = parsed("Chad/Chad/PROPN/2/nsubj gave/give/VERB/0/root golden/golden/ADJ/5/amod goblin/goblin/NOUN/5/compound "
                        "galleons/galleon/NOUN/2/obj to/to/ADP/7/case Sudan/Sudan/PROPN/2/obl", NULL);
        events_code(d, e, actors());
        CHECK(d->events.count == 1 && !strcmp(d->events.items[0].cameo, "071"));
        doc_free(d);
        /* "Chad gave goblin galleons to Sudan": not the member, the verb's 070 */
        d = parsed("Chad/Chad/PROPN/2/nsubj gave/give/VERB/0/root goblin/goblin/NOUN/4/compound "
                   "galleons/galleon/NOUN/2/obj to/to/ADP/6/case Sudan/Sudan/PROPN/2/obl", NULL);
        events_code(d, e, actors());
        CHECK(d->events.count == 1 && !strcmp(d->events.items[0].cameo, "070"));
        doc_free(d);
        events_close(e);
    }
    remove(path);
    free(path);
}

TEST(events_role_of_several_countries_is_one_actor_each)
{
    /* "The foreign ministers of Russia and China met India" */
    doc *d = parsed("The/the/DET/3/det foreign/foreign/ADJ/3/amod ministers/minister/NOUN/8/nsubj of/of/ADP/5/case "
                    "Russia/Russia/PROPN/3/nmod and/and/CCONJ/7/cc China/China/PROPN/5/conj met/meet/VERB/0/root "
                    "India/India/PROPN/8/obj", NULL);
    code(d);
    int rus = 0, chn = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (!e->source.code || strncmp(e->cameo, "04", 2)) continue;
        rus |= !strcmp(e->source.code, "RUSGOV");
        chn |= !strcmp(e->source.code, "CHNGOV");
    }
    if (!rus || !chn) dump(d);
    CHECK(rus && chn);
    doc_free(d);
}

TEST(events_negated_tone_word_is_no_criticism)
{
    /* "NATO expansion is not a mistake", quoted: no criticism */
    doc *d = parsed("NATO/NATO/PROPN/2/compound expansion/expansion/NOUN/6/nsubj is/be/AUX/6/cop not/not/PART/6/advmod "
                    "a/a/DET/6/det mistake/mistake/NOUN/0/root", NULL);
    quoted_from_rusgov(d);
    code(d);
    int criticism = 0;
    for (size_t i = 0; i < d->events.count; i++) criticism |= !strcmp(d->events.items[i].cameo, "111");
    if (criticism) dump(d);
    CHECK(!criticism);
    doc_free(d);
}

/* Finds the event with this code and returns its source and target codes
 * ("-" for none) as "SRC>TGT" in buf, or "" when there is none. */
static const char *codes_of(doc *d, const char *cameo, char *buf, size_t n)
{
    buf[0] = '\0';
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (strcmp(e->cameo, cameo)) continue;
        snprintf(buf, n, "%s>%s", e->source.code ? e->source.code : "-", e->target.code ? e->target.code : "-");
        break;
    }
    if (!buf[0]) dump(d);
    return buf;
}

TEST(events_gunmen_take_the_country_of_the_place)
{
    /* "Gunmen attacked villagers in Kharkiv": a city stands for its
     * country, and unnamed gunmen belong to the place they act in */
    doc *d = parsed("Gunmen/gunman/NOUN/2/nsubj attacked/attack/VERB/0/root villagers/villager/NOUN/2/obj "
                    "in/in/ADP/5/case Kharkiv/Kharkiv/PROPN/2/obl ././PUNCT/2/punct", NULL);
    code(d);
    char b[64];
    /* gunmen are no army: unconventional violence, 180 */
    CHECK_STR_EQ(codes_of(d, "180", b, sizeof b), "UKRUAF>UKRCVL");
    doc_free(d);
}

TEST(events_shelling_a_city_targets_its_country)
{
    /* "Russia shelled Kharkiv" -> RUS > UKR; a city codes as its country,
     * never as its government */
    doc *d = parsed("Russia/Russia/PROPN/2/nsubj shelled/shell/VERB/0/root Kharkiv/Kharkiv/PROPN/2/obj ././PUNCT/2/punct", NULL);
    code(d);
    char b[64];
    CHECK_STR_EQ(codes_of(d, "194", b, sizeof b), "RUS>UKR");
    doc_free(d);
}

TEST(events_title_split_from_name_is_one_subject)
{
    /* "Bree Prime Minister Romendacil criticised Gondor", parsed with "Bree"
     * and "Romendacil" both subjects: the mention is read whole */
    doc *d = parsed("Turkish/Turkish/PROPN/5/nsubj Prime/prime/ADJ/3/amod Minister/Minister/PROPN/4/compound "
                    "Yildirim/Yildirim/PROPN/5/nsubj criticised/criticise/VERB/0/root Greece/Greece/PROPN/5/obj", NULL);
    code(d);
    char b[64];
    CHECK_STR_EQ(codes_of(d, "111", b, sizeof b), "TURGOV>GRC");
    CHECK_INT_EQ(d->events.count, 1);
    doc_free(d);
    /* the same with the demonym tagged as an adjective */
    d = parsed("Turkish/Turkish/ADJ/4/nsubj President/President/PROPN/3/nmod:desc Erdogan/Erdogan/PROPN/4/nsubj "
               "criticised/criticise/VERB/0/root Greece/Greece/PROPN/4/obj", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "111", b, sizeof b), "TURGOV>GRC");
    CHECK_INT_EQ(d->events.count, 1);
    doc_free(d);
}

TEST(events_noun_root_with_copula_and_to_verb_is_a_clause)
{
    /* "Officials are about to restore ties with Cuba": parsed with
     * "officials" the root and "restore" hanging on "about" */
    doc *d = parsed("Mexican/Mexican/ADJ/2/amod officials/official/NOUN/0/root are/be/AUX/2/cop about/about/ADP/3/dep "
                    "to/to/PART/6/mark restore/restore/VERB/4/advcl ties/tie/NOUN/6/obj with/with/ADP/9/case "
                    "Cuba/Cuba/PROPN/7/nmod ././PUNCT/2/punct", NULL);
    code(d);
    char b[64];
    CHECK(!strncmp(codes_of(d, "064", b, sizeof b), "MEXGOV>CUB", 10));
    doc_free(d);
}

TEST(events_ready_for_concessions_is_an_intent_to_yield)
{
    /* "Ukraine is ready for concessions": an adjective predicate codes */
    doc *d = parsed("Ukraine/Ukraine/PROPN/3/nsubj is/be/AUX/3/cop ready/ready/ADJ/0/root for/for/ADP/5/case "
                    "concessions/concession/NOUN/3/obl ././PUNCT/3/punct", NULL);
    code(d);
    char b[64];
    CHECK_STR_EQ(codes_of(d, "035", b, sizeof b), "UKR>-");
    doc_free(d);
    /* ready for something no pattern codes is no event */
    d = parsed("Mexico/Mexico/PROPN/3/nsubj is/be/AUX/3/cop ready/ready/ADJ/0/root for/for/ADP/6/case "
               "the/the/DET/6/det election/election/NOUN/3/obl", NULL);
    code(d);
    CHECK_INT_EQ(d->events.count, 0);
    doc_free(d);
    /* a plain adjective without a copula is no event: "ready meals" */
    d = parsed("Ready/ready/ADJ/2/amod meals/meal/NOUN/0/root", NULL);
    code(d);
    CHECK_INT_EQ(d->events.count, 0);
    doc_free(d);
}

TEST(events_of_list_split_by_the_parser_keeps_the_role)
{
    /* "The ambassadors of France, Italy and Spain visited Kenya", parsed
     * with "Italy and Spain" a second subject: each country's ambassador */
    doc *d = parsed("The/the/DET/2/det ambassadors/ambassador/NOUN/9/nsubj of/of/ADP/4/case France/France/PROPN/2/nmod "
                    ",/,/PUNCT/6/punct Italy/Italy/PROPN/9/nsubj and/and/CCONJ/8/cc Spain/Spain/PROPN/6/conj "
                    "visited/visit/VERB/0/root Kenya/Kenya/PROPN/9/obj", NULL);
    code(d);
    int fra = 0, ita = 0, esp = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const char *c = d->events.items[i].source.code;
        fra |= c && !strcmp(c, "FRAGOV");
        ita |= c && !strcmp(c, "ITAGOV");
        esp |= c && !strcmp(c, "ESPGOV");
    }
    if (!(fra && ita && esp)) dump(d);
    CHECK(fra && ita && esp);
    doc_free(d);
}

TEST(events_name_hung_on_a_name_is_one_mention)
{
    /* "Turkish Prime Minister Yildirim criticised Greece", parsed with
     * "Prime Minister Yildirim" a caseless nmod of "Turkish" */
    doc *d = parsed("Turkish/Turkish/PROPN/5/nsubj Prime/prime/ADJ/3/amod Minister/Minister/PROPN/4/compound "
                    "Yildirim/Yildirim/PROPN/1/nmod criticised/criticise/VERB/0/root Greece/Greece/PROPN/5/obj", NULL);
    code(d);
    char b[64];
    CHECK_STR_EQ(codes_of(d, "111", b, sizeof b), "TURGOV>GRC");
    doc_free(d);
}

TEST(events_subject_read_as_root_with_verb_as_modifier_is_repaired)
{
    /* "France supplied jets to India", parsed with "France" the root and
     * "supplied" an adjective of "jets" */
    doc *d = parsed("France/France/PROPN/0/root supplied/supply/VERB/3/amod jets/jet/NOUN/1/obj to/to/ADP/5/case "
                    "India/India/PROPN/3/nmod ././PUNCT/1/punct", NULL);
    code(d);
    char b[64];
    CHECK_STR_EQ(codes_of(d, "072", b, sizeof b), "FRA>IND");
    doc_free(d);
    /* a noun phrase with no verb at all stays no event */
    d = parsed("French/French/ADJ/2/amod jets/jet/NOUN/0/root for/for/ADP/4/case India/India/PROPN/2/nmod", NULL);
    code(d);
    CHECK_INT_EQ(d->events.count, 0);
    doc_free(d);
}

TEST(events_from_phrase_names_the_actor_country)
{
    /* "Soldiers from Chad attacked Sudan": Chadian soldiers, not soldiers
     * of whatever country the context suggests */
    doc *d = parsed("Soldiers/soldier/NOUN/4/nsubj from/from/ADP/3/case Chad/Chad/PROPN/1/nmod attacked/attack/VERB/0/root "
                    "Sudan/Sudan/PROPN/4/obj", NULL);
    code(d);
    char b[64];
    CHECK_STR_EQ(codes_of(d, "190", b, sizeof b), "TCDMIL>SDN");
    doc_free(d);
}

TEST(events_adjectives_joined_by_and_keep_the_role)
{
    /* "Syria's new and powerful minister warned Jordan": the "and" between
     * adjectives does not cut the mention before its role */
    doc *d = parsed("Syria/Syria/PROPN/6/nmod:poss 's/'s/PART/1/case new/new/ADJ/6/amod and/and/CCONJ/5/cc "
                    "powerful/powerful/ADJ/3/conj minister/minister/NOUN/7/nsubj warned/warn/VERB/0/root "
                    "Jordan/Jordan/PROPN/7/obj", NULL);
    code(d);
    int gov = 0;
    for (size_t i = 0; i < d->events.count; i++)
        gov |= d->events.items[i].source.code && !strcmp(d->events.items[i].source.code, "SYRGOV");
    if (!gov) dump(d);
    CHECK(gov);
    doc_free(d);
}

TEST(events_sector_in_a_list_of_places_is_one_actor_per_place)
{
    /* "Lawmakers in Peru and Chile welcomed the deal" */
    doc *d = parsed("Lawmakers/lawmaker/NOUN/6/nsubj in/in/ADP/3/case Peru/Peru/PROPN/1/nmod and/and/CCONJ/5/cc "
                    "Chile/Chile/PROPN/3/conj welcomed/welcome/VERB/0/root Bolivia/Bolivia/PROPN/6/obj", NULL);
    code(d);
    int per = 0, chl = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const char *c = d->events.items[i].source.code;
        per |= c && !strcmp(c, "PERLEG");
        chl |= c && !strcmp(c, "CHLLEG");
    }
    if (!(per && chl)) dump(d);
    CHECK(per && chl);
    doc_free(d);
}

TEST(events_who_acts_refines_the_code)
{
    /* "Israeli jets bombed Damascus": a bombing by an armed force is an
     * air strike (195), not a terrorist bombing (183) */
    doc *d = parsed("Israeli/Israeli/ADJ/2/amod jets/jet/NOUN/3/nsubj bombed/bomb/VERB/0/root Damascus/Damascus/PROPN/3/obj", NULL);
    code(d);
    char b[64];
    CHECK_STR_EQ(codes_of(d, "195", b, sizeof b), "ISRMIL>SYRGOV");
    doc_free(d);
    /* "Indian troops clashed with Pakistani soldiers": fighting, not a riot */
    d = parsed("Indian/Indian/ADJ/2/amod troops/troops/NOUN/3/nsubj clashed/clash/VERB/0/root with/with/ADP/6/case "
               "Pakistani/Pakistani/ADJ/6/amod soldiers/soldier/NOUN/3/obl", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "190", b, sizeof b), "INDMIL>PAKMIL");
    doc_free(d);
    /* rioters clashing with police stay a riot */
    d = parsed("Rioters/rioter/NOUN/2/nsubj clashed/clash/VERB/0/root with/with/ADP/4/case police/police/NOUN/2/obl "
               "in/in/ADP/6/case Marseille/Marseille/PROPN/2/obl", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "145", b, sizeof b), "FRAOPP>FRACOP");
    doc_free(d);
}

TEST(events_countryless_target_takes_the_source_country_before_the_document)
{
    /* a BOGOTA-datelined story: "Venezuelan officials met the opposition"
     * is Venezuela's opposition, not Colombia's */
    doc *d = parsed("Venezuelan/Venezuelan/ADJ/2/amod officials/official/NOUN/3/nsubj met/meet/VERB/0/root "
                    "the/the/DET/5/det opposition/opposition/NOUN/3/obj", NULL);
    d->pub.dateline.city = "BOGOTA";
    code(d);
    char b[64];
    CHECK_STR_EQ(codes_of(d, "040", b, sizeof b), "VENGOV>VENOPP");
    doc_free(d);
}

TEST(events_body_acting_on_itself_has_no_target)
{
    /* "The army said Pakistani troops shelled Amritsar": the army's
     * statement is not about itself as a target */
    doc *d = parsed("The/the/DET/2/det army/army/NOUN/3/nsubj said/say/VERB/0/root Pakistani/Pakistani/ADJ/5/amod "
                    "troops/troops/NOUN/6/nsubj shelled/shell/VERB/3/ccomp Amritsar/Amritsar/PROPN/6/obj", NULL);
    d->pub.dateline.city = "ISLAMABAD";
    code(d);
    char b[64];
    CHECK_STR_EQ(codes_of(d, "010", b, sizeof b), "PAKMIL>-");
    doc_free(d);
}

/* ---- reported demands whichever way the parser attaches the speech verb ---- */

/* Whether any event's code starts with this root (or longer prefix). */
static int has_code(doc *d, const char *prefix)
{
    for (size_t i = 0; i < d->events.count; i++)
        if (!strncmp(d->events.items[i].cameo, prefix, strlen(prefix))) return 1;
    return 0;
}

TEST(events_demand_with_speech_verb_as_parataxis_of_the_content)
{
    /* "Serbia must release the prisoners, Croatia said": the speech verb
     * hangs on the demanded clause instead of governing it */
    doc *d = parsed("Serbia/Serbia/PROPN/3/nsubj must/must/AUX/3/aux release/release/VERB/0/root the/the/DET/5/det "
                    "prisoners/prisoner/NOUN/3/obj ,/,/PUNCT/8/punct Croatia/Croatia/PROPN/8/nsubj "
                    "said/say/VERB/3/parataxis ././PUNCT/3/punct", NULL);
    code(d);
    EXPECT(d, "Croatia", "Serbia", "1053");
    if (has_code(d, "084")) dump(d);
    CHECK(!has_code(d, "084")); /* the release has not happened */
    doc_free(d);
}

TEST(events_demand_with_speech_verb_as_ccomp_of_the_content)
{
    /* "Japan should lift the embargo, China stressed", with "stressed" a
     * ccomp of "lift" as some parses give it */
    doc *d = parsed("Japan/Japan/PROPN/3/nsubj should/should/AUX/3/aux lift/lift/VERB/0/root the/the/DET/5/det "
                    "embargo/embargo/NOUN/3/obj ,/,/PUNCT/8/punct China/China/PROPN/8/nsubj "
                    "stressed/stress/VERB/3/ccomp ././PUNCT/3/punct", NULL);
    code(d);
    EXPECT(d, "China", "Japan", "1054");
    CHECK(!has_code(d, "085"));
    doc_free(d);
}

TEST(events_fronted_purpose_clause_does_not_hide_the_demand)
{
    /* "To ease tensions, Japan should lift the embargo, China added": the
     * demanded clause is a parataxis of the fronted "To ease", which hangs
     * on the speech verb at the end */
    doc *d = parsed("To/to/PART/2/mark ease/ease/VERB/12/advcl tensions/tension/NOUN/2/obj ,/,/PUNCT/7/punct "
                    "Japan/Japan/PROPN/7/nsubj should/should/AUX/7/aux lift/lift/VERB/2/parataxis the/the/DET/9/det "
                    "embargo/embargo/NOUN/7/obj ,/,/PUNCT/7/punct China/China/PROPN/12/nsubj added/add/VERB/0/root "
                    "././PUNCT/12/punct", NULL);
    code(d);
    EXPECT(d, "China", "Japan", "1054");
    CHECK(!has_code(d, "085"));
    doc_free(d);
}

TEST(events_in_order_to_clause_before_a_demand_under_the_speech_verb)
{
    /* "In order to end the standoff, Serbia must free the hostages, Croatia
     * said": the main clause is the root, the purpose clause fronted on it,
     * the speech verb a parataxis at the end */
    doc *d = parsed("In/in/ADP/4/mark order/order/NOUN/1/fixed to/to/PART/4/mark end/end/VERB/10/advcl "
                    "the/the/DET/6/det standoff/standoff/NOUN/4/obj ,/,/PUNCT/10/punct Serbia/Serbia/PROPN/10/nsubj "
                    "must/must/AUX/10/aux free/free/VERB/0/root the/the/DET/12/det hostages/hostage/NOUN/10/obj "
                    ",/,/PUNCT/15/punct Croatia/Croatia/PROPN/15/nsubj said/say/VERB/10/parataxis ././PUNCT/10/punct",
                    NULL);
    code(d);
    EXPECT(d, "Croatia", "Serbia", "1053");
    CHECK(!has_code(d, "084"));
    doc_free(d);
}

TEST(events_obligation_without_a_speaker_is_no_demand)
{
    /* "To ease tensions, Japan should lift the embargo, analysts believe":
     * a speaker that is no actor makes no demand; and with no speech verb at
     * all ("Japan should lift the embargo") nobody demands anything */
    doc *d = parsed("To/to/PART/2/mark ease/ease/VERB/7/advcl tensions/tension/NOUN/2/obj ,/,/PUNCT/7/punct "
                    "Japan/Japan/PROPN/7/nsubj should/should/AUX/7/aux lift/lift/VERB/0/root the/the/DET/9/det "
                    "embargo/embargo/NOUN/7/obj ././PUNCT/7/punct", NULL);
    code(d);
    if (has_code(d, "10")) dump(d);
    CHECK(!has_code(d, "10"));
    doc_free(d);
}

TEST(events_passive_subject_without_passive_auxiliary_is_the_actor)
{
    /* "Egypt ruled out talks with Sudan", parsed with Egypt as nsubj:pass
     * but no "was" and a direct object: an active clause all the same */
    doc *d = parsed("Egypt/Egypt/PROPN/2/nsubj:pass ruled/rule/VERB/0/root out/out/ADP/2/compound:prt "
                    "talks/talk/NOUN/2/obj with/with/ADP/6/case Sudan/Sudan/PROPN/4/nmod ././PUNCT/2/punct", NULL);
    code(d);
    EXPECT(d, "Egypt", "Sudan", "125");
    doc_free(d);
}

TEST(events_pronoun_in_lead_form_speech_is_the_reporter)
{
    /* "It would attack Israel, Iran said": the speech verb hangs on the
     * reported clause (parataxis), its subject still stands for "it" */
    doc *d = parsed("It/it/PRON/3/nsubj would/would/AUX/3/aux attack/attack/VERB/0/root Israel/Israel/PROPN/3/obj "
                    ",/,/PUNCT/7/punct Iran/Iran/PROPN/7/nsubj said/say/VERB/3/parataxis ././PUNCT/3/punct", NULL);
    code(d);
    EXPECT(d, "Iran", "Israel", "138");
    doc_free(d);
}

TEST(events_lead_form_statement_is_about_the_reported_subject)
{
    /* "Serbia shelled Kosovo, Croatia said": the statement is Croatia's
     * about Serbia, as when "said" governs the clause, and the shelling
     * stands on its own */
    doc *d = parsed("Serbia/Serbia/PROPN/2/nsubj shelled/shell/VERB/0/root Kosovo/Kosovo/PROPN/2/obj ,/,/PUNCT/6/punct "
                    "Croatia/Croatia/PROPN/6/nsubj said/say/VERB/2/parataxis ././PUNCT/2/punct", NULL);
    code(d);
    EXPECT(d, "Croatia", "Serbia", "010");
    CHECK(has_code(d, "19"));
    doc_free(d);
}

TEST(events_considering_is_not_saying)
{
    /* "Croatia said Serbia would review the request": "review" (014,
     * consider) is an act, not speech, so its clause's governor is no
     * content of it and Croatia is not its target */
    doc *d = parsed("Croatia/Croatia/PROPN/2/nsubj said/say/VERB/0/root Serbia/Serbia/PROPN/5/nsubj would/would/AUX/5/aux "
                    "review/review/VERB/2/ccomp the/the/DET/7/det request/request/NOUN/5/obj ././PUNCT/2/punct", NULL);
    code(d);
    EXPECT(d, "Croatia", "Serbia", "010");
    EXPECT(d, "Serbia", NULL, "014");
    doc_free(d);
}

TEST(events_possessive_pronoun_takes_the_country_of_the_clause_above)
{
    /* "Croatia said its army shelled the Serbian army and the Serbian
     * police": "its army" is Croatia's, though the document names Serbia
     * more often */
    doc *d = parsed("Croatia/Croatia/PROPN/2/nsubj said/say/VERB/0/root its/its/PRON/4/nmod:poss army/army/NOUN/5/nsubj "
                    "shelled/shell/VERB/2/ccomp the/the/DET/8/det Serbian/Serbian/ADJ/8/amod army/army/NOUN/5/obj "
                    "and/and/CCONJ/12/cc the/the/DET/12/det Serbian/Serbian/ADJ/12/amod police/police/NOUN/8/conj", NULL);
    code(d);
    int found = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (!strncmp(e->cameo, "19", 2) && e->source.code) {
            CHECK_STR_EQ(e->source.code, "HRVMIL");
            found = 1;
        }
    }
    if (!found) dump(d);
    CHECK(found);
    doc_free(d);
}

TEST(events_statement_about_ones_own_side_has_no_target)
{
    /* "Croatia warned that Zagreb would retaliate": the capital is
     * Croatia itself, not a party the warning is about */
    doc *d = parsed("Croatia/Croatia/PROPN/2/nsubj warned/warn/VERB/0/root that/that/SCONJ/6/mark Zagreb/Zagreb/PROPN/6/nsubj "
                    "would/would/AUX/6/aux retaliate/retaliate/VERB/2/ccomp ././PUNCT/2/punct", NULL);
    code(d);
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (e->source.text && !strcmp(e->source.text, "Croatia")) CHECK(e->target.code == NULL);
    }
    CHECK(d->events.count >= 1);
    doc_free(d);
}

TEST(events_purpose_clause_and_its_conjunct_take_the_main_subject)
{
    /* "Serbia sent troops to seal the border and arrested Kosovo's envoy":
     * the parser hangs "arrested" on the purpose clause, whose subject is
     * the main clause's */
    doc *d = parsed("Serbia/Serbia/PROPN/2/nsubj sent/send/VERB/0/root troops/troop/NOUN/2/obj to/to/PART/5/mark "
                    "seal/seal/VERB/2/advcl the/the/DET/7/det border/border/NOUN/5/obj and/and/CCONJ/9/cc "
                    "arrested/arrest/VERB/5/conj Kosovo/Kosovo/PROPN/11/nmod:poss envoy/envoy/NOUN/9/obj", NULL);
    code(d);
    int arrest = 0;
    for (size_t i = 0; i < d->events.count; i++)
        if (!strncmp(d->events.items[i].cameo, "173", 3) && d->events.items[i].source.code &&
            !strncmp(d->events.items[i].source.code, "SRB", 3))
            arrest = 1;
    if (!arrest) dump(d);
    CHECK(arrest);
    doc_free(d);
}

/* The repository's dictionaries and models, for tests that run the whole
 * chain on a text (opened once). */
static dyad_resources *full_resources(void)
{
    static dyad_resources *res;
    if (!res) {
        char data[1024], err[256];
        snprintf(data, sizeof data, "%s/data", test_root());
        dyad_config cfg = {0};
        cfg.data_dir = data;
        cfg.stages = DYAD_STAGE_ALL;
        res = dyad_resources_open(&cfg, err, sizeof err);
        if (!res) fprintf(stderr, "  resources: %s\n", err);
    }
    return res;
}

/* The whole chain on a text with every stage and the shipped resources. */
static dyad_document *process_text(const char *text)
{
    dyad_resources *res = full_resources();
    if (!res) return NULL;
    dyad_input in = dyad_input_from_memory(text, strlen(text), DYAD_FORMAT_TEXT);
    return dyad_process(res, &in, DYAD_STAGE_ALL);
}

TEST(events_a_surname_is_the_person_an_earlier_mention_introduced)
{
    /* "Ryzhenkov" alone is in no dictionary; "his Belarusian counterpart
     * Maxim Ryzhenkov" two sentences before says who he is */
    static const char text[] = "Ministers meet\n\nThe Russian foreign minister met his Belarusian counterpart Maxim Ryzhenkov "
                               "in Minsk on Monday.\n\nThe talks lasted three hours.\n\nRyzhenkov accused Poland of staging "
                               "provocations on the border.\n";
    dyad_document *d = process_text(text);
    CHECK(d != NULL);
    if (!d) return;
    int found = 0;
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        if (!strncmp(e->cameo, "112", 3) && e->source.text && !strcmp(e->source.text, "Ryzhenkov")) {
            CHECK_STR_EQ(e->source.code, "BLRGOV");
            CHECK_STR_EQ(e->source.origin, "earlier");
            found = 1;
        }
    }
    CHECK(found);
    dyad_document_free(d);
}

TEST(events_own_country_object_naming_its_country_is_the_target)
{
    char b[64];
    /* "Russian police arrested Russian students": RUSCOP -> RUSEDU */
    doc *d = parsed("Russian/Russian/ADJ/2/amod police/police/NOUN/3/nsubj arrested/arrest/VERB/0/root "
                    "Russian/Russian/ADJ/5/amod students/student/NOUN/3/obj", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "173", b, sizeof b), "RUSCOP>RUSEDU");
    doc_free(d);
    /* "Russian police arrested its students": the source's own, no target */
    d = parsed("Russian/Russian/ADJ/2/amod police/police/NOUN/3/nsubj arrested/arrest/VERB/0/root "
               "its/its/PRON/5/nmod:poss students/student/NOUN/3/obj", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "173", b, sizeof b), "RUSCOP>-");
    doc_free(d);
}

TEST(events_subject_raised_through_a_passive_is_the_actor)
{
    char b[64];
    /* "Iran is believed to have attacked the Saudi embassy": IRN acts */
    doc *d = parsed("Iran/Iran/PROPN/3/nsubj:pass is/be/AUX/3/aux:pass believed/believe/VERB/0/root to/to/PART/6/mark "
                    "have/have/AUX/6/aux attacked/attack/VERB/3/xcomp the/the/DET/9/det Saudi/Saudi/ADJ/9/amod "
                    "embassy/embassy/NOUN/6/obj", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "190", b, sizeof b), "IRN>SAUGOV");
    doc_free(d);
}

/* The source codes of the events with this CAMEO code, sorted, joined by ' '. */
static const char *sources_of(doc *d, const char *cameo, char *buf, size_t n)
{
    const char *codes[32];
    int k = 0;
    for (size_t i = 0; i < d->events.count && k < 32; i++)
        if (!strcmp(d->events.items[i].cameo, cameo)) codes[k++] = d->events.items[i].source.code ? d->events.items[i].source.code : "-";
    for (int i = 1; i < k; i++)
        for (int j = i; j > 0 && strcmp(codes[j - 1], codes[j]) > 0; j--) {
            const char *x = codes[j];
            codes[j] = codes[j - 1], codes[j - 1] = x;
        }
    buf[0] = '\0';
    for (int i = 0; i < k; i++) {
        size_t len = strlen(buf);
        snprintf(buf + len, n - len, "%s%s", i ? " " : "", codes[i]);
    }
    if (!k) dump(d);
    return buf;
}

TEST(events_coordinated_modifiers_are_one_actor_each)
{
    char b[256];
    /* "Russian and Chinese officials criticised Germany" */
    doc *d = parsed("Russian/Russian/ADJ/4/amod and/and/CCONJ/3/cc Chinese/Chinese/ADJ/1/conj officials/official/NOUN/5/nsubj "
                    "criticised/criticise/VERB/0/root Germany/Germany/PROPN/5/obj", NULL);
    code(d);
    CHECK_STR_EQ(sources_of(d, "111", b, sizeof b), "CHNGOV RUSGOV");
    doc_free(d);
}

TEST(events_conjunct_shares_the_place_phrase_of_the_first)
{
    char b[256];
    /* "Lawmakers and officials in Estonia and Latvia criticised Russia" */
    doc *d = parsed("Lawmakers/lawmaker/NOUN/8/nsubj and/and/CCONJ/3/cc officials/official/NOUN/1/conj in/in/ADP/5/case "
                    "Estonia/Estonia/PROPN/1/nmod and/and/CCONJ/7/cc Latvia/Latvia/PROPN/5/conj "
                    "criticised/criticise/VERB/0/root Russia/Russia/PROPN/8/obj", NULL);
    code(d);
    CHECK_STR_EQ(sources_of(d, "111", b, sizeof b), "ESTGOV ESTLEG LVAGOV LVALEG");
    doc_free(d);
}

TEST(events_list_parsed_with_an_appositive_keeps_every_item)
{
    char b[256];
    /* "Russia, China, Iran and Syria condemned Israel", the parser making
     * "Iran" an appositive of "Russia" and "Syria" its conjunct */
    doc *d = parsed("Russia/Russia/PROPN/8/nsubj ,/,/PUNCT/3/punct China/China/PROPN/1/conj ,/,/PUNCT/5/punct "
                    "Iran/Iran/PROPN/1/appos and/and/CCONJ/7/cc Syria/Syria/PROPN/5/conj condemned/condemn/VERB/0/root "
                    "Israel/Israel/PROPN/8/obj", NULL);
    code(d);
    CHECK_STR_EQ(sources_of(d, "111", b, sizeof b), "CHN IRN RUS SYR");
    doc_free(d);
    /* "Sergei Lavrov, Russia's foreign minister, condemned Israel": an
     * appositive that is no list adds no actor */
    d = parsed("Sergei/Sergei/PROPN/2/flat Lavrov/Lavrov/PROPN/8/nsubj ,/,/PUNCT/7/punct Russia/Russia/PROPN/7/nmod:poss "
               "'s/'s/PART/4/case foreign/foreign/ADJ/7/amod minister/minister/NOUN/2/appos condemned/condemn/VERB/0/root "
               "Israel/Israel/PROPN/8/obj", NULL);
    code(d);
    CHECK(strchr(sources_of(d, "111", b, sizeof b), ' ') == NULL);
    doc_free(d);
}

TEST(events_subject_list_read_as_the_root_keeps_every_item)
{
    char b[256];
    /* "Russia, the new China, and Iran condemned Israel" parsed with
     * "Russia" the root, "China" its appositive, and "condemned" a
     * conjunct of it whose subject is "Iran" */
    doc *d = parsed("Russia/Russia/PROPN/0/root ,/,/PUNCT/5/punct the/the/DET/5/det new/new/ADJ/5/amod "
                    "China/China/PROPN/1/appos ,/,/PUNCT/9/punct and/and/CCONJ/9/cc Iran/Iran/PROPN/9/nsubj "
                    "condemned/condemn/VERB/1/conj Israel/Israel/PROPN/9/obj", NULL);
    code(d);
    CHECK_STR_EQ(sources_of(d, "111", b, sizeof b), "CHN IRN RUS");
    doc_free(d);
    /* a root noun with a clause of its own is no list: "The talks, and
     * Iran rejected them" keeps its shape and codes Iran alone */
    d = parsed("Sanctions/sanction/NOUN/0/root were/be/AUX/1/cop ,/,/PUNCT/6/punct and/and/CCONJ/6/cc "
               "Iran/Iran/PROPN/6/nsubj condemned/condemn/VERB/1/conj Israel/Israel/PROPN/6/obj", NULL);
    code(d);
    CHECK_STR_EQ(sources_of(d, "111", b, sizeof b), "IRN");
    doc_free(d);
}

TEST(events_call_on_read_as_a_clause_marker_keeps_its_target)
{
    /* "Russia called on Ukraine to stop the attacks" parsed with "on" the
     * marker of "Ukraine to stop the attacks", Ukraine its subject */
    doc *d = parsed("Russia/Russia/PROPN/2/nsubj called/call/VERB/0/root on/on/ADP/6/mark Ukraine/Ukraine/PROPN/6/nsubj "
                    "to/to/PART/6/mark stop/stop/VERB/2/advcl the/the/DET/8/det attacks/attack/NOUN/6/obj", NULL);
    code(d);
    EXPECT(d, "Russia", "Ukraine", "020");
    doc_free(d);
}

TEST(events_from_read_as_a_clause_marker_keeps_its_target)
{
    /* "Russia withdrew from Ukraine, the front lost", parsed with "from"
     * the marker of a clause whose subject is "Ukraine" */
    doc *d = parsed("Russia/Russia/PROPN/2/nsubj withdrew/withdraw/VERB/0/root from/from/ADP/6/mark "
                    "Ukraine/Ukraine/PROPN/6/nsubj the/the/DET/6/det lost/lose/VERB/2/advcl", NULL);
    code(d);
    EXPECT(d, "Russia", "Ukraine", "166");
    doc_free(d);
}

TEST(events_a_target_the_pattern_places_comes_before_the_complements)
{
    /* "Russia called on Ukraine to withdraw from Syria": the appeal is
     * addressed to Ukraine (the actor after "on", as "call on +" says),
     * not to Syria, the target of the complement "withdraw from" */
    doc *d = parsed("Russia/Russia/PROPN/2/nsubj called/call/VERB/0/root on/on/ADP/4/case Ukraine/Ukraine/PROPN/2/obl "
                    "to/to/PART/6/mark withdraw/withdraw/VERB/2/xcomp from/from/ADP/8/case Syria/Syria/PROPN/6/obl", NULL);
    code(d);
    int to_ukraine = 0, to_syria = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (!e->source.code || strcmp(e->source.code, "RUS") || !e->target.code) continue;
        to_ukraine |= !strcmp(e->target.code, "UKR");
        to_syria |= !strcmp(e->target.code, "SYR");
    }
    if (!to_ukraine || to_syria) dump(d);
    CHECK(to_ukraine);
    CHECK(!to_syria);
    doc_free(d);
}

/* Whether an event src -> tgt (codes) was coded with this CAMEO code, or
 * with any when cameo is NULL; the events go to stderr when not. */
static int has_event(doc *d, const char *src, const char *tgt, const char *cameo)
{
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if ((!cameo || !strcmp(e->cameo, cameo)) && e->source.code && !strcmp(e->source.code, src) && e->target.code &&
            !strcmp(e->target.code, tgt))
            return 1;
    }
    dump(d);
    return 0;
}

TEST(events_pronoun_object_before_a_subjectless_clause_is_its_subject)
{
    /* "Chad indicated it would attack Sudan", parsed with "it" as the
     * object of "indicated" and "would attack Sudan" a clause without a
     * subject: Chad (through the pronoun) acts on Sudan */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj indicated/indicate/VERB/0/root it/it/PRON/2/obj would/would/AUX/5/aux "
                    "attack/attack/VERB/2/ccomp Sudan/Sudan/PROPN/5/obj", NULL);
    code(d);
    CHECK(has_event(d, "TCD", "SDN", NULL));
    doc_free(d);
}

TEST(events_an_adverbial_clause_with_its_own_subject_is_an_event_of_its_own)
{
    /* "Turkey offered to host talks, as Russia accused Ukraine of shelling":
     * the "as" clause is a second actor's act, not a part of the offer */
    doc *d = parsed("Turkey/Turkey/PROPN/2/nsubj offered/offer/VERB/0/root to/to/PART/4/mark host/host/VERB/2/xcomp "
                    "talks/talk/NOUN/4/obj ,/,/PUNCT/9/punct as/as/SCONJ/9/mark Russia/Russia/PROPN/9/nsubj "
                    "accused/accuse/VERB/4/advcl Ukraine/Ukraine/PROPN/9/obj of/of/SCONJ/12/mark "
                    "shelling/shell/VERB/9/advcl ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(has_event(d, "RUS", "UKR", NULL));
    doc_free(d);
}

TEST(events_a_participle_after_a_marker_of_time_acts_for_the_subject)
{
    /* "After meeting Sudan's president, Chad said talks would resume":
     * Chad met him */
    doc *d = parsed("After/after/SCONJ/2/mark meeting/meet/VERB/8/advcl/VBG Sudan/Sudan/PROPN/5/nmod:poss 's/'s/PART/3/case "
                    "president/president/NOUN/2/obj ,/,/PUNCT/2/punct Chad/Chad/PROPN/8/nsubj said/say/VERB/0/root "
                    "talks/talk/NOUN/11/nsubj would/would/AUX/11/aux resume/resume/VERB/8/ccomp ././PUNCT/8/punct", NULL);
    code(d);
    CHECK(has_event(d, "TCD", "SDNGOV", NULL));
    doc_free(d);
}

TEST(events_an_adjective_opening_the_sentence_belongs_to_the_subject)
{
    /* "Former President Barack Obama criticised Chad", with "Former" made
     * the root and the verb hung on it: still the former president */
    doc *d = parsed("Former/former/ADJ/0/root President/President/PROPN/3/nmod:desc Barack/Barack/PROPN/5/nsubj "
                    "Obama/Obama/PROPN/3/flat criticised/criticise/VERB/1/advcl Chad/Chad/PROPN/5/obj ././PUNCT/1/punct", NULL);
    code(d);
    CHECK(has_event(d, "USAELI", "TCD", NULL));
    doc_free(d);
}

TEST(events_a_with_phrase_set_off_by_a_comma_is_no_target)
{
    /* "France agreed, with Belgium warning of risks" (the participle read
     * as a noun): Belgium is the circumstance, not France's partner */
    doc *d = parsed("France/France/PROPN/2/nsubj agreed/agree/VERB/0/root ,/,/PUNCT/6/punct with/with/ADP/6/case "
                    "Belgium/Belgium/PROPN/6/compound warning/warning/NOUN/2/obl of/of/ADP/8/case risks/risk/NOUN/6/nmod "
                    "././PUNCT/2/punct", NULL);
    code(d);
    CHECK(d->events.count >= 1);
    for (size_t i = 0; i < d->events.count; i++) CHECK(d->events.items[i].target.code == NULL);
    doc_free(d);
    d = parsed("France/France/PROPN/2/nsubj agreed/agree/VERB/0/root with/with/ADP/4/case Belgium/Belgium/PROPN/2/obl "
               "././PUNCT/2/punct", NULL);
    code(d);
    CHECK(has_event(d, "FRA", "BEL", NULL));
    doc_free(d);
}

TEST(events_gas_is_a_weapon_only_when_the_text_says_so)
{
    /* "Germany used less Russian gas": fuel, no event at all; "Police used
     * tear gas": violent repression (175), not a chemical weapon (2041) */
    doc *d = parsed("Germany/Germany/PROPN/2/nsubj used/use/VERB/0/root less/less/ADJ/5/amod Russian/Russian/ADJ/5/amod "
                    "gas/gas/NOUN/2/obj ././PUNCT/2/punct", NULL);
    code(d);
    CHECK_INT_EQ(count_cameo(d, "20"), 0);
    doc_free(d);
    d = parsed("Georgian/Georgian/ADJ/2/amod police/police/NOUN/3/nsubj used/use/VERB/0/root tear/tear/NOUN/5/compound "
               "gas/gas/NOUN/3/obj against/against/ADP/7/case protesters/protester/NOUN/3/obl ././PUNCT/3/punct", NULL);
    code(d);
    CHECK_INT_EQ(count_cameo(d, "20"), 0);
    if (!count_cameo(d, "175")) dump(d);
    CHECK(count_cameo(d, "175") > 0);
    doc_free(d);
}

TEST(events_a_lead_clause_read_as_a_relative_is_reported)
{
    /* "Russian forces shelled Kharkiv, Ukraine said" parsed with "shelled
     * Kharkiv" a modifier of "forces" and two subjects of "said" */
    doc *d = parsed("Russian/Russian/ADJ/2/amod forces/force/NOUN/7/nsubj shelled/shell/VERB/2/acl/VBD "
                    "Kharkiv/Kharkiv/PROPN/3/obj ,/,/PUNCT/4/punct Ukraine/Ukraine/PROPN/7/nsubj said/say/VERB/0/root "
                    "././PUNCT/7/punct", NULL);
    code(d);
    CHECK(has_event(d, "RUSMIL", "UKR", NULL));
    doc_free(d);
}

TEST(events_a_lead_speaker_read_as_an_apposition_is_the_subject)
{
    /* "Russia will close the crossing on Friday, President Vladimir Putin
     * said" parsed with the name an apposition of "Friday" */
    doc *d = parsed("Russia/Russia/PROPN/3/nsubj will/will/AUX/3/aux close/close/VERB/12/ccomp the/the/DET/5/det "
                    "crossing/crossing/NOUN/3/obj on/on/ADP/7/case Friday/Friday/PROPN/3/obl ,/,/PUNCT/10/punct "
                    "President/President/PROPN/10/nmod:desc Vladimir/Vladimir/PROPN/7/appos Putin/Putin/PROPN/10/flat "
                    "said/say/VERB/0/root ././PUNCT/12/punct", "2024-01-10");
    code(d);
    int found = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        found |= !strcmp(e->cameo, "010") && e->source.text && !strcmp(e->source.text, "President Vladimir Putin");
    }
    if (!found) dump(d);
    CHECK(found);
    doc_free(d);
}

TEST(events_what_a_verb_of_stopping_governs_does_not_happen)
{
    /* "China urged the United States to stop arming Taiwan" (the parser
     * calling the addressee an iobj): an appeal to the US, no aid to Taiwan */
    doc *d = parsed("China/China/PROPN/2/nsubj urged/urge/VERB/0/root the/the/DET/5/det United/United/ADJ/5/amod "
                    "States/States/PROPN/2/iobj to/to/PART/7/mark stop/stop/VERB/2/xcomp arming/arm/VERB/7/xcomp "
                    "Taiwan/Taiwan/PROPN/8/obj ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(has_event(d, "CHN", "USA", "020"));
    CHECK_INT_EQ(count_cameo(d, "07"), 0);
    doc_free(d);
}

TEST(events_a_live_blog_time_stamp_is_no_part_of_the_source)
{
    doc *d = parsed("14:02/14:02/NUM/2/nummod Russia/Russia/PROPN/3/nsubj condemned/condemn/VERB/0/root "
                    "Ukraine/Ukraine/PROPN/3/obj ././PUNCT/3/punct", NULL);
    code(d);
    CHECK(has_event(d, "RUS", "UKR", NULL));
    for (size_t i = 0; i < d->events.count; i++) CHECK_STR_EQ(d->events.items[i].source.text, "Russia");
    doc_free(d);
}

TEST(events_a_time_marked_participle_hung_on_a_noun_acts_for_the_verbs_subject)
{
    /* "Chad told a news conference after meeting Sudan's president",
     * parsed with "meeting" a modifier of "conference" */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj told/tell/VERB/0/root a/a/DET/5/det news/news/NOUN/5/compound "
                    "conference/conference/NOUN/2/obj after/after/SCONJ/7/mark meeting/meet/VERB/5/acl/VBG "
                    "Sudan/Sudan/PROPN/10/nmod:poss 's/'s/PART/8/case president/president/NOUN/7/obj ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(has_event(d, "TCD", "SDNGOV", NULL));
    doc_free(d);
}

TEST(events_ordering_diplomats_to_leave_is_an_expulsion)
{
    doc *d = parsed("Iran/Iran/PROPN/2/nsubj ordered/order/VERB/0/root two/two/NUM/5/nummod German/German/ADJ/5/amod "
                    "diplomats/diplomat/NOUN/2/obj to/to/PART/7/mark leave/leave/VERB/2/advcl ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(has_event(d, "IRN", "DEUGOV", "166"));
    doc_free(d);
}

TEST(events_calling_a_move_unjustified_is_criticism)
{
    doc *d = parsed("Germany/Germany/PROPN/2/nsubj called/call/VERB/0/root the/the/DET/4/det expulsions/expulsion/NOUN/2/obj "
                    "unjustified/unjustified/ADJ/2/xcomp ././PUNCT/2/punct", NULL);
    code(d);
    if (!count_cameo(d, "111")) dump(d);
    CHECK(count_cameo(d, "111") > 0);
    doc_free(d);
}

static const char *modality_of_first(const char *spec)
{
    static char out[32];
    doc *d = parsed(spec, NULL);
    code(d);
    snprintf(out, sizeof out, "%s", d->events.count && d->events.items[0].modality ? d->events.items[0].modality : "-");
    if (!d->events.count) dump(d);
    doc_free(d);
    return out;
}

TEST(events_say_how_far_the_text_commits_to_them)
{
    CHECK_STR_EQ(modality_of_first("Russia/Russia/PROPN/2/nsubj attacked/attack/VERB/0/root Ukraine/Ukraine/PROPN/2/obj"),
                 "asserted");
    CHECK_STR_EQ(modality_of_first("Russia/Russia/PROPN/3/nsubj could/could/AUX/3/aux attack/attack/VERB/0/root "
                                   "Ukraine/Ukraine/PROPN/3/obj"), "possible");
    CHECK_STR_EQ(modality_of_first("Russia/Russia/PROPN/3/nsubj will/will/AUX/3/aux attack/attack/VERB/0/root "
                                   "Ukraine/Ukraine/PROPN/3/obj"), "future");
    CHECK_STR_EQ(modality_of_first("If/if/SCONJ/3/mark Russia/Russia/PROPN/3/nsubj attacks/attack/VERB/7/advcl "
                                   "Ukraine/Ukraine/PROPN/3/obj ,/,/PUNCT/3/punct NATO/NATO/PROPN/7/nsubj "
                                   "responds/respond/VERB/0/root"), "conditional");
}

TEST(events_a_clause_marker_read_as_a_preposition_keeps_its_own_subject)
{
    /* "Germany condemned Iran after Tehran executed a German citizen",
     * parsed with "after Tehran" on "Iran" and "executed" a conjunct of
     * "condemned": Tehran executed, not Germany */
    doc *d = parsed("Germany/Germany/PROPN/2/nsubj condemned/condemn/VERB/0/root Iran/Iran/PROPN/2/obj "
                    "after/after/ADP/5/case Tehran/Tehran/PROPN/3/nmod executed/execute/VERB/2/conj/VBD "
                    "a/a/DET/9/det German/German/ADJ/9/amod citizen/citizen/NOUN/6/obj ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(has_event(d, "DEU", "IRN", "111"));
    CHECK(has_event(d, "IRNGOV", "DEU", NULL));
    for (size_t i = 0; i < d->events.count; i++)
        CHECK(!(d->events.items[i].source.code && !strcmp(d->events.items[i].source.code, "DEU") &&
                d->events.items[i].target.code && !strcmp(d->events.items[i].target.code, "DEU")));
    doc_free(d);
    /* the clause read as a reduced relative on its subject */
    d = parsed("Chad/Chad/PROPN/2/nsubj protested/protest/VERB/0/root after/after/ADP/5/case Sudanese/Sudanese/ADJ/5/amod "
               "troops/troops/NOUN/2/obl shelled/shell/VERB/5/acl/VBN a/a/DET/8/det village/village/NOUN/6/obj "
               "in/in/ADP/10/case Chad/Chad/PROPN/8/nmod ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(has_event(d, "SDNMIL", "TCD", NULL));
    doc_free(d);
}

TEST(events_a_material_participle_after_a_lead_form_report_is_the_reported_actors)
{
    /* "Israeli jets struck Damascus, state media said, killing two
     * soldiers": the jets killed, not the media; "..., Chad said, accusing
     * Sudan" stays the speaker's */
    doc *d = parsed("Israeli/Israeli/ADJ/2/amod jets/jet/NOUN/3/nsubj struck/strike/VERB/8/ccomp Damascus/Damascus/PROPN/3/obj "
                    ",/,/PUNCT/8/punct state/state/NOUN/7/compound media/media/NOUN/8/nsubj said/say/VERB/0/root "
                    ",/,/PUNCT/10/punct killing/kill/VERB/8/advcl/VBG two/two/NUM/12/nummod soldiers/soldier/NOUN/10/obj "
                    "././PUNCT/8/punct", NULL);
    code(d);
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (!strncmp(e->cameo, "18", 2)) CHECK_STR_EQ(e->source.text, "Israeli jets");
    }
    doc_free(d);
    d = parsed("Chad/Chad/PROPN/2/nsubj protested/protest/VERB/5/ccomp ,/,/PUNCT/5/punct officials/official/NOUN/5/nsubj "
               "said/say/VERB/0/root ,/,/PUNCT/7/punct accusing/accuse/VERB/5/advcl/VBG Sudan/Sudan/PROPN/7/obj "
               "././PUNCT/5/punct", NULL);
    code(d);
    for (size_t i = 0; i < d->events.count; i++)
        if (!strncmp(d->events.items[i].cameo, "11", 2)) CHECK_STR_EQ(d->events.items[i].source.text, "officials");
    doc_free(d);
}

TEST(events_a_missile_test_is_a_show_of_force_not_an_attack)
{
    doc *d = parsed("Pakistan/Pakistan/PROPN/4/nsubj test/test/NOUN/4/obl:unmarked -/-/PUNCT/2/punct fired/fire/VERB/0/root "
                    "a/a/DET/7/det cruise/cruise/NOUN/7/compound missile/missile/NOUN/4/obj ././PUNCT/4/punct", NULL);
    code(d);
    CHECK(d->events.count >= 1);
    for (size_t i = 0; i < d->events.count; i++) CHECK_STR_EQ(d->events.items[i].cameo, "150");
    doc_free(d);
}

TEST(events_protests_find_their_crowd_and_their_target)
{
    /* "Thousands of people demonstrated ..." read as a noun phrase with a
     * reduced relative; "rallied in Belgrade against X" with the "against"
     * phrase on the place */
    doc *d = parsed("Thousands/thousand/NOUN/0/root of/of/ADP/3/case people/people/NOUN/1/nmod "
                    "demonstrated/demonstrate/VERB/3/acl/VBN against/against/ADP/7/case the/the/DET/7/det "
                    "government/government/NOUN/4/obl in/in/ADP/9/case Georgia/Georgia/PROPN/4/obl", NULL);
    code(d);
    if (!count_cameo(d, "14")) dump(d);
    CHECK(count_cameo(d, "14") > 0);
    doc_free(d);
    d = parsed("Protesters/protester/NOUN/2/nsubj rallied/rally/VERB/0/root in/in/ADP/4/case Belgrade/Belgrade/PROPN/2/obl "
               "against/against/ADP/7/case President/President/PROPN/7/nmod:desc Vucic/Vucic/PROPN/4/nmod ././PUNCT/2/punct",
               "2024-05-01");
    code(d);
    int against = 0;
    for (size_t i = 0; i < d->events.count; i++)
        against |= d->events.items[i].target.text && strstr(d->events.items[i].target.text, "Vucic") != NULL;
    if (!against) dump(d);
    CHECK(against);
    doc_free(d);
}

TEST(events_a_statement_is_dated_by_its_own_day_not_the_day_it_speaks_of)
{
    /* "Kenya said the crossing will open on Monday", written on Thursday
     * 13 March 2025: said that Thursday, not on Monday the 10th */
    doc *d = parsed("Kenya/Kenya/PROPN/2/nsubj said/say/VERB/0/root the/the/DET/4/det crossing/crossing/NOUN/6/nsubj "
                    "will/will/AUX/6/aux open/open/VERB/2/ccomp on/on/ADP/8/case Monday/Monday/PROPN/6/obl", "2025-03-13");
    code(d);
    int found = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (strncmp(e->cameo, "01", 2)) continue;
        found = 1;
        CHECK_INT_EQ(e->date.day, 13);
    }
    CHECK(found);
    doc_free(d);
}

TEST(events_an_intent_to_do_harm_is_no_intent_to_cooperate)
{
    /* "activists who were planning to protest against the government":
     * the protest is what is meant, no intent to cooperate (03) */
    doc *d = parsed("Police/police/NOUN/2/nsubj detained/detain/VERB/0/root activists/activist/NOUN/2/obj "
                    "who/who/PRON/6/nsubj were/be/AUX/6/aux planning/plan/VERB/3/acl:relcl/VBG to/to/PART/8/mark "
                    "protest/protest/VERB/6/xcomp against/against/ADP/11/case the/the/DET/11/det "
                    "government/government/NOUN/8/obl in/in/ADP/13/case Chad/Chad/PROPN/2/obl ././PUNCT/2/punct", NULL);
    code(d);
    CHECK_INT_EQ(count_cameo(d, "03"), 0);
    doc_free(d);
}

TEST(events_a_conjunct_takes_the_demonym_of_its_first_conjunct)
{
    /* "The Sudanese government and the opposition signed a deal" in a
     * story about Chad: the opposition is Sudan's */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj said/say/VERB/0/root The/the/DET/5/det Sudanese/Sudanese/ADJ/5/amod "
                    "government/government/NOUN/10/nsubj and/and/CCONJ/8/cc the/the/DET/8/det opposition/opposition/NOUN/5/conj "
                    "had/have/AUX/10/aux signed/sign/VERB/2/ccomp a/a/DET/12/det deal/deal/NOUN/10/obj", NULL);
    code(d);
    int opp = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (e->source.code && strstr(e->source.code, "OPP")) { opp = 1; CHECK_STR_EQ(e->source.code, "SDNOPP"); }
    }
    if (!opp) dump(d);
    CHECK(opp);
    doc_free(d);
}

TEST(events_the_agent_of_a_condemned_act_is_the_target)
{
    /* "Chad condemned the raid by Sudan on the border", the "by" phrase on
     * the verb: Sudan, the raider, not the place */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj condemned/condemn/VERB/0/root the/the/DET/4/det raid/raid/NOUN/2/obj "
                    "by/by/ADP/6/case Sudan/Sudan/PROPN/2/obl on/on/ADP/9/case the/the/DET/9/det border/border/NOUN/6/nmod "
                    "././PUNCT/2/punct", NULL);
    code(d);
    CHECK(has_event(d, "TCD", "SDN", NULL));
    doc_free(d);
}

TEST(events_last_week_gives_no_day)
{
    /* "Chad and Sudan held talks last week and will meet on Tuesday": the
     * talks are not dated by that Tuesday, nor by the document's day */
    doc *d = parsed("Chad/Chad/PROPN/4/nsubj and/and/CCONJ/3/cc Sudan/Sudan/PROPN/1/conj held/hold/VERB/0/root "
                    "talks/talks/NOUN/4/obj last/last/ADJ/7/amod week/week/NOUN/4/obl:tmod and/and/CCONJ/10/cc "
                    "will/will/AUX/10/aux meet/meet/VERB/4/conj on/on/ADP/12/case Tuesday/Tuesday/PROPN/10/obl", "2025-03-14");
    code(d);
    int held = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (strcmp(e->cameo, "040") != 0) continue; /* "held talks" (the meeting to come is 036) */
        held = 1;
        CHECK_INT_EQ(e->date.precision, DYAD_DATE_NONE);
    }
    if (!held) dump(d);
    CHECK(held);
    doc_free(d);
}

TEST(events_the_city_of_a_protest_is_its_place_not_its_target)
{
    doc *d = parsed("Protesters/protester/NOUN/2/nsubj marched/march/VERB/0/root in/in/ADP/4/case Khartoum/Khartoum/PROPN/2/obl "
                    "././PUNCT/2/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "14") > 0);
    for (size_t i = 0; i < d->events.count; i++) CHECK(d->events.items[i].target.code == NULL);
    doc_free(d);
}

TEST(events_force_from_the_air_is_an_air_strike)
{
    doc *d = parsed("Israeli/Israeli/ADJ/2/amod jets/jet/NOUN/3/nsubj struck/strike/VERB/0/root Hezbollah/Hezbollah/PROPN/5/compound "
                    "positions/position/NOUN/3/obj ././PUNCT/3/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "195") > 0);
    CHECK_INT_EQ(count_cameo(d, "190"), 0);
    doc_free(d);
}

TEST(events_listed_name_split_by_the_parser_is_one_actor)
{
    /* "Japan and South Korea condemned China", parsed with "South" a
     * conjunct of Japan and "Korea" a second subject */
    doc *d = parsed("Japan/Japan/PROPN/5/nsubj and/and/CCONJ/3/cc South/South/PROPN/1/conj Korea/Korea/PROPN/5/nsubj "
                    "condemned/condemn/VERB/0/root China/China/PROPN/5/obj", NULL);
    code(d);
    CHECK(has_event(d, "JPN", "CHN", "111"));
    CHECK(has_event(d, "KOR", "CHN", "111"));
    doc_free(d);
    /* the same, with "Korea" a modifier of Japan and the "and" on "South" */
    d = parsed("Japan/Japan/PROPN/5/nsubj and/and/CCONJ/3/cc South/South/PROPN/4/compound Korea/Korea/PROPN/1/nmod "
               "condemned/condemn/VERB/0/root China/China/PROPN/5/obj", NULL);
    code(d);
    CHECK(has_event(d, "JPN", "CHN", "111"));
    CHECK(has_event(d, "KOR", "CHN", "111"));
    doc_free(d);
}

TEST(events_a_comma_parts_a_modifier_from_the_mention)
{
    /* "Talks resumed in 2023, officials said", with "2023" misread as a
     * number of officials: the mention is "officials" alone */
    doc *d = parsed("Serbia/Serbia/PROPN/2/nsubj shelled/shell/VERB/9/ccomp Kosovo/Kosovo/PROPN/2/obj in/in/ADP/5/case "
                    "2023/2023/NUM/8/nummod ,/,/PUNCT/5/punct Croatian/Croatian/ADJ/8/amod officials/official/NOUN/9/nsubj "
                    "said/say/VERB/0/root", NULL);
    code(d);
    const dyad_event *e = find(d, "Croatian officials", "Serbia", "010");
    if (!e) dump(d);
    CHECK(e != NULL);
    doc_free(d);
}

TEST(events_take_the_day_said_on_their_own_verb)
{
    /* "Serbia shelled Kosovo on Saturday, Croatia said on Monday", written
     * on Wednesday 2 December 2026: the shelling is Saturday's, the
     * statement Monday's */
    doc *d = parsed("Serbia/Serbia/PROPN/2/nsubj shelled/shell/VERB/0/root Kosovo/Kosovo/PROPN/2/obj on/on/ADP/5/case "
                    "Saturday/Saturday/PROPN/2/obl ,/,/PUNCT/8/punct Croatia/Croatia/PROPN/8/nsubj said/say/VERB/2/parataxis "
                    "on/on/ADP/10/case Monday/Monday/PROPN/8/obl", "2026-12-02");
    code(d);
    char iso[32];
    const dyad_event *shell = find(d, "Serbia", "Kosovo", "194"), *said = find(d, "Croatia", "Serbia", "010");
    CHECK(shell && said);
    if (!shell || !said) { dump(d); doc_free(d); return; }
    dyad_date_format(&shell->date, iso, sizeof iso);
    CHECK_STR_EQ(iso, "2026-11-28");
    dyad_date_format(&said->date, iso, sizeof iso);
    CHECK_STR_EQ(iso, "2026-11-30");
    doc_free(d);
}

TEST(events_participle_without_a_subject_is_its_governors)
{
    /* "Croatia closed the border, accusing Serbia of smuggling" */
    doc *d = parsed("Croatia/Croatia/PROPN/2/nsubj closed/close/VERB/0/root the/the/DET/4/det border/border/NOUN/2/obj "
                    ",/,/PUNCT/6/punct accusing/accuse/VERB/2/advcl/VBG Serbia/Serbia/PROPN/6/obj of/of/SCONJ/9/mark "
                    "smuggling/smuggle/VERB/6/advcl/VBG", NULL);
    code(d);
    CHECK(has_event(d, "HRV", "SRB", "112"));
    doc_free(d);
    /* a participle of saying repeats the statement and stays subjectless:
     * "Commenting on the talks, Croatia said ..." makes one statement */
    d = parsed("Commenting/comment/VERB/6/advcl/VBG on/on/ADP/4/case the/the/DET/4/det talks/talk/NOUN/1/obl "
               "Croatia/Croatia/PROPN/6/nsubj said/say/VERB/0/root", NULL);
    code(d);
    int statements = 0;
    for (size_t i = 0; i < d->events.count; i++) statements += !strncmp(d->events.items[i].cameo, "01", 2);
    CHECK_INT_EQ(statements, 1);
    doc_free(d);
}

TEST(events_the_occasion_of_a_statement_is_no_target)
{
    /* "Croatia told a Serbian press conference": the Serbian press is no
     * party to it */
    doc *d = parsed("Croatia/Croatia/PROPN/2/nsubj told/tell/VERB/0/root a/a/DET/6/det Serbian/Serbian/ADJ/6/amod "
                    "press/press/NOUN/6/compound conference/conference/NOUN/2/obj", NULL);
    code(d);
    const dyad_event *e = find(d, "Croatia", NULL, "010");
    if (!e) dump(d);
    CHECK(e != NULL);
    doc_free(d);
    /* nor are the reporters of "Croatia told Serbian reporters" */
    d = parsed("Croatia/Croatia/PROPN/2/nsubj told/tell/VERB/0/root Serbian/Serbian/ADJ/4/amod reporters/reporter/NOUN/2/obj", NULL);
    code(d);
    e = find(d, "Croatia", NULL, "010");
    if (!e) dump(d);
    CHECK(e != NULL);
    doc_free(d);
}

TEST(events_cli_gdelt_layout_has_the_61_columns)
{
    /* --as gdelt: GDELT 2.0's event columns, the date split as GDELT
     * splits it, the role triples as types and a known group apart */
    char *path = write_temp("Rockets fired\n\nGAZA, Aug. 12, 2026 (Wire) - Hamas fired rockets at Israel on Tuesday.\n");
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s code -q --as gdelt %s", test_dyad_bin(), path);
    FILE *p = popen(cmd, "r");
    char out[8192];
    size_t got = p ? fread(out, 1, sizeof out - 1, p) : 0;
    out[got] = '\0';
    int status = p ? pclose(p) : -1;
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    char *line = out, *end = strchr(out, '\n');
    CHECK(end != NULL);
    if (!end) { remove(path); free(path); return; }
    *end = '\0';
    const char *col[64] = {0};
    int n = 0;
    for (char *c = line, *start = line;; c++)
        if (*c == '\t' || !*c) {
            if (n < 64) col[n++] = start;
            if (!*c) break;
            *c = '\0';
            start = c + 1;
        }
    CHECK_INT_EQ(n, 61);
    if (n == 61) {
        CHECK_STR_EQ(col[1], "20260811"); /* Tuesday before Wednesday 12 August */
        CHECK_STR_EQ(col[2], "202608");
        CHECK_STR_EQ(col[5], "PSEREBHMS");
        CHECK_STR_EQ(col[8], "HMS");  /* known group */
        CHECK_STR_EQ(col[12], "REB"); /* type 1 */
        CHECK_STR_EQ(col[15], "ISR");
        CHECK_STR_EQ(col[28], "19");  /* root code */
    }
    remove(path);
    free(path);
}

TEST(events_a_day_name_never_fills_a_pattern_target)
{
    /* "Hamas fired rockets at Israel on Tuesday": "on" could fill the
     * pattern's "at|on +", but a day is no target */
    doc *d = parsed("Hamas/Hamas/PROPN/2/nsubj fired/fire/VERB/0/root rockets/rocket/NOUN/2/obj at/at/ADP/5/case "
                    "Israel/Israel/PROPN/3/nmod on/on/ADP/7/case Tuesday/Tuesday/PROPN/2/obl", NULL);
    code(d);
    int ok = 0;
    for (size_t i = 0; i < d->events.count; i++)
        ok |= !strncmp(d->events.items[i].cameo, "19", 2) && d->events.items[i].target.code &&
              !strcmp(d->events.items[i].target.code, "ISR");
    if (!ok) dump(d);
    CHECK(ok);
    doc_free(d);
}

TEST(events_unknown_name_in_the_objects_own_phrase_beats_a_deeper_actor)
{
    /* "Chad restored ties with Zembla, years after Sudanese crowds ...":
     * the ties are with Zembla, whom no dictionary knows; not Sudan */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj restored/restore/VERB/0/root ties/tie/NOUN/2/obj with/with/ADP/5/case "
                    "Zembla/Zembla/PROPN/3/nmod ,/,/PUNCT/7/punct years/year/NOUN/3/appos after/after/ADP/10/case "
                    "Sudanese/Sudanese/ADJ/10/amod crowds/crowd/NOUN/7/nmod", NULL);
    code(d);
    int sudan = 0;
    for (size_t i = 0; i < d->events.count; i++)
        sudan |= d->events.items[i].target.code && !strncmp(d->events.items[i].target.code, "SDN", 3);
    CHECK(d->events.count >= 1);
    if (sudan) dump(d);
    CHECK(!sudan);
    doc_free(d);
}

TEST(events_neither_nor_subject_negates)
{
    /* "Neither France nor Germany condemned Iran": no condemnation */
    doc *d = parsed("Neither/neither/CCONJ/2/cc:preconj France/France/PROPN/5/nsubj nor/nor/CCONJ/4/cc "
                    "Germany/Germany/PROPN/2/conj condemned/condemn/VERB/0/root Iran/Iran/PROPN/5/obj", NULL);
    code(d);
    int events = 0, asserted = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        if (strcmp(d->events.items[i].cameo, "111")) continue;
        events++;
        asserted += !d->events.items[i].negated;
    }
    if (!events || asserted) dump(d);
    CHECK(events == 2);
    CHECK(asserted == 0);
    doc_free(d);
}

TEST(events_misplaced_preposition_and_title_relations_are_read_through)
{
    /* "Croatia condemned an attack by Serbian soldiers in south Kosovo on
     * Thursday", with "in" hung on "south" and the day on "attack": the
     * soldiers are the target, not the day */
    doc *d = parsed("Croatia/Croatia/PROPN/2/nsubj condemned/condemn/VERB/0/root an/a/DET/4/det attack/attack/NOUN/2/obj "
                    "by/by/ADP/7/case Serbian/Serbian/ADJ/7/amod soldiers/soldier/NOUN/4/nmod in/in/ADP/9/case "
                    "south/south/NOUN/10/compound Kosovo/Kosovo/PROPN/4/nmod:unmarked on/on/ADP/12/case "
                    "Thursday/Thursday/PROPN/4/nmod", NULL);
    code(d);
    CHECK(has_event(d, "HRV", "SRBMIL", "111"));
    doc_free(d);
    /* "Croatia Prime Minister Andrej criticised Serbia", the title a
     * descriptive modifier of the name: the mention keeps it (HRVGOV) */
    d = parsed("Croatia/Croatia/PROPN/3/compound Prime/prime/ADJ/3/amod Minister/Minister/PROPN/4/nmod:desc "
               "Andrej/Andrej/PROPN/5/nsubj criticised/criticise/VERB/0/root Serbia/Serbia/PROPN/5/obj", NULL);
    code(d);
    CHECK(has_event(d, "HRVGOV", "SRB", "111"));
    doc_free(d);
}

TEST(events_what_an_uncoded_verb_wishes_of_its_object_has_not_happened)
{
    /* "Serbia expects Kosovo to withdraw its police": no withdrawal yet */
    doc *d = parsed("Serbia/Serbia/PROPN/2/nsubj expects/expect/VERB/0/root Kosovo/Kosovo/PROPN/2/obj to/to/PART/5/mark "
                    "withdraw/withdraw/VERB/2/xcomp its/its/PRON/7/nmod:poss police/police/NOUN/5/obj", NULL);
    code(d);
    for (size_t i = 0; i < d->events.count; i++) CHECK(d->events.items[i].source.code == NULL ||
                                                       strcmp(d->events.items[i].source.code, "KSV") != 0);
    doc_free(d);
}

TEST(events_a_sentence_of_thousands_of_clauses_stays_linear)
{
    /* "Chad attacked Sudan, Chad attacked Sudan, ...": each coded verb
     * used to read the whole sentence again for its date */
    enum { CLAUSES = 6000 };
    char *spec = malloc(CLAUSES * 128 + 64);
    size_t n = 0;
    for (int i = 0; i < CLAUSES; i++) {
        int v = 4 * i + 2; /* 1-based position of this clause's verb */
        n += (size_t)sprintf(spec + n, "Chad/Chad/PROPN/%d/nsubj attacked/attack/VERB/%d/%s Sudan/Sudan/PROPN/%d/obj ,/,/PUNCT/%d/punct ",
                             v, i ? 2 : 0, i ? "conj" : "root", v, v);
    }
    sprintf(spec + n, "yesterday/yesterday/NOUN/2/obl:tmod");
    doc *d = parsed(spec, "2024-03-10");
    double secs = timed_code(d);
    fprintf(stderr, "  (%.2f s, %zu events)\n", secs, d->events.count);
    CHECK(d->events.count > 0 && d->events.count <= 256);
    /* the sentence's day word still dates the events */
    CHECK(d->events.count > 0 && d->events.items[0].date.day == 9);
    CHECK(secs < 1.0);
    doc_free(d);
    free(spec);
}

TEST(events_a_sentence_of_many_dictionary_words_is_indexed_in_linear_time)
{
    /* the sorted list of a sentence's word ids was built by insertion:
     * 60,000 dictionary words in falling id order took 2.5 s */
    char path[1100], line[512];
    snprintf(path, sizeof path, "%s/data/events/verbs.txt", test_root());
    FILE *f = fopen(path, "r");
    CHECK(f != NULL);
    if (!f) return;
    static char words[1024][32];
    int nw = 0;
    while (nw < 1024 && fgets(line, sizeof line, f)) {
        char code[16], kind[16], head[32];
        if (sscanf(line, "%15s %15s %31s", code, kind, head) != 3 || code[0] == '#' || strchr(head, '|')) continue;
        if (strcmp(kind, "verb") && strcmp(kind, "noun")) continue;
        int dup = 0;
        for (int k = 0; k < nw && !dup; k++) dup = !strcmp(words[k], head);
        if (!dup) strcpy(words[nw++], head);
    }
    fclose(f);
    CHECK(nw > 200);
    enum { WORDS = 60000 };
    char *spec = malloc((size_t)WORDS * 80 + 64);
    size_t n = 0;
    for (int i = 0; i < WORDS; i++) {
        const char *w = words[nw - 1 - (i * nw / WORDS)]; /* last listed first */
        n += (size_t)sprintf(spec + n, "%s/%s/X/%d/dep ", w, w, i ? 1 : 0);
    }
    codes_within_a_second(spec);
}

TEST(events_places_of_thousands_of_events_are_found_without_rescanning_entities)
{
    /* "Chad attacked Sudan in Darfur, ...": each event's place was checked
     * against every entity of the document */
    enum { CLAUSES = 12000, ENTITIES = 200000 };
    char *spec = malloc((size_t)CLAUSES * 192 + 64);
    size_t n = 0;
    for (int i = 0; i < CLAUSES; i++) {
        int v = 6 * i + 2;
        n += (size_t)sprintf(spec + n,
                             "Chad/Chad/PROPN/%d/nsubj attacked/attack/VERB/%d/%s Sudan/Sudan/PROPN/%d/obj in/in/ADP/%d/case "
                             "Darfur/Darfur/PROPN/%d/obl ,/,/PUNCT/%d/punct ",
                             v, i ? 2 : 0, i ? "conj" : "root", v, v + 3, v, v);
    }
    doc *d = parsed(spec, NULL);
    /* the document's entities: Darfur of the first clause is a place, and
     * a long tail of others after the sentence */
    dyad_entity place = {d->tokens.items[4].span, 4, 1, "LOC"};
    VEC_PUSH(&d->entities, place);
    for (uint32_t i = 0; i < ENTITIES; i++) {
        dyad_entity e = {{0, 0}, (uint32_t)d->tokens.count + i, 1, "PER"};
        VEC_PUSH(&d->entities, e);
    }
    double secs = timed_code(d);
    fprintf(stderr, "  (%.2f s)\n", secs);
    CHECK(d->events.count > 0);
    CHECK(d->events.count > 0 && d->events.items[0].location && !strcmp(d->events.items[0].location, "Darfur"));
    CHECK(secs < 1.0);
    doc_free(d);
    free(spec);
}

/* Code a story of `names` unknown people named twice, "Qa Zxxxx
 * criticized ." then, after all of them, "Zxxxx accused Chad ."; the
 * CPU seconds the coder took. */
static double code_named_twice(int names)
{
    char *spec = malloc((size_t)names * 2 * 128 + 64);
    size_t n = 0;
    for (int part = 0; part < 2; part++)
        for (int i = 0; i < names; i++) {
            char sur[8];
            int x = i;
            sur[0] = 'Z';
            for (int k = 1; k < 5; k++) sur[k] = (char)('a' + x % 26), x /= 26;
            sur[5] = '\0';
            int b = 4 * (part * names + i); /* 0-based first token of the sentence */
            if (!part)
                n += (size_t)sprintf(spec + n, "Qa/Qa/PROPN/%d/compound %s/%s/PROPN/%d/nsubj criticized/criticize/VERB/0/root ././PUNCT/%d/punct ",
                                     b + 2, sur, sur, b + 3, b + 3);
            else
                n += (size_t)sprintf(spec + n, "%s/%s/PROPN/%d/nsubj accused/accuse/VERB/0/root Chad/Chad/PROPN/%d/obj ././PUNCT/%d/punct ",
                                     sur, sur, b + 2, b + 2, b + 2);
        }
    doc *d = parsed(spec, NULL);
    free(spec);
    /* one sentence every four tokens */
    d->sentences.count = 0;
    for (uint32_t first = 0; first + 4 <= d->tokens.count; first += 4) {
        dyad_sentence st = {{d->tokens.items[first].span.start, d->tokens.items[first + 3].span.end}, first, 4, 0};
        for (uint32_t k = first; k < first + 4; k++) d->tokens.items[k].sentence = (uint32_t)d->sentences.count;
        VEC_PUSH(&d->sentences, st);
    }
    double secs = timed_code(d);
    CHECK(d->events.count >= (size_t)names);
    doc_free(d);
    return secs;
}

TEST(events_a_surname_named_again_much_later_is_not_sought_through_the_whole_story)
{
    /* the second look at a surname walked back over everything since the
     * first, so four times the people cost about ten times the time;
     * within the reach (4,000 tokens) each look costs the same */
    /* (the fastest of three runs of each: a loaded host times one run badly) */
    double small = 1e9, big = 1e9;
    for (int r = 0; r < 3; r++) {
        double a = code_named_twice(3000), b = code_named_twice(12000);
        if (a < small) small = a;
        if (b < big) big = b;
    }
    fprintf(stderr, "  (%.2f s, then %.2f s)\n", small, big);
    CHECK(big < 6 * small + 0.05);
}

TEST(events_a_noun_with_thousands_of_modifiers_stays_linear)
{
    /* "big big ... big troops attacked Chad": each modifier's distance to
     * its noun was walked for a comma, every time the mention was read */
    enum { MODS = 24000 };
    char *spec = malloc((size_t)MODS * 32 + 256);
    size_t n = 0;
    for (int i = 0; i < MODS; i++) n += (size_t)sprintf(spec + n, "big/big/ADJ/%d/amod ", MODS + 1);
    sprintf(spec + n, "troops/troop/NOUN/%d/nsubj attacked/attack/VERB/0/root Chad/Chad/PROPN/%d/obj", MODS + 2, MODS + 2);
    codes_within_a_second(spec);
}

TEST(events_speakers_of_cued_verbs_are_found_without_rescanning_every_quote)
{
    /* "his government expelled Chad's envoy, ..." thousands of times in a
     * story of thousands of quotes: each possessive's owner was sought
     * among all the quotes, once per verb above it */
    enum { CLAUSES = 12000, QUOTES = 40000 };
    char *spec = malloc((size_t)CLAUSES * 160 + 64);
    size_t n = 0;
    for (int i = 0; i < CLAUSES; i++) {
        int v = 5 * i + 3;
        n += (size_t)sprintf(spec + n, "his/he/PRON/%d/nmod:poss government/government/NOUN/%d/nsubj expelled/expel/VERB/%d/%s "
                                       "Chad/Chad/PROPN/%d/obj ,/,/PUNCT/%d/punct ",
                             v - 1, v, i ? 3 : 0, i ? "conj" : "root", v, v);
    }
    doc *d = parsed(spec, NULL);
    free(spec);
    dyad_speaker sp = {0};
    sp.identity = (dyad_actor){.text = "Tarlan", .code = "TURGOV", .country = "TUR", .entity = -1};
    VEC_PUSH(&d->speakers, sp);
    for (uint32_t i = 0; i < QUOTES; i++) {
        dyad_quote q = {0};
        q.speaker = 0;
        q.cue_span = (dyad_span){(uint32_t)d->text.len + 10 + i, (uint32_t)d->text.len + 14 + i}; /* elsewhere */
        VEC_PUSH(&d->quotes, q);
    }
    /* the first clause's verb is the cue of one quote */
    dyad_quote cued = {0};
    cued.speaker = 0;
    cued.cue_span = d->tokens.items[2].span;
    VEC_PUSH(&d->quotes, cued);
    double secs = timed_code(d);
    fprintf(stderr, "  (%.2f s, %zu events)\n", secs, d->events.count);
    /* the cued verb's possessive owner is still the quote's speaker: TUR */
    int turkish = 0;
    for (size_t i = 0; i < d->events.count; i++)
        turkish |= d->events.items[i].source.country && !strcmp(d->events.items[i].source.country, "TUR");
    CHECK(turkish);
    CHECK(secs < 1.0);
    doc_free(d);
}

TEST(events_the_word_a_pattern_names_is_not_the_target)
{
    /* "Serbia launched drones": the drones are the weapon, not a Serbian
     * target (force against one's own side would otherwise be allowed) */
    doc *d = parsed("Serbia/Serbia/PROPN/2/nsubj launched/launch/VERB/0/root 40/40/NUM/4/nummod drones/drone/NOUN/2/obj", NULL);
    code(d);
    int found = 0;
    for (size_t i = 0; i < d->events.count; i++)
        if (!strncmp(d->events.items[i].cameo, "195", 3)) {
            found = 1;
            CHECK(d->events.items[i].target.code == NULL);
        }
    if (!found) dump(d);
    CHECK(found);
    doc_free(d);
}

TEST(events_he_and_she_are_the_speaker_the_statements_stage_found)
{
    /* "He accused ..." right after Galvin's statement is Galvin's act; a
     * "he" three paragraphs on, with no statement between, stays unknown */
    static const char text[] = "Talks\n\nRussian Deputy Foreign Minister Pavel Galvin told reporters that Moscow had not "
                               "received an invitation.\n\nHe accused Poland of sabotaging the earlier agreements.\n\n"
                               "The meeting ended.\n\nOfficials left.\n\nHe accused Lithuania of lying.\n";
    dyad_document *d = process_text(text);
    CHECK(d != NULL);
    if (!d) return;
    int poland = 0, lithuania = 0;
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        if (strncmp(e->cameo, "112", 3) || !e->target.code) continue;
        if (!strcmp(e->target.code, "POL")) {
            poland = 1;
            CHECK_STR_EQ(e->source.code, "RUSGOV");
            CHECK_STR_EQ(e->source.origin, "pronoun");
            CHECK_STR_EQ(e->source.text, "He");
        }
        if (!strcmp(e->target.code, "LTU")) lithuania = 1;
    }
    CHECK(poland);
    CHECK(!lithuania);
    dyad_document_free(d);
}

TEST(events_a_conjunct_with_its_own_clause_shares_no_object)
{
    char b[64];
    /* "Germany welcomed Turkey's offer but warned that Russia was
     * stalling": the warning is about Russia, not Turkey's offer (and, as
     * it says how things stand, a pessimistic comment, 012, no threat) */
    doc *d = parsed("Germany/Germany/PROPN/2/nsubj welcomed/welcome/VERB/0/root Turkey/Turkey/PROPN/5/nmod:poss "
                    "'s/'s/PART/3/case offer/offer/NOUN/2/obj but/but/CCONJ/7/cc warned/warn/VERB/2/conj "
                    "that/that/SCONJ/11/mark Russia/Russia/PROPN/11/nsubj was/be/AUX/11/aux stalling/stall/VERB/7/ccomp",
                    NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "012", b, sizeof b), "DEU>RUS");
    doc_free(d);
    /* while "condemned and rejected the plan of Iran" shares the object */
    d = parsed("Germany/Germany/PROPN/2/nsubj condemned/condemn/VERB/0/root and/and/CCONJ/4/cc rejected/reject/VERB/2/conj "
               "the/the/DET/6/det plan/plan/NOUN/2/obj of/of/ADP/8/case Iran/Iran/PROPN/6/nmod", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "120", b, sizeof b), "DEU>IRN");
    doc_free(d);
}

TEST(events_an_event_noun_takes_the_subject_of_a_verb_that_carries_it_out)
{
    char b[64];
    /* "Russia began talks with China": Russia is a party */
    doc *d = parsed("Russia/Russia/PROPN/2/nsubj began/begin/VERB/0/root talks/talk/NOUN/2/obj with/with/ADP/5/case "
                    "China/China/PROPN/3/nmod", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "040", b, sizeof b), "RUS>CHN");
    doc_free(d);
    /* "Russia was using the talks with China to buy time": no party by that */
    d = parsed("Russia/Russia/PROPN/3/nsubj was/be/AUX/3/aux using/use/VERB/0/root the/the/DET/5/det talks/talk/NOUN/3/obj "
               "with/with/ADP/7/case China/China/PROPN/5/nmod to/to/PART/9/mark buy/buy/VERB/3/advcl time/time/NOUN/9/obj", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "040", b, sizeof b), "");
    doc_free(d);
}

TEST(events_a_participle_takes_the_day_of_the_verb_it_hangs_on)
{
    /* "Finland will shut the border from Saturday, the government said on
     * Thursday, accusing Russia": 2026-11-27 is a Friday; the accusation is
     * Thursday's (the 26th), not the Saturday of the shutting */
    doc *d = parsed("Finland/Finland/PROPN/3/nsubj will/will/AUX/3/aux shut/shut/VERB/0/root the/the/DET/5/det "
                    "border/border/NOUN/3/obj from/from/ADP/7/case Saturday/Saturday/PROPN/3/obl ,/,/PUNCT/11/punct "
                    "the/the/DET/10/det government/government/NOUN/11/nsubj said/say/VERB/3/parataxis on/on/ADP/13/case "
                    "Thursday/Thursday/PROPN/11/obl ,/,/PUNCT/15/punct accusing/accuse/VERB/11/advcl/VBG Russia/Russia/PROPN/15/obj",
                    "2026-11-27");
    code(d);
    const dyad_event *e = find(d, "the government", "Russia", "112");
    if (!e) dump(d);
    CHECK(e != NULL);
    if (e) {
        CHECK_INT_EQ(e->date.precision, DYAD_DATE_DAY);
        CHECK_INT_EQ(e->date.day, 26);
    }
    doc_free(d);
}

TEST(events_a_verb_in_the_future_takes_the_next_such_weekday)
{
    /* 2026-11-27 is a Friday: "will expel ... on Monday" is the 30th,
     * "expelled ... on Monday" the 23rd */
    doc *d = parsed("Finland/Finland/PROPN/3/nsubj will/will/AUX/3/aux expel/expel/VERB/0/root two/two/NUM/6/nummod "
                    "Russian/Russian/ADJ/6/amod diplomats/diplomat/NOUN/3/obj on/on/ADP/8/case Monday/Monday/PROPN/3/obl",
                    "2026-11-27");
    code(d);
    CHECK(d->events.count >= 1);
    if (d->events.count) CHECK_INT_EQ(d->events.items[0].date.day, 30);
    doc_free(d);
    d = parsed("Finland/Finland/PROPN/2/nsubj expelled/expel/VERB/0/root two/two/NUM/5/nummod Russian/Russian/ADJ/5/amod "
               "diplomats/diplomat/NOUN/2/obj on/on/ADP/7/case Monday/Monday/PROPN/2/obl", "2026-11-27");
    code(d);
    CHECK(d->events.count >= 1);
    if (d->events.count) CHECK_INT_EQ(d->events.items[0].date.day, 23);
    doc_free(d);
}

TEST(events_call_is_a_phone_call_only_with_an_actor_and_not_on_a_day)
{
    char b[64];
    /* "Macron called Putin on Monday": a telephone call, not "call on" */
    doc *d = parsed("Macron/Macron/PROPN/2/nsubj called/call/VERB/0/root Putin/Putin/PROPN/2/obj on/on/ADP/5/case "
                    "Monday/Monday/PROPN/2/obl", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "041", b, sizeof b), "FRAGOV>RUSGOV");
    CHECK_STR_EQ(codes_of(d, "020", b, sizeof b), "");
    doc_free(d);
    /* "... what the ministry called interference": naming, no call */
    d = parsed("Moldova/Moldova/PROPN/2/nsubj expelled/expel/VERB/0/root a/a/DET/4/det diplomat/diplomat/NOUN/2/obj "
               "over/over/ADP/6/case what/what/PRON/2/obl the/the/DET/8/det ministry/ministry/NOUN/9/nsubj "
               "called/call/VERB/6/acl:relcl interference/interference/NOUN/9/obj", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "041", b, sizeof b), "");
    doc_free(d);
}

TEST(events_failed_to_is_negated_and_a_meeting_place_is_no_party)
{
    /* "Armenia and Azerbaijan failed to agree in Almaty": each the other's
     * target, negated; Almaty is where, not with whom */
    doc *d = parsed("Armenia/Armenia/PROPN/4/nsubj and/and/CCONJ/3/cc Azerbaijan/Azerbaijan/PROPN/1/conj "
                    "failed/fail/VERB/0/root to/to/PART/6/mark agree/agree/VERB/4/xcomp in/in/ADP/8/case "
                    "Almaty/Almaty/PROPN/6/obl", NULL);
    code(d);
    int pair = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (!e->source.code || !e->target.code) continue;
        CHECK(strncmp(e->target.code, "KAZ", 3) != 0);
        if (!strcmp(e->source.code, "ARM") && !strcmp(e->target.code, "AZE")) {
            pair = 1;
            CHECK(e->negated);
        }
    }
    if (!pair) dump(d);
    CHECK(pair);
    doc_free(d);
}

TEST(events_a_verb_that_carries_out_an_event_noun_gives_way_to_it)
{
    char b[64];
    /* "Canada agreed sanctions on Iran": the sanctions (163), not 030 */
    doc *d = parsed("Canada/Canada/PROPN/2/nsubj agreed/agree/VERB/0/root sanctions/sanction/NOUN/2/obj "
                    "on/on/ADP/5/case Iran/Iran/PROPN/2/obl", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "163", b, sizeof b), "CAN>IRN");
    CHECK_STR_EQ(codes_of(d, "030", b, sizeof b), "");
    doc_free(d);
    /* "Hungary would not block sanctions": Hungary imposes nothing */
    d = parsed("Hungary/Hungary/PROPN/4/nsubj would/would/AUX/4/aux not/not/PART/4/advmod block/block/VERB/0/root "
               "sanctions/sanction/NOUN/4/obj", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "163", b, sizeof b), "");
    doc_free(d);
}

TEST(events_a_lower_case_of_phrase_is_no_part_of_a_name)
{
    /* "Iran accused Brussels of double standards": the target is Brussels */
    doc *d = parsed("Iran/Iran/PROPN/2/nsubj accused/accuse/VERB/0/root Brussels/Brussels/PROPN/2/obj of/of/ADP/6/case "
                    "double/double/ADJ/6/amod standards/standard/NOUN/3/nmod", NULL);
    code(d);
    CHECK(d->events.count >= 1);
    if (d->events.count) CHECK_STR_EQ(d->events.items[0].target.text, "Brussels");
    doc_free(d);
}

TEST(events_the_bare_noun_is_the_group_named_fully_before)
{
    /* "the ministers" three sentences after "European Union foreign
     * ministers" are the EU's, not the country the story names most */
    static const char text[] = "Sanctions\n\nEuropean Union foreign ministers approved new sanctions on Iran.\n\n"
                               "Iran condemned the decision. Iran said the measures were illegal. Iran recalled its envoy.\n\n"
                               "The ministers also condemned Iran.\n";
    dyad_document *d = process_text(text);
    CHECK(d != NULL);
    if (!d) return;
    int found = 0;
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        if (!e->source.text || strcmp(e->source.text, "The ministers")) continue;
        found = 1;
        CHECK_STR_EQ(e->source.code, "IGOEUREEC");
        CHECK_STR_EQ(e->source.origin, "earlier");
    }
    CHECK(found);
    dyad_document_free(d);
}

TEST(events_listed_name_read_as_a_verb_is_the_subject)
{
    /* "Pyongyang on Thursday fired shells at Seoul", parsed with the
     * capital as the verb heading the sentence and "fired" its parataxis */
    const char *spec = "Pyongyang/pyongyang/VERB/0/root on/on/ADP/3/case Thursday/Thursday/PROPN/1/obl "
                       "fired/fire/VERB/1/parataxis shells/shell/NOUN/4/obj at/at/ADP/7/case Seoul/Seoul/PROPN/4/obl";
    doc *d = parsed(spec, NULL);
    code(d);
    CHECK(has_event(d, "PRKGOV", "KORGOV", "194"));
    doc_free(d);
    /* a word that is no listed name stays the verb it was read as:
     * "Consider the talks ..." gives no actor */
    d = parsed("Consider/consider/VERB/0/root how/how/ADV/3/advmod Seoul/Seoul/PROPN/4/nsubj fired/fire/VERB/1/ccomp "
               "shells/shell/NOUN/4/obj", NULL);
    code(d);
    for (size_t i = 0; i < d->events.count; i++)
        CHECK(!d->events.items[i].source.text || strcmp(d->events.items[i].source.text, "Consider"));
    doc_free(d);
}

TEST(events_named_appositive_before_comma_and_is_a_list_item)
{
    /* "Chad, the troubled Niger, and Sudan condemned Egypt", parsed with
     * Niger an appositive of Chad and Sudan a second subject: three
     * critics */
    const char *spec = "Chad/Chad/PROPN/9/nsubj ,/,/PUNCT/5/punct the/the/DET/5/det troubled/troubled/ADJ/5/amod "
                       "Niger/Niger/PROPN/1/appos ,/,/PUNCT/8/punct and/and/CCONJ/8/cc Sudan/Sudan/PROPN/9/nsubj "
                       "condemned/condemn/VERB/0/root Egypt/Egypt/PROPN/9/obj";
    doc *d = parsed(spec, NULL);
    code(d);
    CHECK(has_event(d, "TCD", "EGY", "111"));
    CHECK(has_event(d, "NER", "EGY", "111"));
    CHECK(has_event(d, "SDN", "EGY", "111"));
    doc_free(d);
    /* "Chad, the troubled Niger, condemned Egypt": no list, one critic */
    d = parsed("Chad/Chad/PROPN/7/nsubj ,/,/PUNCT/5/punct the/the/DET/5/det troubled/troubled/ADJ/5/amod "
               "Niger/Niger/PROPN/1/appos ,/,/PUNCT/1/punct condemned/condemn/VERB/0/root Egypt/Egypt/PROPN/7/obj", NULL);
    code(d);
    int niger = 0;
    for (size_t i = 0; i < d->events.count; i++)
        niger |= d->events.items[i].source.code && !strncmp(d->events.items[i].source.code, "NER", 3);
    CHECK(!niger);
    doc_free(d);
}

TEST(events_listed_name_with_a_word_tagged_common_is_one_actor)
{
    /* "Human Rights Watch condemned Chad", with "Watch" tagged a noun and
     * hung on the verb apart from "Human Rights": the dictionary lists the
     * three words as one name */
    doc *d = parsed("Human/Human/PROPN/4/nsubj Rights/Rights/PROPN/1/flat Watch/watch/NOUN/4/obl:npmod "
                    "condemned/condemn/VERB/0/root Chad/Chad/PROPN/4/obj", NULL);
    code(d);
    CHECK(has_event(d, "NGOHRW", "TCD", "111"));
    doc_free(d);
}

TEST(events_declined_to_comment_is_one_event_and_a_platform_no_target)
{
    char b[64];
    /* "Poland declined to comment": 011 alone, no 010 for "comment" */
    doc *d = parsed("Poland/Poland/PROPN/2/nsubj declined/decline/VERB/0/root to/to/PART/4/mark comment/comment/VERB/2/xcomp", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "011", b, sizeof b), "POL>-");
    CHECK_INT_EQ(d->events.count, 1);
    doc_free(d);
    /* "Poland said on Telegram ...": Telegram is where, not to whom */
    d = parsed("Poland/Poland/PROPN/2/nsubj said/say/VERB/0/root on/on/ADP/4/case Telegram/Telegram/PROPN/2/obl", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "010", b, sizeof b), "POL>-");
    const dyad_event *e = d->events.count ? &d->events.items[0] : NULL;
    CHECK(e && !e->target.text);
    doc_free(d);
}

TEST(events_a_statement_names_no_target_known_only_from_context_and_dates_by_day)
{
    /* "a military plane" is nobody's the text says: no Estonian target for
     * the ministry's statement; and the page's timestamp dates the events
     * by its day */
    dyad_resources *res = full_resources();
    CHECK(res != NULL);
    if (!res) return;
    static const char text[] = "Airspace\n\nEstonia summoned the Russian envoy on Tuesday after a military plane violated its "
                               "airspace, the foreign ministry said.\n";
    dyad_input in = dyad_input_from_memory(text, strlen(text), DYAD_FORMAT_TEXT);
    in.date = "2026-03-04T10:00:00Z";
    dyad_document *d = dyad_process(res, &in, DYAD_STAGE_ALL);
    int statement = 0;
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        CHECK(e->date.precision == DYAD_DATE_DAY);
        if (strcmp(e->cameo, "010")) continue;
        statement = 1;
        CHECK(e->target.code == NULL);
    }
    CHECK(statement);
    dyad_document_free(d);
}

TEST(events_verb_of_saying_hung_as_adverbial_clause_is_its_own_statement)
{
    /* "Chad condemned Niger, Sudan's news agency said", parsed with
     * "said" an adverbial clause of "condemned": both are coded */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj condemned/condemn/VERB/0/root the/the/DET/4/det Niger/Niger/PROPN/2/obj "
                    ",/,/PUNCT/10/punct Sudan/Sudan/PROPN/9/nmod:poss 's/'s/PART/6/case news/news/NOUN/9/compound "
                    "agency/agency/NOUN/10/nsubj said/say/VERB/2/advcl", NULL);
    code(d);
    int welcomed = 0, statement = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (e->source.code && !strncmp(e->source.code, "TCD", 3) && !strncmp(e->cameo, "11", 2)) welcomed = 1;
        if (e->source.code && !strncmp(e->source.code, "SDN", 3) && !strncmp(e->cameo, "01", 2)) statement = 1;
    }
    CHECK(welcomed);
    CHECK(statement);
    if (!welcomed || !statement) dump(d);
    doc_free(d);
}

TEST(events_a_demand_keeps_its_reporter_when_the_parse_loses_the_cue)
{
    char b[64];
    /* "Washington should stop supplying Kyiv, Grushko added", with "added"
     * misparsed as a relative clause of "Kyiv": the statements stage's
     * cue still makes it Grushko's demand on Washington (10x), not an act */
    doc *d = parsed("Washington/Washington/PROPN/3/nsubj should/should/AUX/3/aux stop/stop/VERB/0/root "
                    "supplying/supply/VERB/3/xcomp Kyiv/Kyiv/PROPN/4/obj ,/,/PUNCT/8/punct Grushko/Grushko/PROPN/8/nsubj "
                    "added/add/VERB/5/acl:relcl", NULL);
    dyad_speaker sp = {0};
    sp.identity = (dyad_actor){.text = "Grushko", .code = "RUSGOV", .country = "RUS", .entity = -1};
    VEC_PUSH(&d->speakers, sp);
    dyad_quote q = {0};
    q.span = (dyad_span){d->tokens.items[0].span.start, d->tokens.items[4].span.end};
    q.cue_span = d->tokens.items[7].span;
    q.cue = "add";
    q.speaker = 0;
    q.confidence = 0.8f;
    VEC_PUSH(&d->quotes, q);
    code(d);
    CHECK_STR_EQ(codes_of(d, "100", b, sizeof b), "RUSGOV>USAGOV");
    doc_free(d);
}

TEST(events_a_participle_hung_on_an_adverb_predicate_is_the_passive)
{
    char b[64];
    /* "Chad was heavily criticized by Sudan", parsed with "heavily" as the
     * predicate of "was" and "criticized" an adverbial clause of it */
    doc *d = parsed("Chad/Chad/PROPN/3/nsubj was/be/AUX/3/cop heavily/heavily/ADV/0/root criticized/criticize/VERB/3/advcl/VBN "
                    "by/by/ADP/6/case Sudan/Sudan/PROPN/4/obl:agent", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "111", b, sizeof b), "SDN>TCD");
    doc_free(d);
}

TEST(events_mutual_subjects_are_each_others_target_over_a_noun_of_a_clause_below)
{
    /* "Chad and Niger met after a convoy was seen near Sudan" (the clause
     * read as a complement): Chad and Niger, not Sudan */
    doc *d = parsed("Chad/Chad/PROPN/4/nsubj and/and/CCONJ/3/cc Niger/Niger/PROPN/1/conj met/meet/VERB/0/root "
                    "after/after/ADP/7/case a/a/DET/7/det convoy/convoy/NOUN/9/nsubj:pass was/be/AUX/9/aux:pass "
                    "seen/see/VERB/4/ccomp near/near/ADP/11/case Sudan/Sudan/PROPN/9/obl", NULL);
    code(d);
    int pair = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (e->target.code && !strcmp(e->target.code, "SDN")) CHECK(!"Sudan is no party");
        if (e->source.code && e->target.code && !strcmp(e->source.code, "TCD") && !strcmp(e->target.code, "NER")) pair = 1;
    }
    if (!pair) dump(d);
    CHECK(pair);
    doc_free(d);
}

TEST(events_a_conjunct_hung_on_the_last_word_of_a_name_is_coordinated)
{
    /* "France welcomed talks between Sri Lanka and India", with "India"
     * hung on "Lanka" (the flat part) instead of "Sri" */
    doc *d = parsed("France/France/PROPN/2/nsubj welcomed/welcome/VERB/0/root talks/talk/NOUN/2/obj between/between/ADP/5/case "
                    "Sri/Sri/PROPN/3/nmod Lanka/Lanka/PROPN/5/flat and/and/CCONJ/8/cc India/India/PROPN/6/conj", NULL);
    code(d);
    int lka = 0, ind = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (!e->target.code) continue;
        lka |= !strcmp(e->target.code, "LKA");
        ind |= !strcmp(e->target.code, "IND");
    }
    if (!lka || !ind) dump(d);
    CHECK(lka && ind);
    doc_free(d);
}

TEST(events_a_purpose_clause_hung_on_the_closing_verb_of_saying_still_gives_the_target)
{
    char b[64];
    /* "Chad signed an accord to supply Niger with wheat, a spokesman said",
     * with "to supply" hung on "said" beside "signed" */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj signed/sign/VERB/13/ccomp an/a/DET/4/det accord/accord/NOUN/2/obj "
                    "to/to/PART/6/mark supply/supply/VERB/13/ccomp Niger/Niger/PROPN/6/obj with/with/ADP/9/case "
                    "wheat/wheat/NOUN/6/obl ,/,/PUNCT/13/punct a/a/DET/12/det spokesman/spokesman/NOUN/13/nsubj "
                    "said/say/VERB/0/root", NULL);
    code(d);
    const dyad_event *e = NULL;
    for (size_t i = 0; i < d->events.count && !e; i++)
        if (d->events.items[i].trigger.start == d->tokens.items[1].span.start) e = &d->events.items[i];
    if (!e || !e->target.code) dump(d);
    CHECK(e != NULL && e->target.code != NULL && !strcmp(e->target.code, "NER"));
    (void)b;
    doc_free(d);
}

TEST(events_a_name_and_the_noun_split_from_it_are_one_mention)
{
    char b[64];
    /* "Canada restored ties with Sri Lanka border police", parsed with
     * "border police" a second "with" phrase of its own beside the name */
    doc *d = parsed("Canada/Canada/PROPN/2/nsubj restored/restore/VERB/0/root ties/tie/NOUN/2/obj with/with/ADP/5/case "
                    "Sri/Sri/PROPN/3/nmod Lanka/Lanka/PROPN/5/flat border/border/NOUN/8/compound police/police/NOUN/3/nmod", NULL);
    code(d);
    const dyad_event *e = d->events.count ? &d->events.items[0] : NULL;
    if (!e || !e->target.text) dump(d);
    CHECK(e && e->target.text && !strcmp(e->target.text, "Sri Lanka border police"));
    CHECK(e && e->target.code && !strcmp(e->target.code, "LKACOP"));
    (void)b;
    doc_free(d);
}

TEST(events_rebels_and_the_state_of_their_country_are_two_sides)
{
    char b[64];
    /* "Sudanese rebels accused the Sudanese army": SDNREB -> SDNMIL */
    doc *d = parsed("Sudanese/Sudanese/ADJ/2/amod rebels/rebel/NOUN/3/nsubj accused/accuse/VERB/0/root the/the/DET/6/det "
                    "Sudanese/Sudanese/ADJ/6/amod army/army/NOUN/3/obj", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "112", b, sizeof b), "SDNREB>SDNMIL");
    doc_free(d);
    /* "the rebels denied targeting civilians": negated; and "Egypt and Qatar
     * mediated the talks" makes neither the other's target */
    d = parsed("Sudanese/Sudanese/ADJ/2/amod rebels/rebel/NOUN/3/nsubj denied/deny/VERB/0/root "
               "targeting/target/VERB/3/xcomp/VBG civilians/civilian/NOUN/4/obj", NULL);
    code(d);
    for (size_t i = 0; i < d->events.count; i++)
        if (!strncmp(d->events.items[i].cameo, "19", 2)) CHECK(d->events.items[i].negated);
    doc_free(d);
    d = parsed("Egypt/Egypt/PROPN/4/nsubj and/and/CCONJ/3/cc Qatar/Qatar/PROPN/1/conj mediated/mediate/VERB/0/root "
               "the/the/DET/6/det talks/talk/NOUN/4/obj", NULL);
    code(d);
    for (size_t i = 0; i < d->events.count; i++)
        if (!strcmp(d->events.items[i].cameo, "045")) CHECK(d->events.items[i].target.code == NULL);
    doc_free(d);
}

TEST(events_a_count_stands_for_the_group_it_counts)
{
    char b[64];
    /* "Thousands of Georgians protested": GEO, as "Georgians protested" */
    doc *d = parsed("Thousands/thousand/NOUN/4/nsubj of/of/ADP/3/case Georgians/Georgian/PROPN/1/nmod "
                    "protested/protest/VERB/0/root", NULL);
    code(d);
    CHECK(d->events.count >= 1);
    if (d->events.count) CHECK_STR_EQ(d->events.items[0].source.code ? d->events.items[0].source.code : "-", "GEO");
    (void)b;
    doc_free(d);
}

TEST(events_what_an_appeal_asks_for_may_stand_in_its_complement)
{
    char b[64];
    /* "Canada urged Iran to act with restraint": 025, not a bare 020 */
    doc *d = parsed("Canada/Canada/PROPN/2/nsubj urged/urge/VERB/0/root Iran/Iran/PROPN/2/obj to/to/PART/5/mark "
                    "act/act/VERB/2/xcomp with/with/ADP/7/case restraint/restraint/NOUN/5/obl", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "025", b, sizeof b), "CAN>IRN");
    doc_free(d);
}

TEST(events_two_names_side_by_side_with_no_coordinator_are_one_mention)
{
    /* "Estonia Prime Minister Kaja Tamm condemned Russia", parsed with the
     * title and name a conjunct of "Estonia" though neither "and" nor a
     * comma stands between: one actor, ESTGOV, not EST beside it */
    doc *d = parsed("Estonia/Estonia/PROPN/6/nsubj Prime/Prime/ADJ/3/amod Minister/Minister/PROPN/5/nmod:desc "
                    "Kaja/Kaja/PROPN/5/compound Tamm/Tamm/PROPN/1/conj condemned/condemn/VERB/0/root "
                    "Russia/Russia/PROPN/6/obj", NULL);
    code(d);
    int sources = 0, gov = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        if (strcmp(e->cameo, "111")) continue;
        sources++;
        gov += e->source.code && !strcmp(e->source.code, "ESTGOV");
    }
    if (sources != 1 || gov != 1) dump(d);
    CHECK_INT_EQ(sources, 1);
    CHECK_INT_EQ(gov, 1);
    doc_free(d);
    /* "Estonia, Latvia condemned Russia": a comma makes it a list */
    d = parsed("Estonia/Estonia/PROPN/4/nsubj ,/,/PUNCT/3/punct Latvia/Latvia/PROPN/1/conj condemned/condemn/VERB/0/root "
               "Russia/Russia/PROPN/4/obj", NULL);
    code(d);
    char b[64];
    CHECK_STR_EQ(codes_of(d, "111", b, sizeof b), "EST>RUS");
    int lva = 0;
    for (size_t i = 0; i < d->events.count; i++)
        lva += d->events.items[i].source.code && !strcmp(d->events.items[i].source.code, "LVA");
    CHECK_INT_EQ(lva, 1);
    doc_free(d);
}

TEST(events_a_conjunct_of_the_object_noun_is_part_of_the_object)
{
    char b[64];
    /* "Russia launched a bombing and shelling offensive", parsed with
     * "shelling" a gerund coordinated with "bombing" and "offensive" its
     * complement: the offensive is still what was launched, 190 */
    doc *d = parsed("Russia/Russia/PROPN/2/nsubj launched/launch/VERB/0/root a/a/DET/4/det bombing/bombing/NOUN/2/obj "
                    "and/and/CCONJ/6/cc shelling/shell/VERB/4/conj/VBG offensive/offensive/ADJ/6/xcomp", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "190", b, sizeof b), "RUS>-");
    doc_free(d);
    /* "Russia launched a satellite and prepared an offensive": a verb
     * coordinated with the trigger is another clause; no launched offensive */
    d = parsed("Russia/Russia/PROPN/2/nsubj launched/launch/VERB/0/root a/a/DET/4/det satellite/satellite/NOUN/2/obj "
               "and/and/CCONJ/6/cc prepared/prepare/VERB/2/conj/VBD an/a/DET/8/det offensive/offensive/NOUN/6/obj", NULL);
    code(d);
    int launched = 0;
    for (size_t i = 0; i < d->events.count; i++)
        launched += !strcmp(d->events.items[i].cameo, "190") && d->events.items[i].trigger.start < 20;
    CHECK_INT_EQ(launched, 0);
    doc_free(d);
}

TEST(events_a_purpose_clause_names_the_target_in_its_directional_phrase)
{
    /* "Iran vowed to wage war on Israel", the complement parsed as a
     * purpose clause: Israel is the target of the vow, as an object of
     * that clause would be */
    doc *d = parsed("Iran/Iran/PROPN/2/nsubj vowed/vow/VERB/0/root to/to/PART/4/mark wage/wage/VERB/2/advcl "
                    "war/war/NOUN/4/obj on/on/ADP/7/case Israel/Israel/PROPN/4/obl", NULL);
    code(d);
    CHECK(has_event(d, "IRN", "ISR", NULL));
    doc_free(d);
}

TEST(events_a_run_on_list_of_names_with_no_coordinator_stays_linear)
{
    /* "Troops attacked Chad Chad Chad ...", every name a conjunct of the
     * first with no "and" or comma: each name joined to the one before it
     * handed on the rest of the list, moved again at the next name */
    enum { NAMES = 40000 };
    char *spec = malloc((size_t)NAMES * 32 + 128);
    size_t n = (size_t)sprintf(spec, "Troops/troop/NOUN/2/nsubj attacked/attack/VERB/0/root ");
    for (int i = 0; i < NAMES; i++) n += (size_t)sprintf(spec + n, "Chad/Chad/PROPN/%d/%s ", i ? 3 : 2, i ? "conj" : "obj");
    doc *d = parsed(spec, NULL);
    double secs = timed_code(d);
    fprintf(stderr, "  (%.2f s)\n", secs);
    CHECK(secs < 1.0);
    CHECK(d->events.count > 0); /* the attack is still coded */
    doc_free(d);
    free(spec);
}

TEST(events_a_run_on_list_of_split_names_stays_linear)
{
    /* "Troops attacked South Korea, South Korea, ...", each "South" and
     * "Korea" hung on the verb: every name joined into one mention moved
     * the dependents of its words in a pass over the whole sentence */
    enum { NAMES = 24000 };
    char *spec = malloc((size_t)NAMES * 80 + 128);
    size_t n = (size_t)sprintf(spec, "Troops/troop/NOUN/2/nsubj attacked/attack/VERB/0/root ");
    for (int i = 0; i < NAMES; i++) n += (size_t)sprintf(spec + n, "South/South/PROPN/2/obj Korea/Korea/PROPN/2/conj ,/,/PUNCT/2/punct ");
    codes_within_a_second(spec);
}

TEST(events_a_sentence_of_subjects_stays_linear)
{
    /* thousands of noun subjects, each of its own word further on: the
     * run after each one was followed to the end of the sentence looking
     * for a second subject of the same word */
    enum { WORDS = 16000 };
    char *spec = malloc((size_t)WORDS * 32 + 64);
    size_t n = 0;
    for (int i = 0; i < WORDS; i++) n += (size_t)sprintf(spec + n, "word/word/NOUN/%d/nsubj ", WORDS - i);
    sprintf(spec + n, "went/go/VERB/0/root");
    codes_within_a_second(spec);
}

TEST(events_a_noun_with_thousands_of_verb_conjuncts_stays_linear)
{
    /* "Russia began shelling, shelling, ...": every conjunct asks for the
     * subject through the noun it is joined to, whose children were all
     * read each time */
    enum { WORDS = 16000 };
    char *spec = malloc((size_t)WORDS * 32 + 128);
    size_t n = (size_t)sprintf(spec, "Russia/Russia/PROPN/2/nsubj began/begin/VERB/0/root shelling/shelling/NOUN/2/obj ");
    for (int i = 0; i < WORDS; i++) n += (size_t)sprintf(spec + n, "shelling/shell/VERB/3/conj ");
    sprintf(spec + n, "././PUNCT/2/punct");
    codes_within_a_second(spec);
}

TEST(events_their_spokesman_speaks_for_the_group_named_before)
{
    /* "Their" is the Houthi rebels, not Yemen's government (the story's
     * country), and "its" the WHO, not the rebels named two sentences back */
    static const char text[] = "Rebels seize town\n\nSANAA, Yemen (AP) — Houthi rebels seized a town near Marib on Tuesday.\n\n"
                               "Their spokesman accused Saudi Arabia of bombing civilians.\n\n"
                               "The World Health Organization warned of cholera. Its spokesman accused the rebels of blocking aid.\n";
    dyad_document *d = process_text(text);
    CHECK(d != NULL);
    if (!d) return;
    int their = 0, its = 0;
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        if (!e->source.text) continue;
        if (!strcmp(e->source.text, "Their spokesman")) {
            CHECK_STR_EQ(e->source.code, "YEMREB");
            their = 1;
        }
        if (!strcmp(e->source.text, "Its spokesman")) {
            CHECK_STR_EQ(e->source.code, "IGOUNOHLHWHO");
            its = 1;
        }
    }
    CHECK(their && its);
    dyad_document_free(d);
}

TEST(events_a_name_before_its_heads_preposition_is_the_object)
{
    char b[64];
    /* "Iran accused Saudi Arabia of bombing civilians" parsed with "Saudi
     * Arabia" a compound of "civilians": Saudi Arabia is accused, not its civilians */
    doc *d = parsed("Iran/Iran/PROPN/2/nsubj accused/accuse/VERB/0/root Saudi/Saudi/ADJ/4/amod "
                    "Arabia/Arabia/PROPN/7/compound of/of/ADP/7/case bombing/bombing/NOUN/7/compound "
                    "civilians/civilian/NOUN/2/obj", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "112", b, sizeof b), "IRN>SAU");
    doc_free(d);
}

TEST(events_subjects_that_act_on_each_other_are_each_others_target)
{
    /* "accused each other" (each/other fixed), "blamed one another",
     * "traded accusations", "exchanged fire": both directions */
    doc *d = parsed("China/China/PROPN/4/nsubj and/and/CCONJ/3/cc Philippines/Philippines/PROPN/1/conj "
                    "accused/accuse/VERB/0/root each/each/DET/4/obj other/other/ADJ/5/fixed", NULL);
    code(d);
    EXPECT(d, "China", "Philippines", "112");
    EXPECT(d, "Philippines", "China", "112");
    doc_free(d);
    d = parsed("Armenia/Armenia/PROPN/4/nsubj and/and/CCONJ/3/cc Azerbaijan/Azerbaijan/PROPN/1/conj "
               "blamed/blame/VERB/0/root one/one/PRON/4/obj another/another/DET/5/obj", NULL);
    code(d);
    EXPECT(d, "Armenia", "Azerbaijan", "112");
    EXPECT(d, "Azerbaijan", "Armenia", "112");
    doc_free(d);
    d = parsed("India/India/PROPN/4/nsubj and/and/CCONJ/3/cc Pakistan/Pakistan/PROPN/1/conj "
               "exchanged/exchange/VERB/0/root fire/fire/NOUN/4/obj", NULL);
    code(d);
    EXPECT(d, "India", "Pakistan", "190");
    EXPECT(d, "Pakistan", "India", "190");
    doc_free(d);
}

TEST(events_a_town_retaken_from_a_force_targets_that_force)
{
    char b[64];
    doc *d = parsed("Sudan/Sudan/PROPN/2/nmod:poss army/army/NOUN/3/nsubj retook/retake/VERB/0/root "
                    "Khartoum/Khartoum/PROPN/3/obj from/from/ADP/6/case Janjaweed/Janjaweed/PROPN/3/obl", NULL);
    code(d);
    CHECK(strncmp(codes_of(d, "192", b, sizeof b), "SDNMIL>", 7) == 0);
    doc_free(d);
}

TEST(events_ordering_troops_out_blocking_a_package_and_closing_a_border_are_coded)
{
    static const char text[] = "Sahel\n\nNiger's junta ordered French troops to leave the country.\n\n"
                               "Hungary blocked the EU's aid package for Ukraine.\n\nPoland closed its border with Belarus.\n";
    dyad_document *d = process_text(text);
    CHECK(d != NULL);
    if (!d) return;
    int expel = 0, veto = 0, border = 0;
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        const char *t = e->target.code ? e->target.code : "";
        expel |= !strcmp(e->cameo, "166") && !strncmp(t, "FRA", 3);
        veto |= !strcmp(e->cameo, "129") && e->source.code && !strcmp(e->source.code, "HUN");
        border |= !strcmp(e->cameo, "191") && !strcmp(t, "BLR");
    }
    CHECK(expel && veto && border);
    dyad_document_free(d);
}

TEST(events_cli_gdelt_rows_leave_out_denied_and_expected_events)
{
    /* "did not threaten" and "could expel" have no GDELT column to say so */
    char *path = write_temp("Drills\n\nSEOUL, March 3, 2026 (Wire) - South Korea did not threaten North Korea. "
                            "Japan could expel North Korean diplomats. China criticised South Korea on Monday.\n");
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s code -q --as gdelt %s", test_dyad_bin(), path);
    FILE *p = popen(cmd, "r");
    char out[8192];
    size_t got = p ? fread(out, 1, sizeof out - 1, p) : 0;
    out[got] = '\0';
    if (p) pclose(p);
    CHECK(strstr(out, "\tCHN\t") != NULL);
    CHECK(strstr(out, "\t130\t") == NULL);
    CHECK(strstr(out, "\t166\t") == NULL);
    snprintf(cmd, sizeof cmd, "%s code -q --as tsv %s", test_dyad_bin(), path);
    p = popen(cmd, "r");
    got = p ? fread(out, 1, sizeof out - 1, p) : 0;
    out[got] = '\0';
    if (p) pclose(p);
    CHECK(strstr(out, "\t166\t") != NULL); /* TSV keeps it */
    remove(path);
    free(path);
}

TEST(events_anonymity_and_helping_organise_are_no_events)
{
    static const char text[] = "Kenya\n\nNAIROBI (Wire) - A Kenyan official, who declined to be named, said talks would resume. "
                               "A Kenyan minister, asking not to be named, said the army would withdraw. "
                               "Kenyan activists who helped organise the march were arrested.\n";
    dyad_document *d = process_text(text);
    CHECK(d != NULL);
    if (!d) return;
    for (size_t i = 0; i < d->event_count; i++) {
        const char *c = d->events[i].cameo;
        CHECK(strcmp(c, "011") != 0 && strcmp(c, "020") != 0 && strncmp(c, "07", 2) != 0);
    }
    dyad_document_free(d);
}

TEST(events_drills_launched_around_a_country_exhibit_force_at_it)
{
    char b[64];
    doc *d = parsed("China/China/PROPN/2/nsubj launched/launch/VERB/0/root military/military/ADJ/4/amod "
                    "drills/drill/NOUN/2/obj around/around/ADP/6/case Taiwan/Taiwan/PROPN/2/obl", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "150", b, sizeof b), "CHN>TWN");
    doc_free(d);
}

TEST(events_future_acts_take_no_day_of_the_statement_and_months_are_read)
{
    static const char text[] = "Talks\n\nWASHINGTON, Dec. 4, 2025 (Wire) - Maduro said on Thursday that his government would "
                               "suspend talks with Washington. He said on Wednesday that he would meet U.S. officials next month. "
                               "In January, Trump threatened Colombia with tariffs.\n";
    dyad_document *d = process_text(text);
    CHECK(d != NULL);
    if (!d) return;
    int suspend = 0, meet = 0, threat = 0;
    char iso[32];
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        dyad_date_format(&e->date, iso, sizeof iso);
        if (!strncmp(e->cameo, "13", 2) && strstr(d->text + e->trigger.start, "suspend") == d->text + e->trigger.start) {
            /* a threat is made when it is announced: the Thursday of the
             * statement, not next Thursday, nor no date at all */
            CHECK_STR_EQ(iso, "2025-12-04");
            suspend = 1;
        }
        if (!strncmp(d->text + e->trigger.start, "meet", 4)) { CHECK_STR_EQ(iso, "2026-01"); meet = 1; }
        if (!strncmp(d->text + e->trigger.start, "threatened", 10)) { CHECK_STR_EQ(iso, "2025-01"); threat = 1; }
    }
    CHECK(suspend && meet && threat);
    dyad_document_free(d);
}

TEST(events_a_stance_verb_after_a_report_and_a_with_phrase_keep_the_reporter)
{
    char b[64];
    /* "Tunc said the judiciary was independent and rejected claims":
     * "rejected" parsed as a conjunct inside what was said */
    doc *d = parsed("Turkey/Turkey/PROPN/2/nsubj said/say/VERB/0/root the/the/DET/4/det judiciary/judiciary/NOUN/6/nsubj "
                    "was/be/AUX/6/cop independent/independent/ADJ/2/ccomp and/and/CCONJ/8/cc rejected/reject/VERB/6/conj "
                    "claims/claim/NOUN/8/obj", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "120", b, sizeof b), "TUR>-");
    doc_free(d);
    /* "China lodged protests with Japan's ambassador and demanded ...":
     * "with" read as the marker of a clause whose subject is the ambassador */
    d = parsed("China/China/PROPN/2/nsubj lodged/lodge/VERB/0/root protests/protest/NOUN/2/obj with/with/ADP/8/mark "
               "Japanese/Japanese/ADJ/6/amod ambassador/ambassador/NOUN/8/nsubj and/and/CCONJ/8/cc "
               "demanded/demand/VERB/2/advcl an/a/DET/10/det apology/apology/NOUN/8/obj", NULL);
    code(d);
    CHECK(strncmp(codes_of(d, "100", b, sizeof b), "CHN>", 4) == 0);
    doc_free(d);
}

TEST(events_suspending_sanctions_eases_them)
{
    char b[64];
    doc *d = parsed("Washington/Washington/PROPN/2/nsubj suspended/suspend/VERB/0/root sanctions/sanction/NOUN/2/obj "
                    "on/on/ADP/5/case Syria/Syria/PROPN/3/nmod", NULL);
    code(d);
    CHECK(strncmp(codes_of(d, "085", b, sizeof b), "USAGOV>SYR", 10) == 0);
    CHECK_INT_EQ(count_cameo(d, "16"), 0);
    doc_free(d);
}

TEST(events_a_name_split_at_its_hyphen_is_one_place)
{
    /* "Guinea-Bissau" tokenized as three, "Guinea" tagged a noun: one
     * country, and the soldiers are its own, not the dateline's */
    static const char text[] = "Coup\n\nSTOCKHOLM (Wire) - Soldiers seized power in Guinea-Bissau on Wednesday.\n";
    dyad_document *d = process_text(text);
    CHECK(d != NULL);
    if (!d) return;
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        CHECK(!e->source.code || strncmp(e->source.code, "SWE", 3) != 0);
        CHECK(!e->target.code || strcmp(e->target.code, "GIN") != 0);
    }
    dyad_document_free(d);
}

TEST(events_a_target_phrase_on_a_conjunct_object_counts)
{
    char b[64];
    /* "police fired tear gas and water cannon at protesters": "at" hangs
     * on "cannon", the conjunct of the pattern's "gas" */
    doc *d = parsed("Kenyan/Kenyan/ADJ/2/amod police/police/NOUN/3/nsubj fired/fire/VERB/0/root tear/tear/NOUN/5/compound "
                    "gas/gas/NOUN/3/obj and/and/CCONJ/8/cc water/water/NOUN/8/compound cannon/cannon/NOUN/5/conj "
                    "at/at/ADP/10/case protesters/protester/NOUN/8/nmod", NULL);
    code(d);
    CHECK(strncmp(codes_of(d, "175", b, sizeof b), "KENCOP>KEN", 10) == 0);
    doc_free(d);
}

TEST(events_an_of_inside_a_state_name_is_part_of_the_mention)
{
    char b[64];
    /* "The envoy of the Democratic Republic of Congo met Rwanda's
     * president": the mention runs to "Congo" (COD), not to "Republic" */
    doc *d = parsed("The/the/DET/2/det envoy/envoy/NOUN/9/nsubj of/of/ADP/6/case the/the/DET/6/det "
                    "Democratic/Democratic/ADJ/6/amod Republic/Republic/PROPN/2/nmod of/of/ADP/8/case "
                    "Congo/Congo/PROPN/6/nmod met/meet/VERB/0/root Rwanda/Rwanda/PROPN/12/nmod:poss 's/'s/PART/10/case "
                    "president/president/NOUN/9/obj", NULL);
    code(d);
    CHECK(strncmp(codes_of(d, "040", b, sizeof b), "COD", 3) == 0);
    doc_free(d);
}

TEST(events_the_complement_or_purpose_of_a_negated_verb_is_negated)
{
    /* "Iran did not want to attack Israel", "Iran did not send troops to
     * attack Israel": no attack is asserted */
    doc *d = parsed("Iran/Iran/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod want/want/VERB/0/root "
                    "to/to/PART/6/mark attack/attack/VERB/4/xcomp Israel/Israel/PROPN/6/obj", NULL);
    code(d);
    int found = 0;
    for (size_t i = 0; i < d->events.count; i++)
        if (!strncmp(d->events.items[i].cameo, "19", 2)) {
            CHECK(d->events.items[i].negated);
            found = 1;
        }
    doc_free(d);
    d = parsed("Iran/Iran/PROPN/4/nsubj did/do/AUX/4/aux not/not/PART/4/advmod send/send/VERB/0/root "
               "troops/troops/NOUN/4/obj to/to/PART/7/mark attack/attack/VERB/4/advcl Israel/Israel/PROPN/7/obj", NULL);
    code(d);
    for (size_t i = 0; i < d->events.count; i++)
        if (!strncmp(d->events.items[i].cameo, "19", 2)) {
            CHECK(d->events.items[i].negated);
            found |= 2;
        }
    doc_free(d);
    CHECK(found != 0);
}

TEST(events_protesters_who_gather_demonstrate)
{
    char b[64];
    doc *d = parsed("Georgian/Georgian/ADJ/2/amod protesters/protester/NOUN/3/nsubj gathered/gather/VERB/0/root "
                    "outside/outside/ADP/5/case parliament/parliament/NOUN/3/obl", NULL);
    code(d);
    CHECK_INT_EQ(count_cameo(d, "040"), 0);
    CHECK(strncmp(codes_of(d, "141", b, sizeof b), "GEO", 3) == 0);
    doc_free(d);
}

TEST(events_an_approved_loan_is_economic_aid_to_its_receiver)
{
    char b[64];
    doc *d = parsed("IMF/IMF/PROPN/2/nsubj approved/approve/VERB/0/root a/a/DET/4/det loan/loan/NOUN/2/obj "
                    "for/for/ADP/6/case Pakistan/Pakistan/PROPN/4/nmod", NULL);
    code(d);
    CHECK(strstr(codes_of(d, "071", b, sizeof b), ">PAK") != NULL);
    doc_free(d);
}

TEST(events_an_unnamed_official_of_the_story_country_never_acts_on_that_state)
{
    /* the TOKYO dateline makes Japan the story's country, but the official
     * accusing Tokyo is China's, the source named just before */
    static const char text[] = "Protest\n\nTOKYO (Wire) - China lodged a protest with Japan on Monday over remarks by its prime minister.\n\n"
                               "A ministry official accused Tokyo of interfering in internal affairs.\n";
    dyad_document *d = process_text(text);
    CHECK(d != NULL);
    if (!d) return;
    int found = 0;
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        if (strncmp(e->cameo, "112", 3) || !e->source.text || !strstr(e->source.text, "official")) continue;
        CHECK_STR_EQ(e->source.code, "CHNGOV");
        found = 1;
    }
    CHECK(found);
    dyad_document_free(d);
}

TEST(events_a_cue_whose_parsed_subject_is_inside_the_quote_takes_the_speaker)
{
    /* "The people know the truth," he wrote: the parser takes "The
     * people" for the writer; the writer is the speaker */
    static const char text[] = "Vote\n\nYAOUNDE (Wire) - Opposition candidate Issa Tchiroma Bakary rejected the results and "
                               "said he had won. \"The people know the truth,\" he wrote on Facebook.\n";
    dyad_document *d = process_text(text);
    CHECK(d != NULL);
    if (!d) return;
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        CHECK(!e->source.text || strstr(e->source.text, "people") == NULL);
    }
    dyad_document_free(d);
}

TEST(events_a_that_clause_read_as_a_relative_clause_is_the_report)
{
    char b[64];
    /* "Egypt told reporters that Cairo would host the talks": "that" read
     * as a relative pronoun, "host" as a relative clause on "reporters" */
    doc *d = parsed("Egypt/Egypt/PROPN/2/nsubj told/tell/VERB/0/root reporters/reporter/NOUN/2/obj "
                    "that/that/PRON/7/nsubj Cairo/Cairo/PROPN/7/nsubj would/would/AUX/7/aux "
                    "host/host/VERB/3/acl:relcl the/the/DET/10/det next/next/ADJ/10/amod round/round/NOUN/7/obj", NULL);
    code(d);
    const char *c = codes_of(d, "036", b, sizeof b);
    CHECK(strncmp(c, "EGY", 3) == 0);
    doc_free(d);
}

TEST(events_last_year_and_last_month_name_their_period)
{
    static const char text[] = "Talks\n\nWASHINGTON, May 3, 2025 (Wire) - Iran held talks with Oman last week. "
                               "Iran signed a deal with Oman last month. Last year, Iran accused Oman of spying.\n";
    dyad_document *d = process_text(text);
    CHECK(d != NULL);
    if (!d) return;
    char iso[32];
    int seen = 0;
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        dyad_date_format(&e->date, iso, sizeof iso);
        if (!strcmp(e->cameo, "040")) {
            CHECK_INT_EQ(e->date.precision, DYAD_DATE_NONE);
            seen |= 1;
        }
        if (!strcmp(e->cameo, "057")) {
            CHECK_STR_EQ(iso, "2025-04");
            seen |= 2;
        }
        if (!strncmp(e->cameo, "112", 3)) {
            CHECK_STR_EQ(iso, "2024");
            seen |= 4;
        }
    }
    CHECK_INT_EQ(seen, 7);
    dyad_document_free(d);
}

TEST(events_of_equal_patterns_the_words_nearest_the_verb_win)
{
    char b[64];
    /* "agreed to a ceasefire after talks": "agree ... talks" (036) and
     * "agree ... ceasefire" (0871) both match; the ceasefire is nearer */
    doc *d = parsed("Pakistan/Pakistan/PROPN/4/nsubj and/and/CCONJ/3/cc Afghanistan/Afghanistan/PROPN/1/conj "
                    "agreed/agree/VERB/0/root to/to/ADP/7/case a/a/DET/7/det ceasefire/ceasefire/NOUN/4/obl "
                    "after/after/ADP/9/case talks/talk/NOUN/4/obl", NULL);
    code(d);
    CHECK(codes_of(d, "0871", b, sizeof b)[0] != '\0');
    CHECK_INT_EQ(count_cameo(d, "036"), 0);
    doc_free(d);
}

TEST(events_former_read_as_a_complement_still_makes_an_elite)
{
    char b[64];
    /* "A Brazilian court convicted former President Jair Bolsonaro":
     * "former" parsed as a complement of "convicted", the name hung on it */
    doc *d = parsed("A/a/DET/3/det Brazilian/Brazilian/ADJ/3/amod court/court/NOUN/4/nsubj convicted/convict/VERB/0/root "
                    "former/former/ADJ/4/xcomp President/President/PROPN/7/nmod:desc Jair/Jair/PROPN/5/obl "
                    "Bolsonaro/Bolsonaro/PROPN/7/flat", NULL);
    code(d);
    CHECK(strstr(codes_of(d, "116", b, sizeof b), ">BRAELI") != NULL);
    doc_free(d);
}

TEST(events_this_rounds_repairs_stay_linear_on_a_huge_sentence)
{
    /* one verb with thousands of the shapes the round-11 repairs read, all
     * hung on it far away: "to" clauses after objects, "with" markers,
     * stance conjuncts of a reported clause, "former" complements, names
     * before a case word, "that" read as a relative pronoun */
    enum { REPEATS = 2000 };
    char *spec = malloc((size_t)REPEATS * 400 + 256);
    size_t n = (size_t)sprintf(spec, "Iran/Iran/PROPN/2/nsubj ordered/order/VERB/0/root ");
    for (int i = 0; i < REPEATS; i++) {
        int b = 3 + i * 9; /* 1-based index of this group's first token */
        n += (size_t)sprintf(spec + n,
                             "troops/troops/NOUN/2/obj to/to/PART/%d/mark leave/leave/VERB/2/advcl "
                             "with/with/ADP/%d/mark Oman/Oman/PROPN/%d/nsubj and/and/CCONJ/%d/cc rejected/reject/VERB/2/conj "
                             "former/former/ADJ/2/xcomp Qatar/Qatar/PROPN/%d/obl ",
                             b + 2, b + 6, b + 6, b + 6, b + 7);
    }
    sprintf(spec + n, "././PUNCT/2/punct");
    codes_within_a_second(spec);
}

TEST(events_what_a_verb_expects_of_its_indirect_object_has_not_happened)
{
    /* "We expect Minsk to explain", with "Minsk" parsed as an indirect object */
    doc *d = parsed("We/we/PRON/2/nsubj expect/expect/VERB/0/root Minsk/Minsk/PROPN/2/iobj to/to/PART/5/mark "
                    "explain/explain/VERB/2/xcomp", NULL);
    code(d);
    CHECK_INT_EQ(count_cameo(d, "010"), 0);
    doc_free(d);
}

TEST(events_a_passive_killing_in_an_attack_names_the_attacker_by_its_adjective)
{
    char b[64];
    /* "Three Palestinians were killed in an Israeli air strike" */
    doc *d = parsed("Three/three/NUM/2/nummod Palestinians/Palestinian/PROPN/4/nsubj:pass were/be/AUX/4/aux:pass "
                    "killed/kill/VERB/0/root in/in/ADP/9/case an/a/DET/9/det Israeli/Israeli/ADJ/9/amod "
                    "air/air/NOUN/9/compound strike/strike/NOUN/4/obl", NULL);
    code(d);
    CHECK(strncmp(codes_of(d, "1823", b, sizeof b), "ISR>", 4) == 0);
    doc_free(d);
}

TEST(events_people_killed_in_an_attack_on_a_place_are_that_places)
{
    dyad_document *d = process_text("Strike\n\nMOSCOW (Wire) - Five people were killed in Russia's attack on Odesa.\n");
    CHECK(d != NULL);
    if (!d) return;
    int found = 0;
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        if (strcmp(e->cameo, "1823")) continue;
        CHECK_STR_EQ(e->source.code, "RUS");
        CHECK(e->target.code && !strncmp(e->target.code, "UKR", 3));
        found = 1;
    }
    CHECK(found);
    dyad_document_free(d);
}

TEST(events_frozen_accounts_and_funds_are_sanctions)
{
    /* "froze Russian bank accounts" coded nothing, and "froze assets" was
     * read as cut aid (1621) as often as a sanction (163) */
    doc *d = parsed("Germany/Germany/PROPN/2/nsubj froze/freeze/VERB/0/root Russian/Russian/ADJ/5/amod "
                    "bank/bank/NOUN/5/compound accounts/account/NOUN/2/obj ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(has_event(d, "DEU", "RUSBUS", "163"));
    doc_free(d);
    d = parsed("France/France/PROPN/2/nsubj froze/freeze/VERB/0/root Iranian/Iranian/ADJ/4/amod "
               "assets/asset/NOUN/2/obj ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(has_event(d, "FRA", "IRN", "163"));
    doc_free(d);
}

TEST(events_military_aid_is_military_whatever_its_sum)
{
    /* "$40 billion in military aid" matched the sum (0331, economic aid) */
    doc *d = parsed("NATO/NATO/PROPN/2/compound allies/ally/NOUN/3/nsubj pledged/pledge/VERB/0/root $/$/SYM/3/obj "
                    "40/40/NUM/6/compound billion/billion/NUM/4/nummod in/in/ADP/9/case military/military/ADJ/9/amod "
                    "aid/aid/NOUN/4/nmod to/to/ADP/11/case Ukraine/Ukraine/PROPN/9/nmod ././PUNCT/3/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "0332") == 1);
    CHECK(count_cameo(d, "0331") == 0);
    doc_free(d);
}

TEST(events_coordinated_speakers_keep_their_own_verb_events)
{
    /* the quotes of "Hamas and Islamic Jihad said" each took both verb
     * events, so both came out as the first speaker's */
    dyad_document *d = process_text("Truce\n\nGAZA (Wire) - Hamas and Islamic Jihad said the truce would hold.\n");
    CHECK(d != NULL);
    if (!d) return;
    int hamas = 0, other = 0;
    for (size_t i = 0; i < d->event_count; i++) {
        const dyad_event *e = &d->events[i];
        if (strcmp(e->cameo, "010")) continue;
        if (e->source.text && !strcmp(e->source.text, "Hamas")) hamas++;
        else other++;
    }
    CHECK(hamas == 1);
    CHECK(other == 1);
    dyad_document_free(d);
}

/* How many events have a code starting with `prefix`, and whether every
 * one of them is flagged negated (*all). */
static size_t negated_cameo(const doc *d, const char *prefix, int *all)
{
    size_t n = 0;
    *all = 1;
    for (size_t i = 0; i < d->events.count; i++) {
        if (strncmp(d->events.items[i].cameo, prefix, strlen(prefix))) continue;
        n++;
        if (!d->events.items[i].negated) *all = 0;
    }
    return n;
}

TEST(events_what_a_denial_a_ruling_out_or_a_yet_to_names_has_not_happened)
{
    int all;
    /* "Chad denied that it had shelled the camp": the shelling is denied */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj denied/deny/VERB/0/root that/that/SCONJ/6/mark it/it/PRON/6/nsubj "
                    "had/have/AUX/6/aux shelled/shell/VERB/2/ccomp the/the/DET/8/det camp/camp/NOUN/6/obj "
                    "././PUNCT/2/punct", NULL);
    code(d);
    CHECK(negated_cameo(d, "19", &all) >= 1);
    CHECK(all);
    doc_free(d);
    /* "Canada ruled out sending troops to Mali" */
    d = parsed("Canada/Canada/PROPN/2/nsubj ruled/rule/VERB/0/root out/out/ADP/2/compound:prt "
               "sending/send/VERB/2/xcomp troops/troops/NOUN/4/obj to/to/ADP/7/case Mali/Mali/PROPN/4/obl "
               "././PUNCT/2/punct", NULL);
    code(d);
    CHECK(negated_cameo(d, "15", &all) >= 1);
    CHECK(all);
    doc_free(d);
    /* "Peru has yet to recognise Kosovo" (the "to" clause read as one of
     * purpose) and "Peru is yet to recognise Kosovo" ("yet" and "to" on the
     * verb) */
    d = parsed("Peru/Peru/PROPN/2/nsubj has/have/VERB/0/root yet/yet/ADV/2/advmod to/to/PART/5/mark "
               "recognise/recognise/VERB/2/advcl Kosovo/Kosovo/PROPN/5/obj ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(negated_cameo(d, "05", &all) >= 1);
    CHECK(all);
    doc_free(d);
    d = parsed("Peru/Peru/PROPN/5/nsubj is/be/AUX/5/cop yet/yet/ADV/5/advmod to/to/PART/5/mark "
               "recognise/recognise/VERB/0/root Kosovo/Kosovo/PROPN/5/obj ././PUNCT/5/punct", NULL);
    code(d);
    CHECK(negated_cameo(d, "05", &all) >= 1);
    CHECK(all);
    doc_free(d);
    /* "ECOWAS had failed to help Mali", the "to" clause read as one of
     * purpose */
    d = parsed("ECOWAS/ECOWAS/PROPN/3/nsubj had/have/AUX/3/aux failed/fail/VERB/0/root "
               "to/to/PART/5/mark help/help/VERB/3/advcl Mali/Mali/PROPN/5/obj ././PUNCT/3/punct", NULL);
    code(d);
    CHECK(negated_cameo(d, "07", &all) >= 1);
    CHECK(all);
    doc_free(d);
    /* but "Chad sent troops to help Mali" still helps */
    d = parsed("Chad/Chad/PROPN/2/nsubj sent/send/VERB/0/root troops/troops/NOUN/2/obj to/to/PART/5/mark "
               "help/help/VERB/2/advcl Mali/Mali/PROPN/5/obj ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(negated_cameo(d, "07", &all) == 0 || !all);
    doc_free(d);
}

/* A quote over tokens [from, to] of d, cued by token `cue` and said by a
 * new speaker mentioned by tokens [m0, m1]. */
static void cued_quote(doc *d, uint32_t from, uint32_t to, uint32_t cue, uint32_t m0, uint32_t m1, const char *who,
                       const char *code, dyad_quote_kind kind)
{
    dyad_speaker sp = {0};
    sp.identity = (dyad_actor){.text = who, .code = code, .country = NULL, .entity = -1};
    VEC_PUSH(&d->speakers, sp);
    dyad_quote q = {0};
    q.span = (dyad_span){d->tokens.items[from].span.start, d->tokens.items[to].span.end};
    q.kind = kind;
    q.cue_span = d->tokens.items[cue].span;
    q.cue = "tell";
    q.speaker_mention = (dyad_span){d->tokens.items[m0].span.start, d->tokens.items[m1].span.end};
    q.speaker = (int32_t)d->speakers.count - 1;
    q.confidence = 0.7f;
    VEC_PUSH(&d->quotes, q);
}

TEST(events_a_pronoun_opening_a_quote_cued_later_is_its_speaker)
{
    char b[64];
    /* "He accused Chad of lying, the Sudanese minister told state
     * television", with "told" read as a clause on "minister": the
     * accusation is the minister's */
    const char *spec = "He/he/PRON/2/nsubj accused/accuse/VERB/0/root Chad/Chad/PROPN/2/obj of/of/SCONJ/5/mark "
                       "lying/lie/VERB/3/acl ,/,/PUNCT/5/punct the/the/DET/9/det Sudanese/Sudanese/ADJ/9/amod "
                       "minister/minister/NOUN/5/appos told/tell/VERB/9/acl state/state/NOUN/12/compound "
                       "television/television/NOUN/10/obl";
    doc *d = parsed(spec, NULL);
    cued_quote(d, 0, 4, 9, 6, 8, "the Sudanese minister", "SDNGOV", DYAD_QUOTE_INDIRECT);
    code(d);
    CHECK_STR_EQ(codes_of(d, "112", b, sizeof b), "SDNGOV>TCD");
    doc_free(d);
    /* not when the speaker is someone's ("his spokesman told ..."), nor
     * inside quotation marks, where "he" is someone the speaker names */
    d = parsed(spec, NULL);
    cued_quote(d, 0, 4, 9, 6, 8, "his spokesman", "SDNGOV", DYAD_QUOTE_INDIRECT);
    d->text.data[d->tokens.items[6].span.start] = 'h';
    d->text.data[d->tokens.items[6].span.start + 1] = 'i';
    d->text.data[d->tokens.items[6].span.start + 2] = 's';
    code(d);
    CHECK_STR_EQ(codes_of(d, "112", b, sizeof b), "");
    doc_free(d);
    d = parsed(spec, NULL);
    cued_quote(d, 0, 4, 9, 6, 8, "the Sudanese minister", "SDNGOV", DYAD_QUOTE_DIRECT);
    code(d);
    CHECK_STR_EQ(codes_of(d, "112", b, sizeof b), "");
    doc_free(d);
}

TEST(events_house_arrest_and_raised_tariffs_are_coded)
{
    char b[64];
    /* "Gabonese soldiers placed the president under house arrest" */
    doc *d = parsed("Gabonese/Gabonese/ADJ/2/amod soldiers/soldier/NOUN/3/nsubj placed/place/VERB/0/root the/the/DET/5/det "
                    "president/president/NOUN/3/obj under/under/ADP/8/case house/house/NOUN/8/compound "
                    "arrest/arrest/NOUN/3/obl ././PUNCT/3/punct", NULL);
    code(d);
    CHECK(strncmp(codes_of(d, "173", b, sizeof b), "GABMIL>GAB", 10) == 0);
    doc_free(d);
    /* "China raised tariffs on Canadian goods": a sanction on Canada */
    d = parsed("China/China/PROPN/2/nsubj raised/raise/VERB/0/root tariffs/tariff/NOUN/2/obj on/on/ADP/6/case "
               "Canadian/Canadian/ADJ/6/amod goods/goods/NOUN/2/obl ././PUNCT/2/punct", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "163", b, sizeof b), "CHN>CAN");
    doc_free(d);
}

/* The date of the first event coded with this CAMEO code, as ISO text
 * ("" when none). */
static const char *date_of(doc *d, const char *cameo, char *iso, size_t n)
{
    iso[0] = '\0';
    for (size_t i = 0; i < d->events.count; i++)
        if (!strcmp(d->events.items[i].cameo, cameo)) {
            dyad_date_format(&d->events.items[i].date, iso, n);
            break;
        }
    return iso;
}

TEST(events_take_a_calendar_date_printed_on_their_verb)
{
    char iso[32];
    /* "Chad expelled the envoy on July 26" in a story of 2023-08-26, the
     * month hung on the day */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj expelled/expel/VERB/0/root the/the/DET/4/det envoy/envoy/NOUN/2/obj "
                    "on/on/ADP/7/case July/July/PROPN/7/nmod:unmarked 26/26/NUM/2/obl ././PUNCT/2/punct", "2023-08-26");
    code(d);
    CHECK_STR_EQ(date_of(d, "166", iso, sizeof iso), "2023-07-26");
    doc_free(d);
    /* "on Sept. 2" after the story's day is last year's */
    d = parsed("Chad/Chad/PROPN/2/nsubj expelled/expel/VERB/0/root the/the/DET/4/det envoy/envoy/NOUN/2/obj "
               "on/on/ADP/7/case Sept./September/PROPN/7/nmod:unmarked 2/2/NUM/2/obl ././PUNCT/2/punct", "2023-08-26");
    code(d);
    CHECK_STR_EQ(date_of(d, "166", iso, sizeof iso), "2022-09-02");
    doc_free(d);
    /* "on 3 March 2021", the day and year hung on the month */
    d = parsed("Chad/Chad/PROPN/2/nsubj expelled/expel/VERB/0/root the/the/DET/4/det envoy/envoy/NOUN/2/obj "
               "on/on/ADP/7/case 3/3/NUM/7/nummod March/March/PROPN/2/obl 2021/2021/NUM/7/nmod:unmarked ././PUNCT/2/punct",
               "2023-08-26");
    code(d);
    CHECK_STR_EQ(date_of(d, "166", iso, sizeof iso), "2021-03-03");
    doc_free(d);
    /* "in 2021": the year; "since 2021" says nothing of when */
    d = parsed("Russia/Russia/PROPN/2/nsubj supplied/supply/VERB/0/root missiles/missile/NOUN/2/obj to/to/ADP/5/case "
               "India/India/PROPN/2/obl in/in/ADP/7/case 2021/2021/NUM/2/obl ././PUNCT/2/punct", "2023-08-26");
    code(d);
    CHECK_STR_EQ(date_of(d, "072", iso, sizeof iso), "2021");
    doc_free(d);
    d = parsed("Russia/Russia/PROPN/2/nsubj supplied/supply/VERB/0/root missiles/missile/NOUN/2/obj to/to/ADP/5/case "
               "India/India/PROPN/2/obl since/since/ADP/7/case 2021/2021/NUM/2/obl ././PUNCT/2/punct", "2023-08-26");
    code(d);
    CHECK_STR_EQ(date_of(d, "072", iso, sizeof iso), "2023-08-26");
    doc_free(d);
}

TEST(events_intents_date_by_their_announcement_and_nouns_take_their_verbs_modality)
{
    char iso[32];
    /* "Chad said on Monday it would attack Mali", written on Wednesday
     * 2026-12-02: the threat (138) was made on Monday, not never */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj said/say/VERB/0/root on/on/ADP/4/case Monday/Monday/PROPN/2/obl "
                    "it/it/PRON/7/nsubj would/would/AUX/7/aux attack/attack/VERB/2/ccomp Mali/Mali/PROPN/7/obj "
                    "././PUNCT/2/punct", "2026-12-02");
    code(d);
    CHECK_STR_EQ(date_of(d, "138", iso, sizeof iso), "2026-11-30");
    doc_free(d);
    /* "Chad will not host the talks": the talks are still to come */
    d = parsed("Chad/Chad/PROPN/4/nsubj will/will/AUX/4/aux not/not/PART/4/advmod host/host/VERB/0/root "
               "the/the/DET/6/det talks/talk/NOUN/4/obj ././PUNCT/4/punct", "2026-12-02");
    code(d);
    int talks = 0;
    for (size_t i = 0; i < d->events.count; i++)
        if (!strcmp(d->events.items[i].cameo, "040")) {
            talks = 1;
            CHECK_STR_EQ(d->events.items[i].modality, "future");
        }
    if (!talks) dump(d);
    CHECK(talks);
    doc_free(d);
    /* "Chad cut ties with Mali, the minister said at a news conference
     * yesterday": the statement is yesterday's */
    d = parsed("Chad/Chad/PROPN/2/nsubj cut/cut/VERB/0/root ties/tie/NOUN/2/obj with/with/ADP/5/case Mali/Mali/PROPN/3/nmod "
               ",/,/PUNCT/9/punct the/the/DET/8/det Chadian/Chadian/ADJ/9/amod minister/minister/NOUN/10/nsubj "
               "said/say/VERB/2/parataxis at/at/ADP/14/case a/a/DET/14/det news/news/NOUN/14/compound "
               "conference/conference/NOUN/10/obl yesterday/yesterday/NOUN/14/nmod:unmarked ././PUNCT/2/punct",
               "2026-12-02");
    code(d);
    CHECK_STR_EQ(date_of(d, "010", iso, sizeof iso), "2026-12-01");
    doc_free(d);
}

TEST(events_one_act_is_one_event)
{
    char b[64];
    /* "Chad and Mali held talks, the Sudanese minister said", parsed with
     * both countries subjects of "said": each subject became the speaker,
     * and the one statement came out twice */
    doc *d = parsed("Chad/Chad/PROPN/10/nsubj and/and/CCONJ/3/cc Mali/Mali/PROPN/1/conj held/hold/VERB/3/acl "
                    "talks/talk/NOUN/4/obj ,/,/PUNCT/10/punct the/the/DET/9/det Sudanese/Sudanese/ADJ/9/amod "
                    "minister/minister/NOUN/10/nsubj said/say/VERB/0/root ././PUNCT/10/punct", NULL);
    cued_quote(d, 0, 4, 9, 6, 8, "the Sudanese minister", "SDNGOV", DYAD_QUOTE_INDIRECT);
    code(d);
    CHECK_STR_EQ(codes_of(d, "010", b, sizeof b), "SDNGOV>-");
    CHECK(count_cameo(d, "010") == 1);
    doc_free(d);
    /* "Thousands of Georgian demonstrators gathered outside parliament,
     * and police used water cannon", parsed with "gathered" a modifier of
     * "parliament" and "cannon" its conjunct: one protest, with its target,
     * not a second one without */
    d = parsed("Thousands/thousand/NOUN/0/root of/of/ADP/4/case Georgian/Georgian/ADJ/4/amod "
               "demonstrators/demonstrator/NOUN/1/nmod gathered/gather/VERB/7/amod outside/outside/ADV/5/advmod "
               "parliament/parliament/NOUN/1/nmod ,/,/PUNCT/14/punct and/and/CCONJ/14/cc police/police/NOUN/14/nsubj "
               "used/use/VERB/14/amod water/water/NOUN/14/compound cannon/cannon/NOUN/7/conj ././PUNCT/1/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "141") == 1);
    doc_free(d);
}

TEST(events_a_warning_about_how_things_stand_is_no_threat)
{
    /* "Chad warned that famine was spreading in Sudan": a pessimistic
     * comment (012), not a threat (130) */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj warned/warn/VERB/0/root that/that/SCONJ/7/mark famine/famine/NOUN/7/nsubj "
                    "was/be/AUX/7/aux spreading/spread/VERB/2/ccomp in/in/ADP/9/case Sudan/Sudan/PROPN/7/obl "
                    "././PUNCT/2/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "012") == 1);
    CHECK(count_cameo(d, "13") == 0);
    doc_free(d);
    /* "Chad warned of famine"; but "warned of retaliation" threatens */
    d = parsed("Chad/Chad/PROPN/2/nsubj warned/warn/VERB/0/root of/of/ADP/4/case famine/famine/NOUN/2/obl ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "012") == 1);
    doc_free(d);
    d = parsed("Chad/Chad/PROPN/2/nsubj warned/warn/VERB/0/root of/of/ADP/4/case retaliation/retaliation/NOUN/2/obl "
               "././PUNCT/2/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "130") == 1);
    doc_free(d);
    /* "Chad warned that it would respond": its own act, a threat */
    d = parsed("Chad/Chad/PROPN/2/nsubj warned/warn/VERB/0/root that/that/SCONJ/6/mark it/it/PRON/6/nsubj "
               "would/would/AUX/6/aux respond/respond/VERB/2/ccomp ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "13") >= 1);
    CHECK(count_cameo(d, "012") == 0);
    doc_free(d);
    /* "Chad warned that Sudanese troops would be targets": what will befall
     * an actor, a threat */
    d = parsed("Chad/Chad/PROPN/2/nsubj warned/warn/VERB/0/root that/that/SCONJ/9/mark Sudanese/Sudanese/ADJ/5/amod "
               "troops/troops/NOUN/9/nsubj would/would/AUX/9/aux be/be/AUX/9/cop legitimate/legitimate/ADJ/9/amod "
               "targets/target/NOUN/2/ccomp ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "13") >= 1);
    CHECK(count_cameo(d, "012") == 0);
    doc_free(d);
}

TEST(events_a_bare_predicate_adjective_is_no_act)
{
    /* "Chad is free" frees nobody (084), "the troops were no longer
     * welcome" welcomes nobody (013); "Chad is ready to negotiate" still
     * says what Chad intends */
    doc *d = parsed("Chad/Chad/PROPN/3/nsubj is/be/AUX/3/cop free/free/ADJ/0/root ././PUNCT/3/punct", NULL);
    code(d);
    CHECK(d->events.count == 0);
    doc_free(d);
    d = parsed("Chadian/Chadian/ADJ/2/amod troops/troops/NOUN/6/nsubj were/be/AUX/6/cop no/no/ADV/5/advmod "
               "longer/longer/ADV/6/advmod welcome/welcome/ADJ/0/root ././PUNCT/6/punct", NULL);
    code(d);
    CHECK(d->events.count == 0);
    doc_free(d);
    d = parsed("Chad/Chad/PROPN/3/nsubj is/be/AUX/3/cop ready/ready/ADJ/0/root to/to/PART/5/mark "
               "negotiate/negotiate/VERB/3/xcomp ././PUNCT/3/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "03") >= 1);
    doc_free(d);
}

TEST(events_labour_strikes_are_no_attacks)
{
    /* "the Chadian union called a general strike": a strike (143), not a
     * phone call (041) to a general (MIL) */
    doc *d = parsed("the/the/DET/3/det Chadian/Chadian/ADJ/3/amod union/union/NOUN/4/nsubj called/call/VERB/0/root "
                    "a/a/DET/7/det general/general/ADJ/7/amod strike/strike/NOUN/4/obj ././PUNCT/4/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "143") == 1);
    CHECK(count_cameo(d, "04") == 0);
    doc_free(d);
    /* "the union called off the strike": dissent eased (082) */
    d = parsed("the/the/DET/3/det Chadian/Chadian/ADJ/3/amod union/union/NOUN/4/nsubj called/call/VERB/0/root "
               "off/off/ADP/4/compound:prt the/the/DET/7/det strike/strike/NOUN/4/obj ././PUNCT/4/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "082") == 1);
    doc_free(d);
    /* "Chadian doctors struck over wages": they stopped work */
    d = parsed("Chadian/Chadian/ADJ/2/amod doctors/doctor/NOUN/3/nsubj struck/strike/VERB/0/root over/over/ADP/5/case "
               "wages/wage/NOUN/3/obl ././PUNCT/3/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "143") == 1);
    CHECK(count_cameo(d, "19") == 0);
    doc_free(d);
    /* "Chadian troops struck on Friday" still attacked */
    d = parsed("Chadian/Chadian/ADJ/2/amod troops/troops/NOUN/3/nsubj struck/strike/VERB/0/root on/on/ADP/5/case "
               "Friday/Friday/PROPN/3/obl ././PUNCT/3/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "19") == 1);
    doc_free(d);
}

TEST(events_approvals_warrants_admissions_and_cut_funding_are_coded)
{
    char b[64];
    /* "Chad approved arms deliveries to Mali": a commitment to military
     * aid (0332), not nothing */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj approved/approve/VERB/0/root arms/arms/NOUN/4/compound "
                    "deliveries/delivery/NOUN/2/obj to/to/ADP/6/case Mali/Mali/PROPN/4/nmod ././PUNCT/2/punct", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "0332", b, sizeof b), "TCD>MLI");
    doc_free(d);
    /* "the bloc admitted Chad as a member": recognition (054), no
     * confession (015) */
    d = parsed("ECOWAS/ECOWAS/PROPN/2/nsubj admitted/admit/VERB/0/root Chad/Chad/PROPN/2/obj as/as/ADP/6/case "
               "a/a/DET/6/det member/member/NOUN/2/obl ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "054") == 1);
    CHECK(count_cameo(d, "015") == 0);
    doc_free(d);
    /* "France halted funding to Chad" (1621); "the court issued an arrest
     * warrant for Deby" (173) */
    d = parsed("France/France/PROPN/2/nsubj halted/halt/VERB/0/root funding/funding/NOUN/2/obj to/to/ADP/5/case "
               "Chad/Chad/PROPN/3/nmod ././PUNCT/2/punct", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "1621", b, sizeof b), "FRA>TCD");
    doc_free(d);
    d = parsed("Chad/Chad/PROPN/2/nsubj issued/issue/VERB/0/root an/a/DET/5/det arrest/arrest/NOUN/5/compound "
               "warrant/warrant/NOUN/2/obj for/for/ADP/7/case Mali/Mali/PROPN/5/nmod ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "173") == 1);
    doc_free(d);
}

TEST(events_a_broker_is_no_partner)
{
    char b[64];
    /* "Chad and Mali agreed to restore relations under a deal brokered by
     * Qatar": Chad and Mali agree with each other, Qatar only brokered */
    doc *d = parsed("Chad/Chad/PROPN/4/nsubj and/and/CCONJ/3/cc Mali/Mali/PROPN/1/conj agreed/agree/VERB/0/root "
                    "to/to/PART/6/mark restore/restore/VERB/4/xcomp relations/relation/NOUN/6/obj under/under/ADP/10/case "
                    "a/a/DET/10/det deal/deal/NOUN/6/obl brokered/broker/VERB/10/acl by/by/ADP/13/case "
                    "Qatar/Qatar/PROPN/11/obl:agent ././PUNCT/4/punct", NULL);
    code(d);
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        CHECK(!(e->target.code && !strcmp(e->target.code, "QAT")));
    }
    CHECK(strncmp(codes_of(d, "031", b, sizeof b), "TCD>MLI", 7) == 0);
    doc_free(d);
}

TEST(events_agreeing_to_sanction_is_sanctioning)
{
    char b[64];
    /* "Chad agreed on Monday to impose sanctions on Mali", the "to" clause
     * read as one of purpose: Chad sanctions Mali (163), no mere agreement
     * (030) with no target */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj agreed/agree/VERB/0/root on/on/ADP/4/case Monday/Monday/PROPN/2/obl "
                    "to/to/PART/6/mark impose/impose/VERB/2/advcl sanctions/sanction/NOUN/6/obj on/on/ADP/9/case "
                    "Mali/Mali/PROPN/7/nmod ././PUNCT/2/punct", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "163", b, sizeof b), "TCD>MLI");
    CHECK(count_cameo(d, "030") == 0);
    doc_free(d);
}

TEST(events_a_welcomed_ceasefire_or_a_meeting_told_is_not_the_speakers_act)
{
    /* "Chad welcomed the ceasefire": a welcome (013), no truce of Chad's
     * (0871); "Chad told a cabinet meeting ...": where it spoke, no
     * meeting it held (040); "Chad announced a ceasefire" is its truce */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj welcomed/welcome/VERB/0/root the/the/DET/4/det ceasefire/ceasefire/NOUN/2/obj "
                    "././PUNCT/2/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "013") == 1);
    CHECK(count_cameo(d, "087") == 0);
    doc_free(d);
    d = parsed("Chad/Chad/PROPN/2/nsubj told/tell/VERB/0/root a/a/DET/5/det cabinet/cabinet/NOUN/5/compound "
               "meeting/meeting/NOUN/2/obj ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "04") == 0);
    doc_free(d);
    d = parsed("Chad/Chad/PROPN/2/nsubj announced/announce/VERB/0/root a/a/DET/4/det ceasefire/ceasefire/NOUN/2/obj "
               "././PUNCT/2/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "0871") == 1);
    doc_free(d);
}

TEST(events_a_participle_after_an_ordered_complement_is_the_orderers)
{
    char b[64];
    /* "Chad ordered the Malian envoy to leave, accusing Bamako of
     * meddling": Chad accuses Mali, not the envoy his own capital */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj ordered/order/VERB/0/root the/the/DET/5/det Malian/Malian/ADJ/5/amod "
                    "envoy/envoy/NOUN/2/obj to/to/PART/7/mark leave/leave/VERB/2/xcomp ,/,/PUNCT/9/punct "
                    "accusing/accuse/VERB/7/advcl/VBG Bamako/Bamako/PROPN/9/obj of/of/SCONJ/12/mark "
                    "meddling/meddle/VERB/10/acl ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(strncmp(codes_of(d, "112", b, sizeof b), "TCD>MLI", 7) == 0);
    doc_free(d);
}

TEST(events_sides_refusing_together_are_not_each_others_target)
{
    char b[64];
    /* "Chad and Mali said they would not negotiate": a joint refusal
     * toward a third side, no Chad-Mali negotiation */
    doc *d = parsed("Chad/Chad/PROPN/4/nsubj and/and/CCONJ/3/cc Mali/Mali/PROPN/1/conj said/say/VERB/0/root "
                    "they/they/PRON/8/nsubj would/would/AUX/8/aux not/not/PART/8/advmod negotiate/negotiate/VERB/4/ccomp "
                    "././PUNCT/4/punct", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "036", b, sizeof b), "TCD>-");
    doc_free(d);
    /* while "Chad and Mali said they would meet" meet each other */
    d = parsed("Chad/Chad/PROPN/4/nsubj and/and/CCONJ/3/cc Mali/Mali/PROPN/1/conj said/say/VERB/0/root "
               "they/they/PRON/7/nsubj would/would/AUX/7/aux meet/meet/VERB/4/ccomp ././PUNCT/4/punct", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "036", b, sizeof b), "TCD>MLI");
    doc_free(d);
}

TEST(events_a_name_split_by_the_parser_is_one_target)
{
    char b[64];
    /* "Xi hosted Brazilian President Luiz Inacio Lula da Silva", with
     * "Silva" a conjunct of "Luiz": one guest, not a second "da Silva" */
    doc *d = parsed("Xi/Xi/PROPN/2/nsubj hosted/host/VERB/0/root Brazilian/Brazilian/ADJ/4/amod President/President/PROPN/5/nmod:desc "
                    "Luiz/Luiz/PROPN/2/obj Inacio/Inacio/PROPN/5/flat Lula/Lula/PROPN/5/flat da/da/PROPN/9/compound "
                    "Silva/Silva/PROPN/5/conj ././PUNCT/2/punct", NULL);
    code(d);
    CHECK(count_cameo(d, "043") == 1);
    CHECK(strstr(codes_of(d, "043", b, sizeof b), "BRAGOV") != NULL);
    doc_free(d);
}

TEST(events_a_name_the_parser_made_a_second_subject_is_no_list_item)
{
    /* "Gangs led by Jimmy Cherizier attacked the area", with
     * "Cherizier" a second subject: one attacker, no gang fighting its own
     * leader */
    doc *d = parsed("Haitian/Haitian/ADJ/2/amod gangs/gang/NOUN/7/nsubj led/lead/VERB/2/acl by/by/ADP/5/case "
                    "Jimmy/Jimmy/PROPN/3/obl:agent Cherizier/Cherizier/PROPN/7/nsubj attacked/attack/VERB/0/root "
                    "the/the/DET/9/det area/area/NOUN/7/obj ././PUNCT/7/punct", NULL);
    code(d);
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *e = &d->events.items[i];
        CHECK(!(e->source.text && !strcmp(e->source.text, "Cherizier")));
        CHECK(!(e->target.text && !strcmp(e->target.text, "Cherizier")));
    }
    doc_free(d);
}

TEST(events_a_threat_is_aimed_at_whom_its_condition_names)
{
    char b[64];
    /* "Chad threatened to trigger the snapback of U.N. sanctions if Mali
     * does not resume talks": a threat to Mali, not to the U.N. the
     * object's modifier names */
    doc *d = parsed("Chad/Chad/PROPN/2/nsubj threatened/threaten/VERB/0/root to/to/PART/4/mark trigger/trigger/VERB/2/xcomp "
                    "the/the/DET/6/det snapback/snapback/NOUN/4/obj of/of/ADP/9/case U.N./U.N./PROPN/9/compound "
                    "sanctions/sanction/NOUN/6/nmod if/if/SCONJ/14/mark Mali/Mali/PROPN/14/nsubj does/do/AUX/14/aux "
                    "not/not/PART/14/advmod resume/resume/VERB/4/advcl talks/talk/NOUN/14/obj ././PUNCT/2/punct", NULL);
    code(d);
    CHECK_STR_EQ(codes_of(d, "1312", b, sizeof b), "TCD>MLI");
    for (size_t i = 0; i < d->events.count; i++)
        if (!strncmp(d->events.items[i].cameo, "13", 2)) CHECK(!(d->events.items[i].target.code && !strncmp(d->events.items[i].target.code, "IGOUNO", 6)));
    doc_free(d);
}
