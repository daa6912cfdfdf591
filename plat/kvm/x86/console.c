/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Serial port of the kvm x86_64 platform: COM1 at 115200 8N1, polled,
 * set up only when the console uses it (see plat/kvm/console.c); its
 * receive interrupt is ISA IRQ 4.
 */
#include <errno.h>
#include <uk/essentials.h>
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

void kvm_serial_putc(char c)
{
	x86_serial_putc(c);
}

int kvm_serial_getc(void)
{
#ifdef KVM_HAVE_SERIAL
	return x86_serial_getc();
#else
	return -1;
#endif
}

int kvm_serial_rx_irq_line(void)
{
#ifdef KVM_HAVE_SERIAL
	return X86_SERIAL_COM1_IRQ;
#else
	return -ENODEV;
#endif
}

void kvm_serial_rx_irq(int enable)
{
	x86_serial_rx_irq(enable);
}

int kvm_serial_rx_ready(void)
{
	return x86_serial_rx_ready();
}
