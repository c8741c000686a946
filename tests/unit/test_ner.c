/* test_ner.c — the entity recogniser's evidence: the wide list of first
 * names marks a name the curated list lacks, apart from the curated marks,
 * and document memory carries what was said of a word to its next use. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nlp/annotators.h"
#include "nlp/clusters.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"
#include "nlp/train.h"
#include "test.h"

static char *write_temp(const char *text)
{
    static char path[64];
    snprintf(path, sizeof path, "/tmp/dyad_ner_XXXXXX");
    int fd = mkstemp(path);
    if (fd < 0) return NULL;
    size_t n = strlen(text);
    ssize_t w = write(fd, text, n);
    close(fd);
    return w == (ssize_t)n ? path : NULL;
}

/* "Wilhelmina" is no curated name, but a first name: the wide bits (6-7)
 * say PER; the curated bits stay for the curated list alone. */
TEST(first_names_mark_a_person_the_curated_list_lacks)
{
    char *p = write_temp("loc Vantaa\n");
    CHECK(p != NULL);
    if (!p) return;
    char names[64];
    snprintf(names, sizeof names, "%s", p);
    char *q = write_temp("Wilhelmina\nOtto\nlowercase\n");
    CHECK(q != NULL);
    if (!q) { unlink(names); return; }
    uint64_t *keys = NULL;
    size_t count = gazetteer_build("/nonexistent-dir", names, q, &keys, NULL);
    unlink(names);
    unlink(q);
    ner_gazetteer g;
    ner_gaz_init(&g, keys, count);
    const char *forms[] = {"Wilhelmina", "moved", "to", "vantaa", "with", "otto", "lowercase"};
    enum { N = sizeof forms / sizeof forms[0] };
    wordfeat wf[N];
    for (size_t i = 0; i < N; i++) wordfeat_compute(&wf[i], forms[i], strlen(forms[i]));
    uint8_t marks[N];
    ner_gaz_mark(&g, wf, N, marks);
    CHECK_INT_EQ(marks[0], GAZ_PER << 6);
    CHECK_INT_EQ(marks[1], 0);
    CHECK_INT_EQ(marks[3], 16);            /* curated LOC start, no wide bits */
    CHECK_INT_EQ(marks[5], GAZ_PER << 6);  /* the list is matched in any case */
    CHECK_INT_EQ(marks[6], 0);             /* lines not written as a name are skipped */
    free(keys);
}

/* ---- decoding ---- */

static const char *const bio_names[] = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC"};

/* A scorer of fixed preferences per token, whatever the features: the
 * token is found by the feature of its word form (template 101). */
typedef struct prefs { const wordfeat *wf; size_t n; const double (*want)[5]; } prefs;
static void pref_score(const void *ctx, const uint64_t *f, size_t k, double *out)
{
    const prefs *p = ctx;
    for (int c = 0; c < 5; c++) out[c] = 0;
    /* Only the label-independent call carries the word form feature. */
    for (size_t j = 0; j < k; j++)
        for (size_t i = 0; i < p->n; i++)
            if (f[j] == fh1(101, p->wf[i].form))
                for (int c = 0; c < 5; c++) out[c] = p->want[i][c];
}

static void decode(const char *const *forms, size_t n, const double (*want)[5], int *labels)
{
    wordfeat wf[8];
    for (size_t i = 0; i < n; i++) wordfeat_compute(&wf[i], forms[i], strlen(forms[i]));
    uint8_t marks[8] = {0};
    int tags[8] = {0};
    pc_model names = {0};
    names.nclass = 5;
    names.classes = (const char **)bio_names;
    prefs p = {wf, n, want};
    void *work = malloc(ner_viterbi_bytes(5, n));
    ner_viterbi(&names, pref_score, &p, NULL, wf, tags, marks, n, labels, work);
    free(work);
}

/* "Kofi Annan": the first word alone leans to O, the second strongly to
 * inside a name.  Left-to-right choices would say O, then could not open
 * the name in the middle; the search finds the whole name. */
