/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Logical CPU control for arm64 (see <uk/plat/lcpu.h>).
 *
 * WFI wakes up on a pending interrupt even while PSTATE.I masks it, so
 * halting is race-free without an interrupt shadow: interrupts stay
 * masked across the deadline check and the WFI, and are unmasked only
 * afterwards to let the pending one be taken.
 */
#include <uk/essentials.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/time.h>
#include <uk/asm/cpu.h>
#include <arm/timer.h>

void ukplat_lcpu_enable_irq(void)
{
	ukarch_arm64_irq_enable();
}

void ukplat_lcpu_disable_irq(void)
{
	ukarch_arm64_irq_disable();
}

unsigned long ukplat_lcpu_save_irqf(void)
{
	unsigned long flags = ukarch_arm64_read_daif();

	ukarch_arm64_irq_disable();
	return flags;
}

void ukplat_lcpu_restore_irqf(unsigned long flags)
{
	ukarch_arm64_write_daif(flags);
}

int ukplat_lcpu_irqs_disabled(void)
{
	return !!(ukarch_arm64_read_daif() & PSR_I);
}

/* Take an interrupt that is pending, with interrupts masked again after */
static inline void take_pending_irq(void)
{
	__asm__ __volatile__("msr daifclr, #2; isb; msr daifset, #2"
			     : : : "memory");
}

void ukplat_lcpu_halt_irq(void)
{
	unsigned long flags = ukplat_lcpu_save_irqf();

	ukarch_arm64_wfi();
	take_pending_irq();
	ukplat_lcpu_restore_irqf(flags);
}

void ukplat_lcpu_halt_to(__nsec until)
{
	ukarch_arm64_irq_disable();
	if (until <= ukplat_monotonic_clock())
		return;
	arm_timer_oneshot(until);
	ukarch_arm64_wfi();
	take_pending_irq();
}

void __noreturn ukplat_lcpu_halt(void)
{
	ukarch_arm64_irq_disable();
	for (;;)
		ukarch_arm64_wfi();
}
