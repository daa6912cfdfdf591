/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Bring lwIP up at boot (library init level, after the buses have found
 * the devices): start the stack's thread, add one interface per uknetdev
 * device, give the first one its address from the netdev.* boot
 * parameters or start DHCP, and print each address as it is set.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <uk/init.h>
#include <uk/print.h>
#include <uk/netdev.h>
#include <uk/semaphore.h>
#include <uk/sched.h>
#include <uk/plat/time.h>
#include <lwip/opt.h>
#include <lwip/tcpip.h>
#include <lwip/netif.h>
#include <lwip/dhcp.h>
#include <lwip/dns.h>
#include <lwip/ip_addr.h>
#include <netif/uknetdev.h>

/* How long boot waits for a DHCP answer before main() runs anyway */
#define DHCP_WAIT_NS	(5ULL * 1000000000ULL)

static struct uk_semaphore tcpip_ready;

static void tcpip_started(void *arg __unused)
{
	uk_semaphore_up(&tcpip_ready);
}

#if LWIP_IPV4
static void netif_status(struct netif *nf)
{
	char ip[IP4ADDR_STRLEN_MAX], mask[IP4ADDR_STRLEN_MAX];
	char gw[IP4ADDR_STRLEN_MAX];

	/* Called for IPv6 changes too: print each IPv4 address once */
	static u32_t printed[8];

	if (!netif_is_up(nf) || ip4_addr_isany_val(*netif_ip4_addr(nf)))
		return;
	if (nf->num < ARRAY_SIZE(printed)) {
		if (printed[nf->num] == ip4_addr_get_u32(netif_ip4_addr(nf)))
			return;
		printed[nf->num] = ip4_addr_get_u32(netif_ip4_addr(nf));
	}
	ip4addr_ntoa_r(netif_ip4_addr(nf), ip, sizeof(ip));
	ip4addr_ntoa_r(netif_ip4_netmask(nf), mask, sizeof(mask));
	ip4addr_ntoa_r(netif_ip4_gw(nf), gw, sizeof(gw));
	printf("%c%c%u: IPv4 %s netmask %s gateway %s%s\n", nf->name[0],
	       nf->name[1], nf->num, ip, mask, gw,
#if LWIP_DHCP
	       dhcp_supplied_address(nf) ? " (DHCP)" :
#endif
	       " (static)");
}

/* The first device's static address, if the command line gave one */
static int static_ipv4(struct uk_netdev *dev, ip4_addr_t *ip,
		       ip4_addr_t *mask, ip4_addr_t *gw)
{
	const char *s;

	s = uk_netdev_einfo_get(dev, UK_NETDEV_IPV4_ADDR_STR);
	if (!s)
		return 0;
	if (!ip4addr_aton(s, ip)) {
		uk_pr_err("lwip: netdev.ipv4_addr=%s is not an address\n", s);
		return 0;
	}
	s = uk_netdev_einfo_get(dev, UK_NETDEV_IPV4_MASK_STR);
	if (!s || !ip4addr_aton(s, mask)) {
		/* class C by default, as most examples use */
		IP4_ADDR(mask, 255, 255, 255, 0);
	}
	s = uk_netdev_einfo_get(dev, UK_NETDEV_IPV4_GW_STR);
	if (!s || !ip4addr_aton(s, gw))
		ip4_addr_set_zero(gw);
	return 1;
}

#if LWIP_DNS
static void dns_from_params(struct uk_netdev *dev)
{
	const char *s;
	ip_addr_t a;
	u8_t i;

	for (i = 0; i < 2; i++) {
		s = uk_netdev_einfo_get(dev, i ? UK_NETDEV_IPV4_DNS1_STR
					       : UK_NETDEV_IPV4_DNS0_STR);
		if (s && ipaddr_aton(s, &a))
			dns_setserver(i, &a);
	}
}
#endif
#endif /* LWIP_IPV4 */

static int add_netif(struct uk_netdev *dev, int *dhcp_started)
{
	struct netif *nf;
	ip4_addr_t ip, mask, gw;
	int have_static = 0;

	nf = mem_calloc(1, sizeof(*nf));
	if (!nf)
		return -ENOMEM;
	ip4_addr_set_zero(&ip);
	ip4_addr_set_zero(&mask);
	ip4_addr_set_zero(&gw);
#if LWIP_IPV4
	have_static = static_ipv4(dev, &ip, &mask, &gw);
#endif

	LOCK_TCPIP_CORE();
	if (!netif_add(nf,
#if LWIP_IPV4
		       &ip, &mask, &gw,
#endif
		       dev, uknetdev_init, tcpip_input)) {
		UNLOCK_TCPIP_CORE();
		mem_free(nf);
		return -EIO;
	}
#if LWIP_IPV4
	netif_set_status_callback(nf, netif_status);
#if LWIP_DNS
	dns_from_params(dev);
#endif
#endif
#if LWIP_IPV6
	netif_create_ip6_linklocal_address(nf, 1);
#endif
	if (!netif_default)
		netif_set_default(nf);
	netif_set_link_up(nf);
	netif_set_up(nf);
#if LWIP_DHCP
	if (!have_static) {
		if (dhcp_start(nf) == ERR_OK)
			*dhcp_started = 1;
		else
			uk_pr_err("lwip: cannot start DHCP on %c%c%u\n",
				  nf->name[0], nf->name[1], nf->num);
	}
#else
	if (!have_static)
		uk_pr_warn("lwip: %c%c%u has no address: give netdev.* "
			   "parameters or enable DHCP\n", nf->name[0],
			   nf->name[1], nf->num);
#endif
	UNLOCK_TCPIP_CORE();
	return 0;
}

#if LWIP_DHCP
/* Let boot go on once every DHCP interface has an address, or later */
static void wait_for_dhcp(void)
{
	__nsec until = ukplat_monotonic_clock() + DHCP_WAIT_NS;
	struct netif *nf;
	int waiting;

	do {
		waiting = 0;
		LOCK_TCPIP_CORE();
		NETIF_FOREACH(nf)
			if (netif_dhcp_data(nf) && !dhcp_supplied_address(nf))
				waiting = 1;
		UNLOCK_TCPIP_CORE();
		if (!waiting)
			return;
		uk_sched_thread_sleep(10000000ULL);
	} while (ukplat_monotonic_clock() < until);
	uk_pr_warn("lwip: no DHCP answer yet; continuing without an "
		   "address\n");
}
#endif

static int liblwip_init(void)
{
	unsigned int i, n = uk_netdev_count();
	int dhcp_started = 0, rc;

	uk_semaphore_init(&tcpip_ready, 0);
	tcpip_init(tcpip_started, __NULL);
	uk_semaphore_down(&tcpip_ready);

	if (!n)
		uk_pr_warn("lwip: no network device found\n");
	for (i = 0; i < n; i++) {
		rc = add_netif(uk_netdev_get(i), &dhcp_started);
		if (rc < 0)
			uk_pr_err("lwip: netdev%u not added: %d\n", i, rc);
	}
#if LWIP_DHCP
	if (dhcp_started)
		wait_for_dhcp();
#endif
	return 0;
}
uk_lib_initcall(liblwip_init);
