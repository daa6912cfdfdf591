/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internal: how POSIX descriptors map to lwIP sockets.
 *
 * Without a filesystem library lwIP's socket numbers are the descriptors
 * (sockfd_nolibc.c). With vfscore every socket is a vfscore file whose
 * vnode holds the lwIP socket (sockfd_vfscore.c), so sockets share
 * vfscore's table with files, dup() and close() work on them, and
 * read/write/ioctl/fstat go through vfscore.
 *
 *   sock_get(fd, &ref)   the lwIP socket of fd in ref.lfd (0), or -1
 *                        with errno EBADF/ENOTSOCK; holds fd's file
 *                        until sock_put(&ref). Also applies the file's
 *                        O_NONBLOCK to the lwIP socket.
 *   sock_install(lfd)    a descriptor for a new lwIP socket, or -1 with
 *                        errno set (lfd is closed then)
 */
#ifndef __LWIP_GLUE_SOCKFD_H__
#define __LWIP_GLUE_SOCKFD_H__

struct vfscore_file;

struct sock_ref {
	int lfd;
	struct vfscore_file *fp;
};

int sock_get(int fd, struct sock_ref *ref);
void sock_put(struct sock_ref *ref);
int sock_install(int lfd);

#endif /* __LWIP_GLUE_SOCKFD_H__ */
