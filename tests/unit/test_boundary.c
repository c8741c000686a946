/* test_boundary.c — the learned sentence-boundary pass: a small model
 * trained here cuts a run-on paragraph the rules keep whole, the whole
 * chain uses boundary.bin when it is there and only then, and a damaged
 * boundary.bin is refused. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/document.h"
#include "nlp/boundary.h"
#include "nlp/boundary_train.h"
#include "nlp/nlp.h"
#include "nlp/segment.h"
#include "test.h"

/* Sentences of words; "|" marks a treebank boundary between two words. */
static void add_marked(boundary_set *set, const char *marked)
{
    wordfeat wf[64];
    int tags[64] = {0};
    uint8_t cut[64] = {0};
    size_t n = 0;
    const char *p = marked;
    while (*p && n < 64) {
        while (*p == ' ') p++;
        if (!*p) break;
        if (*p == '|') {
            if (n) cut[n - 1] = 1;
            p++;
            continue;
        }
        const char *e = p;
        while (*e && *e != ' ') e++;
        wordfeat_compute(&wf[n++], p, (size_t)(e - p));
        p = e;
    }
    boundary_set_add(set, wf, tags, n, cut);
}

/* A model that learned to cut before a capitalised "Thanks" / "Regards"
 * closing, as web mail writes it without a period. */
static void *small_model(size_t *size)
{
    static const char *const lines[] = {
        "please send the file by noon | Thanks Bob",
        "the meeting moved to room four | Thanks Ann",
        "call me when you land | Regards Tom",
        "i will bring the slides | Thanks Mary",
        "we need two more chairs | Regards Lee",
        "thanks to the rain the game was off",
        "he said thanks and left the room",
        "the report is late again | Thanks Sue",
        "our regards go to the whole team",
        "send regards to your mother",
        "let me know what you think | Thanks Jim",
        "the car is ready for pickup | Regards Ray",
    };
    boundary_set train = {0}, dev = {0};
    for (int rep = 0; rep < 3; rep++)
        for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) add_marked(&train, lines[i]);
    pc_model m;
    double thr;
    boundary_train(&train, &dev, 6, 7, 1, NULL, NULL, &m, &thr);
    model_writer w;
    model_writer_init(&w, "boundary");
    boundary_write(&m, thr, &w);
    void *bytes = model_writer_bytes(&w, size);
    model_writer_free(&w);
    pc_model_free(&m);
    boundary_set_free(&train);
    return bytes;
}

static size_t cuts_of(const boundary_model *b, const char *text, uint32_t *cuts)
{
    wordfeat wf[64];
    int tags[64] = {0};
    size_t n = 0;
    const char *p = text;
    while (*p && n < 64) {
        while (*p == ' ') p++;
        if (!*p) break;
        const char *e = p;
        while (*e && *e != ' ') e++;
        wordfeat_compute(&wf[n++], p, (size_t)(e - p));
        p = e;
    }
    int32_t scores[8];
    return boundary_run(b, wf, tags, n, cuts, scores);
}

/* The small model, opened and loaded; NULL (with bytes freed) on failure. */
static model_file *open_small(boundary_model *b, void **bytes)
{
    size_t size;
    *bytes = small_model(&size);
    char err[256];
    model_file *f = model_file_open_memory(*bytes, size, "boundary", err, sizeof err);
    CHECK(f != NULL);
    if (!f) {
        free(*bytes);
        return NULL;
    }
    CHECK(boundary_load(b, f, NULL, err, sizeof err) == 0);
    return f;
}

