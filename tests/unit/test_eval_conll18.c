/* test_eval_conll18.c — the CoNLL 2018 scorer (tools/eval_conll18) on tiny
 * files written here, with figures worked out by hand from the metric's
 * definition: multiword tokens, a token the system got wrong, a wrong head,
 * a relation subtype that LAS ignores. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test.h"

static const char gold[] =
    "# text = I didn't go.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

/* One wrong head (n't -> did) and a subtype on nsubj. */
static const char close_system[] =
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj:pass\t_\t_\n"
    "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n"
    "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

/* Tokenized badly: "didn't" unsplit, "go." one token. */
static const char poor_system[] =
    "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
    "2\tdidn't\tdo\tAUX\tVBD\t_\t3\taux\t_\t_\n"
    "3\tgo.\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n\n";

/* Features, content words and function words (for UFeats, CLAS, MLAS and
 * BLEX): "the deal was signed ." */
static const char passive_gold[] =
    "1\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_\n"
    "2\tdeal\tdeal\tNOUN\tNN\tNumber=Sing\t4\tnsubj:pass\t_\t_\n"
    "3\twas\tbe\tAUX\tVBD\tMood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin\t4\taux:pass\t_\t_\n"
    "4\tsigned\tsign\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

/* Typo=Yes on "deal" (not a universal feature: UFeats ignores it), the
 * wrong person on "was" (a function word of "signed": MLAS fails there),
 * the wrong lemma on "signed" (BLEX fails there). */
static const char passive_system[] =
    "1\tthe\tthe\tDET\tDT\tDefinite=Def|PronType=Art\t2\tdet\t_\t_\n"
    "2\tdeal\tdeal\tNOUN\tNN\tNumber=Sing|Typo=Yes\t4\tnsubj:pass\t_\t_\n"
    "3\twas\tbe\tAUX\tVBD\tMood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin\t4\taux:pass\t_\t_\n"
    "4\tsigned\tsigned\tVERB\tVBN\tTense=Past|VerbForm=Part|Voice=Pass\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

static char *write_temp(const char *data)
{
    char *path = strdup("/tmp/dyad-eval-XXXXXX");
    int fd = mkstemp(path);
    if (write(fd, data, strlen(data)) != (ssize_t)strlen(data)) CHECK(0);
    close(fd);
    return path;
}

/* The F1 column of `metric` in the scorer's output for gold vs system. */
static double score_against(const char *gold_text, const char *system, const char *metric)
{
    char *g = write_temp(gold_text), *s = write_temp(system);
    char tool[1024], cmd[2048];
    snprintf(tool, sizeof tool, "%s", test_dyad_bin());
    char *slash = strrchr(tool, '/');
    if (slash) *slash = '\0';
    snprintf(cmd, sizeof cmd, "%s/tools/eval_conll18 %s %s", tool, g, s);
    FILE *p = popen(cmd, "r");
    char line[256];
    double f1 = -1;
    while (p && fgets(line, sizeof line, p)) {
        size_t n = strlen(metric);
        if (strncmp(line, metric, n) == 0 && line[n] == ' ') {
            const char *last = strrchr(line, '|');
            if (last) f1 = atof(last + 1);
        }
    }
    if (p) pclose(p);
    unlink(g);
    unlink(s);
    free(g);
    free(s);
    return f1;
}

static double score(const char *system, const char *metric) { return score_against(gold, system, metric); }

#define CHECK_NEAR(got, want) CHECK((got) > (want) - 0.006 && (got) < (want) + 0.006)

TEST(eval_conll18_scores_a_close_system)
{
    CHECK_NEAR(score(close_system, "Tokens"), 100.0);
    CHECK_NEAR(score(close_system, "Words"), 100.0);
    CHECK_NEAR(score(close_system, "UPOS"), 100.0);
    CHECK_NEAR(score(close_system, "UAS"), 80.0);
    CHECK_NEAR(score(close_system, "LAS"), 80.0); /* nsubj:pass counts as nsubj */
}

TEST(eval_conll18_aligns_a_poorly_tokenized_system)
{
    /* Tokens: 2 of 4 gold, 2 of 3 system: 2*2/(4+3). */
    CHECK_NEAR(score(poor_system, "Tokens"), 57.14);
    /* Words: only "I" aligns (did/n't vs didn't share no form): 2*1/(5+3). */
    CHECK_NEAR(score(poor_system, "Words"), 25.0);
    CHECK_NEAR(score(poor_system, "UPOS"), 25.0);
    /* I's gold head "go" has no aligned word: no attachment scores. */
    CHECK_NEAR(score(poor_system, "UAS"), 0.0);
    CHECK_NEAR(score(poor_system, "Sentences"), 100.0);
}

