/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Internet addresses (struct sockaddr_in, in_addr, IPPROTO_*,
 * INADDR_*) and byte order helpers (htons, ntohl, ...), from lwIP.
 */
#ifndef __LWIP_GLUE_NETINET_IN_H__
#define __LWIP_GLUE_NETINET_IN_H__

#include <lwip/sockets.h>
#include <lwip/inet.h>
#include <lwip/def.h>

#endif /* __LWIP_GLUE_NETINET_IN_H__ */
