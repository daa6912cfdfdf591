/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Fixed-width integer types (C99 7.18), built on <uk/arch/types.h> so that
 * uint64_t and __u64 are the same type. The architectures we support are
 * LP64: int is 32 bits, long, pointers and size_t are 64 bits; int64_t,
 * intptr_t and intmax_t are long long (see <inttypes.h> for the matching
 * printf formats).
 */
#ifndef __NOLIBC_STDINT_H__
#define __NOLIBC_STDINT_H__

#include <uk/arch/types.h>

typedef __s8			int8_t;
typedef __u8			uint8_t;
typedef __s16			int16_t;
typedef __u16			uint16_t;
typedef __s32			int32_t;
typedef __u32			uint32_t;
typedef __s64			int64_t;
typedef __u64			uint64_t;

typedef __s8			int_least8_t;
typedef __u8			uint_least8_t;
typedef __s16			int_least16_t;
typedef __u16			uint_least16_t;
typedef __s32			int_least32_t;
typedef __u32			uint_least32_t;
typedef __s64			int_least64_t;
typedef __u64			uint_least64_t;

typedef __s8			int_fast8_t;
typedef __u8			uint_fast8_t;
typedef __s32			int_fast16_t;
typedef __u32			uint_fast16_t;
typedef __s32			int_fast32_t;
typedef __u32			uint_fast32_t;
typedef __s64			int_fast64_t;
typedef __u64			uint_fast64_t;

typedef __sptr			intptr_t;
typedef __uptr			uintptr_t;

typedef __s64			intmax_t;
typedef __u64			uintmax_t;

#if !defined __cplusplus || defined __STDC_LIMIT_MACROS || \
	__cplusplus >= 201103L
#define INT8_MIN		(-1 - 0x7f)
#define INT16_MIN		(-1 - 0x7fff)
#define INT32_MIN		(-1 - 0x7fffffff)
#define INT64_MIN		(-1 - 0x7fffffffffffffffLL)
#define INT8_MAX		(0x7f)
#define INT16_MAX		(0x7fff)
#define INT32_MAX		(0x7fffffff)
#define INT64_MAX		(0x7fffffffffffffffLL)
#define UINT8_MAX		(0xff)
#define UINT16_MAX		(0xffff)
#define UINT32_MAX		(0xffffffffU)
#define UINT64_MAX		(0xffffffffffffffffULL)

#define INT_LEAST8_MIN		INT8_MIN
#define INT_LEAST16_MIN		INT16_MIN
#define INT_LEAST32_MIN		INT32_MIN
#define INT_LEAST64_MIN		INT64_MIN
#define INT_LEAST8_MAX		INT8_MAX
#define INT_LEAST16_MAX		INT16_MAX
#define INT_LEAST32_MAX		INT32_MAX
#define INT_LEAST64_MAX		INT64_MAX
#define UINT_LEAST8_MAX		UINT8_MAX
#define UINT_LEAST16_MAX	UINT16_MAX
#define UINT_LEAST32_MAX	UINT32_MAX
#define UINT_LEAST64_MAX	UINT64_MAX

#define INT_FAST8_MIN		INT8_MIN
#define INT_FAST16_MIN		INT32_MIN
#define INT_FAST32_MIN		INT32_MIN
#define INT_FAST64_MIN		INT64_MIN
#define INT_FAST8_MAX		INT8_MAX
#define INT_FAST16_MAX		INT32_MAX
#define INT_FAST32_MAX		INT32_MAX
#define INT_FAST64_MAX		INT64_MAX
#define UINT_FAST8_MAX		UINT8_MAX
#define UINT_FAST16_MAX		UINT32_MAX
#define UINT_FAST32_MAX		UINT32_MAX
#define UINT_FAST64_MAX		UINT64_MAX

#if __PTR_IS_64
#define INTPTR_MIN		INT64_MIN
#define INTPTR_MAX		INT64_MAX
#define UINTPTR_MAX		UINT64_MAX
#define PTRDIFF_MIN		(-1 - 0x7fffffffffffffffL)
#define PTRDIFF_MAX		(0x7fffffffffffffffL)
#define SIZE_MAX		(0xffffffffffffffffUL)
#else
#define INTPTR_MIN		INT32_MIN
#define INTPTR_MAX		INT32_MAX
#define UINTPTR_MAX		UINT32_MAX
#define PTRDIFF_MIN		INT32_MIN
#define PTRDIFF_MAX		INT32_MAX
#define SIZE_MAX		UINT32_MAX
#endif

#define INTMAX_MIN		INT64_MIN
#define INTMAX_MAX		INT64_MAX
#define UINTMAX_MAX		UINT64_MAX

#define SIG_ATOMIC_MIN		INT32_MIN
#define SIG_ATOMIC_MAX		INT32_MAX

#ifdef __WCHAR_MAX__
#define WCHAR_MAX		__WCHAR_MAX__
#define WCHAR_MIN		__WCHAR_MIN__
#endif
#define WINT_MIN		0U
#define WINT_MAX		UINT32_MAX
#endif /* limit macros */

#if !defined __cplusplus || defined __STDC_CONSTANT_MACROS || \
	__cplusplus >= 201103L
#define INT8_C(c)		c
#define INT16_C(c)		c
#define INT32_C(c)		c
#define INT64_C(c)		c ## LL
#define UINT8_C(c)		c
#define UINT16_C(c)		c
#define UINT32_C(c)		c ## U
#define UINT64_C(c)		c ## ULL
#define INTMAX_C(c)		c ## LL
#define UINTMAX_C(c)		c ## ULL
#endif

#endif /* __NOLIBC_STDINT_H__ */
