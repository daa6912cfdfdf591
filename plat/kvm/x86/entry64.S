/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Multiboot entry of the kvm x86_64 image.
 *
 * A Multiboot 1 loader (QEMU's -kernel, GRUB) starts _multiboot_entry in
 * 32-bit protected mode, paging off, eax = 0x2badb002, ebx = boot info.
 * QEMU refuses 64-bit ELF Multiboot kernels unless the header carries the
 * load addresses itself (the "a.out kludge", flag bit 16), so the header
 * below names where the image goes; the linker script keeps file offsets
 * linear to addresses.
 *
 * The 32-bit code clears .bss, records the EBDA segment from the BIOS
 * data area, checks for long mode, builds an identity map of the first
 * 4 GiB (2 MiB pages; the first 2 MiB with 4 KiB pages so that page 0 can
 * stay unmapped to catch NULL pointers), enables PAE, long mode and
 * paging, and jumps to 64-bit code, which enables x87/SSE (and XSAVE with
 * AVX when the CPU has them) and calls
 * _libkvmplat_entry(boot info, loader magic) on the boot stack.
 */
#include <uk/config.h>
#include <uk/asm/lcpu.h>
#include <uk/asm/cpu_defs.h>
#include <x86/desc.h>
#include <kvm-x86/multiboot.h>

#define MB_FLAGS	(MULTIBOOT_PAGE_ALIGN | MULTIBOOT_MEMORY_INFO | \
			 MULTIBOOT_AOUT_KLUDGE)

#define PTE_KERNEL	(X86_PTE_PRESENT | X86_PTE_RW)
#define PDE_2M		(X86_PTE_PRESENT | X86_PTE_RW | X86_PTE_PSE)
#define BOOT_PD_PAGES	4		/* 4 x 1 GiB */

#define BDA_EBDA_SEG	0x40e

#define COM1		0x3f8
#define QEMU_EXIT_PORT	0x501		/* isa-debug-exit default */
#define QEMU_EXIT_PORT2	0xf4

/* ---------------------------------------------------------------------- */
.section .multiboot_header, "a"
.align 4
_multiboot_header:
	.long	MULTIBOOT_HEADER_MAGIC
	.long	MB_FLAGS
	.long	-(MULTIBOOT_HEADER_MAGIC + MB_FLAGS)
	.long	_multiboot_header		/* header_addr */
	.long	_text				/* load_addr */
	.long	_edata				/* load_end_addr */
	.long	_end				/* bss_end_addr */
	.long	_multiboot_entry		/* entry_addr */

/* ---------------------------------------------------------------------- */
.section .text.boot, "ax"
.code32
.globl _multiboot_entry
.type _multiboot_entry, @function
_multiboot_entry:
	cli
	cld
	movl	%eax, %ebp			/* loader magic */
	movl	%ebx, %esi			/* boot info */

	/* Clear .bss (page tables and boot stack live there) */
	movl	$__bss_start, %edi
	movl	$_end, %ecx
	subl	%edi, %ecx
	xorl	%eax, %eax
	rep stosb

	movl	%ebp, x86_boot_magic
	movl	%esi, x86_boot_info
	movl	$x86_boot_stack_top, %esp

	/* EBDA segment, while page 0 is still reachable */
	movzwl	BDA_EBDA_SEG, %eax
	shll	$4, %eax
	movl	%eax, x86_bios_ebda

	/* Long mode? */
	movl	$0x80000000, %eax
	cpuid
	cmpl	$0x80000001, %eax
	jb	.Lno_long_mode
	movl	$0x80000001, %eax
	cpuid
	testl	$X86_CPUID81_EDX_LM, %edx
	jz	.Lno_long_mode

	/* PML4[0] -> PDPT */
	movl	$x86_boot_pdpt, %eax
	orl	$PTE_KERNEL, %eax
	movl	%eax, x86_boot_pml4

	/* PDPT[0..3] -> PD 0..3 */
	movl	$x86_boot_pd, %eax
	orl	$PTE_KERNEL, %eax
	movl	$x86_boot_pdpt, %edi
	movl	$BOOT_PD_PAGES, %ecx
1:	movl	%eax, (%edi)
	addl	$__PAGE_SIZE, %eax
	addl	$8, %edi
	loop	1b

	/* PDs: 2 MiB pages for 0-4 GiB (high dwords stay 0) */
	movl	$x86_boot_pd, %edi
	movl	$PDE_2M, %eax
	movl	$(BOOT_PD_PAGES * 512), %ecx
2:	movl	%eax, (%edi)
	addl	$0x200000, %eax
	addl	$8, %edi
	loop	2b

#ifdef CONFIG_KVM_NULL_PAGE_GUARD
	/* First 2 MiB with 4 KiB pages, page 0 not present */
	movl	$(x86_boot_pt0 + 8), %edi
	movl	$(__PAGE_SIZE | PTE_KERNEL), %eax
	movl	$511, %ecx
3:	movl	%eax, (%edi)
	addl	$__PAGE_SIZE, %eax
	addl	$8, %edi
	loop	3b
	movl	$x86_boot_pt0, %eax
	orl	$PTE_KERNEL, %eax
	movl	%eax, x86_boot_pd
