/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Hand-over between a platform and ukboot.
 *
 * The platform sets up CPU, console, memory regions, interrupts and the
 * clock, then calls ukplat_entry_argp() with the boot command line (it may
 * be modified in place). ukboot never returns: it ends with
 * ukplat_terminate() or ukplat_exit().
 */
#ifndef __UKPLAT_BOOTSTRAP_H__
#define __UKPLAT_BOOTSTRAP_H__

#include <uk/essentials.h>

#ifndef __ASSEMBLY__
enum ukplat_gstate {
	UKPLAT_HALT,
	UKPLAT_RESTART,
	UKPLAT_CRASH,
};

/* Implemented by ukboot. argv[0] is arg0 (or the image name if NULL). */
void __noreturn ukplat_entry_argp(char *arg0, char *argb, __sz argb_len);
void __noreturn ukplat_entry(int argc, char *argv[]);

/* Implemented by each platform. */
void __noreturn ukplat_terminate(enum ukplat_gstate request);
/*
 * Power off and report `status` to the host where the platform can
 * (isa-debug-exit on QEMU x86, the process exit status on linuxu).
 */
void __noreturn ukplat_exit(int status);
#endif

#endif
