/* abbrev.h — the abbreviations that keep their period, and what each says
 * about a following sentence break.  Shared by the tokenizer (which keeps
 * "Gen." whole) and the sentence splitter (which must not end a sentence
 * after "Gen." but may after "Inc."). */
#ifndef DYAD_NLP_ABBREV_H
#define DYAD_NLP_ABBREV_H

#include <stddef.h>

typedef enum nlp_abbrev_kind {
    NLP_ABBREV_NONE = 0,
    NLP_ABBREV_TITLE,   /* "Mr.", "Gen.", "Sen.": a name always follows */
    NLP_ABBREV_MONTH,   /* "Jan.", "Sept.": a day number usually follows */
    NLP_ABBREV_NUMBER,  /* "No.", "Vol.", "pp.": a number follows */
    NLP_ABBREV_OTHER    /* "Inc.", "etc.", "U.S.", "a.m.": may end a sentence */
} nlp_abbrev_kind;

/* The kind of s[0..n), the word without its final period.  Dotted forms
 * ("U.S", "e.g", "Ph.D") are recognised by shape, the rest by a list. */
nlp_abbrev_kind nlp_abbrev_lookup(const char *s, size_t n);

/* Whether s[0..n) is a capitalised word that commonly opens a sentence
 * ("The", "He", "But"): after an ambiguous abbreviation, such a word means
 * the sentence ended with it. */
int nlp_is_sentence_opener(const char *s, size_t n);

#endif
