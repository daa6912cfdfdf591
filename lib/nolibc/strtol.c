/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * String to integer conversions: strto(u)l(l), strtoimax/strtoumax and the
 * ato* shorthands. Out-of-range values saturate and set errno to ERANGE;
 * an invalid base sets EINVAL. On LP64 long and long long are the same
 * width, so everything funnels into one 64-bit parser.
 */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>

static int digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	return 99;
}

/*
 * Parses an optionally signed integer; the magnitude may not exceed
 * lim_pos (lim_neg for negative numbers). Returns the magnitude (the
 * limit on overflow, with *ovf set) and the sign in *neg.
 */
static unsigned long long parse(const char *nptr, char **endptr, int base,
				unsigned long long lim_pos,
				unsigned long long lim_neg, int *neg, int *ovf)
{
	const char *s = nptr;
	unsigned long long v = 0, lim;
	int any = 0, d;

	*neg = 0;
	*ovf = 0;
	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		if (endptr)
			*endptr = (char *)nptr;
		return 0;
	}
	while (isspace((unsigned char)*s))
		s++;
	if (*s == '-' || *s == '+')
		*neg = (*s++ == '-');
	if ((base == 0 || base == 16) && s[0] == '0' &&
	    (s[1] | 0x20) == 'x' && digit_value((unsigned char)s[2]) < 16) {
		s += 2;
		base = 16;
	} else if (base == 0) {
		base = (s[0] == '0') ? 8 : 10;
	}

	lim = *neg ? lim_neg : lim_pos;
	for (; (d = digit_value((unsigned char)*s)) < base; s++) {
		any = 1;
		if (*ovf)
			continue;
		if (v > (lim - d) / base)
			*ovf = 1;
		else
			v = v * base + d;
	}
	if (endptr)
		*endptr = (char *)(any ? s : nptr);
	if (!any)
		*neg = 0;
	if (*ovf) {
		errno = ERANGE;
		return lim;
	}
	return v;
}

long long strtoll(const char *nptr, char **endptr, int base)
{
	int neg, ovf;
	unsigned long long v = parse(nptr, endptr, base, LLONG_MAX,
				     (unsigned long long)LLONG_MAX + 1,
				     &neg, &ovf);

	return neg ? (long long)(0 - v) : (long long)v;
}

unsigned long long strtoull(const char *nptr, char **endptr, int base)
{
	int neg, ovf;
	unsigned long long v = parse(nptr, endptr, base, ULLONG_MAX,
				     ULLONG_MAX, &neg, &ovf);

	/* "-1" is ULLONG_MAX, but an overflow stays ULLONG_MAX */
	return (neg && !ovf) ? 0 - v : v;
}

long strtol(const char *nptr, char **endptr, int base)
{
	int neg, ovf;
	unsigned long long v = parse(nptr, endptr, base, LONG_MAX,
				     (unsigned long long)LONG_MAX + 1,
				     &neg, &ovf);

	return neg ? (long)(0 - v) : (long)v;
}

unsigned long strtoul(const char *nptr, char **endptr, int base)
{
	int neg, ovf;
	unsigned long long v = parse(nptr, endptr, base, ULONG_MAX,
				     ULONG_MAX, &neg, &ovf);

	return (neg && !ovf) ? (unsigned long)(0 - v) : (unsigned long)v;
}

intmax_t strtoimax(const char *nptr, char **endptr, int base)
{
	return strtoll(nptr, endptr, base);
}

uintmax_t strtoumax(const char *nptr, char **endptr, int base)
{
	return strtoull(nptr, endptr, base);
}

int atoi(const char *nptr)
{
	return (int)strtol(nptr, NULL, 10);
}

long atol(const char *nptr)
{
	return strtol(nptr, NULL, 10);
}

long long atoll(const char *nptr)
{
	return strtoll(nptr, NULL, 10);
}
