/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Boot parameters with the first device's IPv4 configuration:
 *   netdev.ipv4_addr=172.44.0.2 netdev.ipv4_gw_addr=172.44.0.1
 *   netdev.ipv4_subnet_mask=255.255.255.0 --
 * Stacks read them through uk_netdev_einfo_get(); when none is given they
 * are free to configure the device otherwise (lwIP: DHCP).
 */
#include <stddef.h>
#include <uk/libparam.h>
#include <uk/print.h>
#include "einfo.h"

static char *ipv4_addr;
static char *ipv4_gw_addr;
static char *ipv4_subnet_mask;
static char *ipv4_dns0;
static char *ipv4_dns1;

UK_LIB_PARAM_STR(ipv4_addr);
UK_LIB_PARAM_STR(ipv4_gw_addr);
UK_LIB_PARAM_STR(ipv4_subnet_mask);
UK_LIB_PARAM_STR(ipv4_dns0);
UK_LIB_PARAM_STR(ipv4_dns1);

/* Dotted quad to a network-order integer; 0 on success */
static int parse_ipv4(const char *s, __u32 *out)
{
	unsigned int part = 0, n = 0, digits = 0;
	__u8 b[4];

	for (;; s++) {
		if (*s >= '0' && *s <= '9') {
			part = part * 10 + (unsigned int)(*s - '0');
			if (part > 255 || ++digits > 3)
				return -1;
			continue;
		}
		if ((*s != '.' && *s != '\0') || !digits || n == 4)
			return -1;
		b[n++] = (__u8)part;
		part = digits = 0;
		if (*s == '\0')
			break;
	}
	if (n != 4)
		return -1;
	*out = (__u32)b[0] | (__u32)b[1] << 8 | (__u32)b[2] << 16
		| (__u32)b[3] << 24;
	return 0;
}

static const void *as_nint(const char *name, const char *s, __u32 *store)
{
	if (!s)
		return NULL;
	if (parse_ipv4(s, store) < 0) {
		uk_pr_err("netdev.%s=%s is not an IPv4 address: ignored\n",
			  name, s);
		return NULL;
	}
	return store;
}

const void *_uk_netdev_param_einfo(enum uk_netdev_einfo_type type)
{
	static __u32 nint[5];

	switch (type) {
	case UK_NETDEV_IPV4_ADDR_STR:
		return ipv4_addr;
	case UK_NETDEV_IPV4_MASK_STR:
		return ipv4_subnet_mask;
	case UK_NETDEV_IPV4_GW_STR:
		return ipv4_gw_addr;
	case UK_NETDEV_IPV4_DNS0_STR:
		return ipv4_dns0;
	case UK_NETDEV_IPV4_DNS1_STR:
		return ipv4_dns1;
	case UK_NETDEV_IPV4_ADDR_NINT16:
		return as_nint("ipv4_addr", ipv4_addr, &nint[0]);
	case UK_NETDEV_IPV4_MASK_NINT16:
		return as_nint("ipv4_subnet_mask", ipv4_subnet_mask, &nint[1]);
	case UK_NETDEV_IPV4_GW_NINT16:
		return as_nint("ipv4_gw_addr", ipv4_gw_addr, &nint[2]);
	case UK_NETDEV_IPV4_DNS0_NINT16:
		return as_nint("ipv4_dns0", ipv4_dns0, &nint[3]);
	case UK_NETDEV_IPV4_DNS1_NINT16:
		return as_nint("ipv4_dns1", ipv4_dns1, &nint[4]);
	}
	return NULL;
}
