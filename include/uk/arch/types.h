/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Fixed-size integer types with a double-underscore prefix, usable before
 * any C library is present. The architecture's <uk/asm/intsizes.h> says how
 * wide int, long and pointers are.
 */
#ifndef __UKARCH_TYPES_H__
#define __UKARCH_TYPES_H__

#include <uk/asm/intsizes.h>

#ifndef __ASSEMBLY__
typedef signed char		__s8;
typedef unsigned char		__u8;
typedef signed short		__s16;
typedef unsigned short		__u16;
typedef signed int		__s32;
typedef unsigned int		__u32;
typedef signed long long	__s64;
typedef unsigned long long	__u64;

#if __PTR_IS_64
typedef __u64			__uptr;
typedef __s64			__sptr;
typedef unsigned long		__sz;
typedef signed long		__ssz;
#else
typedef __u32			__uptr;
typedef __s32			__sptr;
typedef unsigned int		__sz;
typedef signed int		__ssz;
#endif

typedef __uptr			__paddr_t;
typedef __uptr			__vaddr_t;
typedef __s64			__off;
typedef __u64			__nsec;
typedef __s64			__snsec;

#define __NULL			((void *)0)
#define __U64_MAX		(~0ULL)
#define __S64_MAX		((__s64)(__U64_MAX >> 1))
#define __NSEC_MAX		__U64_MAX
#endif /* !__ASSEMBLY__ */

#endif /* __UKARCH_TYPES_H__ */
