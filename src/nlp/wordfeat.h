/* wordfeat.h — per-token hashes computed once per token and shared by the
 * tagger, parser and entity recogniser (no strings are built per feature). */
#ifndef DYAD_NLP_WORDFEAT_H
#define DYAD_NLP_WORDFEAT_H

#include <stddef.h>
#include <stdint.h>

enum {
    WF_UPPER_INITIAL = 1, WF_ALL_UPPER = 2, WF_HAS_DIGIT = 4, WF_HAS_HYPHEN = 8,
    WF_ALL_DIGIT = 16, WF_NON_ASCII = 32, WF_PUNCT = 64, WF_HAS_LOWER = 128
};

typedef struct wordfeat {
    uint64_t form, lower, shape;
    uint64_t pre[3], suf[5];     /* lowercase prefixes and suffixes of 1..3 / 1..5 characters */
    uint64_t tail;               /* lowercase part after the last inner hyphen ("well-|known"), or WF_UNSEEN */
    uint64_t amb;                /* the word's ambiguity class (tags seen in training), or WF_UNSEEN */
    uint64_t caps;               /* how often the word is capitalised inside a sentence, or WF_UNSEEN */
    uint32_t flags;
    uint32_t wn;                 /* WordNet class bits (nlp/wordnet.h), 0 until wordnet_fill */
    uint32_t cl;                 /* distributional cluster path (nlp/clusters.h), 0 until clusters_fill */
    int32_t alt;                 /* the tagger's close runner-up class + 1, 0 when none (tagger_run_alt) */
    uint8_t clause;              /* TAG_FINITE | TAG_OPENER: what the ambiguity class allows (ambiguity_fill) */
    uint8_t nw;                  /* the window scorer's best class and confidence (nlp/ner_window.h), 0: not scored */
    uint8_t nl;                  /* the same of the sequence scorer (nlp/ner_lstm.h), 0: not scored */
} wordfeat;

/* Hash identities of the sentence boundaries. */
#define WF_BOS 0x5b3c2f1e0d9a8b71ULL
#define WF_EOS 0x7e6f5d4c3b2a1908ULL
#define WF_UNSEEN 0x2c4e6a8b1d3f5071ULL
/* tail = fh_str(part after the hyphen) ^ WF_TAIL_SALT, kept apart from whole words. */
#define WF_TAIL_SALT 0x3141592653ULL

void wordfeat_compute(wordfeat *w, const char *form, size_t n);
/* wordfeat_compute's `lower` alone, for callers that need no more. */
uint64_t wordfeat_lower_hash(const char *form, size_t n);
/* The lowercase form (ASCII letters folded) into out (at most cap-1 bytes). */
size_t wordfeat_lower(const char *form, size_t n, char *out, size_t cap);

#endif
