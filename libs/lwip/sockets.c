/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The POSIX socket functions on lwIP's socket layer. Each call finds the
 * lwIP socket of its descriptor (sockfd.h: the same number without a
 * filesystem library, a vfscore file with one), calls lwip_*(), which
 * sets errno, and lets the descriptor go. poll() and select() translate
 * descriptor numbers both ways.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/select.h>
#include <poll.h>
#include <lwip/sockets.h>
#include "sockfd.h"

/* Run `call` (an expression using lfd) on the socket of fd */
#define ON_SOCKET(fd, type, call)					\
	({								\
		struct sock_ref __ref;					\
		type __ret = -1;					\
		if (sock_get((fd), &__ref) == 0) {			\
			int lfd = __ref.lfd;				\
			__ret = (call);					\
			sock_put(&__ref);				\
		}							\
		__ret;							\
	})

int socket(int domain, int type, int protocol)
{
	int lfd = lwip_socket(domain, type, protocol);

	return lfd < 0 ? -1 : sock_install(lfd);
}

int accept(int s, struct sockaddr *addr, socklen_t *addrlen)
{
	int lfd = ON_SOCKET(s, int, lwip_accept(lfd, addr, addrlen));

	return lfd < 0 ? -1 : sock_install(lfd);
}

int bind(int s, const struct sockaddr *name, socklen_t namelen)
{
	return ON_SOCKET(s, int, lwip_bind(lfd, name, namelen));
}

int listen(int s, int backlog)
{
	return ON_SOCKET(s, int, lwip_listen(lfd, backlog));
}

int connect(int s, const struct sockaddr *name, socklen_t namelen)
{
	return ON_SOCKET(s, int, lwip_connect(lfd, name, namelen));
}

int shutdown(int s, int how)
{
	return ON_SOCKET(s, int, lwip_shutdown(lfd, how));
}

ssize_t send(int s, const void *data, size_t size, int flags)
{
	return ON_SOCKET(s, ssize_t, lwip_send(lfd, data, size, flags));
}

ssize_t sendto(int s, const void *data, size_t size, int flags,
	       const struct sockaddr *to, socklen_t tolen)
{
	return ON_SOCKET(s, ssize_t,
			 lwip_sendto(lfd, data, size, flags, to, tolen));
}

ssize_t sendmsg(int s, const struct msghdr *msg, int flags)
{
	return ON_SOCKET(s, ssize_t, lwip_sendmsg(lfd, msg, flags));
}

ssize_t recv(int s, void *mem, size_t len, int flags)
{
	return ON_SOCKET(s, ssize_t, lwip_recv(lfd, mem, len, flags));
}

ssize_t recvfrom(int s, void *mem, size_t len, int flags,
		 struct sockaddr *from, socklen_t *fromlen)
{
	return ON_SOCKET(s, ssize_t,
			 lwip_recvfrom(lfd, mem, len, flags, from, fromlen));
}

ssize_t recvmsg(int s, struct msghdr *msg, int flags)
{
	return ON_SOCKET(s, ssize_t, lwip_recvmsg(lfd, msg, flags));
}

int getsockopt(int s, int level, int optname, void *optval,
	       socklen_t *optlen)
{
	return ON_SOCKET(s, int,
			 lwip_getsockopt(lfd, level, optname, optval, optlen));
}

int setsockopt(int s, int level, int optname, const void *optval,
	       socklen_t optlen)
{
	return ON_SOCKET(s, int,
			 lwip_setsockopt(lfd, level, optname, optval, optlen));
}

int getpeername(int s, struct sockaddr *name, socklen_t *namelen)
{
	return ON_SOCKET(s, int, lwip_getpeername(lfd, name, namelen));
}

int getsockname(int s, struct sockaddr *name, socklen_t *namelen)
{
	return ON_SOCKET(s, int, lwip_getsockname(lfd, name, namelen));
}

/* Descriptors of a call to poll/select, held while it waits */
static struct sock_ref *refs_alloc(size_t n, struct sock_ref *local,
				   size_t nlocal)
{
	struct sock_ref *refs = n <= nlocal ? local : calloc(n, sizeof(*refs));
	size_t i;

	if (!refs) {
		errno = ENOMEM;
		return __NULL;
	}
	for (i = 0; i < n; i++)
		refs[i].lfd = -1;
	return refs;
}

