/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * String to floating point: strtod, strtof, strtold, atof.
 *
 * Conversions are exact: the decimal number D * 10^q is turned into a
 * binary one with big integer arithmetic (no floating-point operations),
 * then rounded once, to nearest with ties to even, to the precision of the
 * target type. Up to 800 significant digits are kept; further nonzero
 * digits only act as a tie breaker, which is exact because a halfway
 * point between two doubles never needs more than 767 digits.
 */
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "fpu.h"

#if NOLIBC_HAVE_FP

#define MAX_DIGITS	800
#define BIG_WORDS	128	/* 4096 bits: 10^1125 << 63 fits */

struct big {
	int n;			/* words in use, w[n - 1] != 0 unless n == 0 */
	uint32_t w[BIG_WORDS];
};

static void big_set(struct big *b, uint64_t v)
{
	b->n = 0;
	for (; v; v >>= 32)
		b->w[b->n++] = (uint32_t)v;
}

/* b = b * m + a */
static void big_muladd(struct big *b, uint32_t m, uint32_t a)
{
	uint64_t carry = a;

	for (int i = 0; i < b->n; i++) {
		uint64_t t = (uint64_t)b->w[i] * m + carry;

		b->w[i] = (uint32_t)t;
		carry = t >> 32;
	}
	if (carry)
		b->w[b->n++] = (uint32_t)carry;
}

static void big_mulpow10(struct big *b, int e)
{
	for (; e >= 9; e -= 9)
		big_muladd(b, 1000000000U, 0);
	if (e) {
		uint32_t p = 1;

		while (e--)
			p *= 10;
		big_muladd(b, p, 0);
	}
}

static int big_bitlen(const struct big *b)
{
	if (!b->n)
		return 0;
	return 32 * b->n - __builtin_clz(b->w[b->n - 1]);
}

static void big_shl(struct big *b, int k)
{
	int words = k / 32, bits = k % 32, i;

	if (!b->n)
		return;
	b->w[b->n] = 0;
	for (i = b->n; i >= 0; i--) {
		uint32_t hi = b->w[i] << bits;

		if (bits && i > 0)
			hi |= b->w[i - 1] >> (32 - bits);
		b->w[i + words] = hi;
	}
	for (i = 0; i < words; i++)
		b->w[i] = 0;
	b->n += words + 1;
	while (b->n && !b->w[b->n - 1])
		b->n--;
}

static void big_shr1(struct big *b)
{
	for (int i = 0; i < b->n; i++) {
		b->w[i] >>= 1;
		if (i + 1 < b->n)
			b->w[i] |= b->w[i + 1] << 31;
	}
	while (b->n && !b->w[b->n - 1])
		b->n--;
}

static int big_cmp(const struct big *a, const struct big *b)
{
	if (a->n != b->n)
		return a->n < b->n ? -1 : 1;
	for (int i = a->n - 1; i >= 0; i--) {
		if (a->w[i] != b->w[i])
			return a->w[i] < b->w[i] ? -1 : 1;
	}
	return 0;
}

/* a -= b, for a >= b */
static void big_sub(struct big *a, const struct big *b)
{
	uint64_t borrow = 0;

	for (int i = 0; i < a->n; i++) {
		uint64_t t = (uint64_t)a->w[i] - (i < b->n ? b->w[i] : 0) -
			     borrow;

		a->w[i] = (uint32_t)t;
		borrow = (t >> 32) & 1;
	}
	while (a->n && !a->w[a->n - 1])
		a->n--;
}

/* The 64 most significant bits of b; *sticky tells whether bits remain */
static uint64_t big_top64(const struct big *b, int *shift, int *sticky)
{
	int bl = big_bitlen(b), s = bl > 64 ? bl - 64 : 0;
	uint64_t v = 0;

	*sticky = 0;
	for (int i = bl - 1; i >= s; i--)
		v = (v << 1) | ((b->w[i / 32] >> (i % 32)) & 1);
	for (int i = 0; i < s && !*sticky; i++)
		*sticky = (b->w[i / 32] >> (i % 32)) & 1;
	*shift = s;
	return v;
}

struct fpfmt {
	int mbits;	/* significand bits, with the implicit one */
	int emax;	/* largest unbiased exponent */
};

