/* test_tagger_clauses.c — the clause scan behind the tagger's finite-verb
 * features (tagger_sentence, template set 4): for each word, whether a word
 * that can be a finite verb lies ahead in its clause or only further on,
 * and whether a finite verb was already tagged in its clause or earlier;
 * in order, and the same when a caller asks out of order. */
#include <stdlib.h>
#include <string.h>

#include "nlp/annotators.h"
#include "test.h"

enum { N = 9 };

/* "troops moved , officials said they left": marks at 2; finite-capable
 * words "moved" (1), "said" (4), "left" (6), with tags 0 (other) and 1
 * (finite) as a tagger might have chosen them. */
static void sentence(wordfeat *wf)
{
    const char *forms[N] = {"troops", "moved", ",", "officials", "said", "they", "left", ".", "ok"};
    for (int i = 0; i < N; i++) wordfeat_compute(&wf[i], forms[i], strlen(forms[i]));
    wf[1].fin = wf[4].fin = wf[6].fin = 1;
}

/* The scan's view at word i, read back from the state tagger_features leaves. */
static int ahead_of(const tagger_sentence *ts) { return ts->ahead ? 2 : ts->beyond ? 1 : 0; }
static int behind_of(const tagger_sentence *ts) { return ts->left_clause ? 2 : ts->left_any ? 1 : 0; }

TEST(tagger_clause_scan_sees_finite_verbs_ahead_and_behind)
{
    wordfeat wf[N];
    sentence(wf);
    static const uint8_t finite[2] = {0, 1};
    const int tags[N] = {0, 1, 0, 0, 1, 0, 1, 0, 0};
    /* ahead: in the clause (2), beyond a mark (1), none (0) */
    const int want_ahead[N] = {2, 1, 2, 2, 2, 2, 0, 0, 0};
    /* behind: tagged in the clause (2), earlier in the sentence (1) */
    const int want_behind[N] = {0, 0, 2, 1, 1, 2, 2, 2, 1};
    tagger_sentence ts;
    tagger_sentence_init(&ts, wf, N, finite);
    uint64_t f[TAGGER_MAX_FEATS];
    for (size_t i = 0; i < N; i++) {
        CHECK(tagger_features(&ts, wf, N, i, tags, f) <= TAGGER_MAX_FEATS);
        CHECK_INT_EQ(ahead_of(&ts), want_ahead[i]);
        CHECK_INT_EQ(behind_of(&ts), want_behind[i]);
    }
    /* Out of order: the scan restarts and gives the same view. */
    for (size_t i = N; i-- > 0;) {
        tagger_features(&ts, wf, N, i, tags, f);
        CHECK_INT_EQ(ahead_of(&ts), want_ahead[i]);
        CHECK_INT_EQ(behind_of(&ts), want_behind[i]);
    }
    /* Without the finite table nothing is tagged finite behind. */
    tagger_sentence_init(&ts, wf, N, NULL);
    for (size_t i = 0; i < N; i++) {
        tagger_features(&ts, wf, N, i, tags, f);
        CHECK_INT_EQ(behind_of(&ts), 0);
    }
}

TEST(tag_finite_table_marks_finite_verb_classes)
{
    const char *classes[] = {"VERB\tVBD", "VERB\tVBN", "AUX\tVBZ", "AUX\tMD", "NOUN\tNN", "VERB\tVBP", "VERB\tVB", "PUNCT"};
    uint8_t *f = tag_finite_table(classes, 8);
    const uint8_t want[8] = {1, 0, 1, 1, 0, 1, 0, 0};
    CHECK(memcmp(f, want, 8) == 0);
    free(f);
}
