/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Logical CPU control for x86 (see <uk/plat/lcpu.h>).
 *
 * Halting is race-free because of the interrupt shadow: an interrupt
 * that becomes pending between the deadline check and the halt is held
 * back by `sti` for exactly one instruction, so it wakes up the `hlt`
 * that follows instead of being taken before it.
 */
#include <uk/essentials.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/time.h>
#include <uk/asm/cpu.h>
#include <x86/clock.h>

void ukplat_lcpu_enable_irq(void)
{
	ukarch_x86_sti();
}

void ukplat_lcpu_disable_irq(void)
{
	ukarch_x86_cli();
}

unsigned long ukplat_lcpu_save_irqf(void)
{
	unsigned long flags = ukarch_x86_read_flags();

	ukarch_x86_cli();
	return flags;
}

void ukplat_lcpu_restore_irqf(unsigned long flags)
{
	if (flags & X86_EFLAGS_IF)
		ukarch_x86_sti();
	else
		ukarch_x86_cli();
}

int ukplat_lcpu_irqs_disabled(void)
{
	return !(ukarch_x86_read_flags() & X86_EFLAGS_IF);
}

/* Waits for one interrupt; returns with the interrupt flag as before. */
void ukplat_lcpu_halt_irq(void)
{
	unsigned long flags = ukplat_lcpu_save_irqf();

	__asm__ __volatile__("sti; hlt" : : : "memory");
	ukplat_lcpu_restore_irqf(flags);
}

void ukplat_lcpu_halt_to(__nsec until)
{
	__nsec now;

	ukarch_x86_cli();
	now = ukplat_monotonic_clock();
	if (until <= now)
		return;
	x86_timer_oneshot(until - now);
	__asm__ __volatile__("sti; hlt; cli" : : : "memory");
}

void __noreturn ukplat_lcpu_halt(void)
{
	for (;;)
		__asm__ __volatile__("cli; hlt" : : : "memory");
}
