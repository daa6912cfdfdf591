/* SPDX-License-Identifier: BSD-3-Clause */
/* TCP socket options (TCP_NODELAY, TCP_KEEP*), from lwIP. */
#ifndef __LWIP_GLUE_NETINET_TCP_H__
#define __LWIP_GLUE_NETINET_TCP_H__

#include <lwip/sockets.h>

#endif /* __LWIP_GLUE_NETINET_TCP_H__ */
