/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Shutdown of the kvm x86_64 platform.
 *
 * ukplat_exit(status) first writes status & 0xff to QEMU's isa-debug-exit
 * device (at its default port 0x501, and at 0xf4 where it is usually
 * configured); QEMU then exits with (status << 1) | 1. Without the device
 * those writes go nowhere and ACPI S5 powers the machine off (QEMU exits
 * with 0). If that fails too, the CPU halts with interrupts off.
 *
 * Restart resets through the keyboard controller and, should that not
 * work, by a triple fault.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/time.h>
#include <uk/arch/lcpu.h>
#include <x86/acpi.h>
#include <x86/io.h>
#include <x86/desc.h>
#include <kvm-x86/reset_guard.h>

#define KBD_STATUS		0x64
#define KBD_STATUS_IBF		0x02
#define KBD_CMD_RESET		0xfe

#define QEMU_DEBUG_EXIT_PORT	0x501
#define QEMU_DEBUG_EXIT_PORT2	0xf4

/* How long to wait for ACPI power-off before calling it failed */
#define POWEROFF_WAIT_NSEC	500000000ULL
#define POWEROFF_WAIT_SPIN_MAX	100000000UL

/* Status reported for UKPLAT_CRASH: isa-debug-exit makes it 255 */
#define KVM_CRASH_STATUS	127

void __noreturn ukplat_exit(int status)
{
	unsigned long spin;
	__nsec deadline;

	ukplat_lcpu_disable_irq();
	kvm_reset_guard_leave();
#ifdef CONFIG_KVM_ISA_DEBUG_EXIT
	outb(QEMU_DEBUG_EXIT_PORT, status & 0xff);
	outb(QEMU_DEBUG_EXIT_PORT2, status & 0xff);
#endif
	x86_acpi_poweroff();

	/* The hypervisor acts on the request asynchronously: give it time */
	deadline = ukplat_monotonic_clock() + POWEROFF_WAIT_NSEC;
	for (spin = 0; spin < POWEROFF_WAIT_SPIN_MAX &&
	     ukplat_monotonic_clock() < deadline; spin++)
		ukarch_spinwait();

	uk_pr_crit("Power-off failed (status %d): halting the CPU\n", status);
	ukplat_lcpu_halt();
}

static void __noreturn kvm_restart(void)
{
	struct desc_ptr null_idt = { 0, 0 };
	unsigned long spin;

	ukplat_lcpu_disable_irq();
	kvm_reset_guard_leave();
	for (spin = 0; spin < 100000 && (inb(KBD_STATUS) & KBD_STATUS_IBF);
	     spin++)
		;
	outb(KBD_STATUS, KBD_CMD_RESET);
	for (spin = 0; spin < 10000; spin++)
		io_delay();

	/* Still here: an exception with no IDT shuts the CPU down */
	__asm__ __volatile__("lidt %0; int3" : : "m"(null_idt));
	ukplat_lcpu_halt();
}

void __noreturn ukplat_terminate(enum ukplat_gstate request)
{
	switch (request) {
	case UKPLAT_RESTART:
		uk_pr_info("Restarting\n");
		kvm_restart();
	case UKPLAT_CRASH:
		ukplat_exit(KVM_CRASH_STATUS);
	case UKPLAT_HALT:
	default:
		ukplat_exit(0);
	}
}
