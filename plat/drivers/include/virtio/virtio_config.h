/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Device status bits and transport-independent feature bits
 * (virtio 1.0, sections 2.1 and 6).
 */
#ifndef __VIRTIO_CONFIG_H__
#define __VIRTIO_CONFIG_H__

#define VIRTIO_CONFIG_STATUS_RESET		0x00
#define VIRTIO_CONFIG_STATUS_ACK		0x01
#define VIRTIO_CONFIG_STATUS_DRIVER		0x02
#define VIRTIO_CONFIG_STATUS_DRIVER_OK		0x04
#define VIRTIO_CONFIG_STATUS_FEATURES_OK	0x08
#define VIRTIO_CONFIG_STATUS_NEEDS_RESET	0x40
#define VIRTIO_CONFIG_STATUS_FAIL		0x80

/* Feature bit numbers */
#define VIRTIO_F_NOTIFY_ON_EMPTY	24
#define VIRTIO_F_ANY_LAYOUT		27
#define VIRTIO_F_RING_INDIRECT_DESC	28
#define VIRTIO_F_RING_EVENT_IDX		29
#define VIRTIO_F_VERSION_1		32

/* Bits of the ISR status register (legacy PCI, modern PCI and MMIO) */
#define VIRTIO_ISR_QUEUE		0x1
#define VIRTIO_ISR_CONFIG		0x2

#endif /* __VIRTIO_CONFIG_H__ */
