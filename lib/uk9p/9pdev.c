/* SPDX-License-Identifier: BSD-3-Clause */
/* 9P devices: transports, connecting and the version handshake. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uk/9p.h>
#include <uk/9pdev_trans.h>
#include <uk/print.h>

/* Reply buffer for everything but read payloads (readdir uses it) */
#define RBUF_LEN	(64 * 1024)
#define TBUF_LEN	8192

static UK_TAILQ_HEAD(, struct uk_9pdev_trans) transports =
	UK_TAILQ_HEAD_INITIALIZER(transports);

int uk_9pdev_trans_register(struct uk_9pdev_trans *trans)
{
	if (!trans || !trans->name || !trans->ops)
		return -EINVAL;
	UK_TAILQ_INSERT_TAIL(&transports, trans, next);
	return 0;
}

struct uk_9pdev_trans *uk_9pdev_trans_by_name(const char *name)
{
	struct uk_9pdev_trans *t;

	UK_TAILQ_FOREACH(t, &transports, next)
		if (!strcmp(t->name, name))
			return t;
	return NULL;
}

struct uk_9pdev_trans *uk_9pdev_trans_get_default(void)
{
	return UK_TAILQ_FIRST(&transports);
}

static void dev_free(struct uk_9pdev *dev)
{
	free(dev->tbuf);
	free(dev->rbuf);
	free(dev);
}

int uk_9pdev_connect(struct uk_9pdev_trans *trans, const char *device_id,
		     uint32_t msize, struct uk_9pdev **devp)
{
	struct uk_9pdev *dev;
	int rc;

	if (!trans)
		trans = uk_9pdev_trans_get_default();
	if (!trans) {
		uk_pr_err("9p: no transport in this image (enable "
			  "VIRTIO_9P)\n");
		return -ENODEV;
	}
	dev = calloc(1, sizeof(*dev));
	if (!dev)
		return -ENOMEM;
	dev->trans = trans;
	dev->msize = TBUF_LEN;		/* until the handshake is done */
	dev->next_fid = 0;
	dev->rbuf_len = RBUF_LEN;
	uk_mutex_init(&dev->lock);
	dev->tbuf = malloc(TBUF_LEN);
	dev->rbuf = malloc(RBUF_LEN);
	if (!dev->tbuf || !dev->rbuf) {
		dev_free(dev);
		return -ENOMEM;
	}
	rc = trans->ops->connect(dev, device_id);
	if (rc) {
		dev_free(dev);
		return rc;
	}
	rc = uk_9p_version(dev, msize);
	if (rc) {
		uk_pr_err("9p: version handshake with %s failed: %d\n",
			  device_id, rc);
		trans->ops->disconnect(dev);
		dev_free(dev);
		return rc;
	}
	uk_pr_info("9p: connected to %s over %s, msize %u\n", device_id,
		   trans->name, dev->msize);
	*devp = dev;
	return 0;
}

void uk_9pdev_disconnect(struct uk_9pdev *dev)
{
	dev->trans->ops->disconnect(dev);
	dev_free(dev);
}
