/* SPDX-License-Identifier: BSD-3-Clause */
/* C library checks: printf formats, qsort, bsearch, strtol, setjmp. */
#include <limits.h>
#include <stdarg.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "coretest.h"

static int fmt_is(const char *expect, const char *fmt, ...)
{
	char buf[128];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (strcmp(buf, expect)) {
		printf("  printf(\"%s\") gave \"%s\", expected \"%s\"\n", fmt,
		       buf, expect);
		return 0;
	}
	return 1;
}

static void test_printf(void)
{
	CT_CHECK(fmt_is("42|-42|+42| 42|00042|42   ", "%d|%i|%+d|% d|%05d|%-5d",
			42, -42, 42, 42, 42, 42));
	CT_CHECK(fmt_is("ff|FF|0xff|377|0377", "%x|%X|%#x|%o|%#o", 255, 255,
			255, 255, 255));
	CT_CHECK(fmt_is("18446744073709551615|-9223372036854775808",
			"%llu|%lld", ULLONG_MAX, LLONG_MIN));
	CT_CHECK(fmt_is("[  abc]|[abc  ]|[ab]|[x]", "[%5s]|[%-5s]|[%.2s]|[%c]",
			"abc", "abc", "abc", 'x'));
	CT_CHECK(fmt_is("3.14|3.141593|-2.50e+00|0.0001|1e+20",
			"%.2f|%f|%.2e|%g|%g", 3.14159, 3.1415926, -2.5,
			0.0001, 1e20));
	CT_CHECK(fmt_is("[   7]|[7   ]|%", "[%*d]|[%-*d]|%%", 4, 7, 4, 7));
	CT_CHECK(fmt_is("12|255|65535", "%zu|%hhu|%hu", (size_t)12,
			(unsigned char)255, (unsigned short)65535));
	CT_CHECK(fmt_is("(null)", "%s", (char *)NULL));

	signed char hn = 0;
	long ln = 0;

	snprintf(NULL, 0, "abc%hhnde%ln", &hn, &ln);
	CT_CHECK(hn == 3 && ln == 5);
}

static void test_sscanf(void)
{
	unsigned char c = 0;
	short h = 0;
	long long ll = 0;
	size_t z = 0;
	char word[8];
	int n = 0;

	CT_CHECK(sscanf("200 -7 123456789012 42 word", "%hhu %hd %lld %zu %7s%n",
			&c, &h, &ll, &z, word, &n) == 5);
	CT_CHECK(c == 200 && h == -7 && ll == 123456789012LL && z == 42);
	CT_CHECK(!strcmp(word, "word") && n == 27);
}

static int cmp_int(const void *a, const void *b)
{
	return *(const int *)a - *(const int *)b;
}

static void test_qsort(void)
{
	int v[64];

	for (int i = 0; i < 64; i++)
		v[i] = (i * 37 + 11) % 64;
	qsort(v, 64, sizeof(int), cmp_int);
	for (int i = 0; i < 64; i++)
		CT_CHECK(v[i] == i);
	int key = 41;
	int *hit = bsearch(&key, v, 64, sizeof(int), cmp_int);

	CT_CHECK(hit && *hit == 41);
}

static void test_strtol(void)
{
	char *end;

	CT_CHECK(strtol("  -123abc", &end, 10) == -123 && *end == 'a');
	CT_CHECK(strtol("0x1f", NULL, 0) == 31);
	CT_CHECK(strtol("0777", NULL, 0) == 511);
	CT_CHECK(strtoul("ffffffff", NULL, 16) == 0xffffffffUL);
	CT_CHECK(strtoll("9223372036854775807", NULL, 10) == LLONG_MAX);
	CT_CHECK(strtol("99999999999999999999", NULL, 10) == LONG_MAX);
	CT_CHECK(atoi("42") == 42);
}

static jmp_buf jb;

static void __attribute__((noinline)) jump_back(int v)
{
	longjmp(jb, v);
}

static void test_setjmp(void)
{
	volatile int rounds = 0;
	int v = setjmp(jb);

	if (v < 3) {
		rounds++;
		jump_back(v + 1);
	}
	CT_CHECK(v == 3 && rounds == 3);
}

void run_libc_tests(void)
{
	ct_run("printf_formats", test_printf);
	ct_run("qsort_bsearch", test_qsort);
	ct_run("strtol", test_strtol);
	ct_run("setjmp", test_setjmp);
	ct_run("sscanf", test_sscanf);
}
