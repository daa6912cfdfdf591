/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * For a library that owns file descriptors while no filesystem library
 * (vfscore) is built: lwIP's sockets. Without vfscore, nolibc serves
 * descriptors 0-2 (the console) itself and hands read(), write() and
 * close() of every other descriptor to the hook set here (EBADF when
 * none is set). With vfscore, vfscore owns every descriptor and this
 * hook does not exist: a library must then install its files into
 * vfscore's table instead.
 */
#ifndef __NOLIBC_FD_HOOK_H__
#define __NOLIBC_FD_HOOK_H__

#include <sys/types.h>

struct __nolibc_fd_ops {
	ssize_t (*read)(int fd, void *buf, size_t count);
	ssize_t (*write)(int fd, const void *buf, size_t count);
	int (*close)(int fd);
};

/* Set (or, with NULL, remove) the owner of descriptors 3 and up */
void __nolibc_fd_hook_set(const struct __nolibc_fd_ops *ops);

#endif /* __NOLIBC_FD_HOOK_H__ */
