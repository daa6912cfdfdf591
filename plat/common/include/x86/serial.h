/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * 16550 UART on a legacy port (COM1 = 0x3f8, IRQ 4), polled.
 * x86_serial_init() programs 115200 baud 8N1 with FIFOs, interrupts off;
 * x86_serial_putc() waits until the transmitter can take a byte;
 * x86_serial_getc() returns a received byte or -1 if none is waiting;
 * x86_serial_rx_ready() tells whether one is. x86_serial_rx_irq(1) makes
 * received data raise the IRQ (level: it stays raised until the data is
 * read or x86_serial_rx_irq(0) turns it off again).
 * Output before x86_serial_init() is dropped.
 */
#ifndef __PLAT_CMN_X86_SERIAL_H__
#define __PLAT_CMN_X86_SERIAL_H__

#define X86_SERIAL_COM1		0x3f8
#define X86_SERIAL_COM1_IRQ	4

void x86_serial_init(unsigned short port);
void x86_serial_putc(char c);
int x86_serial_getc(void);
int x86_serial_rx_ready(void);
void x86_serial_rx_irq(int enable);

#endif /* __PLAT_CMN_X86_SERIAL_H__ */
