/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * assert(e) (C99 7.2): when e is false, prints
 *   Assertion failed: e (file:line)
 * as a critical kernel message and crashes the unikernel. With NDEBUG
 * defined before inclusion it does nothing (this header may be included
 * again with a different NDEBUG). With CONFIG_LIBNOLIBC_UKDEBUG_ASSERT,
 * assert() is ukdebug's UK_ASSERT instead and follows its configuration
 * (CONFIG_LIBUKDEBUG_ENABLE_ASSERT).
 */
#include <uk/config.h>

#ifndef __NOLIBC_ASSERT_H__
#define __NOLIBC_ASSERT_H__
#ifdef __cplusplus
extern "C" {
#endif

void __assert_fail(const char *expr, const char *file, unsigned int line,
		   const char *func) __attribute__((__noreturn__));

#ifdef __cplusplus
}
#endif

#if !defined __cplusplus && defined __STDC_VERSION__ && \
	__STDC_VERSION__ >= 201112L
#define static_assert _Static_assert
#endif
#endif /* __NOLIBC_ASSERT_H__ */

#undef assert
#if defined NDEBUG
#define assert(e)	((void)0)
#elif CONFIG_LIBNOLIBC_UKDEBUG_ASSERT
#include <uk/assert.h>
#define assert(e)	({ UK_ASSERT(e); })
#else
#define assert(e)							\
	((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __func__))
#endif
