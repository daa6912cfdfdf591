/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * virtio-net as a uknetdev device (virtio 1.0 section 5.1): one receive
 * queue (0) and one transmit queue (1), a virtio_net_hdr in front of
 * every frame (kept in the netbufs' headroom), no offloads: the stack
 * computes checksums itself. Receive buffers come from the stack's
 * alloc_rxpkts callback; sent netbufs are freed when the device hands
 * them back, which we check on every transmit.
 */
#include <errno.h>
#include <string.h>
#include <uk/print.h>
#include <uk/assert.h>
#include <uk/netdev.h>
#include <uk/netdev_driver.h>
#include <virtio/virtio_bus.h>

#define VIRTIO_NET_F_MTU	3
#define VIRTIO_NET_F_MAC	5

#define VIRTIO_NET_CFG_MAC	0	/* 6 bytes */
#define VIRTIO_NET_CFG_MTU	10	/* 16 bits, with F_MTU */

#define VNET_RX_QUEUE		0
#define VNET_TX_QUEUE		1
/* Ethernet and 802.1Q headers, 1500 bytes of payload */
#define VNET_MAX_FRAME		1518
#define VNET_DEFAULT_MTU	1500

/*
 * Header in front of every frame; legacy devices without mergeable
 * buffers omit num_buffers (10 bytes), virtio 1.0 always has it (12).
 */
struct virtio_net_hdr {
	__u8 flags;
	__u8 gso_type;
	__u16 hdr_len;
	__u16 gso_size;
	__u16 csum_start;
	__u16 csum_offset;
	__u16 num_buffers;
} __packed;

struct virtio_net_dev;

struct uk_netdev_rx_queue {
	struct virtio_net_dev *vndev;
	struct virtqueue *vq;
	__u16 nb_desc;
	int intr_enabled;
	uk_netdev_alloc_rxpkts alloc_rxpkts;
	void *alloc_rxpkts_argp;
};

struct uk_netdev_tx_queue {
	struct virtio_net_dev *vndev;
	struct virtqueue *vq;
	__u16 nb_desc;
};

struct virtio_net_dev {
	struct uk_netdev netdev;
	struct virtio_dev *vdev;
	struct uk_hwaddr hwaddr;
	__u16 mtu;
	__u16 hdr_len;
	__u16 qsize[2];
	struct uk_netdev_rx_queue rxq;
	struct uk_netdev_tx_queue txq;
};

static struct uk_alloc *vnet_alloc;

#define to_vndev(dev) __containerof(dev, struct virtio_net_dev, netdev)

/* --- receive ------------------------------------------------------------ */

/* Expose one netbuf to the device: header in its headroom, then data */
static int vnet_rx_enqueue(struct uk_netdev_rx_queue *q,
			   struct uk_netbuf *m)
{
	__u16 hdr_len = q->vndev->hdr_len;
	struct virtqueue_seg segs[2];
	__sz room;

	if (uk_netbuf_headroom(m) < hdr_len) {
		uk_pr_err("virtio-net: rx netbuf with %lu bytes headroom, "
			  "%u needed\n", (unsigned long)uk_netbuf_headroom(m),
			  hdr_len);
		return -EINVAL;
	}
	room = uk_netbuf_tailroom(m) + m->len;
	if (room > VNET_MAX_FRAME)
		room = VNET_MAX_FRAME;
	if (room < VNET_MAX_FRAME) {
		uk_pr_err("virtio-net: rx netbuf of %lu bytes, %u needed\n",
			  (unsigned long)room, VNET_MAX_FRAME);
		return -EINVAL;
	}
	segs[0].addr = virtio_paddr((__u8 *)m->data - hdr_len);
	segs[0].len = hdr_len;
	segs[1].addr = virtio_paddr(m->data);
	segs[1].len = (__u32)room;
	return virtqueue_buffer_enqueue(q->vq, m, segs, 0, 2);
}

/* Top the receive ring up; 0, or UNDERRUN if buffers were short */
static int vnet_rx_refill(struct uk_netdev_rx_queue *q)
{
	struct uk_netbuf *bufs[32];
	unsigned int want, i;
	__u16 got;
	int notify = 0, status = 0;

	/* Each buffer takes two descriptors */
	while ((want = virtqueue_free_desc(q->vq) / 2) > 0) {
		if (want > ARRAY_SIZE(bufs))
			want = ARRAY_SIZE(bufs);
		got = q->alloc_rxpkts(q->alloc_rxpkts_argp, bufs,
				      (__u16)want);
		for (i = 0; i < got; i++) {
			if (vnet_rx_enqueue(q, bufs[i]) < 0) {
				uk_netbuf_free(bufs[i]);
				continue;
			}
			notify = 1;
		}
		if (got < want) {
			status = UK_NETDEV_STATUS_UNDERRUN;
			break;
		}
	}
	if (notify)
		virtqueue_host_notify(q->vq);
	return status;
}

static int vnet_rx_one(struct uk_netdev *dev __unused,
		       struct uk_netdev_rx_queue *q, struct uk_netbuf **pkt)
{
	struct uk_netbuf *m;
	void *cookie;
	__u32 len;
	int rc, status;

	for (;;) {
		rc = virtqueue_buffer_dequeue(q->vq, &cookie, &len);
		if (rc == 0) {
			m = cookie;
			if (len >= q->vndev->hdr_len &&
			    len <= q->vndev->hdr_len + VNET_MAX_FRAME)
				break;
			uk_pr_warn("virtio-net: dropped rx buffer of %u "
				   "bytes\n", len);
			uk_netbuf_free(m);
			continue;
		}
		if (rc != -ENOENT)
			return rc;
		/* Empty: re-arm the interrupt; poll again if we raced */
		if (!q->intr_enabled || !virtqueue_intr_enable(q->vq))
			return vnet_rx_refill(q);
		virtqueue_intr_disable(q->vq);
	}

	m->len = (__u16)(len - q->vndev->hdr_len);
	*pkt = m;
	status = UK_NETDEV_STATUS_SUCCESS | vnet_rx_refill(q);
	if (virtqueue_hasdata(q->vq))
		status |= UK_NETDEV_STATUS_MORE;
	return status;
}

/* Interrupt context: the device used receive buffers */
static int vnet_rx_callback(struct virtqueue *vq, void *priv)
{
	struct uk_netdev_rx_queue *q = priv;

	/* The stack polls until empty, then re-arms (vnet_rx_one) */
	virtqueue_intr_disable(vq);
	uk_netdev_drv_rx_event(&q->vndev->netdev, VNET_RX_QUEUE);
	return 1;
}

static int vnet_rxq_intr_enable(struct uk_netdev *dev __unused,
				struct uk_netdev_rx_queue *q)
{
	q->intr_enabled = 1;
	if (virtqueue_intr_enable(q->vq)) {
		/* Packets are waiting: no interrupt will announce them */
		virtqueue_intr_disable(q->vq);
		return 1;
	}
	return 0;
}

static int vnet_rxq_intr_disable(struct uk_netdev *dev __unused,
				 struct uk_netdev_rx_queue *q)
{
	q->intr_enabled = 0;
	virtqueue_intr_disable(q->vq);
	return 0;
}

/* --- transmit ----------------------------------------------------------- */

static void vnet_tx_reclaim(struct uk_netdev_tx_queue *q)
{
	void *cookie;

	while (virtqueue_buffer_dequeue(q->vq, &cookie, __NULL) == 0)
		if (cookie)
			uk_netbuf_free(cookie);
}

static int vnet_tx_one(struct uk_netdev *dev __unused,
		       struct uk_netdev_tx_queue *q, struct uk_netbuf *pkt)
{
	__u16 hdr_len = q->vndev->hdr_len;
	struct virtqueue_seg segs[16];
	struct uk_netbuf *m;
	unsigned int n = 0;
	int rc;

	vnet_tx_reclaim(q);
	if (uk_netbuf_count(pkt) > ARRAY_SIZE(segs)) {
		uk_pr_err("virtio-net: tx chain of %u netbufs, at most %lu\n",
			  uk_netbuf_count(pkt),
			  (unsigned long)ARRAY_SIZE(segs));
		return -EINVAL;
	}
	if (uk_netbuf_len(pkt) > VNET_MAX_FRAME)
		return -EMSGSIZE;
	if (uk_netbuf_header(pkt, (__s16)hdr_len) < 0) {
		uk_pr_err("virtio-net: tx netbuf without %u bytes headroom\n",
			  hdr_len);
		return -EINVAL;
	}
	memset(pkt->data, 0, hdr_len);
	UK_NETBUF_CHAIN_FOREACH(m, pkt) {
		segs[n].addr = virtio_paddr(m->data);
		segs[n].len = m->len;
		n++;
	}
	rc = virtqueue_buffer_enqueue(q->vq, pkt, segs, n, 0);
	if (rc == -ENOSPC) {
		uk_netbuf_header(pkt, -(__s16)hdr_len);
		return 0;	/* full: the caller keeps pkt */
	}
	if (rc < 0) {
		uk_netbuf_header(pkt, -(__s16)hdr_len);
		return rc;
	}
	virtqueue_host_notify(q->vq);
	return UK_NETDEV_STATUS_SUCCESS
		| (virtqueue_is_full(q->vq) ? 0 : UK_NETDEV_STATUS_MORE);
}

/* --- configuration ------------------------------------------------------ */

static void vnet_info_get(struct uk_netdev *dev,
			  struct uk_netdev_info *info)
{
	struct virtio_net_dev *d = to_vndev(dev);

	info->max_rx_queues = 1;
	info->max_tx_queues = 1;
	info->in_queue_pairs = 1;
	info->max_mtu = d->mtu;
	info->nb_encap_tx = d->hdr_len;
	info->nb_encap_rx = d->hdr_len;
	info->ioalign = sizeof(void *);
}

static int vnet_configure(struct uk_netdev *dev __unused,
			  const struct uk_netdev_conf *conf)
{
	if (conf->nb_rx_queues != 1 || conf->nb_tx_queues != 1) {
		uk_pr_err("virtio-net: exactly one rx and one tx queue "
			  "supported\n");
		return -EINVAL;
	}
	return 0;
}

static int vnet_q_info(struct uk_netdev *dev, __u16 queue_id,
		       struct uk_netdev_queue_info *qinfo, int which)
{
	struct virtio_net_dev *d = to_vndev(dev);

	if (queue_id != 0)
		return -EINVAL;
	/* Legacy devices take their queues at the device's size only */
	qinfo->nb_max = d->qsize[which];
	qinfo->nb_min = d->qsize[which];
	qinfo->nb_align = 1;
	qinfo->nb_is_power_of_two = 1;
	return 0;
}

static int vnet_rxq_info_get(struct uk_netdev *dev, __u16 queue_id,
			     struct uk_netdev_queue_info *qinfo)
{
	return vnet_q_info(dev, queue_id, qinfo, VNET_RX_QUEUE);
}

static int vnet_txq_info_get(struct uk_netdev *dev, __u16 queue_id,
			     struct uk_netdev_queue_info *qinfo)
{
	return vnet_q_info(dev, queue_id, qinfo, VNET_TX_QUEUE);
}

/*
 * Create virtqueue `id` for queue 0 of the API, whose slot is *vq (it
 * must be empty). nb_desc 0 means the device's size, which is also the
 * only one taken. 0 or a negative errno.
 */
static int vnet_vq_setup(struct virtio_net_dev *d, __u16 id,
			 __u16 queue_id, __u16 nb_desc, struct uk_alloc *a,
			 virtqueue_callback_t cb, struct virtqueue **vq)
{
	if (queue_id != 0)
		return -EINVAL;
	if (*vq)
		return -EBUSY;
	if (nb_desc && nb_desc != d->qsize[id]) {
		uk_pr_err("virtio-net: queue %u has %u descriptors, %u asked\n",
			  id, d->qsize[id], nb_desc);
		return -EINVAL;
	}
	*vq = virtio_vqueue_setup(d->vdev, id, d->qsize[id], cb, a);
	return *vq ? 0 : -ENOMEM;
}

static struct uk_netdev_rx_queue *
vnet_rxq_configure(struct uk_netdev *dev, __u16 queue_id, __u16 nb_desc,
		   struct uk_netdev_rxqueue_conf *conf)
{
	struct virtio_net_dev *d = to_vndev(dev);
	struct uk_netdev_rx_queue *q = &d->rxq;
	int rc;

	rc = vnet_vq_setup(d, VNET_RX_QUEUE, queue_id, nb_desc, conf->a,
			   vnet_rx_callback, &q->vq);
	if (rc < 0)
		return ERR2PTR(rc);
	q->vndev = d;
	q->nb_desc = d->qsize[VNET_RX_QUEUE];
	q->alloc_rxpkts = conf->alloc_rxpkts;
	q->alloc_rxpkts_argp = conf->alloc_rxpkts_argp;
	q->vq->priv = q;
	return q;
}

static struct uk_netdev_tx_queue *
vnet_txq_configure(struct uk_netdev *dev, __u16 queue_id, __u16 nb_desc,
		   struct uk_netdev_txqueue_conf *conf)
{
	struct virtio_net_dev *d = to_vndev(dev);
	struct uk_netdev_tx_queue *q = &d->txq;
	int rc;

	/* No interrupts: finished buffers are reclaimed on transmit */
	rc = vnet_vq_setup(d, VNET_TX_QUEUE, queue_id, nb_desc, conf->a,
			   __NULL, &q->vq);
	if (rc < 0)
		return ERR2PTR(rc);
	q->vndev = d;
	q->nb_desc = d->qsize[VNET_TX_QUEUE];
	q->vq->priv = q;
	return q;
}

static int vnet_start(struct uk_netdev *dev)
{
	struct virtio_net_dev *d = to_vndev(dev);

	if (!d->rxq.vq || !d->txq.vq) {
		uk_pr_err("virtio-net: start before both queues exist\n");
		return -EINVAL;
	}
	virtio_dev_drv_up(d->vdev);
	if (vnet_rx_refill(&d->rxq))
		uk_pr_warn("virtio-net: receive ring only partly filled\n");
	return 0;
}

static const struct uk_hwaddr *vnet_hwaddr_get(struct uk_netdev *dev)
{
	return &to_vndev(dev)->hwaddr;
}

static __u16 vnet_mtu_get(struct uk_netdev *dev)
{
	return to_vndev(dev)->mtu;
}

static unsigned int vnet_promiscuous_get(struct uk_netdev *dev __unused)
{
	/* The device delivers what the host sends; there is no filter */
	return 1;
}

static const struct uk_netdev_ops vnet_ops = {
	.info_get = vnet_info_get,
	.configure = vnet_configure,
	.rxq_info_get = vnet_rxq_info_get,
	.txq_info_get = vnet_txq_info_get,
	.rxq_configure = vnet_rxq_configure,
	.txq_configure = vnet_txq_configure,
	.start = vnet_start,
	.rxq_intr_enable = vnet_rxq_intr_enable,
	.rxq_intr_disable = vnet_rxq_intr_disable,
	.hwaddr_get = vnet_hwaddr_get,
	.mtu_get = vnet_mtu_get,
	.promiscuous_get = vnet_promiscuous_get,
};

/* --- discovery ---------------------------------------------------------- */

static int vnet_add_dev(struct virtio_dev *vdev)
{
	struct virtio_net_dev *d;
	__u64 offered;
	__u16 mtu;
	int rc;

	d = uk_calloc(vnet_alloc, 1, sizeof(*d));
	if (!d) {
		rc = -ENOMEM;
		goto err;
	}
	d->vdev = vdev;
	vdev->priv = d;

	offered = virtio_feature_get(vdev);
	vdev->features = offered & ((1ULL << VIRTIO_NET_F_MAC)
				    | (1ULL << VIRTIO_NET_F_MTU)
				    | (1ULL << VIRTIO_F_VERSION_1));
	rc = virtio_feature_set(vdev);
	if (rc < 0)
		goto err_free;
	d->hdr_len = virtio_has_features(vdev->features, VIRTIO_F_VERSION_1)
		? sizeof(struct virtio_net_hdr)
		: sizeof(struct virtio_net_hdr) - sizeof(__u16);

	if (virtio_has_features(vdev->features, VIRTIO_NET_F_MAC)) {
		virtio_config_get(vdev, VIRTIO_NET_CFG_MAC,
				  d->hwaddr.addr_bytes, UK_NETDEV_HWADDR_LEN);
	} else {
		/* A locally administered address of our own */
		static const __u8 mac[] = { 0x02, 0x75, 0x6b, 0, 0, 1 };

		memcpy(d->hwaddr.addr_bytes, mac, sizeof(mac));
	}
	d->mtu = VNET_DEFAULT_MTU;
	if (virtio_has_features(vdev->features, VIRTIO_NET_F_MTU)) {
		virtio_config_get(vdev, VIRTIO_NET_CFG_MTU, &mtu, sizeof(mtu));
		if (mtu < VNET_DEFAULT_MTU)
			d->mtu = mtu;
	}

	rc = virtio_find_vqs(vdev, 2, d->qsize);
	if (rc != 2) {
		uk_pr_err("virtio-net: device has no rx/tx queue pair\n");
		rc = -ENODEV;
		goto err_free;
	}

	d->netdev.ops = &vnet_ops;
	d->netdev.rx_one = vnet_rx_one;
	d->netdev.tx_one = vnet_tx_one;
	rc = uk_netdev_drv_register(&d->netdev, vnet_alloc, "virtio-net");
	if (rc < 0)
		goto err_free;
	uk_pr_info("virtio-net: netdev%d %02x:%02x:%02x:%02x:%02x:%02x, "
		   "%s, queues %u/%u\n", rc,
		   d->hwaddr.addr_bytes[0], d->hwaddr.addr_bytes[1],
		   d->hwaddr.addr_bytes[2], d->hwaddr.addr_bytes[3],
		   d->hwaddr.addr_bytes[4], d->hwaddr.addr_bytes[5],
		   vdev->transport, d->qsize[0], d->qsize[1]);
	return 0;

err_free:
	uk_free(vnet_alloc, d);
	vdev->priv = __NULL;
err:
	virtio_dev_status_update(vdev, VIRTIO_CONFIG_STATUS_FAIL);
	return rc;
}

static int vnet_init(struct uk_alloc *a)
{
	vnet_alloc = a;
	return 0;
}

static const struct virtio_dev_id vnet_ids[] = {
	{ VIRTIO_ID_NET },
	{ VIRTIO_ID_INVALID },
};

static struct virtio_driver vnet_driver = {
	.dev_ids = vnet_ids,
	.init = vnet_init,
	.add_dev = vnet_add_dev,
};
VIRTIO_BUS_REGISTER_DRIVER(&vnet_driver);
