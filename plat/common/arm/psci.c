/* SPDX-License-Identifier: BSD-3-Clause */
/* PSCI calls through hvc or smc, as the device tree says (<arm/psci.h>). */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/fdt.h>
#include <arm/psci.h>

#define PSCI_VERSION		0x84000000
#define PSCI_SYSTEM_OFF		0x84000008
#define PSCI_SYSTEM_RESET	0x84000009

static unsigned long (*psci_call)(unsigned long fn);

static unsigned long psci_hvc(unsigned long fn)
{
	register unsigned long x0 __asm__("x0") = fn;

	__asm__ __volatile__("hvc #0" : "+r"(x0)
			     : : "x1", "x2", "x3", "memory");
	return x0;
}

static unsigned long psci_smc(unsigned long fn)
{
	register unsigned long x0 __asm__("x0") = fn;

	__asm__ __volatile__("smc #0" : "+r"(x0)
			     : : "x1", "x2", "x3", "memory");
	return x0;
}

int psci_init(const void *fdt)
{
	const char *method;
	unsigned long ver;
	int node, len;

	node = fdt_node_offset_by_compatible_enabled(fdt, -1, "arm,psci-1.0");
	if (node < 0)
		node = fdt_node_offset_by_compatible_enabled(fdt, -1,
							     "arm,psci-0.2");
	if (node < 0) {
		uk_pr_warn("PSCI: no PSCI 0.2+ node: cannot power off\n");
		return -ENODEV;
	}
	method = fdt_getprop(fdt, node, "method", &len);
	if (method && len == 4 && !__builtin_memcmp(method, "hvc", 4)) {
		psci_call = psci_hvc;
	} else if (method && len == 4 && !__builtin_memcmp(method, "smc", 4)) {
		psci_call = psci_smc;
	} else {
		uk_pr_warn("PSCI: unknown conduit: cannot power off\n");
		return -EINVAL;
	}
	ver = psci_call(PSCI_VERSION);
	uk_pr_info("PSCI: version %lu.%lu through %s\n", (ver >> 16) & 0xffff,
		   ver & 0xffff, method);
	return 0;
}

int psci_system_off(void)
{
	if (!psci_call)
		return -ENODEV;
	psci_call(PSCI_SYSTEM_OFF);
	return -EIO;
}

int psci_system_reset(void)
{
	if (!psci_call)
		return -ENODEV;
	psci_call(PSCI_SYSTEM_RESET);
	return -EIO;
}
