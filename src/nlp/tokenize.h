/* tokenize.h — the rule tokenizer: UTF-8 text to tokens in the style of the
 * Universal Dependencies English treebanks (EWT, GUM), with byte offsets.
 *
 * Tokens are spans of the text; nothing is copied.  Clitics are split off
 * ("do|n't", "Bush|'s", "ca|n't"), punctuation stands alone, abbreviations
 * and initials keep their period ("U.S.", "Gen.", "J."), URLs, e-mail
 * addresses, @handles and #tags stay whole.  See docs/NLP.md for the rules. */
#ifndef DYAD_NLP_TOKENIZE_H
#define DYAD_NLP_TOKENIZE_H

#include <stddef.h>
#include <stdint.h>

#include "base/vec.h"

enum {
    NLP_TOK_SPACE_AFTER = 1u << 0, /* white space (or the end of the range) follows */
    NLP_TOK_ABBREV = 1u << 1,      /* a word that owns its final period ("Gen.", "U.S.") */
    NLP_TOK_INITIAL = 1u << 2,     /* a single capital with its period ("J.") */
    NLP_TOK_WORD = 1u << 3,        /* starts with a letter or digit */
    NLP_TOK_JOINED = 1u << 4,      /* split from the previous token inside one word ("n't", "'s") */
    NLP_TOK_EMOTICON = 1u << 5,    /* ":-)", "<3": stays with the sentence before it */
    NLP_TOK_SENTENCE_END = 1u << 6 /* set by the sentence splitter (sentences.h) */
};

typedef struct nlp_tok {
    uint32_t start, end; /* byte offsets into the text */
    uint32_t flags;      /* NLP_TOK_* */
} nlp_tok;

typedef VEC(nlp_tok) nlp_tok_vec;

/* Append the tokens of text[start..end) to out.  Runs in time linear in
 * the range; never reads outside it.  The text should be valid UTF-8 (any
 * invalid byte becomes a token of its own, it is never skipped silently). */
void nlp_tokenize(const char *text, size_t start, size_t end, nlp_tok_vec *out);

/* Whether `s[0..n)` (without its final period) is a known abbreviation
 * that takes a period: "Gen", "Jan", "etc", "Inc".  Case-sensitive for
 * capitalised titles, as written in news. */
int nlp_is_abbreviation(const char *s, size_t n);

/* The length of the opening that makes s[0..n) a web address, 0 if none:
 * "http://", "https://", "ftp://", "www." (any case) or "mailto:" before a
 * letter.  The tokenizer keeps a word so opened whole; the sentence rules
 * and the learned boundaries ask the same of a token. */
size_t nlp_web_address_opening(const char *s, size_t n);

/* Whether the token s[0..n) names a file: a name, a period and a known
 * extension ("API.pdf", "Lisa_resume.doc"; not "example.com"). */
int nlp_is_file_name(const char *s, size_t n);
/* Whether the tokens a, b open a mail's note of an attached file:
 * "<<" then "File" or "file" ("<< File: memo.doc >>"). */
int nlp_opens_attachment_note(const char *a, size_t alen, const char *b, size_t blen);

#endif
