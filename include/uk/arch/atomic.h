/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Atomic operations and bit scans built on the compiler's __atomic
 * builtins, which are correct on every supported architecture.
 * ukarch_ffsl()/ukarch_flsl() return the 0-based index of the lowest/highest
 * set bit; the argument must not be 0.
 */
#ifndef __UKARCH_ATOMIC_H__
#define __UKARCH_ATOMIC_H__

#include <uk/essentials.h>

#define ukarch_load_n(src)	__atomic_load_n(src, __ATOMIC_SEQ_CST)
#define ukarch_store_n(dst, v)	__atomic_store_n(dst, v, __ATOMIC_SEQ_CST)
#define ukarch_inc(p)		__atomic_add_fetch(p, 1, __ATOMIC_SEQ_CST)
#define ukarch_dec(p)		__atomic_sub_fetch(p, 1, __ATOMIC_SEQ_CST)
#define ukarch_fetch_add(p, v)	__atomic_fetch_add(p, v, __ATOMIC_SEQ_CST)
#define ukarch_fetch_sub(p, v)	__atomic_fetch_sub(p, v, __ATOMIC_SEQ_CST)
#define ukarch_exchange_n(p, v)	__atomic_exchange_n(p, v, __ATOMIC_SEQ_CST)
#define ukarch_or(p, v)		__atomic_or_fetch(p, v, __ATOMIC_SEQ_CST)
#define ukarch_and(p, v)	__atomic_and_fetch(p, v, __ATOMIC_SEQ_CST)
#define ukarch_compare_exchange_sync(p, old, new)			\
	({ __typeof__(*(p)) __old = (old);				\
	   __atomic_compare_exchange_n(p, &__old, new, 0,		\
				       __ATOMIC_SEQ_CST,		\
				       __ATOMIC_SEQ_CST) ? (new) : __old; })

static inline unsigned int ukarch_ffsl(unsigned long x)
{
	return __builtin_ctzl(x);
}

static inline unsigned int ukarch_flsl(unsigned long x)
{
	return sizeof(long) * 8 - 1 - __builtin_clzl(x);
}

#endif
