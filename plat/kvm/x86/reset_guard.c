/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Reset-loop guard (see <kvm-x86/reset_guard.h>). The two bytes sit at
 * the top of the standard 128-byte CMOS bank, which neither QEMU's
 * firmware configuration nor SeaBIOS uses.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <x86/acpi.h>
#include <x86/cmos.h>
#include <kvm-x86/reset_guard.h>
#include <kvm-x86/setup.h>

#define GUARD_MARK_REG		0x7e
#define GUARD_COUNT_REG		0x7f
#define GUARD_RUNNING		0xb7

void kvm_reset_guard_enter(void)
{
	unsigned int resets = 0;

	if (cmos_read(GUARD_MARK_REG) == GUARD_RUNNING) {
		resets = cmos_read(GUARD_COUNT_REG) + 1;
		if (resets > 0xff)
			resets = 0xff;
		uk_pr_crit("The previous boot ended in a CPU reset it did not ask for (reset %u in a row): most likely a triple fault, an exception raised while the CPU could not deliver exceptions (broken stack, IDT or page tables)\n",
			   resets);
	}
	cmos_write(GUARD_COUNT_REG, resets);
	cmos_write(GUARD_MARK_REG, GUARD_RUNNING);

#if CONFIG_KVM_RESET_LIMIT > 0
	if (resets >= CONFIG_KVM_RESET_LIMIT) {
		uk_pr_crit("Stopping instead of booting again (limit: %d unexpected resets, CONFIG_KVM_RESET_LIMIT)\n",
			   CONFIG_KVM_RESET_LIMIT);
		x86_acpi_init(x86_bios_ebda);
		ukplat_terminate(UKPLAT_CRASH);
	}
#endif
}

void kvm_reset_guard_leave(void)
{
	cmos_write(GUARD_MARK_REG, 0);
	cmos_write(GUARD_COUNT_REG, 0);
}
