/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * fd_set for select(): a plain bitmap of FD_SETSIZE descriptors, as on
 * Linux. lwIP's own fd_set only covers its socket numbers; ours also
 * covers the descriptors of a filesystem library (vfscore), whose
 * numbers select() translates to lwIP's. Seen by lwIP's sources and by
 * applications alike (included from arch/cc.h and <sys/select.h>).
 */
#ifndef __LWIP_ARCH_FD_SET_H__
#define __LWIP_ARCH_FD_SET_H__

#include <string.h>

#ifndef FD_SET
#define FD_SETSIZE	1024
#define __FD_BITS	(8 * sizeof(unsigned long))

typedef struct {
	unsigned long fds_bits[FD_SETSIZE / __FD_BITS];
} fd_set;

#define __FD_OK(n)	((unsigned int)(n) < FD_SETSIZE)
#define FD_SET(n, p)							\
	((void)(__FD_OK(n) && ((p)->fds_bits[(n) / __FD_BITS] |=	\
			       1UL << ((n) % __FD_BITS))))
#define FD_CLR(n, p)							\
	((void)(__FD_OK(n) && ((p)->fds_bits[(n) / __FD_BITS] &=	\
			       ~(1UL << ((n) % __FD_BITS)))))
#define FD_ISSET(n, p)							\
	(__FD_OK(n) &&							\
	 !!((p)->fds_bits[(n) / __FD_BITS] & (1UL << ((n) % __FD_BITS))))
#define FD_ZERO(p)	memset((p), 0, sizeof(*(p)))
#endif

#endif /* __LWIP_ARCH_FD_SET_H__ */
