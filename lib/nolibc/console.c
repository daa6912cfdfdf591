/* SPDX-License-Identifier: BSD-3-Clause */
/* The platform console as a byte stream (see console.h). */
#include <errno.h>
#include <limits.h>
#include <uk/plat/console.h>
#include "console.h"

ssize_t __nolibc_cons_write(const char *buf, size_t len)
{
	size_t done = 0;

	while (done < len) {
		unsigned int chunk = MIN(len - done, (size_t)INT_MAX);
		int r = ukplat_coutk(buf + done, chunk);

		if (r < 0) {
			if (done)
				break;
			errno = -r;
			return -1;
		}
		if (r == 0)
			return len;	/* no console: dropped */
		done += r;
	}
	return done;
}

ssize_t __nolibc_cons_read(char *buf, size_t len)
{
	int r;

	if (len == 0)
		return 0;
	while ((r = ukplat_cink(buf, MIN(len, (size_t)INT_MAX))) == 0)
		ukplat_cin_wait();
	if (r == -EPIPE)
		return 0;	/* end of input */
	if (r < 0) {
		errno = -r;
		return -1;
	}
	for (int i = 0; i < r; i++) {
		if (buf[i] == '\r')
			buf[i] = '\n';
	}
	return r;
}