static void refs_free(struct sock_ref *refs, size_t n,
		      struct sock_ref *local)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (refs[i].lfd >= 0)
			sock_put(&refs[i]);
	if (refs != local)
		free(refs);
}

int poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
	struct sock_ref local[16], *refs;
	struct pollfd llocal[16], *lfds;
	int nval = 0, ret = -1;
	nfds_t i;

	refs = refs_alloc(nfds, local, ARRAY_SIZE(local));
	lfds = nfds <= ARRAY_SIZE(llocal) ? llocal
					  : calloc(nfds, sizeof(*lfds));
	if (!refs || !lfds) {
		errno = ENOMEM;
		goto out;
	}
	for (i = 0; i < nfds; i++) {
		lfds[i].fd = -1;
		lfds[i].events = fds[i].events;
		lfds[i].revents = 0;
		if (fds[i].fd < 0)
			continue;
		if (sock_get(fds[i].fd, &refs[i]) == 0)
			lfds[i].fd = refs[i].lfd;
		else
			nval++;	/* not a socket: POLLNVAL, do not wait */
	}
	ret = lwip_poll(lfds, nfds, nval ? 0 : timeout);
	if (ret < 0)
		goto out;
	for (i = 0; i < nfds; i++) {
		fds[i].revents = lfds[i].revents;
		if (fds[i].fd >= 0 && lfds[i].fd < 0)
			fds[i].revents = POLLNVAL;
	}
	ret += nval;
out:
	if (refs)
		refs_free(refs, nfds, local);
	if (lfds && lfds != llocal)
		free(lfds);
	return ret;
}

/* Whether fd is in any of the three sets */
static int in_sets(int fd, fd_set *r, fd_set *w, fd_set *e)
{
	return (r && FD_ISSET(fd, r)) || (w && FD_ISSET(fd, w)) ||
		(e && FD_ISSET(fd, e));
}

/* Copy fd's bit of `from` to lfd's bit of `to`, or back */
static void move_bit(fd_set *from, int a, fd_set *to, int b)
{
	if (from && to && FD_ISSET(a, from))
		FD_SET(b, to);
}

int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
	   struct timeval *timeout)
{
	struct sock_ref local[32], *refs;
	fd_set lr, lw, le;
	int fd, maxl = 0, ret = -1;

	if (nfds < 0 || nfds > FD_SETSIZE) {
		errno = EINVAL;
		return -1;
	}
	refs = refs_alloc((size_t)nfds, local, ARRAY_SIZE(local));
	if (!refs)
		return -1;
	FD_ZERO(&lr);
	FD_ZERO(&lw);
	FD_ZERO(&le);
	for (fd = 0; fd < nfds; fd++) {
		if (!in_sets(fd, readfds, writefds, exceptfds))
			continue;
		if (sock_get(fd, &refs[fd]) < 0) {
			refs[fd].lfd = -1;
			errno = EBADF;
			goto out;
		}
		move_bit(readfds, fd, &lr, refs[fd].lfd);
		move_bit(writefds, fd, &lw, refs[fd].lfd);
		move_bit(exceptfds, fd, &le, refs[fd].lfd);
		if (refs[fd].lfd >= maxl)
			maxl = refs[fd].lfd + 1;
	}
	ret = lwip_select(maxl, readfds ? &lr : __NULL,
			  writefds ? &lw : __NULL, exceptfds ? &le : __NULL,
			  timeout);
	if (ret < 0)
		goto out;
	/* Back to the caller's numbers; count bits, as POSIX says */
	ret = 0;
	for (fd = 0; fd < nfds; fd++) {
		int l = refs[fd].lfd;

		if (l < 0)
			continue;
		if (readfds)
			FD_CLR(fd, readfds);
		if (writefds)
			FD_CLR(fd, writefds);
		if (exceptfds)
			FD_CLR(fd, exceptfds);
		move_bit(&lr, l, readfds, fd);
		move_bit(&lw, l, writefds, fd);
		move_bit(&le, l, exceptfds, fd);
		ret += (readfds && FD_ISSET(fd, readfds))
			+ (writefds && FD_ISSET(fd, writefds))
			+ (exceptfds && FD_ISSET(fd, exceptfds));
	}
out:
	refs_free(refs, (size_t)nfds, local);
	return ret;
}
