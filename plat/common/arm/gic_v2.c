/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * GICv2: memory-mapped distributor (GICD) and CPU interface (GICC), the
 * first two entries of the node's "reg". Every interrupt goes to CPU 0.
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/fdt.h>
#include <arm/gic.h>

#define GICD_CTLR		0x000
#define GICD_TYPER		0x004
#define GICD_ISENABLER		0x100
#define GICD_ICENABLER		0x180
#define GICD_IPRIORITYR		0x400
#define GICD_ITARGETSR		0x800
#define GICD_ICFGR		0xc00
#define GICD_CTLR_ENABLE	0x1
#define GICD_TYPER_LINES(t)	((((t) & 0x1f) + 1) * 32)

#define GICC_CTLR		0x00
#define GICC_PMR		0x04
#define GICC_BPR		0x08
#define GICC_IAR		0x0c
#define GICC_EOIR		0x10
#define GICC_CTLR_ENABLE	0x1
#define GICC_IAR_INTID(v)	((v) & 0x3ff)

#define GIC_PMR_ALL		0xf0	/* lets priority GIC_PRIORITY in */

static __uptr gicd, gicc;

static void v2_enable(unsigned int intid, int edge)
{
	__uptr cfg = gicd + GICD_ICFGR + (intid / 16) * 4;
	unsigned int shift = (intid % 16) * 2 + 1;

	/* SGIs and PPIs have a fixed or implementation-defined trigger */
	if (intid >= 32) {
		__u32 v = gic_read32(cfg);

		v = edge ? (v | (1U << shift)) : (v & ~(1U << shift));
		gic_write32(cfg, v);
	}
	gic_write32(gicd + GICD_ISENABLER + (intid / 32) * 4,
		    1U << (intid % 32));
}

static void v2_disable(unsigned int intid)
{
	gic_write32(gicd + GICD_ICENABLER + (intid / 32) * 4,
		    1U << (intid % 32));
}

static unsigned int v2_ack(void)
{
	return GICC_IAR_INTID(gic_read32(gicc + GICC_IAR));
}

static void v2_eoi(unsigned int intid)
{
	gic_write32(gicc + GICC_EOIR, intid);
}

int gic_v2_probe(const void *fdt, int node, struct gic_ops *ops)
{
	__u64 dbase, cbase, dsize, csize;
	unsigned int i, lines;

	if (fdt_get_address(fdt, node, 0, &dbase, &dsize) < 0 ||
	    fdt_get_address(fdt, node, 1, &cbase, &csize) < 0) {
		uk_pr_crit("GICv2: node without distributor and CPU "
			   "interface registers\n");
		return -EINVAL;
	}
	gicd = (__uptr)dbase;
	gicc = (__uptr)cbase;

	gic_write32(gicd + GICD_CTLR, 0);
	lines = GICD_TYPER_LINES(gic_read32(gicd + GICD_TYPER));
	if (lines > GIC_MAX_INTID + 1)
		lines = GIC_MAX_INTID + 1;
	for (i = 0; i < lines; i += 32)
		gic_write32(gicd + GICD_ICENABLER + i / 8, ~0U);
	for (i = 0; i < lines; i += 4)
		gic_write32(gicd + GICD_IPRIORITYR + i,
			    GIC_PRIORITY * 0x01010101U);
	/* Shared interrupts: to CPU 0, level-triggered */
	for (i = 32; i < lines; i += 4)
		gic_write32(gicd + GICD_ITARGETSR + i, 0x01010101U);
	for (i = 32; i < lines; i += 16)
		gic_write32(gicd + GICD_ICFGR + i / 4, 0);
	gic_write32(gicd + GICD_CTLR, GICD_CTLR_ENABLE);

	gic_write32(gicc + GICC_PMR, GIC_PMR_ALL);
	gic_write32(gicc + GICC_BPR, 0);
	gic_write32(gicc + GICC_CTLR, GICC_CTLR_ENABLE);

	ops->name = "GICv2";
	ops->enable = v2_enable;
	ops->disable = v2_disable;
	ops->ack = v2_ack;
	ops->eoi = v2_eoi;
	ops->lines = lines;
	uk_pr_info("GIC: GICv2, distributor at %p, CPU interface at %p, "
		   "%u interrupt lines\n", (void *)gicd, (void *)gicc, lines);
	return 0;
}