TEST(boundary_model_cuts_a_run_on_closing_and_leaves_ordinary_uses_whole)
{
    void *bytes;
    boundary_model b;
    model_file *f = open_small(&b, &bytes);
    if (!f) return;
    uint32_t cuts[64];
    /* Unseen sentence, seen closing: one cut, before "Thanks". */
    size_t nc = cuts_of(&b, "the new printer works fine Thanks Kim", cuts);
    CHECK_INT_EQ(nc, 1);
    if (nc == 1) CHECK_INT_EQ(cuts[0], 5);
    /* "thanks" inside a sentence is no closing. */
    CHECK_INT_EQ(cuts_of(&b, "thanks to the team we won the cup", cuts), 0);
    /* A threshold far above every margin turns the pass off. */
    boundary_model off;
    double high = 1e3;
    char err[256];
    CHECK(boundary_load(&off, f, &high, err, sizeof err) == 0);
    CHECK_INT_EQ(cuts_of(&off, "the new printer works fine Thanks Kim", cuts), 0);
    /* One token, or none: nothing to cut. */
    CHECK_INT_EQ(cuts_of(&b, "Thanks", cuts), 0);
    CHECK_INT_EQ(cuts_of(&b, "", cuts), 0);
    boundary_free(&off);
    boundary_free(&b);
    model_file_close(f);
    free(bytes);
}

TEST(boundary_model_damaged_or_foreign_is_refused)
{
    size_t size;
    unsigned char *bytes = small_model(&size);
    char err[256];
    boundary_model b;
    /* Truncated, and one flipped byte: the file layer refuses. */
    CHECK(model_file_open_memory(bytes, size - 16, "boundary", err, sizeof err) == NULL);
    model_file *f = model_file_open_memory(bytes, size, "boundary", err, sizeof err);
    size_t wsize = 0;
    const unsigned char *wts = f ? model_file_section(f, "bnd.rows", &wsize) : NULL;
    CHECK(wts != NULL && wsize > 0);
    size_t at = wts ? (size_t)(wts - bytes) : 0;
    model_file_close(f);
    bytes[at] ^= 0x40;
    CHECK(model_file_open_memory(bytes, size, "boundary", err, sizeof err) == NULL);
    bytes[at] ^= 0x40;
    /* A bad threshold is refused by the loader. */
    f = model_file_open_memory(bytes, size, "boundary", err, sizeof err);
    CHECK(f != NULL);
    double nan_thr = strtod("nan", NULL);
    CHECK(f && boundary_load(&b, f, &nan_thr, err, sizeof err) != 0 && strstr(err, "threshold") != NULL);
    model_file_close(f);
    /* A file of the right kind without the boundary sections. */
    model_writer w;
    model_writer_init(&w, "boundary");
    uint32_t x = 1;
    model_writer_add(&w, "other", &x, sizeof x);
    size_t esize;
    void *empty = model_writer_bytes(&w, &esize);
    f = model_file_open_memory(empty, esize, "boundary", err, sizeof err);
    CHECK(f != NULL);
    CHECK(f && boundary_load(&b, f, NULL, err, sizeof err) != 0);
    model_file_close(f);
    free(empty);
    model_writer_free(&w);
    free(bytes);
}

/* A model directory of the shipped tagger, parser and recogniser (copied)
 * and, when bnd is given, boundary.bin with those bytes. */
static int make_dir(char *dir, const void *bnd, size_t bnd_size)
{
    if (!mkdtemp(dir)) return -1;
    const char *names[] = {"tagger.bin", "parser.bin", "ner.bin"};
    for (int i = 0; i < 3; i++) {
        char src[4096], dst[4200];
        snprintf(src, sizeof src, "%s/models/%s", test_root(), names[i]);
        snprintf(dst, sizeof dst, "%s/%s", dir, names[i]);
        if (symlink(src, dst) != 0) return -1;
    }
    if (bnd) {
        char dst[4200];
        snprintf(dst, sizeof dst, "%s/boundary.bin", dir);
        FILE *f = fopen(dst, "wb");
        if (!f) return -1;
        fwrite(bnd, 1, bnd_size, f);
        fclose(f);
    }
    return 0;
}

static void remove_dir(const char *dir)
{
    const char *names[] = {"tagger.bin", "parser.bin", "ner.bin", "boundary.bin"};
    for (int i = 0; i < 4; i++) {
        char p[4200];
        snprintf(p, sizeof p, "%s/%s", dir, names[i]);
        unlink(p);
    }
    rmdir(dir);
}

static size_t sentences_of(const nlp_models *m, const char *text, doc **out)
{
    doc *d = doc_new(NULL);
    doc_add_paragraph(d, DYAD_PARAGRAPH_BODY, text, strlen(text));
    nlp_analyse(d, m, 0);
    *out = d;
    return d->sentences.count;
}

