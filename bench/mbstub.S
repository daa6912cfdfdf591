/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The floor for boot-time comparisons: a Multiboot kernel that writes one
 * byte to COM1 and leaves through isa-debug-exit. Nothing else.
 */
	.section .text
	.code32
	.align 4
mb_header:
	.long 0x1badb002
	.long 0
	.long -0x1badb002
	.globl _start
_start:
	movw $0x3f8, %dx
	movb $'x', %al
	outb %al, %dx
	movw $0xf4, %dx
	xorb %al, %al
	outb %al, %dx
1:	cli
	hlt
	jmp 1b
