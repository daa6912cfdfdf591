/* SPDX-License-Identifier: BSD-3-Clause */
/* nolibc: memory and string functions, number conversions. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <uk/test.h>

UK_TESTCASE(nolibc_string_testsuite, nolibc_test_mem)
{
	char buf[16] = "abcdefgh";

	UK_TEST_EXPECT_PTR_EQ(memset(buf + 8, 'x', 4), buf + 8);
	UK_TEST_EXPECT_BYTES_EQ(buf + 6, "ghxxxx", 6);
	/* Overlapping move in both directions */
	memmove(buf + 2, buf, 6);
	UK_TEST_EXPECT_BYTES_EQ(buf, "ababcdef", 8);
	memmove(buf, buf + 2, 6);
	UK_TEST_EXPECT_BYTES_EQ(buf, "abcdefef", 8);
	UK_TEST_EXPECT_PTR_EQ(memcpy(buf, "12", 2), buf);
	UK_TEST_EXPECT_SNUM_LT(memcmp("abc", "abd", 3), 0);
	UK_TEST_EXPECT_SNUM_GT(memcmp("\xff", "\x01", 1), 0);
	UK_TEST_EXPECT_ZERO(memcmp("abc", "abd", 2));
	UK_TEST_EXPECT_PTR_EQ(memchr(buf, 'e', 8), buf + 4);
	UK_TEST_EXPECT_PTR_EQ(memrchr(buf, 'e', 8), buf + 6);
	UK_TEST_EXPECT_NULL(memchr(buf, 'z', 8));
	UK_TEST_EXPECT_PTR_EQ(memmem("hello world", 11, "o w", 3),
			      "hello world" + 4);
}

UK_TESTCASE(nolibc_string_testsuite, nolibc_test_str)
{
	const char *s = "path/to/file";
	char buf[16];
	char *dup;

	UK_TEST_EXPECT_UNUM_EQ(strlen(s), 12);
	UK_TEST_EXPECT_UNUM_EQ(strnlen(s, 4), 4);
	UK_TEST_EXPECT_ZERO(strcmp("same", "same"));
	UK_TEST_EXPECT_SNUM_LT(strcmp("a", "b"), 0);
	UK_TEST_EXPECT_SNUM_GT(strcmp("ab", "a"), 0);
	UK_TEST_EXPECT_ZERO(strncmp("abcX", "abcY", 3));
	UK_TEST_EXPECT_ZERO(strcasecmp("HeLLo", "hello"));
	UK_TEST_EXPECT_PTR_EQ(strchr(s, '/'), s + 4);
	UK_TEST_EXPECT_PTR_EQ(strrchr(s, '/'), s + 7);
	UK_TEST_EXPECT_PTR_EQ(strchr(s, '\0'), s + 12);
	UK_TEST_EXPECT_PTR_EQ(strstr(s, "to"), s + 5);
	UK_TEST_EXPECT_NULL(strstr(s, "nope"));
	UK_TEST_EXPECT_UNUM_EQ(strspn("aabbc", "ab"), 4);
	UK_TEST_EXPECT_UNUM_EQ(strcspn("abc:d", ":"), 3);
	UK_TEST_EXPECT_UNUM_EQ(strlcpy(buf, "truncate me", 6), 11);
	UK_TEST_EXPECT_STR_EQ(buf, "trunc");
	strcpy(buf, "ab");
	strcat(buf, "cd");
	UK_TEST_EXPECT_STR_EQ(buf, "abcd");
	dup = strdup(s);
	UK_TEST_ASSERT(dup != NULL);
	UK_TEST_EXPECT_STR_EQ(dup, s);
	UK_TEST_EXPECT(dup != s);
	free(dup);
}

UK_TESTCASE(nolibc_string_testsuite, nolibc_test_strtok)
{
	char line[] = "a,b,,c";
	char *save, *tok;

	tok = strtok_r(line, ",", &save);
	UK_TEST_EXPECT_STR_EQ(tok, "a");
	UK_TEST_EXPECT_STR_EQ(strtok_r(NULL, ",", &save), "b");
	UK_TEST_EXPECT_STR_EQ(strtok_r(NULL, ",", &save), "c");
	UK_TEST_EXPECT_NULL(strtok_r(NULL, ",", &save));
}

UK_TESTCASE(nolibc_string_testsuite, nolibc_test_strtol)
{
	char *end;

	UK_TEST_EXPECT_SNUM_EQ(strtol("  -42xyz", &end, 10), -42);
	UK_TEST_EXPECT_STR_EQ(end, "xyz");
	UK_TEST_EXPECT_SNUM_EQ(strtol("0x1f", NULL, 0), 31);
	UK_TEST_EXPECT_SNUM_EQ(strtol("017", NULL, 0), 15);
	UK_TEST_EXPECT_UNUM_EQ(strtoul("ffffffffffffffff", NULL, 16),
			       ULONG_MAX);
	errno = 0;
	UK_TEST_EXPECT_SNUM_EQ(strtol("99999999999999999999", NULL, 10),
			       LONG_MAX);
	UK_TEST_EXPECT_SNUM_EQ(errno, ERANGE);
	UK_TEST_EXPECT_SNUM_EQ(atoi("123"), 123);
}

uk_testsuite_register(nolibc_string_testsuite, NULL);
