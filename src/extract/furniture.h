/* furniture.h — page furniture in one line of text, for extractors that
 * have their paragraphs already (the HTML one): the text extractor's own
 * reading of a line (extract/chrome.c), narrowed to what can stand as a
 * plain paragraph inside a story without being part of it. */
#ifndef DYAD_EXTRACT_FURNITURE_H
#define DYAD_EXTRACT_FURNITURE_H

#include <stddef.h>

/* "caption" (a caption ending in its photo credit), "date-stamp" (a live
 * page's "23:40", "Updated 5 hours ago"), "related" ("ALSO READ: ...",
 * "Read more: ...") or NULL for a paragraph of the story. */
const char *extract_furniture_kind(const char *s, size_t n);

/* A byline standing as a line of its own ("By Jane Doe", "By Jane Doe and
 * John Roe, Reuters"): true with the names' bounds in s. */
int extract_byline_of_line(const char *s, size_t n, size_t *name_start, size_t *name_end);

#endif
