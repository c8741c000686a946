/* punct_pairs.h — quotation marks and brackets attached after parsing as
 * Universal Dependencies attaches them: both marks of a pair to the head of
 * the words they enclose.
 *
 * The greedy parser places each mark when it meets it, before it has seen
 * what the pair encloses, and gets a quarter of the closing brackets and
 * quotes wrong (EWT dev).  Once the tree is built, the enclosed words show
 * which of them heads the rest, and the marks can simply follow it.  Only
 * pairs are moved: for other punctuation the same climb over the built tree
 * is no better than the parser's own choice (docs/MODELS.md). */
#ifndef DYAD_NLP_PUNCT_PAIRS_H
#define DYAD_NLP_PUNCT_PAIRS_H

#include <stddef.h>
#include <stdint.h>

/* What a token is to the pairing: a word, punctuation that is no pair mark,
 * or a mark (a family in the high bits, which side it can close in the low
 * two: PM_OPENS, PM_CLOSES, or both for the straight double quote). */
enum { PM_WORD = 0, PM_PUNCT = 1, PM_OPENS = 1, PM_CLOSES = 2 };

/* The mark a punctuation token's form is (PM_PUNCT when it pairs with
 * nothing).  Call it only for tokens tagged as punctuation: the rest are
 * PM_WORD. */
uint8_t punct_pair_mark(const char *form, size_t len);

/* Scratch bytes punct_pairs_attach needs for a sentence of n tokens. */
size_t punct_pairs_bytes(size_t n);

/* Reattach the marks of each well-formed pair in a parsed sentence of n
 * tokens: mark[i] from punct_pair_mark (PM_WORD for words), heads[i] the
 * head's index or -1 for the root, labels[i] the relation.  A pair moves
 * only when both marks carry punct_label and have no dependents and exactly
 * one enclosed word has its head outside the pair; both marks then take
 * that word as their head.  Pairs are taken innermost first; pairs longer
 * than a few hundred tokens are left alone, so the cost stays linear in n.
 * Marks stay leaves, so no cycle can appear. */
void punct_pairs_attach(const uint8_t *mark, const int *labels, int punct_label, size_t n, int *heads,
                        void *scratch);

#endif
