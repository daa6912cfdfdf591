/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * virtio over MMIO (virtio 1.0 section 4.2): version 1 (legacy) and
 * version 2 (modern) register layouts. Devices sit in a fixed window of
 * slots (QEMU's arm64 virt board: 32 slots of 0x200 bytes at 0x0a000000,
 * slot n on interrupt 48+n); the window is set in menuconfig, unless the
 * platform lists the devices it found (<virtio/virtio_mmio.h>). Empty
 * slots read device id 0 and are skipped.
 */
#include <errno.h>
#include <string.h>
#include <uk/bus.h>
#include <uk/print.h>
#include <uk/assert.h>
#include <uk/plat/irq.h>
#include <uk/plat/lcpu.h>
#include <uk/arch/lcpu.h>
#include <virtio/virtio_bus.h>
#include <virtio/virtio_mmio.h>

#define VMMIO_MAGIC_VALUE	0x000
#define VMMIO_VERSION		0x004
#define VMMIO_DEVICE_ID		0x008
#define VMMIO_DEV_FEATURES	0x010
#define VMMIO_DEV_FEATURES_SEL	0x014
#define VMMIO_DRV_FEATURES	0x020
#define VMMIO_DRV_FEATURES_SEL	0x024
#define VMMIO_GUEST_PAGE_SIZE	0x028	/* v1 */
#define VMMIO_QUEUE_SEL		0x030
#define VMMIO_QUEUE_NUM_MAX	0x034
#define VMMIO_QUEUE_NUM		0x038
#define VMMIO_QUEUE_ALIGN	0x03c	/* v1 */
#define VMMIO_QUEUE_PFN		0x040	/* v1 */
#define VMMIO_QUEUE_READY	0x044	/* v2 */
#define VMMIO_QUEUE_NOTIFY	0x050
#define VMMIO_INTERRUPT_STATUS	0x060
#define VMMIO_INTERRUPT_ACK	0x064
#define VMMIO_STATUS		0x070
#define VMMIO_QUEUE_DESC_LOW	0x080	/* v2 */
#define VMMIO_QUEUE_DESC_HIGH	0x084
#define VMMIO_QUEUE_AVAIL_LOW	0x090
#define VMMIO_QUEUE_AVAIL_HIGH	0x094
#define VMMIO_QUEUE_USED_LOW	0x0a0
#define VMMIO_QUEUE_USED_HIGH	0x0a4
#define VMMIO_CONFIG_GENERATION	0x0fc	/* v2 */
#define VMMIO_CONFIG		0x100

#define VMMIO_MAGIC		0x74726976	/* "virt" */
#define VMMIO_PAGE_SIZE		4096

struct virtio_mmio_dev {
	struct virtio_dev vdev;
	volatile __u8 *base;
	unsigned int version;
};

static struct uk_alloc *vmmio_alloc;

/* Devices the platform listed (virtio_mmio_add_device()) */
static struct {
	__uptr base;
	unsigned long irq;
} vmmio_listed[VIRTIO_MMIO_MAX_DEVICES];
static unsigned int vmmio_listed_count;

#define to_vmmio(vdev) __containerof(vdev, struct virtio_mmio_dev, vdev)

static inline __u32 rd32(struct virtio_mmio_dev *d, unsigned int off)
{
	return *(volatile __u32 *)(d->base + off);
}

static inline void wr32(struct virtio_mmio_dev *d, unsigned int off,
			__u32 v)
{
	*(volatile __u32 *)(d->base + off) = v;
}

static void vmmio_reset(struct virtio_dev *vdev)
{
	wr32(to_vmmio(vdev), VMMIO_STATUS, 0);
}

static __u8 vmmio_status_get(struct virtio_dev *vdev)
{
	return (__u8)rd32(to_vmmio(vdev), VMMIO_STATUS);
}

static void vmmio_status_set(struct virtio_dev *vdev, __u8 status)
{
	wr32(to_vmmio(vdev), VMMIO_STATUS, status);
}

static __u64 vmmio_features_get(struct virtio_dev *vdev)
{
	struct virtio_mmio_dev *d = to_vmmio(vdev);
	__u64 f;

	wr32(d, VMMIO_DEV_FEATURES_SEL, 0);
	f = rd32(d, VMMIO_DEV_FEATURES);
	wr32(d, VMMIO_DEV_FEATURES_SEL, 1);
	f |= (__u64)rd32(d, VMMIO_DEV_FEATURES) << 32;
	return f;
}

