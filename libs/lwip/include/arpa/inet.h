/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Address conversions: inet_addr, inet_aton, inet_ntoa (IPv4, the last
 * one with a static buffer), inet_ntop and inet_pton (AF_INET and, with
 * IPv6 enabled, AF_INET6). Implemented on lwIP's parsers in inet.c.
 */
#ifndef __LWIP_GLUE_ARPA_INET_H__
#define __LWIP_GLUE_ARPA_INET_H__

#include <netinet/in.h>

#ifdef __cplusplus
extern "C" {
#endif

in_addr_t inet_addr(const char *cp);
int inet_aton(const char *cp, struct in_addr *inp);
char *inet_ntoa(struct in_addr in);
const char *inet_ntop(int af, const void *src, char *dst, socklen_t size);
int inet_pton(int af, const char *src, void *dst);

#ifdef __cplusplus
}
#endif

#endif /* __LWIP_GLUE_ARPA_INET_H__ */