TEST(boundary_pass_splits_sentences_in_the_whole_chain_only_with_its_model)
{
    size_t size;
    void *bytes = small_model(&size);
    char with[] = "/tmp/dyad-bnd-XXXXXX", without[] = "/tmp/dyad-bnd-XXXXXX", err[512];
    CHECK(make_dir(with, bytes, size) == 0);
    CHECK(make_dir(without, NULL, 0) == 0);
    const char *text = "I attached the new price list for the spring season Thanks Kim";
    nlp_models *m = nlp_models_open(without, err, sizeof err);
    CHECK(m != NULL);
    doc *d;
    if (m) {
        CHECK_INT_EQ(sentences_of(m, text, &d), 1); /* the rules keep it whole */
        doc_free(d);
        nlp_models_close(m);
    }
    m = nlp_models_open(with, err, sizeof err);
    CHECK(m != NULL);
    if (m) {
        CHECK_INT_EQ(sentences_of(m, text, &d), 2);
        if (d->sentences.count == 2) {
            const dyad_sentence *s = d->sentences.items;
            CHECK_INT_EQ(s[1].first_token, s[0].first_token + s[0].token_count);
            CHECK_INT_EQ(s[0].span.end, strstr(text, " Thanks") - text);
            CHECK_INT_EQ(s[1].span.start, strstr(text, "Thanks") - text);
            CHECK_INT_EQ(s[1].span.end, strlen(text));
            /* Every token points at its own sentence, and the root of
             * each piece is inside it. */
            for (size_t i = 0; i < d->tokens.count; i++) {
                const dyad_token *t = &d->tokens.items[i];
                uint32_t si = i < s[1].first_token ? 0 : 1;
                CHECK_INT_EQ(t->sentence, si);
                if (t->head >= 0)
                    CHECK(t->head >= (int32_t)s[si].first_token &&
                          t->head < (int32_t)(s[si].first_token + s[si].token_count));
            }
        }
        doc_free(d);
        nlp_models_close(m);
    }
    /* The same cut after a title the rules kept whole ("Sen. Thanks", a
     * surname) is not made: the rules saw an abbreviation, and the
     * treebanks never end a sentence after one they leave whole. */
    m = nlp_models_open(with, err, sizeof err);
    if (m) {
        const char *kept[] = {"I attached the new price list for Sen. Thanks Kim", "the price list went to Capt. Thanks Kim"};
        for (size_t k = 0; k < 2; k++) {
            sentences_of(m, kept[k], &d);
            const char *abbr = strstr(kept[k], ". Thanks") - 4;
            for (size_t i = 0; i + 1 < d->tokens.count; i++)
                if (d->tokens.items[i].span.start == (uint32_t)(abbr - kept[k]) + (abbr[0] == ' '))
                    CHECK_INT_EQ(d->tokens.items[i + 1].sentence, d->tokens.items[i].sentence);
            doc_free(d);
        }
        /* Nor after the colon of a headline: "Mayor: Thanks ..." is one
         * title, while in a plain line the same cut is made. */
        CHECK_INT_EQ(sentences_of(m, "Retiring Harbour Mayor: Thanks Everyone For Twenty Wonderful Years", &d), 1);
        doc_free(d);
        CHECK(sentences_of(m, "the new price list is here: Thanks Kim", &d) > 1);
        doc_free(d);
        /* and the model does cut before "Thanks" after a plain word */
        CHECK(sentences_of(m, "I attached the new price list for Ms Thanks Kim", &d) > 1);
        doc_free(d);
        nlp_models_close(m);
    }
    CHECK(!boundary_may_cut_after("Sen.", 4) && !boundary_may_cut_after("U.S.", 4) && !boundary_may_cut_after("J.", 2));
    CHECK(boundary_may_cut_after("season", 6) && boundary_may_cut_after(".", 1) && boundary_may_cut_after("...", 3));
    remove_dir(with);
    remove_dir(without);
    /* A truncated boundary.bin stops the models from loading, by name. */
    char bad[] = "/tmp/dyad-bnd-XXXXXX";
    CHECK(make_dir(bad, bytes, size / 2) == 0);
    m = nlp_models_open(bad, err, sizeof err);
    CHECK(m == NULL && strstr(err, "boundary.bin") != NULL);
    nlp_models_close(m);
    remove_dir(bad);
    free(bytes);
}

