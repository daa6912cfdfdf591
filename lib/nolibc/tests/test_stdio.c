/* SPDX-License-Identifier: BSD-3-Clause */
/* nolibc: the printf and scanf families on strings. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <uk/test.h>

UK_TESTCASE(nolibc_stdio_testsuite, nolibc_test_snprintf_integers)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%d|%i|%u", -7, 42, 3000000000u);
	UK_TEST_EXPECT_STR_EQ(buf, "-7|42|3000000000");
	snprintf(buf, sizeof(buf), "%x|%X|%#o|%#x", 255, 255, 8, 16);
	UK_TEST_EXPECT_STR_EQ(buf, "ff|FF|010|0x10");
	snprintf(buf, sizeof(buf), "%5d|%-5d|%05d|%+d", 42, 42, 42, 42);
	UK_TEST_EXPECT_STR_EQ(buf, "   42|42   |00042|+42");
	snprintf(buf, sizeof(buf), "%ld|%lld|%zu", -1L, -1LL, (size_t)7);
	UK_TEST_EXPECT_STR_EQ(buf, "-1|-1|7");
	snprintf(buf, sizeof(buf), "%lu", (unsigned long)UINT64_MAX);
	UK_TEST_EXPECT_STR_EQ(buf, "18446744073709551615");
	snprintf(buf, sizeof(buf), "%hhd|%hd", 300, 70000);
	UK_TEST_EXPECT_STR_EQ(buf, "44|4464");
}

UK_TESTCASE(nolibc_stdio_testsuite, nolibc_test_snprintf_strings)
{
	char buf[16];
	int n;

	snprintf(buf, sizeof(buf), "%s|%c|%%|%.2s", "str", 'c', "abcdef");
	UK_TEST_EXPECT_STR_EQ(buf, "str|c|%|ab");
	snprintf(buf, sizeof(buf), "[%6s][%-4s]", "ab", "cd");
	UK_TEST_EXPECT_STR_EQ(buf, "[    ab][cd  ]");
	/* Truncation: the return value is the untruncated length */
	n = snprintf(buf, 8, "0123456789");
	UK_TEST_EXPECT_SNUM_EQ(n, 10);
	UK_TEST_EXPECT_STR_EQ(buf, "0123456");
	UK_TEST_EXPECT_SNUM_EQ(snprintf(NULL, 0, "%d", 12345), 5);
	snprintf(buf, sizeof(buf), "%p", (void *)0x1234);
	UK_TEST_EXPECT_STR_EQ(buf, "0x1234");
}

UK_TESTCASE(nolibc_stdio_testsuite, nolibc_test_snprintf_floats)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%.3f|%f", 3.14159, -0.5);
	UK_TEST_EXPECT_STR_EQ(buf, "3.142|-0.500000");
	snprintf(buf, sizeof(buf), "%e", 12345.0);
	UK_TEST_EXPECT_STR_EQ(buf, "1.234500e+04");
	snprintf(buf, sizeof(buf), "%g|%g", 0.0001, 100000.0);
	UK_TEST_EXPECT_STR_EQ(buf, "0.0001|100000");
}

UK_TESTCASE(nolibc_stdio_testsuite, nolibc_test_sscanf)
{
	char word[8];
	unsigned int hex;
	double d;
	int a, b, n;

	n = sscanf("12 -34 ff word 2.5", "%d %d %x %7s %lf", &a, &b, &hex,
		   word, &d);
	UK_TEST_EXPECT_SNUM_EQ(n, 5);
	UK_TEST_EXPECT_SNUM_EQ(a, 12);
	UK_TEST_EXPECT_SNUM_EQ(b, -34);
	UK_TEST_EXPECT_UNUM_EQ(hex, 255);
	UK_TEST_EXPECT_STR_EQ(word, "word");
	UK_TEST_EXPECT(d == 2.5);
	/* A mismatch stops the conversion */
	UK_TEST_EXPECT_SNUM_EQ(sscanf("7 x", "%d %d", &a, &b), 1);
	UK_TEST_EXPECT_SNUM_EQ(sscanf("", "%d", &a), EOF);
	UK_TEST_EXPECT_SNUM_EQ(sscanf("key=val", "key=%n", &n), 0);
	UK_TEST_EXPECT_SNUM_EQ(n, 4);
}

uk_testsuite_register(nolibc_stdio_testsuite, NULL);
