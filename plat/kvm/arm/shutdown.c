/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Shutdown of the kvm arm64 platform.
 *
 * ukplat_exit(status) first offers the status to QEMU through a
 * semihosting exit (KVM_ARM_SEMIHOSTING_EXIT; effective with QEMU's
 * -semihosting), then powers off through PSCI SYSTEM_OFF, on which QEMU
 * exits with 0. If both fail the CPU halts. Restart is PSCI
 * SYSTEM_RESET.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/lcpu.h>
#include <arm/psci.h>
#include <arm/semihosting.h>

/* What a crash reports through semihosting */
#define KVM_CRASH_STATUS	255

void __noreturn ukplat_exit(int status)
{
	int rc;

	ukplat_lcpu_disable_irq();
#ifdef CONFIG_KVM_ARM_SEMIHOSTING_EXIT
	if (arm64_semihosting_exit(status & 0xff) < 0)
		uk_pr_debug("No semihosting host: status %d not passed on\n",
			    status);
#endif
	rc = psci_system_off();
	uk_pr_crit("Power-off failed (status %d, PSCI: %d): halting the "
		   "CPU\n", status, rc);
	ukplat_lcpu_halt();
}

void __noreturn ukplat_terminate(enum ukplat_gstate request)
{
	switch (request) {
	case UKPLAT_RESTART:
		uk_pr_info("Restarting\n");
		ukplat_lcpu_disable_irq();
		psci_system_reset();
		uk_pr_crit("Restart failed: halting the CPU\n");
		ukplat_lcpu_halt();
	case UKPLAT_CRASH:
		ukplat_exit(KVM_CRASH_STATUS);
	case UKPLAT_HALT:
	default:
		ukplat_exit(0);
	}
}
