/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Arm PrimeCell PL011 UART, polled: pl011_init() enables it at `base`
 * (8N1, FIFOs on; the baud rate is left as the firmware set it, QEMU
 * ignores it), pl011_putc() waits for room in the transmit FIFO,
 * pl011_getc() returns the next received byte or -1 when none is
 * waiting, pl011_rx_ready() whether one is. pl011_rx_irq(1) makes received
 * data (or the receive timeout) raise the UART's interrupt, which stays
 * raised until the data is read or pl011_rx_irq(0) masks and clears it.
 * Without pl011_init() (base 0) output is dropped.
 */
#ifndef __PLAT_CMN_ARM_PL011_H__
#define __PLAT_CMN_ARM_PL011_H__

#include <uk/essentials.h>

void pl011_init(__uptr base);
__uptr pl011_base(void);
void pl011_putc(char c);
int pl011_getc(void);
int pl011_rx_ready(void);
void pl011_rx_irq(int enable);

#endif /* __PLAT_CMN_ARM_PL011_H__ */
