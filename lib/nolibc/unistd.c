/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * read(), write(), isatty() and close() on the console descriptors 0-2,
 * for images without a filesystem library (with vfscore, it owns every
 * file descriptor and these are not built). Descriptors 3 and up go to
 * the library that set the fd hook (<nolibc/fd_hook.h>), if any.
 */
#include <errno.h>
#include <unistd.h>
#include <uk/config.h>
#include <nolibc/fd_hook.h>
#include "console.h"

#if !CONFIG_LIBVFSCORE
static const struct __nolibc_fd_ops *fd_hook;

void __nolibc_fd_hook_set(const struct __nolibc_fd_ops *ops)
{
	fd_hook = ops;
}

#define HOOKED(fd)	((fd) > STDERR_FILENO && fd_hook)

ssize_t write(int fd, const void *buf, size_t count)
{
	if (HOOKED(fd))
		return fd_hook->write(fd, buf, count);
	if (fd != STDOUT_FILENO && fd != STDERR_FILENO) {
		errno = EBADF;
		return -1;
	}
	return __nolibc_cons_write(buf, count);
}

ssize_t read(int fd, void *buf, size_t count)
{
	if (HOOKED(fd))
		return fd_hook->read(fd, buf, count);
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
	if (HOOKED(fd))
		return fd_hook->close(fd);
	if (fd < 0 || fd > STDERR_FILENO) {
		errno = EBADF;
		return -1;
	}
	return 0;
}
#endif /* !CONFIG_LIBVFSCORE */