#endif

	/* PAE, then long mode, then paging */
	movl	%cr4, %eax
	orl	$X86_CR4_PAE, %eax
	movl	%eax, %cr4
	movl	$x86_boot_pml4, %eax
	movl	%eax, %cr3
	movl	$X86_MSR_EFER, %ecx
	rdmsr
	orl	$X86_EFER_LME, %eax
	wrmsr
	movl	%cr0, %eax
	orl	$(X86_CR0_PG | X86_CR0_PE | X86_CR0_WP), %eax
	movl	%eax, %cr0

	lgdt	x86_gdt_ptr
	ljmp	$GDT_SEL_CODE, $.Llong_mode

.Lno_long_mode:
	movl	$.Lmsg_no_lm, %esi
	movw	$COM1, %dx
4:	lodsb
	testb	%al, %al
	jz	5f
	outb	%al, %dx
	jmp	4b
5:	/* Leave QEMU with a failure code if it can, else stop */
	movb	$0x7f, %al
	movw	$QEMU_EXIT_PORT, %dx
	outb	%al, %dx
	movw	$QEMU_EXIT_PORT2, %dx
	outb	%al, %dx
6:	hlt
	jmp	6b

/* ---------------------------------------------------------------------- */
.code64
.Llong_mode:
	movl	$GDT_SEL_DATA, %eax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	xorl	%eax, %eax
	movw	%ax, %fs
	movw	%ax, %gs
	movq	$x86_boot_stack_top, %rsp

	/* x87 and SSE: no emulation, native errors, FXSAVE, #XM */
	movq	%cr0, %rax
	andq	$~(X86_CR0_EM | X86_CR0_TS), %rax
	orq	$(X86_CR0_MP | X86_CR0_NE), %rax
	movq	%rax, %cr0
	movq	%cr4, %rax
	orq	$(X86_CR4_OSFXSR | X86_CR4_OSXMMEXCPT), %rax
	movq	%rax, %cr4

	/*
	 * XSAVE, and AVX state, when the CPU offers them: CPUID.1 says
	 * XSAVE, leaf 0xd exists and lists x87+SSE (and AVX) as supported
	 * XCR0 components.
	 */
	xorl	%eax, %eax
	cpuid
	cmpl	$0xd, %eax
	jb	7f
	movl	$1, %eax
	xorl	%ecx, %ecx
	cpuid
	testl	$X86_CPUID1_ECX_XSAVE, %ecx
	jz	7f
	movl	%ecx, %esi
	movl	$0xd, %eax
	xorl	%ecx, %ecx
	cpuid
	movl	%eax, %edi			/* supported XCR0 bits */
	andl	$(X86_XCR0_X87 | X86_XCR0_SSE), %eax
	cmpl	$(X86_XCR0_X87 | X86_XCR0_SSE), %eax
	jne	7f
	movq	%cr4, %rax
	orq	$X86_CR4_OSXSAVE, %rax
	movq	%rax, %cr4
	movl	$(X86_XCR0_X87 | X86_XCR0_SSE), %eax
	testl	$X86_CPUID1_ECX_AVX, %esi
	jz	8f
	testl	$X86_XCR0_AVX, %edi
	jz	8f
	orl	$X86_XCR0_AVX, %eax
8:	xorl	%edx, %edx
	xorl	%ecx, %ecx
	xsetbv
7:
	fninit

	movl	x86_boot_info(%rip), %edi
	movl	x86_boot_magic(%rip), %esi
	xorl	%ebp, %ebp
	call	_libkvmplat_entry
9:	cli
	hlt
	jmp	9b
.size _multiboot_entry, . - _multiboot_entry

/* ---------------------------------------------------------------------- */
.section .rodata.boot, "a"
.Lmsg_no_lm:
	.asciz "kvm-x86_64: this CPU has no 64-bit long mode; cannot boot\r\n"

.section .data.boot, "aw"
.align 16
.globl x86_gdt
x86_gdt:
	.quad	0				/* null */
	.quad	GDT_CODE64_DESC			/* GDT_SEL_CODE */
	.quad	GDT_DATA_DESC			/* GDT_SEL_DATA */
	.quad	0				/* TSS, set by traps.c */
	.quad	0
.Lgdt_end:
.size x86_gdt, . - x86_gdt

/* In 32-bit mode lgdt reads limit and the low 4 bytes of the base */
.align 8
x86_gdt_ptr:
	.word	.Lgdt_end - x86_gdt - 1
	.quad	x86_gdt

.align 4
.globl x86_boot_info, x86_boot_magic, x86_bios_ebda
x86_boot_info:
	.long	0
x86_boot_magic:
	.long	0
x86_bios_ebda:
	.long	0

/* ---------------------------------------------------------------------- */
.section .bss.boot, "aw", @nobits
.align __PAGE_SIZE
.globl x86_boot_pml4, x86_boot_pdpt, x86_boot_pd
x86_boot_pml4:
	.skip	__PAGE_SIZE
x86_boot_pdpt:
	.skip	__PAGE_SIZE
x86_boot_pd:
	.skip	BOOT_PD_PAGES * __PAGE_SIZE
x86_boot_pt0:
	.skip	__PAGE_SIZE

/* Unmapped once traps are set up (kvm_x86_boot_stack_guard()) */
.align __PAGE_SIZE
x86_boot_stack_guard:
	.skip	__PAGE_SIZE
.globl x86_boot_stack, x86_boot_stack_top
x86_boot_stack:
	.skip	__STACK_SIZE
x86_boot_stack_top:

.section .note.GNU-stack, "", @progbits
