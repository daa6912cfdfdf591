/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * x86_64 descriptor tables shared by the boot code and traps.c: the GDT
 * selectors set up by the platform's entry code (usable from assembly),
 * the IST slots of the TSS and the layout of IDT gates and of the TSS.
 */
#ifndef __PLAT_CMN_X86_DESC_H__
#define __PLAT_CMN_X86_DESC_H__

/* GDT: null, 64-bit code, data, then the 16-byte TSS descriptor */
#define GDT_DESC_NULL		0
#define GDT_DESC_CODE		1
#define GDT_DESC_DATA		2
#define GDT_DESC_TSS_LO		3
#define GDT_DESC_TSS_HI		4
#define GDT_NUM_DESCS		5

#define GDT_SEL(d)		((d) << 3)
#define GDT_SEL_CODE		GDT_SEL(GDT_DESC_CODE)
#define GDT_SEL_DATA		GDT_SEL(GDT_DESC_DATA)
#define GDT_SEL_TSS		GDT_SEL(GDT_DESC_TSS_LO)

/* 64-bit code: P, DPL 0, code/readable, L; data: P, DPL 0, writable */
#define GDT_CODE64_DESC		0x00af9a000000ffff
#define GDT_DATA_DESC		0x00cf92000000ffff

/* Interrupt stack table slots (1-based as in the IDT gate) */
#define TSS_IST_DF		1	/* double fault */
#define TSS_IST_NMI		2	/* NMI and machine check */
#define TSS_IST_PF		3	/* page fault */
#define TSS_IST_NUM		3

#define IDT_NUM_ENTRIES		256
#define IDT_GATE_INTR		0x8e	/* present, DPL 0, interrupt */

#ifndef __ASSEMBLY__
#include <uk/essentials.h>

struct idt_gate {
	__u16 offset_lo;
	__u16 selector;
	__u8 ist;
	__u8 type_attr;
	__u16 offset_mid;
	__u32 offset_hi;
	__u32 reserved;
} __packed;

struct tss64 {
	__u32 reserved0;
	__u64 rsp[3];
	__u64 reserved1;
	__u64 ist[7];
	__u64 reserved2;
	__u16 reserved3;
	__u16 iomap_base;
} __packed;

struct desc_ptr {
	__u16 limit;
	__u64 base;
} __packed;

/* The GDT defined by the entry code */
extern __u64 x86_gdt[GDT_NUM_DESCS];
#endif /* !__ASSEMBLY__ */

#endif /* __PLAT_CMN_X86_DESC_H__ */
