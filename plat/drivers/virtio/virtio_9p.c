/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * virtio-9p: a 9P transport for lib/uk9p over the virtio bus (QEMU's
 * -device virtio-9p-pci,fsdev=ID,mount_tag=TAG or virtio-9p-device).
 * Each device is found by its mount tag. One virtqueue carries requests:
 * the request's out segments, then its in segments, in one descriptor
 * chain; uk9p polls the queue for the reply (no interrupts), letting other
 * threads run in between.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uk/9p.h>
#include <uk/9pdev_trans.h>
#include <uk/print.h>
#include <virtio/virtio_bus.h>

#define VIRTIO_9P_F_MOUNT_TAG	0
#define TAG_MAX			256

struct virtio_9p_dev {
	struct virtio_dev *vdev;
	struct virtqueue *vq;
	char tag[TAG_MAX + 1];
	int connected;
	UK_TAILQ_ENTRY(struct virtio_9p_dev) next;
};

static UK_TAILQ_HEAD(, struct virtio_9p_dev) devices =
	UK_TAILQ_HEAD_INITIALIZER(devices);
static struct uk_alloc *drv_alloc;

static int virtio_9p_connect(struct uk_9pdev *p9dev, const char *tag)
{
	struct virtio_9p_dev *d;
	char found[128] = "";

	UK_TAILQ_FOREACH(d, &devices, next) {
		if (!strcmp(d->tag, tag))
			break;
		if (strlen(found) + strlen(d->tag) + 3 < sizeof(found)) {
			if (found[0])
				strcat(found, ", ");
			strcat(found, d->tag);
		}
	}
	if (!d) {
		uk_pr_err("virtio-9p: no device with mount tag \"%s\" "
			  "(found: %s)\n", tag, found[0] ? found : "none");
		return -ENODEV;
	}
	if (d->connected) {
		uk_pr_err("virtio-9p: %s is already in use\n", tag);
		return -EBUSY;
	}
	d->connected = 1;
	p9dev->priv = d;
	return 0;
}

static void virtio_9p_disconnect(struct uk_9pdev *p9dev)
{
	struct virtio_9p_dev *d = p9dev->priv;

	d->connected = 0;
	p9dev->priv = NULL;
}

static int virtio_9p_request(struct uk_9pdev *p9dev, struct uk_9preq *req)
{
	struct virtio_9p_dev *d = p9dev->priv;
	struct virtqueue_seg segs[4];
	unsigned int nout = 0, nin = 0;
	int rc;

	segs[nout].addr = virtio_paddr(req->tx);
	segs[nout++].len = req->tx_len;
	if (req->tx_zc && req->tx_zc_len) {
		segs[nout].addr = virtio_paddr(req->tx_zc);
		segs[nout++].len = req->tx_zc_len;
	}
	segs[nout + nin].addr = virtio_paddr(req->rx);
	segs[nout + nin++].len = req->rx_len;
	if (req->rx_zc && req->rx_zc_len) {
		segs[nout + nin].addr = virtio_paddr(req->rx_zc);
		segs[nout + nin++].len = req->rx_zc_len;
	}
	rc = virtqueue_buffer_enqueue(d->vq, req, segs, nout, nin);
	if (rc) {
		uk_pr_err("virtio-9p %s: cannot queue a request: %d\n",
			  d->tag, rc);
		return rc;
	}
	virtqueue_host_notify(d->vq);
	return 0;
}

static int virtio_9p_poll(struct uk_9pdev *p9dev, struct uk_9preq *req)
{
	struct virtio_9p_dev *d = p9dev->priv;
	void *cookie;
	__u32 len;
	int rc;

	rc = virtqueue_buffer_dequeue(d->vq, &cookie, &len);
	if (rc == -ENOENT)
		return 0;
	if (rc || cookie != req) {
		uk_pr_err("virtio-9p %s: unexpected completion\n", d->tag);
		return -EIO;
	}
	req->rx_done = len;
	return 1;
}

static const struct uk_9pdev_trans_ops virtio_9p_ops = {
	.connect = virtio_9p_connect,
	.disconnect = virtio_9p_disconnect,
	.request = virtio_9p_request,
	.poll = virtio_9p_poll,
};

static struct uk_9pdev_trans virtio_9p_trans = {
	.name = "virtio",
	.ops = &virtio_9p_ops,
};

/* Interrupts stay off: requests are polled */
static int virtio_9p_vq_callback(struct virtqueue *vq __unused,
				 void *priv __unused)
{
	return 0;
}

static int virtio_9p_fail(struct virtio_dev *vdev, struct virtio_9p_dev *d,
			  int rc, const char *what)
{
	uk_pr_err("virtio-9p: %s: %d\n", what, rc);
	virtio_dev_status_update(vdev, VIRTIO_CONFIG_STATUS_FAIL);
	free(d);
	return rc;
}

static int virtio_9p_add_dev(struct virtio_dev *vdev)
{
	struct virtio_9p_dev *d = calloc(1, sizeof(*d));
	__u16 qsize, tag_len;
	int rc;

	if (!d)
		return -ENOMEM;
	d->vdev = vdev;
	vdev->features = virtio_feature_get(vdev) &
		((1ULL << VIRTIO_9P_F_MOUNT_TAG) |
		 (1ULL << VIRTIO_F_VERSION_1));
	rc = virtio_feature_set(vdev);
	if (rc)
		return virtio_9p_fail(vdev, d, rc, "features refused");
	if (!virtio_has_features(vdev->features, VIRTIO_9P_F_MOUNT_TAG))
		return virtio_9p_fail(vdev, d, -ENOTSUP,
				      "device has no mount tag");
	rc = virtio_config_get(vdev, 0, &tag_len, sizeof(tag_len));
	if (rc < 0 || tag_len == 0 || tag_len > TAG_MAX)
		return virtio_9p_fail(vdev, d, -EINVAL, "bad mount tag");
	rc = virtio_config_get(vdev, 2, d->tag, tag_len);
	if (rc < 0)
		return virtio_9p_fail(vdev, d, rc, "cannot read mount tag");
	d->tag[tag_len] = '\0';
	rc = virtio_find_vqs(vdev, 1, &qsize);
	if (rc != 1)
		return virtio_9p_fail(vdev, d, rc < 0 ? rc : -ENOENT,
				      "no request queue");
	d->vq = virtio_vqueue_setup(vdev, 0, qsize, virtio_9p_vq_callback,
				    drv_alloc);
	if (!d->vq)
		return virtio_9p_fail(vdev, d, -ENOMEM, "queue setup");
	d->vq->priv = d;
	vdev->priv = d;
	virtio_dev_drv_up(vdev);
	UK_TAILQ_INSERT_TAIL(&devices, d, next);
	uk_pr_info("virtio-9p: mount tag \"%s\" (%s, queue of %u)\n",
		   d->tag, vdev->transport, qsize);
	return 0;
}

static int virtio_9p_drv_init(struct uk_alloc *a)
{
	drv_alloc = a;
	return uk_9pdev_trans_register(&virtio_9p_trans);
}

static const struct virtio_dev_id virtio_9p_ids[] = {
	{ VIRTIO_ID_9P },
	{ VIRTIO_ID_INVALID },
};

static struct virtio_driver virtio_9p_drv = {
	.dev_ids = virtio_9p_ids,
	.init = virtio_9p_drv_init,
	.add_dev = virtio_9p_add_dev,
};

VIRTIO_BUS_REGISTER_DRIVER(&virtio_9p_drv);
