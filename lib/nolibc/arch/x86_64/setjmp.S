/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * setjmp/longjmp for x86_64 (System V ABI). jmp_buf layout, 8 bytes each:
 * rbx, rbp, r12, r13, r14, r15, the caller's rsp, the return address.
 * Only callee-saved state is kept; the floating-point control words are
 * left as they are.
 */

.text

/* int setjmp(jmp_buf env): rdi */
.globl setjmp
.type setjmp, @function
setjmp:
	movq	%rbx, 0(%rdi)
	movq	%rbp, 8(%rdi)
	movq	%r12, 16(%rdi)
	movq	%r13, 24(%rdi)
	movq	%r14, 32(%rdi)
	movq	%r15, 40(%rdi)
	leaq	8(%rsp), %rdx		/* rsp once we have returned */
	movq	%rdx, 48(%rdi)
	movq	(%rsp), %rdx		/* return address */
	movq	%rdx, 56(%rdi)
	xorl	%eax, %eax
	ret
.size setjmp, . - setjmp

/* void longjmp(jmp_buf env, int val): rdi, esi */
.globl longjmp
.type longjmp, @function
longjmp:
	movl	%esi, %eax
	testl	%eax, %eax
	jnz	1f
	incl	%eax			/* setjmp must not return 0 again */
1:
	movq	0(%rdi), %rbx
	movq	8(%rdi), %rbp
	movq	16(%rdi), %r12
	movq	24(%rdi), %r13
	movq	32(%rdi), %r14
	movq	40(%rdi), %r15
	movq	48(%rdi), %rsp
	jmpq	*56(%rdi)
.size longjmp, . - longjmp

.globl _setjmp
.set _setjmp, setjmp
.globl _longjmp
.set _longjmp, longjmp

.section .note.GNU-stack, "", @progbits
