/* sentences.c — rule sentence splitter for news over one paragraph's tokens.
 *
 * One pass: at each candidate end (a run of . ! ?, an ellipsis, or a word
 * that owns its period) the closing quotes and brackets that follow are
 * taken into the sentence, then the next token decides (docs/NLP.md lists
 * the rules).  Datelines are sentences of their own: in "MOSCOW, June 19.
 * /TASS/." the period before "/TASS/" does not end it, the one after does;
 * a paragraph opening "MOSCOW (Reuters) -" ends one after the dash. */
#include "nlp/sentences.h"

#include <string.h>
#include <strings.h>

#include "base/utf8.h"
#include "nlp/abbrev.h"

static const char *tok_text(const char *text, const nlp_tok *t) { return text + t->start; }
static size_t tok_len(const nlp_tok *t) { return t->end - t->start; }

static int tok_is(const char *text, const nlp_tok *t, const char *s)
{
    size_t n = strlen(s);
    return tok_len(t) == n && memcmp(tok_text(text, t), s, n) == 0;
}

/* Whether token t is one of the n words (exactly, case included). */
static int tok_is_one_of(const char *text, const nlp_tok *t, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (tok_is(text, t, words[i])) return 1;
    return 0;
}

/* The same in any case ("Published", "on"). */
static int tok_is_one_of_ci(const char *text, const nlp_tok *t, const char *const *words, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (tok_len(t) == strlen(words[i]) && strncasecmp(tok_text(text, t), words[i], tok_len(t)) == 0) return 1;
    return 0;
}

static uint32_t first_cp(const char *text, const nlp_tok *t)
{
    uint32_t c;
    utf8_decode((const unsigned char *)text + t->start, tok_len(t), &c);
    return c;
}

enum { START_LOWER, START_UPPER, START_DIGIT, START_OTHER };

/* How a token begins: scripts without case count as upper (they allow a
 * sentence start). */
static int start_class(const char *text, const nlp_tok *t)
{
    uint32_t c = first_cp(text, t);
    if (c >= 'a' && c <= 'z') return START_LOWER;
    if (c >= 'A' && c <= 'Z') return START_UPPER;
    if (c >= '0' && c <= '9') return START_DIGIT;
    if (c < 0x80) return START_OTHER;
    if ((c >= 0xDF && c <= 0xFF && c != 0xF7) || (c >= 0x3B1 && c <= 0x3C9) || (c >= 0x430 && c <= 0x45F))
        return START_LOWER;
    if ((c >= 0x2010 && c <= 0x2BFF) || (c >= 0xA1 && c <= 0xBF)) return START_OTHER;
    return START_UPPER;
}

/* A run of . ! ? or an ellipsis character. */
static int is_stop_mark(const char *text, const nlp_tok *t, int *has_question)
{
    const char *s = tok_text(text, t);
    size_t n = tok_len(t);
    if (n == 0) return 0;
    if (n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xA6) {
        *has_question = 0;
        return 2; /* … */
    }
    int q = 0, dots = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '!' || s[i] == '?') q = 1;
        else if (s[i] == '.') dots++;
        else return 0;
    }
    *has_question = q;
    return (!q && dots > 1) ? 2 : 1;
}

static int is_closing_quote_or_bracket(const char *text, const nlp_tok *t, const nlp_tok *prev)
{
    const char *s = tok_text(text, t);
    size_t n = tok_len(t);
    if (n == 1 && (s[0] == ')' || s[0] == ']' || s[0] == '}')) return 1;
    if (tok_is(text, t, "''")) return 1;
    /* Runs of closing curly quotes ("\u2019\u2019") close too. */
    size_t k = 0;
    while (k + 2 < n + 0 && (unsigned char)s[k] == 0xE2 && (unsigned char)s[k + 1] == 0x80 &&
           ((unsigned char)s[k + 2] == 0x9D || (unsigned char)s[k + 2] == 0x99 || (unsigned char)s[k + 2] == 0xBA))
        k += 3;
    if (k && k == n) return 1;
    if (tok_is(text, t, "\u00BB")) return 1;
    /* A straight quote closes when it leans on what precedes it, or when
     * it stands free after a final mark ("the phrase. ' And ...": an
     * opening quote leans on the word it opens; EWT has 3 of 3 so). */
    if (n == 1 && (s[0] == '"' || s[0] == '\'')) {
        int h;
        return !(prev->flags & NLP_TOK_SPACE_AFTER) ||
               ((t->flags & NLP_TOK_SPACE_AFTER) && is_stop_mark(text, prev, &h));
    }
    return 0;
}

/* The verbs of an attribution after a quoted question or exclamation
 * ('"Why?" Smith asked', '"Now?" Lee testified'): news reports speech
 * with many more than "said" (none of these follows such a quote in EWT,
 * GUM interview or speech; in real news articles "testified" and
 * "recalled" did, and the attribution came out a sentence of its own). */
