/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Console of the kvm platform (see <uk/plat/console.h>): kernel messages
 * and debug output go to the serial port as chosen in menuconfig, "\n"
 * as "\r\n"; input comes from the same port without blocking. Each
 * architecture names its port through kvm_serial_putc/getc().
 */
#include <uk/essentials.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/console.h>
#include <kvm/setup.h>

static __maybe_unused void serial_write(const char *buf, unsigned int len)
{
	unsigned int i;

	for (i = 0; i < len; i++) {
		if (buf[i] == '\n')
			kvm_serial_putc('\r');
		kvm_serial_putc(buf[i]);
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
	int c;

	while (n < maxlen && (c = kvm_serial_getc()) >= 0)
		buf[n++] = (char)c;
	return n;
}

/* The serial input raises no interrupt here: the reader polls */
void ukplat_cin_wait(void)
{
	ukarch_spinwait();
}
