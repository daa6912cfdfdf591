/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Compiler helpers every component may use: attributes, branch hints,
 * alignment arithmetic and container_of. Nothing here depends on the
 * architecture, the platform or a C library.
 */
#ifndef __UK_ESSENTIALS_H__
#define __UK_ESSENTIALS_H__

#include <uk/config.h>

#ifndef __ASSEMBLY__
#include <uk/arch/types.h>
#endif

#ifndef __unused
#define __unused		__attribute__((unused))
#endif
#ifndef __maybe_unused
#define __maybe_unused		__attribute__((unused))
#endif
#ifndef __used
#define __used			__attribute__((used))
#endif
#ifndef __noreturn
#define __noreturn		__attribute__((noreturn))
#endif
#ifndef __packed
#define __packed		__attribute__((packed))
#endif
#ifndef __weak
#define __weak			__attribute__((weak))
#endif
#ifndef __align
#define __align(a)		__attribute__((aligned(a)))
#endif
#ifndef __section
#define __section(s)		__attribute__((section(s)))
#endif
#ifndef __printf
#define __printf(f, a)		__attribute__((format(printf, f, a)))
#endif
#ifndef __noinline
#define __noinline		__attribute__((noinline))
#endif
#ifndef __always_inline
#define __always_inline		inline __attribute__((always_inline))
#endif

#ifndef likely
#define likely(x)		(__builtin_expect(!!(x), 1))
#endif
#ifndef unlikely
#define unlikely(x)		(__builtin_expect(!!(x), 0))
#endif

#define STRINGIFY_(x)		#x
#define STRINGIFY(x)		STRINGIFY_(x)
#define UK_CONCAT_(a, b)	a##b
#define UK_CONCAT(a, b)		UK_CONCAT_(a, b)

#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))
#endif

#ifndef __ASSEMBLY__
#ifndef MIN
#define MIN(a, b)							\
	({ __typeof__(a) __a = (a); __typeof__(b) __b = (b);		\
	   __a < __b ? __a : __b; })
#endif
#ifndef MAX
#define MAX(a, b)							\
	({ __typeof__(a) __a = (a); __typeof__(b) __b = (b);		\
	   __a > __b ? __a : __b; })
#endif
#endif

/* Power-of-two alignment */
#define ALIGN_UP(v, a)		(((v) + (a) - 1) & ~((a) - 1))
#define ALIGN_DOWN(v, a)	((v) & ~((a) - 1))
#define IS_ALIGNED(v, a)	(((v) & ((a) - 1)) == 0)
#define DIV_ROUND_UP(n, d)	(((n) + (d) - 1) / (d))

#ifndef __offsetof
#define __offsetof(type, member)	__builtin_offsetof(type, member)
#endif
#ifndef __containerof
#define __containerof(ptr, type, member)				\
	((type *)((char *)(ptr) - __offsetof(type, member)))
#endif

/*
 * Errors in pointers (as upstream): a function returning a pointer may
 * return ERR2PTR(-errno); callers test PTRISERR() and get the negative
 * errno back with PTR2ERR(). NULL is not an error pointer.
 */
#ifndef PTRISERR
#define ERR2PTR(e)		((void *)(long)(e))
#define PTR2ERR(p)		((int)(long)(p))
#define PTRISERR(p)		((unsigned long)(p) >= (unsigned long)-4095)
#endif

#endif /* __UK_ESSENTIALS_H__ */
