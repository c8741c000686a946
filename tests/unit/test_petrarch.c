/* test_petrarch.c — PETRARCH-2 verb dictionaries read as PETRARCH reads
 * them: word order, sides of the verb and '_' joins in patterns, a block's
 * patterns over a verb line's own phrase.  Hand-parsed sentences (the
 * builder lives in tools/common/parsed_spec.c, linked from test_events.c),
 * dictionaries written here. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "common/parsed_spec.h"
#include "core/document.h"
#include "events/events.h"
#include "test.h"

static const actor_dictionary *petr_actors(void)
{
    static actor_dictionary *a;
    if (!a) {
        char dir[1024], err[512];
        snprintf(dir, sizeof dir, "%s/data", test_root());
        a = actors_open(dir, err, sizeof err);
    }
    return a;
}

/* A PETRARCH verb file with this text, opened over dyad's own data. */
static event_dictionary *petr_open(const char *verbs, char **path)
{
    char dir[1024], err[512];
    snprintf(dir, sizeof dir, "%s/data", test_root());
    *path = strdup("/tmp/dyad-petr-XXXXXX");
    int fd = mkstemp(*path);
    FILE *f = fdopen(fd, "w");
    fputs(verbs, f);
    fclose(f);
    event_dictionary *e = events_open(dir, *path, false, err, sizeof err);
    if (!e) fprintf(stderr, "events_open: %s\n", err);
    return e;
}

static void petr_close(event_dictionary *e, char *path)
{
    events_close(e);
    remove(path);
    free(path);
}

/* A folder of PETRARCH files, names[i] holding texts[i], made from the
 * mkdtemp template dir and opened as actors (*a) and verbs over dyad's
 * data (*e); petr_folder_close removes it.  Whether both opened. */
static int petr_folder_open(char *dir, const char *const *names, const char *const *texts, int n, actor_dictionary **a,
                            event_dictionary **e)
{
    char file[256], err[512], data[1024];
    *a = NULL, *e = NULL;
    if (!mkdtemp(dir)) return 0;
    for (int i = 0; i < n; i++) {
        snprintf(file, sizeof file, "%s/%s", dir, names[i]);
        FILE *f = fopen(file, "w");
        if (f) fputs(texts[i], f), fclose(f);
    }
    *a = actors_open_petrarch(dir, 0, err, sizeof err);
    snprintf(data, sizeof data, "%s/data", test_root());
    *e = events_open(data, dir, false, err, sizeof err);
    return *a && *e;
}

static void petr_folder_close(const char *dir, const char *const *names, int n, actor_dictionary *a, event_dictionary *e)
{
    char file[256];
    if (e) events_close(e);
    if (a) actors_close(a);
    for (int i = 0; i < n; i++) {
        snprintf(file, sizeof file, "%s/%s", dir, names[i]);
        remove(file);
    }
    rmdir(dir);
}

/* The code of the first event the sentence yields with source text `src`, or "". */
static const char *code_of(event_dictionary *e, const char *spec, const char *src, char *buf)
{
    doc *d = parsed_spec_doc(spec, NULL);
    events_code(d, e, petr_actors());
    buf[0] = '\0';
    for (size_t i = 0; i < d->events.count && !buf[0]; i++) {
        const dyad_event *ev = &d->events.items[i];
        if (ev->source.text && !strcmp(ev->source.text, src) && !ev->negated) snprintf(buf, 5, "%s", ev->cameo);
    }
    doc_free(d);
    return buf;
}

static const char *cut_verbs = "&TIES\n+TRADE\n+MILITARY\n\n"
                               "--- CUT [161] ---\nCUT\n+CUT_OFF [172]\n"
                               "- * NEW_&TIES_LINKS [163]\n- * FORMER &TIES LINKS [164]\n"
                               "- QUIETLY_* [162]\n- * AID [167]\n";

TEST(petrarch_underscore_joins_adjacent_words_space_allows_gaps)
{
    char *path, b[8];
    event_dictionary *e = petr_open(cut_verbs, &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad cut new trade links with Sudan": NEW_&TIES_LINKS, 163 */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/nsubj cut/cut/VERB/0/root new/new/ADJ/5/amod trade/trade/NOUN/5/compound "
                            "links/link/NOUN/2/obj with/with/ADP/7/case Sudan/Sudan/PROPN/5/nmod", "Chad", b), "163");
    /* "Chad cut new close trade links with Sudan": "close" breaks the join, the verb's 161 */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/nsubj cut/cut/VERB/0/root new/new/ADJ/6/amod close/close/ADJ/6/amod "
                            "trade/trade/NOUN/6/compound links/link/NOUN/2/obj with/with/ADP/8/case Sudan/Sudan/PROPN/6/nmod",
                         "Chad", b), "161");
    /* "Chad cut former close trade links with Sudan": spaces allow "close", 164 */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/nsubj cut/cut/VERB/0/root former/former/ADJ/6/amod close/close/ADJ/6/amod "
                            "trade/trade/NOUN/6/compound links/link/NOUN/2/obj with/with/ADP/8/case Sudan/Sudan/PROPN/6/nmod",
                         "Chad", b), "164");
    /* "Chad cut trade former links with Sudan": the words out of the pattern's order, 161 */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/nsubj cut/cut/VERB/0/root trade/trade/NOUN/5/compound former/former/ADJ/5/amod "
                            "links/link/NOUN/2/obj with/with/ADP/7/case Sudan/Sudan/PROPN/5/nmod", "Chad", b), "161");
    petr_close(e, path);
}

