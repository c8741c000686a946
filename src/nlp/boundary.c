/* boundary.c — features and decisions of the learned sentence-boundary
 * pass (see boundary.h), and its model sections.  Shared by run time
 * (models.c) and training (boundary_train.c) so both compute the same
 * features. */
#include "nlp/boundary.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "core/document.h"
#include "nlp/abbrev.h"
#include "nlp/annotators.h"
#include "nlp/tokenize.h"

/* Distance buckets: the first and last few tokens matter one by one
 * ("Thanks" right after a one-word greeting), longer runs only roughly. */
static uint64_t bucket(size_t d)
{
    if (d < 4) return d;
    if (d < 6) return 4;
    if (d < 10) return 5;
    if (d < 20) return 6;
    if (d < 40) return 7;
    return 8;
}

/* Token classes the word hashes alone say little about: sentence-final
 * punctuation runs, other punctuation, capitalised words, all-capital
 * words, numbers, URLs and addresses, emoticons. */
static uint64_t token_class(const wordfeat *w)
{
    uint32_t f = w->flags;
    if (f & WF_PUNCT) return 1;
    if ((f & WF_ALL_UPPER) && !(f & WF_HAS_LOWER)) return 2;
    if (f & WF_UPPER_INITIAL) return 3;
    if (f & WF_ALL_DIGIT) return 4;
    if (f & WF_HAS_DIGIT) return 5;
    return 6;
}

uint64_t boundary_context(const wordfeat *wf, size_t n)
{
    if (n == 0) return 0;
    uint64_t last = (wf[n - 1].flags & WF_PUNCT) ? wf[n - 1].lower : 1;
    uint64_t first = wf[0].flags & (WF_UPPER_INITIAL | WF_HAS_LOWER | WF_PUNCT);
    return fh2(90, last, first);
}

size_t boundary_features(const wordfeat *wf, const int *tags, size_t n, size_t i, uint64_t ctx, uint32_t templates,
                         uint64_t *out)
{
    /* Tokens around the gap: l2 l1 | r1 r2. */
    const wordfeat *l1 = &wf[i], *r1 = &wf[i + 1];
    uint64_t tl1 = tag_hash(tags[i]), tr1 = tag_hash(tags[i + 1]);
    uint64_t tl2 = i >= 1 ? tag_hash(tags[i - 1]) : WF_BOS;
    uint64_t tr2 = i + 2 < n ? tag_hash(tags[i + 2]) : WF_EOS;
    uint64_t wl2 = i >= 1 ? wf[i - 1].lower : WF_BOS;
    uint64_t wr2 = i + 2 < n ? wf[i + 2].lower : WF_EOS;
    uint64_t cl1 = token_class(l1), cr1 = token_class(r1);
    uint64_t cl2 = i >= 1 ? token_class(&wf[i - 1]) : 9, cr2 = i + 2 < n ? token_class(&wf[i + 2]) : 9;
    uint64_t from_start = bucket(i + 1), to_end = bucket(n - i - 1);
    size_t k = 0;
    out[k++] = fh1(0, 0);
    out[k++] = fh1(1, l1->lower);
    out[k++] = fh1(2, r1->lower);
    out[k++] = fh2(3, l1->lower, r1->lower);
    out[k++] = fh1(4, tl1);
    out[k++] = fh1(5, tr1);
    out[k++] = fh2(6, tl1, tr1);
    out[k++] = fh3(7, tl2, tl1, tr1);
    out[k++] = fh3(8, tl1, tr1, tr2);
    out[k++] = fh1(9, l1->shape);
    out[k++] = fh1(10, r1->shape);
    out[k++] = fh2(11, l1->shape, r1->shape);
    out[k++] = fh2(12, l1->lower, tr1);
    out[k++] = fh2(13, tl1, r1->lower);
    out[k++] = fh1(14, r1->form);
    out[k++] = fh1(15, wl2);
    out[k++] = fh1(16, wr2);
    out[k++] = fh2(17, wl2, l1->lower);
    out[k++] = fh2(18, r1->lower, wr2);
    /* How often the next word is capitalised inside a sentence: a capital
     * on "Thanks" says more than one on "John". */
    out[k++] = fh3(19, r1->caps, cr1, tr1);
    out[k++] = fh2(20, from_start, tr1);
    out[k++] = fh2(21, to_end, tl1);
    out[k++] = fh2(22, from_start, to_end);
    out[k++] = fh2(23, cl1, cr1);
    out[k++] = fh3(24, cl2, cl1, cr1);
    out[k++] = fh3(25, cl1, cr1, cr2);
    out[k++] = fh3(26, cl1, cr1, from_start);
    out[k++] = fh3(27, cl1, cr1, to_end);
    out[k++] = fh2(28, l1->form, cr1);
    out[k++] = fh2(29, l1->suf[2], tr1);
    out[k++] = fh2(30, tl1, r1->amb);
    out[k++] = fh3(31, tl2, tl1, cr1);
    out[k++] = fh2(32, tl1, tr1 ^ cr1 * 0x9E3779B97F4A7C15ULL);
    out[k++] = fh2(33, ctx, cl1 * 16 + cr1);
    out[k++] = fh3(34, ctx, tl1, tr1);
    out[k++] = fh3(35, ctx, from_start, to_end);
    out[k++] = fh2(36, ctx, r1->lower);
    if (templates < 2) return k;
    /* Runs of capitalised words either side ("Sincerely, Traci | Traci
     * Warner Enron", "Pam Butler | Renee Ratcliff"): two names meet where
     * a run is long; and the next mark within three words on the right
     * ("Kathleen ,", "Alternates :" open a greeting or a field). */
    size_t lrun = 0, rrun = 0;
    while (lrun < 6 && lrun <= i && (wf[i - lrun].flags & WF_UPPER_INITIAL)) lrun++;
    while (rrun < 6 && i + 1 + rrun < n && (wf[i + 1 + rrun].flags & WF_UPPER_INITIAL)) rrun++;
    uint64_t mark = 0;
    for (size_t d = 1; d <= 3 && i + 1 + d < n; d++)
        if (wf[i + 1 + d].flags & WF_PUNCT) {
            mark = wf[i + 1 + d].lower * 4 + d;
            break;
        }
    out[k++] = fh3(37, lrun, rrun, cl1 * 16 + cr1);
    out[k++] = fh3(38, lrun, rrun, tr1);
    out[k++] = fh2(39, mark, cr1);
    out[k++] = fh3(40, mark, tl1, tr1);
    /* the sentence's length as a whole: a run-on of 40 words hides a cut */
    out[k++] = fh3(41, bucket(n), cl1 * 16 + cr1, ctx);
    return k;
}

