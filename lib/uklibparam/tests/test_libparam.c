/* SPDX-License-Identifier: BSD-3-Clause */
/* uklibparam: parsing prefix.name=value into typed parameters. */
#include <string.h>
#include <uk/libparam.h>
#include <uk/test.h>

static int t_int;
static unsigned long t_ulong;
static __s8 t_s8;
static char *t_str;
static int t_bool;

UK_LIB_PARAM(t_int, int);
UK_LIB_PARAM(t_ulong, ulong);
UK_LIB_PARAM(t_s8, __s8);
UK_LIB_PARAM_STR(t_str);
UK_LIB_PARAM(t_bool, bool);

UK_TESTCASE(uklibparam_testsuite, uklibparam_test_set)
{
	char a1[] = "uklibparam.t_int=-12";
	char a2[] = "uklibparam.t_ulong=0x10";
	char a3[] = "uklibparam.t_str=hello";
	char a4[] = "uklibparam.t_bool=1";

	UK_TEST_EXPECT_ZERO(uk_libparam_set(a1));
	UK_TEST_EXPECT_SNUM_EQ(t_int, -12);
	UK_TEST_EXPECT_ZERO(uk_libparam_set(a2));
	UK_TEST_EXPECT_UNUM_EQ(t_ulong, 16);
	UK_TEST_EXPECT_ZERO(uk_libparam_set(a3));
	UK_TEST_EXPECT_STR_EQ(t_str, "hello");
	UK_TEST_EXPECT_ZERO(uk_libparam_set(a4));
	UK_TEST_EXPECT_SNUM_EQ(t_bool, 1);
}

UK_TESTCASE(uklibparam_testsuite, uklibparam_test_bad_input)
{
	char unknown[] = "uklibparam.nothere=1";
	char noval[] = "uklibparam.t_int";
	char badnum[] = "uklibparam.t_int=12abc";
	char toobig[] = "uklibparam.t_s8=300";

	t_int = 5;
	UK_TEST_EXPECT_SNUM_LT(uk_libparam_set(unknown), 0);
	UK_TEST_EXPECT_SNUM_LT(uk_libparam_set(noval), 0);
	UK_TEST_EXPECT_SNUM_LT(uk_libparam_set(badnum), 0);
	UK_TEST_EXPECT_SNUM_EQ(t_int, 5);
	UK_TEST_EXPECT_SNUM_LT(uk_libparam_set(toobig), 0);
}

UK_TESTCASE(uklibparam_testsuite, uklibparam_test_parse_stops_at_dashes)
{
	char p1[] = "uklibparam.t_int=7";
	char dd[] = "--";
	char app[] = "uklibparam.t_int=8";
	char *argv[] = { p1, dd, app, NULL };

	UK_TEST_EXPECT_SNUM_EQ(uk_libparam_parse(3, argv), 2);
	UK_TEST_EXPECT_SNUM_EQ(t_int, 7);
	/* Without "--" everything belongs to the application */
	UK_TEST_EXPECT_SNUM_EQ(uk_libparam_parse(1, &argv[2]), 0);
	UK_TEST_EXPECT_SNUM_EQ(t_int, 7);
}

uk_testsuite_register(uklibparam_testsuite, NULL);
