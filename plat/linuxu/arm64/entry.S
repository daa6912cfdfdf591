/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Process entry of the linuxu arm64 image. Linux starts a static ELF with
 * sp pointing at argc, then argv[], NULL, envp[], NULL, auxv; sp is
 * 16-byte aligned. Zero frame pointer and link register end backtraces
 * here.
 */
.text

.globl _liblinuxuplat_start
.type _liblinuxuplat_start, %function
_liblinuxuplat_start:
	.cfi_startproc
	.cfi_undefined x30
	mov	x29, #0
	mov	x30, #0
	mov	x0, sp
	bl	_liblinuxuplat_entry
	brk	#0
	.cfi_endproc
.size _liblinuxuplat_start, . - _liblinuxuplat_start

/* Restorer of every signal handler: back to the interrupted code */
.globl linuxu_sigreturn
.type linuxu_sigreturn, %function
linuxu_sigreturn:
	mov	x8, #139		/* rt_sigreturn */
	svc	#0
	brk	#0
.size linuxu_sigreturn, . - linuxu_sigreturn

.section .note.GNU-stack, "", %progbits
