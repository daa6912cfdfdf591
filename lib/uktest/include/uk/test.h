/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Unit tests that run inside the image, during boot, before main().
 *
 *   static int factorial(int n) { return n <= 1 ? 1 : n * factorial(n - 1); }
 *
 *   UK_TESTCASE(factorial_testsuite, factorial_test_positive)
 *   {
 *           UK_TEST_EXPECT_SNUM_EQ(factorial(2), 2);
 *   }
 *
 *   uk_testsuite_register(factorial_testsuite, NULL);
 *
 * A suite is a name; cases name the suite they belong to and run in the
 * order they appear in the sources (files in link order). uk_testsuite_register() runs the suite
 * at the late init level (priority 8); uk_testsuite_<level>_prio() pick
 * another level of the boot sequence (see <uk/init.h>). Late priority 9 is
 * reserved for the summary of the whole run. The optional init function
 * runs once before the cases; a non-zero return skips the suite and
 * counts it as failed.
 *
 * Every expectation prints one line (unless LIBUKTEST_LOG_TESTS is off):
 *   test: factorial_testsuite->factorial_test_positive
 *       : expected `factorial(2)` to be 2 but was 2 ........ [ PASSED ]
 * then each suite ends with
 *   uktest: suite factorial_testsuite: 1 cases, 0 failed
 * and the run with (this is what the host harness parses)
 *   uktest: 1 suites, 1 cases, 0 failed (1 expectations, 0 failed)
 * "failed" counts cases with at least one failed expectation plus suites
 * whose init function failed.
 *
 * UK_TEST_EXPECT* record a failure and go on; UK_TEST_ASSERT* record it
 * and return from the function they are written in (use them in the case
 * body). With LIBUKTEST_FAILFAST the first failure crashes the image.
 */
#ifndef __UK_TEST_H__
#define __UK_TEST_H__

#include <string.h>
#include <uk/config.h>
#include <uk/essentials.h>
#include <uk/init.h>

struct uk_testsuite;
struct uk_testcase;

typedef int (*uk_testsuite_init_t)(struct uk_testsuite *suite);

struct uk_testsuite {
	const char *name;
	uk_testsuite_init_t init;
	/* Results of the last run */
	unsigned int cases;
	unsigned int failed;
};

struct uk_testcase {
	const char *suite;	/* name of the suite it belongs to */
	const char *name;
	const char *desc;	/* optional one-line description */
	void (*func)(struct uk_testcase *esac);
	const char *file;
	unsigned int line;
};

/* Pointers to all cases of the image, in link order (uktest's .ld) */
extern const struct uk_testcase *const uk_testtab_start[];
extern const struct uk_testcase *const uk_testtab_end[];

/* Run every case of a suite; returns the number of failed cases. */
int uk_testsuite_run(struct uk_testsuite *suite);

/*
 * Record one expectation of the running case: prints the formatted
 * message with PASSED or FAILED. Returns ok.
 */
int _uk_test_check(int ok, const char *file, unsigned int line,
		   const char *fmt, ...) __printf(4, 5);