static int is_speech_verb(const char *text, const nlp_tok *t)
{
    static const char *const verbs[] = {"said", "says", "asked", "asks", "told", "added", "replied",
                                        "wrote", "writes", "shouted", "cried", "continued", "testified",
                                        "recalled", "recalls", "explained", "explains", "noted", "notes",
                                        "insisted", "stated", "tweeted", "wondered", "wonders", "responded",
                                        "argued", "argues", "warned", "declared", "demanded", "exclaimed",
                                        "yelled", "screamed", "joked", "quipped", "countered", "remarked"};
    return tok_is_one_of(text, t, verbs, sizeof verbs / sizeof *verbs);
}

/* A lowercase adverb in -ly between a name and its speech verb
 * ('"Why?" Lee quietly asked'). */
static int manner_adverb(const char *text, const nlp_tok *t)
{
    size_t n = tok_len(t);
    const char *s = tok_text(text, t);
    return n >= 5 && s[0] >= 'a' && s[0] <= 'z' && s[n - 2] == 'l' && s[n - 1] == 'y';
}

/* A dash standing alone: "--", an en or em dash. */
static int dash_token(const char *text, const nlp_tok *t)
{
    return tok_is(text, t, "--") || tok_is(text, t, "\u2014") || tok_is(text, t, "\u2013");
}

/* Whether toks[i] (a period) follows a list marker that opens the
 * sentence: "1. Ask", "a. Call". */
static int after_list_marker(const char *text, const nlp_tok *toks, size_t i, size_t sentence_start)
{
    if (i != sentence_start + 1) return 0;
    const nlp_tok *m = &toks[sentence_start];
    size_t n = tok_len(m);
    const char *s = tok_text(text, m);
    if (n == 1 && ((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z')) return 1;
    if (n > 3) return 0;
    for (size_t k = 0; k < n; k++)
        if (s[k] < '0' || s[k] > '9') return 0;
    return 1;
}

/* "a.m", "p.m" (any case), the word before its final period. */
static int is_clock_suffix(const char *w, size_t n)
{
    return n == 3 && ((w[0] | 0x20) == 'a' || (w[0] | 0x20) == 'p') && w[1] == '.' && (w[2] | 0x20) == 'm';
}

/* "PS", "P.S", "PPS", "P.P.S" (any case; the word before its period). */
static int postscript(const char *w, size_t n)
{
    char c[8];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i] == '.') continue;
        if (k == sizeof c) return 0;
        c[k++] = (char)(w[i] | 0x20);
    }
    return (k == 2 && c[0] == 'p' && c[1] == 's') || (k == 3 && c[0] == 'p' && c[1] == 'p' && c[2] == 's');
}

static int is_weekday(const char *text, const nlp_tok *t);
static int is_month(const char *text, const nlp_tok *t);

/* After "3 p.m." a capitalised word goes on with the time when it is a
 * day, a month, a time zone or a place's time ("p.m. Tuesday", "a.m. EDT",
 * "p.m. Eastern", "p.m. Moscow time"); any other capital starts anew
 * ("at 5 p.m. Officials ..."): a name rarely follows a clock time. */
static int continues_a_time(const char *text, const nlp_tok *toks, size_t n, size_t j)
{
    const nlp_tok *t = &toks[j];
    if (is_weekday(text, t) || is_month(text, t)) return 1;
    static const char *const zones[] = {"Eastern", "Pacific", "Central", "Mountain", "Greenwich", "Today", "Tonight", "Local"};
    if (tok_is_one_of(text, t, zones, sizeof zones / sizeof *zones)) return 1;
    size_t len = tok_len(t), caps = 0;
    while (caps < len && tok_text(text, t)[caps] >= 'A' && tok_text(text, t)[caps] <= 'Z') caps++;
    if (caps == len && len >= 2 && len <= 4) return 1; /* EDT, GMT, UTC, ET */
    return j + 1 < n && (tok_is(text, &toks[j + 1], "time") || tok_is(text, &toks[j + 1], "Time"));
}

/* Decide whether the sentence ends after toks[i] (a candidate), given that
 * toks[j] follows the closers absorbed up to toks[j-1]. */