static int vmmio_features_set(struct virtio_dev *vdev, __u64 features)
{
	struct virtio_mmio_dev *d = to_vmmio(vdev);

	if (d->version >= 2)
		features |= 1ULL << VIRTIO_F_VERSION_1;
	else
		features &= 0xffffffffULL;
	vdev->features = features;
	wr32(d, VMMIO_DRV_FEATURES_SEL, 0);
	wr32(d, VMMIO_DRV_FEATURES, (__u32)features);
	wr32(d, VMMIO_DRV_FEATURES_SEL, 1);
	wr32(d, VMMIO_DRV_FEATURES, (__u32)(features >> 32));
	if (d->version < 2)
		return 0;
	virtio_dev_status_update(vdev, VIRTIO_CONFIG_STATUS_FEATURES_OK);
	if (!(vmmio_status_get(vdev) & VIRTIO_CONFIG_STATUS_FEATURES_OK))
		return -EIO;
	return 0;
}

static int vmmio_config_get(struct virtio_dev *vdev, __u16 offset,
			    void *buf, __u32 len)
{
	struct virtio_mmio_dev *d = to_vmmio(vdev);
	__u8 *out = buf;
	__u32 gen = 0, i;

	do {
		if (d->version >= 2)
			gen = rd32(d, VMMIO_CONFIG_GENERATION);
		for (i = 0; i < len; i++)
			out[i] = *(volatile __u8 *)(d->base + VMMIO_CONFIG
						    + offset + i);
	} while (d->version >= 2 && gen != rd32(d, VMMIO_CONFIG_GENERATION));
	return 0;
}

static int vmmio_config_set(struct virtio_dev *vdev, __u16 offset,
			    const void *buf, __u32 len)
{
	struct virtio_mmio_dev *d = to_vmmio(vdev);
	const __u8 *in = buf;
	__u32 i;

	for (i = 0; i < len; i++)
		*(volatile __u8 *)(d->base + VMMIO_CONFIG + offset + i) = in[i];
	return 0;
}

static int vmmio_vqs_find(struct virtio_dev *vdev, __u16 nb_vqs,
			  __u16 *qsizes)
{
	struct virtio_mmio_dev *d = to_vmmio(vdev);
	__u16 i;

	for (i = 0; i < nb_vqs; i++) {
		wr32(d, VMMIO_QUEUE_SEL, i);
		qsizes[i] = (__u16)rd32(d, VMMIO_QUEUE_NUM_MAX);
		if (!qsizes[i])
			return -ENOENT;
	}
	return nb_vqs;
}

static void vmmio_notify(struct virtio_dev *vdev, __u16 queue_id)
{
	wr32(to_vmmio(vdev), VMMIO_QUEUE_NOTIFY, queue_id);
}

static struct virtqueue *vmmio_vq_setup(struct virtio_dev *vdev,
					__u16 queue_id, __u16 nr_desc,
					virtqueue_callback_t callback,
					struct uk_alloc *a)
{
	struct virtio_mmio_dev *d = to_vmmio(vdev);
	struct virtqueue *vq;
	unsigned long flags;
	__u32 max;
	__u64 p;

	wr32(d, VMMIO_QUEUE_SEL, queue_id);
	max = rd32(d, VMMIO_QUEUE_NUM_MAX);
	if (!max || nr_desc > max) {
		uk_pr_err("virtio-mmio: queue %u: %u descriptors not possible "
			  "(device maximum %u)\n", queue_id, nr_desc, max);
		return __NULL;
	}
	vq = virtqueue_create(a, vdev, queue_id, nr_desc, VMMIO_PAGE_SIZE,
			      callback, vmmio_notify);
	if (!vq)
		return __NULL;
	wr32(d, VMMIO_QUEUE_NUM, nr_desc);
	if (d->version < 2) {
		wr32(d, VMMIO_QUEUE_ALIGN, VMMIO_PAGE_SIZE);
		wr32(d, VMMIO_QUEUE_PFN, (__u32)(virtqueue_desc_paddr(vq)
						 / VMMIO_PAGE_SIZE));
	} else {
		p = virtqueue_desc_paddr(vq);
		wr32(d, VMMIO_QUEUE_DESC_LOW, (__u32)p);
		wr32(d, VMMIO_QUEUE_DESC_HIGH, (__u32)(p >> 32));
		p = virtqueue_avail_paddr(vq);
		wr32(d, VMMIO_QUEUE_AVAIL_LOW, (__u32)p);
		wr32(d, VMMIO_QUEUE_AVAIL_HIGH, (__u32)(p >> 32));
		p = virtqueue_used_paddr(vq);
		wr32(d, VMMIO_QUEUE_USED_LOW, (__u32)p);
		wr32(d, VMMIO_QUEUE_USED_HIGH, (__u32)(p >> 32));
		wr32(d, VMMIO_QUEUE_READY, 1);
	}
	flags = ukplat_lcpu_save_irqf();
	UK_TAILQ_INSERT_TAIL(&vdev->vqs, vq, next);
	ukplat_lcpu_restore_irqf(flags);
	return vq;
}

