/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * IRQ entry of arm64: every pending interrupt is acknowledged at the GIC,
 * dispatched to its handlers (plat/common/irq.c; interrupt numbers are
 * GIC INTIDs, see <arm/gic.h>) and ended, until the GIC reports none.
 */
#include <uk/essentials.h>
#include <uk/plat/common/irq.h>
#include <arm/gic.h>
#include <arm/traps.h>

unsigned int plat_irq_lines(void)
{
	return gic_lines();
}

void plat_irq_unmask(unsigned int irq)
{
	gic_enable_irq(irq, 0);
}

void arm64_irq_handler(struct __regs *regs __unused)
{
	unsigned int irq;

	for (;;) {
		irq = gic_ack_irq();
		if (irq >= GIC_SPURIOUS_INTID)
			break;
		plat_irq_dispatch(irq);
		gic_eoi_irq(irq);
	}
}