TEST(decoder_finds_the_whole_name_a_left_to_right_choice_would_miss)
{
    const char *forms[] = {"Kofi", "Annan", "spoke"};
    const double want[3][5] = {{1.0, 0.8, 0, 0, 0}, {0, 0, 5.0, 0, 0}, {3.0, 0, 0, 0, 0}};
    int labels[3];
    decode(forms, 3, want, labels);
    CHECK_INT_EQ(labels[0], 1); /* B-PER */
    CHECK_INT_EQ(labels[1], 2); /* I-PER */
    CHECK_INT_EQ(labels[2], 0);
}

/* Whatever the scores, no I- follows anything but a B- or I- of its own
 * type: every entity has a start and one type. */
TEST(decoder_never_continues_a_name_it_did_not_open)
{
    const char *forms[] = {"a", "b", "c", "d", "e"};
    const double want[5][5] = {
        {0, 0, 9, 0, 9}, {0, 0, 0, 0, 9}, {0, 1, 0, 0, 0}, {0, 0, 0, 0, 9}, {0, 0, 9, 0, 0},
    };
    int labels[5];
    decode(forms, 5, want, labels);
    for (int i = 0; i < 5; i++) {
        const char *x = bio_names[labels[i]];
        if (x[0] != 'I') continue;
        CHECK(i > 0);
        if (i == 0) continue;
        const char *prev = bio_names[labels[i - 1]];
        CHECK(prev[0] == 'B' || prev[0] == 'I');
        CHECK_STR_EQ(prev + 2, x + 2);
    }
}

/* ---- document memory ---- */

static size_t static_features(const char *const *forms, size_t n, size_t i, const ner_memory *mem, uint64_t *f)
{
    wordfeat wf[8];
    for (size_t j = 0; j < n; j++) wordfeat_compute(&wf[j], forms[j], strlen(forms[j]));
    uint8_t marks[8] = {0};
    int tags[8] = {0};
    return ner_features_static(wf, tags, marks, mem, n, i, f);
}

static bool same_features(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    if (na != nb) return false;
    for (size_t i = 0; i < na; i++)
        if (a[i] != b[i]) return false;
    return true;
}

/* What the recogniser said of "Marlow" in an earlier sentence reaches its
 * next use, written in any case, and only that word. */
TEST(document_memory_carries_a_label_to_the_next_use_of_the_word)
{
    const char *first[] = {"Marlow", "arrived", "late"};
    const char *later[] = {"then", "marlow", "left"};
    wordfeat wf[3];
    for (size_t j = 0; j < 3; j++) wordfeat_compute(&wf[j], first[j], strlen(first[j]));
    int labels[3] = {1, 0, 0};
    void *buf1 = malloc(ner_memory_bytes(6)), *buf2 = malloc(ner_memory_bytes(6));
    ner_memory fresh, told;
    ner_memory_init(&fresh, 6, buf1);
    ner_memory_init(&told, 6, buf2);
    ner_memory_label(&told, wf, labels, 3);
    uint64_t a[NER_MAX_FEATS], b[NER_MAX_FEATS];
    size_t na = static_features(later, 3, 1, &fresh, a), nb = static_features(later, 3, 1, &told, b);
    CHECK(!same_features(a, na, b, nb));
    na = static_features(later, 3, 2, &fresh, a); /* "left": told nothing */
    nb = static_features(later, 3, 2, &told, b);
    CHECK(same_features(a, na, b, nb));
    free(buf1);
    free(buf2);
}

/* Decoded again, a sentence reads what the other sentences said of its
 * words, never its own labels of the pass before: "Marlow", named only in
 * the first sentence, looks there as it did in the first pass, unless
 * another sentence said something of it. */
