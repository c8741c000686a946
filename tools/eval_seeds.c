/* eval_seeds.c — check articles against an expectation file and print
 * "N of M checks pass".
 *
 *   eval_seeds EXPECTATIONS DIR             process DIR/NAME for each "file NAME"
 *   eval_seeds --output OUT.jsonl EXPECTATIONS
 *                                           check what `dyad extract` wrote
 *
 * eval/seeds.sh uses the second form on ../shared/seeds (the expectations
 * live in eval/seeds.expect). */
#include <stdio.h>
#include <string.h>

#include "common/article_expect.h"

int main(int argc, char **argv)
{
    expect_result r = {0};
    int rc;
    if (argc == 4 && !strcmp(argv[1], "--output")) {
        rc = expect_run_on_output(argv[3], argv[2], 0, &r);
    } else if (argc == 3) {
        rc = expect_run(argv[1], argv[2], 0, &r);
    } else {
        fprintf(stderr, "usage: eval_seeds EXPECTATIONS DIR | eval_seeds --output OUT.jsonl EXPECTATIONS\n");
        return 2;
    }
    if (rc != 0) return 1;
    printf("%d of %d checks pass on %d documents\n", r.passed, r.checks, r.documents);
    return 0;
}
