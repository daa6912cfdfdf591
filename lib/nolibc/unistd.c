/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * read(), write(), isatty() and close() on the console descriptors 0-2,
 * for images without a filesystem library (with vfscore, it owns every
 * file descriptor and these are not built).
 */
#include <errno.h>
#include <unistd.h>
#include <uk/config.h>
#include "console.h"

#if !CONFIG_LIBVFSCORE
ssize_t write(int fd, const void *buf, size_t count)
{
	if (fd != STDOUT_FILENO && fd != STDERR_FILENO) {
		errno = EBADF;
		return -1;
	}
	return __nolibc_cons_write(buf, count);
}

ssize_t read(int fd, void *buf, size_t count)
{
	if (fd != STDIN_FILENO) {
		errno = EBADF;
		return -1;
	}
	return __nolibc_cons_read(buf, count);
}

int isatty(int fd)
{
	if (fd < 0 || fd > STDERR_FILENO) {
		errno = EBADF;
		return 0;
	}
	return 1;
}

int close(int fd)
{
	if (fd < 0 || fd > STDERR_FILENO) {
		errno = EBADF;
		return -1;
	}
	return 0;
}
#endif /* !CONFIG_LIBVFSCORE */