int boundary_load(boundary_model *b, const model_file *f, const double *threshold_override, char *err,
                  size_t err_size)
{
    memset(b, 0, sizeof *b);
    if (pc_model_load(&b->pc, f, "bnd.", err, err_size) != 0) return -1;
    const char *why = NULL;
    size_t size;
    const void *p = model_file_section(f, BOUNDARY_SECTION_TEMPLATES, &size);
    uint32_t set = 0;
    float thr = 0;
    if (!p || size != sizeof set) why = "no template set";
    else {
        memcpy(&set, p, sizeof set);
        if (set < BOUNDARY_TEMPLATE_OLDEST || set > BOUNDARY_TEMPLATE_SET)
            why = "trained with other feature templates: retrain it";
    }
    if (!why) {
        p = model_file_section(f, BOUNDARY_SECTION_THRESHOLD, &size);
        if (!p || size != sizeof thr) why = "no threshold";
        else memcpy(&thr, p, sizeof thr);
    }
    if (!why && threshold_override) thr = (float)*threshold_override;
    if (!why && (!isfinite(thr) || fabs(thr) > 1e4)) why = "bad threshold";
    if (!why && (b->pc.nclass != 2 || strcmp(b->pc.classes[0], BOUNDARY_CLASS_ON) != 0 ||
                 strcmp(b->pc.classes[1], BOUNDARY_CLASS_CUT) != 0))
        why = "classes are not on/cut";
    if (why) {
        snprintf(err, err_size, "corrupt model (boundary: %s)", why);
        pc_model_free(&b->pc);
        memset(b, 0, sizeof *b);
        return -1;
    }
    b->templates = set;
    double t = (double)thr * b->pc.scale;
    b->threshold = t > 2e9 ? 2000000000 : t < -2e9 ? -2000000000 : (int32_t)lround(t);
    return 0;
}

void boundary_free(boundary_model *b)
{
    pc_model_free(&b->pc);
    memset(b, 0, sizeof *b);
}

size_t boundary_run(const boundary_model *b, const wordfeat *wf, const int *tags, size_t n, uint32_t *cuts,
                    int32_t *scores)
{
    uint64_t f[BOUNDARY_MAX_FEATS];
    size_t nc = 0;
    uint64_t ctx = boundary_context(wf, n);
    for (size_t i = 0; i + 1 < n; i++) {
        if (!boundary_candidate(wf, i)) continue;
        size_t k = boundary_features(wf, tags, n, i, ctx, b->templates, f);
        pc_score(&b->pc, f, k, scores);
        if ((int64_t)scores[1] - scores[0] > b->threshold) cuts[nc++] = (uint32_t)(i + 1);
    }
    return nc;
}