static int ends_sentence(const char *text, const nlp_tok *toks, size_t n, size_t i, size_t j,
                         size_t sentence_start)
{
    const nlp_tok *t = &toks[i], *next = &toks[j];
    int closed = j > i + 1; /* a quote or bracket closed after the mark */
    int next_class = start_class(text, next);
    int question = 0;
    int stop = is_stop_mark(text, t, &question);

    /* A mark glued to the word after it is inside a name: "redlined .doc",
     * "mail@example.(com)". */
    if (!(toks[j - 1].flags & NLP_TOK_SPACE_AFTER) && (next_class == START_LOWER || next_class == START_UPPER)) return 0;
    /* Marks that never open a sentence keep it going: "?," "!)" ". ." */
    if (next_class == START_OTHER && tok_len(next) == 1 && strchr(",;:)]}%", tok_text(text, next)[0])) return 0;
    int next_question;
    if (is_stop_mark(text, next, &next_question)) {
        /* "... to this day. ...a drop in": a spaced ellipsis that leans on
         * a word opens the next sentence (as EWT writes it); ". . ." and
         * "?!" runs go on. */
        int single = tok_len(t) == 1 && !closed;
        /* "... the contract. ? Do not hesitate": a lone spaced "?" after a
         * period is a non-breaking space that lost its encoding at a line's
         * start; EWT makes it a sentence of its own, and it ends there too
         * (a capital follows).  "believe. ? anyways" goes on. */
        if (single && tok_text(text, t)[0] == '.' && tok_is(text, next, "?") &&
            (toks[j - 1].flags & NLP_TOK_SPACE_AFTER) && (next->flags & NLP_TOK_SPACE_AFTER) && j + 1 < n &&
            start_class(text, &toks[j + 1]) != START_LOWER)
            return 1;
        int ellipsis = is_stop_mark(text, next, &next_question) == 2 && tok_len(next) >= 3;
        return single && ellipsis && (toks[j - 1].flags & NLP_TOK_SPACE_AFTER) && !(next->flags & NLP_TOK_SPACE_AFTER) &&
               j + 1 < n && start_class(text, &toks[j + 1]) != START_OTHER;
    }

    if (t->flags & NLP_TOK_EMOTICON) return next_class == START_UPPER;

    if (stop) {
        /* Lowercase after a quoted question or an ellipsis goes on ('"Why?"
         * he asked', "and then ... nothing"); after a bare mark it is a
         * new sentence written in lowercase, as on the web. */
        if (next_class == START_LOWER && (closed || stop == 2)) return 0;
        if (question && closed && next_class == START_UPPER && j + 1 < n &&
            (is_speech_verb(text, &toks[j + 1]) || (j + 2 < n && manner_adverb(text, &toks[j + 1]) && is_speech_verb(text, &toks[j + 2]))))
            return 0; /* "Why?" asked Smith. / "Why?" Smith asked. / "Why?" Smith quietly asked. */
        /* "There is reason -- lots of it! -- to doubt": a dash and a
         * lowercase word after the mark go on with the sentence (no such
         * place in EWT, GUM interview or speech; news writes them). */
        if (dash_token(text, next) && j + 1 < n && start_class(text, &toks[j + 1]) == START_LOWER) return 0;
        if (stop == 2) return next_class != START_OTHER || closed;
        if (!question && !closed) {
            if (after_list_marker(text, toks, i, sentence_start)) return 0;
            /* "PS. Love the new website!", "P.S. I am moving": the
             * postscript's label opens what follows. */
            if (i > sentence_start && tok_len(t) == 1 && !(toks[i - 1].flags & NLP_TOK_SPACE_AFTER) &&
                postscript(tok_text(text, &toks[i - 1]), tok_len(&toks[i - 1])) &&
                (i == sentence_start + 1 || memchr(tok_text(text, &toks[i - 1]), '.', tok_len(&toks[i - 1]))))
                return 0;
            /* "MOSCOW, June 19. /TASS/." : the agency tag belongs to the dateline. */
            if (tok_is(text, next, "/") && j + 2 < n && tok_is(text, &toks[j + 2], "/")) return 0;
        }
        return 1;
    }

    /* A word that owns its period. */
    if (next_class == START_LOWER) return 0;
    const char *w = tok_text(text, t);
    size_t wn = tok_len(t) - 1;
    int opener = next_class == START_UPPER && nlp_is_sentence_opener(tok_text(text, next), tok_len(next));
    int learned = next_class == START_UPPER && nlp_is_learned_opener(tok_text(text, next), tok_len(next));
    if (postscript(w, wn) && !closed) return 0; /* "P.S. I am moving back" */
    /* "[George W.] Bush": a bracket closing after an initial is an
     * editor's insertion inside the sentence; a quote closing ends it. */
    if (t->flags & NLP_TOK_INITIAL) return opener || (closed && !tok_is(text, &toks[j - 1], "]") && !tok_is(text, &toks[j - 1], ")"));
    if (is_clock_suffix(w, wn) && !closed && next_class == START_UPPER) return !continues_a_time(text, toks, n, j);
    /* "... field work, etc. Manuscripts ...": a list's end, not a name's. */
    if (wn == 3 && memcmp(w, "etc", 3) == 0 && next_class == START_UPPER) return 1;
    switch (nlp_abbrev_lookup(w, wn)) {
    case NLP_ABBREV_TITLE:
    case NLP_ABBREV_NUMBER:
        return 0;
    case NLP_ABBREV_MONTH:
        if (next_class == START_DIGIT) return 0;
        return learned || closed;
    default:
        /* "... in the U.S." followed by an opening quote, or by a word that
         * opens sentences. */
        if (closed) return next_class != START_DIGIT;
        if (next_class == START_OTHER) {
            uint32_t c = first_cp(text, next);
            int opening = c == '"' || c == 0x201C || c == 0x2018 || c == 0xAB;
            return opening && j + 1 < n && start_class(text, &toks[j + 1]) == START_UPPER;
        }
        return learned;
    }
}

