/* SPDX-License-Identifier: BSD-3-Clause */
/* uktest checks itself: every expectation macro on values that pass. */
#include <stddef.h>
#include <uk/test.h>

static int suite_init_ran;

static int uktest_self_init(struct uk_testsuite *suite __unused)
{
	suite_init_ran = 1;
	return 0;
}

UK_TESTCASE(uktest_self_testsuite, uktest_test_init_ran)
{
	UK_TEST_EXPECT(suite_init_ran);
	UK_TEST_ASSERT(esac != NULL);
	UK_TEST_EXPECT_STR_EQ(esac->name, "uktest_test_init_ran");
	UK_TEST_EXPECT_STR_EQ(esac->suite, "uktest_self_testsuite");
}

UK_TESTCASE(uktest_self_testsuite, uktest_test_booleans_and_pointers)
{
	int x = 3;

	UK_TEST_EXPECT_TRUE(x == 3);
	UK_TEST_EXPECT_FALSE(x == 4);
	UK_TEST_EXPECT_NULL(NULL);
	UK_TEST_EXPECT_NOT_NULL(&x);
	UK_TEST_EXPECT_PTR_EQ(&x, &x);
	UK_TEST_EXPECT_ZERO(x - 3);
	UK_TEST_EXPECT_NOT_ZERO(x);
}

UK_TESTCASE(uktest_self_testsuite, uktest_test_numbers)
{
	long m = -5;
	unsigned long big = ~0UL;

	UK_TEST_EXPECT_SNUM_EQ(m, -5);
	UK_TEST_EXPECT_SNUM_NQ(m, 5);
	UK_TEST_EXPECT_SNUM_LT(m, 0);
	UK_TEST_EXPECT_SNUM_LE(m, -5);
	UK_TEST_EXPECT_SNUM_GT(0, m);
	UK_TEST_EXPECT_SNUM_GE(-5, m);
	/* Unsigned comparisons do not see ~0 as -1 */
	UK_TEST_EXPECT_UNUM_GT(big, 1);
	UK_TEST_EXPECT_UNUM_EQ(big, ~0UL);
	UK_TEST_EXPECT_UNUM_NQ(big, 0);
	UK_TEST_EXPECT_UNUM_LT(1, big);
	UK_TEST_EXPECT_UNUM_LE(big, big);
	UK_TEST_EXPECT_UNUM_GE(big, big);
}

UK_TESTCASE(uktest_self_testsuite, uktest_test_bytes_and_strings)
{
	const char a[] = { 1, 2, 3, 4 };
	const char b[] = { 1, 2, 3, 5 };

	UK_TEST_EXPECT_BYTES_EQ(a, b, 3);
	UK_TEST_EXPECT(memcmp(a, b, 4) != 0);
	UK_TEST_EXPECT_STR_EQ("uk" "test", "uktest");
}

/* Arguments are evaluated exactly once */
UK_TESTCASE(uktest_self_testsuite, uktest_test_single_evaluation)
{
	int n = 0;

	UK_TEST_EXPECT_SNUM_EQ(++n, 1);
	UK_TEST_EXPECT_SNUM_EQ(n, 1);
	UK_TEST_EXPECT_NOT_NULL((n++, &n));
	UK_TEST_EXPECT_SNUM_EQ(n, 2);
}

uk_testsuite_register(uktest_self_testsuite, uktest_self_init);
