/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Serial port of the kvm arm64 platform (see plat/kvm/console.c): the
 * PL011 that /chosen/stdout-path names, or the first "arm,pl011" node,
 * polled; its receive interrupt is the node's first (none for the
 * fallback UART used without a device tree).
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/fdt.h>
#include <kvm/setup.h>
#include <arm/pl011.h>
#include <arm/gic.h>
#include <kvm-arm/setup.h>

#define QEMU_VIRT_PL011		0x09000000

static int uart_intid = -ENODEV;

static int uart_node(const void *fdt)
{
	const char *path;
	int chosen, node;

	chosen = fdt_path_offset(fdt, "/chosen");
	path = chosen >= 0 ? fdt_getprop(fdt, chosen, "stdout-path", NULL)
			   : NULL;
	if (path) {
		node = fdt_path_offset(fdt, path);
		if (node >= 0 &&
		    fdt_node_check_compatible(fdt, node, "arm,pl011") == 0)
			return node;
	}
	return fdt_node_offset_by_compatible_enabled(fdt, -1, "arm,pl011");
}

int kvm_arm_console_init(const void *fdt)
{
	unsigned int intid;
	__u64 base;
	int node = uart_node(fdt);

	if (node < 0 || fdt_get_address(fdt, node, 0, &base, NULL) < 0)
		return -ENODEV;
	pl011_init((__uptr)base);
	if (gic_fdt_irq(fdt, node, 0, &intid, NULL) == 0)
		uart_intid = (int)intid;
	return 0;
}

void kvm_arm_console_fallback(void)
{
	pl011_init(QEMU_VIRT_PL011);
}

void kvm_serial_putc(char c)
{
	pl011_putc(c);
}

int kvm_serial_getc(void)
{
	return pl011_getc();
}

int kvm_serial_rx_irq_line(void)
{
	return uart_intid;
}

void kvm_serial_rx_irq(int enable)
{
	pl011_rx_irq(enable);
}

int kvm_serial_rx_ready(void)
{
	return pl011_rx_ready();
}
