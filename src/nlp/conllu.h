/* conllu.h — CoNLL-U reader and writer.
 *
 * The reader takes a whole file (or memory) and hands out one sentence at a
 * time.  Comments give the sentence's text, id and document/paragraph
 * marks; multiword token lines ("3-4") are kept apart as ranges; empty
 * nodes ("5.1") are skipped.  A malformed line is skipped and counted, with
 * its line number in the first error message: garbage never stops the
 * reader and never crashes it.  Sentences live until conllu_close().
 *
 * The writer prints a dyad document's sentences as CoNLL-U that standard
 * UD tools read (ids, heads and multiword ranges are consistent). */
#ifndef DYAD_NLP_CONLLU_H
#define DYAD_NLP_CONLLU_H

#include <stdbool.h>
#include <stddef.h>

#include "base/buf.h"
#include "dyad.h"

typedef struct conllu_word {
    /* Fields as in the file; "_" where the file has "_". Never NULL. */
    const char *form, *lemma, *upos, *xpos, *feats, *deprel, *deps, *misc;
    int head;            /* 0 = root, -1 when the file has "_" */
    bool space_after;    /* false when MISC has SpaceAfter=No */
} conllu_word;

typedef struct conllu_range { /* a multiword token such as "don't" = do + n't */
    int first, last;     /* word ids (1-based), first <= last */
    const char *form, *misc;
    bool space_after;
} conllu_range;

typedef struct conllu_sentence {
    conllu_word *words;      /* words[i] has id i + 1 */
    size_t word_count;
    conllu_range *ranges;
    size_t range_count;
    const char *text;        /* "# text = ..." or NULL */
    const char *sent_id;     /* "# sent_id = ..." or NULL */
    const char *newdoc_id;   /* set on the first sentence of a document ("" when unnamed) */
    const char *newpar_block; /* GUM's "# newpar_block = p (7 s) | figure (1 s) | ..." or NULL */
    bool newdoc, newpar;
    size_t line;             /* line number of the sentence's first line */
} conllu_sentence;

typedef struct conllu_reader conllu_reader;

/* Read from memory (copied) or from a file; NULL with a message in err
 * when the file cannot be read. */
conllu_reader *conllu_open_memory(const char *data, size_t len);
conllu_reader *conllu_open_file(const char *path, char *err, size_t err_size);
/* The next sentence, or NULL at the end.  A sentence whose word ids are
 * not 1..n in order, or whose heads point outside it, is skipped and
 * counted as an error. */
const conllu_sentence *conllu_next(conllu_reader *r);
/* Malformed lines or sentences seen so far, and the first one's message
 * ("line 12: expected 10 tab-separated fields, found 3"). */
size_t conllu_error_count(const conllu_reader *r);
const char *conllu_first_error(const conllu_reader *r);
void conllu_close(conllu_reader *r);

/* Read every sentence of a file into an array (owned by the reader, which
 * the caller closes).  NULL when the file cannot be read. */
conllu_reader *conllu_read_all(const char *path, const conllu_sentence ***out,
                               size_t *count, char *err, size_t err_size);

/* Append the document's sentences as CoNLL-U (one block per sentence, with
 * "# sent_id" and "# text" comments; heads are sentence-relative ids). */
void conllu_write_document(buf *out, const dyad_document *d);
/* Append one sentence as read (for round trips and tools). */
void conllu_write_sentence(buf *out, const conllu_sentence *s);

#endif
