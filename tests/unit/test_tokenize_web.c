/* test_tokenize_web.c — the tokenizer on the writing of the web (mail,
 * forums, reviews), cut the way the English Web Treebank cuts it: closing
 * quotes after words, censored words, numbers glued to units and ranges,
 * abbreviations glued to the next word.  Each rule here was counted on EWT
 * train before it was kept (docs/NLP.md). */
#include <stdlib.h>

#include "nlp/segment.h"
#include "nlp/tokenize.h"
#include "test.h"
#include "tokens_joined.h"

/* Whether the written word a (no space) then b is one multiword token. */
static int one_written_word(const char *a, const char *b)
{
    dyad_token x = {0}, y = {0};
    x.form = a;
    x.span.start = 0;
    x.span.end = (uint32_t)strlen(a);
    y.form = b;
    y.span.start = x.span.end;
    y.span.end = y.span.start + (uint32_t)strlen(b);
    return nlp_same_written_word(&x, &y);
}

TEST(tokenize_web_closing_quote_is_no_clitic)
{
    /* "'Electric' blanket": the quote closes, the word stays one token. */
    CHECK(!one_written_word("Electric", "'"));
    CHECK(!one_written_word("friend", "\u2019"));
    /* the possessive of a plural, and of a name ending in s, x or z, is */
    CHECK(one_written_word("payers", "'"));
    CHECK(one_written_word("Essex", "'"));
    CHECK(one_written_word("did", "n't"));
    CHECK(one_written_word("Bush", "'s"));
    CHECK(one_written_word("mama", "`s"));
}

TEST(tokenize_web_mail_links_stay_whole)
{
    CHECK_STR_EQ(toks("write to <mailto:jo.ann@example.com>, please"),
                 "write|to|<|mailto:jo.ann@example.com|>|,|please");
    CHECK_STR_EQ(toks("mailto: me"), "mailto|:|me");
}

TEST(tokenize_web_apostrophes)
{
    /* feet and inches are cut, as EWT writes them */
    CHECK_STR_EQ(toks("she is 5'10 or 6'2\" tall"), "she|is|5|'|10|or|6|'|2|\"|tall");
    /* a year shortened with an apostrophe is one word */
    CHECK_STR_EQ(toks("in the '60s and \u201972, since Q1'02"), "in|the|'60s|and|\u201972|,|since|Q1|'02");
    CHECK_STR_EQ(toks("'tis '12345"), "'|tis|'|12345");
    /* an apostrophe typed as a backtick still marks a clitic */
    CHECK_STR_EQ(toks("my mama`s house"), "my|mama|`s|house");
    CHECK_STR_EQ(toks("I'ma go"), "I|'m|a|go");
    /* a dropped g keeps its apostrophe; a quoted word does not */
    CHECK_STR_EQ(toks("lovin' it, 'cookin'"), "lovin'|it|,|'|cookin|'");
    /* two single quotes for a double one */
    CHECK_STR_EQ(toks("\u2018\u2019Where now"), "\u2018\u2019|Where|now");
}

TEST(tokenize_web_numbers_units_and_ranges)
{
    /* a number glued to a word is cut; ordinals, decades and codes are not */
    CHECK_STR_EQ(toks("20minutes at 75watt, 2nd in the 1990s, 3D"), "20|minutes|at|75|watt|,|2nd|in|the|1990s|,|3D");
    /* a range with units: cut at the hyphen and at each unit */
    CHECK_STR_EQ(toks("open 9am-12pm, 2-30days, 75-80k, 4gamer"), "open|9|am|-|12|pm|,|2|-|30|days|,|75|-|80|k|,|4gamer");
    /* codes stay whole */
    CHECK_STR_EQ(toks("x3-9890 or MP3-player"), "x3-9890|or|MP3-player");
    /* a telephone number with its area code before a slash */
    CHECK_STR_EQ(toks("call 713/853-5984 now"), "call|713/853-5984|now");
    /* fractions of one digit are cut; dates are not */
    CHECK_STR_EQ(toks("1/2 cup on 9/11 or 3/4/2005"), "1|/|2|cup|on|9/11|or|3/4/2005");
}

