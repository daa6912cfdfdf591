/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Name resolution through lwIP's DNS client: getaddrinfo/freeaddrinfo
 * (numeric addresses and names; one address per answer, as lwIP
 * returns), gethostbyname(_r), gai_strerror. Declared only with
 * CONFIG_LWIP_DNS.
 */
#ifndef __LWIP_GLUE_NETDB_H__
#define __LWIP_GLUE_NETDB_H__

#include <sys/socket.h>
#include <lwip/netdb.h>

#if LWIP_DNS
#ifdef __cplusplus
extern "C" {
#endif

int getaddrinfo(const char *nodename, const char *servname,
		const struct addrinfo *hints, struct addrinfo **res);
void freeaddrinfo(struct addrinfo *ai);
const char *gai_strerror(int errcode);
struct hostent *gethostbyname(const char *name);
int gethostbyname_r(const char *name, struct hostent *ret, char *buf,
		    size_t buflen, struct hostent **result, int *h_errnop);

#ifdef __cplusplus
}
#endif
#endif /* LWIP_DNS */

#endif /* __LWIP_GLUE_NETDB_H__ */