TEST(petrarch_words_before_the_verb_stay_before_it)
{
    char *path, b[8];
    event_dictionary *e = petr_open(cut_verbs, &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad quietly cut links with Sudan": QUIETLY_*, 162 */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/3/nsubj quietly/quietly/ADV/3/advmod cut/cut/VERB/0/root links/link/NOUN/3/obj "
                            "with/with/ADP/6/case Sudan/Sudan/PROPN/4/nmod", "Chad", b), "162");
    /* "Chad quietly then cut links with Sudan": not right before the verb, 161 */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/4/nsubj quietly/quietly/ADV/4/advmod then/then/ADV/4/advmod cut/cut/VERB/0/root "
                            "links/link/NOUN/4/obj with/with/ADP/7/case Sudan/Sudan/PROPN/5/nmod", "Chad", b), "161");
    /* "Chad cut links with Sudan quietly": after the verb it is no pre-verb word, 161 */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/nsubj cut/cut/VERB/0/root links/link/NOUN/2/obj with/with/ADP/5/case "
                            "Sudan/Sudan/PROPN/3/nmod quietly/quietly/ADV/2/advmod", "Chad", b), "161");
    petr_close(e, path);
}

TEST(petrarch_block_pattern_beats_verb_line_phrase)
{
    char *path, b[8];
    event_dictionary *e = petr_open(cut_verbs, &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad cut off links with Sudan": the phrase CUT_OFF, 172 */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/nsubj cut/cut/VERB/0/root off/off/ADP/2/compound:prt links/link/NOUN/2/obj "
                            "with/with/ADP/6/case Sudan/Sudan/PROPN/4/nmod", "Chad", b), "172");
    /* "Chad cut off aid to Sudan": the block's "* AID" holds for the phrase too, 167 */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/nsubj cut/cut/VERB/0/root off/off/ADP/2/compound:prt aid/aid/NOUN/2/obj "
                            "to/to/ADP/6/case Sudan/Sudan/PROPN/2/obl", "Chad", b), "167");
    /* "Chad cut links off": not adjacent, no phrase; the verb's 161 */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/nsubj cut/cut/VERB/0/root links/link/NOUN/2/obj off/off/ADP/2/compound:prt",
                         "Chad", b), "161");
    petr_close(e, path);
}

TEST(petrarch_pattern_naming_the_governor_codes_the_pair_once)
{
    char *path;
    event_dictionary *e = petr_open("--- DEPLORE [122] ---\nDEPLORE\n- INDICATED * [123]\n\n"
                                    "--- INDICATE [010] ---\nINDICATE\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad indicated it deplored Sudan", "it" parsed as the object that
     * controls the complement: one event, Chad -> Sudan 123, no 010 */
    doc *d = parsed_spec_doc("Chad/Chad/PROPN/2/nsubj indicated/indicate/VERB/0/root it/it/PRON/2/obj "
                             "deplored/deplore/VERB/2/xcomp Sudan/Sudan/PROPN/4/obj", NULL);
    events_code(d, e, petr_actors());
    int pair = 0, statement = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *ev = &d->events.items[i];
        pair |= !strcmp(ev->cameo, "123") && ev->source.text && !strcmp(ev->source.text, "Chad") && ev->target.text &&
                !strcmp(ev->target.text, "Sudan");
        statement |= !strcmp(ev->cameo, "010");
    }
    CHECK(pair);
    CHECK(!statement);
    doc_free(d);
    /* "Chad said it deplored Sudan": the pattern does not name "said"; the
     * verb's own 122 */
    d = parsed_spec_doc("Chad/Chad/PROPN/2/nsubj said/say/VERB/0/root it/it/PRON/4/nsubj "
                        "deplored/deplore/VERB/2/ccomp Sudan/Sudan/PROPN/4/obj", NULL);
    events_code(d, e, petr_actors());
    int own = 0;
    for (size_t i = 0; i < d->events.count; i++) own |= !strcmp(d->events.items[i].cameo, "122");
    CHECK(own);
    doc_free(d);
    petr_close(e, path);
}

TEST(petrarch_verb_form_listed_as_its_own_block_comes_first)
{
    char *path, b[8];
    event_dictionary *e = petr_open("--- LEAVE [012] ---\nLEAVE\n\n--- LEFT [032:033] ---\nLEFT\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad left for Sudan": lemma "leave", but the form has its own block */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/nsubj left/leave/VERB/0/root for/for/ADP/4/case Sudan/Sudan/PROPN/2/obl",
                         "Chad", b), "032");
    /* "Chad leaves Sudan": the lemma's block */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/nsubj leaves/leave/VERB/0/root Sudan/Sudan/PROPN/2/obj", "Chad", b), "012");
    petr_close(e, path);
}

TEST(petrarch_named_target_before_one_guessed_from_context)
{
    /* PETRARCH actors where an unnamed official takes the place's country */
    char dir[] = "/tmp/dyad-petr-dir-XXXXXX";
    const char *const names[] = {"test.actors.txt", "test.agents.txt", "test.verbs.txt"};
    const char *const texts[] = {"CHAD [TCD]\nSUDAN [SDN]\n", "OFFICIAL [~GOV]\n", "--- ARRIVE [032] ---\nARRIVE\n"};
    actor_dictionary *a;
    event_dictionary *e;
    int opened = petr_folder_open(dir, names, texts, 3, &a, &e);
    CHECK(opened);
    if (opened) {
        /* "Chad arrived in Sudan on an official [visit]", the parse ending
         * the phrase at "official": Sudan, named, not an official of Sudan
         * guessed from the place */
        doc *d = parsed_spec_doc("Chad/Chad/PROPN/2/nsubj arrived/arrive/VERB/0/root in/in/ADP/4/case Sudan/Sudan/PROPN/2/obl "
                                 "on/on/ADP/7/case an/a/DET/7/det official/official/NOUN/2/obl", NULL);
        events_code(d, e, a);
        CHECK(d->events.count >= 1);
        if (d->events.count) CHECK_STR_EQ(d->events.items[0].target.code ? d->events.items[0].target.code : "-", "SDN");
        doc_free(d);
    }
    petr_folder_close(dir, names, 3, a, e);
}

