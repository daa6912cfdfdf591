/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * poll() on lwIP sockets (struct pollfd and POLL* are lwIP's; a
 * descriptor that is not a socket reports POLLNVAL).
 */
#ifndef __LWIP_GLUE_POLL_H__
#define __LWIP_GLUE_POLL_H__

#include <lwip/sockets.h>

#ifdef __cplusplus
extern "C" {
#endif

int poll(struct pollfd *fds, nfds_t nfds, int timeout);

#ifdef __cplusplus
}
#endif

#endif /* __LWIP_GLUE_POLL_H__ */
