/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * lwIP network interface on a uknetdev device (<netif/uknetdev.h>).
 */
#include <stdio.h>
#include <string.h>
#include <uk/alloc.h>
#include <uk/print.h>
#include <uk/sched.h>
#include <uk/thread.h>
#include <uk/semaphore.h>
#include <uk/netdev.h>
#include <lwip/opt.h>
#include <lwip/pbuf.h>
#include <lwip/netif.h>
#include <lwip/etharp.h>
#include <lwip/ethip6.h>
#include <lwip/tcpip.h>
#include <netif/ethernet.h>
#include <netif/uknetdev.h>

/* An Ethernet frame plus the driver's header */
#define RX_BUFLEN	2048
/* Frames taken before letting other threads run */
#define RX_BATCH	16
/* Yields spent waiting for room on a full transmit queue */
#define TX_RETRIES	1000

struct lwip_netdev {
	struct uk_netdev *dev;
	struct uk_alloc *a;
	struct uk_netdev_info info;
	struct uk_semaphore rx_sem;	/* ups from the rx interrupt */
	struct netif *netif;
	char thread_name[16];
};

/* What a received netbuf carries in its private area */
struct rx_priv {
	struct pbuf_custom pc;
	struct uk_netbuf *m;
};

static void rx_pbuf_free(struct pbuf *p)
{
	struct rx_priv *rp = (struct rx_priv *)p;

	uk_netbuf_free(rp->m);
}

static __u16 alloc_rxpkts(void *argp, struct uk_netbuf *pkts[], __u16 count)
{
	struct lwip_netdev *ln = argp;
	struct rx_priv *rp;
	__u16 i;

	for (i = 0; i < count; i++) {
		pkts[i] = uk_netbuf_alloc_buf(ln->a, RX_BUFLEN,
					      ln->info.ioalign,
					      ln->info.nb_encap_rx,
					      sizeof(struct rx_priv), __NULL);
		if (!pkts[i])
			break;
		rp = uk_netbuf_get_priv(pkts[i]);
		rp->m = pkts[i];
	}
	return i;
}

static void rx_deliver(struct lwip_netdev *ln, struct uk_netbuf *m)
{
	struct rx_priv *rp = uk_netbuf_get_priv(m);
	struct pbuf *p;

	rp->pc.custom_free_function = rx_pbuf_free;
	p = pbuf_alloced_custom(PBUF_RAW, m->len, PBUF_REF, &rp->pc, m->data,
				m->len);
	if (!p) {
		uk_netbuf_free(m);
		return;
	}
	/* On failure (stack's mailbox full) the frame is dropped */
	if (ln->netif->input(p, ln->netif) != ERR_OK)
		pbuf_free(p);
}

/* Take every waiting frame; returns when the queue is empty */
static void rx_drain(struct lwip_netdev *ln)
{
	struct uk_netbuf *m;
	unsigned int n = 0;
	int status;

	for (;;) {
		status = uk_netdev_rx_one(ln->dev, 0, &m);
		if (status < 0) {
			uk_pr_err("lwip: receive error %d\n", status);
			return;
		}
		if (!uk_netdev_status_successful(status))
			return;
		if (m)
			rx_deliver(ln, m);
		if (++n % RX_BATCH == 0)
			uk_sched_yield();
	}
}

static void rx_thread(void *arg)
{
	struct lwip_netdev *ln = arg;

	for (;;) {
		rx_drain(ln);
#if CONFIG_LWIP_UKNETDEV_POLLONLY
		uk_sched_yield();
#else
		/*
		 * Re-arm the interrupt (a driver may have left it off after
		 * an error or a refill shortage); frames that came meanwhile
		 * raise no interrupt, so take them first.
		 */
		if (uk_netdev_rxq_intr_enable(ln->dev, 0) > 0) {
			uk_sched_yield();
			continue;
		}
		uk_semaphore_down(&ln->rx_sem);
#endif
	}
}

static void rx_event(struct uk_netdev *dev __unused, __u16 queue_id __unused,
		     void *argp)
{
	struct lwip_netdev *ln = argp;

	uk_semaphore_up(&ln->rx_sem);
}

