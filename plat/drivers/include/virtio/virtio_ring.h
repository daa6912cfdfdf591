/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The split virtqueue's memory layout (virtio 1.0, section 2.4), shared
 * by legacy and modern devices: descriptor table, available ring, then
 * the used ring at the next `align` boundary. All fields little endian
 * (our CPUs are little endian).
 */
#ifndef __VIRTIO_RING_H__
#define __VIRTIO_RING_H__

#include <uk/essentials.h>

#define VRING_DESC_F_NEXT	1	/* chained with the `next` field */
#define VRING_DESC_F_WRITE	2	/* device writes (vs. reads) */

#define VRING_AVAIL_F_NO_INTERRUPT	1
#define VRING_USED_F_NO_NOTIFY		1

/* Legacy devices need the used ring on a 4 KiB boundary */
#define VIRTIO_VRING_ALIGN	4096

struct vring_desc {
	__u64 addr;
	__u32 len;
	__u16 flags;
	__u16 next;
};

struct vring_avail {
	__u16 flags;
	__u16 idx;
	__u16 ring[];
};

struct vring_used_elem {
	__u32 id;	/* head of the descriptor chain */
	__u32 len;	/* bytes written into the chain */
};

struct vring_used {
	__u16 flags;
	__u16 idx;
	struct vring_used_elem ring[];
};

struct vring {
	unsigned int num;
	struct vring_desc *desc;
	struct vring_avail *avail;
	struct vring_used *used;
};

static inline __sz vring_size(unsigned int num, unsigned long align)
{
	__sz s;

	s = sizeof(struct vring_desc) * num
		+ sizeof(__u16) * (3 + num);
	s = ALIGN_UP(s, align);
	s += sizeof(__u16) * 3 + sizeof(struct vring_used_elem) * num;
	return s;
}

static inline void vring_init(struct vring *vr, unsigned int num, void *p,
			      unsigned long align)
{
	vr->num = num;
	vr->desc = (struct vring_desc *)p;
	vr->avail = (struct vring_avail *)((__u8 *)p
					   + num * sizeof(struct vring_desc));
	vr->used = (struct vring_used *)ALIGN_UP(
		(__uptr)&vr->avail->ring[num] + sizeof(__u16), align);
}

#endif /* __VIRTIO_RING_H__ */
