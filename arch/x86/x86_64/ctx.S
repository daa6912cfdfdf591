/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Cooperative context switch for x86_64 (System V ABI).
 *
 * A suspended context keeps rbp, rbx, r12-r15 on its own stack; struct
 * ukarch_ctx holds the stack pointer (offset 0) and the address to resume
 * at (offset 8). A fresh context (ukarch_ctx_init) resumes at
 * ukarch_ctx_start with {arg, entry} on top of its stack.
 */
#define CTX_SP	0
#define CTX_IP	8

.text

/* void ukarch_ctx_init(ctx, sp, entry, arg): rdi, rsi, rdx, rcx */
.globl ukarch_ctx_init
.type ukarch_ctx_init, @function
ukarch_ctx_init:
	andq	$-16, %rsi
	subq	$16, %rsi
	movq	%rcx, 0(%rsi)		/* arg */
	movq	%rdx, 8(%rsi)		/* entry */
	movq	%rsi, CTX_SP(%rdi)
	leaq	ukarch_ctx_start(%rip), %rax
	movq	%rax, CTX_IP(%rdi)
	ret
.size ukarch_ctx_init, . - ukarch_ctx_init

/*
 * First code of every new context. After the two pops the stack pointer
 * is 16-byte aligned again, so `entry` sees the stack exactly as after an
 * ordinary call. A zero frame pointer ends backtraces here.
 */
.type ukarch_ctx_start, @function
ukarch_ctx_start:
	.cfi_startproc
	.cfi_undefined rip
	popq	%rdi			/* arg */
	popq	%rax			/* entry */
	xorl	%ebp, %ebp
	call	*%rax
	/* entry must not return */
	ud2
	.cfi_endproc
.size ukarch_ctx_start, . - ukarch_ctx_start

/* void ukarch_ctx_switch(store, load): rdi, rsi */
.globl ukarch_ctx_switch
.type ukarch_ctx_switch, @function
ukarch_ctx_switch:
	pushq	%rbp
	pushq	%rbx
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, CTX_SP(%rdi)
	leaq	.Lresume(%rip), %rax
	movq	%rax, CTX_IP(%rdi)
	movq	CTX_SP(%rsi), %rsp
	jmp	*CTX_IP(%rsi)
.Lresume:
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbx
	popq	%rbp
	ret
.size ukarch_ctx_switch, . - ukarch_ctx_switch

.section .note.GNU-stack, "", @progbits
