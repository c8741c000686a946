/* ufeats.h — the CoNLL 2018 shared task's UFeats comparison, shared by the
 * scorers (eval_conll18, eval_nlp). */
#ifndef DYAD_TOOLS_UFEATS_H
#define DYAD_TOOLS_UFEATS_H

#include <stdbool.h>

/* Whether two CoNLL-U feature bundles ("_" or sorted "A=x|B=y") agree on
 * the universal features of UD v2 (PronType, Number, Case, VerbForm, ...);
 * language-specific and newer ones (Typo, ExtPos, NumForm, Style) are left
 * out, as the shared task's UFeats does. */
bool same_ufeats(const char *a, const char *b);

#endif
