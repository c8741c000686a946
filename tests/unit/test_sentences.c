/* test_sentences.c — sentence splitting of news text as a reader would
 * check it: abbreviations and initials do not end sentences, quotes that
 * end them do, datelines, headlines and list items come out whole, and a
 * 10,000-token sentence costs linear time.  Texts are written for these
 * tests.  Also the CoNLL-U layout as a UD tool would read it. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "core/document.h"
#include "nlp/conllu_render.h"
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
    CHECK_STR_EQ(sentences("The Rt. Hon. Ann Lee met Spc. Omar Diaz and Msgr. Paul Roy.", NULL),
                 "The Rt. Hon. Ann Lee met Spc. Omar Diaz and Msgr. Paul Roy.");
    CHECK_STR_EQ(sentences("Apple Inc. said sales rose. No. 10 Downing St. declined to comment.", NULL),
                 "Apple Inc. said sales rose. || No. 10 Downing St. declined to comment.");
    /* a recipe's measure written with a capital, as menus print it */
    CHECK_STR_EQ(sentences("Add 2 Tbsp. olive oil and 1 Tsp. salt. Stir well.", NULL),
                 "Add 2 Tbsp. olive oil and 1 Tsp. salt. || Stir well.");
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

/* A dotted abbreviation after a hyphen keeps its period ("non-U.K.
 * buyers"), and a dateline's place in capitals keeps its own ("ST.
 * CLAIR", "FT. MYERS", "MT. HOPE"): neither ends the sentence. */
TEST(sentences_go_on_after_a_hyphened_abbreviation_or_a_place_in_capitals)
{
    doc *d;
    CHECK_STR_EQ(sentences("Rules for non-U.K. buyers and Kenyan-U.S. trade talks began. They sold it to a non-U.S. The deal closed.", &d),
                 "Rules for non-U.K. buyers and Kenyan-U.S. trade talks began. || They sold it to a non-U.S. || The deal closed.");
    /* "Kenyan" "-" "U.S." as the treebanks cut a hyphened pair; at the
     * sentence's end the period is a token of its own. */
    int pieces = 0;
    for (size_t i = 0; i < d->pub.token_count; i++)
        if (strcmp(d->pub.tokens[i].form, "Kenyan") == 0 && i + 2 < d->pub.token_count &&
            strcmp(d->pub.tokens[i + 1].form, "-") == 0 && strcmp(d->pub.tokens[i + 2].form, "U.S.") == 0)
            pieces = 1;
    CHECK(pieces);
    const dyad_sentence *s = &d->pub.sentences[1];
    CHECK_STR_EQ(d->pub.tokens[s->first_token + s->token_count - 2].form, "non-U.S");
    CHECK_STR_EQ(d->pub.tokens[s->first_token + s->token_count - 1].form, ".");
    doc_free(d);
    CHECK_STR_EQ(sentences("ST. CLAIR, Mich. (AP) \u2014 Crews worked late. FT. MYERS and MT. HOPE were spared. He read it in the FT. The paper agreed.", NULL),
                 "ST. CLAIR, Mich. (AP) \u2014 || Crews worked late. || FT. MYERS and MT. HOPE were spared. || He read it in the FT. || The paper agreed.");
}

