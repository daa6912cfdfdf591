/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Interrupt handler registration and dispatch for the 16 legacy IRQ
 * lines. Handlers of a line are tried in registration order until one
 * reports that it handled the interrupt (returns 1); then, or when all
 * declined, the line gets its EOI. The tables are static: the platform
 * needs no allocator for this.
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/irq.h>
#include <uk/plat/lcpu.h>
#include <x86/pic.h>
#include <x86/traps.h>

#define IRQ_MAX_HANDLERS	8

struct irq_handler {
	irq_handler_func_t func;
	void *arg;
};

static struct irq_handler irq_handlers[X86_IRQ_NUM_LINES][IRQ_MAX_HANDLERS];
static unsigned long irq_unhandled[X86_IRQ_NUM_LINES];

int ukplat_irq_register(unsigned long irq, irq_handler_func_t func,
			void *arg)
{
	unsigned long flags;
	unsigned int i;

	if (irq >= X86_IRQ_NUM_LINES || !func)
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
	x86_pic_unmask(irq);
	ukplat_lcpu_restore_irqf(flags);

	uk_pr_debug("IRQ %lu: handler %p registered\n", irq, (void *)func);
	return 0;
}

void x86_irq_handler(struct __regs *regs)
{
	unsigned int irq = regs->vector - X86_IRQ_VECTOR_BASE;
	unsigned int i;

	if (irq >= X86_IRQ_NUM_LINES)
		return;
	if ((irq == 7 || irq == 15) && x86_pic_spurious(irq))
		return;

	for (i = 0; i < IRQ_MAX_HANDLERS; i++) {
		struct irq_handler *h = &irq_handlers[irq][i];

		if (!h->func)
			break;
		if (h->func(h->arg) == 1)
			goto eoi;
	}
	if (i == 0 && !irq_unhandled[irq]++)
		uk_pr_debug("IRQ %u: no handler registered\n", irq);
eoi:
	x86_pic_eoi(irq);
}
