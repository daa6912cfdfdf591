/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The interrupt handler table platforms share (plat/common/irq.c, behind
 * <uk/plat/irq.h>). ukplat_irq_register() records up to
 * PLAT_IRQ_HANDLERS handlers per line for lines below plat_irq_lines()
 * and unmasks the line with plat_irq_unmask(); both hooks come from the
 * platform. Its interrupt entry calls plat_irq_dispatch(line), which
 * tries the line's handlers in registration order until one returns 1
 * and returns 1 if any did. The table is static: no allocator needed.
 */
#ifndef __UK_PLAT_COMMON_IRQ_H__
#define __UK_PLAT_COMMON_IRQ_H__

#if defined(__aarch64__)
#define PLAT_IRQ_MAX_LINES	256	/* GIC INTIDs; QEMU virt uses < 128 */
#define PLAT_IRQ_HANDLERS	4
#else
#define PLAT_IRQ_MAX_LINES	16	/* legacy PIC lines */
#define PLAT_IRQ_HANDLERS	8
#endif

#ifndef __ASSEMBLY__
unsigned int plat_irq_lines(void);
void plat_irq_unmask(unsigned int irq);
int plat_irq_dispatch(unsigned int irq);
#endif

#endif /* __UK_PLAT_COMMON_IRQ_H__ */
