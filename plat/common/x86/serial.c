/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * 16550 UART driver for the console (see <x86/serial.h>): polled, with
 * an optional receive interrupt to wake up a waiting reader.
 */
#include <uk/essentials.h>
#include <x86/io.h>
#include <x86/serial.h>

#define UART_RBR	0	/* receive buffer (read) */
#define UART_THR	0	/* transmit holding (write) */
#define UART_DLL	0	/* divisor low (DLAB=1) */
#define UART_IER	1	/* interrupt enable */
#define UART_DLM	1	/* divisor high (DLAB=1) */
#define UART_FCR	2	/* FIFO control */
#define UART_LCR	3	/* line control */
#define UART_MCR	4	/* modem control */
#define UART_LSR	5	/* line status */

#define LCR_8N1		0x03
#define LCR_DLAB	0x80
#define FCR_ENABLE	0x07	/* enable, clear, 1-byte trigger */
#define MCR_DTR_RTS	0x03
#define MCR_OUT2	0x08	/* gates the IRQ line on PCs */
#define IER_RDA		0x01	/* received data available */
#define LSR_DR		0x01	/* data ready */
#define LSR_THRE	0x20	/* transmit holding register empty */

#define UART_CLOCK	115200
#define UART_BAUD	115200

/* A missing UART reads as 0xff; bound the wait anyway */
#define TX_SPIN_MAX	100000

static unsigned short uart_port;

/*
 * Bytes that arrived before the UART was set up: enabling the FIFO
 * clears it, so they are kept here and read first.
 */
#define EARLY_RX_MAX	16
static __u8 early_rx[EARLY_RX_MAX];
static unsigned int early_rx_len, early_rx_pos;

void x86_serial_init(unsigned short port)
{
	unsigned int div = UART_CLOCK / UART_BAUD;

	/* A missing UART reads LSR as 0xff: DR set, nothing to keep */
	while (inb(port + UART_LSR) != 0xff &&
	       (inb(port + UART_LSR) & LSR_DR) && early_rx_len < EARLY_RX_MAX)
		early_rx[early_rx_len++] = inb(port + UART_RBR);
	outb(port + UART_IER, 0x00);
	outb(port + UART_LCR, LCR_DLAB);
	outb(port + UART_DLL, div & 0xff);
	outb(port + UART_DLM, (div >> 8) & 0xff);
	outb(port + UART_LCR, LCR_8N1);
	outb(port + UART_FCR, FCR_ENABLE);
	outb(port + UART_MCR, MCR_DTR_RTS | MCR_OUT2);
	uart_port = port;
}

void x86_serial_putc(char c)
{
	unsigned int spin = 0;

	if (!uart_port)
		return;
	while (!(inb(uart_port + UART_LSR) & LSR_THRE) &&
	       spin++ < TX_SPIN_MAX)
		;
	outb(uart_port + UART_THR, (__u8)c);
}

int x86_serial_getc(void)
{
	if (!uart_port)
		return -1;
	if (early_rx_pos < early_rx_len)
		return early_rx[early_rx_pos++];
	if (!(inb(uart_port + UART_LSR) & LSR_DR))
		return -1;
	return inb(uart_port + UART_RBR);
}

int x86_serial_rx_ready(void)
{
	return uart_port && (early_rx_pos < early_rx_len ||
			     (inb(uart_port + UART_LSR) & LSR_DR));
}

void x86_serial_rx_irq(int enable)
{
	if (uart_port)
		outb(uart_port + UART_IER, enable ? IER_RDA : 0);
}
