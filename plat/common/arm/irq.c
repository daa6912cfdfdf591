/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Interrupt handler registration and dispatch through the GIC (see
 * <uk/plat/irq.h>; interrupt numbers are GIC INTIDs, see <arm/gic.h>).
 * Handlers of an INTID are tried in registration order until one
 * reports that it handled the interrupt; then, or when all declined,
 * the interrupt gets its end-of-interrupt. The table is static: the
 * platform needs no allocator for it.
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/irq.h>
#include <uk/plat/lcpu.h>
#include <arm/gic.h>
#include <arm/traps.h>

#define IRQ_MAX_LINES		256	/* QEMU virt uses INTIDs below 128 */
#define IRQ_MAX_HANDLERS	4

struct irq_handler {
	irq_handler_func_t func;
	void *arg;
};

static struct irq_handler irq_handlers[IRQ_MAX_LINES][IRQ_MAX_HANDLERS];
static unsigned long irq_unhandled[IRQ_MAX_LINES];

int ukplat_irq_register(unsigned long irq, irq_handler_func_t func,
			void *arg)
{
	unsigned long flags;
	unsigned int i;

	if (irq >= IRQ_MAX_LINES || irq >= gic_lines() || !func)
		return -EINVAL;

	flags = ukplat_lcpu_save_irqf();
	for (i = 0; i < IRQ_MAX_HANDLERS; i++) {
		if (!irq_handlers[irq][i].func) {
			irq_handlers[irq][i].arg = arg;
			irq_handlers[irq][i].func = func;
			break;
		}
	}
	if (i == IRQ_MAX_HANDLERS) {
		ukplat_lcpu_restore_irqf(flags);
		uk_pr_err("IRQ %lu: no room for another handler\n", irq);
		return -ENOMEM;
	}
	gic_enable_irq(irq, 0);
	ukplat_lcpu_restore_irqf(flags);

	uk_pr_debug("IRQ %lu: handler %p registered\n", irq, (void *)func);
	return 0;
}

static void dispatch(unsigned int irq)
{
	unsigned int i;

	for (i = 0; i < IRQ_MAX_HANDLERS; i++) {
		struct irq_handler *h = &irq_handlers[irq][i];

		if (!h->func)
			break;
		if (h->func(h->arg) == 1)
			return;
	}
	if (i == 0 && !irq_unhandled[irq]++)
		uk_pr_debug("IRQ %u: no handler registered\n", irq);
}

void arm64_irq_handler(struct __regs *regs __unused)
{
	unsigned int irq;

	/* Serve everything pending before returning */
	for (;;) {
		irq = gic_ack_irq();
		if (irq >= GIC_SPURIOUS_INTID)
			break;
		if (irq < IRQ_MAX_LINES)
			dispatch(irq);
		gic_eoi_irq(irq);
	}
}
