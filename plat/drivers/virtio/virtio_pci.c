/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * virtio over PCI: legacy devices (I/O port BAR 0, virtio 0.9.5) and
 * modern ones (virtio 1.0, registers in memory BARs found through
 * vendor capabilities). A transitional device (QEMU's default) offers
 * both; we use the modern interface when it is there, the legacy one
 * otherwise. Interrupts come through the device's INTx line.
 */
#include <errno.h>
#include <string.h>
#include <uk/print.h>
#include <uk/assert.h>
#include <uk/plat/irq.h>
#include <uk/plat/lcpu.h>
#include <uk/arch/lcpu.h>
#include <pci/pci_bus.h>
#include <virtio/virtio_bus.h>
#include <x86/io.h>

#define VIRTIO_PCI_VENDOR		0x1af4
#define VIRTIO_PCI_LEGACY_FIRST		0x1000
#define VIRTIO_PCI_LEGACY_LAST		0x103f
#define VIRTIO_PCI_MODERN_FIRST		0x1040
#define VIRTIO_PCI_MODERN_LAST		0x107f

/* Legacy registers, offsets into the I/O BAR */
#define VPL_HOST_FEATURES	0x00	/* 32 */
#define VPL_GUEST_FEATURES	0x04	/* 32 */
#define VPL_QUEUE_PFN		0x08	/* 32 */
#define VPL_QUEUE_SIZE		0x0c	/* 16 */
#define VPL_QUEUE_SEL		0x0e	/* 16 */
#define VPL_QUEUE_NOTIFY	0x10	/* 16 */
#define VPL_STATUS		0x12	/* 8 */
#define VPL_ISR			0x13	/* 8 */
#define VPL_CONFIG		0x14	/* device config without MSI-X */
#define VPL_QUEUE_ADDR_SHIFT	12

/* Modern capability types and common configuration layout */
#define VPM_CAP_COMMON		1
#define VPM_CAP_NOTIFY		2
#define VPM_CAP_ISR		3
#define VPM_CAP_DEVICE		4

#define VPM_DFSELECT		0x00	/* 32 */
#define VPM_DF			0x04	/* 32 */
#define VPM_GFSELECT		0x08	/* 32 */
#define VPM_GF			0x0c	/* 32 */
#define VPM_NUM_QUEUES		0x12	/* 16 */
#define VPM_STATUS		0x14	/* 8 */
#define VPM_CFG_GENERATION	0x15	/* 8 */
#define VPM_Q_SELECT		0x16	/* 16 */
#define VPM_Q_SIZE		0x18	/* 16 */
#define VPM_Q_MSIX		0x1a	/* 16 */
#define VPM_Q_ENABLE		0x1c	/* 16 */
#define VPM_Q_NOTIFY_OFF	0x1e	/* 16 */
#define VPM_Q_DESC		0x20	/* 64 */
#define VPM_Q_AVAIL		0x28	/* 64 */
#define VPM_Q_USED		0x30	/* 64 */

struct virtio_pci_dev {
	struct virtio_dev vdev;
	struct pci_device *pdev;
	int modern;
	__u16 iobase;			/* legacy */
	volatile __u8 *common;		/* modern */
	volatile __u8 *isr;
	volatile __u8 *devcfg;
	volatile __u8 *notify_base;
	__u32 notify_mult;
};

static struct uk_alloc *vpci_alloc;

#define to_vpci(vdev) __containerof(vdev, struct virtio_pci_dev, vdev)

/* --- MMIO accessors for modern devices ------------------------------ */

static inline __u8 mr8(volatile __u8 *b, unsigned int off)
{
	return *(volatile __u8 *)(b + off);
}

static inline __u16 mr16(volatile __u8 *b, unsigned int off)
{
	return *(volatile __u16 *)(b + off);
}

static inline __u32 mr32(volatile __u8 *b, unsigned int off)
{
	return *(volatile __u32 *)(b + off);
}

static inline void mw8(volatile __u8 *b, unsigned int off, __u8 v)
{
	*(volatile __u8 *)(b + off) = v;
}

static inline void mw16(volatile __u8 *b, unsigned int off, __u16 v)
{
	*(volatile __u16 *)(b + off) = v;
}

static inline void mw32(volatile __u8 *b, unsigned int off, __u32 v)
{
	*(volatile __u32 *)(b + off) = v;
}

static inline void mw64(volatile __u8 *b, unsigned int off, __u64 v)
{
	/* Two halves: the spec does not promise 64-bit accesses work */
	mw32(b, off, (__u32)v);
	mw32(b, off + 4, (__u32)(v >> 32));
}

/* --- config ops ------------------------------------------------------- */

static void vpci_reset(struct virtio_dev *vdev)
{
	struct virtio_pci_dev *d = to_vpci(vdev);

	if (d->modern) {
		mw8(d->common, VPM_STATUS, 0);
		/* Reset completes when the device reads back 0 */
		while (mr8(d->common, VPM_STATUS))
			barrier();
	} else {
		outb(d->iobase + VPL_STATUS, 0);
	}
}

static __u8 vpci_status_get(struct virtio_dev *vdev)
{
	struct virtio_pci_dev *d = to_vpci(vdev);

	return d->modern ? mr8(d->common, VPM_STATUS)
			 : inb(d->iobase + VPL_STATUS);
}

static void vpci_status_set(struct virtio_dev *vdev, __u8 status)
{
	struct virtio_pci_dev *d = to_vpci(vdev);

	if (d->modern)
		mw8(d->common, VPM_STATUS, status);
	else
		outb(d->iobase + VPL_STATUS, status);
}

static __u64 vpci_features_get(struct virtio_dev *vdev)
{
	struct virtio_pci_dev *d = to_vpci(vdev);
	__u64 f;

	if (!d->modern)
		return inl(d->iobase + VPL_HOST_FEATURES);
	mw32(d->common, VPM_DFSELECT, 0);
	f = mr32(d->common, VPM_DF);
	mw32(d->common, VPM_DFSELECT, 1);
	f |= (__u64)mr32(d->common, VPM_DF) << 32;
	return f;
}

static int vpci_features_set(struct virtio_dev *vdev, __u64 features)
{
	struct virtio_pci_dev *d = to_vpci(vdev);

	if (!d->modern) {
		outl(d->iobase + VPL_GUEST_FEATURES, (__u32)features);
		return 0;
	}
	/* A modern device must be driven as version 1 */
	features |= 1ULL << VIRTIO_F_VERSION_1;
	vdev->features = features;
	mw32(d->common, VPM_GFSELECT, 0);
	mw32(d->common, VPM_GF, (__u32)features);
	mw32(d->common, VPM_GFSELECT, 1);
	mw32(d->common, VPM_GF, (__u32)(features >> 32));
	virtio_dev_status_update(vdev, VIRTIO_CONFIG_STATUS_FEATURES_OK);
	if (!(vpci_status_get(vdev) & VIRTIO_CONFIG_STATUS_FEATURES_OK)) {
		uk_pr_err("virtio-pci: device refused features %llx\n",
			  (unsigned long long)features);
		return -EIO;
	}
	return 0;
}

static int vpci_config_get(struct virtio_dev *vdev, __u16 offset, void *buf,
			   __u32 len)
{
	struct virtio_pci_dev *d = to_vpci(vdev);
	__u8 *out = buf, gen;
	__u32 i;

	if (!d->modern) {
		for (i = 0; i < len; i++)
			out[i] = inb(d->iobase + VPL_CONFIG + offset + i);
		return 0;
	}
	if (!d->devcfg)
		return -ENOTSUP;
	/* Read again if the device changed the config meanwhile */
	do {
		gen = mr8(d->common, VPM_CFG_GENERATION);
		for (i = 0; i < len; i++)
			out[i] = mr8(d->devcfg, offset + i);
	} while (gen != mr8(d->common, VPM_CFG_GENERATION));
	return 0;
}

static int vpci_config_set(struct virtio_dev *vdev, __u16 offset,
			   const void *buf, __u32 len)
{
	struct virtio_pci_dev *d = to_vpci(vdev);
	const __u8 *in = buf;
	__u32 i;

	if (!d->modern) {
		for (i = 0; i < len; i++)
			outb(d->iobase + VPL_CONFIG + offset + i, in[i]);
		return 0;
	}
	if (!d->devcfg)
		return -ENOTSUP;
	for (i = 0; i < len; i++)
		mw8(d->devcfg, offset + i, in[i]);
	return 0;
}

static __u16 vpci_queue_size(struct virtio_pci_dev *d, __u16 q)
{
	if (d->modern) {
		mw16(d->common, VPM_Q_SELECT, q);
		return mr16(d->common, VPM_Q_SIZE);
	}
	outw(d->iobase + VPL_QUEUE_SEL, q);
	return inw(d->iobase + VPL_QUEUE_SIZE);
}

static int vpci_vqs_find(struct virtio_dev *vdev, __u16 nb_vqs,
			 __u16 *qsizes)
{
	struct virtio_pci_dev *d = to_vpci(vdev);
	__u16 i;

	if (d->modern && nb_vqs > mr16(d->common, VPM_NUM_QUEUES))
		return -ENOENT;
	for (i = 0; i < nb_vqs; i++) {
		qsizes[i] = vpci_queue_size(d, i);
		if (!qsizes[i])
			return -ENOENT;
	}
	return nb_vqs;
}

static void vpci_notify(struct virtio_dev *vdev, __u16 queue_id)
{
	struct virtio_pci_dev *d = to_vpci(vdev);
	__u16 off;

	if (!d->modern) {
		outw(d->iobase + VPL_QUEUE_NOTIFY, queue_id);
		return;
	}
	mw16(d->common, VPM_Q_SELECT, queue_id);
	off = mr16(d->common, VPM_Q_NOTIFY_OFF);
	mw16(d->notify_base, off * d->notify_mult, queue_id);
}

static struct virtqueue *vpci_vq_setup(struct virtio_dev *vdev,
				       __u16 queue_id, __u16 nr_desc,
				       virtqueue_callback_t callback,
				       struct uk_alloc *a)
{
	struct virtio_pci_dev *d = to_vpci(vdev);
	struct virtqueue *vq;
	unsigned long flags;
	__u16 max = vpci_queue_size(d, queue_id);

	if (!max || nr_desc > max || (!d->modern && nr_desc != max)) {
		uk_pr_err("virtio-pci: queue %u: %u descriptors not possible "
			  "(device size %u)\n", queue_id, nr_desc, max);
		return __NULL;
	}
	vq = virtqueue_create(a, vdev, queue_id, nr_desc, VIRTIO_VRING_ALIGN,
			      callback, vpci_notify);
	if (!vq)
		return __NULL;

	if (d->modern) {
		mw16(d->common, VPM_Q_SELECT, queue_id);
		mw16(d->common, VPM_Q_SIZE, nr_desc);
		mw64(d->common, VPM_Q_DESC, virtqueue_desc_paddr(vq));
		mw64(d->common, VPM_Q_AVAIL, virtqueue_avail_paddr(vq));
		mw64(d->common, VPM_Q_USED, virtqueue_used_paddr(vq));
		mw16(d->common, VPM_Q_ENABLE, 1);
	} else {
		outw(d->iobase + VPL_QUEUE_SEL, queue_id);
		outl(d->iobase + VPL_QUEUE_PFN,
		     (__u32)(virtqueue_desc_paddr(vq) >> VPL_QUEUE_ADDR_SHIFT));
	}
	flags = ukplat_lcpu_save_irqf();
	UK_TAILQ_INSERT_TAIL(&vdev->vqs, vq, next);
	ukplat_lcpu_restore_irqf(flags);
	return vq;
}

static const struct virtio_config_ops vpci_ops = {
	.device_reset = vpci_reset,
	.config_get = vpci_config_get,
	.config_set = vpci_config_set,
	.features_get = vpci_features_get,
	.features_set = vpci_features_set,
	.status_get = vpci_status_get,
	.status_set = vpci_status_set,
	.vqs_find = vpci_vqs_find,
	.vq_setup = vpci_vq_setup,
};

/* --- interrupt -------------------------------------------------------- */

static int vpci_irq_handler(void *arg)
{
	struct virtio_pci_dev *d = arg;
	__u8 isr;

	/* Reading the ISR acknowledges it and lowers the INTx line */
	isr = d->modern ? mr8(d->isr, 0) : inb(d->iobase + VPL_ISR);
	if (!isr)
		return 0;	/* someone else's on a shared line */
	if (isr & VIRTIO_ISR_QUEUE)
		virtio_dev_interrupt(&d->vdev);
	return 1;
}

/* --- discovery -------------------------------------------------------- */

/* Map one modern capability to a pointer; NULL when unusable */
static volatile __u8 *vpci_cap_map(struct pci_device *pdev, __u8 pos)
{
	__u8 bar = pci_conf_read8(pdev, pos + 4);
	__u32 off = pci_conf_read32(pdev, pos + 8);
	__u64 base, size;
	int is_io;

	if (pci_bar(pdev, bar, &base, &is_io, &size) < 0 || is_io)
		return __NULL;
	/* The boot page tables identity-map the first 4 GiB */
	if (base + off >= 0x100000000ULL) {
		uk_pr_warn("virtio-pci: BAR %u at %llx is not mapped\n", bar,
			   (unsigned long long)base);
		return __NULL;
	}
	return (volatile __u8 *)(__uptr)(base + off);
}

static int vpci_modern_setup(struct virtio_pci_dev *d)
{
	struct pci_device *pdev = d->pdev;
	__u8 pos = 0, type;

	while ((pos = pci_cap_find(pdev, PCI_CAP_ID_VENDOR, pos))) {
		type = pci_conf_read8(pdev, pos + 3);
		switch (type) {
		case VPM_CAP_COMMON:
			if (!d->common)
				d->common = vpci_cap_map(pdev, pos);
			break;
		case VPM_CAP_NOTIFY:
			if (!d->notify_base) {
				d->notify_base = vpci_cap_map(pdev, pos);
				d->notify_mult =
					pci_conf_read32(pdev, pos + 16);
			}
			break;
		case VPM_CAP_ISR:
			if (!d->isr)
				d->isr = vpci_cap_map(pdev, pos);
			break;
		case VPM_CAP_DEVICE:
			if (!d->devcfg)
				d->devcfg = vpci_cap_map(pdev, pos);
			break;
		}
	}
	if (!d->common || !d->notify_base || !d->isr)
		return -ENODEV;
	d->modern = 1;
	return 0;
}

static int vpci_legacy_setup(struct virtio_pci_dev *d)
{
	__u64 base, size;
	int is_io;

	if (pci_bar(d->pdev, 0, &base, &is_io, &size) < 0 || !is_io)
		return -ENODEV;
	d->iobase = (__u16)base;
	d->modern = 0;
	return 0;
}

static int vpci_add_dev(struct pci_device *pdev)
{
	struct virtio_pci_dev *d;
	__u16 type;
	int rc;

	if (pdev->device_id >= VIRTIO_PCI_MODERN_FIRST &&
	    pdev->device_id <= VIRTIO_PCI_MODERN_LAST)
		type = pdev->device_id - VIRTIO_PCI_MODERN_FIRST;
	else if (pdev->device_id >= VIRTIO_PCI_LEGACY_FIRST &&
		 pdev->device_id <= VIRTIO_PCI_LEGACY_LAST)
		type = pdev->subsys_id;
	else
		return -ENODEV;

	d = uk_calloc(vpci_alloc, 1, sizeof(*d));
	if (!d)
		return -ENOMEM;
	d->pdev = pdev;
	pci_enable(pdev);

	rc = vpci_modern_setup(d);
	if (rc < 0) {
		if (pdev->device_id >= VIRTIO_PCI_MODERN_FIRST) {
			uk_pr_err("virtio-pci: modern device without usable "
				  "capabilities\n");
			goto err;
		}
		rc = vpci_legacy_setup(d);
		if (rc < 0) {
			uk_pr_err("virtio-pci: no I/O BAR on legacy device\n");
			goto err;
		}
	}
	d->vdev.id.virtio_device_id = type;
	d->vdev.cops = &vpci_ops;
	d->vdev.irq = pdev->irq;
	d->vdev.transport = d->modern ? "pci-modern" : "pci-legacy";
	uk_pr_info("virtio-pci %02x:%02x.%x: type %u, %s, IRQ %lu\n",
		   pdev->addr.bus, pdev->addr.devid, pdev->addr.function, type,
		   d->vdev.transport, pdev->irq);

	if (pdev->irq < 16) {
		rc = ukplat_irq_register(pdev->irq, vpci_irq_handler, d);
		if (rc < 0)
			uk_pr_warn("virtio-pci: no interrupt (%d): "
				   "drivers must poll\n", rc);
	}
	/* A device no driver could use stays reset; its record stays */
	virtio_bus_register_device(&d->vdev);
	return 0;
err:
	uk_free(vpci_alloc, d);
	return rc;
}

static int vpci_init(struct uk_alloc *a)
{
	vpci_alloc = a;
	return 0;
}

static const struct pci_device_id vpci_ids[] = {
	{ PCI_DEVICE_ID(VIRTIO_PCI_VENDOR, PCI_ANY_ID) },
	{ PCI_ANY_DEVICE_ID },
};

static struct pci_driver vpci_driver = {
	.device_ids = vpci_ids,
	.init = vpci_init,
	.add_dev = vpci_add_dev,
};
PCI_REGISTER_DRIVER(&vpci_driver);