/* A caption without a period at the head of a GUM paragraph: "# newpar"
 * marks only the paragraph, "# newpar_block" says its first sentence is a
 * figure of its own.  The raw rebuild must keep the caption apart from the
 * text after it, as the page did, or no splitter could find the boundary. */
static const char captioned[] =
    "# newpar\n"
    "# newpar_block = p (2 s) | figure (1 s) | caption (1 s)\n"
    "# text = Dock workers in Lagos\n"
    "1\tDock\tdock\tNOUN\tNN\t_\t2\tcompound\t_\t_\n"
    "2\tworkers\tworker\tNOUN\tNNS\t_\t0\troot\t_\t_\n"
    "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
    "4\tLagos\tLagos\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n\n"
    "# text = Strikes ended Monday.\n"
    "1\tStrikes\tstrike\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
    "2\tended\tend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

/* A heading block of one sentence, then loose text without "# newpar". */
static const char headed[] =
    "# newpar\n"
    "# newpar_block = head (1 s)\n"
    "# text = Port strike ends\n"
    "1\tPort\tport\tNOUN\tNN\t_\t2\tcompound\t_\t_\n"
    "2\tstrike\tstrike\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tends\tend\tVERB\tVBZ\t_\t0\troot\t_\t_\n\n"
    "# text = Dock workers returned.\n"
    "1\tDock\tdock\tNOUN\tNN\t_\t2\tcompound\t_\t_\n"
    "2\tworkers\tworker\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
    "3\treturned\treturn\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";

static double raw_sentences_f1(const char *gold_text)
{
    char *g = write_temp(gold_text);
    char tool[1024], cmd[2048];
    snprintf(tool, sizeof tool, "%s", test_dyad_bin());
    char *slash = strrchr(tool, '/');
    if (slash) *slash = '\0';
    snprintf(cmd, sizeof cmd, "%s/tools/eval_conll18 --raw --segment-only %s", tool, g);
    FILE *p = popen(cmd, "r");
    char line[256];
    double f1 = -1;
    while (p && fgets(line, sizeof line, p))
        if (strncmp(line, "Sentences ", 10) == 0) f1 = atof(strrchr(line, '|') + 1);
    if (p) pclose(p);
    unlink(g);
    free(g);
    return f1;
}

TEST(eval_conll18_raw_rebuild_keeps_a_caption_and_a_heading_apart)
{
    CHECK_NEAR(raw_sentences_f1(captioned), 100.0);
    CHECK_NEAR(raw_sentences_f1(headed), 100.0);
}

/* --token-errors lists each stretch where the tokens or the words of a
 * token differ, with its kind, then the counts. */
TEST(eval_conll18_lists_token_errors_by_kind)
{
    char *g = write_temp(gold), *s = write_temp(poor_system);
    char tool[1024], cmd[2048];
    snprintf(tool, sizeof tool, "%s", test_dyad_bin());
    char *slash = strrchr(tool, '/');
    if (slash) *slash = '\0';
    snprintf(cmd, sizeof cmd, "%s/tools/eval_conll18 --token-errors %s %s", tool, g, s);
    FILE *p = popen(cmd, "r");
    char line[256];
    int joined = 0, words = 0, counted = 0;
    while (p && fgets(line, sizeof line, p)) {
        if (strcmp(line, "joined:period-word\tgo|.\tgo.\n") == 0) joined = 1;
        if (strcmp(line, "words:apostrophe\tdid+n't\tdidn't\n") == 0) words = 1;
        if (strcmp(line, "# 1 token errors, 1 word errors inside equal tokens\n") == 0) counted = 1;
    }
    if (p) pclose(p);
    CHECK(joined);
    CHECK(words);
    CHECK(counted);
    unlink(g);
    unlink(s);
    free(g);
    free(s);
}

TEST(eval_conll18_scores_features_and_content_words)
{
    CHECK_NEAR(score_against(passive_gold, passive_system, "UFeats"), 80.0);  /* "was" wrong, Typo ignored */
    CHECK_NEAR(score_against(passive_gold, passive_system, "AllTags"), 80.0);
    CHECK_NEAR(score_against(passive_gold, passive_system, "Lemmas"), 80.0);
    CHECK_NEAR(score_against(passive_gold, passive_system, "LAS"), 100.0);
    /* content words: "deal" and "signed" */
    CHECK_NEAR(score_against(passive_gold, passive_system, "CLAS"), 100.0);
    CHECK_NEAR(score_against(passive_gold, passive_system, "MLAS"), 50.0); /* "signed"'s auxiliary is wrong */
    CHECK_NEAR(score_against(passive_gold, passive_system, "BLEX"), 50.0); /* "signed"'s lemma is wrong */
    CHECK_NEAR(score_against(passive_gold, passive_gold, "MLAS"), 100.0);
}
