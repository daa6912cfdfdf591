/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * C entry of the kvm x86_64 platform, called by entry64.S in long mode on
 * the boot stack with interrupts off. Brings up, in this order, the
 * console, the descriptor tables (so faults get reported from here on), a
 * TLS area for the boot context, the interrupt controller and the clocks,
 * the memory regions and command line from Multiboot, and ACPI, then
 * hands over to ukboot with interrupts still disabled.
 */
#include <stddef.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/asm/cpu.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/tls.h>
#include <x86/acpi.h>
#include <x86/clock.h>
#include <x86/pic.h>
#include <x86/traps.h>
#include <kvm/setup.h>
#include <kvm-x86/multiboot.h>
#include <kvm-x86/reset_guard.h>
#include <kvm-x86/setup.h>

static char cmdline[KVM_CMDLINE_MAX];

static void cpu_features_print(void)
{
	__u32 eax, ebx, ecx, edx, max;
	union {
		__u32 r[3];
		char s[13];
	} vendor;

	ukarch_x86_cpuid(0, 0, &max, &vendor.r[0], &vendor.r[2],
			 &vendor.r[1]);
	vendor.s[12] = '\0';
	ukarch_x86_cpuid(1, 0, &eax, &ebx, &ecx, &edx);
	uk_pr_info("CPU: %s family %u model %u, %s%s%s%s\n", vendor.s,
		   ((eax >> 8) & 0xf) + ((eax >> 20) & 0xff),
		   ((eax >> 4) & 0xf) | ((eax >> 12) & 0xf0),
		   (ecx & X86_CPUID1_ECX_XSAVE) ? "XSAVE" : "FXSAVE",
		   (ecx & X86_CPUID1_ECX_AVX) ? " AVX" : "",
		   (ecx & X86_CPUID1_ECX_HYPERVISOR) ? " (virtual)" : "",
		   max < 0xd ? " [old CPUID]" : "");
}

void __noreturn _libkvmplat_entry(__u32 mb_info, __u32 mb_magic)
{
	__sz cmdline_len;

	kvm_console_init();
	kvm_reset_guard_enter();
	uk_pr_info("Entering kvm-x86_64 platform (Multiboot info at 0x%x)\n",
		   mb_info);
#ifdef CONFIG_KVM_KERNEL_SERIAL_CONSOLE
	uk_pr_info("Console: COM1 (port 0x3f8), 115200 8N1\n");
#endif
	x86_traps_init();
	kvm_x86_boot_stack_guard();
	if (mb_magic != MULTIBOOT_BOOTLOADER_MAGIC) {
		uk_pr_crit("Not started by a Multiboot loader (magic 0x%x)\n",
			   mb_magic);
		ukplat_terminate(UKPLAT_CRASH);
	}
	cpu_features_print();
	ukplat_boot_tls_init();
	kvm_image_layout_print();
	uk_pr_info("Boot stack: %p-%p (%lu KiB)\n", x86_boot_stack,
		   x86_boot_stack_top,
		   (unsigned long)(x86_boot_stack_top - x86_boot_stack) >> 10);

	x86_pic_init();
	if (x86_clock_init() < 0)
		ukplat_terminate(UKPLAT_CRASH);

	cmdline_len = kvm_multiboot_init(mb_info, cmdline, sizeof(cmdline));
	uk_pr_info("Command line: %s\n", cmdline);
	x86_acpi_init(x86_bios_ebda);

	ukplat_entry_argp(NULL, cmdline, cmdline_len);
}