#define CHECK_NEAR(got, want) CHECK((got) > (want) - 0.006 && (got) < (want) + 0.006)

/* The threshold is chosen by whole sentences: checked by hand on two rule
 * sentences, "Aa Bb | Cc Dd Ee" (one treebank boundary inside) and "Ff Gg
 * Hh Ii" (none), three treebank sentences in all. */
TEST(boundary_sentence_f1_counts_whole_sentences)
{
    boundary_set dev = {0};
    add_marked(&dev, "Aa Bb | Cc Dd Ee");
    boundary_set_ends(&dev, true, true);
    add_marked(&dev, "Ff Gg Hh Ii");
    boundary_set_ends(&dev, true, true);
    dev.gold_sentences = 3;
    CHECK_INT_EQ(dev.count, 7);
    /* margins of the 4 + 3 gaps: the true cut at 10, a false one at 5 */
    int32_t mg[7] = {-3, 10, -8, -9, 5, -7, -6};
    CHECK_NEAR(boundary_sentence_f1(&dev, mg, 20), 40.0);   /* no cut: only "Ff Gg Hh Ii" right */
    CHECK_NEAR(boundary_sentence_f1(&dev, mg, 7), 100.0);   /* the true cut alone */
    CHECK_NEAR(boundary_sentence_f1(&dev, mg, 0), 57.14);   /* and the false one: 2 right of 4 */
    /* a rule sentence that starts where the treebank has no boundary is never right */
    boundary_set_ends(&dev, false, true);
    CHECK_NEAR(boundary_sentence_f1(&dev, mg, 7), 66.67);
    boundary_set_free(&dev);
}

/* Segmented paragraphs (one per line) of a new document. */
static doc *segmented(const char *lines)
{
    doc *d = doc_new(NULL);
    for (const char *p = lines; *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        doc_add_paragraph(d, DYAD_PARAGRAPH_BODY, p, n);
        p += n + (nl != NULL);
    }
    nlp_segment(d);
    return d;
}

/* Whether token tok of d is written `want`. */
static bool form_is(const doc *d, const dyad_token *tok, const char *want)
{
    size_t len;
    const char *f = doc_token_form(d, tok, &len);
    return len == strlen(want) && memcmp(f, want, len) == 0;
}

/* In edited prose (ten or more rule sentences, nine in ten closed by a
 * mark, a headline and date line on top not counted) the pass needs a
 * larger margin to cut; in web text and in short documents it keeps its
 * own threshold. */
TEST(boundary_threshold_rises_in_edited_prose)
{
    void *bytes;
    boundary_model b;
    model_file *f = open_small(&b, &bytes);
    if (!f) return;
    int32_t raise = (int32_t)lround(BOUNDARY_EDITED_RAISE * b.pc.scale);
    doc *news = segmented("Dock workers ended their strike on Monday. The port reopened.\n"
                          "Ships waited for days. \"We lost a week,\" one captain said.\n"
                          "The union won a raise of 4%. Talks took two months.\n"
                          "Exports fell in March. They rose again in April.\n"
                          "The minister praised the deal (which ends the dispute). Critics were silent!\n"
                          "Port Strike Ends");
    CHECK_INT_EQ(boundary_for_document(&b, news).threshold, b.threshold + raise);
    CHECK(boundary_for_document(&b, news).edited);
    doc *mail = segmented("hi all\nthe file is attached\nsee you at noon\nThanks Bob\ncall me later\nRegards Ann\n"
                          "room four is free\nthe printer works\nlunch at one\nok\nThanks.");
    CHECK_INT_EQ(boundary_for_document(&b, mail).threshold, b.threshold);
    CHECK(!boundary_for_document(&b, mail).edited);
    /* A headline and a date line over nine closed sentences: still news. */
    doc *story = segmented("Port Strike Ends\nMonday, March 2, 2026\n"
                           "Dock workers ended their strike. The port reopened. Ships came back.\n"
                           "The union won a raise. Talks took two months. Exports rose.\n"
                           "The minister praised the deal. Critics were silent. Work starts today.\n"
                           "Photo: Port of Easton");
    CHECK(boundary_for_document(&b, story).edited);
    /* The same lines further down are counted: a list of web lines. */
    doc *list = segmented("Dock workers ended their strike. The port reopened. Ships came back.\n"
                          "Port Strike Ends\nMonday, March 2, 2026\n"
                          "The union won a raise. Talks took two months. Exports rose.\n"
                          "The minister praised the deal. Critics were silent. Work starts today.\n"
                          "Photo: Port of Easton");
    CHECK(!boundary_for_document(&b, list).edited);
    doc_free(story);
    doc_free(list);
    doc *brief = segmented("The port reopened. Ships came back. Workers cheered.");
    CHECK_INT_EQ(boundary_for_document(&b, brief).threshold, b.threshold);
    doc_free(news);
    doc_free(mail);
    doc_free(brief);
    boundary_free(&b);
    model_file_close(f);
    free(bytes);
}

