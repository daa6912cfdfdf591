/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * C entry of the kvm arm64 platform, called by entry64.S at EL1 on the
 * boot stack with interrupts masked and the early map on. Checks the
 * device tree, then brings up, in this order: the console (from the
 * device tree), PSCI (so that even an early failure powers off), the
 * precise memory map and region table, TLS for the boot context, the
 * GIC, the clock and timer, the device list for drivers and the command
 * line from /chosen/bootargs; then hands over to ukboot with interrupts
 * still masked.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/fdt.h>
#include <uk/asm/cpu.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/tls.h>
#include <uk/plat/lcpu.h>
#include <arm/gic.h>
#include <arm/pl011.h>
#include <arm/psci.h>
#include <arm/timer.h>
#include <kvm/setup.h>
#include <kvm-arm/setup.h>

static char cmdline[KVM_CMDLINE_MAX];

/* Arm Ltd. cores QEMU models; others are named by their MIDR fields */
static const char *cpu_name(__u64 midr)
{
	if (((midr >> 24) & 0xff) != 0x41)
		return NULL;
	switch ((midr >> 4) & 0xfff) {
	case 0xd03: return "Cortex-A53";
	case 0xd07: return "Cortex-A57";
	case 0xd08: return "Cortex-A72";
	case 0xd0c: return "Neoverse-N1";
	default:    return NULL;
	}
}

static void cpu_print(void)
{
	__u64 midr = SYSREG_READ64(midr_el1);
	const char *name = cpu_name(midr);

	if (name)
		uk_pr_info("CPU: %s r%llup%llu (MIDR %08llx)\n", name,
			   (unsigned long long)(midr >> 20) & 0xf,
			   (unsigned long long)midr & 0xf,
			   (unsigned long long)midr);
	else
		uk_pr_info("CPU: implementer 0x%02llx, part 0x%03llx "
			   "(MIDR %08llx)\n",
			   (unsigned long long)(midr >> 24) & 0xff,
			   (unsigned long long)(midr >> 4) & 0xfff,
			   (unsigned long long)midr);
}

/* Secondary CPUs stay off (PSCI keeps them so until CPU_ON) */
static void cpus_print(const void *fdt)
{
	int cpus = fdt_path_offset(fdt, "/cpus"), node, n = 0;

	for (node = cpus >= 0 ? fdt_first_subnode(fdt, cpus) : -1;
	     node >= 0; node = fdt_next_subnode(fdt, node)) {
		int len;
		const char *type = fdt_getprop(fdt, node, "device_type", &len);

		if (type && len == 4 && !__builtin_memcmp(type, "cpu", 4))
			n++;
	}
	if (n > 1)
		uk_pr_info("CPUs: %d in the device tree, running on the boot "
			   "CPU only\n", n);
}

static void __noreturn boot_fail(void)
{
	/* PSCI may not be known yet: power off if we can, else halt */
	psci_system_off();
	ukplat_lcpu_halt();
}

static __sz cmdline_init(const void *fdt)
{
	const char *args = NULL;
	int chosen, len = 0;
	__sz n;

	chosen = fdt_path_offset(fdt, "/chosen");
	if (chosen >= 0)
		args = fdt_getprop(fdt, chosen, "bootargs", &len);
	if (!args || len <= 0)
		return 0;
	for (n = 0; n < (__sz)len && args[n] && n < sizeof(cmdline) - 1; n++)
		cmdline[n] = args[n];
	cmdline[n] = '\0';
	if (n == sizeof(cmdline) - 1 && args[n])
		uk_pr_warn("Command line longer than %lu bytes: cut\n",
			   (unsigned long)sizeof(cmdline) - 1);
	return n;
}

void __noreturn _libkvmplat_entry(void *fdt)
{
	struct kvm_arm_ram_bank banks[KVM_ARM_MAX_RAM_BANKS];
	int rc, nbanks;
	__sz cmdline_len;

	/* One full walk now: later readers may then trust the tree */
	rc = fdt_check_header(fdt);
	if (rc == 0)
		rc = fdt_check_full(fdt, fdt_totalsize(fdt));
	if (rc < 0) {
		kvm_arm_console_fallback();
		uk_pr_crit("No usable device tree at %p (%s): cannot find "
			   "memory or devices\n", fdt, fdt_strerror(rc));
		boot_fail();
	}
	if (kvm_arm_console_init(fdt) < 0)
		kvm_arm_console_fallback();
	uk_pr_info("Entering kvm-arm64 platform at EL%llu (device tree at "
		   "%p, %u bytes)\n", (unsigned long long)kvm_arm_boot_el,
		   fdt, fdt_totalsize(fdt));
	uk_pr_info("Console: PL011 at %p\n", (void *)pl011_base());
	cpu_print();
	cpus_print(fdt);
	psci_init(fdt);

	nbanks = kvm_arm_ram_banks(fdt, banks, ARRAY_SIZE(banks));
	if (!nbanks) {
		uk_pr_crit("The device tree lists no memory\n");
		boot_fail();
	}
	if (kvm_arm_mmu_final(banks, nbanks) < 0)
		boot_fail();
	kvm_image_layout_print();
	uk_pr_info("Boot stack: %p-%p (%lu KiB)\n", kvm_arm_boot_stack,
		   kvm_arm_boot_stack_top,
		   (unsigned long)(kvm_arm_boot_stack_top -
				   kvm_arm_boot_stack) >> 10);
	kvm_arm_memmap_init(fdt, banks, nbanks);
	ukplat_boot_tls_init();

	if (gic_init(fdt) < 0 || arm_clock_init(fdt) < 0)
		boot_fail();

	kvm_arm_devices_init(fdt);

	cmdline_len = cmdline_init(fdt);
	uk_pr_info("Command line: %s\n", cmdline);
	/* bootargs holds only the arguments: argv[0] is the image name */
	ukplat_entry_argp(CONFIG_UK_NAME, cmdline, cmdline_len);
}
