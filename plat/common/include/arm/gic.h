/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Arm Generic Interrupt Controller, version 2 or 3, found in the device
 * tree ("arm,cortex-a15-gic"/"arm,gic-400" or "arm,gic-v3").
 *
 * Interrupts are named by their GIC INTID: 16-31 are the private
 * peripheral interrupts (PPIs, e.g. the timers), 32 and up the shared
 * ones (SPIs: a device tree's <0 n flags> is INTID 32 + n). All are
 * routed to the boot CPU, in group 1, at one priority, level-triggered
 * unless enabled as edge-triggered.
 *
 * gic_init() probes and initialises distributor and CPU interface and
 * returns 0 or a negative errno (no GIC node, bad registers).
 * gic_fdt_irq() translates entry `index` of a node's "interrupts"
 * (three cells) into an INTID and its trigger; it returns 0 or a
 * negative errno.
 */
#ifndef __PLAT_CMN_ARM_GIC_H__
#define __PLAT_CMN_ARM_GIC_H__

#include <uk/essentials.h>

#define GIC_SPURIOUS_INTID	1020	/* 1020-1023: no interrupt */
#define GIC_MAX_INTID		1019
#define GIC_PRIORITY		0xa0

struct gic_ops {
	const char *name;
	void (*enable)(unsigned int intid, int edge);
	void (*disable)(unsigned int intid);
	unsigned int (*ack)(void);
	void (*eoi)(unsigned int intid);
	unsigned int lines;	/* INTIDs 0 .. lines-1 exist */
};

int gic_init(const void *fdt);
int gic_fdt_irq(const void *fdt, int node, int index, unsigned int *intid,
		int *edge);

void gic_enable_irq(unsigned int intid, int edge);
void gic_disable_irq(unsigned int intid);
unsigned int gic_ack_irq(void);
void gic_eoi_irq(unsigned int intid);
unsigned int gic_lines(void);

/* Distributor registers common to GICv2 and GICv3 */
#define GICD_CTLR		0x0000
#define GICD_TYPER		0x0004
#define GICD_IGROUPR		0x0080
#define GICD_ISENABLER		0x0100
#define GICD_ICENABLER		0x0180
#define GICD_IPRIORITYR		0x0400
#define GICD_ICFGR		0x0c00
#define GICD_TYPER_LINES(t)	((((t) & 0x1f) + 1) * 32)

/*
 * Distributor set-up both versions share: the number of interrupt lines
 * (capped to GIC_MAX_INTID + 1); shared interrupts (32 and up) disabled,
 * at GIC_PRIORITY, level-triggered; and per-interrupt controls.
 */
unsigned int gic_dist_lines(__uptr gicd);
/* GIC_PRIORITY for INTIDs [from, to) of an IPRIORITYR bank at `regs` */
void gic_priorities_init(__uptr regs, unsigned int from, unsigned int to);
void gic_dist_init_spis(__uptr gicd, unsigned int lines);
void gic_dist_set_trigger(__uptr gicd, unsigned int intid, int edge);
void gic_dist_enable(__uptr gicd, unsigned int intid);
void gic_dist_disable(__uptr gicd, unsigned int intid);

/* Per-version probes: fill ops from the node, 0 or negative errno */
int gic_v2_probe(const void *fdt, int node, struct gic_ops *ops);
int gic_v3_probe(const void *fdt, int node, struct gic_ops *ops);

/* MMIO helpers shared by the GIC drivers */
static inline __u32 gic_read32(__uptr addr)
{
	return *(volatile __u32 *)addr;
}

static inline void gic_write32(__uptr addr, __u32 v)
{
	*(volatile __u32 *)addr = v;
}

static inline void gic_write64(__uptr addr, __u64 v)
{
	*(volatile __u64 *)addr = v;
}

static inline __u64 gic_read64(__uptr addr)
{
	return *(volatile __u64 *)addr;
}
#endif /* __PLAT_CMN_ARM_GIC_H__ */
