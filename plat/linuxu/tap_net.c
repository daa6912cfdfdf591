/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * uknetdev driver for linuxu: one network device backed by a Linux tap
 * interface, named with the linuxu.tap=<ifname> parameter (the interface
 * must exist or the process must be allowed to create it, see
 * doc/linuxu.md). Frames are plain Ethernet (IFF_NO_PI): a read() of the
 * tap file is one received frame, a writev() one sent frame.
 *
 * Receive interrupts are SIGIO: the tap file is in O_ASYNC mode, so Linux
 * signals every frame it queues. One queue pair, no offloads.
 */
#include <stddef.h>
#include <errno.h>
#include <string.h>
#include <uk/essentials.h>
#include <uk/init.h>
#include <uk/print.h>
#include <uk/alloc.h>
#include <uk/libparam.h>
#include <uk/netdev_driver.h>
#include <uk/plat/irq.h>
#include <uk/plat/lcpu.h>
#include <linuxu/setup.h>
#include <linuxu/tap.h>

#define TAP_MTU			1500
#define TAP_MAX_FRAME		(TAP_MTU + 18)	/* Ethernet header, VLAN */
#define TAP_QUEUE_DESC		256
#define TAP_MAX_SEGS		16

static char *tap;
UK_LIB_PARAM_STR(tap);

struct uk_netdev_rx_queue {
	uk_netdev_alloc_rxpkts alloc_rxpkts;
	void *alloc_rxpkts_argp;
	struct uk_netbuf *spare;	/* the next frame is read into it */
	int intr_enabled;
	int configured;
};

struct uk_netdev_tx_queue {
	int configured;
};

struct tap_netdev {
	struct uk_netdev netdev;
	int fd;
	char ifname[LINUXU_IFNAMSIZ];
	struct uk_hwaddr hwaddr;
	struct uk_netdev_rx_queue rxq;
	struct uk_netdev_tx_queue txq;
};

static struct tap_netdev tapdev = { .fd = -1 };

static inline struct tap_netdev *to_tapdev(struct uk_netdev *dev)
{
	return __containerof(dev, struct tap_netdev, netdev);
}

/* Is a frame waiting on the tap file? */
static int tap_readable(int fd)
{
	struct linuxu_pollfd pfd = { .fd = fd, .events = LINUXU_POLLIN };
	struct linuxu_timespec now = { 0, 0 };

	return sys_ppoll(&pfd, 1, &now) > 0;
}

static int tap_rx_one(struct uk_netdev *dev, struct uk_netdev_rx_queue *q,
		      struct uk_netbuf **pkt)
{
	struct tap_netdev *t = to_tapdev(dev);
	struct uk_netbuf *m;
	long r;

	*pkt = NULL;
	if (!q->spare && !q->alloc_rxpkts(q->alloc_rxpkts_argp, &q->spare, 1))
		return tap_readable(t->fd) ? UK_NETDEV_STATUS_UNDERRUN : 0;
	m = q->spare;
	do
		r = sys_read(t->fd, m->data, uk_netbuf_tailroom(m));
	while (r == -LINUXU_EINTR);
	if (r == -LINUXU_EAGAIN)
		return 0;
	if (r < 0) {
		uk_pr_err("tap %s: read: error %ld\n", t->ifname, -r);
		return (int)r;
	}
	q->spare = NULL;
	m->len = (__u16)r;
	*pkt = m;
	return UK_NETDEV_STATUS_SUCCESS |
	       (tap_readable(t->fd) ? UK_NETDEV_STATUS_MORE : 0);
}

static int tap_tx_one(struct uk_netdev *dev,
		      struct uk_netdev_tx_queue *q __unused,
		      struct uk_netbuf *pkt)
{
	struct tap_netdev *t = to_tapdev(dev);
	struct linuxu_iovec iov[TAP_MAX_SEGS];
	struct uk_netbuf *m;
	int n = 0;
	long r;

	if (uk_netbuf_len(pkt) > TAP_MAX_FRAME)
		return -EMSGSIZE;
	UK_NETBUF_CHAIN_FOREACH(m, pkt) {
		if (n == TAP_MAX_SEGS)
			return -EINVAL;
		iov[n].base = m->data;
		iov[n].len = m->len;
		n++;
	}
	do
		r = sys_writev(t->fd, iov, n);
	while (r == -LINUXU_EINTR);
	if (r == -LINUXU_EAGAIN)
		return 0;	/* the tap queue is full: the caller retries */
	if (r < 0)
		return (int)r;
	uk_netbuf_free(pkt);
	return UK_NETDEV_STATUS_SUCCESS | UK_NETDEV_STATUS_MORE;
}

