/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * GIC probing from the device tree and the version-independent entry
 * points (see <arm/gic.h>).
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/fdt.h>
#include <arm/gic.h>

#define FDT_IRQ_TYPE_SPI	0
#define FDT_IRQ_TYPE_PPI	1
#define FDT_IRQ_EDGE_MASK	0x3	/* flags: 1 rising, 2 falling edge */
#define FDT_IRQ_CELLS		3

static struct gic_ops gic;

static const char *const gic_v2_compatibles[] = {
	"arm,cortex-a15-gic", "arm,gic-400", "arm,cortex-a9-gic",
};

int gic_init(const void *fdt)
{
	unsigned int i;
	int node;

	node = fdt_node_offset_by_compatible_enabled(fdt, -1, "arm,gic-v3");
	if (node >= 0)
		return gic_v3_probe(fdt, node, &gic);
	for (i = 0; i < ARRAY_SIZE(gic_v2_compatibles); i++) {
		const char *compat = gic_v2_compatibles[i];

		node = fdt_node_offset_by_compatible_enabled(fdt, -1, compat);
		if (node >= 0)
			return gic_v2_probe(fdt, node, &gic);
	}
	uk_pr_crit("GIC: no interrupt controller in the device tree "
		   "(GICv2 or GICv3 expected)\n");
	return -ENODEV;
}

int gic_fdt_irq(const void *fdt, int node, int index, unsigned int *intid,
		int *edge)
{
	const __u8 *cells;
	__u32 type, num, flags;
	int len;

	cells = fdt_getprop(fdt, node, "interrupts", &len);
	if (!cells)
		return -ENOENT;
	if (index < 0 || (index + 1) * FDT_IRQ_CELLS * 4 > len)
		return -ENOENT;
	cells += index * FDT_IRQ_CELLS * 4;
	type = fdt32_ld(cells);
	num = fdt32_ld(cells + 4);
	flags = fdt32_ld(cells + 8);
	if (type == FDT_IRQ_TYPE_SPI && num <= GIC_MAX_INTID - 32)
		*intid = 32 + num;
	else if (type == FDT_IRQ_TYPE_PPI && num < 16)
		*intid = 16 + num;
	else
		return -EINVAL;
	if (edge)
		*edge = !!(flags & FDT_IRQ_EDGE_MASK);
	return 0;
}

unsigned int gic_dist_lines(__uptr gicd)
{
	unsigned int lines = GICD_TYPER_LINES(gic_read32(gicd + GICD_TYPER));

	return MIN(lines, (unsigned int)GIC_MAX_INTID + 1);
}

void gic_priorities_init(__uptr regs, unsigned int from, unsigned int to)
{
	unsigned int i;

	for (i = from; i < to; i += 4)
		gic_write32(regs + i, GIC_PRIORITY * 0x01010101U);
}

void gic_dist_init_spis(__uptr gicd, unsigned int lines)
{
	unsigned int i;

	for (i = 32; i < lines; i += 32)
		gic_write32(gicd + GICD_ICENABLER + i / 8, ~0U);
	gic_priorities_init(gicd + GICD_IPRIORITYR, 32, lines);
	for (i = 32; i < lines; i += 16)
		gic_write32(gicd + GICD_ICFGR + i / 4, 0);
}

void gic_dist_set_trigger(__uptr gicd, unsigned int intid, int edge)
{
	__uptr cfg = gicd + GICD_ICFGR + (intid / 16) * 4;
	__u32 bit = 1U << ((intid % 16) * 2 + 1);

	/* SGIs and PPIs have a fixed or implementation-defined trigger */
	if (intid < 32)
		return;
	gic_write32(cfg, edge ? (gic_read32(cfg) | bit)
			      : (gic_read32(cfg) & ~bit));
}

void gic_dist_enable(__uptr gicd, unsigned int intid)
{
	gic_write32(gicd + GICD_ISENABLER + (intid / 32) * 4,
		    1U << (intid % 32));
}

void gic_dist_disable(__uptr gicd, unsigned int intid)
{
	gic_write32(gicd + GICD_ICENABLER + (intid / 32) * 4,
		    1U << (intid % 32));
}

void gic_enable_irq(unsigned int intid, int edge)
{
	if (gic.enable && intid < gic.lines)
		gic.enable(intid, edge);
}

void gic_disable_irq(unsigned int intid)
{
	if (gic.disable && intid < gic.lines)
		gic.disable(intid);
}

unsigned int gic_ack_irq(void)
{
	return gic.ack ? gic.ack() : GIC_SPURIOUS_INTID;
}

void gic_eoi_irq(unsigned int intid)
{
	if (gic.eoi)
		gic.eoi(intid);
}

unsigned int gic_lines(void)
{
	return gic.lines;
}