TEST(petrarch_words_of_the_subject_after_its_possessor_stand_before_the_verb)
{
    char *path;
    event_dictionary *e = petr_open("--- ROSE [---] ---\nROSE\n- DEATH TOLL * [223]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad's death and injury toll rose in the clash with Sudan": the
     * actor is Chad; "death ... toll" before the verb, 223 */
    doc *d = parsed_spec_doc("Chad/Chad/PROPN/3/nmod:poss 's/'s/PART/1/case death/death/NOUN/6/compound and/and/CCONJ/5/cc "
                             "injury/injury/NOUN/3/conj toll/toll/NOUN/7/nsubj rose/rise/VERB/0/root in/in/ADP/10/case "
                             "the/the/DET/10/det clash/clash/NOUN/7/obl with/with/ADP/12/case Sudan/Sudan/PROPN/10/nmod", NULL);
    events_code(d, e, petr_actors());
    CHECK(d->events.count >= 1);
    if (d->events.count) {
        CHECK_STR_EQ(d->events.items[0].cameo, "223");
        CHECK_STR_EQ(d->events.items[0].source.code ? d->events.items[0].source.code : "-", "TCD");
    }
    doc_free(d);
    petr_close(e, path);
}

TEST(petrarch_subjectless_verb_acts_for_the_verb_its_pattern_names)
{
    char *path;
    event_dictionary *e = petr_open("--- ACCORD [080] ---\nACCORD\n- INCHING NEARER * [083]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad is inching nearer to accord with Sudan", "accord" parsed as a
     * clause under "nearer" with no subject: Chad -> Sudan 083 */
    doc *d = parsed_spec_doc("Chad/Chad/PROPN/3/nsubj is/be/AUX/3/aux inching/inch/VERB/0/root nearer/nearer/NOUN/3/obj "
                             "to/to/PART/6/mark accord/accord/VERB/4/acl with/with/ADP/8/case Sudan/Sudan/PROPN/6/obl", NULL);
    events_code(d, e, petr_actors());
    int ok = 0;
    for (size_t i = 0; i < d->events.count; i++) {
        const dyad_event *ev = &d->events.items[i];
        ok |= !strcmp(ev->cameo, "083") && ev->source.code && !strcmp(ev->source.code, "TCD") && ev->target.code &&
              !strcmp(ev->target.code, "SDN");
    }
    CHECK(ok);
    doc_free(d);
    petr_close(e, path);
}

TEST(petrarch_day_name_does_not_stand_in_for_the_target)
{
    char *path;
    event_dictionary *e = petr_open("--- EXPRESS [---] ---\nEXPRESS\n- * HOPES [024]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad expressed hopes on Monday that Sudan would negotiate": the
     * hopes are about Sudan, the clause's subject; "Monday" is no actor
     * to fall back on */
    doc *d = parsed_spec_doc("Chad/Chad/PROPN/2/nsubj expressed/express/VERB/0/root hopes/hope/NOUN/2/obj on/on/ADP/5/case "
                             "Monday/Monday/PROPN/2/obl that/that/SCONJ/9/mark Sudan/Sudan/PROPN/9/nsubj "
                             "would/would/AUX/9/aux negotiate/negotiate/VERB/2/ccomp", NULL);
    events_code(d, e, petr_actors());
    int ok = 0;
    for (size_t i = 0; i < d->events.count; i++)
        ok |= !strcmp(d->events.items[i].cameo, "024") && d->events.items[i].target.code &&
              !strcmp(d->events.items[i].target.code, "SDN");
    CHECK(ok);
    doc_free(d);
    petr_close(e, path);
}

TEST(petrarch_alternative_codes_give_one_actor_each)
{
    char dir[] = "/tmp/dyad-petr-alt-XXXXXX";
    const char *const names[] = {"test.actors.txt", "test.verbs.txt"};
    const char *const texts[] = {"BALTICS [EST/LVA/LTU]\nBENELUX [NLD/BEL]\nCHAD [TCD]\n", "--- RESTORE [064] ---\nRESTORE\n"};
    actor_dictionary *a;
    event_dictionary *e;
    int opened = petr_folder_open(dir, names, texts, 2, &a, &e);
    CHECK(opened);
    if (opened) {
        /* "The Baltics restored ties with Benelux": EST, LVA, LTU -> NLD, BEL */
        doc *d = parsed_spec_doc("The/the/DET/2/det Baltics/Baltics/PROPN/3/nsubj restored/restore/VERB/0/root ties/tie/NOUN/3/obj "
                                 "with/with/ADP/6/case Benelux/Benelux/PROPN/4/nmod", NULL);
        events_code(d, e, a);
        int pairs = 0, ltu_bel = 0;
        for (size_t i = 0; i < d->events.count; i++) {
            const dyad_event *ev = &d->events.items[i];
            if (strcmp(ev->cameo, "064") || !ev->source.code || !ev->target.code) continue;
            pairs++;
            ltu_bel |= !strcmp(ev->source.code, "LTU") && !strcmp(ev->target.code, "BEL");
        }
        CHECK_INT_EQ(pairs, 6);
        CHECK(ltu_bel);
        doc_free(d);
        /* "Chad restored ties with Benelux": one source, two targets */
        d = parsed_spec_doc("Chad/Chad/PROPN/2/nsubj restored/restore/VERB/0/root ties/tie/NOUN/2/obj "
                            "with/with/ADP/5/case Benelux/Benelux/PROPN/3/nmod", NULL);
        events_code(d, e, a);
        CHECK_INT_EQ(d->events.count, 2);
        doc_free(d);
    }
    petr_folder_close(dir, names, 2, a, e);
}

TEST(petrarch_words_glued_to_the_verb_are_found_inside_the_subject_phrase)
{
    char *path, b[8];
    event_dictionary *e = petr_open("--- SEIZE [1711] ---\nSEIZE\nWIRE_+TAP {WIRE_+TAPPED}\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad wire tapped the links", "wire" parsed into the subject's
     * phrase: the verb "wire tap" all the same, 1711 */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/compound wire/wire/NOUN/3/nsubj tapped/tap/VERB/0/root the/the/DET/5/det "
                            "links/link/NOUN/3/obj", "Chad wire", b), "1711");
    /* "Chad tapped the wire links": "wire" not right before the verb, no phrase, no event */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/nsubj tapped/tap/VERB/0/root the/the/DET/5/det wire/wire/NOUN/5/compound "
                            "links/link/NOUN/2/obj", "Chad", b), "");
    petr_close(e, path);
}

