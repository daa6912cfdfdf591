/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 exceptions taken to EL1.
 *
 * The vectors (cpu_vectors.S, table arm64_vectors, installed in VBAR_EL1
 * by the entry code) build a struct __regs: x0-x30, the interrupted sp,
 * ELR, SPSR, ESR and FAR; on the interrupted stack for IRQs, on a stack
 * of their own for exceptions (so that a bad sp still gets a report). Synchronous exceptions go to
 * arm64_trap_handler(), which prints the exception class, the syndrome,
 * the registers and a backtrace and crashes the system (it returns only
 * for the semihosting probe, see <arm/semihosting.h>). IRQs go to
 * arm64_irq_handler() with the FP/SIMD registers saved too, so
 * interrupt handlers may be ordinary C code. Anything else (FIQ,
 * SError, exceptions on SP_EL0 or from a lower EL) is reported as
 * unexpected and crashes.
 */
#ifndef __PLAT_CMN_ARM_TRAPS_H__
#define __PLAT_CMN_ARM_TRAPS_H__

/* Offsets in struct __regs, for assembly */
#define REGS_OFF_X30		(30 * 8)
#define REGS_OFF_SP		(31 * 8)
#define REGS_OFF_ELR		(32 * 8)
#define REGS_OFF_SPSR		(33 * 8)
#define REGS_OFF_ESR		(34 * 8)
#define REGS_OFF_FAR		(35 * 8)
#define REGS_SIZE		(36 * 8)

/* What arm64_trap_unexpected() is told it got */
#define TRAP_KIND_SYNC		0
#define TRAP_KIND_IRQ		1
#define TRAP_KIND_FIQ		2
#define TRAP_KIND_SERROR	3
#define TRAP_KIND_SP0		0x10	/* or'ed: taken on SP_EL0 */
#define TRAP_KIND_LOWER		0x20	/* or'ed: from EL0 */

#ifndef __ASSEMBLY__
#include <uk/essentials.h>

struct __regs {
	unsigned long x[31];
	unsigned long sp;
	unsigned long elr;
	unsigned long spsr;
	unsigned long esr;
	unsigned long far;
};

extern char arm64_vectors[];

void arm64_trap_handler(struct __regs *regs);
void arm64_trap_unexpected(struct __regs *regs, unsigned long kind);
void arm64_irq_handler(struct __regs *regs);

/*
 * The crash report every arm64 platform prints for a synchronous
 * exception (trap_report.c): class, abort details, registers, backtrace.
 * arm64_regs_backtrace() is its last part: registers and backtrace.
 */
void arm64_trap_report(const struct __regs *regs);
void arm64_regs_backtrace(const struct __regs *regs);
const char *arm64_ec_name(unsigned int ec);
/* Print the registers of a trap frame at critical level. */
void arm64_regs_dump(const struct __regs *regs);
#endif /* !__ASSEMBLY__ */

#endif /* __PLAT_CMN_ARM_TRAPS_H__ */
