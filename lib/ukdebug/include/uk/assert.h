/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Assertions.
 *
 * UK_ASSERT(x): when CONFIG_LIBUKDEBUG_ENABLE_ASSERT is set and x is false,
 *   prints "Assertion failure: x" with its position, registers are not
 *   available here, so it prints a backtrace and crashes the system
 *   (QEMU exits). Compiles to nothing otherwise.
 * UK_BUGON(x): same as UK_ASSERT(!(x)).
 * UK_BUG(): always crashes.
 * UK_CRASH(fmt, ...): prints the message at critical level, a backtrace,
 *   and halts the system with a crash status. Never returns.
 * UK_CTASSERT(x): a compile-time assertion.
 */
#ifndef __UKDEBUG_ASSERT_H__
#define __UKDEBUG_ASSERT_H__

#include <uk/print.h>

void __noreturn _uk_crash(const char *libname, const char *srcname,
			  unsigned int srcline, const char *fmt, ...)
	__printf(4, 5);

#define UK_CRASH(fmt, ...)						\
	_uk_crash(__STR_LIBNAME__, __STR_BASENAME__, __LINE__,		\
		  (fmt), ##__VA_ARGS__)

#ifdef CONFIG_LIBUKDEBUG_ENABLE_ASSERT
#define UK_ASSERT(x)							\
	do {								\
		if (unlikely(!(x)))					\
			UK_CRASH("Assertion failure: %s\n",		\
				 STRINGIFY(x));				\
	} while (0)
#else
#define UK_ASSERT(x)	do { (void)sizeof(x); } while (0)
#endif

#define UK_BUGON(x)	UK_ASSERT(!(x))
#define UK_BUG()	UK_CRASH("BUG\n")
#define UK_WARNIF(x)							\
	do {								\
		if (unlikely(x))					\
			uk_pr_warn("Condition warning: %s\n",		\
				   STRINGIFY(x));			\
	} while (0)

#define UK_CTASSERT(x)	_Static_assert(x, STRINGIFY(x))

#endif /* __UKDEBUG_ASSERT_H__ */
