/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Entry stubs for the 32 exceptions and the 16 legacy IRQ vectors.
 *
 * Each stub pushes an error code (a 0 when the CPU pushed none) and its
 * vector number, then jumps to a common path that saves the general
 * registers as struct __regs (see <x86/traps.h>). The CPU aligned the
 * stack to 16 bytes before its own pushes, and the frame is a multiple of
 * 16 bytes, so the C handlers are called with an aligned stack.
 *
 * IRQs additionally save the x87/SSE/AVX state in a 64-byte aligned area
 * below the frame (XSAVE or FXSAVE, chosen by x86_traps_init()), so that
 * interrupt handlers may be compiled with SSE like any other code.
 *
 * x86_vector_stubs[] lists the stub addresses, indexed by vector.
 */
#include <uk/config.h>
#include <x86/traps.h>

#define XSAVE_HDR_OFF	512

.macro SAVE_GPRS
	pushq	%rdi
	pushq	%rsi
	pushq	%rdx
	pushq	%rcx
	pushq	%rax
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	pushq	%rbx
	pushq	%rbp
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
.endm

.macro RESTORE_GPRS
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbp
	popq	%rbx
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rax
	popq	%rcx
	popq	%rdx
	popq	%rsi
	popq	%rdi
.endm

/* Exception without CPU error code */
.macro EXC_NOERR vec
	.align 16
x86_vector_\vec:
	pushq	$0
	pushq	$\vec
	jmp	x86_trap_common
.endm

/* Exception with CPU error code */
.macro EXC_ERR vec
	.align 16
x86_vector_\vec:
	pushq	$\vec
	jmp	x86_trap_common
.endm

.macro IRQ_STUB vec
	.align 16
x86_vector_\vec:
	pushq	$0
	pushq	$\vec
	jmp	x86_irq_common
.endm

.text

EXC_NOERR 0
EXC_NOERR 1
EXC_NOERR 2
EXC_NOERR 3
EXC_NOERR 4
EXC_NOERR 5
EXC_NOERR 6
EXC_NOERR 7
EXC_ERR   8
EXC_NOERR 9
EXC_ERR   10
EXC_ERR   11
EXC_ERR   12
EXC_ERR   13
EXC_ERR   14
EXC_NOERR 15
EXC_NOERR 16
EXC_ERR   17
EXC_NOERR 18
EXC_NOERR 19
EXC_NOERR 20
EXC_ERR   21
EXC_NOERR 22
EXC_NOERR 23
EXC_NOERR 24
EXC_NOERR 25
EXC_NOERR 26
EXC_NOERR 27
EXC_NOERR 28
EXC_ERR   29
EXC_ERR   30
EXC_NOERR 31

.irp vec, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47
IRQ_STUB \vec
.endr

	.align 16
.type x86_trap_common, @function
x86_trap_common:
	SAVE_GPRS
	cld
	movq	%rsp, %rdi
	call	x86_trap_handler
	/* Only reached if the handler chose to resume */
	RESTORE_GPRS
	addq	$16, %rsp		/* vector, error code */
	iretq
.size x86_trap_common, . - x86_trap_common

	.align 16
.type x86_irq_common, @function
x86_irq_common:
	SAVE_GPRS
	cld
	movq	%rsp, %rbx		/* regs; rbx is callee-saved */

#if !CONFIG_ARCH_X86_64_NO_SIMD
	/* Extended state area below the frame */
	subq	x86_fpu_save_size(%rip), %rsp
	andq	$-64, %rsp
	cmpb	$0, x86_fpu_use_xsave(%rip)
	je	1f
	/* XRSTOR insists on a clean header: XSAVE writes only XSTATE_BV */
	xorl	%eax, %eax
	movq	%rax, XSAVE_HDR_OFF + 0(%rsp)
	movq	%rax, XSAVE_HDR_OFF + 8(%rsp)
	movq	%rax, XSAVE_HDR_OFF + 16(%rsp)
	movq	%rax, XSAVE_HDR_OFF + 24(%rsp)
	movq	%rax, XSAVE_HDR_OFF + 32(%rsp)
	movq	%rax, XSAVE_HDR_OFF + 40(%rsp)
	movq	%rax, XSAVE_HDR_OFF + 48(%rsp)
	movq	%rax, XSAVE_HDR_OFF + 56(%rsp)
	movl	$-1, %eax
	movl	$-1, %edx
	xsave64	(%rsp)
	jmp	2f
1:
	fxsave64 (%rsp)
2:
#endif
	movq	%rbx, %rdi
	call	x86_irq_handler

#if !CONFIG_ARCH_X86_64_NO_SIMD
	cmpb	$0, x86_fpu_use_xsave(%rip)
	je	3f
	movl	$-1, %eax
	movl	$-1, %edx
	xrstor64 (%rsp)
	jmp	4f
3:
	fxrstor64 (%rsp)
4:
#endif
	movq	%rbx, %rsp
	RESTORE_GPRS
	addq	$16, %rsp		/* vector, error code */
	iretq
.size x86_irq_common, . - x86_irq_common

.section .rodata
	.align 8
.globl x86_vector_stubs
x86_vector_stubs:
.irp vec, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, \
	18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, \
	32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47
	.quad	x86_vector_\vec
.endr
.size x86_vector_stubs, . - x86_vector_stubs

.section .note.GNU-stack, "", @progbits
