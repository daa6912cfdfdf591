/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * POSIX sockets on lwIP: the types and constants are lwIP's
 * (<lwip/sockets.h>), the functions are the glue's (sockets.c), which
 * forward to lwip_*(). read(), write() and close() work on socket
 * descriptors too. Without a filesystem library they are lwIP's numbers
 * (from 3); with vfscore they are vfscore descriptors like files'.
 */
#ifndef __LWIP_GLUE_SYS_SOCKET_H__
#define __LWIP_GLUE_SYS_SOCKET_H__

#include <sys/types.h>
#include <sys/uio.h>
#include <lwip/sockets.h>

#ifdef __cplusplus
extern "C" {
#endif

int socket(int domain, int type, int protocol);
int bind(int s, const struct sockaddr *name, socklen_t namelen);
int listen(int s, int backlog);
int accept(int s, struct sockaddr *addr, socklen_t *addrlen);
int connect(int s, const struct sockaddr *name, socklen_t namelen);
int shutdown(int s, int how);
ssize_t send(int s, const void *data, size_t size, int flags);
ssize_t sendto(int s, const void *data, size_t size, int flags,
	       const struct sockaddr *to, socklen_t tolen);
ssize_t sendmsg(int s, const struct msghdr *msg, int flags);
ssize_t recv(int s, void *mem, size_t len, int flags);
ssize_t recvfrom(int s, void *mem, size_t len, int flags,
		 struct sockaddr *from, socklen_t *fromlen);
ssize_t recvmsg(int s, struct msghdr *msg, int flags);
int getsockopt(int s, int level, int optname, void *optval,
	       socklen_t *optlen);
int setsockopt(int s, int level, int optname, const void *optval,
	       socklen_t optlen);
int getpeername(int s, struct sockaddr *name, socklen_t *namelen);
int getsockname(int s, struct sockaddr *name, socklen_t *namelen);

#ifdef __cplusplus
}
#endif

#endif /* __LWIP_GLUE_SYS_SOCKET_H__ */
