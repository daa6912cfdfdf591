/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * GICv3: memory-mapped distributor (GICD, first "reg" entry) and
 * redistributors (second entry: one 128 KiB frame pair per CPU), CPU
 * interface through the ICC_* system registers. Shared interrupts are
 * routed to the boot CPU by affinity; everything is in group 1.
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/fdt.h>
#include <uk/asm/cpu.h>
#include <uk/arch/lcpu.h>
#include <arm/gic.h>

#define GICD_IROUTER		0x6000
/* Meaning with and without security: group enables and affinity routing */
#define GICD_CTLR_ENABLE	(_BITUL(0) | _BITUL(1) | _BITUL(4))
#define GICD_CTLR_RWP		_BITUL(31)

#define GICR_FRAME_SIZE		0x20000	/* RD_base + SGI_base */
#define GICR_TYPER		0x0008
#define GICR_WAKER		0x0014
#define GICR_TYPER_LAST		_BITULL(4)
#define GICR_TYPER_VLPIS	_BITULL(1)
#define GICR_WAKER_SLEEP	_BITUL(1)
#define GICR_WAKER_ASLEEP	_BITUL(2)
#define GICR_SGI_BASE		0x10000
#define GICR_IGROUPR0		(GICR_SGI_BASE + 0x0080)
#define GICR_ISENABLER0		(GICR_SGI_BASE + 0x0100)
#define GICR_ICENABLER0		(GICR_SGI_BASE + 0x0180)
#define GICR_IPRIORITYR		(GICR_SGI_BASE + 0x0400)

/* CPU interface registers by encoding */
#define ICC_PMR_EL1		"S3_0_C4_C6_0"
#define ICC_IAR1_EL1		"S3_0_C12_C12_0"
#define ICC_EOIR1_EL1		"S3_0_C12_C12_1"
#define ICC_BPR1_EL1		"S3_0_C12_C12_3"
#define ICC_CTLR_EL1		"S3_0_C12_C12_4"
#define ICC_SRE_EL1		"S3_0_C12_C12_5"
#define ICC_IGRPEN1_EL1		"S3_0_C12_C12_7"
#define ICC_SRE_SRE		_BITUL(0)
#define ICC_IAR_INTID(v)	((v) & 0xffffff)

#define GIC_PMR_ALL		0xf0
#define RWP_SPIN_MAX		1000000

static __uptr gicd, gicr;

static void gicd_wait_rwp(void)
{
	unsigned long spin = 0;

	while ((gic_read32(gicd + GICD_CTLR) & GICD_CTLR_RWP) &&
	       spin++ < RWP_SPIN_MAX)
		ukarch_spinwait();
}

static void v3_enable(unsigned int intid, int edge)
{
	if (intid < 32) {
		gic_write32(gicr + GICR_ISENABLER0, 1U << intid);
		return;
	}
	gic_dist_set_trigger(gicd, intid, edge);
	gic_dist_enable(gicd, intid);
}

static void v3_disable(unsigned int intid)
{
	if (intid < 32)
		gic_write32(gicr + GICR_ICENABLER0, 1U << intid);
	else
		gic_dist_disable(gicd, intid);
}

static unsigned int v3_ack(void)
{
	unsigned int intid = ICC_IAR_INTID(SYSREG_READ64_S(ICC_IAR1_EL1));

	__asm__ __volatile__("dsb sy" : : : "memory");
	return intid;
}

static void v3_eoi(unsigned int intid)
{
	SYSREG_WRITE64_S(ICC_EOIR1_EL1, intid);
	isb();
}

/* Affinity of this CPU as GICR_TYPER and GICD_IROUTER write it */
static __u64 mpidr_affinity(void)
{
	__u64 mpidr = SYSREG_READ64(mpidr_el1);

	return (mpidr & 0xffffffULL) | ((mpidr >> 32) & 0xff) << 24;
}

