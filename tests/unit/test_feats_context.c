/* test_feats_context.c — features the parse decides: agreement with the
 * subject, imperatives, gerunds, passives, pronoun case, relative
 * pronouns; hand-made parses, no model. */
#include <stdlib.h>
#include <string.h>

#include "nlp/feats_context.h"
#include "test.h"

/* One word: form, UPOS, XPOS, lemma, lexicon features, relation, head
 * (index in the sentence, -1 for the root). */
typedef struct word { const char *form, *upos, *xpos, *lemma, *feats, *rel; int head; } word;

/* The features of word `which` after feats_in_context, the sentence
 * placed at document index 5 so heads are offset as in a document. */
static const char *feats_after(const word *w, size_t n, size_t which)
{
    static char out[256];
    doc *d = doc_new(NULL);
    dyad_token *tok = calloc(n, sizeof *tok);
    uint32_t *scratch = malloc(3 * n * sizeof *scratch);
    for (size_t i = 0; i < n; i++) {
        tok[i].form = w[i].form;
        tok[i].upos = w[i].upos;
        tok[i].xpos = w[i].xpos;
        tok[i].lemma = w[i].lemma;
        tok[i].feats = w[i].feats;
        tok[i].deprel = w[i].rel;
        tok[i].head = w[i].head < 0 ? -1 : 5 + w[i].head;
    }
    feats_in_context(d, tok, n, 5, scratch);
    snprintf(out, sizeof out, "%s", tok[which].feats);
    free(scratch);
    free(tok);
    doc_free(d);
    return out;
}

#define PAST3 "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"
#define PRES1 "Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"
#define N(x) (sizeof(x) / sizeof *(x))

