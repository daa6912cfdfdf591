/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * PCI bus (x86 configuration mechanism #1, ports 0xcf8/0xcfc).
 *
 * The bus scans every bus/slot/function at boot (a ukbus probe) and
 * hands each device to the first registered driver whose id table
 * matches it:
 *
 *   static const struct pci_device_id ids[] = {
 *           { PCI_DEVICE_ID(0x1af4, PCI_ANY_ID) }, { PCI_ANY_DEVICE_ID }
 *   };
 *   static struct pci_driver drv = { .device_ids = ids,
 *                                    .init = my_init,       optional
 *                                    .add_dev = my_add_dev };
 *   PCI_REGISTER_DRIVER(&drv);
 *
 * init(a) runs once before the scan; add_dev(dev) once per matching
 * device (a negative errno leaves the device unclaimed). The device
 * record stays valid for the life of the system. Config-space access and
 * BAR decoding are below; the legacy INTx line (`irq`) is the one the
 * firmware wrote into the interrupt-line register.
 */
#ifndef __PCI_BUS_H__
#define __PCI_BUS_H__

#include <uk/essentials.h>
#include <uk/list.h>
#include <uk/alloc.h>
#include <uk/ctors.h>

#define PCI_ANY_ID		0xffff

#define PCI_CONF_VENDOR_ID	0x00	/* 16 */
#define PCI_CONF_DEVICE_ID	0x02	/* 16 */
#define PCI_CONF_COMMAND	0x04	/* 16 */
#define PCI_CONF_STATUS		0x06	/* 16 */
#define PCI_CONF_CLASS_REV	0x08	/* 32: class, subclass, prog-if, rev */
#define PCI_CONF_HEADER_TYPE	0x0e	/* 8 */
#define PCI_CONF_BAR0		0x10	/* 6 x 32 */
#define PCI_CONF_SUBSYS_VENDOR	0x2c	/* 16 */
#define PCI_CONF_SUBSYS_ID	0x2e	/* 16 */
#define PCI_CONF_CAP_PTR	0x34	/* 8 */
#define PCI_CONF_IRQ_LINE	0x3c	/* 8 */
#define PCI_CONF_IRQ_PIN	0x3d	/* 8 */

#define PCI_COMMAND_IO		0x0001
#define PCI_COMMAND_MEMORY	0x0002
#define PCI_COMMAND_MASTER	0x0004
#define PCI_STATUS_CAP_LIST	0x0010

#define PCI_CAP_ID_VENDOR	0x09

struct pci_address {
	__u8 bus;
	__u8 devid;
	__u8 function;
};

struct pci_device_id {
	__u16 vendor_id;
	__u16 device_id;	/* PCI_ANY_ID: every device of the vendor */
};

#define PCI_DEVICE_ID(vend, dev)	.vendor_id = (vend), .device_id = (dev)
/* Terminates an id table */
#define PCI_ANY_DEVICE_ID		.vendor_id = 0, .device_id = 0

struct pci_driver;

struct pci_device {
	UK_TAILQ_ENTRY(struct pci_device) next;
	struct pci_address addr;
	__u16 vendor_id;
	__u16 device_id;
	__u16 subsys_vendor_id;
	__u16 subsys_id;
	__u32 class_rev;
	unsigned long irq;	/* legacy INTx line; 0xff: none */
	struct pci_driver *drv;
};

struct pci_driver {
	UK_TAILQ_ENTRY(struct pci_driver) next;
	const struct pci_device_id *device_ids;
	int (*init)(struct uk_alloc *a);
	int (*add_dev)(struct pci_device *dev);
};

void _pci_register_driver(struct pci_driver *drv);

#define _PCI_REGISTER_CTOR(drv, line)					\
	static void __pci_register_ ## line(void)			\
	{								\
		_pci_register_driver(drv);				\
	}								\
	UK_CTOR_PRIO(__pci_register_ ## line, 2)
#define _PCI_REGISTER_L(drv, line) _PCI_REGISTER_CTOR(drv, line)
#define PCI_REGISTER_DRIVER(drv) _PCI_REGISTER_L(drv, __LINE__)

__u8 pci_conf_read8(struct pci_device *dev, __u8 off);
__u16 pci_conf_read16(struct pci_device *dev, __u8 off);
__u32 pci_conf_read32(struct pci_device *dev, __u8 off);
void pci_conf_write16(struct pci_device *dev, __u8 off, __u16 v);
void pci_conf_write32(struct pci_device *dev, __u8 off, __u32 v);

/*
 * Decode BAR n: its base address, whether it is in I/O space and its
 * size. Returns 0, or -EINVAL when the BAR is not implemented.
 */
int pci_bar(struct pci_device *dev, unsigned int n, __u64 *base,
	    int *is_io, __u64 *size);

/*
 * Offset of the next capability with id cap_id after offset `after`
 * (0: from the start of the list), or 0 when there is none.
 */
__u8 pci_cap_find(struct pci_device *dev, __u8 cap_id, __u8 after);

/* Enable I/O and memory decoding and bus mastering (DMA). */
void pci_enable(struct pci_device *dev);

#endif /* __PCI_BUS_H__ */
