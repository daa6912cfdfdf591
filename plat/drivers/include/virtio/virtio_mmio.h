/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * virtio-mmio devices a platform found itself, for instance in a device
 * tree. Platform boot code calls virtio_mmio_add_device() with a
 * device's register window and interrupt before the buses are probed;
 * when it recorded any, the virtio-mmio bus probes exactly those,
 * otherwise the window of slots set in menuconfig (VIRTIO_MMIO_BASE).
 * Returns 0, or -ENOSPC when VIRTIO_MMIO_MAX_DEVICES are recorded.
 */
#ifndef __VIRTIO_MMIO_H__
#define __VIRTIO_MMIO_H__

#include <uk/essentials.h>

#define VIRTIO_MMIO_MAX_DEVICES	64

int virtio_mmio_add_device(__uptr base, unsigned long irq);

#endif /* __VIRTIO_MMIO_H__ */