static err_t uknetdev_output(struct netif *nf, struct pbuf *p)
{
	struct lwip_netdev *ln = nf->state;
	struct uk_netbuf *m;
	unsigned int tries = 0;
	int status;

	m = uk_netbuf_alloc_buf(ln->a, ln->info.nb_encap_tx + p->tot_len,
				sizeof(void *), ln->info.nb_encap_tx, 0,
				__NULL);
	if (!m)
		return ERR_MEM;	/* the stack retransmits */
	m->len = pbuf_copy_partial(p, m->data, p->tot_len, 0);

	while ((status = uk_netdev_tx_one(ln->dev, 0, m)) == 0) {
		if (++tries > TX_RETRIES)
			break;
		uk_sched_yield();
	}
	if (!uk_netdev_status_successful(status)) {
		uk_netbuf_free(m);
		return status < 0 ? ERR_IF : ERR_MEM;
	}
	return ERR_OK;
}

static int uknetdev_bringup(struct lwip_netdev *ln)
{
	struct uk_netdev_conf conf = { .nb_rx_queues = 1,
				       .nb_tx_queues = 1 };
	struct uk_netdev_rxqueue_conf rxconf = { 0 };
	struct uk_netdev_txqueue_conf txconf = { 0 };
	int rc;

	uk_netdev_info_get(ln->dev, &ln->info);
	if (!ln->info.ioalign)
		ln->info.ioalign = sizeof(void *);
	rc = uk_netdev_configure(ln->dev, &conf);
	if (rc < 0)
		return rc;
	rxconf.a = ln->a;
	rxconf.alloc_rxpkts = alloc_rxpkts;
	rxconf.alloc_rxpkts_argp = ln;
#if !CONFIG_LWIP_UKNETDEV_POLLONLY
	rxconf.callback = rx_event;
	rxconf.callback_cookie = ln;
#endif
	rc = uk_netdev_rxq_configure(ln->dev, 0, CONFIG_LWIP_NETDEV_RX_DESC,
				     &rxconf);
	if (rc < 0)
		return rc;
	txconf.a = ln->a;
	rc = uk_netdev_txq_configure(ln->dev, 0, 0, &txconf);
	if (rc < 0)
		return rc;
	rc = uk_netdev_start(ln->dev);
	if (rc < 0)
		return rc;
#if !CONFIG_LWIP_UKNETDEV_POLLONLY
	rc = uk_netdev_rxq_intr_enable(ln->dev, 0);
	if (rc < 0) {
		uk_pr_err("lwip: netdev%u has no receive interrupts (%d): "
			  "choose the polling receive mode\n",
			  uk_netdev_id_get(ln->dev), rc);
		return rc;
	}
	if (rc > 0)
		uk_semaphore_up(&ln->rx_sem);
#endif
	return 0;
}

err_t uknetdev_init(struct netif *nf)
{
	struct uk_netdev *dev = nf->state;
	const struct uk_hwaddr *hw;
	struct lwip_netdev *ln;
	struct uk_thread *t;
	int rc;

	LWIP_ASSERT("no uknetdev device", dev);
	ln = mem_calloc(1, sizeof(*ln));
	if (!ln)
		return ERR_MEM;
	ln->dev = dev;
	ln->a = uk_alloc_get_default();
	ln->netif = nf;
	uk_semaphore_init(&ln->rx_sem, 0);

	rc = uknetdev_bringup(ln);
	if (rc < 0) {
		uk_pr_err("lwip: cannot bring up netdev%u: %d\n",
			  uk_netdev_id_get(dev), rc);
		mem_free(ln);
		return ERR_IF;
	}

	nf->state = ln;
	nf->name[0] = 'e';
	nf->name[1] = 'n';
	nf->linkoutput = uknetdev_output;
#if LWIP_IPV4
	nf->output = etharp_output;
#endif
#if LWIP_IPV6
	nf->output_ip6 = ethip6_output;
#endif
	hw = uk_netdev_hwaddr_get(dev);
	if (hw) {
		nf->hwaddr_len = ETH_HWADDR_LEN;
		memcpy(nf->hwaddr, hw->addr_bytes, ETH_HWADDR_LEN);
	}
	nf->mtu = uk_netdev_mtu_get(dev);
	nf->flags = NETIF_FLAG_BROADCAST | NETIF_FLAG_ETHARP
		| NETIF_FLAG_ETHERNET | NETIF_FLAG_IGMP | NETIF_FLAG_MLD6;

	snprintf(ln->thread_name, sizeof(ln->thread_name), "lwip-rx%u",
		 uk_netdev_id_get(dev));
	t = uk_thread_create(ln->thread_name, rx_thread, ln);
	if (!t) {
		uk_pr_err("lwip: cannot create the receive thread\n");
		return ERR_MEM;
	}
	return ERR_OK;
}
