/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Console of the kvm arm64 platform: the PL011 that /chosen/stdout-path
 * names (or the first "arm,pl011" node), polled, for kernel messages and
 * debug output as chosen in menuconfig; "\n" goes out as "\r\n". Input
 * comes from the same UART without blocking.
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/fdt.h>
#include <uk/plat/console.h>
#include <arm/pl011.h>
#include <kvm-arm/setup.h>

#define QEMU_VIRT_PL011		0x09000000

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
	return fdt_node_offset_by_compatible(fdt, -1, "arm,pl011");
}

int kvm_arm_console_init(const void *fdt)
{
	__u64 base;
	int node = uart_node(fdt);

	if (node < 0 || fdt_get_address(fdt, node, 0, &base, NULL) < 0)
		return -ENODEV;
	pl011_init((__uptr)base);
	return 0;
}

void kvm_arm_console_fallback(void)
{
	pl011_init(QEMU_VIRT_PL011);
}

static __maybe_unused void uart_write(const char *buf, unsigned int len)
{
	unsigned int i;

	for (i = 0; i < len; i++) {
		if (buf[i] == '\n')
			pl011_putc('\r');
		pl011_putc(buf[i]);
	}
}

int ukplat_coutk(const char *buf, unsigned int len)
{
	if (!buf)
		return -1;
#ifdef CONFIG_KVM_KERNEL_SERIAL_CONSOLE
	uart_write(buf, len);
#endif
	return len;
}

int ukplat_coutd(const char *buf, unsigned int len)
{
	if (!buf)
		return -1;
#ifdef CONFIG_KVM_DEBUG_SERIAL_CONSOLE
	uart_write(buf, len);
#endif
	return len;
}

int ukplat_cink(char *buf, unsigned int maxlen)
{
	unsigned int n = 0;
	int c;

	while (n < maxlen && (c = pl011_getc()) >= 0)
		buf[n++] = (char)c;
	return n;
}
