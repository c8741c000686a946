/* test.h — the tiny test framework behind `make test`.
 *
 *     TEST(json_reports_line_and_column) {
 *         ...
 *         CHECK(cond);
 *         CHECK_STR_EQ(got, "expected");
 *     }
 *
 * Each TEST registers itself before main runs; the runner (tests/unit/main.c)
 * runs them all, or those whose name contains argv[1], and ends with the
 * line "N passed, M failed". */
#ifndef DYAD_TEST_H
#define DYAD_TEST_H

#include <stdio.h>
#include <string.h>

typedef struct test_case {
    const char *name, *file;
    void (*fn)(void);
    struct test_case *next;
} test_case;

void test_register(test_case *t);
void test_fail(const char *file, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Directory of the repository (for fixtures), and the built dyad command. */
const char *test_root(void);
const char *test_dyad_bin(void);
/* Read a whole file into a malloc'd NUL-terminated string (NULL on error). */
char *test_read_file(const char *path, size_t *len);
/* Write text to a new temporary file; its path (static, overwritten by the
 * next call), NULL on error.  The caller unlinks it. */
char *test_write_temp(const char *text);

#define TEST(name)                                                        \
    static void test_fn_##name(void);                                     \
    static test_case test_case_##name = {#name, __FILE__, test_fn_##name, NULL}; \
    __attribute__((constructor)) static void test_reg_##name(void) { test_register(&test_case_##name); } \
    static void test_fn_##name(void)

#define CHECK(cond)                                                       \
    do { if (!(cond)) test_fail(__FILE__, __LINE__, "CHECK(%s)", #cond); } while (0)

#define CHECK_STR_EQ(got, want)                                            \
    do {                                                                   \
        const char *g_ = (got), *w_ = (want);                              \
        if (!g_ || !w_ || strcmp(g_, w_) != 0)                             \
            test_fail(__FILE__, __LINE__, "%s == \"%s\", expected \"%s\"", #got, \
                      g_ ? g_ : "(null)", w_ ? w_ : "(null)");             \
    } while (0)

#define CHECK_INT_EQ(got, want)                                            \
    do {                                                                   \
        long long g_ = (long long)(got), w_ = (long long)(want);           \
        if (g_ != w_) test_fail(__FILE__, __LINE__, "%s == %lld, expected %lld", #got, g_, w_); \
    } while (0)

#endif
