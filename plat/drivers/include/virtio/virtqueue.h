/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Split virtqueues: the driver's side of one queue of a virtio device.
 *
 * A transport (virtio-pci, virtio-mmio) creates the queues with
 * virtio_vqueue_setup() (see <virtio/virtio_bus.h>); a device driver
 * then only uses:
 *
 *   virtqueue_buffer_enqueue(vq, cookie, segs, nb_out, nb_in)
 *       expose one buffer made of nb_out device-readable segments
 *       followed by nb_in device-writable ones; `cookie` comes back from
 *       dequeue. 0, -ENOSPC when the ring has too few free descriptors,
 *       -EINVAL on an empty buffer.
 *   virtqueue_host_notify(vq)
 *       tell the device new buffers are there (once per batch).
 *   virtqueue_buffer_dequeue(vq, &cookie, &len)
 *       take one buffer the device is done with: 0 and its cookie and
 *       the number of bytes the device wrote, or -ENOENT when none.
 *   virtqueue_intr_enable(vq) / virtqueue_intr_disable(vq)
 *       ask the device to interrupt (or not) when it uses a buffer.
 *       enable returns 1 when buffers were used meanwhile: the caller
 *       must then poll again, or an interrupt may be lost.
 *   virtqueue_is_full(vq), virtqueue_hasdata(vq), virtqueue_free_desc(vq)
 *
 * The callback given at setup runs in interrupt context when the device
 * signals the queue (isrlib-safe code only); it returns 1 if it handled
 * the interrupt. A queue is used by one thread at a time: callers
 * serialise enqueue/dequeue themselves (the netdev API does).
 */
#ifndef __VIRTQUEUE_H__
#define __VIRTQUEUE_H__

#include <uk/essentials.h>
#include <uk/alloc.h>
#include <uk/list.h>
#include <virtio/virtio_ring.h>

struct virtio_dev;
struct virtqueue;

typedef int (*virtqueue_callback_t)(struct virtqueue *vq, void *priv);
typedef void (*virtqueue_notify_host_t)(struct virtio_dev *vdev,
					__u16 queue_id);

/* One piece of a buffer: guest-physical address and length */
struct virtqueue_seg {
	__u64 addr;
	__u32 len;
};

struct virtqueue {
	struct virtio_dev *vdev;
	__u16 queue_id;
	struct vring vring;
	void *ring_mem;			/* vring memory, page aligned */
	__u16 free_head;		/* first free descriptor */
	__u16 num_free;
	__u16 last_used;		/* next used entry to look at */
	__u16 avail_shadow;		/* our copy of avail->idx */
	virtqueue_callback_t callback;
	virtqueue_notify_host_t notify;
	void *priv;			/* the device driver's, for callback */
	UK_TAILQ_ENTRY(struct virtqueue) next;
	void *cookies[];		/* per chain head */
};

/* Used by transports */
struct virtqueue *virtqueue_create(struct uk_alloc *a, struct virtio_dev *vdev,
				   __u16 queue_id, __u16 nr_desc,
				   unsigned long align,
				   virtqueue_callback_t callback,
				   virtqueue_notify_host_t notify);
void virtqueue_destroy(struct uk_alloc *a, struct virtqueue *vq);
/* Interrupt from the device for this queue: runs the callback */
int virtqueue_ring_interrupt(struct virtqueue *vq);
__paddr_t virtqueue_desc_paddr(struct virtqueue *vq);
__paddr_t virtqueue_avail_paddr(struct virtqueue *vq);
__paddr_t virtqueue_used_paddr(struct virtqueue *vq);

/* Used by device drivers */
int virtqueue_buffer_enqueue(struct virtqueue *vq, void *cookie,
			     const struct virtqueue_seg *segs,
			     unsigned int nb_out, unsigned int nb_in);
int virtqueue_buffer_dequeue(struct virtqueue *vq, void **cookie,
			     __u32 *len);
void virtqueue_host_notify(struct virtqueue *vq);
int virtqueue_intr_enable(struct virtqueue *vq);
void virtqueue_intr_disable(struct virtqueue *vq);
int virtqueue_hasdata(struct virtqueue *vq);

static inline int virtqueue_is_full(struct virtqueue *vq)
{
	return vq->num_free == 0;
}

static inline unsigned int virtqueue_free_desc(struct virtqueue *vq)
{
	return vq->num_free;
}

/* Memory is identity mapped on our platforms */
static inline __paddr_t virtio_paddr(const void *p)
{
	return (__paddr_t)(__uptr)p;
}

#endif /* __VIRTQUEUE_H__ */
