/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Console on the process's standard streams: kernel messages and the
 * application's output on stdout, debug output (uk_printd) on stderr,
 * input from stdin. Reading never blocks; the end of stdin is reported
 * as -EPIPE (end of input, see <uk/plat/console.h>).
 *
 * Waiting for input sleeps: stdin is put in O_ASYNC mode, so Linux raises
 * SIGIO (an interrupt, shared with the tap device) when input arrives or
 * the writer of a pipe goes away, and ukplat_cin_wait() halts until an
 * interrupt. Where Linux refuses O_ASYNC, waiting polls.
 */
#include <stddef.h>
#include <errno.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/irq.h>
#include <uk/plat/console.h>
#include <linuxu/setup.h>

/* stdin's status flags before we set O_ASYNC; -1: stdin raises no SIGIO */
static long stdin_flags = -1;
/* Set by the SIGIO handler, cleared before each look at stdin */
static volatile int stdin_signalled;

static int write_all(int fd, const char *buf, unsigned int len)
{
	unsigned int done = 0;
	long r;

	while (done < len) {
		r = sys_write(fd, buf + done, len - done);
		if (r == -LINUXU_EINTR || r == -LINUXU_EAGAIN)
			continue;
		if (r < 0)
			return done ? (int)done : (int)r;
		done += r;
	}
	return done;
}

int ukplat_coutk(const char *buf, unsigned int len)
{
	return write_all(LINUXU_STDOUT, buf, len);
}

int ukplat_coutd(const char *buf, unsigned int len)
{
	return write_all(LINUXU_STDERR, buf, len);
}

int ukplat_cink(char *buf, unsigned int maxlen)
{
	struct linuxu_pollfd pfd = { .fd = LINUXU_STDIN,
				     .events = LINUXU_POLLIN };
	struct linuxu_timespec now = { 0, 0 };
	long r;

	if (!maxlen)
		return 0;
	stdin_signalled = 0;
	barrier();
	r = sys_ppoll(&pfd, 1, &now);
	if (r <= 0)
		return (r == 0 || r == -LINUXU_EINTR) ? 0 : (int)r;
	r = sys_read(LINUXU_STDIN, buf, maxlen);
	if (r == -LINUXU_EINTR || r == -LINUXU_EAGAIN)
		return 0;
	if (r == 0)
		return -EPIPE;
	return (int)r;
}

void ukplat_cin_wait(void)
{
	unsigned long flags;

	if (stdin_flags < 0) {
		ukarch_spinwait();
		return;
	}
	/*
	 * A SIGIO since ukplat_cink() looked either set the flag already or
	 * is pending while interrupts are off, which ends the halt at once.
	 */
	flags = ukplat_lcpu_save_irqf();
	if (!stdin_signalled)
		ukplat_lcpu_halt_irq();
	ukplat_lcpu_restore_irqf(flags);
}

static int stdin_irq(void *arg __unused)
{
	stdin_signalled = 1;
	return 1;
}

void linuxu_console_init(void)
{
	long flags;
	int rc;

	rc = ukplat_irq_register(LINUXU_SIGIO, stdin_irq, NULL);
	if (rc < 0) {
		uk_pr_warn("Console input polls: no SIGIO handler (%d)\n", rc);
		return;
	}
	flags = linuxu_fd_sigio(LINUXU_STDIN);
	if (flags < 0) {
		uk_pr_warn("Console input polls: no SIGIO from stdin (error "
			   "%ld)\n", -flags);
		return;
	}
	stdin_flags = flags;
}

void linuxu_console_release(void)
{
	/* stdin may be shared, e.g. with the shell's terminal */
	if (stdin_flags >= 0)
		sys_fcntl(LINUXU_STDIN, LINUXU_F_SETFL, stdin_flags);
	stdin_flags = -1;
}