static const struct fpfmt fmt_double = { 53, 1023 };
static const struct fpfmt fmt_float = { 24, 127 };

/*
 * The bit pattern of the number nearest to (m + f) * 2^e2, where f is in
 * [0, 1) and nonzero iff `sticky`. Sets ERANGE on overflow and underflow.
 */
static uint64_t make_fp(const struct fpfmt *ft, uint64_t m, int e2,
			int sticky)
{
	int emin_lsb = 2 - ft->emax - ft->mbits;	/* subnormal LSB */
	int bl, lead, lsb, shift, inexact = sticky;
	uint64_t implicit = 1ULL << (ft->mbits - 1);

	if (!m) {
		if (sticky)
			errno = ERANGE;
		return 0;
	}
	bl = 64 - __builtin_clzll(m);
	lead = e2 + bl - 1;
	if (lead > ft->emax)
		goto overflow;
	lsb = lead - (ft->mbits - 1);
	if (lsb < emin_lsb)
		lsb = emin_lsb;
	shift = lsb - e2;
	if (shift <= 0) {
		m <<= -shift;
	} else if (shift > 64) {
		m = 0;
		inexact = 1;
	} else {
		uint64_t rem = shift == 64 ? m : m & ((1ULL << shift) - 1);
		uint64_t half = 1ULL << (shift - 1);

		m = shift == 64 ? 0 : m >> shift;
		inexact |= rem != 0;
		if (rem > half || (rem == half && (sticky || (m & 1))))
			m++;
		if (m >> ft->mbits) {
			m >>= 1;
			lsb++;
		}
	}
	if (lsb + ft->mbits - 1 > ft->emax)
		goto overflow;
	if (m < implicit) {
		/* subnormal or zero */
		if (inexact)
			errno = ERANGE;
		return m;
	}
	return ((uint64_t)(lsb - emin_lsb + 1) << (ft->mbits - 1)) |
	       (m & (implicit - 1));

overflow:
	errno = ERANGE;
	return (uint64_t)(2 * ft->emax + 1) << (ft->mbits - 1);
}

/* D * 10^q in binary, D != 0 */
static uint64_t dec_to_fp(const struct fpfmt *ft, struct big *d, int q)
{
	struct big b;
	uint64_t m = 0;
	int shift, sticky, k;

	if (q >= 0) {
		big_mulpow10(d, q);
		m = big_top64(d, &shift, &sticky);
		return make_fp(ft, m, shift, sticky);
	}

	/* D / 10^-q: a 63 or 64 bit quotient by long division */
	big_set(&b, 1);
	big_mulpow10(&b, -q);
	k = 63 + big_bitlen(&b) - big_bitlen(d);
	if (k >= 0)
		big_shl(d, k);
	else
		big_shl(&b, -k);
	big_shl(&b, 63);
	for (int i = 63; i >= 0; i--) {
		if (big_cmp(d, &b) >= 0) {
			big_sub(d, &b);
			m |= 1ULL << i;
		}
		big_shr1(&b);
	}
	return make_fp(ft, m, -k, d->n != 0);
}

