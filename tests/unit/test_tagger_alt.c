/* test_tagger_alt.c — the runner-up tag the parser and the recogniser read
 * (tagger_run_alt): with the shipped tagger, the tags are tagger_run's, and
 * a word carries its second-best class exactly when that class scores
 * within TAGGER_ALT_MARGIN of the best, in the model's own units. */
#include <stdlib.h>
#include <string.h>

#include "nlp/annotators.h"
#include "nlp/model_file.h"
#include "test.h"

TEST(tagger_notes_the_runner_up_only_when_it_is_close)
{
    char path[4096], why[512];
    snprintf(path, sizeof path, "%s/models/tagger.bin", test_root());
    model_file *f = model_file_open(path, "tagger", why, sizeof why);
    if (!f) { test_fail(__FILE__, __LINE__, "tagger.bin: %s", why); return; }
    pc_model m;
    if (pc_model_load(&m, f, "tag.", why, sizeof why) != 0) {
        test_fail(__FILE__, __LINE__, "tagger.bin: %s", why);
        model_file_close(f);
        return;
    }
    /* Words a tagger hesitates over ("fish", "present", "that", "round")
     * among plain ones. */
    const char *words[] = {"They", "fish", "near", "the", "present", "site", "that", "round", "Kyiv", "talks", "set", "."};
    enum { N = sizeof words / sizeof words[0] };
    wordfeat wf[N];
    for (int i = 0; i < N; i++) wordfeat_compute(&wf[i], words[i], strlen(words[i]));
    int plain[N], tags[N];
    int32_t *scores = malloc(pc_width(m.nclass) * sizeof *scores);
    uint8_t *clause_of = tag_clause_table(m.classes, m.nclass);
    tagger_run(&m, clause_of, wf, N, plain, scores);
    tagger_run_alt(&m, clause_of, wf, N, tags, scores);
    CHECK(memcmp(plain, tags, sizeof tags) == 0);
    int marked = 0;
    tagger_sentence ts;
    tagger_sentence_init(&ts, wf, N, clause_of);
    for (int i = 0; i < N; i++) {
        uint64_t feats[TAGGER_MAX_FEATS];
        pc_score(&m, feats, tagger_features(&ts, wf, N, (size_t)i, tags, feats), scores);
        int second = -1;
        for (int c = 0; c < (int)m.nclass; c++)
            if (c != tags[i] && (second < 0 || scores[c] > scores[second])) second = c;
        double gap = (scores[tags[i]] - scores[second]) / m.scale;
        if (gap <= TAGGER_ALT_MARGIN) {
            CHECK_INT_EQ(wf[i].alt, second + 1);
            marked++;
        } else CHECK_INT_EQ(wf[i].alt, 0);
    }
    CHECK(marked >= 1 && marked < N); /* both cases seen */
    free(clause_of);
    free(scores);
    pc_model_free(&m);
    model_file_close(f);
}
