/* SPDX-License-Identifier: BSD-3-Clause */
/* inet_* address conversions (<arpa/inet.h>) on lwIP's parsers. */
#include <arpa/inet.h>
#include <lwip/ip_addr.h>
#include <lwip/inet.h>

in_addr_t inet_addr(const char *cp)
{
	return ipaddr_addr(cp);
}

int inet_aton(const char *cp, struct in_addr *inp)
{
	ip4_addr_t a;

	if (!ip4addr_aton(cp, &a))
		return 0;
	if (inp)
		inet_addr_from_ip4addr(inp, &a);
	return 1;
}

char *inet_ntoa(struct in_addr in)
{
	ip4_addr_t a;

	inet_addr_to_ip4addr(&a, &in);
	return ip4addr_ntoa(&a);
}

const char *inet_ntop(int af, const void *src, char *dst, socklen_t size)
{
	return lwip_inet_ntop(af, src, dst, size);
}

int inet_pton(int af, const char *src, void *dst)
{
	return lwip_inet_pton(af, src, dst);
}
