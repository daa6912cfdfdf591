/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Console on the process's standard streams: kernel messages and the
 * application's output on stdout, debug output (uk_printd) on stderr,
 * input from stdin. Reading never blocks; the end of stdin is reported
 * as -EPIPE (end of input, see <uk/plat/console.h>).
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/plat/console.h>
#include <linuxu/syscall.h>

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
