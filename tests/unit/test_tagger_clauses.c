/* test_tagger_clauses.c — the clause scan behind the tagger's finite-verb
 * features (tagger_sentence, template set 4): for each word, whether a word
 * that can be a finite verb lies ahead in its clause or only further on,
 * and whether a finite verb was already tagged in its clause or earlier;
 * clauses end at punctuation marks and at words that can open one.  In
 * order, and the same when a caller asks out of order. */
#include <stdlib.h>
#include <string.h>

#include "nlp/annotators.h"
#include "test.h"

enum { N = 12 };

/* "troops moved , officials said they left until that group yielded ok":
 * a mark at 2, an opener at 7 ("until", tagged as one: class 2) and 8
 * ("that" can open one but is tagged otherwise); words that can be finite
 * at 1, 4, 6 and 10; tags 1 (finite), 2 (opener) or 0 (other), as a tagger
 * might have chosen them. */
static void sentence(wordfeat *wf)
{
    const char *forms[N] = {"troops", "moved", ",",     "officials", "said",    "they",
                            "left",   "until", "that",  "group",     "yielded", "ok"};
    for (int i = 0; i < N; i++) wordfeat_compute(&wf[i], forms[i], strlen(forms[i]));
    wf[1].clause = wf[4].clause = wf[6].clause = wf[10].clause = TAG_FINITE;
    wf[7].clause = wf[8].clause = TAG_OPENER;
}

/* The scan's view at word i, read back from the state tagger_features leaves. */
static int ahead_of(const tagger_sentence *ts) { return ts->ahead ? 2 : ts->beyond ? 1 : 0; }
static int behind_of(const tagger_sentence *ts) { return ts->left_clause ? 2 : ts->left_any ? 1 : 0; }

TEST(tagger_clause_scan_sees_finite_verbs_ahead_and_behind)
{
    wordfeat wf[N];
    sentence(wf);
    static const uint8_t classes[3] = {0, TAG_FINITE, TAG_OPENER};
    const int tags[N] = {0, 1, 0, 0, 1, 0, 1, 2, 0, 0, 1, 0};
    /* ahead: in the clause (2), beyond a break (1), none (0); "left" sees
     * "yielded" only beyond "until" */
    const int want_ahead[N] = {2, 1, 2, 2, 2, 2, 1, 1, 2, 2, 0, 0};
    /* behind: tagged in the clause (2), earlier in the sentence (1); the
     * clause after "until" starts afresh, "that" tagged otherwise does not */
    const int want_behind[N] = {0, 0, 2, 1, 1, 2, 2, 2, 1, 1, 1, 2};
    tagger_sentence ts;
    tagger_sentence_init(&ts, wf, N, classes);
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
    /* Without the class table nothing is tagged finite behind. */
    tagger_sentence_init(&ts, wf, N, NULL);
    for (size_t i = 0; i < N; i++) {
        tagger_features(&ts, wf, N, i, tags, f);
        CHECK_INT_EQ(behind_of(&ts), 0);
    }
}

TEST(tag_clause_table_marks_finite_verbs_and_clause_openers)
{
    const char *classes[] = {"VERB\tVBD", "VERB\tVBN", "AUX\tVBZ", "AUX\tMD",  "NOUN\tNN",
                             "VERB\tVBP", "VERB\tVB",  "SCONJ\tIN", "PRON\tWP", "ADV\tWRB", "ADP\tIN"};
    enum { K = sizeof classes / sizeof classes[0] };
    uint8_t *t = tag_clause_table(classes, K);
    const uint8_t want[K] = {TAG_FINITE, 0, TAG_FINITE, TAG_FINITE, 0, TAG_FINITE, 0,
                             TAG_OPENER, TAG_OPENER, TAG_OPENER, 0};
    CHECK(memcmp(t, want, K) == 0);
    free(t);
}