TEST(sentences_follow_quotes)
{
    CHECK_STR_EQ(sentences("\"We will not back down,\" the minister said. \"The vote stands.\" Protesters left the square.", NULL),
                 "\"We will not back down,\" the minister said. || \"The vote stands.\" || Protesters left the square.");
    CHECK_STR_EQ(sentences("\"Why now?\" he asked. \u201cBecause it is time!\u201d she replied.", NULL),
                 "\"Why now?\" he asked. || \u201cBecause it is time!\u201d she replied.");
    CHECK_STR_EQ(sentences("\"Is this over?\" asked Ms. Oduya. Nobody answered.", NULL),
                 "\"Is this over?\" asked Ms. Oduya. || Nobody answered.");
    /* news attributes a quoted question with more verbs than "said" */
    CHECK_STR_EQ(sentences("\u201cWho signed the order?\u201d Okafor testified. \u201cNot me!\u201d Brandt recalled. \u201cWhy?\u201d Mills wrote.", NULL),
                 "\u201cWho signed the order?\u201d Okafor testified. || \u201cNot me!\u201d Brandt recalled. || \u201cWhy?\u201d Mills wrote.");
    CHECK_STR_EQ(sentences("\u201cCan we stay?\u201d Ines quietly asked. There is reason -- plenty of it! -- to stay. It rained! -- Then it stopped.", NULL),
                 "\u201cCan we stay?\u201d Ines quietly asked. || There is reason -- plenty of it! -- to stay. || It rained! || -- Then it stopped.");
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
    CHECK_STR_EQ(sentences("ODESA, Ukraine (Wire) \u2014 Drones struck the port overnight. Nobody was hurt.", NULL),
                 "ODESA, Ukraine (Wire) \u2014 || Drones struck the port overnight. || Nobody was hurt.");
    CHECK_STR_EQ(sentences("TBILISI (Wire) - Thousands marched on Sunday.", NULL), "TBILISI (Wire) - || Thousands marched on Sunday.");
    CHECK_STR_EQ(sentences("Tartu, Estonia, May 2 (ERR) -- Voters went to the polls.", NULL),
                 "Tartu, Estonia, May 2 (ERR) -- || Voters went to the polls.");
    CHECK_STR_EQ(sentences("Officials (Reuters) - said no.", NULL), "Officials (Reuters) - said no.");
    /* Not a dateline: an acronym with its expansion. */
    CHECK_STR_EQ(sentences("NATO (the alliance) - and its members - met.", NULL), "NATO (the alliance) - and its members - met.");
}

TEST(sentences_set_a_date_line_under_a_headline_apart)
{
    /* Headline and date share a paragraph: the date is a sentence. */
    CHECK_STR_EQ(sentences("Port workers end strike after pay deal Thursday, March 12, 2026 Dock workers returned on Friday.", NULL),
                 "Port workers end strike after pay deal || Thursday, March 12, 2026 || Dock workers returned on Friday.");
    CHECK_STR_EQ(sentences("Rail union leader: 'We will strike' Sunday, June 7, 2026 The union met at noon.", NULL),
                 "Rail union leader: 'We will strike' || Sunday, June 7, 2026 || The union met at noon.");
    /* A place line after the date. */
    CHECK_STR_EQ(sentences("Saturday, May 9, 2026 Tromso, Troms, Norway On Friday, fishermen protested.", NULL),
                 "Saturday, May 9, 2026 || Tromso, Troms, Norway || On Friday, fishermen protested.");
    CHECK_STR_EQ(sentences("Bergen, Vestland, Norway On Friday, fishermen protested.", NULL),
                 "Bergen, Vestland, Norway || On Friday, fishermen protested.");
    CHECK_STR_EQ(sentences("Bergen, Norway, Oslo and Tromso saw protests.", NULL),
                 "Bergen, Norway, Oslo and Tromso saw protests.");
    /* A headline in title case with a comma is no place line. */
    CHECK_STR_EQ(sentences("Veteran Singer, Ada Obi Is Looking Radiant In New Photos", NULL),
                 "Veteran Singer, Ada Obi Is Looking Radiant In New Photos");
    CHECK_STR_EQ(sentences("When The Ferry Runs On Time Every Morning, The Harbour Seems Calm", NULL),
                 "When The Ferry Runs On Time Every Morning, The Harbour Seems Calm");
    CHECK_STR_EQ(sentences("Flooding closes mountain pass Monday, 23 October 2023", NULL),
                 "Flooding closes mountain pass || Monday, 23 October 2023");
    /* Without the weekday, only when a capital follows the date. */
    CHECK_STR_EQ(sentences("Statement on the Harbor Safety Act MARCH 3, 2026 PRESS RELEASE The bill passed.", NULL),
                 "Statement on the Harbor Safety Act || MARCH 3, 2026 || PRESS RELEASE The bill passed.");
    CHECK_STR_EQ(sentences("The law was signed March 3, 2026 in Lagos. Since January 1, 2026 Lagos has grown.", NULL),
                 "The law was signed March 3, 2026 in Lagos. || Since January 1, 2026 Lagos has grown.");
    CHECK_STR_EQ(sentences("Ms. Ray, born Monday, May 5, 1980 in Ohio, spoke.", NULL),
                 "Ms. Ray, born Monday, May 5, 1980 in Ohio, spoke.");
    /* A date the sentence asks for stays in it. */
    CHECK_STR_EQ(sentences("The court will rule on Tuesday, May 5, 2026 in the capital.", NULL),
                 "The court will rule on Tuesday, May 5, 2026 in the capital.");
    CHECK_STR_EQ(sentences("Talks resumed, Tuesday, May 5, 2026 Officials said little.", NULL),
                 "Talks resumed, Tuesday, May 5, 2026 Officials said little.");
    /* A page's stamp keeps its date: "Published" asks for it. */
    CHECK_STR_EQ(sentences("Rail link approved\nPublished Thursday, April 16, 2026\nUpdated Friday, April 17, 2026 Rail fares rise.", NULL),
                 "Rail link approved || Published Thursday, April 16, 2026 || Updated Friday, April 17, 2026 || Rail fares rise.");
    CHECK_STR_EQ(sentences("The memo dated Monday, May 4, 2026 Officials said little.", NULL),
                 "The memo dated Monday, May 4, 2026 Officials said little.");
}

