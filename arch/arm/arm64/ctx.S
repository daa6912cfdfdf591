/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Cooperative context switch for arm64 (AAPCS64).
 *
 * A suspended context keeps the callee-saved registers x19-x30 on its
 * own stack; struct ukarch_ctx holds the stack pointer (offset 0) and
 * the address to resume at (offset 8). A fresh context (ukarch_ctx_init)
 * resumes at ukarch_ctx_start with {arg, entry} on top of its stack.
 * All FP/SIMD state, the callee-saved d8-d15 included, is the extended
 * context (ectx.S): the scheduler loads the next thread's before it
 * switches, so saving d8-d15 here would store the next thread's values
 * as the suspended one's.
 */
#define CTX_SP		0
#define CTX_IP		8
#define SWITCH_FRAME	96	/* 12 x-registers */

.text

/* void ukarch_ctx_init(ctx, sp, entry, arg): x0, x1, x2, x3 */
.globl ukarch_ctx_init
.type ukarch_ctx_init, %function
ukarch_ctx_init:
	and	x1, x1, #~15
	stp	x3, x2, [x1, #-16]!	/* arg, entry */
	str	x1, [x0, #CTX_SP]
	adr	x4, ukarch_ctx_start
	str	x4, [x0, #CTX_IP]
	ret
.size ukarch_ctx_init, . - ukarch_ctx_init

/*
 * First code of every new context. A zero frame pointer and link
 * register end backtraces here.
 */
.type ukarch_ctx_start, %function
ukarch_ctx_start:
	.cfi_startproc
	.cfi_undefined x30
	ldp	x0, x1, [sp], #16	/* arg, entry */
	mov	x29, xzr
	mov	x30, xzr
	blr	x1
	/* entry must not return */
	brk	#0xf00
	.cfi_endproc
.size ukarch_ctx_start, . - ukarch_ctx_start

/* void ukarch_ctx_switch(store, load): x0, x1 */
.globl ukarch_ctx_switch
.type ukarch_ctx_switch, %function
ukarch_ctx_switch:
	sub	sp, sp, #SWITCH_FRAME
	stp	x19, x20, [sp, #0]
	stp	x21, x22, [sp, #16]
	stp	x23, x24, [sp, #32]
	stp	x25, x26, [sp, #48]
	stp	x27, x28, [sp, #64]
	stp	x29, x30, [sp, #80]
	mov	x2, sp
	str	x2, [x0, #CTX_SP]
	adr	x3, .Lresume
	str	x3, [x0, #CTX_IP]
	ldr	x2, [x1, #CTX_SP]
	mov	sp, x2
	ldr	x3, [x1, #CTX_IP]
	br	x3
.Lresume:
	ldp	x19, x20, [sp, #0]
	ldp	x21, x22, [sp, #16]
	ldp	x23, x24, [sp, #32]
	ldp	x25, x26, [sp, #48]
	ldp	x27, x28, [sp, #64]
	ldp	x29, x30, [sp, #80]
	add	sp, sp, #SWITCH_FRAME
	ret
.size ukarch_ctx_switch, . - ukarch_ctx_switch

.section .note.GNU-stack, "", %progbits