int boundary_may_cut_after(const char *form, size_t len)
{
    if (len < 2 || form[len - 1] != '.') return 1;
    int letters = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        unsigned char c = (unsigned char)form[i];
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') letters++;
        else if (c != '.') return 1;
    }
    return letters == 0;
}

/* Whether the text [s, s+n) is a run of . ! ?, an ellipsis, or a word
 * that keeps its period at a sentence's end. */
static int final_mark(const char *s, size_t n)
{
    if (n == 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xA6) return 1;
    if (n == 0) return 0;
    if (s[n - 1] == '.') return 1;
    for (size_t i = 0; i < n; i++)
        if (s[i] != '!' && s[i] != '?') return 0;
    return 1;
}

/* A closing quote or bracket that may follow the final mark. */
static int closer(const char *s, size_t n)
{
    if (n == 1) return s[0] == '"' || s[0] == '\'' || s[0] == ')' || s[0] == ']';
    if (n == 2) return s[0] == '\'' && s[1] == '\'';
    return n == 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
           ((unsigned char)s[2] == 0x9D || (unsigned char)s[2] == 0x99);
}

/* Whether the n tokens end with final punctuation, closing quotes and
 * brackets after it allowed. */
static int ends_marked(const doc *d, const dyad_token *tok, size_t n)
{
    for (size_t k = 0; k < 4 && k < n; k++) {
        size_t len;
        const char *f = doc_token_form(d, &tok[n - 1 - k], &len);
        if (final_mark(f, len)) return 1;
        if (!closer(f, len)) return 0;
    }
    return 0;
}

boundary_model boundary_for_document(const boundary_model *b, const struct doc *d)
{
    boundary_model out = *b;
    size_t total = 0, marked = 0;
    for (size_t si = 0; si < d->sentences.count; si++) {
        const dyad_sentence *s = &d->sentences.items[si];
        if (s->token_count == 0 || s->first_token > d->tokens.count || s->token_count > d->tokens.count - s->first_token)
            continue;
        int marks = ends_marked(d, &d->tokens.items[s->first_token], s->token_count);
        /* A headline and a date line (or a byline) over the text are no
         * sign of web text: a paragraph of their own without final
         * punctuation among the document's first two sentences is not
         * counted, or a short news story stays below nine in ten. */
        int alone = (si == 0 || d->sentences.items[si - 1].paragraph != s->paragraph) &&
                    (si + 1 == d->sentences.count || d->sentences.items[si + 1].paragraph != s->paragraph);
        if (!marks && alone && si < BOUNDARY_EDITED_HEAD) continue;
        total++;
        marked += marks;
    }
    if (total >= BOUNDARY_EDITED_MIN && (double)marked >= BOUNDARY_EDITED_SHARE * (double)total) {
        double t = (double)out.threshold + BOUNDARY_EDITED_RAISE * out.pc.scale;
        out.threshold = t > 2e9 ? 2000000000 : (int32_t)lround(t);
        out.edited = 1;
    }
    return out;
}

/* No final punctuation, and at least four words of four letters or more,
 * three in four of them capitalised. */
static int headline(const doc *d, const dyad_token *tok, size_t n)
{
    size_t len;
    const char *last = doc_token_form(d, &tok[n - 1], &len);
    if (len == 0 || strchr(".!?\"')]", last[len - 1])) return 0;
    size_t words = 0, caps = 0;
    for (size_t i = 0; i < n; i++) {
        const char *f = doc_token_form(d, &tok[i], &len);
        if (len < 4 || !((f[0] | 0x20) >= 'a' && (f[0] | 0x20) <= 'z')) continue;
        words++;
        caps += f[0] >= 'A' && f[0] <= 'Z';
    }
    return words >= 4 && caps * 4 >= words * 3;
}

/* Whether, in edited prose, the pass may cut after the token f: not
 * after a closing bracket, a number or a lowercase word other than an
 * address ("[Ron] | Whitaker", "some 100,000 | United Nations", "(in
 * orange and blue) | Let them": its false cuts in news, speeches and
 * interviews held out from its training); after a name, a mark or an
 * address it may ("Thanks Ben | Please", "Sincerely, | Ben Rogers",
 * "ask: | Who", "x@example.org | Call"), as in mail whose sentences
 * are closed but whose signatures and headers run on. */
