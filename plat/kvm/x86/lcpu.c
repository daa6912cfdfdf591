/* SPDX-License-Identifier: BSD-3-Clause */
/* Interrupt flag and halting of the boot CPU. */
#include <uk/plat/lcpu.h>

#define X86_EFLAGS_IF	0x200

void ukplat_lcpu_enable_irq(void)
{
	__asm__ __volatile__("sti" : : : "memory");
}

void ukplat_lcpu_disable_irq(void)
{
	__asm__ __volatile__("cli" : : : "memory");
}

unsigned long ukplat_lcpu_save_irqf(void)
{
	unsigned long flags;

	__asm__ __volatile__("pushfq; popq %0; cli" : "=r"(flags) : :
			     "memory");
	return flags;
}

void ukplat_lcpu_restore_irqf(unsigned long flags)
{
	if (flags & X86_EFLAGS_IF)
		ukplat_lcpu_enable_irq();
	else
		ukplat_lcpu_disable_irq();
}

int ukplat_lcpu_irqs_disabled(void)
{
	unsigned long flags;

	__asm__ __volatile__("pushfq; popq %0" : "=r"(flags));
	return !(flags & X86_EFLAGS_IF);
}

void ukplat_lcpu_halt_irq(void)
{
	__asm__ __volatile__("sti; hlt" : : : "memory");
}

void __noreturn ukplat_lcpu_halt(void)
{
	for (;;)
		__asm__ __volatile__("cli; hlt");
}
