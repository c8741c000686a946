/* test_ner.c — the entity recogniser's evidence: the wide list of first
 * names marks a name the curated list lacks, apart from the curated marks,
 * and document memory carries what was said of a word to its next use. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "nlp/annotators.h"
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
