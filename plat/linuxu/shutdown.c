/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Shutdown on linuxu: halting ends the process with main's return code as
 * its exit status, a crash with LINUXU_CRASH_STATUS, and restart executes
 * the image again (/proc/self/exe) with the original arguments and
 * environment.
 */
#include <stddef.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/lcpu.h>
#include <linuxu/setup.h>

static char **restart_argv;
static char **restart_envp;

void linuxu_restart_init(char **argv, char **envp)
{
	restart_argv = argv;
	restart_envp = envp;
}

void __noreturn ukplat_exit(int status)
{
	linuxu_console_release();
	sys_exit_group(status);
}

static void __noreturn linuxu_restart(void)
{
	linuxu_sigset_t none = 0;
	long rc;

	/* The new image starts with the signal mask we leave it */
	ukplat_lcpu_disable_irq();
	linuxu_console_release();
	sys_rt_sigprocmask(LINUXU_SIG_SETMASK, &none, NULL);
	rc = sys_execve("/proc/self/exe", restart_argv, restart_envp);
	uk_pr_crit("Restart failed: execve(/proc/self/exe): error %ld\n",
		   -rc);
	ukplat_exit(LINUXU_CRASH_STATUS);
}

void __noreturn ukplat_terminate(enum ukplat_gstate request)
{
	switch (request) {
	case UKPLAT_RESTART:
		uk_pr_info("Restarting\n");
		linuxu_restart();
	case UKPLAT_CRASH:
		ukplat_exit(LINUXU_CRASH_STATUS);
	case UKPLAT_HALT:
	default:
		ukplat_exit(0);
	}
}
