/* test_sentences.c — sentence splitting of news text as a reader would
 * check it: abbreviations and initials do not end sentences, quotes that
 * end them do, datelines, headlines and list items come out whole, and a
 * 10,000-token sentence costs linear time.  Texts are written for these
 * tests.  Also `dyad parse --as conllu` as a UD tool would read it. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/document.h"
#include "nlp/segment.h"
#include "test.h"

/* Segment the paragraphs (separated by "\n") of s; return the sentences
 * joined by " || ", and the document for further checks when asked. */
static const char *sentences(const char *s, doc **keep)
{
    static char out[8192];
    dyad_input in = dyad_input_from_memory(s, strlen(s), DYAD_FORMAT_TEXT);
    doc *d = doc_new(&in);
    const char *p = s;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        doc_add_paragraph(d, DYAD_PARAGRAPH_BODY, p, n);
        p += n + (nl != NULL);
    }
    nlp_segment(d);
    doc_publish(d);
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < d->pub.sentence_count; i++) {
        const dyad_sentence *se = &d->pub.sentences[i];
        n += (size_t)snprintf(out + n, sizeof out - n, "%s%.*s", i ? " || " : "", (int)(se->span.end - se->span.start),
                              d->pub.text + se->span.start);
        if (n >= sizeof out) break;
    }
    if (keep) *keep = d;
    else doc_free(d);
    return out;
}

TEST(sentences_do_not_end_at_titles_initials_or_dates)
{
    CHECK_STR_EQ(sentences("Gen. Mark Ellis arrived in the U.S. capital on Jan. 5 with Mr. J. R. R. Hale. He left at 6 p.m. local time.", NULL),
                 "Gen. Mark Ellis arrived in the U.S. capital on Jan. 5 with Mr. J. R. R. Hale. || He left at 6 p.m. local time.");
    CHECK_STR_EQ(sentences("Apple Inc. said sales rose. No. 10 Downing St. declined to comment.", NULL),
                 "Apple Inc. said sales rose. || No. 10 Downing St. declined to comment.");
}

TEST(sentences_end_after_an_abbreviation_when_a_new_one_begins)
{
    doc *d;
    CHECK_STR_EQ(sentences("The envoy flew back to the U.S. The talks had failed.", &d),
                 "The envoy flew back to the U.S. || The talks had failed.");
    /* The sentence keeps a period of its own, as the treebanks write it. */
    const dyad_sentence *s = &d->pub.sentences[0];
    CHECK_STR_EQ(d->pub.tokens[s->first_token + s->token_count - 2].form, "U.S");
    CHECK_STR_EQ(d->pub.tokens[s->first_token + s->token_count - 1].form, ".");
    doc_free(d);
}

TEST(sentences_follow_quotes)
{
    CHECK_STR_EQ(sentences("\"We will not back down,\" the minister said. \"The vote stands.\" Protesters left the square.", NULL),
                 "\"We will not back down,\" the minister said. || \"The vote stands.\" || Protesters left the square.");
    CHECK_STR_EQ(sentences("\"Why now?\" he asked. \u201cBecause it is time!\u201d she replied.", NULL),
                 "\"Why now?\" he asked. || \u201cBecause it is time!\u201d she replied.");
    CHECK_STR_EQ(sentences("\"Is this over?\" asked Ms. Oduya. Nobody answered.", NULL),
                 "\"Is this over?\" asked Ms. Oduya. || Nobody answered.");
}

TEST(sentences_keep_a_dateline_apart_and_headlines_whole)
{
    doc *d;
    CHECK_STR_EQ(sentences("Ministers trade blame over grain deal\nKYIV, March 3. /UNIAN/. The deal expired on Monday, officials said.", &d),
                 "Ministers trade blame over grain deal || KYIV, March 3. /UNIAN/. || The deal expired on Monday, officials said.");
    CHECK_INT_EQ(d->pub.sentence_count, 3);
    CHECK_INT_EQ(d->pub.sentences[0].paragraph, 0);
    CHECK_INT_EQ(d->pub.sentences[1].paragraph, 1);
    CHECK_INT_EQ(d->pub.sentences[2].paragraph, 1);
    doc_free(d);
}

TEST(sentences_handle_lists_and_ellipses)
{
    CHECK_STR_EQ(sentences("1. Close the border. 2. Call the envoy home.", NULL),
                 "1. Close the border. || 2. Call the envoy home.");
    CHECK_STR_EQ(sentences("He paused... Then he left. She said it was ... fine.", NULL),
                 "He paused... || Then he left. || She said it was ... fine.");
}

TEST(sentences_survive_other_scripts_and_control_characters)
{
    CHECK_STR_EQ(sentences("\u041e\u043d \u0443\u0448\u0435\u043b. \u041e\u043d\u0430 \u043e\u0441\u0442\u0430\u043b\u0430\u0441\u044c.", NULL),
                 "\u041e\u043d \u0443\u0448\u0435\u043b. || \u041e\u043d\u0430 \u043e\u0441\u0442\u0430\u043b\u0430\u0441\u044c.");
    CHECK_STR_EQ(sentences("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631. \u5317\u4eac\u3002 End\x01here.", NULL),
                 "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631. || \u5317\u4eac\u3002 End\x01here.");
}

TEST(sentences_of_ten_thousand_tokens_take_linear_time)
{
    size_t words = 10000;
    char *s = malloc(words * 4 + 2);
    size_t n = 0;
    for (size_t i = 0; i < words; i++) {
        memcpy(s + n, "Mr. ", 4); /* every token a candidate end that does not end */
        n += 4;
    }
    s[n] = '\0';
    doc *d;
    clock_t t0 = clock();
    sentences(s, &d);
    double seconds = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK_INT_EQ(d->pub.sentence_count, 1);
    /* The last "Mr." gives its period to the sentence: one token more. */
    CHECK_INT_EQ(d->pub.sentences[0].token_count, words + 1);
    CHECK(seconds < 1.0);
    doc_free(d);
    free(s);
}

TEST(parse_writes_conllu_for_ud_tools)
{
    char path[] = "/tmp/dyad-conllu-XXXXXX";
    int fd = mkstemp(path);
    const char *text = "Talks stall\n\nThe envoy didn't come. Officials said the U.S. \"regrets\" it.\n";
    CHECK(write(fd, text, strlen(text)) == (ssize_t)strlen(text));
    close(fd);
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s parse -q --as conllu %s", test_dyad_bin(), path);
    FILE *p = popen(cmd, "r");
    char out[8192];
    size_t n = p ? fread(out, 1, sizeof out - 1, p) : 0;
    out[n] = '\0';
    int status = p ? pclose(p) : -1;
    unlink(path);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(strstr(out, "# newdoc id = ") == out);
    CHECK(strstr(out, "# text = The envoy didn't come.\n") != NULL);
    CHECK(strstr(out, "\n3-4\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n3\tdid\t") != NULL);
    CHECK(strstr(out, "\n4\tn't\t") != NULL);
    CHECK(strstr(out, "\tregrets\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n") != NULL);
    /* Three sentences, each ended by a blank line; ten columns per word. */
    size_t blocks = 0;
    for (const char *q = out; (q = strstr(q, "\n\n")) != NULL; q += 2) blocks++;
    CHECK_INT_EQ(blocks, 3);
    for (const char *line = out; *line;) {
        const char *end = strchr(line, '\n');
        if (!end) break;
        if (*line != '#' && end > line) {
            int tabs = 0;
            for (const char *c = line; c < end; c++) tabs += *c == '\t';
            CHECK_INT_EQ(tabs, 9);
        }
        line = end + 1;
    }
}