#define _UK_TESTCASE_FN(tsuite, tcase)					\
	UK_CONCAT(__uk_test_fn_##tsuite##_, tcase)
#define _UK_TESTCASE_OBJ(tsuite, tcase)					\
	UK_CONCAT(__uk_test_##tsuite##_, tcase)

#define UK_TESTCASE_DESC(tsuite, tcase, description)			\
	static void _UK_TESTCASE_FN(tsuite, tcase)(			\
		struct uk_testcase *esac __maybe_unused);		\
	static const struct uk_testcase					\
	_UK_TESTCASE_OBJ(tsuite, tcase) = {				\
		.suite = STRINGIFY(tsuite),				\
		.name = STRINGIFY(tcase),				\
		.desc = (description),					\
		.func = _UK_TESTCASE_FN(tsuite, tcase),			\
		.file = __FILE__,					\
		.line = __LINE__,					\
	};								\
	static const struct uk_testcase *const __used			\
	__section(".uk_testtab")					\
	UK_CONCAT(_UK_TESTCASE_OBJ(tsuite, tcase), _ptr) =		\
		&_UK_TESTCASE_OBJ(tsuite, tcase);			\
	static void _UK_TESTCASE_FN(tsuite, tcase)(			\
		struct uk_testcase *esac __maybe_unused)

#define UK_TESTCASE(suite, case)	UK_TESTCASE_DESC(suite, case, NULL)

/* Run a suite at an init level and priority (late 9 is the summary's) */
#define uk_testsuite_initcall_prio(suite, initfn, class, prio)		\
	_Static_assert((class) != UK_INIT_CLASS_LATE || (prio) < 9,	\
		       "late priority 9 is uktest's summary");		\
	static struct uk_testsuite suite = {				\
		.name = STRINGIFY(suite),				\
		.init = (initfn),					\
	};								\
	static int UK_CONCAT(__uk_testsuite_run_, suite)(void)		\
	{								\
		uk_testsuite_run(&suite);				\
		return 0;						\
	}								\
	uk_initcall_class_prio(UK_CONCAT(__uk_testsuite_run_, suite),	\
			       class, prio)

#define uk_testsuite_early_prio(suite, init, prio)			\
	uk_testsuite_initcall_prio(suite, init, UK_INIT_CLASS_EARLY, prio)
#define uk_testsuite_plat_prio(suite, init, prio)			\
	uk_testsuite_initcall_prio(suite, init, UK_INIT_CLASS_PLAT, prio)
#define uk_testsuite_lib_prio(suite, init, prio)			\
	uk_testsuite_initcall_prio(suite, init, UK_INIT_CLASS_LIB, prio)
#define uk_testsuite_rootfs_prio(suite, init, prio)			\
	uk_testsuite_initcall_prio(suite, init, UK_INIT_CLASS_ROOTFS, prio)
#define uk_testsuite_sys_prio(suite, init, prio)			\
	uk_testsuite_initcall_prio(suite, init, UK_INIT_CLASS_SYS, prio)
#define uk_testsuite_late_prio(suite, init, prio)			\
	uk_testsuite_initcall_prio(suite, init, UK_INIT_CLASS_LATE, prio)
#define uk_testsuite_prio(suite, init, prio)				\
	uk_testsuite_late_prio(suite, init, prio)
#define uk_testsuite_register(suite, init)				\
	uk_testsuite_late_prio(suite, init, 8)

/* Expectations: record, print, go on. */
#define UK_TEST_EXPECTF(cond, fmt, ...)					\
	_uk_test_check(!!(cond), __FILE__, __LINE__, fmt, ##__VA_ARGS__)

#define UK_TEST_EXPECT(cond)						\
	UK_TEST_EXPECTF(cond, "expected `%s` to hold", #cond)
#define UK_TEST_EXPECT_TRUE(cond)					\
	UK_TEST_EXPECTF(cond, "expected `%s` to be true", #cond)
#define UK_TEST_EXPECT_FALSE(cond)					\
	UK_TEST_EXPECTF(!(cond), "expected `%s` to be false", #cond)

#define UK_TEST_EXPECT_NULL(p)						\
	do {								\
		const void *__p = (const void *)(p);			\
		UK_TEST_EXPECTF(__p == NULL,				\
				"expected `%s` to be NULL but was %p",	\
				#p, __p);				\
	} while (0)

#define UK_TEST_EXPECT_NOT_NULL(p)					\
	do {								\
		const void *__p = (const void *)(p);			\
		UK_TEST_EXPECTF(__p != NULL,				\
				"expected `%s` not to be NULL", #p);	\
	} while (0)

#define UK_TEST_EXPECT_PTR_EQ(a, b)					\
	do {								\
		const void *__a = (const void *)(a);			\
		const void *__b = (const void *)(b);			\
		UK_TEST_EXPECTF(__a == __b,				\
				"expected `%s` to be %p but was %p",	\
				#a, __b, __a);				\
	} while (0)

/* Compare a and b as type t (evaluated once), print with fmt */
#define _UK_TEST_EXPECT_CMP(a, op, b, t, fmt, what)			\
	do {								\
		t __a = (t)(a);						\
		t __b = (t)(b);						\
		UK_TEST_EXPECTF(__a op __b, "expected `%s` to " what	\
				" " fmt " but was " fmt, #a, __b, __a);	\
	} while (0)

#define UK_TEST_EXPECT_ZERO(a)						\
	_UK_TEST_EXPECT_CMP(a, ==, 0, long, "%ld", "be")
#define UK_TEST_EXPECT_NOT_ZERO(a)					\
	_UK_TEST_EXPECT_CMP(a, !=, 0, long, "%ld", "not be")

#define UK_TEST_EXPECT_SNUM_EQ(a, b)					\
	_UK_TEST_EXPECT_CMP(a, ==, b, long, "%ld", "be")
#define UK_TEST_EXPECT_SNUM_NQ(a, b)					\
	_UK_TEST_EXPECT_CMP(a, !=, b, long, "%ld", "not be")
#define UK_TEST_EXPECT_SNUM_NE(a, b)	UK_TEST_EXPECT_SNUM_NQ(a, b)
#define UK_TEST_EXPECT_SNUM_GT(a, b)					\
	_UK_TEST_EXPECT_CMP(a, >, b, long, "%ld", "be greater than")
#define UK_TEST_EXPECT_SNUM_GE(a, b)					\
	_UK_TEST_EXPECT_CMP(a, >=, b, long, "%ld", "be at least")
#define UK_TEST_EXPECT_SNUM_LT(a, b)					\
	_UK_TEST_EXPECT_CMP(a, <, b, long, "%ld", "be less than")
#define UK_TEST_EXPECT_SNUM_LE(a, b)					\
	_UK_TEST_EXPECT_CMP(a, <=, b, long, "%ld", "be at most")

#define UK_TEST_EXPECT_UNUM_EQ(a, b)					\
	_UK_TEST_EXPECT_CMP(a, ==, b, unsigned long, "%lu", "be")
#define UK_TEST_EXPECT_UNUM_NQ(a, b)					\
	_UK_TEST_EXPECT_CMP(a, !=, b, unsigned long, "%lu", "not be")
#define UK_TEST_EXPECT_UNUM_NE(a, b)	UK_TEST_EXPECT_UNUM_NQ(a, b)
#define UK_TEST_EXPECT_UNUM_GT(a, b)					\
	_UK_TEST_EXPECT_CMP(a, >, b, unsigned long, "%lu", "be greater than")
#define UK_TEST_EXPECT_UNUM_GE(a, b)					\
	_UK_TEST_EXPECT_CMP(a, >=, b, unsigned long, "%lu", "be at least")
#define UK_TEST_EXPECT_UNUM_LT(a, b)					\
	_UK_TEST_EXPECT_CMP(a, <, b, unsigned long, "%lu", "be less than")
#define UK_TEST_EXPECT_UNUM_LE(a, b)					\
	_UK_TEST_EXPECT_CMP(a, <=, b, unsigned long, "%lu", "be at most")

#define UK_TEST_EXPECT_BYTES_EQ(a, b, size)				\
	do {								\
		const void *__a = (const void *)(a);			\
		const void *__b = (const void *)(b);			\
		UK_TEST_EXPECTF(memcmp(__a, __b, (size)) == 0,		\
				"expected %lu bytes at `%s` to equal "	\
				"`%s`", (unsigned long)(size), #a, #b);	\
	} while (0)

#define UK_TEST_EXPECT_STR_EQ(a, b)					\
	do {								\
		const char *__a = (a);					\
		const char *__b = (b);					\
		UK_TEST_EXPECTF(__a && __b && strcmp(__a, __b) == 0,	\
				"expected `%s` to be \"%s\" but was "	\
				"\"%s\"", #a, __b ? __b : "(null)",	\
				__a ? __a : "(null)");			\
	} while (0)

/* Assertions: like an expectation, then return from the function. */
#define UK_TEST_ASSERTF(cond, fmt, ...)					\
	do {								\
		if (!UK_TEST_EXPECTF(cond, fmt, ##__VA_ARGS__))		\
			return;						\
	} while (0)
#define UK_TEST_ASSERT(cond)						\
	UK_TEST_ASSERTF(cond, "expected `%s` to hold", #cond)

#endif /* __UK_TEST_H__ */
