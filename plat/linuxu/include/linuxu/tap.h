/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * What the tap driver needs from Linux beyond <linuxu/syscall.h>: the
 * TUNSETIFF request with its struct ifreq layout.
 */
#ifndef __LINUXU_TAP_H__
#define __LINUXU_TAP_H__

#include <uk/essentials.h>
#include <linuxu/syscall.h>

#define LINUXU_IFNAMSIZ		16
#define LINUXU_IFF_TAP		0x0002
#define LINUXU_IFF_NO_PI	0x1000
#define LINUXU_TUNSETIFF	0x400454caUL

struct linuxu_ifreq {
	char name[LINUXU_IFNAMSIZ];
	short flags;
	char pad[22];
};

#endif /* __LINUXU_TAP_H__ */