TEST(a_second_pass_never_reads_a_sentence_its_own_labels)
{
    const char *const sents[3][3] = {{"Marlow", "arrived", "late"}, {"then", "she", "left"}, {"so", "marlow", "won"}};
    const int labels[3][3] = {{1, 0, 0}, {0, 0, 0}, {0, 0, 0}};
    wordfeat wf[3][3];
    for (size_t s = 0; s < 3; s++)
        for (size_t j = 0; j < 3; j++) wordfeat_compute(&wf[s][j], sents[s][j], strlen(sents[s][j]));
    void *buf = malloc(ner_memory_bytes(9));
    ner_memory mem;
    ner_memory_init(&mem, 9, buf);
    uint64_t a[NER_MAX_FEATS], b[NER_MAX_FEATS];
    size_t na = static_features(sents[0], 3, 0, &mem, a); /* pass 1, sentence 0: nothing known */
    ner_memory_label(&mem, wf[0], labels[0], 3);
    ner_memory_label(&mem, wf[1], labels[1], 3);
    ner_memory_label(&mem, wf[2], labels[2], 3); /* O: "marlow" read otherwise there */
    mem.sid = 0; /* pass 2: sentence 0 again */
    size_t nb = static_features(sents[0], 3, 0, &mem, b);
    /* sentence 2 told of "marlow": sentence 0 now hears that, not itself */
    CHECK(!same_features(a, na, b, nb));
    /* with sentence 2 silent on it, sentence 0 would see what it saw first */
    void *buf2 = malloc(ner_memory_bytes(9));
    ner_memory quiet;
    ner_memory_init(&quiet, 9, buf2);
    ner_memory_label(&quiet, wf[0], labels[0], 3);
    ner_memory_label(&quiet, wf[1], labels[1], 3);
    quiet.sid = 0;
    nb = static_features(sents[0], 3, 0, &quiet, b);
    CHECK(same_features(a, na, b, nb));
    free(buf2);
    free(buf);
}

/* In a pass after the first, a sentence whose words the memory says the
 * same of as before keeps its labels without a search (its features are
 * the same), and the labels are recorded again for the other sentences.
 * The model is never read on that path: a table-less stand-in serves. */
TEST(a_later_pass_keeps_the_labels_of_a_sentence_nothing_new_was_said_of)
{
    const char *forms[] = {"Marlow", "arrived"};
    wordfeat wf[2];
    for (size_t j = 0; j < 2; j++) wordfeat_compute(&wf[j], forms[j], strlen(forms[j]));
    pc_model names = {0};
    names.nclass = 5;
    names.classes = (const char **)bio_names;
    void *buf = malloc(ner_memory_bytes(4));
    ner_memory mem;
    ner_memory_init(&mem, 4, buf);
    int labels[2] = {1, 0}, tags[2] = {0, 0};
    uint8_t marks[2], view[4] = {0}; /* the view of the pass before: nothing known */
    int32_t scores[8];
    ner_run_pass(&names, NULL, &mem, wf, tags, 2, labels, marks, view, scores, true);
    CHECK_INT_EQ(labels[0], 1);
    CHECK_INT_EQ(labels[1], 0);
    CHECK_INT_EQ(mem.sid, 1);
    const char *later[] = {"then", "marlow", "left"};
    uint64_t a[NER_MAX_FEATS], b[NER_MAX_FEATS];
    void *fbuf = malloc(ner_memory_bytes(4));
    ner_memory fresh;
    ner_memory_init(&fresh, 4, fbuf);
    size_t na = static_features(later, 3, 1, &fresh, a), nb = static_features(later, 3, 1, &mem, b);
    CHECK(!same_features(a, na, b, nb)); /* the kept B-PER reaches the next sentence */
    free(fbuf);
    free(buf);
}

/* With the shipped recogniser: a second pass that keeps the labels of the
 * sentences nothing new was said of (ner_run_pass) gives the labels, and
 * leaves the memory, exactly as decoding every sentence again does; and
 * it does keep some (their gazetteer marks are never recomputed).  The
 * second pass gives "Harrow" of the first sentence an entity label the
 * first did not (it is named again later), so keeping every sentence's
 * labels would fail. */