static int all_caps_word(const char *text, const nlp_tok *t, size_t min)
{
    size_t n = tok_len(t);
    if (n < min) return 0;
    for (size_t k = 0; k < n; k++) {
        char c = tok_text(text, t)[k];
        if (c < 'A' || c > 'Z') return 0;
    }
    return 1;
}

static int is_dash(const char *text, const nlp_tok *t)
{
    return tok_is(text, t, "-") || tok_is(text, t, "--") || tok_is(text, t, "\u2014") || tok_is(text, t, "\u2013");
}

/* A paragraph that opens with a wire dateline, "KYIV, Ukraine (AP) —" or
 * "MOSCOW (Reuters) -": the index of its dash, else n.  The dateline is
 * then a sentence of its own, as EWT writes it and like "MOSCOW, June 19.
 * /TASS/.", so the article's first sentence parses without it. */
static size_t wire_dateline_end(const char *text, const nlp_tok *toks, size_t n)
{
    if (n < 6 || start_class(text, &toks[0]) != START_UPPER) return n;
    /* "MOSCOW (...)": a city in capitals; "Boulder, CO, Feb. 23 (UPI) --": an agency in capitals. */
    int caps_city = all_caps_word(text, &toks[0], 3);
    size_t k = 1;
    /* More of the place and date: "NEW YORK", ", Ukraine", ", Dec. 1". */
    while (k < n && k < 10 && !tok_is(text, &toks[k], "(")) {
        int c = start_class(text, &toks[k]);
        if (!(c == START_UPPER || c == START_DIGIT || tok_is(text, &toks[k], ","))) return n;
        k++;
    }
    if (k >= n || !tok_is(text, &toks[k], "(") || k + 1 >= n || start_class(text, &toks[k + 1]) != START_UPPER)
        return n;
    if (!caps_city && !(k + 2 < n && all_caps_word(text, &toks[k + 1], 2) && tok_is(text, &toks[k + 2], ")")))
        return n;
    size_t close = k + 1;
    while (close < n && close < k + 6 && !tok_is(text, &toks[close], ")")) close++;
    if (close + 2 >= n || !tok_is(text, &toks[close], ")") || !is_dash(text, &toks[close + 1])) return n;
    return start_class(text, &toks[close + 2]) == START_LOWER ? n : close + 1;
}

