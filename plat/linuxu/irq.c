/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Interrupts on linuxu are Linux signals: an interrupt line number is a
 * signal number (SIGALRM for the timer, SIGIO for devices).
 *
 * Masking is done in software, so that disabling and enabling interrupts
 * (which the scheduler and the locks do all the time) costs no system
 * call: while linuxu_irqs_off is set, an arriving interrupt signal is
 * only noted in linuxu_irqs_pending, and linuxu_irq_run_pending() runs
 * its handlers when interrupts are enabled again (lcpu.c). Handlers run
 * with linuxu_irqs_off set, and the kernel blocks the other interrupt
 * signals meanwhile (sa_mask), as interrupt handlers expect.
 */
#include <stddef.h>
#include <errno.h>
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

volatile int linuxu_irqs_off;
volatile linuxu_sigset_t linuxu_irqs_pending;

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

/* Call the handlers of one interrupt; linuxu_irqs_off is set */
static void irq_handle(int sig)
{
	int i;

	for (i = 0; i < MAX_HANDLERS_PER_IRQ && handlers[sig][i].func; i++)
		handlers[sig][i].func(handlers[sig][i].arg);
}

static void irq_signal(int sig, struct linuxu_siginfo *si __unused,
		       void *uc __unused)
{
	if (linuxu_irqs_off) {
		/* Interrupts are disabled: deliver when they are enabled */
		__atomic_or_fetch(&linuxu_irqs_pending, linuxu_sigbit(sig),
				  __ATOMIC_SEQ_CST);
		return;
	}
	linuxu_irqs_off = 1;
	irq_handle(sig);
	linuxu_irqs_off = 0;
}

void linuxu_irq_run_pending(void)
{
	linuxu_sigset_t pending;
	int sig;

	while ((pending = __atomic_exchange_n(&linuxu_irqs_pending, 0,
					      __ATOMIC_SEQ_CST))) {
		for (sig = 1; sig <= LINUXU_NSIG; sig++)
			if (pending & linuxu_sigbit(sig))
				irq_handle(sig);
	}
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

	/* A new interrupt signal: each handler blocks all of them */
	irq_sigs |= linuxu_sigbit(irq);
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

long linuxu_fd_sigio(int fd)
{
	long flags, rc;

	flags = sys_fcntl(fd, LINUXU_F_GETFL, 0);
	if (flags < 0)
		return flags;
	rc = sys_fcntl(fd, LINUXU_F_SETOWN, sys_getpid());
	if (rc >= 0)
		rc = sys_fcntl(fd, LINUXU_F_SETFL, flags | LINUXU_O_ASYNC);
	return rc < 0 ? rc : flags;
}

void linuxu_irq_init(void)
{
	/* Interrupts start disabled, as on any platform */
	linuxu_irqs_off = 1;
}
