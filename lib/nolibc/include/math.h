/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A minimal <math.h>: the constants and classification macros of C99
 * 7.12, and the exact functions fabs, floor, ceil, trunc, round, fmod,
 * sqrt (and their float variants). Results are correctly rounded;
 * errno is never set (math_errhandling is MATH_ERREXCEPT).
 */
#ifndef __NOLIBC_MATH_H__
#define __NOLIBC_MATH_H__

#ifdef __cplusplus
extern "C" {
#endif

#define HUGE_VAL	(__builtin_huge_val())
#define HUGE_VALF	(__builtin_huge_valf())
#define HUGE_VALL	(__builtin_huge_vall())
#define INFINITY	(__builtin_inff())
#define NAN		(__builtin_nanf(""))

#define FP_NAN		0
#define FP_INFINITE	1
#define FP_ZERO		2
#define FP_SUBNORMAL	3
#define FP_NORMAL	4

#define MATH_ERRNO	1
#define MATH_ERREXCEPT	2
#define math_errhandling	MATH_ERREXCEPT

#define fpclassify(x)	__builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, \
					     FP_SUBNORMAL, FP_ZERO, x)
#define isnan(x)	__builtin_isnan(x)
#define isinf(x)	__builtin_isinf_sign(x)
#define isfinite(x)	__builtin_isfinite(x)
#define isnormal(x)	__builtin_isnormal(x)
#define signbit(x)	__builtin_signbit(x)
#define isgreater(x, y)		__builtin_isgreater(x, y)
#define isgreaterequal(x, y)	__builtin_isgreaterequal(x, y)
#define isless(x, y)		__builtin_isless(x, y)
#define islessequal(x, y)	__builtin_islessequal(x, y)
#define islessgreater(x, y)	__builtin_islessgreater(x, y)
#define isunordered(x, y)	__builtin_isunordered(x, y)

#define M_E		2.7182818284590452354
#define M_LOG2E		1.4426950408889634074
#define M_LOG10E	0.43429448190325182765
#define M_LN2		0.69314718055994530942
#define M_LN10		2.30258509299404568402
#define M_PI		3.14159265358979323846
#define M_PI_2		1.57079632679489661923
#define M_PI_4		0.78539816339744830962
#define M_1_PI		0.31830988618379067154
#define M_2_PI		0.63661977236758134308
#define M_2_SQRTPI	1.12837916709551257390
#define M_SQRT2		1.41421356237309504880
#define M_SQRT1_2	0.70710678118654752440

typedef float float_t;
typedef double double_t;

double fabs(double x);
float fabsf(float x);
double floor(double x);
float floorf(float x);
double ceil(double x);
float ceilf(float x);
double trunc(double x);
float truncf(float x);
double round(double x);
float roundf(float x);
double fmod(double x, double y);
double sqrt(double x);
float sqrtf(float x);
double copysign(double x, double y);

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_MATH_H__ */
