/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 CPU primitives behind <uk/arch/lcpu.h>: memory barriers
 * (mb/rmb/wmb, full fences usable for device memory too), ukarch_spinwait()
 * (the PAUSE hint for busy loops), the page geometry (__PAGE_SIZE,
 * __PAGE_SHIFT, 4 KiB pages) and the default thread stack size
 * __STACK_SIZE (2^CONFIG_STACK_SIZE_PAGE_ORDER pages, 64 KiB by default).
 * ukarch_read_sp() returns the current stack pointer.
 * Usable from assembly where it says so (__ASSEMBLY__).
 */
#ifndef __UKARCH_X86_64_LCPU_H__
#define __UKARCH_X86_64_LCPU_H__

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

/* The ABI wants 16-byte aligned stacks at call sites. */
#define __STACK_ALIGN		16

/* Cache line size used for padding shared data. */
#define __CACHE_LINE_SIZE	64

#ifndef __ASSEMBLY__
#ifndef mb
#define mb()	__asm__ __volatile__("mfence" : : : "memory")
#endif
#ifndef rmb
#define rmb()	__asm__ __volatile__("lfence" : : : "memory")
#endif
#ifndef wmb
#define wmb()	__asm__ __volatile__("sfence" : : : "memory")
#endif
/* Compiler-only barrier. */
#ifndef barrier
#define barrier()	__asm__ __volatile__("" : : : "memory")
#endif

static inline void ukarch_spinwait(void)
{
	__asm__ __volatile__("pause" : : : "memory");
}

static inline unsigned long ukarch_read_sp(void)
{
	unsigned long sp;

	__asm__ __volatile__("movq %%rsp, %0" : "=r"(sp));
	return sp;
}
#endif /* !__ASSEMBLY__ */

#endif /* __UKARCH_X86_64_LCPU_H__ */
