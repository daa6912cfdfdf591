/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * IRQ entry of x86 for the 16 legacy lines: spurious interrupts of the
 * PIC are dropped, the others dispatched to their handlers
 * (plat/common/irq.c) and given their EOI whether handled or not.
 */
#include <uk/essentials.h>
#include <uk/plat/common/irq.h>
#include <x86/pic.h>
#include <x86/traps.h>

unsigned int plat_irq_lines(void)
{
	return X86_IRQ_NUM_LINES;
}

void plat_irq_unmask(unsigned int irq)
{
	x86_pic_unmask(irq);
}

void x86_irq_handler(struct __regs *regs)
{
	unsigned int irq = regs->vector - X86_IRQ_VECTOR_BASE;

	if (irq >= X86_IRQ_NUM_LINES)
		return;
	if ((irq == 7 || irq == 15) && x86_pic_spurious(irq))
		return;
	plat_irq_dispatch(irq);
	x86_pic_eoi(irq);
}
