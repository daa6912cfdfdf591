/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * C entry of the linuxu platform, called by entry.S with the initial
 * process stack. Reads the auxiliary vector (vDSO, CPU features), starts
 * the clock, gives the boot context TLS, installs the fault handlers and
 * the interrupt signals (blocked: interrupts start disabled, as on kvm),
 * the idle timer and the console input signal, then hands the command
 * line to ukboot exactly as given: library parameters, "--", application
 * argv. The heap is mapped later, when ukboot first asks for memory regions
 * (after the library parameters, linuxu.heap among them, are parsed).
 */
#include <stddef.h>
#include <uk/essentials.h>
#include <uk/config.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/tls.h>
#include <linuxu/setup.h>

#ifdef CONFIG_LIBUKBOOT_MAXNBARGS
#define LINUXU_MAXNBARGS	CONFIG_LIBUKBOOT_MAXNBARGS
#else
#define LINUXU_MAXNBARGS	60
#endif

/* ukboot may rewrite its argv; restart needs the original one */
static char *boot_argv[LINUXU_MAXNBARGS];

void __noreturn _liblinuxuplat_entry(unsigned long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)&sp[1];
	char **envp = &argv[argc + 1];
	int i, rc;

	linuxu_auxv_init(envp);
	linuxu_clock_init();
	ukplat_boot_tls_init();
	linuxu_traps_init();
	linuxu_irq_init();
	linuxu_restart_init(argv, envp);

	uk_pr_info("Entering linuxu-%s platform (pid %ld)\n",
		   CONFIG_UK_ARCH, sys_getpid());
	rc = linuxu_timer_init();
	if (rc < 0) {
		uk_pr_crit("Could not create the idle timer: error %d\n", -rc);
		ukplat_terminate(UKPLAT_CRASH);
	}
	linuxu_console_init();

	if (argc >= LINUXU_MAXNBARGS) {
		uk_pr_crit("Too many arguments (%d, at most %d): raise "
			   "LIBUKBOOT_MAXNBARGS\n", argc,
			   LINUXU_MAXNBARGS - 1);
		ukplat_exit(LINUXU_USAGE_STATUS);
	}
	for (i = 0; i < argc; i++)
		boot_argv[i] = argv[i];
	boot_argv[argc] = NULL;

	ukplat_entry(argc, boot_argv);
}