/* SIGIO: a frame was queued on the tap file */
static int tap_irq(void *arg)
{
	struct tap_netdev *t = arg;

	if (!t->rxq.intr_enabled)
		return 0;
	uk_netdev_drv_rx_event(&t->netdev, 0);
	return 1;
}

static int tap_rxq_intr_enable(struct uk_netdev *dev,
			       struct uk_netdev_rx_queue *q)
{
	q->intr_enabled = 1;
	/* Frames queued before now raised no event the stack saw */
	return tap_readable(to_tapdev(dev)->fd);
}

static int tap_rxq_intr_disable(struct uk_netdev *dev __unused,
				struct uk_netdev_rx_queue *q)
{
	q->intr_enabled = 0;
	return 0;
}

static void tap_info_get(struct uk_netdev *dev __unused,
			 struct uk_netdev_info *info)
{
	info->max_rx_queues = 1;
	info->max_tx_queues = 1;
	info->in_queue_pairs = 1;
	info->max_mtu = TAP_MTU;
	info->nb_encap_tx = 0;
	info->nb_encap_rx = 0;
	info->ioalign = sizeof(void *);
}

static int tap_configure(struct uk_netdev *dev __unused,
			 const struct uk_netdev_conf *conf)
{
	if (conf->nb_rx_queues != 1 || conf->nb_tx_queues != 1) {
		uk_pr_err("tap: exactly one rx and one tx queue supported\n");
		return -EINVAL;
	}
	return 0;
}

static int tap_q_info_get(struct uk_netdev *dev __unused, __u16 queue_id,
			  struct uk_netdev_queue_info *qinfo)
{
	if (queue_id != 0)
		return -EINVAL;
	qinfo->nb_max = TAP_QUEUE_DESC;
	qinfo->nb_min = 1;
	qinfo->nb_align = 1;
	qinfo->nb_is_power_of_two = 0;
	return 0;
}

static struct uk_netdev_rx_queue *
tap_rxq_configure(struct uk_netdev *dev, __u16 queue_id,
		  __u16 nb_desc __unused, struct uk_netdev_rxqueue_conf *conf)
{
	struct uk_netdev_rx_queue *q = &to_tapdev(dev)->rxq;

	if (queue_id != 0 || !conf->alloc_rxpkts)
		return ERR2PTR(-EINVAL);
	if (q->configured)
		return ERR2PTR(-EBUSY);
	q->alloc_rxpkts = conf->alloc_rxpkts;
	q->alloc_rxpkts_argp = conf->alloc_rxpkts_argp;
	q->configured = 1;
	return q;
}

static struct uk_netdev_tx_queue *
tap_txq_configure(struct uk_netdev *dev, __u16 queue_id,
		  __u16 nb_desc __unused,
		  struct uk_netdev_txqueue_conf *conf __unused)
{
	struct uk_netdev_tx_queue *q = &to_tapdev(dev)->txq;

	if (queue_id != 0)
		return ERR2PTR(-EINVAL);
	if (q->configured)
		return ERR2PTR(-EBUSY);
	q->configured = 1;
	return q;
}

static int tap_start(struct uk_netdev *dev)
{
	struct tap_netdev *t = to_tapdev(dev);

	if (!t->rxq.configured || !t->txq.configured) {
		uk_pr_err("tap: start before both queues exist\n");
		return -EINVAL;
	}
	return 0;
}

static const struct uk_hwaddr *tap_hwaddr_get(struct uk_netdev *dev)
{
	return &to_tapdev(dev)->hwaddr;
}

static __u16 tap_mtu_get(struct uk_netdev *dev __unused)
{
	return TAP_MTU;
}

static unsigned int tap_promiscuous_get(struct uk_netdev *dev __unused)
{
	/* Linux hands over what the interface gets; there is no filter */
	return 1;
}

static const struct uk_netdev_ops tap_ops = {
	.info_get = tap_info_get,
	.configure = tap_configure,
	.rxq_info_get = tap_q_info_get,
	.txq_info_get = tap_q_info_get,
	.rxq_configure = tap_rxq_configure,
	.txq_configure = tap_txq_configure,
	.start = tap_start,
	.rxq_intr_enable = tap_rxq_intr_enable,
	.rxq_intr_disable = tap_rxq_intr_disable,
	.hwaddr_get = tap_hwaddr_get,
	.mtu_get = tap_mtu_get,
	.promiscuous_get = tap_promiscuous_get,
};