TEST(petrarch_preposition_through_a_participle_of_the_phrase)
{
    char *path, b[8];
    event_dictionary *e = petr_open("--- WELCOME [041] ---\nWELCOME\n- * MEMOS FROM [912]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad welcomed memos sent from Sudan": "from" hangs on "sent", which
     * modifies "memos": 912 */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/nsubj welcomed/welcome/VERB/0/root memos/memo/NOUN/2/obj sent/send/VERB/3/acl "
                            "from/from/ADP/6/case Sudan/Sudan/PROPN/4/obl", "Chad", b), "912");
    /* "Chad welcomed memos, Sudan said, from the start": not the phrase's, 041 */
    CHECK_STR_EQ(code_of(e, "Chad/Chad/PROPN/2/nsubj welcomed/welcome/VERB/0/root memos/memo/NOUN/2/obj Sudan/Sudan/PROPN/5/nsubj "
                            "said/say/VERB/2/parataxis from/from/ADP/8/case the/the/DET/8/det start/start/NOUN/5/obl", "Chad", b),
                 "041");
    petr_close(e, path);
}

TEST(petrarch_unmarked_pattern_preposition_gives_the_target)
{
    char *path;
    event_dictionary *e = petr_open("--- WELCOME [041] ---\nWELCOME\n- * MEMOS ON FROM [912]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad welcomed memos on trade issues sent from Sudan": no '+' in the
     * pattern, and its "FROM" governs Sudan, the first actor after the
     * verb (four levels down): the target */
    doc *d = parsed_spec_doc("Chad/Chad/PROPN/2/nsubj welcomed/welcome/VERB/0/root memos/memo/NOUN/2/obj on/on/ADP/6/case "
                             "trade/trade/NOUN/6/compound issues/issue/NOUN/3/nmod sent/send/VERB/6/acl from/from/ADP/9/case "
                             "Sudan/Sudan/PROPN/7/obl", NULL);
    events_code(d, e, petr_actors());
    CHECK(d->events.count >= 1);
    if (d->events.count) CHECK_STR_EQ(d->events.items[0].target.code ? d->events.items[0].target.code : "-", "SDN");
    doc_free(d);
    petr_close(e, path);
}

TEST(petrarch_neither_before_the_subject_is_a_word_before_the_verb)
{
    char *path, b[8];
    event_dictionary *e = petr_open("--- BOYCOTT [191] ---\nBOYCOTT\n- NEITHER * [081]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Neither Chad nor Sudan boycotted the talks": the pattern's own code,
     * which spells the negation out, 081 and not a negated 191 */
    CHECK_STR_EQ(code_of(e, "Neither/neither/CCONJ/2/cc:preconj Chad/Chad/PROPN/5/nsubj nor/nor/CCONJ/4/cc "
                            "Sudan/Sudan/PROPN/2/conj boycotted/boycott/VERB/0/root the/the/DET/7/det talks/talk/NOUN/5/obj",
                         "Chad", b), "081");
    petr_close(e, path);
}

/* The first event's "SRC>TGT:CODE" ("-" for a side left uncoded), or "". */
static const char *first_event(event_dictionary *e, const char *spec, char *buf, size_t n)
{
    doc *d = parsed_spec_doc(spec, NULL);
    events_code(d, e, petr_actors());
    buf[0] = '\0';
    for (size_t i = 0; i < d->events.count && !buf[0]; i++) {
        const dyad_event *ev = &d->events.items[i];
        if (ev->negated) continue;
        snprintf(buf, n, "%s>%s:%s", ev->source.code ? ev->source.code : "-", ev->target.code ? ev->target.code : "-",
                 ev->cameo);
    }
    doc_free(d);
    return buf;
}

/* The same for the first event coded `code`. */
static const char *event_coded(event_dictionary *e, const char *spec, const char *code, char *buf, size_t n)
{
    doc *d = parsed_spec_doc(spec, NULL);
    events_code(d, e, petr_actors());
    buf[0] = '\0';
    for (size_t i = 0; i < d->events.count && !buf[0]; i++) {
        const dyad_event *ev = &d->events.items[i];
        if (ev->negated || strcmp(ev->cameo, code)) continue;
        snprintf(buf, n, "%s>%s:%s", ev->source.code ? ev->source.code : "-", ev->target.code ? ev->target.code : "-",
                 ev->cameo);
    }
    doc_free(d);
    return buf;
}

static const char *said_after_clause =
    "Chad/Chad/PROPN/2/nsubj welcomed/welcome/VERB/0/root talks/talk/NOUN/2/obj with/with/ADP/5/case "
    "Sudan/Sudan/PROPN/3/nmod ,/,/PUNCT/10/punct a/a/DET/9/det senior/senior/ADJ/9/amod official/official/NOUN/10/nsubj "
    "said/say/VERB/2/parataxis";

TEST(petrarch_conventions_statement_target_is_the_first_actor_after_the_verb)
{
    char *path, b[64];
    event_dictionary *e = petr_open("--- SAY [023] ---\nSAY\n\n--- WARN [160] ---\nWARN\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "An official said on Friday that an embargo against Sudan would
     * fail": dyad takes the clause's subject (an embargo: no actor) and the
     * official's country from the document; PETRARCH's conventions give
     * the first actor after the verb, and an agent with no country */
    const char *spec = "An/a/DET/2/det official/official/NOUN/3/nsubj said/say/VERB/0/root on/on/ADP/5/case "
                       "Friday/Friday/PROPN/3/obl that/that/SCONJ/12/mark an/a/DET/8/det embargo/embargo/NOUN/12/nsubj "
                       "against/against/ADP/10/case Sudan/Sudan/PROPN/8/nmod would/would/AUX/12/aux fail/fail/VERB/3/ccomp";
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "SDNGOV>-:023");
    events_use_petrarch_conventions(e, true);
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "---GOV>SDN:023");
    events_use_petrarch_conventions(e, false);
    petr_close(e, path);

    /* "Chad welcomed talks with Sudan, a senior official said": dyad
     * gives the official the country of the story (and no target, Chad
     * being the official's own); PETRARCH's conventions no country, and
     * no target, as the clause comes before the verb */
    e = petr_open("--- SAY [023] ---\nSAY\n\n--- WELCOME [041] ---\nWELCOME\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    CHECK_STR_EQ(event_coded(e, said_after_clause, "023", b, sizeof b), "TCDGOV>-:023");
    events_use_petrarch_conventions(e, true);
    CHECK_STR_EQ(event_coded(e, said_after_clause, "023", b, sizeof b), "---GOV>-:023");
    CHECK_STR_EQ(event_coded(e, said_after_clause, "041", b, sizeof b), "TCD>SDN:041");
    petr_close(e, path);
}

TEST(petrarch_conventions_agentless_passive_subject_is_the_source)
{
    char *path, b[64];
    event_dictionary *e = petr_open("--- CRITICIZE [121] ---\nCRITICIZE\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad was criticized over its dispute with Sudan" */
    const char *spec = "Chad/Chad/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass criticized/criticize/VERB/0/root "
                       "over/over/ADP/6/case its/its/PRON/6/nmod:poss dispute/dispute/NOUN/3/obl with/with/ADP/8/case "
                       "Sudan/Sudan/PROPN/6/nmod";
    /* dyad: Chad is the one criticised, and nobody is named as the critic */
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "");
    events_use_petrarch_conventions(e, true);
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "TCD>SDN:121");
    /* a passive with its "by" agent stays a passive */
    CHECK_STR_EQ(first_event(e, "Chad/Chad/PROPN/3/nsubj:pass was/be/AUX/3/aux:pass criticized/criticize/VERB/0/root "
                                "by/by/ADP/5/case Sudan/Sudan/PROPN/3/obl:agent", b, sizeof b), "SDN>TCD:121");
    petr_close(e, path);
}

TEST(petrarch_conventions_name_inside_a_phrase_and_agents_country)
{
    char *path, b[64];
    event_dictionary *e = petr_open("--- ABANDON [345] ---\nABANDON\n\n--- MEET [040] ---\nMEET\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad abandoned an anti-Sudan parade": dyad does not take a rally
     * against Sudan for Sudan; PETRARCH's phrase matching finds Sudan */
    const char *anti = "Chad/Chad/PROPN/2/nsubj abandoned/abandon/VERB/0/root an/a/DET/7/det anti/anti/X/6/compound "
                       "-/-/PUNCT/4/punct Sudan/Sudan/PROPN/7/compound parade/parade/NOUN/2/obj";
    CHECK_STR_EQ(first_event(e, anti, b, sizeof b), "TCD>-:345");
    events_use_petrarch_conventions(e, true);
    CHECK_STR_EQ(first_event(e, anti, b, sizeof b), "TCD>SDN:345");
    /* "Lawmakers in Sudan met Chad": the agent's country is the one its
     * own phrase names; "Lawmakers met Chad": none, never the document's */
    CHECK_STR_EQ(first_event(e, "Lawmakers/lawmaker/NOUN/4/nsubj in/in/ADP/3/case Sudan/Sudan/PROPN/1/nmod "
                                "met/meet/VERB/0/root Chad/Chad/PROPN/4/obj", b, sizeof b), "SDNLEG>TCD:040");
    CHECK_STR_EQ(first_event(e, "Lawmakers/lawmaker/NOUN/2/nsubj met/meet/VERB/0/root Chad/Chad/PROPN/2/obj", b, sizeof b),
                 "---LEG>TCD:040");
    petr_close(e, path);
}

TEST(petrarch_conventions_target_is_the_first_actor_of_the_verb_phrase)
{
    char *path, b[64];
    event_dictionary *e = petr_open("--- RESCHEDULE [082] ---\nRESCHEDULE\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad rescheduled its plans involving trips in Sudan": PETRARCH's
     * target is the first actor of the verb phrase, however deep */
    const char *deep = "Chad/Chad/PROPN/2/nsubj rescheduled/reschedule/VERB/0/root its/its/PRON/4/nmod:poss "
                       "plans/plan/NOUN/2/obj involving/involve/VERB/4/acl trips/trip/NOUN/5/obj in/in/ADP/8/case "
                       "Sudan/Sudan/PROPN/6/nmod";
    CHECK_STR_EQ(first_event(e, deep, b, sizeof b), "TCD>-:082");
    events_use_petrarch_conventions(e, true);
    CHECK_STR_EQ(first_event(e, deep, b, sizeof b), "TCD>SDN:082");
    /* "Chad rescheduled the trip after a convoy was seen in Sudan": a
     * finite clause of its own says when, not to whom */
    CHECK_STR_EQ(first_event(e, "Chad/Chad/PROPN/2/nsubj rescheduled/reschedule/VERB/0/root the/the/DET/4/det "
                                "trip/trip/NOUN/2/obj after/after/SCONJ/9/mark a/a/DET/7/det convoy/convoy/NOUN/9/nsubj:pass "
                                "was/be/AUX/9/aux:pass seen/see/VERB/2/advcl in/in/ADP/11/case Sudan/Sudan/PROPN/9/obl",
                         b, sizeof b),
                 "TCD>-:082");
    petr_close(e, path);
}

TEST(petrarch_plus_before_a_named_governing_verb_and_source_after_a_skip)
{
    char *path, b[64];
    event_dictionary *e = petr_open("--- CELEBRATE [181] ---\nCELEBRATE\n- + HOSTING * FEAST ^ $ [042]\n"
                                    "- + HOSTING * HOLIDAY $ [046]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad will be hosting Egypt to celebrate the holiday with Niger":
     * the '+' stands before "hosting", so its subject is the target (not
     * Egypt, the complement's controller), "$" the actor after the holiday */
    CHECK_STR_EQ(first_event(e, "Chad/Chad/PROPN/4/nsubj will/will/AUX/4/aux be/be/AUX/4/aux hosting/host/VERB/0/root "
                                "Egypt/Egypt/PROPN/4/obj to/to/PART/7/mark celebrate/celebrate/VERB/4/xcomp "
                                "the/the/DET/9/det holiday/holiday/NOUN/7/obj with/with/ADP/11/case Niger/Niger/PROPN/9/nmod",
                         b, sizeof b),
                 "NER>TCD:046");
    /* "... the feast with Niger at Sudan": "^ $" skips Niger's phrase */
    CHECK_STR_EQ(first_event(e, "Chad/Chad/PROPN/4/nsubj will/will/AUX/4/aux be/be/AUX/4/aux hosting/host/VERB/0/root "
                                "Egypt/Egypt/PROPN/4/obj to/to/PART/7/mark celebrate/celebrate/VERB/4/xcomp "
                                "the/the/DET/9/det feast/feast/NOUN/7/obj with/with/ADP/11/case Niger/Niger/PROPN/9/nmod "
                                "at/at/ADP/13/case Sudan/Sudan/PROPN/7/obl", b, sizeof b),
                 "SDN>TCD:042");
    petr_close(e, path);
}

TEST(petrarch_common_noun_is_not_its_comma_phrase)
{
    char *path, b[64];
    event_dictionary *e = petr_open("--- RESTORE [064] ---\nRESTORE\n- * DIPLOMATIC [064]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad restored diplomatic ties with Sudan, years after Nigerien
     * crowds burned its embassy", parsed with "crowds" an appositive of
     * "ties": the ties are no Nigerien actor, the target is Sudan */
    CHECK_STR_EQ(first_event(e, "Chad/Chad/PROPN/2/nsubj restored/restore/VERB/0/root diplomatic/diplomatic/ADJ/4/amod "
                                "ties/tie/NOUN/2/obj with/with/ADP/6/case Sudan/Sudan/PROPN/4/nmod ,/,/PUNCT/11/punct "
                                "years/year/NOUN/11/nmod:unmarked after/after/ADP/11/case Nigerien/Nigerien/ADJ/11/amod "
                                "crowds/crowd/NOUN/4/appos burned/burn/VERB/11/acl its/its/PRON/14/nmod:poss "
                                "embassy/embassy/NOUN/12/obj", b, sizeof b),
                 "TCD>SDN:064");
    petr_close(e, path);
}

TEST(petrarch_new_actor_length_codes_unknown_phrases_by_their_text)
{
    char *path, b[96];
    event_dictionary *e = petr_open("--- MEET [040] ---\nMEET\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "The Guild of Tea met Chad": no dictionary knows the guild */
    const char *spec = "The/the/DET/2/det Guild/Guild/PROPN/5/nsubj of/of/ADP/4/case Tea/Tea/PROPN/2/nmod "
                       "met/meet/VERB/0/root Chad/Chad/PROPN/5/obj";
    events_use_petrarch_conventions(e, true);
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "->TCD:040");
    /* PETRARCH's new_actor_length 4: a phrase of up to four words is an
     * actor coded by its quoted text */
    events_set_new_actor_length(e, 4);
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "\"THE GUILD OF TEA\">TCD:040");
    /* a longer one stays uncoded */
    events_set_new_actor_length(e, 3);
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "->TCD:040");
    /* and only with PETRARCH's conventions */
    events_set_new_actor_length(e, 4);
    events_use_petrarch_conventions(e, false);
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "->TCD:040");
    petr_close(e, path);
}

TEST(petrarch_conventions_match_pattern_words_as_written)
{
    char *path, b[64];
    event_dictionary *e = petr_open("--- ADOPT [102] ---\nADOPT\n- * RESOLUTION [081]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad adopted resolutions with Sudan": dyad matches "* RESOLUTION"
     * by lemma; PETRARCH, and its conventions, by the word as written */
    const char *spec = "Chad/Chad/PROPN/2/nsubj adopted/adopt/VERB/0/root resolutions/resolution/NOUN/2/obj "
                       "with/with/ADP/5/case Sudan/Sudan/PROPN/3/nmod";
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "TCD>SDN:081");
    events_use_petrarch_conventions(e, true);
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "TCD>SDN:102");
    /* the singular matches either way */
    CHECK_STR_EQ(first_event(e, "Chad/Chad/PROPN/2/nsubj adopted/adopt/VERB/0/root a/a/DET/4/det "
                                "resolution/resolution/NOUN/2/obj with/with/ADP/6/case Sudan/Sudan/PROPN/4/nmod", b, sizeof b),
                 "TCD>SDN:081");
    petr_close(e, path);
}

TEST(petrarch_conventions_guess_only_forms_petrarch_makes)
{
    char *path, b[64];
    event_dictionary *e = petr_open("--- DEPART [032] ---\nDEPART\n\n--- PUSH [150] ---\nPUSH\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad departes from Sudan", the tagger's lemma the misspelt form:
     * dyad guesses "depart"; PETRARCH makes no such form of it */
    const char *spec = "Chad/Chad/PROPN/2/nsubj departes/departes/VERB/0/root from/from/ADP/4/case Sudan/Sudan/PROPN/2/obl";
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "TCD>SDN:032");
    events_use_petrarch_conventions(e, true);
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "");
    /* "-es" after a hissing end is PETRARCH's own form: "pushes" */
    CHECK_STR_EQ(first_event(e, "Chad/Chad/PROPN/2/nsubj pushes/pushes/VERB/0/root Sudan/Sudan/PROPN/2/obj", b, sizeof b),
                 "TCD>SDN:150");
    petr_close(e, path);
}

TEST(petrarch_conventions_pass_over_a_name_no_dictionary_knows)
{
    char *path, b[64];
    event_dictionary *e = petr_open("--- RESTORE [064] ---\nRESTORE\n- * DIPLOMATIC [064]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad restored diplomatic ties with Zembla, years after Nigerien
     * crowds burned its embassy": dyad's target is Zembla, a name it does
     * not know; PETRARCH's the first actor it knows after the verb */
    const char *spec = "Chad/Chad/PROPN/2/nsubj restored/restore/VERB/0/root diplomatic/diplomatic/ADJ/4/amod "
                       "ties/tie/NOUN/2/obj with/with/ADP/6/case Zembla/Zembla/PROPN/4/nmod ,/,/PUNCT/11/punct "
                       "years/year/NOUN/11/nmod:unmarked after/after/ADP/11/case Nigerien/Nigerien/ADJ/11/amod "
                       "crowds/crowd/NOUN/4/appos burned/burn/VERB/11/acl its/its/PRON/14/nmod:poss "
                       "embassy/embassy/NOUN/12/obj";
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "TCD>-:064");
    events_use_petrarch_conventions(e, true);
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "TCD>NER:064");
    petr_close(e, path);
}