static int edited_may_cut_after(const char *f, size_t len)
{
    if (len == 0) return 1;
    if (len == 1 && (f[0] == ')' || f[0] == ']')) return 0;
    int lower_or_digit = (f[0] >= 'a' && f[0] <= 'z') || (f[0] >= '0' && f[0] <= '9');
    return !lower_or_digit || memchr(f, '@', len) || memchr(f, '/', len);
}

/* Whether the comma tok[comma] may close a piece of its own in edited
 * prose: only after a short stretch without another comma since the last
 * boundary, as a mail's closing or greeting is ("Sincerely, | Ben
 * Rogers", "Dear Dr. Vincent Kaminski, | I"), and not before more of a
 * list (a comma, "and" or "or" among the three tokens after the next
 * word); a comma in a list or after a clause ("Hot Springs, Arkansas, |
 * The Midwest ...", "Britain, | Canada, Japan and Norway") does not end
 * a sentence.  EWT train: 192 of the 208 sentences that end in a comma
 * have three words or fewer. */
static int closing_comma(const doc *d, const dyad_token *tok, size_t n, size_t from, size_t comma)
{
    if (comma < from || comma - from > BOUNDARY_CLOSING_MAX) return 0;
    for (size_t i = from; i < comma; i++) {
        size_t len;
        const char *f = doc_token_form(d, &tok[i], &len);
        if (len == 1 && f[0] == ',') return 0;
    }
    /* The list's first item: "Ministers from Britain, | Canada, Japan and". */
    for (size_t i = comma + 2; i < n && i <= comma + 4; i++) {
        size_t len;
        const char *f = doc_token_form(d, &tok[i], &len);
        if ((len == 1 && f[0] == ',') || (len == 3 && memcmp(f, "and", 3) == 0) || (len == 2 && memcmp(f, "or", 2) == 0))
            return 0;
    }
    return 1;
}

static int capitalised(const char *f, size_t len) { return len && f[0] >= 'A' && f[0] <= 'Z'; }

/* Whether a capitalised word may open a sentence after a capitalised
 * word: a word that opens sentences (hand or learned list) or a title
 * ("In", "He", "Please", "Dr."). */
static int opens_after_a_name(const char *f, size_t len)
{
    if (nlp_is_learned_opener(f, len)) return 1;
    return len > 1 && f[len - 1] == '.' && nlp_abbrev_lookup(f, len - 1) == NLP_ABBREV_TITLE;
}

/* Whether, in edited prose, the cut before tok[cut] splits a name inside
 * running text: two capitalised words ("its Polar | Star service", "through
 * Riverside Radio | Extra."), the right one no word that opens sentences or
 * title, the run of capitals ending at the gap not opened by one ("Thanks
 * | Ben" is a closing), and at least BOUNDARY_RUNNING_WORDS lowercase
 * words of four letters or more in the piece the cut would close: a
 * clause, not a heading or a signature ("Cancer in 2005 - Balance |
 * Finding", "Jeff Dasovich | Sent by:": none of the 51 such cuts in
 * EWT train's edited prose is lost).  In 119 edited articles of a news
 * benchmark the pass cut between two capitalised words four times, never
 * right (a product's or an outlet's name cut before its last word); this
 * keeps one of them whole and loses no right cut in EWT, GUM interview or
 * speech. */
static int splits_a_name(const doc *d, const dyad_token *tok, size_t from, size_t cut)
{
    size_t ll, rl;
    const char *l = doc_token_form(d, &tok[cut - 1], &ll), *r = doc_token_form(d, &tok[cut], &rl);
    if (!capitalised(l, ll) || !capitalised(r, rl) || opens_after_a_name(r, rl)) return 0;
    size_t run = cut - 1;
    while (run > from) {
        size_t len;
        const char *f = doc_token_form(d, &tok[run - 1], &len);
        if (!capitalised(f, len)) break;
        run--;
    }
    const char *first = doc_token_form(d, &tok[run], &ll);
    if (nlp_is_learned_opener(first, ll)) return 0;
    size_t running = 0;
    for (size_t i = from; i < run; i++) {
        size_t len;
        const char *f = doc_token_form(d, &tok[i], &len);
        running += len >= 4 && f[0] >= 'a' && f[0] <= 'z';
    }
    return running >= BOUNDARY_RUNNING_WORDS;
}

