/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * 16550 UART on a legacy port (COM1 = 0x3f8), polled, no interrupts.
 * x86_serial_init() programs 115200 baud 8N1 with FIFOs;
 * x86_serial_putc() waits until the transmitter can take a byte;
 * x86_serial_getc() returns a received byte or -1 if none is waiting.
 * Output before x86_serial_init() is dropped.
 */
#ifndef __PLAT_CMN_X86_SERIAL_H__
#define __PLAT_CMN_X86_SERIAL_H__

#define X86_SERIAL_COM1		0x3f8

void x86_serial_init(unsigned short port);
void x86_serial_putc(char c);
int x86_serial_getc(void);

#endif /* __PLAT_CMN_X86_SERIAL_H__ */
