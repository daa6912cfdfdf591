/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Console of the kvm platform (see <uk/plat/console.h>): kernel messages
 * and debug output go to the serial port as chosen in menuconfig, "\n"
 * as "\r\n"; input comes from the same port without blocking. Each
 * architecture names its port through kvm_serial_putc/getc().
 *
 * ukplat_cin_wait() halts the CPU until the port's receive interrupt (or
 * any other) arrives. The interrupt is level-triggered and the reader
 * fetches the bytes only later, so the handler turns it off at the UART
 * and each wait turns it on again; the wait checks for data and halts
 * with interrupts disabled, so a byte that arrives in between still
 * wakes the halt up (see <uk/plat/lcpu.h>).
 */
#include <stddef.h>
#include <uk/essentials.h>
#include <uk/arch/lcpu.h>
#include <uk/print.h>
#include <uk/plat/irq.h>
#include <uk/plat/lcpu.h>
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

static int serial_rx_irq_handler(void *arg __unused)
{
	kvm_serial_rx_irq(0);
	return 1;
}

/* 1: the receive interrupt is registered, -1: there is none, 0: untried */
static int serial_rx_irq_state;

static int serial_rx_irq_setup(void)
{
	int line = kvm_serial_rx_irq_line();
	int rc = line;

	if (line >= 0)
		rc = ukplat_irq_register(line, serial_rx_irq_handler, NULL);
	if (rc < 0) {
		uk_pr_warn("Console: no receive interrupt (%d): input is "
			   "polled\n", rc);
		return -1;
	}
	return 1;
}

void ukplat_cin_wait(void)
{
	unsigned long flags;

	if (!serial_rx_irq_state)
		serial_rx_irq_state = serial_rx_irq_setup();
	if (serial_rx_irq_state < 0) {
		ukarch_spinwait();
		return;
	}
	flags = ukplat_lcpu_save_irqf();
	kvm_serial_rx_irq(1);
	if (!kvm_serial_rx_ready())
		ukplat_lcpu_halt_irq();
	ukplat_lcpu_restore_irqf(flags);
}
