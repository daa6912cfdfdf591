/* SPDX-License-Identifier: BSD-3-Clause */
/* Serial console on COM1 (115200 8N1), polled. */
#include <x86/io.h>
#include <uk/plat/console.h>
#include <kvm-x86/setup.h>

#define COM1		0x3f8
#define COM_DATA	(COM1 + 0)
#define COM_IER		(COM1 + 1)
#define COM_FCR		(COM1 + 2)
#define COM_LCR		(COM1 + 3)
#define COM_MCR		(COM1 + 4)
#define COM_LSR		(COM1 + 5)
#define LSR_DATA_READY	0x01
#define LSR_THR_EMPTY	0x20

void kvm_console_init(void)
{
	outb(COM_IER, 0x00);
	outb(COM_LCR, 0x80);	/* divisor latch: 1 = 115200 baud */
	outb(COM_DATA, 0x01);
	outb(COM_IER, 0x00);
	outb(COM_LCR, 0x03);	/* 8N1 */
	outb(COM_FCR, 0xc7);	/* FIFOs on, cleared */
	outb(COM_MCR, 0x03);
}

static void serial_putc(char c)
{
	while (!(inb(COM_LSR) & LSR_THR_EMPTY))
		;
	outb(COM_DATA, c);
}

int ukplat_coutk(const char *buf, unsigned int len)
{
	for (unsigned int i = 0; i < len; i++) {
		if (buf[i] == '\n')
			serial_putc('\r');
		serial_putc(buf[i]);
	}
	return len;
}

int ukplat_coutd(const char *buf, unsigned int len)
{
	return ukplat_coutk(buf, len);
}

int ukplat_cink(char *buf, unsigned int maxlen)
{
	unsigned int n = 0;

	while (n < maxlen && (inb(COM_LSR) & LSR_DATA_READY))
		buf[n++] = inb(COM_DATA);
	return n;
}
