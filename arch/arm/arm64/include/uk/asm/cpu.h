/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 system register access and CPU instructions for privileged code.
 *
 * SYSREG_READ64(name) and SYSREG_WRITE64(name, v) read and write a system
 * register by its assembler name (e.g. SYSREG_READ64(esr_el1)); writes do
 * not synchronize by themselves: follow them with isb() where a later
 * instruction depends on the new value. The DAIF helpers mask and unmask
 * interrupts (I) at the current exception level. All are static inline
 * and have no side effects beyond the instruction.
 */
#ifndef __UKARCH_ARM64_CPU_H__
#define __UKARCH_ARM64_CPU_H__

#include <uk/essentials.h>
#include <uk/asm/cpu_defs.h>

#ifndef __ASSEMBLY__
#define SYSREG_READ64(reg)						\
	({ __u64 __v;							\
	   __asm__ __volatile__("mrs %0, " #reg : "=r"(__v));		\
	   __v; })

#define SYSREG_WRITE64(reg, val)					\
	__asm__ __volatile__("msr " #reg ", %0"				\
			     : : "r"((__u64)(val)) : "memory")

/* Registers gas knows only by encoding (GICv3 CPU interface) */
#define SYSREG_READ64_S(enc)						\
	({ __u64 __v;							\
	   __asm__ __volatile__("mrs %0, " enc : "=r"(__v));		\
	   __v; })

#define SYSREG_WRITE64_S(enc, val)					\
	__asm__ __volatile__("msr " enc ", %0"				\
			     : : "r"((__u64)(val)) : "memory")

static inline unsigned int ukarch_arm64_current_el(void)
{
	return (SYSREG_READ64(CurrentEL) >> 2) & 3;
}

static inline unsigned long ukarch_arm64_read_daif(void)
{
	return SYSREG_READ64(daif);
}

static inline void ukarch_arm64_write_daif(unsigned long daif)
{
	SYSREG_WRITE64(daif, daif);
}

/* Mask/unmask IRQs only (FIQ, SError and debug stay as they are) */
static inline void ukarch_arm64_irq_disable(void)
{
	__asm__ __volatile__("msr daifset, #2" : : : "memory");
}

static inline void ukarch_arm64_irq_enable(void)
{
	__asm__ __volatile__("msr daifclr, #2" : : : "memory");
}

static inline void ukarch_arm64_wfi(void)
{
	__asm__ __volatile__("dsb sy; wfi" : : : "memory");
}

static inline __u64 ukarch_arm64_read_cntvct(void)
{
	__asm__ __volatile__("isb" : : : "memory");
	return SYSREG_READ64(cntvct_el0);
}

static inline __u64 ukarch_arm64_read_cntfrq(void)
{
	return SYSREG_READ64(cntfrq_el0);
}
#endif /* !__ASSEMBLY__ */

#endif /* __UKARCH_ARM64_CPU_H__ */
