/* sentences.c — rule sentence splitter for news over one paragraph's tokens.
 *
 * One pass: at each candidate end (a run of . ! ?, an ellipsis, or a word
 * that owns its period) the closing quotes and brackets that follow are
 * taken into the sentence, then the next token decides.  Datelines of the
 * form "MOSCOW, June 19. /TASS/." stay one sentence of their own: the
 * period before "/TASS/" does not end it, the one after does. */
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

void nlp_split_sentences(const char *text, nlp_tok *toks, size_t n)
{
    size_t sentence_start = 0;
    for (size_t i = 0; i < n; i++) {
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
