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

#define GICD_ITARGETSR		0x800
#define GICD_CTLR_ENABLE	0x1

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
	gic_dist_set_trigger(gicd, intid, edge);
	gic_dist_enable(gicd, intid);
}

static void v2_disable(unsigned int intid)
{
	gic_dist_disable(gicd, intid);
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
	lines = gic_dist_lines(gicd);
	gic_dist_init_spis(gicd, lines);
	/* Private interrupts are banked here: off, at our priority */
	gic_write32(gicd + GICD_ICENABLER, ~0U);
	gic_priorities_init(gicd + GICD_IPRIORITYR, 0, 32);
	/* Shared interrupts go to CPU 0 */
	for (i = 32; i < lines; i += 4)
		gic_write32(gicd + GICD_ITARGETSR + i, 0x01010101U);
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
