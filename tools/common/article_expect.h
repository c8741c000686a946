/* article_expect.h — check extracted articles against a file of
 * expectations, for the golden tests and the seed evaluation alike.
 *
 * The expectation file is line-based ("#" starts a comment):
 *
 *   file NAME                 the document to read (relative to base_dir)
 *   title TEXT                the title, exactly
 *   outlet TEXT               the outlet, exactly ("-" for none)
 *   author TEXT               the author, exactly ("-" for none)
 *   dateline CITY | OUTLET    the dateline's city and outlet ("-" for none)
 *   date VALUE PRECISION      ISO value and precision ("--06-19 month-day"; "- none")
 *   date-evidence TEXT        the date's evidence, exactly
 *   body N                    number of paragraphs of kind body
 *   kind KIND N               number of paragraphs of any other kind
 *   subhead TEXT              a subhead paragraph with exactly this text
 *   summary TEXT              a summary paragraph that starts with TEXT
 *   removed KIND TEXT         a removed item of KIND ("*": any) starting with TEXT,
 *                             and no paragraph but the title that starts with TEXT
 *   removed-count KIND N      at least N removed items of KIND
 *   present TEXT              the clean text contains TEXT
 *   absent TEXT               the clean text does not contain TEXT
 *
 * Every line after "file" is one check; a failed check prints one line
 * naming the file, the line of the expectation and what was found. */
#ifndef DYAD_TOOLS_ARTICLE_EXPECT_H
#define DYAD_TOOLS_ARTICLE_EXPECT_H

typedef struct expect_result {
    int checks, passed;
    int documents;
} expect_result;

/* Returns 0, or -1 when the expectation file cannot be read. */
int expect_run(const char *expect_path, const char *base_dir, int quiet, expect_result *result);

/* The same checks on what `dyad extract` wrote: json_path holds its JSON
 * lines, and "file NAME" picks the record whose source ends in "/NAME". */
int expect_run_on_output(const char *expect_path, const char *json_path, int quiet, expect_result *result);

#endif
