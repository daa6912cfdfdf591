/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Multiboot entry: QEMU's -kernel starts us in 32-bit protected mode with
 * paging off. Build an identity map of the first 4 GiB with 2 MiB pages,
 * enable PAE, long mode, SSE, then call C on the boot stack.
 */
#include <uk/config.h>

#define MB_MAGIC	0x1badb002
/* page-align modules, memory info, load addresses in this header */
#define MB_FLAGS	0x00010003

#define CR0_MP		(1 << 1)
#define CR0_EM		(1 << 2)
#define CR0_PE		(1 << 0)
#define CR0_PG		(1 << 31)
#define CR4_PAE		(1 << 5)
#define CR4_OSFXSR	(1 << 9)
#define CR4_OSXMMEXCPT	(1 << 10)
#define MSR_EFER	0xc0000080
#define EFER_LME	(1 << 8)

	.section .text.boot, "ax"
	.code32
	.align 4
multiboot_header:
	.long MB_MAGIC
	.long MB_FLAGS
	.long -(MB_MAGIC + MB_FLAGS)
	.long multiboot_header		/* header_addr */
	.long _text			/* load_addr */
	.long _edata			/* load_end_addr */
	.long _end			/* bss_end_addr */
	.long _multiboot_entry		/* entry_addr */

	.globl _multiboot_entry
_multiboot_entry:
	cli
	cld
	movl $boot_stack_top, %esp
	cmpl $0x2badb002, %eax
	jne no_multiboot
	movl %ebx, multiboot_info

	/* long mode available? */
	movl $0x80000000, %eax
	cpuid
	cmpl $0x80000001, %eax
	jb no_long_mode
	movl $0x80000001, %eax
	cpuid
	btl $29, %edx
	jnc no_long_mode

	/* PML4[0] -> PDPT; PDPT[0..3] -> PD0..3; PDs: 2048 x 2 MiB pages */
	movl $boot_pdpt, %eax
	orl $3, %eax
	movl %eax, boot_pml4
	movl $boot_pd, %eax
	orl $3, %eax
	movl $boot_pdpt, %edi
	movl $4, %ecx
1:	movl %eax, (%edi)
	addl $4096, %eax
	addl $8, %edi
	loop 1b
	/* PD0[0] -> a table of 4 KiB pages whose page 0 stays unmapped,
	 * so that NULL pointer accesses fault */
	movl $boot_pt0, %edi
	movl $0x1003, %eax
	movl $511, %ecx
	addl $8, %edi
0:	movl %eax, (%edi)
	addl $4096, %eax
	addl $8, %edi
	loop 0b
	movl $boot_pt0, %eax
	orl $3, %eax
	movl %eax, boot_pd
	movl $(boot_pd + 8), %edi
	movl $0x200083, %eax		/* present, writable, 2 MiB */
	xorl %edx, %edx
	movl $2047, %ecx
2:	movl %eax, (%edi)
	movl %edx, 4(%edi)
	addl $0x200000, %eax
	adcl $0, %edx
	addl $8, %edi
	loop 2b

	movl %cr4, %eax
	orl $(CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT), %eax
	movl %eax, %cr4
	movl $boot_pml4, %eax
	movl %eax, %cr3
	movl $MSR_EFER, %ecx
	rdmsr
	orl $EFER_LME, %eax
	wrmsr
	movl %cr0, %eax
	andl $~CR0_EM, %eax
	orl $(CR0_PG | CR0_PE | CR0_MP), %eax
	movl %eax, %cr0
	lgdt boot_gdt_ptr
	ljmp $0x08, $long_mode_entry

no_long_mode:
	movl $msg_no_lm, %esi
	jmp die32
no_multiboot:
	movl $msg_no_mb, %esi
die32:	/* print a message on COM1, then stop */
	movw $0x3f8, %dx
3:	lodsb
	testb %al, %al
	jz 4f
	outb %al, %dx
	jmp 3b
4:	hlt
	jmp 4b

	.code64
long_mode_entry:
	movw $0x10, %ax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %ss
	xorw %ax, %ax
	movw %ax, %fs
	movw %ax, %gs
	movq $boot_stack_top, %rsp
	xorq %rbp, %rbp
	movl multiboot_info(%rip), %edi
	call _libkvmplat_entry
5:	cli
	hlt
	jmp 5b

	.section .rodata.boot, "a"
msg_no_mb:
	.asciz "kvm-x86_64: not started by a Multiboot loader\r\n"
msg_no_lm:
	.asciz "kvm-x86_64: this CPU has no 64-bit long mode\r\n"

	.align 16
boot_gdt:
	.quad 0
	.quad 0x00af9a000000ffff	/* 0x08: 64-bit code */
	.quad 0x00cf92000000ffff	/* 0x10: data */
boot_gdt_end:
	.align 4
boot_gdt_ptr:
	.word boot_gdt_end - boot_gdt - 1
	.long boot_gdt

	.section .data.boot, "aw"
	.align 4
	.globl multiboot_info
multiboot_info:
	.long 0

	.section .bss.boot, "aw", @nobits
	.align 4096
boot_pml4:
	.skip 4096
boot_pdpt:
	.skip 4096
boot_pd:
	.skip 4 * 4096
boot_pt0:
	.skip 4096
	.globl boot_stack_bottom, boot_stack_top
boot_stack_bottom:
	.skip 65536
boot_stack_top:
