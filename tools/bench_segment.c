/* bench_segment.c — speed of segmentation alone (tokenizer and sentence
 * splitter, no models) on generated news-like text: tokens/s, sentences/s
 * and MB/s on one core.
 *
 *   bench_segment [megabytes]      (default 20)
 *
 * The text is built from a fixed seed out of sentence pieces written for
 * this benchmark (titles, abbreviations, quotes, clitics, numbers,
 * hyphens), cut into documents of 40 paragraphs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/document.h"
#include "nlp/segment.h"

static const char *const openings[] = {
    "The minister", "Gen. Ellis", "Officials in the U.S. capital", "Mr. Hale's spokesman", "A senior diplomat",
    "Lawmakers", "The Foreign Ministry", "Dr. J. R. Osei", "Protesters", "The agency",
};
static const char *const middles[] = {
    "said on Tuesday that talks would resume", "didn't comment on the 15-year deal",
    "told reporters the ceasefire can't hold", "warned that $1,200.50 in aid was missing",
    "met Sen. Ruiz on Jan. 5 to discuss the e-mail", "called the decision \"a mistake\"",
    "won't attend the summit in Kyiv", "rejected claims by Acme Inc. about the 3.5% rise",
    "said they'd seen state-of-the-art weapons", "asked whether the vote was fair",
};
static const char *const endings[] = {".", ".", ".", "?", "!", "...", ".\"", ", officials said.", " at 6 p.m. local time.", "."};

static uint64_t rng = 88172645463325252ull;
static unsigned next_random(unsigned n)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (unsigned)(rng % n);
}

int main(int argc, char **argv)
{
    double megabytes = argc > 1 ? atof(argv[1]) : 20;
    if (megabytes <= 0) megabytes = 20;
    size_t target = (size_t)(megabytes * 1e6), total = 0, tokens = 0, sentences = 0;
    double seconds = 0;
    buf para = BUF_INIT;
    while (total < target) {
        dyad_input in = dyad_input_from_memory("", 0, DYAD_FORMAT_TEXT);
        doc *d = doc_new(&in);
        for (int p = 0; p < 40; p++) {
            buf_clear(&para);
            int n = 1 + (int)next_random(5);
            for (int s = 0; s < n; s++) {
                if (s) buf_putc(&para, ' ');
                buf_printf(&para, "%s %s%s", openings[next_random(10)], middles[next_random(10)], endings[next_random(10)]);
            }
            doc_add_paragraph(d, DYAD_PARAGRAPH_BODY, para.data, para.len);
        }
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        nlp_segment(d);
        clock_gettime(CLOCK_MONOTONIC, &t1);
        seconds += (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        total += d->text.len;
        tokens += d->tokens.count;
        sentences += d->sentences.count;
        doc_free(d);
    }
    buf_free(&para);
    printf("segmentation: %.1f MB, %zu tokens, %zu sentences in %.3f s: %.2f M tokens/s, %.0f k sentences/s, %.0f MB/s (one core)\n",
           (double)total / 1e6, tokens, sentences, seconds, (double)tokens / seconds / 1e6,
           (double)sentences / seconds / 1e3, (double)total / seconds / 1e6);
    return 0;
}
