/* abe_metric.h — the Article Extraction Benchmark's metric.
 *
 * Both texts are split into words (runs of Unicode letters, digits and '_')
 * and into 4-word shingles counted as multisets; per document the true
 * positives, false positives and false negatives are scaled to sum to 1.
 * Precision is averaged over documents with a non-empty prediction, recall
 * over documents with a non-empty truth, and F1 is taken from the two means.
 * (Text shorter than four words forms one shorter shingle.) */
#ifndef DYAD_TOOLS_ABE_METRIC_H
#define DYAD_TOOLS_ABE_METRIC_H

#include <stddef.h>

typedef struct abe_totals {
    double precision_sum;
    size_t precision_docs;
    double recall_sum;
    size_t recall_docs;
    size_t documents;
} abe_totals;

/* Add one document's score.  Either text may be NULL (empty). */
void abe_score_document(abe_totals *totals, const char *truth, const char *predicted);
double abe_precision(const abe_totals *totals);
double abe_recall(const abe_totals *totals);
double abe_f1(const abe_totals *totals);

/* The bodies of a benchmark JSON file: ground-truth.json ({id: {"articleBody": ...}})
 * or an extractor's output ({"output": {id: {"articleBody": ...}}}). */
typedef struct abe_body {
    char *id;
    char *body; /* "" when the entry has no articleBody */
} abe_body;

typedef struct abe_bodies {
    abe_body *items;
    size_t count;
} abe_bodies;

/* Returns 0 on success, -1 with a message on stderr on failure. */
int abe_load_bodies(const char *path, abe_bodies *out);
/* The body for id, or NULL when the file has no such entry. */
const char *abe_find_body(const abe_bodies *bodies, const char *id);
void abe_free_bodies(abe_bodies *bodies);

#endif