TEST(sentences_end_after_an_abbreviation_before_a_learned_opener)
{
    /* Openers learned from the treebanks (src/nlp/opener_table.c), not in
     * the hand list: "Unless", "Whether", "Therefore". */
    CHECK_STR_EQ(sentences("The deal still needs approval in the U.S. Unless Congress acts, it lapses.", NULL),
                 "The deal still needs approval in the U.S. || Unless Congress acts, it lapses.");
    CHECK_STR_EQ(sentences("Output fell at Delta Steel Inc. Therefore the plant will close.", NULL),
                 "Output fell at Delta Steel Inc. || Therefore the plant will close.");
    /* Institutions and names after "U.S." go on. */
    CHECK_STR_EQ(sentences("He briefed the U.S. Senate and the U.S. Army on Monday.", NULL),
                 "He briefed the U.S. Senate and the U.S. Army on Monday.");
    /* After an initial only the hand list counts: surnames are often
     * words ("Best", "Young"). */
    CHECK_STR_EQ(sentences("The letter was signed by Laura B. Kay and Omar T. Therefore.", NULL),
                 "The letter was signed by Laura B. Kay and Omar T. Therefore.");
}

TEST(sentences_end_after_etc_before_a_capital)
{
    CHECK_STR_EQ(sentences("Stalls sold rice, oil, sugar etc. Prices doubled in a week.", NULL),
                 "Stalls sold rice, oil, sugar etc. || Prices doubled in a week.");
    CHECK_STR_EQ(sentences("Stalls sold rice, oil etc. and little else.", NULL),
                 "Stalls sold rice, oil etc. and little else.");
}

TEST(sentences_end_after_a_clock_time_unless_the_time_goes_on)
{
    CHECK_STR_EQ(sentences("Polls closed at 8 p.m. Election officials began counting at once.", NULL),
                 "Polls closed at 8 p.m. || Election officials began counting at once.");
    CHECK_STR_EQ(sentences("The strike starts at 6 a.m. Monday and at 9 A.M. EDT in Boston, at 4 p.m. Moscow time.", NULL),
                 "The strike starts at 6 a.m. Monday and at 9 A.M. EDT in Boston, at 4 p.m. Moscow time.");
    CHECK_STR_EQ(sentences("Voting ends at 7 p.m. Nov. 3 in most states.", NULL),
                 "Voting ends at 7 p.m. Nov. 3 in most states.");
}

TEST(sentences_go_on_after_an_initial_in_brackets)
{
    /* An editor's insertion of a name inside a quote. */
    CHECK_STR_EQ(sentences("\"I backed [Harry S.] Truman in 1948,\" he said. Few did.", NULL),
                 "\"I backed [Harry S.] Truman in 1948,\" he said. || Few did.");
}

TEST(sentences_handle_lists_and_ellipses)
{
    CHECK_STR_EQ(sentences("1. Close the border. 2. Call the envoy home.", NULL),
                 "1. Close the border. || 2. Call the envoy home.");
    CHECK_STR_EQ(sentences("He paused... Then he left. She said it was ... fine.", NULL),
                 "He paused... || Then he left. || She said it was ... fine.");
    /* A quoted passage that resumes after a cut: the ellipsis opens it. */
    CHECK_STR_EQ(sentences("The drought has lasted since 2019. ...harvests fell by half. It ended. . . . Rain came.", NULL),
                 "The drought has lasted since 2019. || ...harvests fell by half. || It ended. . . . || Rain came.");
}

