/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The logical CPU under Linux (see <uk/plat/lcpu.h>). Disabling
 * interrupts sets linuxu_irqs_off; enabling clears it and runs the
 * handlers of interrupt signals that arrived meanwhile (irq.c). Neither
 * makes a system call.
 *
 * Halting blocks the interrupt signals in the kernel, looks for pending
 * ones, and waits in rt_sigsuspend(), which unblocks them and sleeps in
 * one step: a signal that arrives after the check stays pending in the
 * kernel and ends the wait at once, so none is lost.
 */
#include <stddef.h>
#include <uk/essentials.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/time.h>
#include <linuxu/setup.h>

void ukplat_lcpu_enable_irq(void)
{
	/*
	 * Once the flag is clear, signals are handled as they come; those
	 * noted before are run here, with the flag set again meanwhile.
	 */
	for (;;) {
		barrier();
		linuxu_irqs_off = 0;
		barrier();
		if (likely(!linuxu_irqs_pending))
			return;
		linuxu_irqs_off = 1;
		barrier();
		linuxu_irq_run_pending();
	}
}

void ukplat_lcpu_disable_irq(void)
{
	linuxu_irqs_off = 1;
	barrier();
}

unsigned long ukplat_lcpu_save_irqf(void)
{
	unsigned long flags = linuxu_irqs_off;

	ukplat_lcpu_disable_irq();
	return flags;
}

void ukplat_lcpu_restore_irqf(unsigned long flags)
{
	if (flags)
		ukplat_lcpu_disable_irq();
	else
		ukplat_lcpu_enable_irq();
}

int ukplat_lcpu_irqs_disabled(void)
{
	return linuxu_irqs_off;
}

/* Sleep until an interrupt signal arrived; interrupts stay as they were */
static void wait_for_signal(void)
{
	linuxu_sigset_t irqs = linuxu_irq_sigmask(), none = 0;
	unsigned long flags = ukplat_lcpu_save_irqf();

	sys_rt_sigprocmask(LINUXU_SIG_BLOCK, &irqs, NULL);
	if (!linuxu_irqs_pending)
		sys_rt_sigsuspend(&none);
	sys_rt_sigprocmask(LINUXU_SIG_UNBLOCK, &irqs, NULL);
	ukplat_lcpu_restore_irqf(flags);
}

void ukplat_lcpu_halt_irq(void)
{
	wait_for_signal();
}

void ukplat_lcpu_halt_to(__nsec until)
{
	ukplat_lcpu_disable_irq();
	if (until <= ukplat_monotonic_clock())
		return;
	if (until != __NSEC_MAX)
		linuxu_timer_set(until);
	wait_for_signal();
}

void __noreturn ukplat_lcpu_halt(void)
{
	/* Only a signal with a default action (SIGTERM, SIGINT) ends it */
	for (;;) {
		ukplat_lcpu_disable_irq();
		wait_for_signal();
	}
}
