/* test_conllu.c — the CoNLL-U reader keeps words, ranges and comments
 * straight, survives garbage, and the writer round-trips. */
#include <stdlib.h>

#include "nlp/conllu.h"
#include "test.h"

static const char sample[] =
    "# newdoc id = d1\n"
    "# sent_id = s1\n"
    "# text = They don't wait.\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\twait\twait\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t_\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = s2\n"
    "1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n";

TEST(conllu_reads_words_ranges_and_comments)
{
    conllu_reader *r = conllu_open_memory(sample, sizeof sample - 1);
    const conllu_sentence *s = conllu_next(r);
    CHECK(s != NULL);
    if (!s) { conllu_close(r); return; }
    CHECK_INT_EQ(s->word_count, 5);
    CHECK_STR_EQ(s->text, "They don't wait.");
    CHECK_STR_EQ(s->sent_id, "s1");
    CHECK(s->newdoc);
    CHECK_STR_EQ(s->newdoc_id, "d1");
    CHECK_INT_EQ(s->range_count, 1);
    CHECK_INT_EQ(s->ranges[0].first, 2);
    CHECK_INT_EQ(s->ranges[0].last, 3);
    CHECK_STR_EQ(s->ranges[0].form, "don't");
    CHECK_STR_EQ(s->words[2].form, "n't");
    CHECK_INT_EQ(s->words[0].head, 3);
    CHECK_INT_EQ(s->words[3].head, 0);
    CHECK(!s->words[3].space_after);
    CHECK(s->words[0].space_after);
    CHECK_STR_EQ(s->words[4].deprel, "punct"); /* the empty node 4.1 is skipped */
    s = conllu_next(r);
    CHECK(s && s->word_count == 1 && !s->newdoc);
    CHECK(conllu_next(r) == NULL);
    CHECK_INT_EQ(conllu_error_count(r), 0);
    conllu_close(r);
}

TEST(conllu_reports_bad_lines_with_numbers_and_goes_on)
{
    const char bad[] =
        "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
        "2\tB\tb\n"                                /* line 2: 3 fields */
        "2\tdog\tdog\tNOUN\tNN\t_\t0\troot\t_\t_\n"
        "\n"
        "1\tX\tx\tX\tX\t_\t0\troot\t_\t_\n"
        "3\tY\ty\tX\tX\t_\t1\tdep\t_\t_\n"          /* out of sequence: sentence dropped */
        "\n"
        "1\tZ\tz\tX\tX\t_\t9\tdep\t_\t_\n"          /* head outside */
        "\n"
        "1\tok\tok\tX\tX\t_\t0\troot\t_\t_\n";
    conllu_reader *r = conllu_open_memory(bad, sizeof bad - 1);
    const conllu_sentence *s = conllu_next(r);
    CHECK(s && s->word_count == 2);
    s = conllu_next(r);
    CHECK(s && s->word_count == 1 && strcmp(s->words[0].form, "ok") == 0);
    CHECK(conllu_next(r) == NULL);
    CHECK_INT_EQ(conllu_error_count(r), 3);
    CHECK_STR_EQ(conllu_first_error(r), "line 2: expected 10 tab-separated fields, found 3");
    conllu_close(r);
}

TEST(conllu_writer_round_trips_a_sentence)
{
    conllu_reader *r = conllu_open_memory(sample, sizeof sample - 1);
    const conllu_sentence *s = conllu_next(r);
    buf out = BUF_INIT;
    if (s) conllu_write_sentence(&out, s);
    conllu_reader *r2 = conllu_open_memory(out.data ? out.data : "", out.len);
    const conllu_sentence *t = conllu_next(r2);
    CHECK(t && t->word_count == 5 && t->range_count == 1);
    if (t) {
        CHECK_STR_EQ(t->words[1].lemma, "do");
        CHECK_INT_EQ(t->words[2].head, 4);
        CHECK(!t->words[3].space_after);
    }
    conllu_close(r2);
    conllu_close(r);
    buf_free(&out);
}
