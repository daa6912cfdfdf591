/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The logical CPU under Linux (see <uk/plat/lcpu.h>): disabling
 * interrupts blocks the interrupt signals (irq.c). linuxu_irqs_off mirrors
 * the blocked state, so saving and restoring an unchanged state costs no
 * system call. Halting is rt_sigsuspend(), which unblocks the signals and
 * waits in one step: a signal that arrives between the deadline check and
 * the wait stays pending and ends the wait at once, so none is lost.
 */
#include <stddef.h>
#include <uk/essentials.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/time.h>
#include <linuxu/setup.h>

int linuxu_irqs_off;

void ukplat_lcpu_enable_irq(void)
{
	linuxu_sigset_t set;

	if (!linuxu_irqs_off)
		return;
	set = linuxu_irq_sigmask();
	linuxu_irqs_off = 0;
	sys_rt_sigprocmask(LINUXU_SIG_UNBLOCK, &set, NULL);
}

void ukplat_lcpu_disable_irq(void)
{
	linuxu_sigset_t set;

	if (linuxu_irqs_off)
		return;
	set = linuxu_irq_sigmask();
	sys_rt_sigprocmask(LINUXU_SIG_BLOCK, &set, NULL);
	linuxu_irqs_off = 1;
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

/* Wait with the interrupt signals unblocked, then as before */
static void wait_for_signal(void)
{
	linuxu_sigset_t blocked;
	unsigned long flags = ukplat_lcpu_save_irqf();

	/* Nothing but the interrupt signals is ever blocked */
	blocked = 0;
	sys_rt_sigsuspend(&blocked);
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