/* A locally administered address, different for each process */
static void tap_hwaddr_init(struct tap_netdev *t)
{
	unsigned long pid = (unsigned long)sys_getpid();

	t->hwaddr.addr_bytes[0] = 0x02;
	t->hwaddr.addr_bytes[1] = 0x75;	/* 'u' */
	t->hwaddr.addr_bytes[2] = (pid >> 24) & 0xff;
	t->hwaddr.addr_bytes[3] = (pid >> 16) & 0xff;
	t->hwaddr.addr_bytes[4] = (pid >> 8) & 0xff;
	t->hwaddr.addr_bytes[5] = pid & 0xff;
}

static int tap_open(struct tap_netdev *t)
{
	struct linuxu_ifreq ifr;
	long fd, rc;

	fd = sys_openat(LINUXU_AT_FDCWD, "/dev/net/tun",
			LINUXU_O_RDWR | LINUXU_O_NONBLOCK | LINUXU_O_CLOEXEC,
			0);
	if (fd < 0) {
		uk_pr_crit("tap %s: cannot open /dev/net/tun: error %ld\n",
			   t->ifname, -fd);
		return (int)fd;
	}
	memset(&ifr, 0, sizeof(ifr));
	memcpy(ifr.name, t->ifname, sizeof(ifr.name));
	ifr.flags = LINUXU_IFF_TAP | LINUXU_IFF_NO_PI;
	rc = sys_ioctl((int)fd, LINUXU_TUNSETIFF, &ifr);
	if (rc < 0) {
		uk_pr_crit("tap %s: cannot attach (TUNSETIFF): error %ld%s\n",
			   t->ifname, -rc, rc == -EPERM ?
			   " (create it first: ip tuntap add dev <ifname> "
			   "mode tap, or run with CAP_NET_ADMIN)" : "");
		sys_close((int)fd);
		return (int)rc;
	}
	/* Receive interrupts: SIGIO for every queued frame, to us */
	rc = linuxu_fd_sigio((int)fd);
	if (rc < 0) {
		uk_pr_crit("tap %s: cannot get SIGIO: error %ld\n", t->ifname,
			   -rc);
		sys_close((int)fd);
		return (int)rc;
	}
	t->fd = (int)fd;
	return 0;
}

static int tap_net_init(void)
{
	struct tap_netdev *t = &tapdev;
	struct uk_alloc *a = uk_alloc_get_default();
	int rc;

	if (!tap)
		return 0;	/* no linuxu.tap=: no device */
	if (!*tap || strlen(tap) >= sizeof(t->ifname)) {
		uk_pr_crit("linuxu.tap=%s: expected an interface name of 1 "
			   "to %lu characters\n", tap,
			   (unsigned long)sizeof(t->ifname) - 1);
		return -EINVAL;
	}
	if (!a) {
		uk_pr_crit("tap %s: no allocator\n", tap);
		return -ENOMEM;
	}
	strcpy(t->ifname, tap);
	rc = tap_open(t);
	if (rc < 0)
		return rc;
	tap_hwaddr_init(t);
	rc = ukplat_irq_register(LINUXU_SIGIO, tap_irq, t);
	if (rc < 0) {
		uk_pr_crit("tap %s: cannot take SIGIO: %d\n", t->ifname, rc);
		return rc;
	}
	t->netdev.ops = &tap_ops;
	t->netdev.rx_one = tap_rx_one;
	t->netdev.tx_one = tap_tx_one;
	rc = uk_netdev_drv_register(&t->netdev, a, "tap");
	if (rc < 0)
		return rc;
	uk_pr_info("netdev%d: tap %s (fd %d), MAC "
		   "%02x:%02x:%02x:%02x:%02x:%02x\n", rc, t->ifname, t->fd,
		   t->hwaddr.addr_bytes[0], t->hwaddr.addr_bytes[1],
		   t->hwaddr.addr_bytes[2], t->hwaddr.addr_bytes[3],
		   t->hwaddr.addr_bytes[4], t->hwaddr.addr_bytes[5]);
	return 0;
}

uk_plat_initcall(tap_net_init);