/* A numbered list written inline: each item is a sentence of its own
 * when it follows a colon or a word that owns its period; after a title,
 * a month or "No." the number belongs to the word. */
TEST(sentences_an_inline_list_item_opens_a_sentence)
{
    CHECK_STR_EQ(sentences("What to know: 1. Shelters are open on Main St. 2. Roads are closed. 3) Call ahead.", NULL),
                 "What to know: || 1. Shelters are open on Main St. || 2. Roads are closed. || 3) Call ahead.");
    CHECK_STR_EQ(sentences("The vote is on Jan. 5. The count follows at No. 10. Few expect change.", NULL),
                 "The vote is on Jan. 5. || The count follows at No. 10. || Few expect change.");
    CHECK_STR_EQ(sentences("The rate rose to 4.5. Prices fell: 2.5 percent in May.", NULL),
                 "The rate rose to 4.5. || Prices fell: 2.5 percent in May.");
}

/* A link pasted over a story, bare or in brackets, is a sentence of its
 * own when a capital or a bracket follows; inside a sentence it stays. */
TEST(sentences_a_link_opening_a_sentence_is_its_own)
{
    CHECK_STR_EQ(sentences("[http://example.org/story?id=7] (Harbour Times) The port reopened on Monday.", NULL),
                 "[http://example.org/story?id=7] || (Harbour Times) || The port reopened on Monday.");
    CHECK_STR_EQ(sentences("http://example.org/faq.html Above is the link. See www.example.org For details.", NULL),
                 "http://example.org/faq.html || Above is the link. || See www.example.org For details.");
    CHECK_STR_EQ(sentences("http://example.org/faq.html is down again.", NULL), "http://example.org/faq.html is down again.");
}

/* A drawn line that opens a sentence before a capital is a separator, a
 * sentence of its own; a short one ("---") between list items goes on. */
