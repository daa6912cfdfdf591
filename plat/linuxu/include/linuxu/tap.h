/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the tap driver needs from Linux: open flags, fcntl commands, the
 * TUNSETIFF request with its struct ifreq layout, and writev.
 */
#ifndef __LINUXU_TAP_H__
#define __LINUXU_TAP_H__

#include <uk/essentials.h>
#include <linuxu/syscall.h>

#define LINUXU_O_RDWR		02
#define LINUXU_O_NONBLOCK	04000
#define LINUXU_O_ASYNC		020000
#define LINUXU_O_CLOEXEC	02000000

#define LINUXU_F_SETFL		4
#define LINUXU_F_SETOWN		8

#define LINUXU_IFNAMSIZ		16
#define LINUXU_IFF_TAP		0x0002
#define LINUXU_IFF_NO_PI	0x1000
#define LINUXU_TUNSETIFF	0x400454caUL

struct linuxu_ifreq {
	char name[LINUXU_IFNAMSIZ];
	short flags;
	char pad[22];
};

struct linuxu_iovec {
	void *base;
	__sz len;
};

static inline long sys_writev(int fd, const struct linuxu_iovec *iov,
			      int n)
{
	return linuxu_syscall3(__LNR_writev, fd, iov, n);
}

#endif /* __LINUXU_TAP_H__ */
