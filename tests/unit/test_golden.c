/* test_golden.c — the golden articles in tests/golden/: each NAME.expect
 * names its page and the title, outlet, dateline, date, author, paragraph
 * kinds and removed chrome a user must see (format in
 * tools/common/article_expect.h).
 *
 * The checker lives with the evaluation tools (eval/seeds.sh uses it too);
 * the test runner links only libdyad, so its source is compiled in here. */
#include <dirent.h>
#include <stdlib.h>

#include "common/article_expect.c"
#include "test.h"

TEST(golden_articles_match_their_expectations)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/golden", test_root());
    DIR *dh = opendir(dir);
    CHECK(dh != NULL);
    if (!dh) return;
    int files = 0;
    struct dirent *e;
    while ((e = readdir(dh)) != NULL) {
        size_t n = strlen(e->d_name);
        if (n < 8 || strcmp(e->d_name + n - 7, ".expect") != 0) continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        expect_result r = {0};
        CHECK_INT_EQ(expect_run(path, dir, 0, &r), 0);
        if (r.passed != r.checks) test_fail(__FILE__, __LINE__, "%s: %d of %d checks pass", e->d_name, r.passed, r.checks);
        CHECK(r.documents >= 1);
        CHECK(r.checks >= 8);
        files++;
    }
    closedir(dh);
    CHECK(files >= 12);
}
