/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Faults on linuxu: SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGTRAP are the
 * CPU exceptions of a process. Their handler runs on an alternate signal
 * stack (so a stack overflow still gets a report), prints the same crash
 * report as kvm does through the architecture's part (linuxu_trap_report)
 * and ends the process with the crash status.
 */
#include <stddef.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <linuxu/setup.h>

static char trap_stack[LINUXU_SIGSTKSZ] __align(16);

static const int fault_signals[] = {
	LINUXU_SIGSEGV, LINUXU_SIGBUS, LINUXU_SIGFPE, LINUXU_SIGILL,
	LINUXU_SIGTRAP,
};

const char *linuxu_signame(int sig)
{
	switch (sig) {
	case LINUXU_SIGHUP:	return "SIGHUP";
	case LINUXU_SIGINT:	return "SIGINT";
	case LINUXU_SIGILL:	return "SIGILL";
	case LINUXU_SIGTRAP:	return "SIGTRAP";
	case LINUXU_SIGABRT:	return "SIGABRT";
	case LINUXU_SIGBUS:	return "SIGBUS";
	case LINUXU_SIGFPE:	return "SIGFPE";
	case LINUXU_SIGSEGV:	return "SIGSEGV";
	case LINUXU_SIGALRM:	return "SIGALRM";
	case LINUXU_SIGTERM:	return "SIGTERM";
	case LINUXU_SIGIO:	return "SIGIO";
	default:		return "signal";
	}
}

static void fault_signal(int sig, struct linuxu_siginfo *si, void *uc)
{
	linuxu_irqs_off = 1;
	uk_pr_crit("Linux signal %d (%s, code %d), address %p\n", sig,
		   linuxu_signame(sig), si->code, si->u.addr);
	linuxu_trap_report(sig, si, uc);
	ukplat_terminate(UKPLAT_CRASH);
}

void linuxu_traps_init(void)
{
	struct linuxu_stack ss = {
		.sp = trap_stack,
		.flags = 0,
		.size = sizeof(trap_stack),
	};
	linuxu_sigset_t all = ~(linuxu_sigset_t)0;
	unsigned int i;
	long rc;

	rc = sys_sigaltstack(&ss, NULL);
	if (rc < 0)
		uk_pr_warn("No alternate signal stack (%ld): a stack "
			   "overflow will not be reported\n", rc);
	for (i = 0; i < ARRAY_SIZE(fault_signals); i++) {
		rc = linuxu_sigaction(fault_signals[i], fault_signal,
				      LINUXU_SA_SIGINFO | LINUXU_SA_ONSTACK,
				      all);
		if (rc < 0)
			uk_pr_warn("Could not catch %s (%ld): no crash "
				   "report for it\n",
				   linuxu_signame(fault_signals[i]), rc);
	}
}