TEST(tokenize_web_censored_words_and_glued_abbreviations)
{
    CHECK_STR_EQ(toks("what the f*ck, unde$tood? Thi$ me$$age"), "what|the|f*ck|,|unde$tood|?|Thi$|me$$age");
    CHECK_STR_EQ(toks("US$ 5 and *bold* or 5*3"), "US|$|5|and|*|bold|*|or|5|*|3");
    /* an abbreviation or an initial glued to the next word */
    CHECK_STR_EQ(toks("Dr.Smith of S.Korea, P.O.Box 5 on Nov.28"), "Dr.|Smith|of|S.|Korea|,|P.O.|Box|5|on|Nov.|28");
    /* but not names and addresses */
    CHECK_STR_EQ(toks("see U.S.A or example.Com and node.js"), "see|U.S.A|or|example.Com|and|node.js");
}

TEST(tokenize_web_your_for_you_are)
{
    CHECK_STR_EQ(toks("your in luck and ur looking good"), "you|r|in|luck|and|u|r|looking|good");
    CHECK_STR_EQ(toks("your morning and your spelling"), "your|morning|and|your|spelling");
    CHECK(one_written_word("you", "r"));
}

TEST(tokenize_web_file_names_and_emoticons)
{
    CHECK_STR_EQ(toks("see memo .doc and 02-05-02.doc, not 15-year"), "see|memo|.doc|and|02-05-02.doc|,|not|15|-|year");
    CHECK_STR_EQ(toks("great:-) (: >:( ;P"), "great|:-)|(:|>:(|;P");
    CHECK_STR_EQ(toks("note:(a)"), "note|:|(|a|)");
}

TEST(tokenize_web_contractions_without_apostrophe)
{
    CHECK_STR_EQ(toks("theyre sure youll see, shes gone and itll rain; we shouldve known"),
                 "they|re|sure|you|ll|see|,|she|s|gone|and|it|ll|rain|;|we|should|ve|known");
    CHECK_STR_EQ(toks("I feel ill, my id card, the couple wed"), "I|feel|ill|,|my|id|card|,|the|couple|wed");
    CHECK(one_written_word("they", "ll"));
    CHECK(one_written_word("you", "d"));
}

TEST(tokenize_web_elisions)
{
    CHECK_STR_EQ(toks("get 'em 'cause rock 'n roll, Jones 's"), "get|'em|'cause|rock|'n|roll|,|Jones|'s");
    /* quotes still open and close */
    CHECK_STR_EQ(toks("'em' and 'n' and 'Tories'"), "'|em|'|and|'|n|'|and|'|Tories|'");
}

TEST(tokenize_web_emoticon_after_a_word_and_networks)
{
    CHECK_STR_EQ(toks("love my family:) and 4G, 3G phones"), "love|my|family|:)|and|4G|,|3G|phones");
    CHECK_STR_EQ(toks("at 10:30, ratio 3:2"), "at|10:30|,|ratio|3:2");
}

TEST(tokenize_web_address_openings)
{
    /* one definition for the tokenizer, the sentence rules and the learned boundaries */
    CHECK(nlp_web_address_opening("HTTPS://example.org/a", 21) == 8);
    CHECK(nlp_web_address_opening("www.example.org", 15) == 4);
    CHECK(nlp_web_address_opening("mailto:desk@example.org", 23) == 7);
    CHECK(nlp_web_address_opening("mailto:", 7) == 0);
    CHECK(nlp_web_address_opening("httpd", 5) == 0);
    CHECK(nlp_web_address_opening("www", 3) == 0);
    CHECK_STR_EQ(toks("see ftp://files.example.org/x.zip."), "see|ftp://files.example.org/x.zip|.");
}
