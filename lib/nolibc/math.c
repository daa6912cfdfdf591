/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The exact <math.h> functions, on the bits of IEEE 754 doubles. sqrt
 * uses the CPU's instruction: this file is built with -fno-math-errno so
 * that __builtin_sqrt never falls back to a library call (to itself).
 */
#include <math.h>
#include <stdint.h>
#include "fpu.h"

#if NOLIBC_HAVE_FP

#define MANT_BITS	52
#define EXP_BIAS	1023
#define SIGN_BIT	(1ULL << 63)
#define MANT_MASK	((1ULL << MANT_BITS) - 1)

static inline uint64_t bits_of(double x)
{
	uint64_t b;

	__builtin_memcpy(&b, &x, sizeof(b));
	return b;
}

static inline double of_bits(uint64_t b)
{
	double x;

	__builtin_memcpy(&x, &b, sizeof(x));
	return x;
}

double fabs(double x)
{
	return of_bits(bits_of(x) & ~SIGN_BIT);
}

float fabsf(float x)
{
	return (float)fabs(x);
}

double copysign(double x, double y)
{
	return of_bits((bits_of(x) & ~SIGN_BIT) | (bits_of(y) & SIGN_BIT));
}

double trunc(double x)
{
	uint64_t b = bits_of(x);
	int e = (int)((b >> MANT_BITS) & 0x7ff) - EXP_BIAS;

	if (e >= MANT_BITS)		/* integer, infinite or NaN */
		return x;
	if (e < 0)
		return of_bits(b & SIGN_BIT);
	return of_bits(b & ~(MANT_MASK >> e));
}

float truncf(float x)
{
	return (float)trunc(x);
}

double floor(double x)
{
	double t = trunc(x);

	return t > x ? t - 1.0 : t;
}

float floorf(float x)
{
	return (float)floor(x);
}

double ceil(double x)
{
	double t = trunc(x);

	return t < x ? t + 1.0 : t;
}

float ceilf(float x)
{
	return (float)ceil(x);
}

double round(double x)
{
	double t = trunc(x);

	if (fabs(x - t) >= 0.5)
		t += copysign(1.0, x);
	return t;
}

float roundf(float x)
{
	return (float)round(x);
}

double sqrt(double x)
{
	return __builtin_sqrt(x);
}

float sqrtf(float x)
{
	return __builtin_sqrtf(x);
}

#define MIN_EXP		(1 - EXP_BIAS - MANT_BITS)	/* subnormal LSB */

/*
 * Significand and exponent of a finite nonzero |x| = m * 2^e, with m
 * normalised to 2^52 <= m < 2^53 (subnormals get e < MIN_EXP).
 */
static inline void split(uint64_t b, uint64_t *m, int *e)
{
	int be = (int)((b >> MANT_BITS) & 0x7ff);

	*m = b & MANT_MASK;
	if (be) {
		*m |= 1ULL << MANT_BITS;
		*e = be - EXP_BIAS - MANT_BITS;
		return;
	}
	for (*e = MIN_EXP; !(*m >> MANT_BITS); (*e)--)
		*m <<= 1;
}

/* fmod is exact: the remainder is computed by binary long division */
double fmod(double x, double y)
{
	uint64_t bx = bits_of(x), by = bits_of(y), mx, my;
	uint64_t sign = bx & SIGN_BIT;
	int ex, ey;

	if (isnan(x) || isnan(y) || isinf(x) || y == 0.0)
		return (x * y) / (x * y);	/* NaN */
	if (isinf(y) || fabs(x) < fabs(y))
		return x;
	split(bx & ~SIGN_BIT, &mx, &ex);
	split(by & ~SIGN_BIT, &my, &ey);

	/* |x| >= |y| implies ex >= ey; mx < 2 * my holds throughout */
	for (; ex > ey; ex--) {
		if (mx >= my)
			mx -= my;
		mx <<= 1;
	}
	if (mx >= my)
		mx -= my;
	if (!mx)
		return of_bits(sign);

	/* back to a double: normalise, unless it is subnormal */
	while (!(mx >> MANT_BITS) && ey > MIN_EXP) {
		mx <<= 1;
		ey--;
	}
	for (; ey < MIN_EXP; ey++)
		mx >>= 1;	/* exact: the result is a multiple of y's LSB */
	if (mx >> MANT_BITS)
		return of_bits(sign | ((uint64_t)(ey + EXP_BIAS + MANT_BITS)
				       << MANT_BITS) | (mx & MANT_MASK));
	return of_bits(sign | mx);
}
#endif /* NOLIBC_HAVE_FP */
