/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 architectural constants: control register bits, MSR numbers,
 * EFER bits, XCR0 state components and the CPUID feature bits this tree
 * tests. Plain numbers only, so assembly may include this file.
 */
#ifndef __UKARCH_X86_64_CPU_DEFS_H__
#define __UKARCH_X86_64_CPU_DEFS_H__

/* CR0 */
#define X86_CR0_PE		(1 << 0)	/* protected mode */
#define X86_CR0_MP		(1 << 1)	/* monitor coprocessor */
#define X86_CR0_EM		(1 << 2)	/* x87 emulation (keep 0) */
#define X86_CR0_TS		(1 << 3)	/* task switched */
#define X86_CR0_NE		(1 << 5)	/* native FPU errors */
#define X86_CR0_WP		(1 << 16)	/* write protect in ring 0 */
#define X86_CR0_AM		(1 << 18)
#define X86_CR0_NW		(1 << 29)
#define X86_CR0_CD		(1 << 30)
#define X86_CR0_PG		(1 << 31)	/* paging */

/* CR4 */
#define X86_CR4_PSE		(1 << 4)
#define X86_CR4_PAE		(1 << 5)
#define X86_CR4_PGE		(1 << 7)
#define X86_CR4_OSFXSR		(1 << 9)	/* FXSAVE and SSE */
#define X86_CR4_OSXMMEXCPT	(1 << 10)	/* SIMD exceptions as #XM */
#define X86_CR4_FSGSBASE	(1 << 16)
#define X86_CR4_OSXSAVE		(1 << 18)	/* XSAVE, XSETBV */

/* RFLAGS */
#define X86_EFLAGS_IF		(1 << 9)
#define X86_EFLAGS_AC		(1 << 18)

/* MSRs */
#define X86_MSR_EFER		0xc0000080
#define X86_MSR_FS_BASE		0xc0000100
#define X86_MSR_GS_BASE		0xc0000101
#define X86_MSR_KERNEL_GS_BASE	0xc0000102

/* EFER */
#define X86_EFER_SCE		(1 << 0)
#define X86_EFER_LME		(1 << 8)	/* long mode enable */
#define X86_EFER_LMA		(1 << 10)
#define X86_EFER_NXE		(1 << 11)

/* XCR0 state components */
#define X86_XCR0_X87		(1 << 0)
#define X86_XCR0_SSE		(1 << 1)
#define X86_XCR0_AVX		(1 << 2)

/* CPUID leaf 1, ECX */
#define X86_CPUID1_ECX_SSE3	(1 << 0)
#define X86_CPUID1_ECX_XSAVE	(1 << 26)
#define X86_CPUID1_ECX_OSXSAVE	(1 << 27)
#define X86_CPUID1_ECX_AVX	(1 << 28)
#define X86_CPUID1_ECX_HYPERVISOR (1 << 31)
/* CPUID leaf 1, EDX */
#define X86_CPUID1_EDX_TSC	(1 << 4)
#define X86_CPUID1_EDX_MSR	(1 << 5)
#define X86_CPUID1_EDX_PAE	(1 << 6)
#define X86_CPUID1_EDX_APIC	(1 << 9)
#define X86_CPUID1_EDX_FXSR	(1 << 24)
#define X86_CPUID1_EDX_SSE	(1 << 25)
#define X86_CPUID1_EDX_SSE2	(1 << 26)
/* CPUID leaf 0x80000001, EDX */
#define X86_CPUID81_EDX_NX	(1 << 20)
#define X86_CPUID81_EDX_PDPE1GB	(1 << 26)
#define X86_CPUID81_EDX_LM	(1 << 29)
/* CPUID leaf 0x80000007, EDX */
#define X86_CPUID87_EDX_INVTSC	(1 << 8)

/* Page table entry bits */
#define X86_PTE_PRESENT		(1 << 0)
#define X86_PTE_RW		(1 << 1)
#define X86_PTE_US		(1 << 2)
#define X86_PTE_PWT		(1 << 3)
#define X86_PTE_PCD		(1 << 4)
#define X86_PTE_PSE		(1 << 7)	/* large page in PDPT/PD */

#endif /* __UKARCH_X86_64_CPU_DEFS_H__ */
