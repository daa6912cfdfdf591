/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Process entry of the linuxu x86_64 image. Linux starts a static ELF
 * with rsp pointing at argc, then argv[], NULL, envp[], NULL, auxv; rsp
 * is 16-byte aligned. A zero frame pointer ends backtraces here.
 */
.text

.globl _liblinuxuplat_start
.type _liblinuxuplat_start, @function
_liblinuxuplat_start:
	.cfi_startproc
	.cfi_undefined rip
	xorl	%ebp, %ebp
	movq	%rsp, %rdi
	andq	$-16, %rsp
	call	_liblinuxuplat_entry
	ud2
	.cfi_endproc
.size _liblinuxuplat_start, . - _liblinuxuplat_start

/* Restorer of every signal handler: back to the interrupted code */
.globl linuxu_sigreturn
.type linuxu_sigreturn, @function
linuxu_sigreturn:
	movq	$15, %rax		/* rt_sigreturn */
	syscall
	ud2
.size linuxu_sigreturn, . - linuxu_sigreturn

.section .note.GNU-stack, "", @progbits