static int match(const char *s, const char *word)
{
	size_t i;

	for (i = 0; word[i]; i++) {
		if (tolower((unsigned char)s[i]) != word[i])
			return 0;
	}
	return (int)i;
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Exponent digits after 'e' or 'p'; *s is left alone if there are none */
static int parse_exp(const char **s)
{
	const char *p = *s + 1;
	int neg = 0, e = 0;

	if (*p == '+' || *p == '-')
		neg = (*p++ == '-');
	if (!isdigit((unsigned char)*p))
		return 0;
	for (; isdigit((unsigned char)*p); p++) {
		if (e < 100000)
			e = e * 10 + (*p - '0');
	}
	*s = p;
	return neg ? -e : e;
}

static uint64_t parse_hex(const struct fpfmt *ft, const char **sp)
{
	const char *s = *sp;
	uint64_t m = 0;
	int e2 = 0, sticky = 0, point = 0, any = 0, v;

	for (;; s++) {
		if (*s == '.' && !point) {
			point = 1;
			continue;
		}
		v = hexval((unsigned char)*s);
		if (v < 0)
			break;
		any = 1;
		if (m >> 60) {
			sticky |= v != 0;
			if (!point)
				e2 += 4;
		} else {
			m = (m << 4) | v;
			if (point)
				e2 -= 4;
		}
	}
	if (!any)
		return (uint64_t)-1;
	if ((*s | 0x20) == 'p')
		e2 += parse_exp(&s);
	*sp = s;
	return make_fp(ft, m, e2, sticky);
}

/*
 * Parses a number at s; returns its bit pattern in format ft (without
 * the sign) and sets *neg. *end is s when there is no number.
 */
static uint64_t parse_fp(const struct fpfmt *ft, const char *s, char **end,
			 int *neg)
{
	const char *start = s, *p;
	uint64_t inf = (uint64_t)(2 * ft->emax + 1) << (ft->mbits - 1);
	struct big d;
	uint32_t chunk = 0;
	int nd = 0, nchunk = 0, q = 0, point = 0, any = 0, sticky = 0;
	int n;

	*neg = 0;
	while (isspace((unsigned char)*s))
		s++;
	if (*s == '+' || *s == '-')
		*neg = (*s++ == '-');

	if ((n = match(s, "infinity")) || (n = match(s, "inf"))) {
		*end = (char *)s + n;
		return inf;
	}
	if ((n = match(s, "nan"))) {
		s += n;
		if (*s == '(') {
			for (p = s + 1; isalnum((unsigned char)*p) ||
			     *p == '_'; p++)
				;
			if (*p == ')')
				s = p + 1;
		}
		*end = (char *)s;
		return inf | (1ULL << (ft->mbits - 2));	/* quiet NaN */
	}
	if (s[0] == '0' && (s[1] | 0x20) == 'x') {
		p = s + 2;
		uint64_t bits = parse_hex(ft, &p);

		if (bits != (uint64_t)-1) {
			*end = (char *)p;
			return bits;
		}
		/* just "0" */
		*end = (char *)s + 1;
		return 0;
	}

	big_set(&d, 0);
	for (;; s++) {
		if (*s == '.' && !point) {
			point = 1;
			continue;
		}
		if (!isdigit((unsigned char)*s))
			break;
		any = 1;
		if (point)
			q--;
		if (nd == 0 && *s == '0')
			continue;	/* leading zero */
		if (nd >= MAX_DIGITS) {
			sticky |= *s != '0';
			q++;
			continue;
		}
		chunk = chunk * 10 + (*s - '0');
		nd++;
		if (++nchunk == 9) {
			big_muladd(&d, 1000000000U, chunk);
			chunk = 0;
			nchunk = 0;
		}
	}
	if (!any) {
		*neg = 0;
		*end = (char *)start;
		return 0;
	}
	if ((*s | 0x20) == 'e')
		q += parse_exp(&s);
	*end = (char *)s;

	if (nchunk) {
		uint32_t p10 = 1;

		while (nchunk--)
			p10 *= 10;
		big_muladd(&d, p10, chunk);
	}
	if (sticky) {
		big_muladd(&d, 10, 1);
		nd++;
		q--;
	}
	if (nd == 0)
		return 0;
	if (nd + q > 310) {
		errno = ERANGE;
		return inf;
	}
	if (nd + q < -324) {
		errno = ERANGE;
		return 0;
	}
	return dec_to_fp(ft, &d, q);
}

double strtod(const char *nptr, char **endptr)
{
	char *end;
	int neg;
	uint64_t bits = parse_fp(&fmt_double, nptr, &end, &neg);
	double x;

	if (endptr)
		*endptr = end;
	bits |= (uint64_t)neg << 63;
	memcpy(&x, &bits, sizeof(x));
	return x;
}

float strtof(const char *nptr, char **endptr)
{
	char *end;
	int neg;
	uint32_t bits = (uint32_t)parse_fp(&fmt_float, nptr, &end, &neg);
	float x;

	if (endptr)
		*endptr = end;
	bits |= (uint32_t)neg << 31;
	memcpy(&x, &bits, sizeof(x));
	return x;
}

long double strtold(const char *nptr, char **endptr)
{
	return strtod(nptr, endptr);
}

double atof(const char *nptr)
{
	return strtod(nptr, NULL);
}
#endif /* NOLIBC_HAVE_FP */