TEST(petrarch_conventions_participle_acting_on_what_follows_has_the_noun_as_subject)
{
    char *path, b[64];
    event_dictionary *e = petr_open("--- BURN [---] ---\nBURN\n- * DOWN [222]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "years after Sudanese crowds burned down the embassy", parsed with
     * "burned" a participle of "crowds" and "embassy" its passive subject */
    const char *spec = "years/year/NOUN/0/root after/after/ADP/4/case Sudanese/Sudanese/ADJ/4/amod crowds/crowd/NOUN/1/nmod "
                       "burned/burn/VERB/4/acl down/down/ADP/5/compound:prt the/the/DET/8/det embassy/embassy/NOUN/5/nsubj:pass";
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "");
    events_use_petrarch_conventions(e, true);
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "SDN>---GOV:222"); /* (an embassy is a government's) */
    petr_close(e, path);
}

TEST(petrarch_name_hung_on_a_day_word_is_the_target)
{
    char *path, b[64];
    event_dictionary *e = petr_open("--- CALL [010] ---\nCALL\n- *_ON [095]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad called on Sudan late Sunday", parsed as one phrase "Sudan late
     * Sunday" headed by the day: the day is no target, the name is */
    CHECK_STR_EQ(first_event(e, "Chad/Chad/PROPN/2/nsubj called/call/VERB/0/root on/on/ADP/6/case Sudan/Sudan/PROPN/6/compound "
                                "late/late/ADJ/6/amod Sunday/Sunday/PROPN/2/obl", b, sizeof b),
                 "TCD>SDN:095");
    /* "Chad called on Sunday": no target */
    CHECK_STR_EQ(first_event(e, "Chad/Chad/PROPN/2/nsubj called/call/VERB/0/root on/on/ADP/4/case Sunday/Sunday/PROPN/2/obl",
                             b, sizeof b),
                 "TCD>-:095");
    petr_close(e, path);
}

TEST(petrarch_plus_before_the_verb_under_a_named_governing_verb)
{
    char *path, b[64];
    event_dictionary *e = petr_open("--- REGRET [111] ---\nREGRET\n- NOTED + * [115]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "Chad noted that Sudan regretted Niger's refusal": the '+' right
     * before the verb makes Sudan the target, and the source is Chad, the
     * subject of the "noted" the pattern names */
    CHECK_STR_EQ(first_event(e, "Chad/Chad/PROPN/2/nsubj noted/note/VERB/0/root that/that/SCONJ/5/mark Sudan/Sudan/PROPN/5/nsubj "
                                "regretted/regret/VERB/2/ccomp Niger/Niger/PROPN/8/nmod:poss 's/'s/PART/6/case "
                                "refusal/refusal/NOUN/5/obj", b, sizeof b),
                 "TCD>SDN:115");
    petr_close(e, path);
}

TEST(petrarch_conventions_stay_fast_on_a_run_on_sentence)
{
    char *path;
    event_dictionary *e = petr_open("--- MEET [040] ---\nMEET\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    events_use_petrarch_conventions(e, true);
    events_set_new_actor_length(e, 4);
    /* "Chad met the delegates and met the delegates and ..." 600 times:
     * every verb looks for the first actor after it */
    size_t cap = 64 * 1024, n = 0;
    char *spec = malloc(cap);
    n += (size_t)snprintf(spec + n, cap - n, "Chad/Chad/PROPN/2/nsubj met/meet/VERB/0/root delegates/delegate/NOUN/2/obj");
    for (int j = 1; j < 600 && n + 200 < cap; j++) {
        int verb = 2 + 2 * j;
        n += (size_t)snprintf(spec + n, cap - n, " met/meet/VERB/2/conj delegates/delegate/NOUN/%d/obj", verb);
    }
    doc *d = parsed_spec_doc(spec, NULL);
    clock_t t0 = clock();
    events_code(d, e, petr_actors());
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    fprintf(stderr, "  (%.2f s, %zu events)\n", secs, d->events.count);
    CHECK(secs < 2.0);
    doc_free(d);
    free(spec);
    petr_close(e, path);
}

TEST(petrarch_conventions_agent_in_a_body_takes_its_full_code)
{
    /* PETRARCH actors where a body has a full code (MARBLE_PALACE FRDGOV) */
    char dir[] = "/tmp/dyad-petr-body-XXXXXX";
    const char *const names[] = {"test.actors.txt", "test.agents.txt", "test.verbs.txt"};
    const char *const texts[] = {"FREEDONIA [FRD]\nMARBLE_PALACE [FRDGOV]\nSYLVANIA [SYL]\n", "DIPLOMAT [~GOV]\nCOURIER [~MED]\n",
                           "--- RESTORE [064] ---\nRESTORE\n"};
    actor_dictionary *a;
    event_dictionary *e;
    int opened = petr_folder_open(dir, names, texts, 3, &a, &e);
    CHECK(opened);
    if (opened) {
        events_use_petrarch_conventions(e, true);
        /* "[Former] diplomats|couriers in the Marble Palace restored ties with
         * Sylvania": the palace's full code with the agent stacked on it,
         * not only its country */
        static const char *const cases[][2] = {{"diplomats/diplomat", "FRDGOV"},
                                               {"couriers/courier", "FRDGOVMED"}};
        for (int former = 0; former < 2; former++)
            for (int k = 0; k < 2; k++) {
                char spec[1024];
                snprintf(spec, sizeof spec,
                         "%s%s/NOUN/7/nsubj in/in/ADP/6/case the/the/DET/6/det Marble/Marble/PROPN/6/compound "
                         "Palace/Palace/PROPN/2/nmod restored/restore/VERB/0/root ties/tie/NOUN/7/obj "
                         "with/with/ADP/10/case Sylvania/Sylvania/PROPN/8/nmod",
                         former ? "Former/former/ADJ/2/amod " : "Head/head/X/2/dep ", cases[k][0]);
                doc *d = parsed_spec_doc(spec, NULL);
                events_code(d, e, a);
                CHECK(d->events.count >= 1);
                if (d->events.count) {
                    char want[32];
                    snprintf(want, sizeof want, "%s%s", former ? "FRDGOV" : cases[k][1], former ? "ELI" : "");
                    CHECK_STR_EQ(d->events.items[0].source.code ? d->events.items[0].source.code : "-", want);
                    CHECK_STR_EQ(d->events.items[0].target.code ? d->events.items[0].target.code : "-", "SYL");
                }
                doc_free(d);
            }
    }
    petr_folder_close(dir, names, 3, a, e);
}

TEST(petrarch_conventions_participle_with_its_particle_has_the_noun_as_subject)
{
    char *path, b[64];
    event_dictionary *e = petr_open("--- BURN [---] ---\nBURN\n- * DOWN [222]\n", &path);
    CHECK(e != NULL);
    if (!e) return;
    /* "years after Sudanese crowds burned down its embassy", parsed with
     * "burned" a participle of "crowds" and "its embassy" lost to another
     * clause: the particle right after the participle says it acts */
    const char *spec = "years/year/NOUN/0/root after/after/ADP/4/case Sudanese/Sudanese/ADJ/4/amod crowds/crowd/NOUN/1/nmod "
                       "burned/burn/VERB/4/acl down/down/ADP/5/compound:prt its/its/PRON/8/nmod:poss embassy/embassy/NOUN/1/dep";
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "");
    events_use_petrarch_conventions(e, true);
    CHECK_STR_EQ(first_event(e, spec, b, sizeof b), "SDN>-:222");
    petr_close(e, path);
}
