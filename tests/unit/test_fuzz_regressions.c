/* test_fuzz_regressions.c — one test per defect the long fuzzing campaign
 * (the fuzz targets run for minutes, not CI's seconds) or the adversarial ingest
 * inputs found, each on a small input written here that shows the defect:
 * without its fix the test fails (or, for undefined behaviour, aborts
 * under `make asan`). */
#include <stdlib.h>
#include <time.h>

#include "core/date_iso.h"
#include "dyad.h"
#include "nested_html.h"
#include "test.h"

/* A feed's pubDate with a long run of digits where the day or the year
 * goes (fuzz/feed.c): the digits were summed into an int, which overflowed.
 * Such a date is refused; an ordinary one still reads. */
TEST(fuzz_rfc822_date_with_a_run_of_digits_is_refused)
{
    dyad_date d = {0};
    CHECK(!date_parse_iso("Tue, 01 Mar 555555555555555555555 09:30:00 +0000", &d));
    CHECK(!date_parse_iso("Tue, 99999999999999 Mar 2025 09:30:00 +0000", &d));
    CHECK(!date_parse_iso("Tue, 11 Mar 20255 09:30:00 +0000", &d));
    CHECK(date_parse_iso("Tue, 11 Mar 2025 09:30:00 +0000", &d));
    CHECK_INT_EQ(d.year, 2025);
    CHECK_INT_EQ(d.month, 3);
    CHECK_INT_EQ(d.day, 11);
}

/* Tens of thousands of nested blocks around one short line: every block
 * of the chain was asked whether it announces related stories, and each
 * asking walked the whole chain below it, so the time grew with the square
 * of the depth (100,000 blocks took 13 s, a million never ended). */
TEST(fuzz_deeply_nested_blocks_around_a_short_line_take_linear_time)
{
    const int depth = 100000;
    size_t n;
    char *html = nested_divs(depth, "The ferry resumed.", &n);
    dyad_input in = dyad_input_from_memory(html, n, DYAD_FORMAT_HTML);
    clock_t start = clock();
    dyad_document *d = dyad_process(NULL, &in, DYAD_STAGE_EXTRACT);
    double seconds = (double)(clock() - start) / CLOCKS_PER_SEC;
    CHECK(!d->failed);
    CHECK(d->text && strstr(d->text, "The ferry resumed."));
    if (seconds >= 3) test_fail(__FILE__, __LINE__, "%d nested blocks took %.2f s of processor time", depth, seconds);
    dyad_document_free(d);
    free(html);
}

/* A page whose only date is in its URL ("/2026/05/10/"), after the date it
 * was crawled (fuzz/feed.c, a feed item's link and pubDate): the refused
 * date was kept as a pointer into the URL reader's stack buffer and printed
 * in the future_date warning after that buffer was gone. */
TEST(fuzz_future_date_from_the_url_is_warned_with_its_own_text)
{
    static const char page[] = "<html><body><p>The ministers met on Saturday and agreed to stop all firing along "
                               "the border, officials said.</p></body></html>";
    dyad_input in = dyad_input_from_memory(page, sizeof page - 1, DYAD_FORMAT_HTML);
    in.url = "https://wire.example/2026/05/10/ceasefire";
    in.date = "Sat, 10 May 2025 16:05:00 GMT";
    dyad_document *d = dyad_process(NULL, &in, DYAD_STAGE_EXTRACT);
    int warned = 0;
    for (size_t i = 0; i < d->warning_count; i++)
        if (!strcmp(d->warnings[i].code, "future_date") && strstr(d->warnings[i].message, "\"2026-05-10\""))
            warned++;
    CHECK_INT_EQ(warned, 1);
    dyad_document_free(d);
}
