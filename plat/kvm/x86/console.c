/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Console of the kvm x86_64 platform: COM1 at 115200 8N1 (polled) for
 * kernel messages and debug output, as chosen in menuconfig; "\n" goes
 * out as "\r\n". Input comes from COM1 without blocking.
 */
#include <uk/essentials.h>
#include <uk/plat/console.h>
#include <x86/serial.h>
#include <kvm/setup.h>

#if defined(CONFIG_KVM_KERNEL_SERIAL_CONSOLE) || \
	defined(CONFIG_KVM_DEBUG_SERIAL_CONSOLE)
#define KVM_HAVE_SERIAL	1
#endif

void kvm_console_init(void)
{
#ifdef KVM_HAVE_SERIAL
	x86_serial_init(X86_SERIAL_COM1);
#endif
}

static __maybe_unused void serial_write(const char *buf, unsigned int len)
{
	unsigned int i;

	for (i = 0; i < len; i++) {
		if (buf[i] == '\n')
			x86_serial_putc('\r');
		x86_serial_putc(buf[i]);
	}
}

int ukplat_coutk(const char *buf, unsigned int len)
{
	if (!buf)
		return -1;
#ifdef CONFIG_KVM_KERNEL_SERIAL_CONSOLE
	serial_write(buf, len);
#endif
	return len;
}

int ukplat_coutd(const char *buf, unsigned int len)
{
	if (!buf)
		return -1;
#ifdef CONFIG_KVM_DEBUG_SERIAL_CONSOLE
	serial_write(buf, len);
#endif
	return len;
}

int ukplat_cink(char *buf, unsigned int maxlen)
{
	unsigned int n = 0;
#ifdef KVM_HAVE_SERIAL
	int c;

	while (n < maxlen && (c = x86_serial_getc()) >= 0)
		buf[n++] = (char)c;
#endif
	return n;
}
