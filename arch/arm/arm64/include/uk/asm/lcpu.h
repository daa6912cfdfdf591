/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 CPU primitives behind <uk/arch/lcpu.h>: memory barriers (mb, rmb,
 * wmb: full-system DSBs, so they order device memory accesses too; the
 * smp_ variants are inner-shareable DMBs for memory shared between CPUs),
 * ukarch_spinwait() (the YIELD hint for busy loops), the page geometry
 * (__PAGE_SIZE, __PAGE_SHIFT, 4 KiB granule) and the default thread stack
 * size __STACK_SIZE (2^CONFIG_STACK_SIZE_PAGE_ORDER pages, 64 KiB by
 * default). ukarch_read_sp() returns the current stack pointer.
 * Usable from assembly where it says so (__ASSEMBLY__).
 */
#ifndef __UKARCH_ARM64_LCPU_H__
#define __UKARCH_ARM64_LCPU_H__

#include <uk/config.h>

#define __PAGE_SHIFT		12
#ifdef __ASSEMBLY__
#define __PAGE_SIZE		(1 << __PAGE_SHIFT)
#else
#define __PAGE_SIZE		(1UL << __PAGE_SHIFT)
#endif
#define __PAGE_MASK		(~(__PAGE_SIZE - 1))

#ifndef CONFIG_STACK_SIZE_PAGE_ORDER
#define CONFIG_STACK_SIZE_PAGE_ORDER	4
#endif
#define __STACK_SIZE_PAGE_ORDER	CONFIG_STACK_SIZE_PAGE_ORDER
#define __STACK_SIZE		(__PAGE_SIZE << __STACK_SIZE_PAGE_ORDER)

/* AAPCS64: sp is 16-byte aligned whenever it is used for an access. */
#define __STACK_ALIGN		16

/* Cache line size used for padding shared data. */
#define __CACHE_LINE_SIZE	64

#ifndef __ASSEMBLY__
#ifndef mb
#define mb()	__asm__ __volatile__("dsb sy" : : : "memory")
#endif
#ifndef rmb
#define rmb()	__asm__ __volatile__("dsb ld" : : : "memory")
#endif
#ifndef wmb
#define wmb()	__asm__ __volatile__("dsb st" : : : "memory")
#endif
#ifndef smp_mb
#define smp_mb()	__asm__ __volatile__("dmb ish" : : : "memory")
#endif
#ifndef smp_rmb
#define smp_rmb()	__asm__ __volatile__("dmb ishld" : : : "memory")
#endif
#ifndef smp_wmb
#define smp_wmb()	__asm__ __volatile__("dmb ishst" : : : "memory")
#endif
/* Instruction synchronization barrier: later instructions see the
 * effects of earlier system register writes.
 */
#define isb()	__asm__ __volatile__("isb" : : : "memory")
/* Compiler-only barrier. */
#ifndef barrier
#define barrier()	__asm__ __volatile__("" : : : "memory")
#endif

static inline void ukarch_spinwait(void)
{
	__asm__ __volatile__("yield" : : : "memory");
}

static inline unsigned long ukarch_read_sp(void)
{
	unsigned long sp;

	__asm__ __volatile__("mov %0, sp" : "=r"(sp));
	return sp;
}
#endif /* !__ASSEMBLY__ */

#endif /* __UKARCH_ARM64_LCPU_H__ */