/* The cuts the pass may not make, given by hand on one rule sentence:
 * after a colon a lowercase word goes on ("Groups: rec.pets.birds"),
 * while a web address or a capital after it may start anew. */
TEST(boundary_keep_cuts_no_cut_after_a_colon_before_a_lowercase_word)
{
    const char *text = "Posted to Groups: rec.pets.birds see this: http://example.org/a Then ask: Thanks";
    doc *d = segmented(text);
    CHECK_INT_EQ(d->sentences.count, 1);
    const dyad_token *tok = d->tokens.items;
    size_t n = d->tokens.count;
    uint32_t cuts[16];
    size_t nc = 0;
    /* a cut after every colon */
    for (size_t i = 0; i + 1 < n && nc < 16; i++) {
        size_t len;
        const char *f = doc_token_form(d, &tok[i], &len);
        if (len == 1 && f[0] == ':') cuts[nc++] = (uint32_t)(i + 1);
    }
    CHECK_INT_EQ(nc, 3);
    size_t kept = boundary_keep_cuts(d, tok, n, cuts, nc, 0);
    CHECK_INT_EQ(kept, 2);
    if (kept == 2) {
        CHECK(form_is(d, &tok[cuts[0]], "http://example.org/a"));
        CHECK(form_is(d, &tok[cuts[1]], "Thanks"));
    }
    doc_free(d);
    /* and never before a mark that cannot open a sentence */
    text = "Jane Roe Direct Fax:? 555.123 Cell , 555.321 Home";
    d = segmented(text);
    tok = d->tokens.items;
    n = d->tokens.count;
    nc = 0;
    for (size_t i = 1; i < n && nc < 16; i++) cuts[nc++] = (uint32_t)i; /* a cut at every gap */
    kept = boundary_keep_cuts(d, tok, n, cuts, nc, 0);
    CHECK_INT_EQ(kept, n - 3); /* not before ":?" nor "," */
    for (size_t k = 0; k < kept; k++) {
        size_t len;
        const char *f = doc_token_form(d, &tok[cuts[k]], &len);
        CHECK(f[0] != ':' && f[0] != ',');
    }
    doc_free(d);
}

/* In edited prose the pass does not cut after a closing bracket, a number
 * or a lowercase word ("(in orange and blue) | Let them", "some 100,000 |
 * People", "came | Thanks"), where it cut news held out from its
 * training; after a name, a mark or an address it may ("Thanks | Ben |
 * Please", "; | And", "ann@example.org | Call").  In web text all stay. */
