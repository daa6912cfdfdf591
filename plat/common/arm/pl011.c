/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Arm PL011 UART, polled, with an optional receive interrupt (see
 * <arm/pl011.h>).
 */
#include <uk/essentials.h>
#include <uk/arch/lcpu.h>
#include <arm/pl011.h>

#define UART_DR			0x00
#define UART_FR			0x18
#define UART_LCRH		0x2c
#define UART_CR			0x30
#define UART_IMSC		0x38
#define UART_ICR		0x44

#define FR_RXFE			(1 << 4)	/* receive FIFO empty */
#define FR_TXFF			(1 << 5)	/* transmit FIFO full */
#define LCRH_FEN		(1 << 4)
#define LCRH_WLEN8		(3 << 5)
#define CR_UARTEN		(1 << 0)
#define CR_TXE			(1 << 8)
#define CR_RXE			(1 << 9)
#define INT_RX			(1 << 4)	/* RXIM: FIFO level */
#define INT_RT			(1 << 5)	/* RTIM: timeout */
#define INT_ALL			0x7ff

#define TX_SPIN_MAX		1000000

static __uptr uart;

static inline __u32 rd(unsigned int off)
{
	return *(volatile __u32 *)(uart + off);
}

static inline void wr(unsigned int off, __u32 v)
{
	*(volatile __u32 *)(uart + off) = v;
}

/*
 * Bytes that arrived before the UART was set up: turning the FIFO on
 * empties it, so they are kept here and read first.
 */
#define EARLY_RX_MAX	32
static __u8 early_rx[EARLY_RX_MAX];
static unsigned int early_rx_len, early_rx_pos;

void pl011_init(__uptr base)
{
	uart = base;
	while (!(rd(UART_FR) & FR_RXFE) && early_rx_len < EARLY_RX_MAX)
		early_rx[early_rx_len++] = rd(UART_DR) & 0xff;
	wr(UART_CR, 0);
	wr(UART_IMSC, 0);		/* polled: no interrupts */
	wr(UART_ICR, INT_ALL);
	wr(UART_LCRH, LCRH_WLEN8 | LCRH_FEN);
	wr(UART_CR, CR_UARTEN | CR_TXE | CR_RXE);
}

__uptr pl011_base(void)
{
	return uart;
}

void pl011_putc(char c)
{
	unsigned long spin = 0;

	if (!uart)
		return;
	/* A stuck FIFO must not hang the system: drop the byte instead */
	while ((rd(UART_FR) & FR_TXFF) && spin++ < TX_SPIN_MAX)
		ukarch_spinwait();
	wr(UART_DR, (__u8)c);
}

int pl011_getc(void)
{
	if (!uart)
		return -1;
	if (early_rx_pos < early_rx_len)
		return early_rx[early_rx_pos++];
	if (rd(UART_FR) & FR_RXFE)
		return -1;
	return rd(UART_DR) & 0xff;
}

int pl011_rx_ready(void)
{
	return uart && (early_rx_pos < early_rx_len ||
			!(rd(UART_FR) & FR_RXFE));
}

void pl011_rx_irq(int enable)
{
	if (!uart)
		return;
	wr(UART_IMSC, enable ? INT_RX | INT_RT : 0);
	if (!enable)
		wr(UART_ICR, INT_RX | INT_RT);
}
