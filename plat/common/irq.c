/* SPDX-License-Identifier: BSD-3-Clause */
/* Interrupt handler table (see <uk/plat/common/irq.h>). */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/irq.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/common/irq.h>

struct irq_handler {
	irq_handler_func_t func;
	void *arg;
};

static struct irq_handler irq_handlers[PLAT_IRQ_MAX_LINES]
				      [PLAT_IRQ_HANDLERS];
static unsigned long irq_unhandled[PLAT_IRQ_MAX_LINES];

int ukplat_irq_register(unsigned long irq, irq_handler_func_t func,
			void *arg)
{
	unsigned long flags;
	unsigned int i;

	if (irq >= PLAT_IRQ_MAX_LINES || irq >= plat_irq_lines() || !func)
		return -EINVAL;

	flags = ukplat_lcpu_save_irqf();
	for (i = 0; i < PLAT_IRQ_HANDLERS; i++) {
		if (!irq_handlers[irq][i].func) {
			irq_handlers[irq][i].arg = arg;
			irq_handlers[irq][i].func = func;
			break;
		}
	}
	if (i == PLAT_IRQ_HANDLERS) {
		ukplat_lcpu_restore_irqf(flags);
		uk_pr_err("IRQ %lu: no room for another handler\n", irq);
		return -ENOMEM;
	}
	plat_irq_unmask(irq);
	ukplat_lcpu_restore_irqf(flags);

	uk_pr_debug("IRQ %lu: handler %p registered\n", irq, (void *)func);
	return 0;
}

int plat_irq_dispatch(unsigned int irq)
{
	unsigned int i;

	if (irq >= PLAT_IRQ_MAX_LINES)
		return 0;
	for (i = 0; i < PLAT_IRQ_HANDLERS; i++) {
		struct irq_handler *h = &irq_handlers[irq][i];

		if (!h->func)
			break;
		if (h->func(h->arg) == 1)
			return 1;
	}
	if (i == 0 && !irq_unhandled[irq]++)
		uk_pr_debug("IRQ %u: no handler registered\n", irq);
	return 0;
}
