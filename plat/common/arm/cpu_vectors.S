/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 exception vectors for EL1 (see <arm/traps.h>).
 *
 * Each of the 16 slots branches to a stub that saves the interrupted
 * state as a struct __regs and calls C: IRQs on the interrupted stack,
 * with q0-q31, FPSR and FPCR saved too so that interrupt handlers may
 * use FP/SIMD registers like any C code; exceptions on a stack of their
 * own (arm64_exc_stack, one CPU). Only the synchronous path and the IRQ
 * path return (eret); the unexpected kinds never come back from C.
 */
#include <uk/asm/cpu_defs.h>
#include <arm/traps.h>

#define FPSTATE_SIZE	(32 * 16 + 16)
#define EXC_STACK_SIZE	(16 * 1024)

/* Save x0-x30, ELR, SPSR, ESR, FAR into the frame sp points at */
.macro SAVE_GPRS
	stp	x0, x1, [sp, #16 * 0]
	stp	x2, x3, [sp, #16 * 1]
	stp	x4, x5, [sp, #16 * 2]
	stp	x6, x7, [sp, #16 * 3]
	stp	x8, x9, [sp, #16 * 4]
	stp	x10, x11, [sp, #16 * 5]
	stp	x12, x13, [sp, #16 * 6]
	stp	x14, x15, [sp, #16 * 7]
	stp	x16, x17, [sp, #16 * 8]
	stp	x18, x19, [sp, #16 * 9]
	stp	x20, x21, [sp, #16 * 10]
	stp	x22, x23, [sp, #16 * 11]
	stp	x24, x25, [sp, #16 * 12]
	stp	x26, x27, [sp, #16 * 13]
	stp	x28, x29, [sp, #16 * 14]
	str	x30, [sp, #REGS_OFF_X30]
	mrs	x0, elr_el1
	mrs	x1, spsr_el1
	stp	x0, x1, [sp, #REGS_OFF_ELR]
	mrs	x0, esr_el1
	mrs	x1, far_el1
	stp	x0, x1, [sp, #REGS_OFF_ESR]
.endm

/* The frame below the interrupted sp (interrupts) */
.macro SAVE_REGS
	sub	sp, sp, #REGS_SIZE
	SAVE_GPRS
	add	x0, sp, #REGS_SIZE
	str	x0, [sp, #REGS_OFF_SP]
.endm

/*
 * The frame on the exception stack (exceptions): a report must come out
 * even when the interrupted sp is unusable (overflowed, corrupted).
 * TPIDR_EL1 and TPIDRRO_EL0, unused otherwise, hold x0 and x1 while
 * there is no free register.
 */
.macro SAVE_REGS_EXC_STACK
	msr	tpidr_el1, x0
	msr	tpidrro_el0, x1
	mov	x0, sp
	adrp	x1, arm64_exc_stack_top
	add	x1, x1, :lo12:arm64_exc_stack_top
	sub	sp, x1, #REGS_SIZE
	str	x0, [sp, #REGS_OFF_SP]
	mrs	x0, tpidr_el1
	mrs	x1, tpidrro_el0
	SAVE_GPRS
.endm

/* Back to the interrupted context (sp from the frame); ELR and SPSR too,
 * as a handler may change them */
.macro RESTORE_REGS_ERET
	ldp	x0, x1, [sp, #REGS_OFF_ELR]
	msr	elr_el1, x0
	msr	spsr_el1, x1
	ldp	x0, x1, [sp, #16 * 0]
	ldp	x2, x3, [sp, #16 * 1]
	ldp	x4, x5, [sp, #16 * 2]
	ldp	x6, x7, [sp, #16 * 3]
	ldp	x8, x9, [sp, #16 * 4]
	ldp	x10, x11, [sp, #16 * 5]
	ldp	x12, x13, [sp, #16 * 6]
	ldp	x14, x15, [sp, #16 * 7]
	ldp	x16, x17, [sp, #16 * 8]
	ldp	x18, x19, [sp, #16 * 9]
	ldp	x20, x21, [sp, #16 * 10]
	ldp	x22, x23, [sp, #16 * 11]
	ldp	x24, x25, [sp, #16 * 12]
	ldp	x26, x27, [sp, #16 * 13]
	ldp	x28, x29, [sp, #16 * 14]
	ldr	x30, [sp, #REGS_OFF_X30]
	msr	tpidr_el1, x30
	ldr	x30, [sp, #REGS_OFF_SP]
	mov	sp, x30
	mrs	x30, tpidr_el1
	eret
.endm

.macro VECTOR target
	.balign	0x80
	b	\target
.endm

.macro UNEXPECTED name, kind
\name:
	SAVE_REGS_EXC_STACK
	mov	x0, sp
	mov	x1, #\kind
	bl	arm64_trap_unexpected
	b	.
.endm

.section .text.vectors, "ax"
.balign	0x800
.globl	arm64_vectors
arm64_vectors:
	/* Current EL, SP_EL0 (never used: we always run on SP_EL1) */
	VECTOR	el1t_sync
	VECTOR	el1t_irq
	VECTOR	el1t_fiq
	VECTOR	el1t_serror
	/* Current EL, SP_EL1 */
	VECTOR	el1h_sync
	VECTOR	el1h_irq
	VECTOR	el1h_fiq
	VECTOR	el1h_serror
	/* Lower EL, AArch64 */
	VECTOR	el0_sync
	VECTOR	el0_irq
	VECTOR	el0_fiq
	VECTOR	el0_serror
	/* Lower EL, AArch32 */
	VECTOR	el0_sync
	VECTOR	el0_irq
	VECTOR	el0_fiq
	VECTOR	el0_serror

.text
el1h_sync:
	SAVE_REGS_EXC_STACK
	mov	x0, sp
	bl	arm64_trap_handler
	RESTORE_REGS_ERET

el1h_irq:
	SAVE_REGS
	sub	sp, sp, #FPSTATE_SIZE
	stp	q0, q1, [sp, #16 + 32 * 0]
	stp	q2, q3, [sp, #16 + 32 * 1]
	stp	q4, q5, [sp, #16 + 32 * 2]
	stp	q6, q7, [sp, #16 + 32 * 3]
	stp	q8, q9, [sp, #16 + 32 * 4]
	stp	q10, q11, [sp, #16 + 32 * 5]
	stp	q12, q13, [sp, #16 + 32 * 6]
	stp	q14, q15, [sp, #16 + 32 * 7]
	stp	q16, q17, [sp, #16 + 32 * 8]
	stp	q18, q19, [sp, #16 + 32 * 9]
	stp	q20, q21, [sp, #16 + 32 * 10]
	stp	q22, q23, [sp, #16 + 32 * 11]
	stp	q24, q25, [sp, #16 + 32 * 12]
	stp	q26, q27, [sp, #16 + 32 * 13]
	stp	q28, q29, [sp, #16 + 32 * 14]
	stp	q30, q31, [sp, #16 + 32 * 15]
	mrs	x0, fpsr
	mrs	x1, fpcr
	stp	x0, x1, [sp, #0]
	add	x0, sp, #FPSTATE_SIZE
	bl	arm64_irq_handler
	ldp	x0, x1, [sp, #0]
	msr	fpsr, x0
	msr	fpcr, x1
	ldp	q0, q1, [sp, #16 + 32 * 0]
	ldp	q2, q3, [sp, #16 + 32 * 1]
	ldp	q4, q5, [sp, #16 + 32 * 2]
	ldp	q6, q7, [sp, #16 + 32 * 3]
	ldp	q8, q9, [sp, #16 + 32 * 4]
	ldp	q10, q11, [sp, #16 + 32 * 5]
	ldp	q12, q13, [sp, #16 + 32 * 6]
	ldp	q14, q15, [sp, #16 + 32 * 7]
	ldp	q16, q17, [sp, #16 + 32 * 8]
	ldp	q18, q19, [sp, #16 + 32 * 9]
	ldp	q20, q21, [sp, #16 + 32 * 10]
	ldp	q22, q23, [sp, #16 + 32 * 11]
	ldp	q24, q25, [sp, #16 + 32 * 12]
	ldp	q26, q27, [sp, #16 + 32 * 13]
	ldp	q28, q29, [sp, #16 + 32 * 14]
	ldp	q30, q31, [sp, #16 + 32 * 15]
	add	sp, sp, #FPSTATE_SIZE
	RESTORE_REGS_ERET

UNEXPECTED el1t_sync, (TRAP_KIND_SYNC | TRAP_KIND_SP0)
UNEXPECTED el1t_irq, (TRAP_KIND_IRQ | TRAP_KIND_SP0)
UNEXPECTED el1t_fiq, (TRAP_KIND_FIQ | TRAP_KIND_SP0)
UNEXPECTED el1t_serror, (TRAP_KIND_SERROR | TRAP_KIND_SP0)
UNEXPECTED el1h_fiq, TRAP_KIND_FIQ
UNEXPECTED el1h_serror, TRAP_KIND_SERROR
UNEXPECTED el0_sync, (TRAP_KIND_SYNC | TRAP_KIND_LOWER)
UNEXPECTED el0_irq, (TRAP_KIND_IRQ | TRAP_KIND_LOWER)
UNEXPECTED el0_fiq, (TRAP_KIND_FIQ | TRAP_KIND_LOWER)
UNEXPECTED el0_serror, (TRAP_KIND_SERROR | TRAP_KIND_LOWER)

.section .bss.exc_stack, "aw", @nobits
.balign	16
arm64_exc_stack:
	.space	EXC_STACK_SIZE
arm64_exc_stack_top:
