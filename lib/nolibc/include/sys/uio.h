/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Vectored I/O: struct iovec and the readv/writev prototypes, which a
 * filesystem library (vfscore) implements.
 */
#ifndef __NOLIBC_SYS_UIO_H__
#define __NOLIBC_SYS_UIO_H__

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct iovec {
	void *iov_base;
	size_t iov_len;
};

ssize_t readv(int fd, const struct iovec *iov, int iovcnt);
ssize_t writev(int fd, const struct iovec *iov, int iovcnt);
ssize_t preadv(int fd, const struct iovec *iov, int iovcnt, off_t offset);
ssize_t pwritev(int fd, const struct iovec *iov, int iovcnt, off_t offset);

#ifdef __cplusplus
}
#endif

#endif /* __NOLIBC_SYS_UIO_H__ */