TEST(boundary_keep_cuts_in_edited_prose_not_after_brackets_numbers_or_lowercase_words)
{
    const char *text = "The crowd sang (in orange and blue) Let them hear you; And some 100,000 People came "
                       "Thanks Ben Please see ann@example.org Call";
    doc *d = segmented(text);
    CHECK_INT_EQ(d->sentences.count, 1);
    const dyad_token *tok = d->tokens.items;
    size_t n = d->tokens.count;
    uint32_t all[32], cuts[32];
    size_t nc = 0;
    /* a cut before every capitalised word but the first: Let And People Thanks Ben Please Call */
    for (size_t i = 1; i < n && nc < 32; i++) {
        size_t len;
        const char *f = doc_token_form(d, &tok[i], &len);
        if (f[0] >= 'A' && f[0] <= 'Z') all[nc++] = (uint32_t)i;
    }
    CHECK_INT_EQ(nc, 7);
    memcpy(cuts, all, sizeof all);
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, n, cuts, nc, 0), 7);
    memcpy(cuts, all, sizeof all);
    size_t kept = boundary_keep_cuts(d, tok, n, cuts, nc, 1);
    CHECK_INT_EQ(kept, 4);
    const char *want[] = {"And", "Ben", "Please", "Call"};
    for (size_t k = 0; k < kept && k < 4; k++) CHECK(form_is(d, &tok[cuts[k]], want[k]));
    doc_free(d);
}

/* In edited prose a cut after a comma closes only a short stretch with
 * no other comma: a mail's closing ("Sincerely, | Ben Rogers") may be cut
 * off, a list of capitalised names ("Britain, | Canada, | Japan") or a
 * place ("Hot Springs, Arkansas, | The Midwest") may not.  In web text
 * the pass decides alone. */
TEST(boundary_keep_cuts_in_edited_prose_no_cut_after_a_comma_in_a_list)
{
    const char *text = "Ministers from Britain, Canada, Japan and Norway met at Hot Springs, Arkansas, The Midwest";
    doc *d = segmented(text);
    CHECK_INT_EQ(d->sentences.count, 1);
    const dyad_token *tok = d->tokens.items;
    size_t n = d->tokens.count;
    uint32_t all[16], cuts[16];
    size_t nc = 0;
    for (size_t i = 0; i + 1 < n && nc < 16; i++) { /* a cut after every comma */
        size_t len;
        const char *f = doc_token_form(d, &tok[i], &len);
        if (len == 1 && f[0] == ',') all[nc++] = (uint32_t)(i + 1);
    }
    CHECK_INT_EQ(nc, 4);
    memcpy(cuts, all, sizeof all);
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, n, cuts, nc, 0), 4);
    memcpy(cuts, all, sizeof all);
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, n, cuts, nc, 1), 0);
    doc_free(d);
    /* a closing after a cut the pass made before it: "Thanks Ben | Sincerely, | Ben Rogers" */
    d = segmented("Thanks Ben Sincerely, Ben Rogers");
    tok = d->tokens.items;
    n = d->tokens.count;
    cuts[0] = 2; /* before "Sincerely" */
    cuts[1] = 4; /* after the comma */
    CHECK(form_is(d, &tok[2], "Sincerely") && form_is(d, &tok[4], "Ben"));
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, n, cuts, 2, 1), 2);
    cuts[0] = 4; /* the comma's stretch then starts at "Thanks": still short */
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, n, cuts, 1, 1), 1);
    doc_free(d);
    /* a long stretch before the comma is no closing */
    d = segmented("The council met with farmers from the northern valleys, Ben Rogers said");
    tok = d->tokens.items;
    n = d->tokens.count;
    cuts[0] = 10;
    CHECK(form_is(d, &tok[10], "Ben"));
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, n, cuts, 1, 1), 0);
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, n, cuts, 1, 0), 1);
    doc_free(d);
}

/* Nor inside a bracket that closes in the same sentence ("(including
 * the seller | ALTERNATIVE CURES)"), in any text; after the bracket has
 * closed, or in one left open, the pass decides. */
TEST(boundary_keep_cuts_no_cut_inside_brackets)
{
    const char *text = "I wrote three books (including the seller ALTERNATIVE CURES) Then I moved (to Ohio Call me";
    doc *d = segmented(text);
    CHECK_INT_EQ(d->sentences.count, 1);
    const dyad_token *tok = d->tokens.items;
    size_t n = d->tokens.count;
    uint32_t cuts[3];
    size_t at[3] = {0, 0, 0}, m = 0;
    for (size_t i = 1; i < n && m < 3; i++)
        if (form_is(d, &tok[i], "ALTERNATIVE") || form_is(d, &tok[i], "Then") || form_is(d, &tok[i], "Call")) at[m++] = i;
    CHECK_INT_EQ(m, 3);
    for (size_t k = 0; k < 3; k++) cuts[k] = (uint32_t)at[k];
    size_t kept = boundary_keep_cuts(d, tok, n, cuts, 3, 0);
    CHECK_INT_EQ(kept, 2);
    CHECK(kept == 2 && form_is(d, &tok[cuts[0]], "Then") && form_is(d, &tok[cuts[1]], "Call"));
    doc_free(d);
}

