/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * arm64 architectural constants: PSTATE/DAIF bits, SCTLR/TCR/MAIR/HCR
 * fields, ESR exception classes, translation table descriptor bits and
 * CPACR. Plain numbers only, so assembly may include this file.
 */
#ifndef __UKARCH_ARM64_CPU_DEFS_H__
#define __UKARCH_ARM64_CPU_DEFS_H__

#ifdef __ASSEMBLY__
#define _BITUL(n)		(1 << (n))
#define _BITULL(n)		(1 << (n))
#else
#define _BITUL(n)		(1UL << (n))
#define _BITULL(n)		(1ULL << (n))
#endif

/* DAIF / SPSR */
#define PSR_F			_BITUL(6)
#define PSR_I			_BITUL(7)
#define PSR_A			_BITUL(8)
#define PSR_D			_BITUL(9)
#define PSR_MODE_EL1H		0x5
#define PSR_MODE_EL2H		0x9
#define PSR_MODE_MASK		0xf

/* CPACR_EL1: FP/SIMD without traps at EL0 and EL1 */
#define CPACR_FPEN_NOTRAP	(3 << 20)

/* SCTLR_EL1 */
#define SCTLR_M			_BITUL(0)	/* MMU */
#define SCTLR_A			_BITUL(1)	/* alignment check */
#define SCTLR_C			_BITUL(2)	/* data cache */
#define SCTLR_SA		_BITUL(3)	/* stack alignment check */
#define SCTLR_I			_BITUL(12)	/* instruction cache */
#define SCTLR_WXN		_BITUL(19)
/* Bits that are RES1 in Armv8.0 */
#define SCTLR_EL1_RES1		0x30d00800
#define SCTLR_EL2_RES1		0x30c50830

/* HCR_EL2 */
#define HCR_RW			_BITUL(31)	/* EL1 is AArch64 */

/* CNTHCTL_EL2: EL1 may use the physical counter and timer */
#define CNTHCTL_EL1PCTEN	_BITUL(0)
#define CNTHCTL_EL1PCEN		_BITUL(1)

/* CPTR_EL2: no FP/SIMD traps (RES1 bits, TFP clear) */
#define CPTR_EL2_RES1		0x33ff

/* ICC_SRE_EL2: system register GIC interface, EL1 may enable it */
#define ICC_SRE_EL2_SRE		_BITUL(0)
#define ICC_SRE_EL2_ENABLE	_BITUL(3)

/* ID_AA64PFR0_EL1.GIC: 1 = GICv3/4 system registers implemented */
#define ID_AA64PFR0_GIC_SHIFT	24
/* ID_AA64MMFR0_EL1.PARange */
#define ID_AA64MMFR0_PARANGE_MASK	0xf

/* MAIR_EL1 attribute indexes and encodings */
#define MAIR_IDX_DEVICE		0	/* Device-nGnRnE */
#define MAIR_IDX_NORMAL		1	/* Normal, write-back RW-allocate */
#define MAIR_IDX_NORMAL_NC	2	/* Normal, non-cacheable */
#define MAIR_IDX_DEVICE_NGNRE	3	/* Device-nGnRE: posted writes (MMIO) */
#define MAIR_VALUE		0x000000000444ff00

/* TCR_EL1: 4 KiB granule, 39-bit VA through TTBR0, walks cacheable */
#define TCR_T0SZ_39		25
#define TCR_IRGN0_WBWA		(1 << 8)
#define TCR_ORGN0_WBWA		(1 << 10)
#define TCR_SH0_INNER		(3 << 12)
#define TCR_TG0_4K		(0 << 14)
#define TCR_EPD1		_BITUL(23)	/* no TTBR1 walks */
#define TCR_T0SZ_MASK		0x3f
#define TCR_IPS_SHIFT		32

/* Translation table descriptors (4 KiB granule) */
#define PTE_VALID		_BITULL(0)
#define PTE_TABLE		_BITULL(1)	/* table (L0-2) or page (L3) */
#define PTE_BLOCK		0		/* block at L1/L2 */
#define PTE_PAGE		PTE_TABLE	/* same bit, at L3 */
#define PTE_ATTR_SHIFT		2
#define PTE_AP_RO		_BITULL(7)	/* AP[2]: read-only */
#define PTE_SH_INNER		(3ULL << 8)
#define PTE_AF			_BITULL(10)	/* access flag */
#define PTE_PXN			_BITULL(53)	/* no execution at EL1 */
#define PTE_UXN			_BITULL(54)	/* no execution at EL0 */
#define PTE_ADDR_MASK		0x0000fffffffff000ULL

/* ESR_ELx */
#define ESR_EC_SHIFT		26
#define ESR_EC_MASK		0x3f
#define ESR_IL			_BITUL(25)
#define ESR_ISS_MASK		0x1ffffff

#define ESR_EC_UNKNOWN		0x00
#define ESR_EC_WFX		0x01
#define ESR_EC_FP_ASIMD		0x07
#define ESR_EC_ILL		0x0e	/* illegal execution state */
#define ESR_EC_SVC64		0x15
#define ESR_EC_HVC64		0x16
#define ESR_EC_SMC64		0x17
#define ESR_EC_SYS64		0x18	/* MSR/MRS/system instruction */
#define ESR_EC_IABT_LOW		0x20
#define ESR_EC_IABT_CUR		0x21
#define ESR_EC_PC_ALIGN		0x22
#define ESR_EC_DABT_LOW		0x24
#define ESR_EC_DABT_CUR		0x25
#define ESR_EC_SP_ALIGN		0x26
#define ESR_EC_FP_EXC64		0x2c
#define ESR_EC_SERROR		0x2f
#define ESR_EC_BREAKPT_LOW	0x30
#define ESR_EC_BREAKPT_CUR	0x31
#define ESR_EC_SOFTSTP_LOW	0x32
#define ESR_EC_SOFTSTP_CUR	0x33
#define ESR_EC_WATCHPT_LOW	0x34
#define ESR_EC_WATCHPT_CUR	0x35
#define ESR_EC_BRK64		0x3c

#endif /* __UKARCH_ARM64_CPU_DEFS_H__ */
