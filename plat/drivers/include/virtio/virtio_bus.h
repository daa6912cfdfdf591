/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The virtio bus: how a virtio device driver (net, 9p, blk, ...) finds
 * its devices, whatever transport carries them (virtio-pci legacy or
 * modern 1.0, virtio-mmio).
 *
 * Writing a driver
 * ----------------
 *   static const struct virtio_dev_id ids[] = {
 *           { VIRTIO_ID_9P }, { VIRTIO_ID_INVALID }
 *   };
 *   static struct virtio_driver drv = {
 *           .dev_ids = ids,
 *           .init    = my_init,     optional: once, with the allocator
 *           .add_dev = my_add_dev,  once per matching device
 *   };
 *   VIRTIO_BUS_REGISTER_DRIVER(&drv);
 *
 * and in Config.uk `select VIRTIO_BUS`; in Makefile.uk add the driver's
 * sources to a platform library (see plat/drivers/Makefile.uk).
 *
 * add_dev(vdev) is called during boot (ukbus probe, platform init level)
 * after the transport has reset the device and set ACKNOWLEDGE|DRIVER.
 * The driver then, in this order (virtio 1.0 section 3.1):
 *   1. features = virtio_feature_get(vdev); keep the bits it supports
 *      in vdev->features (VIRTIO_F_VERSION_1 is handled by the
 *      transport: leave it as offered) and call
 *      virtio_feature_set(vdev) (sets FEATURES_OK on modern devices;
 *      fails with -EIO if the device refuses);
 *   2. reads its configuration with virtio_config_get();
 *   3. virtio_find_vqs(vdev, n, sizes) to learn queue sizes, then
 *      virtio_vqueue_setup() for each queue it uses, giving a
 *      callback that runs in interrupt context, and sets vq->priv
 *      (the callback's second argument);
 *   4. virtio_dev_drv_up(vdev) (DRIVER_OK) when ready to use queues.
 * On failure it calls virtio_dev_status_update(vdev, VIRTIO_CONFIG_STATUS_FAIL)
 * and returns a negative errno.
 *
 * Interrupts: the transport registers one handler for the device and
 * runs the callback of every queue that has used buffers; queues start
 * with interrupts disabled (virtqueue_intr_enable to turn them on).
 * Drivers that poll never enable them.
 */
#ifndef __VIRTIO_BUS_H__
#define __VIRTIO_BUS_H__

#include <errno.h>
#include <uk/essentials.h>
#include <uk/list.h>
#include <uk/alloc.h>
#include <uk/ctors.h>
#include <virtio/virtio_config.h>
#include <virtio/virtqueue.h>

#define VIRTIO_ID_INVALID	0
#define VIRTIO_ID_NET		1
#define VIRTIO_ID_BLOCK		2
#define VIRTIO_ID_CONSOLE	3
#define VIRTIO_ID_9P		9

struct virtio_dev_id {
	__u16 virtio_device_id;
};

struct virtio_dev;

/* What a transport implements (drivers use the wrappers below) */
struct virtio_config_ops {
	void (*device_reset)(struct virtio_dev *vdev);
	/* Read/write `len` bytes of device configuration at `offset` */
	int (*config_get)(struct virtio_dev *vdev, __u16 offset, void *buf,
			  __u32 len);
	int (*config_set)(struct virtio_dev *vdev, __u16 offset,
			  const void *buf, __u32 len);
	__u64 (*features_get)(struct virtio_dev *vdev);
	int (*features_set)(struct virtio_dev *vdev, __u64 features);
	__u8 (*status_get)(struct virtio_dev *vdev);
	void (*status_set)(struct virtio_dev *vdev, __u8 status);
	/* Sizes of the first nb_vqs queues into qsizes: nb_vqs or -ENOENT */
	int (*vqs_find)(struct virtio_dev *vdev, __u16 nb_vqs,
			__u16 *qsizes);
	/* NULL on failure (reported) */
	struct virtqueue *(*vq_setup)(struct virtio_dev *vdev, __u16 queue_id,
				      __u16 nr_desc,
				      virtqueue_callback_t callback,
				      struct uk_alloc *a);
};

struct virtio_driver;

struct virtio_dev {
	struct virtio_dev_id id;
	__u64 features;		/* offered, then what the driver keeps */
	const struct virtio_config_ops *cops;
	struct virtio_driver *drv;
	UK_TAILQ_HEAD(, struct virtqueue) vqs;
	unsigned long irq;	/* for messages */
	const char *transport;	/* "pci-legacy", "pci-modern", "mmio" */
	void *priv;		/* the driver's state */
};

struct virtio_driver {
	UK_TAILQ_ENTRY(struct virtio_driver) next;
	const struct virtio_dev_id *dev_ids;
	int (*init)(struct uk_alloc *a);
	int (*add_dev)(struct virtio_dev *vdev);
};

void _virtio_bus_register_driver(struct virtio_driver *drv);

#define _VIRTIO_REGISTER_CTOR(drv, line)				\
	static void __virtio_register_ ## line(void)			\
	{								\
		_virtio_bus_register_driver(drv);			\
	}								\
	UK_CTOR_PRIO(__virtio_register_ ## line, 3)
#define _VIRTIO_REGISTER_L(drv, line) _VIRTIO_REGISTER_CTOR(drv, line)
#define VIRTIO_BUS_REGISTER_DRIVER(drv) _VIRTIO_REGISTER_L(drv, __LINE__)

/*
 * For transports: hand a discovered device to the matching driver.
 * Resets it and sets ACKNOWLEDGE|DRIVER first. 0, -ENODEV when no driver
 * wants it, or the driver's error.
 */
int virtio_bus_register_device(struct virtio_dev *vdev);
/* For transports: run every queue's interrupt callback */
int virtio_dev_interrupt(struct virtio_dev *vdev);

/* --- for drivers ------------------------------------------------------ */

static inline __u64 virtio_feature_get(struct virtio_dev *vdev)
{
	return vdev->cops->features_get(vdev);
}

static inline int virtio_feature_set(struct virtio_dev *vdev)
{
	return vdev->cops->features_set(vdev, vdev->features);
}

static inline int virtio_has_features(__u64 features, unsigned int bit)
{
	return !!(features & (1ULL << bit));
}

static inline int virtio_config_get(struct virtio_dev *vdev, __u16 offset,
				    void *buf, __u32 len)
{
	return vdev->cops->config_get(vdev, offset, buf, len);
}

static inline int virtio_config_set(struct virtio_dev *vdev, __u16 offset,
				    const void *buf, __u32 len)
{
	return vdev->cops->config_set(vdev, offset, buf, len);
}

static inline int virtio_find_vqs(struct virtio_dev *vdev, __u16 nb_vqs,
				  __u16 *qsizes)
{
	return vdev->cops->vqs_find(vdev, nb_vqs, qsizes);
}

static inline struct virtqueue *
virtio_vqueue_setup(struct virtio_dev *vdev, __u16 queue_id, __u16 nr_desc,
		    virtqueue_callback_t callback, struct uk_alloc *a)
{
	return vdev->cops->vq_setup(vdev, queue_id, nr_desc, callback, a);
}

static inline void virtio_dev_status_update(struct virtio_dev *vdev,
					    __u8 status)
{
	vdev->cops->status_set(vdev, vdev->cops->status_get(vdev) | status);
}

static inline void virtio_dev_drv_up(struct virtio_dev *vdev)
{
	virtio_dev_status_update(vdev, VIRTIO_CONFIG_STATUS_DRIVER_OK);
}

#endif /* __VIRTIO_BUS_H__ */
