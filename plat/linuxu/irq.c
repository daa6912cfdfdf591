/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Interrupts on linuxu are Linux signals: an interrupt line number is a
 * signal number (SIGALRM for the timer, SIGIO for devices). "Interrupts
 * disabled" means these signals are blocked (lcpu.c). Every interrupt
 * signal goes to one handler that calls the handlers registered for it,
 * with all interrupt signals blocked, as interrupt handlers expect.
 */
#include <errno.h>
#include <stddef.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/irq.h>
#include <linuxu/setup.h>

#define MAX_HANDLERS_PER_IRQ	4

struct irq_handler {
	irq_handler_func_t func;
	void *arg;
};

static struct irq_handler handlers[LINUXU_NSIG + 1][MAX_HANDLERS_PER_IRQ];
static linuxu_sigset_t irq_sigs;

static const linuxu_sigset_t not_irq_capable =
	linuxu_sigbit(LINUXU_SIGKILL) | linuxu_sigbit(LINUXU_SIGSTOP) |
	linuxu_sigbit(LINUXU_SIGSEGV) | linuxu_sigbit(LINUXU_SIGBUS) |
	linuxu_sigbit(LINUXU_SIGFPE) | linuxu_sigbit(LINUXU_SIGILL) |
	linuxu_sigbit(LINUXU_SIGTRAP);

int linuxu_sigaction(int sig, void *handler, unsigned long flags,
		     linuxu_sigset_t mask)
{
	struct linuxu_sigaction sa = {
		.handler = handler,
		.flags = flags | LINUXU_SA_RESTORER,
		.restorer = linuxu_sigreturn,
		.mask = mask,
	};

	return (int)sys_rt_sigaction(sig, &sa, NULL);
}

static void irq_signal(int sig, struct linuxu_siginfo *si __unused,
		       void *uc __unused)
{
	int was_off = linuxu_irqs_off;
	int i;

	linuxu_irqs_off = 1;
	for (i = 0; i < MAX_HANDLERS_PER_IRQ && handlers[sig][i].func; i++)
		handlers[sig][i].func(handlers[sig][i].arg);
	linuxu_irqs_off = was_off;
}

linuxu_sigset_t linuxu_irq_sigmask(void)
{
	return irq_sigs;
}

int ukplat_irq_register(unsigned long irq, irq_handler_func_t func,
			void *arg)
{
	linuxu_sigset_t old = irq_sigs;
	int i, rc, sig;

	if (!irq || irq > LINUXU_NSIG || !func ||
	    (linuxu_sigbit(irq) & not_irq_capable))
		return -EINVAL;
	for (i = 0; i < MAX_HANDLERS_PER_IRQ && handlers[irq][i].func; i++)
		;
	if (i == MAX_HANDLERS_PER_IRQ)
		return -ENOSPC;

	handlers[irq][i].arg = arg;
	handlers[irq][i].func = func;
	if (i > 0)
		return 0;

	/* A new interrupt signal: blocked with the others from now on */
	irq_sigs |= linuxu_sigbit(irq);
	if (linuxu_irqs_off)
		sys_rt_sigprocmask(LINUXU_SIG_BLOCK, &irq_sigs, NULL);
	for (sig = 1; sig <= LINUXU_NSIG; sig++) {
		if (!(irq_sigs & linuxu_sigbit(sig)))
			continue;
		rc = linuxu_sigaction(sig, irq_signal, LINUXU_SA_SIGINFO |
				      LINUXU_SA_RESTART, irq_sigs);
		if (rc < 0) {
			uk_pr_err("Could not take signal %d as interrupt: "
				  "%d\n", sig, rc);
			handlers[irq][0].func = NULL;
			irq_sigs = old;
			return rc;
		}
	}
	uk_pr_debug("Interrupt %lu: signal %s\n", irq, linuxu_signame(irq));
	return 0;
}

void linuxu_irq_init(void)
{
	/* Interrupts start disabled, as on any platform */
	linuxu_irqs_off = 1;
	sys_rt_sigprocmask(LINUXU_SIG_BLOCK, &irq_sigs, NULL);
}