/* Nor before a mail's note of an attached file: the note belongs to the
 * words before it (the rules end the sentence after it). */
TEST(boundary_keep_cuts_no_cut_before_an_attachment_note)
{
    const char *text = "Here is the memo << File: memo.doc >> Call me";
    doc *d = segmented(text);
    CHECK_INT_EQ(d->sentences.count, 2);
    const dyad_token *tok = d->tokens.items;
    uint32_t cuts[1] = {4}; /* before "<<" */
    CHECK(form_is(d, &tok[4], "<<"));
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, d->sentences.items[0].token_count, cuts, 1, 0), 0);
    cuts[0] = 3; /* before "memo": a cut the pass may make */
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, d->sentences.items[0].token_count, cuts, 1, 0), 1);
    doc_free(d);
}

/* The cuts of a sentence before the tokens written as the words in
 * `before` (NULL-terminated), in order; the number found. */
static size_t cuts_before(const doc *d, const dyad_token *tok, size_t n, const char *const *before, uint32_t *cuts)
{
    size_t m = 0;
    for (size_t i = 1; i < n; i++)
        for (const char *const *w = before; *w; w++)
            if (form_is(d, &tok[i], *w)) {
                cuts[m++] = (uint32_t)i;
                break;
            }
    return m;
}

/* No cut between two tokens that no white space parts, in any text: the
 * pass cut a connector's name at its hyphen and a short link at its
 * slash in news. */
TEST(boundary_keep_cuts_no_cut_inside_a_written_word)
{
    doc *d = segmented("The laptop has no port for HDMI-C cables Call us at noon");
    CHECK_INT_EQ(d->sentences.count, 1);
    const dyad_token *tok = d->tokens.items;
    size_t n = d->tokens.count;
    static const char *const before[] = {"C", "Call", NULL};
    uint32_t cuts[4];
    CHECK_INT_EQ(cuts_before(d, tok, n, before, cuts), 2);
    size_t kept = boundary_keep_cuts(d, tok, n, cuts, 2, 0);
    CHECK_INT_EQ(kept, 1);
    CHECK(kept == 1 && form_is(d, &tok[cuts[0]], "Call"));
    doc_free(d);
}

/* In edited prose no cut splits two capitalised words inside running
 * text ("through Riverside Radio | Extra", "its Orbit | Plus service"); a
 * word that opens sentences ("In") or a title may start one after a
 * name, a closing ("Thanks | Ben") and a heading glued to the text
 * ("Leo in 2025 - Growth | Pursuing") may end one.  In web text the pass
 * decides. */
TEST(boundary_keep_cuts_in_edited_prose_no_cut_inside_a_name)
{
    doc *d = segmented("Viewers can stream other services through Riverside Radio Extra and buy shows from the "
                       "store via its Orbit Plus service beside Harbour Security In early June it grew");
    CHECK_INT_EQ(d->sentences.count, 1);
    const dyad_token *tok = d->tokens.items;
    size_t n = d->tokens.count;
    static const char *const before[] = {"Extra", "Plus", "In", NULL};
    uint32_t all[4], cuts[4];
    CHECK_INT_EQ(cuts_before(d, tok, n, before, all), 3);
    memcpy(cuts, all, sizeof all);
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, n, cuts, 3, 0), 3);
    memcpy(cuts, all, sizeof all);
    size_t kept = boundary_keep_cuts(d, tok, n, cuts, 3, 1);
    CHECK_INT_EQ(kept, 1);
    CHECK(kept == 1 && form_is(d, &tok[cuts[0]], "In"));
    doc_free(d);

    d = segmented("Please review the attached figures before the weekly meeting Thanks Ben");
    tok = d->tokens.items;
    n = d->tokens.count;
    static const char *const thanks[] = {"Ben", NULL};
    CHECK_INT_EQ(cuts_before(d, tok, n, thanks, cuts), 1);
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, n, cuts, 1, 1), 1);
    doc_free(d);

    d = segmented("Leo in 2025 - Growth Pursuing a career takes time");
    tok = d->tokens.items;
    n = d->tokens.count;
    static const char *const heading[] = {"Pursuing", NULL};
    CHECK_INT_EQ(cuts_before(d, tok, n, heading, cuts), 1);
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, n, cuts, 1, 1), 1);
    doc_free(d);
}

