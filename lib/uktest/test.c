/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The uktest runner: runs the cases of a suite, prints one line per
 * expectation, a summary per suite and, at the end of the late init level,
 * one for the whole run.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <uk/config.h>
#include <uk/essentials.h>
#include <uk/init.h>
#include <uk/assert.h>
#include <uk/print.h>
#include <uk/test.h>
#include <uk/plat/console.h>

/* Column where [ PASSED ] / [ FAILED ] starts */
#define RESULT_COLUMN	72
#define LINE_MAX	256

struct test_stats {
	unsigned int suites;
	unsigned int cases;
	unsigned int failed;		/* failed cases + failed suite inits */
	unsigned int expects;
	unsigned int expects_failed;
};

static struct test_stats stats;

/* The case being run: expectations are counted against it */
static const struct uk_testcase *current;
static unsigned int current_failed;

static void out(const char *s, int len)
{
	if (len > 0)
		ukplat_coutk(s, len);
}

static void __printf(1, 2) outf(const char *fmt, ...)
{
	char buf[LINE_MAX];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n >= (int)sizeof(buf))
		n = sizeof(buf) - 1;
	out(buf, n);
}

static const char *basename_of(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

int _uk_test_check(int ok, const char *file, unsigned int line,
		   const char *fmt, ...)
{
	char buf[LINE_MAX];
	va_list ap;
	int n;

	stats.expects++;
	if (!ok) {
		stats.expects_failed++;
		current_failed++;
	}
#if !CONFIG_LIBUKTEST_LOG_TESTS
	if (ok)
		return ok;
#endif
	n = snprintf(buf, sizeof(buf), "    : ");
	va_start(ap, fmt);
	n += vsnprintf(buf + n, sizeof(buf) - n, fmt, ap);
	va_end(ap);
	/* Very long messages are cut; the verdict always ends the line */
	if (n > (int)sizeof(buf) - 2)
		n = sizeof(buf) - 2;
	buf[n++] = ' ';
	while (n < RESULT_COLUMN - 1)
		buf[n++] = '.';
	if (buf[n - 1] == '.')
		buf[n++] = ' ';
	out(buf, n);
	if (ok) {
		outf("[ PASSED ]\n");
	} else {
		outf("[ FAILED ]\n");
		outf("      at %s:%u\n", basename_of(file), line);
	}
#if CONFIG_LIBUKTEST_FAILFAST
	if (!ok)
		UK_CRASH("uktest: %s->%s failed (fail-fast)\n",
			 current ? current->suite : "?",
			 current ? current->name : "?");
#endif
	return ok;
}

static void run_case(const struct uk_testcase *tc)
{
	outf("test: %s->%s%s%s\n", tc->suite, tc->name,
	     tc->desc ? ": " : "", tc->desc ? tc->desc : "");
	current = tc;
	current_failed = 0;
	tc->func((struct uk_testcase *)tc);
	current = NULL;
}

static int in_suite(const struct uk_testcase *tc,
		    const struct uk_testsuite *suite)
{
	return !strcmp(tc->suite, suite->name);
}

static int same_file(const struct uk_testcase *a,
		     const struct uk_testcase *b)
{
	return a->file == b->file || !strcmp(a->file, b->file);
}

/* Whether no earlier entry of the table has a case of suite in this file */
static int first_of_file(const struct uk_testcase *const *tc,
			 const struct uk_testsuite *suite)
{
	const struct uk_testcase *const *t;

	for (t = uk_testtab_start; t < tc; t++)
		if (in_suite(*t, suite) && same_file(*t, *tc))
			return 0;
	return 1;
}

/* Run the cases of suite in the file of *first by increasing line */
static void run_file(const struct uk_testcase *const *first,
		     struct uk_testsuite *suite)
{
	const struct uk_testcase *const *t;
	const struct uk_testcase *next;
	unsigned int last = 0;

	for (;;) {
		next = NULL;
		for (t = first; t < uk_testtab_end; t++) {
			if (!in_suite(*t, suite) || !same_file(*t, *first) ||
			    (*t)->line <= last)
				continue;
			if (!next || (*t)->line < next->line)
				next = *t;
		}
		if (!next)
			return;
		last = next->line;
		run_case(next);
		suite->cases++;
		if (current_failed)
			suite->failed++;
	}
}

int uk_testsuite_run(struct uk_testsuite *suite)
{
	const struct uk_testcase *const *tc;
	int rc;

	stats.suites++;
	suite->cases = 0;
	suite->failed = 0;
	if (suite->init) {
		rc = suite->init(suite);
		if (rc) {
			outf("uktest: suite %s: init failed (%d) [ FAILED ]\n",
			     suite->name, rc);
			stats.failed++;
			suite->failed = 1;
			return 1;
		}
	}
	/*
	 * The compiler may emit a file's cases in any order: run each
	 * file's cases (files in link order) by line number.
	 */
	for (tc = uk_testtab_start; tc < uk_testtab_end; tc++) {
		if (in_suite(*tc, suite) && first_of_file(tc, suite))
			run_file(tc, suite);
	}
	stats.cases += suite->cases;
	stats.failed += suite->failed;
	outf("uktest: suite %s: %u cases, %u failed\n", suite->name,
	     suite->cases, suite->failed);
	return suite->failed;
}

static int uk_test_summary(void)
{
	outf("uktest: %u suites, %u cases, %u failed "
	     "(%u expectations, %u failed)\n", stats.suites, stats.cases,
	     stats.failed, stats.expects, stats.expects_failed);
	return 0;
}

uk_late_initcall_prio(uk_test_summary, 9);