static const struct virtio_config_ops vmmio_ops = {
	.device_reset = vmmio_reset,
	.config_get = vmmio_config_get,
	.config_set = vmmio_config_set,
	.features_get = vmmio_features_get,
	.features_set = vmmio_features_set,
	.status_get = vmmio_status_get,
	.status_set = vmmio_status_set,
	.vqs_find = vmmio_vqs_find,
	.vq_setup = vmmio_vq_setup,
};

static int vmmio_irq_handler(void *arg)
{
	struct virtio_mmio_dev *d = arg;
	__u32 status = rd32(d, VMMIO_INTERRUPT_STATUS);

	if (!status)
		return 0;
	wr32(d, VMMIO_INTERRUPT_ACK, status);
	if (status & VIRTIO_ISR_QUEUE)
		virtio_dev_interrupt(&d->vdev);
	return 1;
}

static void vmmio_probe_slot(__uptr addr, unsigned long irq)
{
	struct virtio_mmio_dev *d;
	volatile __u32 *regs = (volatile __u32 *)addr;
	__u32 version, type;

	if (regs[VMMIO_MAGIC_VALUE / 4] != VMMIO_MAGIC)
		return;
	version = regs[VMMIO_VERSION / 4];
	type = regs[VMMIO_DEVICE_ID / 4];
	if (!type)
		return;		/* empty slot */
	if (version < 1 || version > 2) {
		uk_pr_warn("virtio-mmio at %lx: unknown version %u\n",
			   (unsigned long)addr, version);
		return;
	}

	d = uk_calloc(vmmio_alloc, 1, sizeof(*d));
	if (!d) {
		uk_pr_err("virtio-mmio: out of memory\n");
		return;
	}
	d->base = (volatile __u8 *)addr;
	d->version = version;
	d->vdev.id.virtio_device_id = (__u16)type;
	d->vdev.cops = &vmmio_ops;
	d->vdev.irq = irq;
	d->vdev.transport = version == 1 ? "mmio-legacy" : "mmio";
	if (version == 1)
		wr32(d, VMMIO_GUEST_PAGE_SIZE, VMMIO_PAGE_SIZE);
	uk_pr_info("virtio-mmio at %lx: type %u, version %u, IRQ %lu\n",
		   (unsigned long)addr, type, version, irq);
	if (ukplat_irq_register(irq, vmmio_irq_handler, d) < 0)
		uk_pr_warn("virtio-mmio: no interrupt: drivers must poll\n");
	virtio_bus_register_device(&d->vdev);
}

int virtio_mmio_add_device(__uptr base, unsigned long irq)
{
	if (vmmio_listed_count == VIRTIO_MMIO_MAX_DEVICES)
		return -ENOSPC;
	vmmio_listed[vmmio_listed_count].base = base;
	vmmio_listed[vmmio_listed_count].irq = irq;
	vmmio_listed_count++;
	return 0;
}

static int vmmio_probe(void)
{
	unsigned int i;

	if (vmmio_listed_count) {
		uk_pr_debug("virtio-mmio: probing %u devices the platform "
			    "listed\n", vmmio_listed_count);
		for (i = 0; i < vmmio_listed_count; i++)
			vmmio_probe_slot(vmmio_listed[i].base,
					 vmmio_listed[i].irq);
		return 0;
	}
	for (i = 0; i < CONFIG_VIRTIO_MMIO_SLOTS; i++)
		vmmio_probe_slot(CONFIG_VIRTIO_MMIO_BASE
				 + i * CONFIG_VIRTIO_MMIO_STRIDE,
				 CONFIG_VIRTIO_MMIO_IRQ_BASE + i);
	return 0;
}

static int vmmio_init(struct uk_alloc *a)
{
	vmmio_alloc = a;
	return 0;
}

static struct uk_bus vmmio_bus = {
	.name = "virtio-mmio",
	.init = vmmio_init,
	.probe = vmmio_probe,
};
UK_BUS_REGISTER(&vmmio_bus);
