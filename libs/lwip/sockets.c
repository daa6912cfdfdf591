/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The POSIX socket functions on lwIP's socket layer. lwIP numbers its
 * sockets from LWIP_SOCKET_OFFSET (3), so its descriptors are ours:
 * each call forwards to lwip_*(), which sets errno. read(), write() and
 * close() reach sockets through nolibc's descriptor hook.
 *
 * With a filesystem library (vfscore) the descriptor table is vfscore's
 * and sockets would have to be installed there as vfs files (a socket
 * vnode whose read/write/close/poll call lwip_*). That is not written
 * yet, so the combination is refused at build time.
 */
#include <uk/config.h>

#if CONFIG_LIBVFSCORE
#error "lwIP sockets inside vfscore's descriptor table are not implemented: build lwIP with CONFIG_LWIP_SOCKET=n or without vfscore"
#endif

#include <stdarg.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/select.h>
#include <poll.h>
#include <uk/init.h>
#include <nolibc/fd_hook.h>
#include <lwip/sockets.h>

int socket(int domain, int type, int protocol)
{
	return lwip_socket(domain, type, protocol);
}

int bind(int s, const struct sockaddr *name, socklen_t namelen)
{
	return lwip_bind(s, name, namelen);
}

int listen(int s, int backlog)
{
	return lwip_listen(s, backlog);
}

int accept(int s, struct sockaddr *addr, socklen_t *addrlen)
{
	return lwip_accept(s, addr, addrlen);
}

int connect(int s, const struct sockaddr *name, socklen_t namelen)
{
	return lwip_connect(s, name, namelen);
}

int shutdown(int s, int how)
{
	return lwip_shutdown(s, how);
}

ssize_t send(int s, const void *data, size_t size, int flags)
{
	return lwip_send(s, data, size, flags);
}

ssize_t sendto(int s, const void *data, size_t size, int flags,
	       const struct sockaddr *to, socklen_t tolen)
{
	return lwip_sendto(s, data, size, flags, to, tolen);
}

ssize_t sendmsg(int s, const struct msghdr *msg, int flags)
{
	return lwip_sendmsg(s, msg, flags);
}

ssize_t recv(int s, void *mem, size_t len, int flags)
{
	return lwip_recv(s, mem, len, flags);
}

ssize_t recvfrom(int s, void *mem, size_t len, int flags,
		 struct sockaddr *from, socklen_t *fromlen)
{
	return lwip_recvfrom(s, mem, len, flags, from, fromlen);
}

ssize_t recvmsg(int s, struct msghdr *msg, int flags)
{
	return lwip_recvmsg(s, msg, flags);
}

int getsockopt(int s, int level, int optname, void *optval,
	       socklen_t *optlen)
{
	return lwip_getsockopt(s, level, optname, optval, optlen);
}

int setsockopt(int s, int level, int optname, const void *optval,
	       socklen_t optlen)
{
	return lwip_setsockopt(s, level, optname, optval, optlen);
}

int getpeername(int s, struct sockaddr *name, socklen_t *namelen)
{
	return lwip_getpeername(s, name, namelen);
}

int getsockname(int s, struct sockaddr *name, socklen_t *namelen)
{
	return lwip_getsockname(s, name, namelen);
}

int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
	   struct timeval *timeout)
{
	return lwip_select(nfds, readfds, writefds, exceptfds, timeout);
}

int poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
	return lwip_poll(fds, nfds, timeout);
}

/* Only socket descriptors exist besides the console: O_NONBLOCK etc. */
int fcntl(int fd, int cmd, ...)
{
	va_list ap;
	int arg;

	va_start(ap, cmd);
	arg = va_arg(ap, int);
	va_end(ap);
	return lwip_fcntl(fd, cmd, arg);
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
