/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The virtio driver registry: transports call virtio_bus_register_device()
 * for each device they find; the first driver whose id table names the
 * device type gets it.
 */
#include <errno.h>
#include <uk/bus.h>
#include <uk/print.h>
#include <uk/assert.h>
#include <virtio/virtio_bus.h>

static UK_TAILQ_HEAD(, struct virtio_driver) virtio_drivers =
	UK_TAILQ_HEAD_INITIALIZER(virtio_drivers);

void _virtio_bus_register_driver(struct virtio_driver *drv)
{
	UK_ASSERT(drv && drv->dev_ids && drv->add_dev);
	UK_TAILQ_INSERT_TAIL(&virtio_drivers, drv, next);
}

static struct virtio_driver *find_driver(__u16 type)
{
	struct virtio_driver *drv;
	const struct virtio_dev_id *id;

	UK_TAILQ_FOREACH(drv, &virtio_drivers, next)
		for (id = drv->dev_ids;
		     id->virtio_device_id != VIRTIO_ID_INVALID; id++)
			if (id->virtio_device_id == type)
				return drv;
	return __NULL;
}

int virtio_bus_register_device(struct virtio_dev *vdev)
{
	struct virtio_driver *drv;
	int rc;

	UK_ASSERT(vdev && vdev->cops);
	UK_TAILQ_INIT(&vdev->vqs);
	drv = find_driver(vdev->id.virtio_device_id);
	if (!drv) {
		uk_pr_info("virtio: no driver for device type %u (%s)\n",
			   vdev->id.virtio_device_id, vdev->transport);
		return -ENODEV;
	}
	vdev->drv = drv;

	vdev->cops->device_reset(vdev);
	virtio_dev_status_update(vdev, VIRTIO_CONFIG_STATUS_ACK);
	virtio_dev_status_update(vdev, VIRTIO_CONFIG_STATUS_DRIVER);
	vdev->features = vdev->cops->features_get(vdev);

	rc = drv->add_dev(vdev);
	if (rc < 0) {
		uk_pr_err("virtio: driver failed on device type %u: %d\n",
			  vdev->id.virtio_device_id, rc);
		virtio_dev_status_update(vdev, VIRTIO_CONFIG_STATUS_FAIL);
		vdev->drv = __NULL;
	}
	return rc;
}

int virtio_dev_interrupt(struct virtio_dev *vdev)
{
	struct virtqueue *vq;
	int handled = 0;

	UK_TAILQ_FOREACH(vq, &vdev->vqs, next)
		handled |= virtqueue_ring_interrupt(vq);
	return handled;
}

static int virtio_bus_init(struct uk_alloc *a)
{
	struct virtio_driver *drv, *tmp;
	int rc;

	UK_TAILQ_FOREACH_SAFE(drv, &virtio_drivers, next, tmp) {
		if (!drv->init)
			continue;
		rc = drv->init(a);
		if (rc < 0) {
			uk_pr_err("virtio: a driver failed to start: %d\n", rc);
			UK_TAILQ_REMOVE(&virtio_drivers, drv, next);
		}
	}
	return 0;
}

/*
 * Registered first among the buses (constructor priority 0 in ukbus
 * terms: this file's constructor runs before the transports'), so driver
 * init functions run before any transport probes.
 */
static struct uk_bus virtio_bus = {
	.name = "virtio",
	.init = virtio_bus_init,
};

static void virtio_bus_ctor(void)
{
	_uk_bus_register(&virtio_bus);
}
UK_CTOR_PRIO(virtio_bus_ctor, 0);
