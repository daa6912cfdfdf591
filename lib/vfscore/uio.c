/* SPDX-License-Identifier: BSD-3-Clause */
/* Copying between a filesystem buffer and a struct uio. */
#include <string.h>
#include <uk/assert.h>
#include <vfscore/uio.h>

int vfscore_uiomove(void *cp, size_t n, struct uio *uio)
{
	char *p = cp;

	UK_ASSERT(uio->uio_rw == UIO_READ || uio->uio_rw == UIO_WRITE);
	while (n > 0 && uio->uio_resid > 0) {
		struct iovec *iov = uio->uio_iov;
		size_t cnt = iov->iov_len;

		if (cnt == 0) {
			uio->uio_iov++;
			uio->uio_iovcnt--;
			continue;
		}
		if (cnt > n)
			cnt = n;
		if (uio->uio_rw == UIO_READ)
			memcpy(iov->iov_base, p, cnt);
		else
			memcpy(p, iov->iov_base, cnt);
		iov->iov_base = (char *)iov->iov_base + cnt;
		iov->iov_len -= cnt;
		uio->uio_resid -= cnt;
		uio->uio_offset += cnt;
		p += cnt;
		n -= cnt;
	}
	return 0;
}
