/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the parts of the linuxu platform share: the boot steps setup.c
 * calls in order, the interrupt (signal) layer, the exit status of a
 * crash, and the image layout symbols of the linker script.
 */
#ifndef __LINUXU_SETUP_H__
#define __LINUXU_SETUP_H__

#include <uk/essentials.h>
#include <linuxu/signal.h>

/* Exit status of the process when the system crashes (UKPLAT_CRASH) */
#define LINUXU_CRASH_STATUS	127
/* Exit status for a bad platform parameter on the command line */
#define LINUXU_USAGE_STATUS	2

/* Remembered for ukplat_terminate(UKPLAT_RESTART): exec the image again */
void linuxu_restart_init(char **argv, char **envp);

/*
 * From the auxiliary vector after envp (vdso.c): AT_HWCAP2, and
 * clock_gettime of the vDSO (NULL without one).
 */
void linuxu_auxv_init(char **envp);
extern unsigned long linuxu_hwcap2;
#define LINUXU_HWCAP2_FSGSBASE	(1UL << 1)	/* x86_64: wrfsbase usable */
typedef int (*linuxu_clock_gettime_fn)(int clk, struct linuxu_timespec *ts);
extern linuxu_clock_gettime_fn linuxu_vdso_clock_gettime;

/* Start of the monotonic clock */
void linuxu_clock_init(void);
/* The one-shot timer that ends an idle halt; returns 0 or -errno */
int linuxu_timer_init(void);
/* Arm the timer to fire at monotonic time `until` (ns since boot) */
void linuxu_timer_set(__nsec until);

/* Handlers for faults (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP) */
void linuxu_traps_init(void);
/* Arch part: print the report for a fault signal from its ucontext */
void linuxu_trap_report(int sig, const struct linuxu_siginfo *si,
			void *ucontext);

/*
 * Signals used as interrupts (irq.c): while linuxu_irqs_off is set they
 * are only noted in linuxu_irqs_pending; linuxu_irq_run_pending() runs
 * their handlers (call it with linuxu_irqs_off set).
 */
void linuxu_irq_init(void);
linuxu_sigset_t linuxu_irq_sigmask(void);
void linuxu_irq_run_pending(void);
extern volatile int linuxu_irqs_off;
extern volatile linuxu_sigset_t linuxu_irqs_pending;

/*
 * Have Linux raise SIGIO (an interrupt, see ukplat_irq_register) when fd
 * becomes readable: O_ASYNC, with this process as owner. Returns the
 * file status flags fd had before, or -errno.
 */
long linuxu_fd_sigio(int fd);

/*
 * Console input (console.c): stdin raises SIGIO, so that waiting for
 * input sleeps (polling if Linux refuses); release gives stdin its
 * flags back before the process exits or executes the image again.
 */
void linuxu_console_init(void);
void linuxu_console_release(void);

/* Install a handler with our restorer; returns 0 or -errno */
int linuxu_sigaction(int sig, void *handler, unsigned long flags,
		     linuxu_sigset_t mask);
const char *linuxu_signame(int sig);

/* Image layout (linker script) */
extern char _text[], _etext[], _rodata[], _erodata[];
extern char _data[], _edata[], __bss_start[], _end[];

#endif /* __LINUXU_SETUP_H__ */