TEST(a_later_pass_gives_the_labels_of_decoding_every_sentence_again)
{
    static const char *const text[] = {
        "Analysts expect Harrow to cut costs and Kellin to follow .",
        "Rain fell on hills all day",
        "Harrow Holdings Inc. said profit rose , and Mr. Kellin smiled .",
        "The Voss Bank board met in Tarrow , where Voss lends most .",
    };
    enum { NS = sizeof text / sizeof *text, MAXW = 12 };
    char path[4096], err[256] = "";
    snprintf(path, sizeof path, "%s/models/ner.bin", test_root());
    model_file *f = model_file_open(path, "ner", err, sizeof err);
    CHECK(f != NULL);
    if (!f) return;
    pc_model m = {0};
    ner_gazetteer g = {0};
    word_table clusters = {0};
    bool loaded = pc_model_load(&m, f, "ner.", err, sizeof err) == 0 && ner_gaz_load(&g, f, err, sizeof err) == 0 &&
                  clusters_load(&clusters, f, err, sizeof err) == 0;
    CHECK(loaded && m.nclass <= NER_MAX_CLASSES);
    if (!loaded || m.nclass > NER_MAX_CLASSES) {
        word_table_free(&clusters);
        pc_model_free(&m);
        model_file_close(f);
        return;
    }
    wordfeat wf[NS][MAXW];
    size_t n[NS], tokens = 0;
    for (size_t s = 0; s < NS; s++) {
        n[s] = 0;
        for (const char *p = text[s]; *p && n[s] < MAXW;) {
            size_t len = strcspn(p, " ");
            wordfeat_compute(&wf[s][n[s]], p, len);
            clusters_fill(&clusters, &wf[s][n[s]++]);
            p += len + (p[len] == ' ');
        }
        tokens += n[s];
    }
    int tags[MAXW] = {0}, kept[NS][MAXW], again[NS][MAXW];
    uint8_t marks[NS][MAXW], view[NS][2 * MAXW];
    int32_t *scores = malloc(pc_width(m.nclass) * sizeof *scores);
    size_t bytes = ner_memory_bytes(tokens);
    void *ba = malloc(bytes), *bb = malloc(bytes);
    ner_memory ma, mb;
    ner_memory_init(&ma, tokens, ba);
    for (size_t s = 0; s < NS; s++) ner_memory_note(&ma, wf[s], n[s]);
    for (size_t s = 0; s < NS; s++) /* the first pass */
        ner_run_pass(&m, &g, &ma, wf[s], tags, n[s], kept[s], marks[s], view[s], scores, false);
    ner_memory_init(&mb, tokens, bb); /* the same memory twice */
    memcpy(bb, ba, bytes);
    ma.sid = mb.sid = 0;
    memcpy(again, kept, sizeof kept);
    memset(marks, 0xEE, sizeof marks); /* left so by a sentence whose labels are kept */
    size_t saved = 0;
    for (size_t s = 0; s < NS; s++) {
        ner_run_pass(&m, &g, &ma, wf[s], tags, n[s], kept[s], marks[s], view[s], scores, true);
        saved += marks[s][0] == 0xEE;
        ner_run(&m, &g, &mb, wf[s], tags, n[s], again[s], marks[s], scores);
        CHECK(memcmp(kept[s], again[s], n[s] * sizeof **kept) == 0);
    }
    CHECK(memcmp(ba, bb, bytes) == 0);
    CHECK(saved >= 1);
    free(ba);
    free(bb);
    free(scores);
    word_table_free(&clusters);
    pc_model_free(&m);
    model_file_close(f);
}

/* A long document of distinct words fills the memory without running out
 * of room, and every word is found again. */
TEST(document_memory_holds_every_word_of_a_long_document)
{
    enum { N = 5000 };
    wordfeat *wf = malloc(N * sizeof *wf);
    int *labels = malloc(N * sizeof *labels);
    char w[32];
    for (int i = 0; i < N; i++) {
        snprintf(w, sizeof w, "Word%d", i);
        wordfeat_compute(&wf[i], w, strlen(w));
        labels[i] = i % 5;
    }
    void *buf = malloc(ner_memory_bytes(N));
    ner_memory m;
    ner_memory_init(&m, N, buf);
    ner_memory_note(&m, wf, N);
    ner_memory_label(&m, wf, labels, N);
    size_t found = 0;
    for (size_t s = 0; s <= m.mask; s++) found += m.key[s] != 0;
    CHECK_INT_EQ(found, N);
    free(buf);
    free(labels);
    free(wf);
}