size_t boundary_keep_cuts(const struct doc *d, const dyad_token *tok, size_t n, uint32_t *cuts, size_t nc, int edited)
{
    size_t kept = 0;
    size_t from = 0; /* where the piece that a cut would close starts */
    int head = -1; /* computed when first needed */
    /* Brackets: the depth at the gap, counted forward once (cuts come in
     * order), and where the last closing bracket of the sentence is,
     * found the first time a cut falls inside a bracket (most sentences
     * have no cut to check). */
    size_t scan = 0, depth = 0, last_close = SIZE_MAX;
    for (size_t k = 0; k < nc; k++) {
        if (cuts[k] == 0 || cuts[k] >= n) continue;
        size_t len;
        if (cuts[k] < scan) scan = depth = 0;
        for (; scan < cuts[k]; scan++) {
            const char *b = doc_token_form(d, &tok[scan], &len);
            if (len == 1 && (b[0] == '(' || b[0] == '[')) depth++;
            else if (len == 1 && (b[0] == ')' || b[0] == ']') && depth) depth--;
        }
        /* Not inside a bracket that closes in this sentence: "(including
         * the 1.3 million seller | ALTERNATIVE CURES)".  EWT train has 16
         * boundaries in 4,244 gaps inside brackets, all but one after a
         * final mark the rules saw; EWT dev and GUM interview and speech
         * none. */
        if (depth && last_close == SIZE_MAX) {
            last_close = 0;
            for (size_t i = 0; i < n; i++) {
                const char *c = doc_token_form(d, &tok[i], &len);
                if (len == 1 && (c[0] == ')' || c[0] == ']')) last_close = i + 1;
            }
        }
        if (depth && cuts[k] < last_close) continue;
        const char *f = doc_token_form(d, &tok[cuts[k] - 1], &len);
        if (!boundary_may_cut_after(f, len)) continue;
        if (edited && !edited_may_cut_after(f, len)) continue;
        if (edited && len == 1 && f[0] == ',' && !closing_comma(d, tok, n, from, cuts[k] - 1)) continue;
        if (edited && splits_a_name(d, tok, from, cuts[k])) continue;
        /* Nor, in edited prose, one that leaves a headline's first word
         * alone ("ORBITA | Finally Unveils Its Harbour Plans": the
         * outlet's subject, not a line of its own; in web text such a
         * word is often a mail header's field, and EWT dev falls from
         * 92.75 to 92.41 without the pass's cuts there). */
        if (edited && cuts[k] - from == 1) {
            if (head < 0) head = headline(d, tok, n);
            if (head) continue;
        }
        /* Nor where no white space parts the two tokens ("HDMI-|C",
         * "example.org/|x7Kq2", "ACME|\u00AE", a CJK sentence and its
         * "\u3002"): one written word, whatever the pass scores (EWT dev
         * 92.68 -> 92.75, train, GUM interview and speech unchanged). */
        if (!tok[cuts[k] - 1].space_after) continue;
        /* Nor before a mark that never opens a sentence (",", ":?", ")"):
         * 2 in 8,700 in EWT train; the pass, seeing an unknown mark such
         * as ":?", cut "Direct Fax | :? 555". */
        size_t rlen0;
        const char *r0 = doc_token_form(d, &tok[cuts[k]], &rlen0);
        if (rlen0 && strchr(",;:)]}%", r0[0])) continue;
        /* Nor before a mail's note of an attached file ("... the memo ||
         * << File: memo.doc >>"): it belongs to the words it follows (EWT
         * train: 10 of 12 without a final mark before them). */
        if (rlen0 == 2 && cuts[k] + 1 < n) {
            size_t flen;
            const char *file = doc_token_form(d, &tok[cuts[k] + 1], &flen);
            if (nlp_opens_attachment_note(r0, rlen0, file, flen)) continue;
        }
        if (len == 1 && f[0] == ':') {
            if (head < 0) head = headline(d, tok, n);
            if (head) continue;
            /* "Groups: alt.animals.cat", "to: info@...": after a colon a
             * lowercase word goes on (one in 78 starts a sentence in EWT
             * train); a web address may open one ("see this: http://..."). */
            if (rlen0 && r0[0] >= 'a' && r0[0] <= 'z' &&
                !nlp_web_address_opening(r0, rlen0))
                continue;
        }
        cuts[kept++] = cuts[k];
        from = cuts[k];
    }
    return kept;
}

void boundary_write(const pc_model *m, double threshold, model_writer *w)
{
    pc_model_write(m, w, "bnd.");
    uint32_t set = BOUNDARY_TEMPLATE_SET;
    model_writer_add(w, BOUNDARY_SECTION_TEMPLATES, &set, sizeof set);
    float thr = (float)threshold;
    model_writer_add(w, BOUNDARY_SECTION_THRESHOLD, &thr, sizeof thr);
}
