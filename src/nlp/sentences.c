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

#include "base/utf8.h"
#include "nlp/abbrev.h"

static const char *tok_text(const char *text, const nlp_tok *t) { return text + t->start; }
static size_t tok_len(const nlp_tok *t) { return t->end - t->start; }

static int tok_is(const char *text, const nlp_tok *t, const char *s)
{
    size_t n = strlen(s);
    return tok_len(t) == n && memcmp(tok_text(text, t), s, n) == 0;
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
    /* A straight quote closes when it leans on what precedes it. */
    if (n == 1 && (s[0] == '"' || s[0] == '\'')) return !(prev->flags & NLP_TOK_SPACE_AFTER);
    return 0;
}

static int is_speech_verb(const char *text, const nlp_tok *t)
{
    static const char *const verbs[] = {"said", "says", "asked", "asks", "told", "added", "replied",
                                        "wrote", "writes", "shouted", "cried", "continued"};
    for (size_t i = 0; i < sizeof verbs / sizeof *verbs; i++)
        if (tok_is(text, t, verbs[i])) return 1;
    return 0;
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
    if (is_stop_mark(text, next, &next_question)) return 0;

    if (t->flags & NLP_TOK_EMOTICON) return next_class == START_UPPER;

    if (stop) {
        /* Lowercase after a quoted question or an ellipsis goes on ('"Why?"
         * he asked', "and then ... nothing"); after a bare mark it is a
         * new sentence written in lowercase, as on the web. */
        if (next_class == START_LOWER && (closed || stop == 2)) return 0;
        if (question && closed && next_class == START_UPPER && j + 1 < n && is_speech_verb(text, &toks[j + 1]))
            return 0; /* "Why?" asked Smith. / "Why?" Smith asked. */
        if (stop == 2) return next_class != START_OTHER || closed;
        if (!question && !closed) {
            if (after_list_marker(text, toks, i, sentence_start)) return 0;
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
    if (t->flags & NLP_TOK_INITIAL) return opener || closed;
    switch (nlp_abbrev_lookup(w, wn)) {
    case NLP_ABBREV_TITLE:
    case NLP_ABBREV_NUMBER:
        return 0;
    case NLP_ABBREV_MONTH:
        if (next_class == START_DIGIT) return 0;
        return opener || closed;
    default:
        /* "... in the U.S." followed by an opening quote, or by a word that
         * opens sentences. */
        if (closed) return next_class != START_DIGIT;
        if (next_class == START_OTHER) {
            uint32_t c = first_cp(text, next);
            int opening = c == '"' || c == 0x201C || c == 0x2018 || c == 0xAB;
            return opening && j + 1 < n && start_class(text, &toks[j + 1]) == START_UPPER;
        }
        return opener;
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

void nlp_split_sentences(const char *text, nlp_tok *toks, size_t n)
{
    size_t sentence_start = 0;
    size_t dateline = wire_dateline_end(text, toks, n);
    if (dateline < n) {
        toks[dateline].flags |= NLP_TOK_SENTENCE_END;
        sentence_start = dateline + 1;
    }
    for (size_t i = sentence_start; i < n; i++) {
        int question;
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
