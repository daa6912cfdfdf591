/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The seeds' uktest example: a factorial function and its test suite,
 * run during boot before main(). APPUKTESTFACTORIAL_WRONG adds an
 * expectation that fails, to check that the host sees the failure.
 */
#include <stdio.h>
#include <uk/config.h>
#include <uk/test.h>

static int factorial(int n)
{
	int result = 1;

	for (int i = 2; i <= n; i++)
		result *= i;
	return result;
}

UK_TESTCASE(factorial_testsuite, factorial_test_positive)
{
	UK_TEST_EXPECT_SNUM_EQ(factorial(2), 2);
	UK_TEST_EXPECT_SNUM_EQ(factorial(5), 120);
}

UK_TESTCASE(factorial_testsuite, factorial_test_zero)
{
	UK_TEST_EXPECT_SNUM_EQ(factorial(0), 1);
#if CONFIG_APPUKTESTFACTORIAL_WRONG
	UK_TEST_ASSERT(factorial(3) == 7);
	UK_TEST_EXPECT_SNUM_EQ(factorial(4), 25);	/* not reached */
#endif
}

uk_testsuite_register(factorial_testsuite, NULL);

int main(void)
{
	printf("factorial app: main reached\n");
	return 0;
}