TEST(feats_context_finite_verbs_agree_with_their_subject)
{
    word we[] = {{"We", "PRON", "PRP", "we", "Case=Nom|Number=Plur|Person=1|PronType=Prs", "nsubj", 1},
                 {"signed", "VERB", "VBD", "sign", PAST3, "root", -1},
                 {"it", "PRON", "PRP", "it", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs", "obj", 1}};
    CHECK_STR_EQ(feats_after(we, N(we), 1), "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin");
    /* the object "it" is accusative whatever the lexicon said */
    CHECK_STR_EQ(feats_after(we, N(we), 2), "Case=Acc|Gender=Neut|Number=Sing|Person=3|PronType=Prs");
    word talks[] = {{"talks", "NOUN", "NNS", "talk", "Number=Plur", "nsubj", 2},
                    {"have", "AUX", "VBP", "have", PRES1, "aux", 2},
                    {"stalled", "VERB", "VBN", "stall", "Tense=Past|VerbForm=Part|Voice=Pass", "root", -1}};
    /* an auxiliary agrees with its head's subject; a perfect is not passive */
    CHECK_STR_EQ(feats_after(talks, N(talks), 1), "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin");
    CHECK_STR_EQ(feats_after(talks, N(talks), 2), "Tense=Past|VerbForm=Part");
    /* "I was": EWT keeps the third person of "was" */
    word was[] = {{"I", "PRON", "PRP", "I", "Case=Nom|Number=Sing|Person=1|PronType=Prs", "nsubj", 2},
                  {"was", "AUX", "VBD", "be", PAST3, "cop", 2},
                  {"sure", "ADJ", "JJ", "sure", "Degree=Pos", "root", -1}};
    CHECK_STR_EQ(feats_after(was, N(was), 1), PAST3);
    /* a conjunct shares the subject of the verb it is joined to */
    word conj[] = {{"We", "PRON", "PRP", "we", "Case=Nom|Number=Plur|Person=1|PronType=Prs", "nsubj", 1},
                   {"arrived", "VERB", "VBD", "arrive", PAST3, "root", -1},
                   {"and", "CCONJ", "CC", "and", "_", "cc", 3},
                   {"said", "VERB", "VBD", "say", PAST3, "conj", 1}};
    CHECK_STR_EQ(feats_after(conj, N(conj), 3), "Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin");
    /* no subject: what the lexicon said */
    word none[] = {{"Went", "VERB", "VBD", "go", PAST3, "root", -1}, {"home", "ADV", "RB", "home", "_", "advmod", 0}};
    CHECK_STR_EQ(feats_after(none, N(none), 0), PAST3);
}

TEST(feats_context_imperatives_and_infinitives)
{
    word sign[] = {{"Sign", "VERB", "VB", "sign", "VerbForm=Inf", "root", -1},
                   {"and", "CCONJ", "CC", "and", "_", "cc", 2},
                   {"return", "VERB", "VB", "return", "VerbForm=Inf", "conj", 0},
                   {"it", "PRON", "PRP", "it", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs", "obj", 2}};
    CHECK_STR_EQ(feats_after(sign, N(sign), 0), "Mood=Imp|VerbForm=Fin");
    CHECK_STR_EQ(feats_after(sign, N(sign), 2), "Mood=Imp|VerbForm=Fin");
    word dont[] = {{"Do", "AUX", "VB", "do", "VerbForm=Inf", "aux", 2},
                   {"n't", "PART", "RB", "not", "_", "advmod", 2},
                   {"go", "VERB", "VB", "go", "VerbForm=Inf", "root", -1}};
    CHECK_STR_EQ(feats_after(dont, N(dont), 2), "Mood=Imp|VerbForm=Fin");
    CHECK_STR_EQ(feats_after(dont, N(dont), 0), "Mood=Imp|VerbForm=Fin");
    word want[] = {{"They", "PRON", "PRP", "they", "Case=Nom|Number=Plur|Person=3|PronType=Prs", "nsubj", 1},
                   {"want", "VERB", "VBP", "want", PRES1, "root", -1},
                   {"to", "PART", "TO", "to", "_", "mark", 3},
                   {"sign", "VERB", "VB", "sign", "Mood=Imp|VerbForm=Fin", "xcomp", 1}};
    CHECK_STR_EQ(feats_after(want, N(want), 3), "VerbForm=Inf");
    CHECK_STR_EQ(feats_after(want, N(want), 1), "Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin");
}

TEST(feats_context_gerunds_passives_and_relatives)
{
    word avoid[] = {{"Avoiding", "VERB", "VBG", "avoid", "Tense=Pres|VerbForm=Part", "csubj", 2},
                    {"talks", "NOUN", "NNS", "talk", "Number=Plur", "obj", 0},
                    {"helps", "VERB", "VBZ", "help", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "root", -1}};
    CHECK_STR_EQ(feats_after(avoid, N(avoid), 0), "VerbForm=Ger");
    word are[] = {{"they", "PRON", "PRP", "they", "Case=Nom|Number=Plur|Person=3|PronType=Prs", "nsubj", 2},
                  {"are", "AUX", "VBP", "be", PRES1, "aux", 2},
                  {"avoiding", "VERB", "VBG", "avoid", "VerbForm=Ger", "root", -1}};
    CHECK_STR_EQ(feats_after(are, N(are), 2), "Tense=Pres|VerbForm=Part");
    word deal[] = {{"the", "DET", "DT", "the", "Definite=Def|PronType=Art", "det", 2},
                   {"signed", "VERB", "VBN", "sign", "Tense=Past|VerbForm=Part", "amod", 2},
                   {"deal", "NOUN", "NN", "deal", "Number=Sing", "root", -1}};
    CHECK_STR_EQ(feats_after(deal, N(deal), 1), "Tense=Past|VerbForm=Part|Voice=Pass");
    word who[] = {{"officials", "NOUN", "NNS", "official", "Number=Plur", "root", -1},
                  {"who", "PRON", "WP", "who", "PronType=Int", "nsubj", 2},
                  {"spoke", "VERB", "VBD", "speak", PAST3, "acl:relcl", 0}};
    CHECK_STR_EQ(feats_after(who, N(who), 1), "PronType=Rel");
    /* the relative pronoun's verb takes the number of the noun it modifies */
    CHECK_STR_EQ(feats_after(who, N(who), 2), "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin");
    word ask[] = {{"Who", "PRON", "WP", "who", "PronType=Rel", "nsubj", 1},
                  {"spoke", "VERB", "VBD", "speak", PAST3, "root", -1}};
    CHECK_STR_EQ(feats_after(ask, N(ask), 0), "PronType=Int");
}

/* A sentence of 20,000 words (each a subject of the next, the last the
 * root) is rewritten in linear time and nothing reads outside it. */
TEST(feats_context_long_sentence)
{
    size_t n = 20000;
    word *w = calloc(n, sizeof *w);
    for (size_t i = 0; i < n; i++)
        w[i] = (word){"they", "PRON", "PRP", "they", "Case=Nom|Number=Plur|Person=3|PronType=Prs", "nsubj", (int)i + 1};
    w[n - 1] = (word){"went", "VERB", "VBD", "go", PAST3, "root", -1};
    w[n - 2].head = (int)n - 1;
    CHECK_STR_EQ(feats_after(w, n, n - 1), "Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin");
    free(w);
}

TEST(feats_context_ordinals)
{
    word w[] = {{"the", "DET", "DT", "the", "Definite=Def|PronType=Art", "det", 2},
                {"second", "ADJ", "JJ", "second", "Degree=Pos", "amod", 2},
                {"round", "NOUN", "NN", "round", "Number=Sing", "root", -1},
                {"23rd", "NOUN", "NN", "23rd", "Number=Sing", "nmod", 2},
                {"Fourteenth", "ADJ", "JJ", "fourteenth", "Degree=Pos", "amod", 2},
                {"3D", "ADJ", "JJ", "3d", "Degree=Pos", "amod", 2}};
    CHECK_STR_EQ(feats_after(w, N(w), 1), "Degree=Pos|NumForm=Word|NumType=Ord");
    CHECK_STR_EQ(feats_after(w, N(w), 3), "Number=Sing|NumForm=Combi|NumType=Ord");
    CHECK_STR_EQ(feats_after(w, N(w), 4), "Degree=Pos|NumForm=Word|NumType=Ord");
    CHECK_STR_EQ(feats_after(w, N(w), 5), "Degree=Pos");
    CHECK_STR_EQ(feats_after(w, N(w), 2), "Number=Sing");
}
