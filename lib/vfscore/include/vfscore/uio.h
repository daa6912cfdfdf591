/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * A scatter/gather transfer between a caller's buffers and a file, as
 * filesystems see it in vop_read/vop_write. uio_offset is the file
 * position, uio_resid the bytes still to move; vfscore_uiomove() copies
 * between a filesystem buffer and the iovecs and advances all three
 * (iov, offset, resid). It returns 0 (it cannot fail).
 */
#ifndef __VFSCORE_UIO_H__
#define __VFSCORE_UIO_H__

#include <sys/types.h>
#include <sys/uio.h>

enum uio_rw { UIO_READ, UIO_WRITE };

struct uio {
	struct iovec *uio_iov;
	int uio_iovcnt;
	off_t uio_offset;
	ssize_t uio_resid;
	enum uio_rw uio_rw;
};

int vfscore_uiomove(void *cp, size_t n, struct uio *uio);

#endif /* __VFSCORE_UIO_H__ */