static int is_weekday(const char *text, const nlp_tok *t)
{
    static const char *const days[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (size_t k = 0; k < 7; k++)
        if (tok_is(text, t, days[k])) return 1;
    return 0;
}

static int is_month(const char *text, const nlp_tok *t)
{
    static const char *const months[] = {"January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December"};
    size_t len = tok_len(t);
    const char *w = tok_text(text, t);
    if (len >= 3 && w[0] >= 'A' && w[0] <= 'Z') /* "March", "MARCH"; never "may" */
        for (size_t k = 0; k < 12; k++)
            if (strlen(months[k]) == len && strncasecmp(w, months[k], len) == 0) return 1;
    return (t->flags & NLP_TOK_ABBREV) && nlp_abbrev_lookup(tok_text(text, t), tok_len(t) - 1) == NLP_ABBREV_MONTH;
}

static int all_digits(const char *text, const nlp_tok *t, size_t lo, size_t hi)
{
    size_t n = tok_len(t);
    if (n < lo || n > hi) return 0;
    for (size_t k = 0; k < n; k++)
        if (tok_text(text, t)[k] < '0' || tok_text(text, t)[k] > '9') return 0;
    return 1;
}

/* How many `sep` a token of lo..hi bytes holds when every other byte is a
 * digit ("03:48" with ':' is 1); -1 when it is not such a token. */
static int digits_between(const char *text, const nlp_tok *t, size_t lo, size_t hi, char sep)
{
    size_t n = tok_len(t);
    const char *c = tok_text(text, t);
    if (n < lo || n > hi) return -1;
    int seps = 0;
    for (size_t k = 0; k < n; k++)
        if (c[k] == sep) seps++;
        else if (c[k] < '0' || c[k] > '9') return -1;
    return seps;
}

/* Whether toks[i] closes the time stamp of a forwarded mail's header,
 * "Jane Roe 08/16/2000 03:48 PM": a date with slashes, a clock time and
 * AM or PM.  What follows is the next field or the message itself (EWT
 * train has a boundary after all 143 of them), whatever its case. */
static int mail_stamp_at(const char *text, const nlp_tok *toks, size_t i)
{
    const nlp_tok *ampm = &toks[i], *clock = &toks[i - 1], *date = &toks[i - 2];
    const char *w = tok_text(text, ampm);
    if (tok_len(ampm) != 2 || ((w[0] | 0x20) != 'a' && (w[0] | 0x20) != 'p') || (w[1] | 0x20) != 'm') return 0;
    const char *c = tok_text(text, clock);
    int colons = digits_between(text, clock, 4, 8, ':');
    if (c[0] < '0' || c[0] > '9' || colons < 1 || colons > 2) return 0;
    size_t n = tok_len(date);
    c = tok_text(text, date);
    if (c[0] < '0' || c[0] > '9' || c[n - 1] < '0' || c[n - 1] > '9') return 0;
    return digits_between(text, date, 6, 10, '/') == 2;
}

/* Whether toks[i] is the ">>" that closes a mail's note of an attached
 * file, "<< File: budget.xls >>": the note ends the sentence it follows
 * (EWT train: a boundary after all 8 that text follows). */
static int attachment_note_end(const char *text, const nlp_tok *toks, size_t i, size_t sentence_start)
{
    if (!tok_is(text, &toks[i], ">>")) return 0;
    for (size_t k = i; k > sentence_start && i - k < 12; k--)
        if (tok_is(text, &toks[k - 1], "<<"))
            return k + 1 < i && nlp_opens_attachment_note(tok_text(text, &toks[k - 1]), tok_len(&toks[k - 1]),
                                                          tok_text(text, &toks[k]), tok_len(&toks[k]));
    return 0;
}

/* Whether a sentence starts at the dash toks[i] of a list of attached
 * files, "- UnleadedStocks.pdf - CrudeStocks.pdf", after a file name, a
 * closed attachment note or a bracket (EWT train: all 13 open a sentence;
 * after a word, "Master Agreement - 0308.doc", the dash stays inside). */
static int file_list_dash(const char *text, const nlp_tok *toks, size_t n, size_t i, size_t sentence_start)
{
    if (i <= sentence_start || i + 1 >= n || !tok_is(text, &toks[i], "-")) return 0;
    if (!nlp_is_file_name(tok_text(text, &toks[i + 1]), tok_len(&toks[i + 1]))) return 0;
    const nlp_tok *prev = &toks[i - 1];
    return nlp_is_file_name(tok_text(text, prev), tok_len(prev)) || tok_is(text, prev, ">>") ||
           tok_is(text, prev, ")");
}

/* A full date at toks[i], as news pages print it under the headline:
 * "Tuesday, September 1, 2015", "Monday, 23 October 1995", or without the
 * weekday "March 3, 2021", "3 March 2021".  Its length in tokens, else 0;
 * *weekday tells which.  A date without a weekday is read as a date line
 * only by a caller that also sees a capital after it. */
static size_t date_line_at(const char *text, const nlp_tok *toks, size_t n, size_t i, int *weekday)
{
    /* Cheap tests first: this runs at every token. */
    if (i + 2 >= n) return 0;
    size_t k = i;
    *weekday = 0;
    if (tok_is(text, &toks[i + 1], ",")) {
        if (tok_len(&toks[i]) < 6 || !is_weekday(text, &toks[i])) return 0;
        *weekday = 1;
        k = i + 2;
    } else if (start_class(text, &toks[i + 1]) != START_DIGIT) {
        return 0;
    }
    if (k + 2 >= n) return 0;
    const nlp_tok *a = &toks[k], *b = &toks[k + 1];
    if (is_month(text, a) && all_digits(text, b, 1, 2)) {
        if (k + 3 < n && tok_is(text, &toks[k + 2], ",") && all_digits(text, &toks[k + 3], 4, 4)) return k + 4 - i;
        return 0;
    }
    if (all_digits(text, a, 1, 2) && is_month(text, b) && all_digits(text, &toks[k + 2], 4, 4)) return k + 3 - i;
    return 0;
}

/* A page's stamp before a date line, "Published Thursday, April 16,
 * 2026", "Updated March 3, 2026": the word goes with the date. */
static int date_stamp_word(const char *text, const nlp_tok *t)
{
    static const char *const stamps[] = {"published", "updated", "posted", "dated", "issued", "released", "filed",
                                         "modified", "revised", "edited", "written"};
    return tok_is_one_of_ci(text, t, stamps, sizeof stamps / sizeof *stamps);
}

/* Whether a date line may start right after toks[k]: not after a
 * punctuation mark that continues ("," "(" "-") nor after a word that asks
 * for a date ("on", "since", "until", "last", "Published", "dated").  A headline without final
 * punctuation ends in a content word. */
static int date_line_may_follow(const char *text, const nlp_tok *t)
{
    if (date_stamp_word(text, t)) return 0;
    static const char *const linkers[] = {"on", "since", "until", "till", "by", "before", "after", "from",
                                          "to", "through", "last", "next", "this", "that", "every", "and", "or",
                                          "of", "for", "as", "at", "between", "is", "was", "be", "the"};
    int c = start_class(text, t);
    if (c == START_OTHER) {
        /* A headline may end in a quote or bracket ("... the 'Mets Poet'"). */
        int q;
        uint32_t cp = first_cp(text, t);
        return cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 || cp == ')' || is_stop_mark(text, t, &q);
    }
    return !tok_is_one_of_ci(text, t, linkers, sizeof linkers / sizeof *linkers);
}

/* A place line after a date line or opening a paragraph: "Preston,
 * Victoria, Australia" (words in capitals joined by commas, at least one
 * comma, each part a name of at most PLACE_PART_WORDS words) directly
 * followed by a word that opens sentences and, within the next four
 * tokens, a lowercase word: a sentence, not the rest of a headline in
 * title case ("Nollywood Actress, Kate Henshaw Is Looking Stunning In
 * New Photos" is one line).  The index of that word, else 0. */
enum { PLACE_PART_WORDS = 3 };
static size_t place_line_end(const char *text, const nlp_tok *toks, size_t n, size_t k)
{
    size_t commas = 0, words = 0, part = 0;
    for (size_t i = k; i < n && i < k + 12; i++) {
        if (tok_is(text, &toks[i], ",")) {
            if (!words || tok_is(text, &toks[i - 1], ",")) return 0;
            commas++;
            part = 0;
            continue;
        }
        if (start_class(text, &toks[i]) != START_UPPER) return 0;
        if (commas && !tok_is(text, &toks[i - 1], ",") && nlp_is_learned_opener(tok_text(text, &toks[i]), tok_len(&toks[i]))) {
            for (size_t j = i + 1; j < n && j <= i + 4; j++)
                if (start_class(text, &toks[j]) == START_LOWER) return i;
            return 0;
        }
        if (++part > PLACE_PART_WORDS) return 0;
        words++;
    }
    return 0;
}

/* A picture credit after a caption without final punctuation: "Mayor Lee
 * at the bridge Image: City of Easton."  The label ("Image", "Photo",
 * "Credit", "Source", ...) with its colon, after a word, a number or a
 * closing bracket, opens a sentence of its own: the credit is no part of
 * what the caption says.  Only a short credit that ends the paragraph:
 * "the Open Source: The Future of Software team" runs on. */
static int credit_label_at(const char *text, const nlp_tok *toks, size_t n, size_t i)
{
    static const char *const labels[] = {"Image", "Images", "Photo", "Photos", "Picture", "Photograph",
                                         "Credit", "Credits", "Source", "Sources"};
    if (i == 0 || i + 2 >= n || !tok_is(text, &toks[i + 1], ":")) return 0;
    if (n - (i + 2) > 8) return 0; /* a credit is a name, not a clause */
    if (!(toks[i - 1].flags & NLP_TOK_SPACE_AFTER)) return 0;
    const nlp_tok *prev = &toks[i - 1];
    int c = start_class(text, prev);
    if (c == START_OTHER && !tok_is(text, prev, ")")) return 0;
    if (start_class(text, &toks[i + 2]) != START_UPPER) return 0;
    return tok_is_one_of(text, &toks[i], labels, sizeof labels / sizeof *labels);
}

/* A bracket that opens a sentence and holds only a short capitalised
 * name, a source or a note, "(Jerusalem Post)", "[BBC]", "(Answered, 2
 * Comments)", followed by a capital or an opening quote: the bracket is a
 * sentence of its own, as a source line under a pasted story.  The index
 * of the closing bracket, else 0.  Not a list marker "(b)", "[1]", nor a
 * remark in lowercase "(we live in Ohio) I ...". */
static size_t source_bracket_end(const char *text, const nlp_tok *toks, size_t n, size_t i)
{
    const char *close = tok_is(text, &toks[i], "(") ? ")" : tok_is(text, &toks[i], "[") ? "]" : NULL;
    if (!close) return 0;
    size_t k = i + 1;
    for (; k < n && k < i + 9 && !tok_is(text, &toks[k], close); k++) {
        int q;
        if (is_stop_mark(text, &toks[k], &q) || start_class(text, &toks[k]) == START_LOWER) return 0;
        if (tok_is(text, &toks[k], "(") || tok_is(text, &toks[k], "[")) return 0;
    }
    if (k >= n || k + 1 >= n || !tok_is(text, &toks[k], close) || k == i + 1) return 0;
    if (k == i + 2) { /* one token inside: a list marker "(b)", "[1]", "(iv)" */
        const nlp_tok *m = &toks[i + 1];
        size_t len = tok_len(m), digits = 0, roman = 0;
        for (size_t c = 0; c < len; c++) {
            char ch = tok_text(text, m)[c];
            digits += ch >= '0' && ch <= '9';
            roman += ch == 'i' || ch == 'v' || ch == 'x' || ch == 'I' || ch == 'V' || ch == 'X';
        }
        if (len == 1 || digits == len || roman == len) return 0;
    }
    const nlp_tok *next = &toks[k + 1];
    uint32_t c = first_cp(text, next);
    if (start_class(text, next) == START_UPPER || c == '"' || c == 0x201C) return k;
    return 0;
}

/* Whether an item of a numbered list written inline starts at toks[i]:
 * "What to know: 1. Shelters are open on Main St. 2. Roads are closed."
 * A number of one or two digits with a period or bracket glued to it and
 * a capital after, following a colon or a word that owns its period
 * (other than a title, a month or "No."): the item is a sentence of its
 * own, as the treebanks write list items (EWT train: after a colon 5 of
 * 5, after "U.S.A." 2 of 2).  After a final mark the splitter already
 * ends the sentence; "Jan. 5. The" is a date. */
static int inline_list_item_at(const char *text, const nlp_tok *toks, size_t n, size_t i)
{
    if (i == 0 || i + 2 >= n || !all_digits(text, &toks[i], 1, 2) || tok_is(text, &toks[i], "0")) return 0;
    if (toks[i].flags & NLP_TOK_SPACE_AFTER) return 0;
    if (!(tok_is(text, &toks[i + 1], ".") || tok_is(text, &toks[i + 1], ")")) || !(toks[i + 1].flags & NLP_TOK_SPACE_AFTER))
        return 0;
    if (start_class(text, &toks[i + 2]) != START_UPPER) return 0;
    const nlp_tok *prev = &toks[i - 1];
    if (!(prev->flags & NLP_TOK_SPACE_AFTER)) return 0;
    if (tok_is(text, prev, ":")) return 1;
    if (!(prev->flags & NLP_TOK_ABBREV) || tok_len(prev) < 2) return 0;
    nlp_abbrev_kind k = nlp_abbrev_lookup(tok_text(text, prev), tok_len(prev) - 1);
    return k != NLP_ABBREV_TITLE && k != NLP_ABBREV_MONTH && k != NLP_ABBREV_NUMBER;
}

static int is_web_address(const char *text, const nlp_tok *t)
{
    size_t n = tok_len(t), o = nlp_web_address_opening(tok_text(text, t), n);
    return o && n > o;
}

/* A drawn line that opens a sentence, five or more of one mark
 * ("*****", "_____", "====="), before a capital: a separator over a
 * signature, a disclaimer or the next message, a sentence of its own
 * (EWT train 5 of 5, EWT dev 3 of 3; shorter ones, "---" between items of
 * a list, go on: 0 of 2). */
static int drawn_line_opens(const char *text, const nlp_tok *toks, size_t n, size_t i)
{
    size_t len = tok_len(&toks[i]);
    const char *w = tok_text(text, &toks[i]);
    if (len < 5 || !strchr("*_=-~#+", w[0]) || i + 1 >= n || !(toks[i].flags & NLP_TOK_SPACE_AFTER)) return 0;
    for (size_t k = 1; k < len; k++)
        if (w[k] != w[0]) return 0;
    return start_class(text, &toks[i + 1]) == START_UPPER;
}

/* A web address that opens a sentence, bare or in brackets, before a
 * capital or an opening bracket: "[http://example.org/story] (Daily
 * Wire) NASA is ...", "http://example.org/faq.html Above is the link":
 * the address is a sentence of its own, as the treebanks write a link
 * pasted over or under a text (EWT train 6 of 7 bare, EWT dev 2 of 2 in
 * brackets).  One past the index of its last token, else 0. */
static size_t address_line_end(const char *text, const nlp_tok *toks, size_t n, size_t i)
{
    size_t last = i;
    if (tok_is(text, &toks[i], "[") || tok_is(text, &toks[i], "(")) {
        const char *close = tok_is(text, &toks[i], "[") ? "]" : ")";
        if (i + 2 >= n || !is_web_address(text, &toks[i + 1]) || !tok_is(text, &toks[i + 2], close)) return 0;
        last = i + 2;
    } else if (!is_web_address(text, &toks[i])) {
        return 0;
    }
    if (last + 1 >= n || !(toks[last].flags & NLP_TOK_SPACE_AFTER)) return 0;
    const nlp_tok *next = &toks[last + 1];
    if (start_class(text, next) == START_UPPER || tok_is(text, next, "(") || tok_is(text, next, "[")) return last + 1;
    return 0;
}

void nlp_split_sentences(const char *text, nlp_tok *toks, size_t n)
{
    size_t sentence_start = 0;
    size_t dateline = wire_dateline_end(text, toks, n);
    if (dateline < n) {
        toks[dateline].flags |= NLP_TOK_SENTENCE_END;
        sentence_start = dateline + 1;
    }
    /* A paragraph opening with a place line: "Preston, Victoria, Australia On Saturday ...". */
    size_t place = sentence_start == 0 ? place_line_end(text, toks, n, 0) : 0;
    if (place) {
        toks[place - 1].flags |= NLP_TOK_SENTENCE_END;
        sentence_start = place;
    }
    for (size_t i = sentence_start; i < n; i++) {
        int question;
        int weekday;
        size_t date = date_line_at(text, toks, n, i, &weekday);
        /* A date line ends where a capital (or the paragraph's end, with a
         * weekday) follows: "Born Monday, May 5, 1980 in Ohio" is no date line. */
        if (date && !(i + date < n ? start_class(text, &toks[i + date]) == START_UPPER : weekday)) date = 0;
        /* "Published Thursday, April 16, 2026" opening a sentence: the
         * stamp and its date are one line. */
        int stamp = date && i == sentence_start + 1 && date_stamp_word(text, &toks[i - 1]);
        if (date && (stamp || i == sentence_start || date_line_may_follow(text, &toks[i - 1]))) {
            /* A date line under a headline is a sentence of its own, the
             * text after it starts anew when it opens with a capital. */
            if (i > sentence_start && !stamp) toks[i - 1].flags |= NLP_TOK_SENTENCE_END;
            if (!stamp) sentence_start = i;
            size_t last = i + date - 1;
            if (last + 1 < n && start_class(text, &toks[last + 1]) == START_UPPER) {
                toks[last].flags |= NLP_TOK_SENTENCE_END;
                sentence_start = last + 1;
                size_t place = place_line_end(text, toks, n, last + 1);
                if (place) {
                    toks[place - 1].flags |= NLP_TOK_SENTENCE_END;
                    sentence_start = place;
                    last = place - 1;
                }
            }
            i = last;
            continue;
        }
        /* A wire dateline further into the paragraph, after a sentence
         * or a colon: "... in this contest: TEHRAN (AFP) - An
         * international contest ...". */
        if (i > 0 && (i == sentence_start || tok_is(text, &toks[i - 1], ":")) && all_caps_word(text, &toks[i], 3)) {
            size_t dash = wire_dateline_end(text, toks + i, n - i);
            if (dash < n - i) {
                if (i > sentence_start) toks[i - 1].flags |= NLP_TOK_SENTENCE_END;
                toks[i + dash].flags |= NLP_TOK_SENTENCE_END;
                sentence_start = i + dash + 1;
                i += dash;
                continue;
            }
        }
        if (i == sentence_start) {
            /* source_bracket_end gives the closing bracket's index (never
             * 0), address_line_end one past its last token. */
            size_t close = source_bracket_end(text, toks, n, i), after = close ? 0 : address_line_end(text, toks, n, i);
            if (!close && !after && drawn_line_opens(text, toks, n, i)) after = i + 1;
            if (after) close = after - 1;
            if (close || after) {
                toks[close].flags |= NLP_TOK_SENTENCE_END;
                sentence_start = close + 1;
                i = close;
                continue;
            }
        }
        /* A mail's time stamp or attachment note ends the sentence after
         * it, unless a mark that goes on with it follows. */
        if (i + 1 < n && ((i >= sentence_start + 2 && mail_stamp_at(text, toks, i)) ||
                          attachment_note_end(text, toks, i, sentence_start))) {
            int q2;
            const nlp_tok *next = &toks[i + 1];
            if (!is_stop_mark(text, next, &q2) && !(tok_len(next) == 1 && strchr(",;:)]}", tok_text(text, next)[0]))) {
                toks[i].flags |= NLP_TOK_SENTENCE_END;
                sentence_start = i + 1;
                continue;
            }
        }
        if (file_list_dash(text, toks, n, i, sentence_start)) {
            toks[i - 1].flags |= NLP_TOK_SENTENCE_END;
            sentence_start = i;
            continue;
        }
        if (i >= sentence_start + 2 && credit_label_at(text, toks, n, i)) {
            toks[i - 1].flags |= NLP_TOK_SENTENCE_END;
            sentence_start = i;
            continue;
        }
        if (i > sentence_start && inline_list_item_at(text, toks, n, i)) {
            toks[i - 1].flags |= NLP_TOK_SENTENCE_END;
            sentence_start = i;
            continue;
        }
        if (!is_stop_mark(text, &toks[i], &question) &&
            !(toks[i].flags & (NLP_TOK_ABBREV | NLP_TOK_INITIAL | NLP_TOK_EMOTICON)))
            continue;
        size_t j = i + 1;
        while (j < n) {
            int q2;
            if (is_closing_quote_or_bracket(text, &toks[j], &toks[j - 1]) || (toks[j].flags & NLP_TOK_EMOTICON) ||
                (!(toks[j - 1].flags & NLP_TOK_SPACE_AFTER) && is_stop_mark(text, &toks[j], &q2)))
                j++;
            else
                break;
        }
        if (j >= n) {
            i = j - 1;
            break;
        }
        if (ends_sentence(text, toks, n, i, j, sentence_start)) {
            toks[j - 1].flags |= NLP_TOK_SENTENCE_END;
            sentence_start = j;
        }
        i = j - 1;
    }
    if (n) toks[n - 1].flags |= NLP_TOK_SENTENCE_END;
}
