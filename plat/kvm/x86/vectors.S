/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Exception and interrupt entry. Every vector saves the general registers
 * as a struct __regs (see traps.h) and the FPU/SSE state, so the C
 * handler may be ordinary code, then returns with iretq.
 */
	.text
.macro VEC_NOERR n
	.align 16
	.globl x86_vec_\n
x86_vec_\n:
	pushq $0
	pushq $\n
	jmp x86_vec_common
.endm
.macro VEC_ERR n
	.align 16
	.globl x86_vec_\n
x86_vec_\n:
	pushq $\n
	jmp x86_vec_common
.endm

VEC_NOERR 0
VEC_NOERR 1
VEC_NOERR 2
VEC_NOERR 3
VEC_NOERR 4
VEC_NOERR 5
VEC_NOERR 6
VEC_NOERR 7
VEC_ERR 8
VEC_NOERR 9
VEC_ERR 10
VEC_ERR 11
VEC_ERR 12
VEC_ERR 13
VEC_ERR 14
VEC_NOERR 15
VEC_NOERR 16
VEC_ERR 17
VEC_NOERR 18
VEC_NOERR 19
VEC_NOERR 20
VEC_ERR 21
VEC_NOERR 22
VEC_NOERR 23
VEC_NOERR 24
VEC_NOERR 25
VEC_NOERR 26
VEC_NOERR 27
VEC_NOERR 28
VEC_ERR 29
VEC_ERR 30
VEC_NOERR 31
.irp n, 32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47
VEC_NOERR \n
.endr

x86_vec_common:
	pushq %rdi
	pushq %rsi
	pushq %rdx
	pushq %rcx
	pushq %rax
	pushq %r8
	pushq %r9
	pushq %r10
	pushq %r11
	pushq %rbx
	pushq %rbp
	pushq %r12
	pushq %r13
	pushq %r14
	pushq %r15
	movq %rsp, %rbx
	cld
	subq $512, %rsp
	andq $-16, %rsp
	fxsave (%rsp)
	movq %rbx, %rdi
	call x86_vector_handler
	fxrstor (%rsp)
	movq %rbx, %rsp
	popq %r15
	popq %r14
	popq %r13
	popq %r12
	popq %rbp
	popq %rbx
	popq %r11
	popq %r10
	popq %r9
	popq %r8
	popq %rax
	popq %rcx
	popq %rdx
	popq %rsi
	popq %rdi
	addq $16, %rsp
	iretq

	.section .rodata
	.align 8
	.globl x86_vector_table
x86_vector_table:
.irp n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47
	.quad x86_vec_\n
.endr
