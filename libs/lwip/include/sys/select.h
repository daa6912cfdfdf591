/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * select() on lwIP sockets (fd_set and FD_* are lwIP's; only socket
 * descriptors can be waited for, not the console's 0-2).
 */
#ifndef __LWIP_GLUE_SYS_SELECT_H__
#define __LWIP_GLUE_SYS_SELECT_H__

#include <sys/time.h>
#include <lwip/sockets.h>

#ifdef __cplusplus
extern "C" {
#endif

int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
	   struct timeval *timeout);

#ifdef __cplusplus
}
#endif

#endif /* __LWIP_GLUE_SYS_SELECT_H__ */
