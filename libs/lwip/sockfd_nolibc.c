/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Socket descriptors without a filesystem library: lwIP's socket
 * numbers (from LWIP_SOCKET_OFFSET, 3) are the descriptors. nolibc
 * hands read/write/close of descriptors 3 and up to lwIP through its
 * fd hook; fcntl() and ioctl() have no other owner and are ours.
 */
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <uk/init.h>
#include <nolibc/fd_hook.h>
#include <lwip/sockets.h>
#include "sockfd.h"

int sock_get(int fd, struct sock_ref *ref)
{
	ref->lfd = fd;
	ref->fp = __NULL;
	return 0;
}

void sock_put(struct sock_ref *ref __unused)
{
}

int sock_install(int lfd)
{
	return lfd;
}

int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	int arg;

	va_start(ap, cmd);
	arg = va_arg(ap, int);
	va_end(ap);
	return lwip_fcntl(fd, cmd, arg);
}

int ioctl(int fd, unsigned long request, ...)
{
	va_list ap;
	void *arg;

	va_start(ap, request);
	arg = va_arg(ap, void *);
	va_end(ap);
	return lwip_ioctl(fd, (long)request, arg);
}

static const struct __nolibc_fd_ops socket_fd_ops = {
	.read = lwip_read,
	.write = lwip_write,
	.close = lwip_close,
};

static int socket_fd_hook_init(void)
{
	__nolibc_fd_hook_set(&socket_fd_ops);
	return 0;
}
uk_early_initcall(socket_fd_hook_init);
