/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Split virtqueue, driver side. Free descriptors form a list through
 * their `next` fields; a buffer takes a chain of them, the chain's head
 * index goes into the available ring and comes back in the used ring.
 */
#include <errno.h>
#include <string.h>
#include <uk/print.h>
#include <uk/assert.h>
#include <uk/arch/lcpu.h>
#include <virtio/virtio_bus.h>

struct virtqueue *virtqueue_create(struct uk_alloc *a, struct virtio_dev *vdev,
				   __u16 queue_id, __u16 nr_desc,
				   unsigned long align,
				   virtqueue_callback_t callback,
				   virtqueue_notify_host_t notify)
{
	struct virtqueue *vq;
	__sz ring_size;
	unsigned int i;

	UK_ASSERT(a && vdev && notify);
	if (!nr_desc || (nr_desc & (nr_desc - 1))) {
		uk_pr_err("virtqueue %u: size %u is not a power of 2\n",
			  queue_id, nr_desc);
		return __NULL;
	}

	vq = uk_calloc(a, 1, sizeof(*vq) + nr_desc * sizeof(void *));
	if (!vq)
		return __NULL;
	ring_size = vring_size(nr_desc, align);
	vq->ring_mem = uk_memalign(a, 4096, ring_size);
	if (!vq->ring_mem) {
		uk_free(a, vq);
		return __NULL;
	}
	memset(vq->ring_mem, 0, ring_size);
	vring_init(&vq->vring, nr_desc, vq->ring_mem, align);

	vq->vdev = vdev;
	vq->queue_id = queue_id;
	vq->callback = callback;
	vq->notify = notify;
	for (i = 0; i < nr_desc - 1U; i++)
		vq->vring.desc[i].next = i + 1;
	vq->free_head = 0;
	vq->num_free = nr_desc;
	/* Interrupts stay off until the driver asks for them */
	vq->vring.avail->flags = VRING_AVAIL_F_NO_INTERRUPT;
	return vq;
}

void virtqueue_destroy(struct uk_alloc *a, struct virtqueue *vq)
{
	if (!vq)
		return;
	uk_free(a, vq->ring_mem);
	uk_free(a, vq);
}

__paddr_t virtqueue_desc_paddr(struct virtqueue *vq)
{
	return virtio_paddr(vq->vring.desc);
}

__paddr_t virtqueue_avail_paddr(struct virtqueue *vq)
{
	return virtio_paddr(vq->vring.avail);
}

__paddr_t virtqueue_used_paddr(struct virtqueue *vq)
{
	return virtio_paddr(vq->vring.used);
}

int virtqueue_buffer_enqueue(struct virtqueue *vq, void *cookie,
			     const struct virtqueue_seg *segs,
			     unsigned int nb_out, unsigned int nb_in)
{
	unsigned int total = nb_out + nb_in, i;
	__u16 head, idx;
	struct vring_desc *d;

	UK_ASSERT(vq && segs);
	if (!total)
		return -EINVAL;
	if (total > vq->num_free)
		return -ENOSPC;

	head = vq->free_head;
	idx = head;
	for (i = 0; i < total; i++) {
		d = &vq->vring.desc[idx];
		d->addr = segs[i].addr;
		d->len = segs[i].len;
		d->flags = (i >= nb_out) ? VRING_DESC_F_WRITE : 0;
		if (i + 1 < total)
			d->flags |= VRING_DESC_F_NEXT;
		idx = d->next;
	}
	vq->free_head = idx;
	vq->num_free -= total;
	vq->cookies[head] = cookie;

	vq->vring.avail->ring[vq->avail_shadow & (vq->vring.num - 1)] = head;
	/* The device must see the ring entry before the new index */
	wmb();
	vq->avail_shadow++;
	vq->vring.avail->idx = vq->avail_shadow;
	return 0;
}

void virtqueue_host_notify(struct virtqueue *vq)
{
	/* The index update must be visible before we read the flags */
	mb();
	if (!(vq->vring.used->flags & VRING_USED_F_NO_NOTIFY))
		vq->notify(vq->vdev, vq->queue_id);
}

int virtqueue_hasdata(struct virtqueue *vq)
{
	return vq->last_used != *(volatile __u16 *)&vq->vring.used->idx;
}

int virtqueue_buffer_dequeue(struct virtqueue *vq, void **cookie,
			     __u32 *len)
{
	struct vring_used_elem *e;
	__u16 head, idx;
	unsigned int n = 1;

	if (!virtqueue_hasdata(vq))
		return -ENOENT;
	/* Read the entry only after seeing the index that covers it */
	rmb();
	e = &vq->vring.used->ring[vq->last_used & (vq->vring.num - 1)];
	head = (__u16)e->id;
	if (head >= vq->vring.num) {
		uk_pr_err("virtqueue %u: device returned bad id %u\n",
			  vq->queue_id, head);
		vq->last_used++;
		return -EIO;
	}
	if (len)
		*len = e->len;
	if (cookie)
		*cookie = vq->cookies[head];
	vq->cookies[head] = __NULL;

	/* Return the chain to the free list */
	idx = head;
	while (vq->vring.desc[idx].flags & VRING_DESC_F_NEXT) {
		idx = vq->vring.desc[idx].next;
		n++;
	}
	vq->vring.desc[idx].next = vq->free_head;
	vq->free_head = head;
	vq->num_free += n;
	vq->last_used++;
	return 0;
}

void virtqueue_intr_disable(struct virtqueue *vq)
{
	vq->vring.avail->flags |= VRING_AVAIL_F_NO_INTERRUPT;
}

int virtqueue_intr_enable(struct virtqueue *vq)
{
	vq->vring.avail->flags &= ~VRING_AVAIL_F_NO_INTERRUPT;
	/* The flag must be visible before we look for missed buffers */
	mb();
	return virtqueue_hasdata(vq);
}

int virtqueue_ring_interrupt(struct virtqueue *vq)
{
	if (!virtqueue_hasdata(vq))
		return 0;
	if (vq->vring.avail->flags & VRING_AVAIL_F_NO_INTERRUPT)
		return 1;	/* not asked for; the poller will see it */
	if (vq->callback)
		vq->callback(vq, vq->priv);
	return 1;
}