/* Two places in a row are two entities; a place that a word before it
 * makes into a bigger name ("South Vietnam") or a listed name of several
 * words ("New Mexico") stays whole. */
TEST(two_places_written_in_a_row_are_two_entities)
{
    char *p = write_temp("loc California\nloc Vietnam\nloc Mexico\nloc New Mexico\n");
    CHECK(p != NULL);
    if (!p) return;
    uint64_t *keys = NULL;
    size_t count = gazetteer_build("/nonexistent-dir", p, NULL, &keys, NULL);
    unlink(p);
    ner_gazetteer g;
    ner_gaz_init(&g, keys, count);
    pc_model names = {0};
    names.nclass = 5;
    names.classes = (const char **)bio_names;
    enum { O, BP, IP, BL, IL };
    static const struct {
        const char *forms[4];
        size_t n;
        int before[4], after[4];
    } cases[] = {
        {{"in", "Miramar", "California", "today"}, 4, {O, BL, IL, O}, {O, BL, BL, O}},
        {{"in", "South", "Vietnam", "today"}, 4, {O, BL, IL, O}, {O, BL, IL, O}},
        {{"in", "Albuquerque", "New", "Mexico"}, 4, {O, BL, IL, IL}, {O, BL, BL, IL}},
        {{"to", "old", "New", "Mexico"}, 4, {O, O, BL, IL}, {O, O, BL, IL}},
        {{"Miramar", "California", "Miramar", "x"}, 4, {BP, IP, O, O}, {BP, IP, O, O}}, /* persons untouched */
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        wordfeat wf[4];
        for (size_t i = 0; i < cases[c].n; i++) wordfeat_compute(&wf[i], cases[c].forms[i], strlen(cases[c].forms[i]));
        uint8_t marks[4];
        ner_gaz_mark(&g, wf, cases[c].n, marks);
        int labels[4];
        memcpy(labels, cases[c].before, sizeof labels);
        ner_split_places(&names, wf, marks, cases[c].n, labels);
        for (size_t i = 0; i < cases[c].n; i++)
            if (labels[i] != cases[c].after[i]) test_fail(__FILE__, __LINE__, "case %zu token %zu: %d", c, i, labels[i]);
    }
    free(keys);
}

/* A place or person name ending in an institution's word is an
 * organisation's; one word alone, or a lowercase "council", is not. */
TEST(names_ending_in_an_institution_are_organisations)
{
    static const char *classes[] = {"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"};
    pc_model names = {0};
    names.nclass = 7;
    names.classes = classes;
    enum { O, BP, IP, BL, IL, BO, IO };
    static const struct {
        const char *forms[4];
        int before[4], after[4];
    } cases[] = {
        {{"the", "Arctic", "Council", "met"}, {O, BL, IL, O}, {O, BO, IO, O}},
        {{"Kyiv", "District", "Court", "said"}, {BL, IL, IL, O}, {BO, IO, IO, O}},
        {{"Ford", "Foundation", "grants", "x"}, {BP, IP, O, O}, {BO, IO, O, O}},
        {{"the", "Arctic", "council", "met"}, {O, BL, IL, O}, {O, BL, IL, O}},
        {{"Congress", "met", "in", "Paris"}, {BL, O, O, BL}, {BL, O, O, BL}},
        {{"in", "Georgia", "Senate", "x"}, {O, BL, BL, O}, {O, BL, BL, O}}, /* two entities, the second one word */
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        wordfeat wf[4];
        for (size_t i = 0; i < 4; i++) wordfeat_compute(&wf[i], cases[c].forms[i], strlen(cases[c].forms[i]));
        int labels[4];
        memcpy(labels, cases[c].before, sizeof labels);
        ner_organisation_heads(&names, wf, 4, labels);
        for (size_t i = 0; i < 4; i++)
            if (labels[i] != cases[c].after[i]) test_fail(__FILE__, __LINE__, "case %zu token %zu: %d", c, i, labels[i]);
    }
}
