/* eval_seeds.c — check articles against an expectation file and print
 * "N of M checks pass": `eval_seeds EXPECTATIONS DIR`.  Used by
 * eval/seeds.sh on ../shared/seeds (the expectations live in eval/). */
#include <stdio.h>

#include "common/article_expect.h"

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: eval_seeds EXPECTATIONS DIR\n");
        return 2;
    }
    expect_result r = {0};
    if (expect_run(argv[1], argv[2], 0, &r) != 0) return 1;
    printf("%d of %d checks pass on %d documents\n", r.passed, r.checks, r.documents);
    return 0;
}
