/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * select() on sockets: fd_set and FD_* from <arch/fd_set.h> (Linux's
 * layout, FD_SETSIZE 1024). Only socket descriptors can be waited for;
 * any other descriptor in a set fails the call with EBADF.
 */
#ifndef __LWIP_GLUE_SYS_SELECT_H__
#define __LWIP_GLUE_SYS_SELECT_H__

#include <sys/time.h>
#include <arch/fd_set.h>
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