/* In edited prose no cut leaves a headline's first word alone ("ORBITA
 * | Finally Unveils ..."); a cut later in it, or in web text, the pass
 * decides. */
TEST(boundary_keep_cuts_in_edited_prose_not_after_a_headlines_first_word)
{
    doc *d = segmented("ORBITA Finally Unveils Its Harbour Plans After Years Of Delay");
    CHECK_INT_EQ(d->sentences.count, 1);
    const dyad_token *tok = d->tokens.items;
    size_t n = d->tokens.count;
    static const char *const first[] = {"Finally", NULL}, *const later[] = {"After", NULL};
    uint32_t cuts[2];
    CHECK_INT_EQ(cuts_before(d, tok, n, first, cuts), 1);
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, n, cuts, 1, 1), 0);
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, n, cuts, 1, 0), 1);
    CHECK_INT_EQ(cuts_before(d, tok, n, later, cuts), 1);
    CHECK_INT_EQ(boundary_keep_cuts(d, tok, n, cuts, 1, 1), 1);
    doc_free(d);
}

/* A model's template set says which features it was trained with: the
 * older set 1 (the models shipped before set 2) still loads and is fed
 * set 1's features only; a set this build does not know is refused. */
TEST(boundary_model_of_the_older_template_set_still_runs)
{
    size_t size;
    unsigned char *bytes = small_model(&size);
    char err[256];
    model_file *f = model_file_open_memory(bytes, size, "boundary", err, sizeof err);
    boundary_model b;
    CHECK(f && boundary_load(&b, f, NULL, err, sizeof err) == 0);
    if (!f) {
        free(bytes);
        return;
    }
    CHECK_INT_EQ(b.templates, BOUNDARY_TEMPLATE_SET);
    for (uint32_t set = 0; set <= BOUNDARY_TEMPLATE_SET + 1; set++) {
        model_writer w;
        model_writer_init(&w, "boundary");
        pc_model_write(&b.pc, &w, "bnd.");
        model_writer_add(&w, BOUNDARY_SECTION_TEMPLATES, &set, sizeof set);
        float thr = 0;
        model_writer_add(&w, BOUNDARY_SECTION_THRESHOLD, &thr, sizeof thr);
        size_t osize;
        void *other = model_writer_bytes(&w, &osize);
        model_file *g = model_file_open_memory(other, osize, "boundary", err, sizeof err);
        boundary_model o;
        int ok = g && boundary_load(&o, g, NULL, err, sizeof err) == 0;
        CHECK_INT_EQ(ok, set >= BOUNDARY_TEMPLATE_OLDEST && set <= BOUNDARY_TEMPLATE_SET);
        if (ok) {
            CHECK_INT_EQ(o.templates, set);
            boundary_free(&o);
        } else {
            CHECK(strstr(err, "templates") != NULL);
        }
        model_file_close(g);
        free(other);
        model_writer_free(&w);
    }
    /* set 1 computes fewer features than set 2 on the same gap */
    wordfeat wf[4];
    const char *words[] = {"thanks", "Kim", "Lee", ","};
    for (int i = 0; i < 4; i++) wordfeat_compute(&wf[i], words[i], strlen(words[i]));
    int tags[4] = {0};
    uint64_t feats[BOUNDARY_MAX_FEATS];
    size_t k1 = boundary_features(wf, tags, 4, 0, 0, 1, feats), k2 = boundary_features(wf, tags, 4, 0, 0, 2, feats);
    CHECK(k1 < k2 && k2 <= BOUNDARY_MAX_FEATS);
    boundary_free(&b);
    model_file_close(f);
    free(bytes);
}