TEST(sentences_a_drawn_line_opening_a_sentence_is_its_own)
{
    CHECK_STR_EQ(sentences("Call me. ************ Jane Roe Harbour Office", NULL),
                 "Call me. || ************ || Jane Roe Harbour Office");
    CHECK_STR_EQ(sentences("_______________ This message is private.", NULL), "_______________ || This message is private.");
    CHECK_STR_EQ(sentences("Rail is funded. --- Roads are funded.", NULL), "Rail is funded. || --- Roads are funded.");
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

/* The CoNLL-U layout of `dyad parse --as conllu` (rendered through the
 * library so the test needs no model files). */
TEST(parse_writes_conllu_for_ud_tools)
{
    doc *d;
    sentences("Talks stall\nThe envoy didn't come. Officials said the U.S. \"regrets\" it.", &d);
    buf b = BUF_INIT;
    nlp_conllu_render(&b, &d->pub);
    const char *out = b.data;
    CHECK(strstr(out, "# newdoc id = ") == out);
    CHECK(strstr(out, "# newpar id = ") != NULL);
    CHECK(strstr(out, "# text = The envoy didn't come.\n") != NULL);
    CHECK(strstr(out, "\n3-4\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_\n3\tdid\t") != NULL);
    CHECK(strstr(out, "\n4\tn't\t") != NULL);
    /* The annotation columns depend on the trained models; SpaceAfter does not. */
    const char *rg = strstr(out, "\tregrets\t");
    CHECK(rg && strstr(rg, "\tSpaceAfter=No\n") && strchr(rg, '\n') == strstr(rg, "\tSpaceAfter=No\n") + 14);
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
    buf_free(&b);
    doc_free(d);
}

TEST(conllu_groups_clitics_but_not_quotes_or_units)
{
    doc *d;
    sentences("Im sure thats \u2018\u2019s fine at 10M.", &d);
    buf b = BUF_INIT;
    nlp_conllu_render(&b, &d->pub);
    CHECK(strstr(b.data, "\n1-2\tIm\t") != NULL);
    CHECK(strstr(b.data, "\tthats\t") != NULL);
    CHECK(strstr(b.data, "\t\u2018\u2019\t") == NULL);
    CHECK(strstr(b.data, "\t10M\t") == NULL);
    buf_free(&b);
    doc_free(d);
}

TEST(sentences_set_apart_the_dateline_the_extractor_found)
{
    /* "ANKARA - Turkish ...": no agency in brackets, so the splitter alone
     * cannot tell a dateline from a name; the extractor's dateline can. */
    const char *text = "ANKARA - Turkish officials offered to host talks. They set no date.";
    dyad_input in = dyad_input_from_memory(text, strlen(text), DYAD_FORMAT_TEXT);
    doc *d = doc_new(&in);
    doc_add_paragraph(d, DYAD_PARAGRAPH_BODY, text, strlen(text));
    d->pub.dateline.city = "ANKARA";
    d->pub.dateline.span = (dyad_span){0, 8};
    nlp_segment(d);
    doc_publish(d);
    CHECK_INT_EQ(d->pub.sentence_count, 3);
    CHECK_INT_EQ(d->pub.sentences[0].span.end, 8);
    CHECK_STR_EQ(d->pub.tokens[d->pub.sentences[1].first_token].form, "Turkish");
    doc_free(d);
    /* without a dateline the same text stays two sentences */
    CHECK_STR_EQ(sentences(text, NULL), "ANKARA - Turkish officials offered to host talks. || They set no date.");
}

TEST(sentences_picture_credit_after_a_caption_is_its_own)
{
    /* A caption without a period runs into its credit on one line. */
    CHECK_STR_EQ(sentences("Mayor Ana Lee at the opening of the Tama bridge in 2019 Image: City of Easton.", NULL),
                 "Mayor Ana Lee at the opening of the Tama bridge in 2019 || Image: City of Easton.");
    CHECK_STR_EQ(sentences("Dock workers leave the port (file photo) Photo: Ravi Menon", NULL),
                 "Dock workers leave the port (file photo) || Photo: Ravi Menon");
    /* Not a credit: the label opens the paragraph, or no name follows, or
     * the word is part of the sentence. */
    CHECK_STR_EQ(sentences("Source: the finance ministry", NULL), "Source: the finance ministry");
    CHECK_STR_EQ(sentences("He cited one reason for the delay, source: a leaked memo.", NULL),
                 "He cited one reason for the delay, source: a leaked memo.");
    CHECK_STR_EQ(sentences("The ministry gave its Source: code to auditors.", NULL),
                 "The ministry gave its Source: code to auditors.");
    /* a clause after the colon runs on: the label is a title's word */
    CHECK_STR_EQ(sentences("We met the Open Source: The Future of Software team in Riga on a cold and windy day.", NULL),
                 "We met the Open Source: The Future of Software team in Riga on a cold and windy day.");
}

TEST(sentences_a_postscript_label_opens_what_follows)
{
    CHECK_STR_EQ(sentences("Thanks again, Nina. PS. Love the new website!", NULL),
                 "Thanks again, Nina. || PS. Love the new website!");
    CHECK_STR_EQ(sentences("See you in May. P.S. I am moving back to Calgary.", NULL),
                 "See you in May. || P.S. I am moving back to Calgary.");
    /* "PS" as a word is not a label */
    CHECK_STR_EQ(sentences("He bought a new PS. The old one broke.", NULL), "He bought a new PS. || The old one broke.");
}

TEST(sentences_a_wire_dateline_inside_a_paragraph_is_its_own)
{
    /* Blogs paste wire copy after their own words. */
    CHECK_STR_EQ(sentences("Here is the story: TEHRAN (AFP) - An international contest opened. It ended. "
                           "BEIJING (Xinhua) -- China agreed.", NULL),
                 "Here is the story: || TEHRAN (AFP) - || An international contest opened. || It ended. || "
                 "BEIJING (Xinhua) -- || China agreed.");
    /* Not a dateline: inside a sentence, or a lowercase word after the dash. */
    CHECK_STR_EQ(sentences("The TEHRAN (AFP) office closed. He said: KYIV (AP) - no.", NULL),
                 "The TEHRAN (AFP) office closed. || He said: KYIV (AP) - no.");
}

TEST(sentences_a_source_in_brackets_after_a_story_is_its_own)
{
    CHECK_STR_EQ(sentences("Hamas rejected the offer. (Harbour Post) \"We are not happy,\" he said. [BBC] The talks ended.", NULL),
                 "Hamas rejected the offer. || (Harbour Post) || \"We are not happy,\" he said. || [BBC] || The talks ended.");
    /* list markers, remarks in lowercase and bracketed sentences stay as they were */
    CHECK_STR_EQ(sentences("(b) Is it right? (we live in Ohio) I am mad. (He left.) Then it rained.", NULL),
                 "(b) Is it right? || (we live in Ohio) I am mad. || (He left.) || Then it rained.");
}

/* Sentence ends that are not: a lost non-breaking space after a colon in a
 * signature ("Fax:? 555"), a name's exclamation mark ("Yahoo! and"), a
 * company form after another in capitals ("PVT. LTD."). */
TEST(sentences_do_not_end_at_marks_that_belong_to_words)
{
    CHECK_STR_EQ(sentences("Jane Roe Direct Dial:? 555.123.4567 Direct Fax:? 555.765.4321", NULL),
                 "Jane Roe Direct Dial:? 555.123.4567 Direct Fax:? 555.765.4321");
    CHECK_STR_EQ(sentences("Search is not as popular as Yahoo! and the others. We use Yahoo! Mail daily.", NULL),
                 "Search is not as popular as Yahoo! and the others. || We use Yahoo! Mail daily.");
    CHECK_STR_EQ(sentences("They bought pumps from RIVERSIDE PUMPS PVT. LTD. and paid late.", NULL),
                 "They bought pumps from RIVERSIDE PUMPS PVT. LTD. and paid late.");
    /* a real end still ends: "INC." before a word that opens sentences */
    CHECK_STR_EQ(sentences("We sold it to GLOBEX INC. The deal closed.", NULL),
                 "We sold it to GLOBEX INC. || The deal closed.");
}

/* Old mail turned a non-breaking space at a line's start into "?": after
 * a period, a lone spaced "?" before a capital is a sentence of its own
 * (as EWT writes it), not the end of a "?!" run. */
TEST(sentences_a_lost_space_after_a_period_stands_alone)
{
    CHECK_STR_EQ(sentences("The draft is attached. ? Call us with questions. ? Kind regards", NULL),
                 "The draft is attached. || ? || Call us with questions. || ? || Kind regards");
    CHECK_STR_EQ(sentences("He won. ?! Nobody believed it.", NULL), "He won. ?! || Nobody believed it.");
}

/* The header of a forwarded mail: after the time stamp (a date with
 * slashes, a clock time, AM or PM) the next field or the message starts,
 * whatever its case; a time in running text is left alone. */
TEST(sentences_end_after_a_mail_time_stamp)
{
    CHECK_STR_EQ(sentences("Jane Roe 03/02/2001 09:15 AM please send the file today.", NULL),
                 "Jane Roe 03/02/2001 09:15 AM || please send the file today.");
    CHECK_STR_EQ(sentences("Omar Diaz 11/30/99 04:05:33 PM Kim , the deal is off.", NULL),
                 "Omar Diaz 11/30/99 04:05:33 PM || Kim , the deal is off.");
    CHECK_STR_EQ(sentences("We met at 09:15 AM and left on 03/02/2001 at 10:00 PM, tired.", NULL),
                 "We met at 09:15 AM and left on 03/02/2001 at 10:00 PM, tired.");
}

/* A straight quote standing free after a final mark closes the quotation
 * that ends there; an opening quote leans on the word it opens. */
TEST(sentences_a_free_standing_quote_after_a_period_closes)
{
    CHECK_STR_EQ(sentences("He called it 'a new dawn for the party. ' And then he left.", NULL),
                 "He called it 'a new dawn for the party. ' || And then he left.");
    CHECK_STR_EQ(sentences("He left. 'We stay,' she said.", NULL), "He left. || 'We stay,' she said.");
}

/* A mail's note of an attached file ends the sentence it follows, and a
 * list of attached files after one, a file name or a bracket has one file
 * to a sentence; a dash before a file name after a word stays inside. */
TEST(sentences_end_after_attachment_notes_and_in_lists_of_files)
{
    CHECK_STR_EQ(sentences("Here is the budget << File: budget.xls >> Call me when you read it.", NULL),
                 "Here is the budget << File: budget.xls >> || Call me when you read it.");
    CHECK_STR_EQ(sentences("(See attached file: plan.doc) - costs.pdf - staff.xls Ann Lee", NULL),
                 "(See attached file: plan.doc) || - costs.pdf || - staff.xls Ann Lee");
    CHECK_STR_EQ(sentences("Open the Supply Agreement - 0412.doc before noon.", NULL),
                 "Open the Supply Agreement - 0412.doc before noon.");
    CHECK_STR_EQ(sentences("Prices rose << in March >> and fell - site.com said so.", NULL),
                 "Prices rose << in March >> and fell - site.com said so.");
}