/* The redistributor whose affinity is this CPU's, 0 if none */
static __uptr redist_find(__uptr base, __u64 size)
{
	__u64 aff = mpidr_affinity();
	__uptr r;

	for (r = base; r + GICR_FRAME_SIZE <= base + size;) {
		__u64 typer = gic_read64(r + GICR_TYPER);

		if ((typer >> 32) == aff)
			return r;
		if (typer & GICR_TYPER_LAST)
			break;
		/* GICv4 adds two frames for virtual LPIs */
		r += (typer & GICR_TYPER_VLPIS) ? 2 * GICR_FRAME_SIZE
						: GICR_FRAME_SIZE;
	}
	return 0;
}

static int redist_wake(void)
{
	unsigned long spin = 0;

	gic_write32(gicr + GICR_WAKER,
		    gic_read32(gicr + GICR_WAKER) & ~GICR_WAKER_SLEEP);
	while (gic_read32(gicr + GICR_WAKER) & GICR_WAKER_ASLEEP) {
		if (spin++ > RWP_SPIN_MAX)
			return -ETIMEDOUT;
		ukarch_spinwait();
	}
	return 0;
}

int gic_v3_probe(const void *fdt, int node, struct gic_ops *ops)
{
	__u64 dbase, rbase, dsize, rsize, aff;
	unsigned int i, lines;

	if (fdt_get_address(fdt, node, 0, &dbase, &dsize) < 0 ||
	    fdt_get_address(fdt, node, 1, &rbase, &rsize) < 0) {
		uk_pr_crit("GICv3: node without distributor and "
			   "redistributor registers\n");
		return -EINVAL;
	}
	gicd = (__uptr)dbase;
	gicr = redist_find((__uptr)rbase, rsize);
	if (!gicr) {
		uk_pr_crit("GICv3: no redistributor for this CPU in %p-%p\n",
			   (void *)(__uptr)rbase,
			   (void *)(__uptr)(rbase + rsize));
		return -ENODEV;
	}

	/* Distributor: shared interrupts off, group 1, to this CPU */
	gic_write32(gicd + GICD_CTLR, 0);
	gicd_wait_rwp();
	lines = gic_dist_lines(gicd);
	gic_dist_init_spis(gicd, lines);
	aff = mpidr_affinity();
	for (i = 32; i < lines; i += 32)
		gic_write32(gicd + GICD_IGROUPR + i / 8, ~0U);
	for (i = 32; i < lines; i++)
		gic_write64(gicd + GICD_IROUTER + i * 8,
			    (aff & 0xffffff) | ((aff >> 24) << 32));
	gic_write32(gicd + GICD_CTLR, GICD_CTLR_ENABLE);
	gicd_wait_rwp();

	/* Redistributor: awake, private interrupts off, group 1 */
	if (redist_wake() < 0) {
		uk_pr_crit("GICv3: redistributor at %p does not wake up\n",
			   (void *)gicr);
		return -ETIMEDOUT;
	}
	gic_write32(gicr + GICR_ICENABLER0, ~0U);
	gic_write32(gicr + GICR_IGROUPR0, ~0U);
	gic_priorities_init(gicr + GICR_IPRIORITYR, 0, 32);

	/* CPU interface through system registers */
	SYSREG_WRITE64_S(ICC_SRE_EL1,
			 SYSREG_READ64_S(ICC_SRE_EL1) | ICC_SRE_SRE);
	isb();
	if (!(SYSREG_READ64_S(ICC_SRE_EL1) & ICC_SRE_SRE)) {
		uk_pr_crit("GICv3: system register interface disabled by a "
			   "higher exception level\n");
		return -ENODEV;
	}
	SYSREG_WRITE64_S(ICC_PMR_EL1, GIC_PMR_ALL);
	SYSREG_WRITE64_S(ICC_BPR1_EL1, 0);
	SYSREG_WRITE64_S(ICC_CTLR_EL1, 0);
	SYSREG_WRITE64_S(ICC_IGRPEN1_EL1, 1);
	isb();

	ops->name = "GICv3";
	ops->enable = v3_enable;
	ops->disable = v3_disable;
	ops->ack = v3_ack;
	ops->eoi = v3_eoi;
	ops->lines = lines;
	uk_pr_info("GIC: GICv3, distributor at %p, redistributor at %p, "
		   "%u interrupt lines\n", (void *)gicd, (void *)gicr, lines);
	return 0;
}
