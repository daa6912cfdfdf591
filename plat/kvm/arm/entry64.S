/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Entry of the kvm arm64 image: the Linux arm64 Image header, then the
 * boot code.
 *
 * A loader (QEMU's -kernel, U-Boot's booti) copies the flat image to RAM
 * base + text_offset and jumps to its first byte at EL2 or EL1 with the
 * MMU off, x0 = physical address of the device tree. The code masks
 * interrupts, drops from EL2 to EL1 when started there (EL1 in AArch64,
 * timers and GICv3 system registers usable, no FP traps), clears .bss,
 * enables FP/SIMD, installs the vectors, switches to the boot stack,
 * turns the MMU on with the early map and calls
 * _libkvmplat_entry(device tree).
 */
#include <uk/config.h>
#include <uk/asm/lcpu.h>
#include <uk/asm/cpu_defs.h>

#define IMAGE_FLAGS_LE		0
#define IMAGE_FLAGS_4K		(1 << 1)
#define IMAGE_TEXT_OFFSET	(CONFIG_KVM_ARM_LOAD_ADDR & 0x1fffff)

/* Encodings gas may not know by name */
#define ICC_SRE_EL2		S3_4_C12_C9_5

.section .text.boot, "ax"
.globl _libkvmplat_start
_libkvmplat_start:
	/* Linux arm64 Image header (Documentation/arm64/booting.rst) */
	b	boot_entry			/* code0 */
	.long	0				/* code1 */
	.quad	IMAGE_TEXT_OFFSET		/* text_offset */
	.quad	_image_size			/* image_size, with .bss */
	.quad	(IMAGE_FLAGS_LE | IMAGE_FLAGS_4K)	/* flags */
	.quad	0				/* res2 */
	.quad	0				/* res3 */
	.quad	0				/* res4 */
	.ascii	"ARM\x64"			/* magic */
	.long	0				/* res5 */

boot_entry:
	msr	daifset, #0xf
	mov	x19, x0				/* device tree */
	mrs	x20, CurrentEL
	lsr	x20, x20, #2
	cmp	x20, #2
	b.eq	from_el2
	cmp	x20, #1
	b.ne	.				/* EL3 or EL0: cannot run */
	b	at_el1

from_el2:
	mov	x0, #HCR_RW			/* EL1 is AArch64 */
	msr	hcr_el2, x0
	msr	hstr_el2, xzr
	msr	vttbr_el2, xzr
	mov	x0, #CPTR_EL2_RES1		/* no FP/SIMD traps */
	msr	cptr_el2, x0
	mrs	x0, cnthctl_el2			/* EL1 may use the counters */
	orr	x0, x0, #(CNTHCTL_EL1PCTEN | CNTHCTL_EL1PCEN)
	msr	cnthctl_el2, x0
	msr	cntvoff_el2, xzr
	mrs	x0, midr_el1			/* EL1 sees the real IDs */
	msr	vpidr_el2, x0
	mrs	x0, mpidr_el1
	msr	vmpidr_el2, x0
	/* GICv3: let EL1 use the system register interface */
	mrs	x0, id_aa64pfr0_el1
	ubfx	x0, x0, #ID_AA64PFR0_GIC_SHIFT, #4
	cbz	x0, 1f
	mrs	x0, ICC_SRE_EL2
	mov	x1, #(ICC_SRE_EL2_SRE | ICC_SRE_EL2_ENABLE)
	orr	x0, x0, x1
	msr	ICC_SRE_EL2, x0
	isb
1:	ldr	x0, =SCTLR_EL1_RES1		/* MMU and caches off */
	msr	sctlr_el1, x0
	mov	x0, #(PSR_D | PSR_A | PSR_I | PSR_F | PSR_MODE_EL1H)
	msr	spsr_el2, x0
	adr	x0, at_el1
	msr	elr_el2, x0
	eret

at_el1:
	/* Clear .bss (boot stack and page tables live there) */
	adrp	x0, __bss_start
	add	x0, x0, :lo12:__bss_start
	adrp	x1, _end
	add	x1, x1, :lo12:_end
2:	cmp	x0, x1
	b.hs	3f
	stp	xzr, xzr, [x0], #16
	b	2b
3:	adrp	x0, kvm_arm_boot_el
	str	x20, [x0, :lo12:kvm_arm_boot_el]

	mov	x0, #CPACR_FPEN_NOTRAP		/* FP/SIMD at EL1 */
	msr	cpacr_el1, x0
	adrp	x0, arm64_vectors
	add	x0, x0, :lo12:arm64_vectors
	msr	vbar_el1, x0
	isb

	adrp	x0, kvm_arm_boot_stack_top
	add	x0, x0, :lo12:kvm_arm_boot_stack_top
	mov	sp, x0
	mov	x29, xzr			/* ends backtraces */
	mov	x30, xzr

	mov	x0, x19
	bl	kvm_arm_mmu_early
	mov	x0, x19
	bl	_libkvmplat_entry
	b	.

.section .bss.boot, "aw", @nobits
/* Left unmapped by kvm_arm_mmu_final(): an overflow traps */
.balign	__PAGE_SIZE
kvm_arm_boot_stack_guard:
	.space	__PAGE_SIZE
.globl kvm_arm_boot_stack, kvm_arm_boot_stack_top
kvm_arm_boot_stack:
	.space	__STACK_SIZE
kvm_arm_boot_stack_top:

.section .data.boot, "aw"
.balign 8
.globl kvm_arm_boot_el
kvm_arm_boot_el:
	.quad	0
