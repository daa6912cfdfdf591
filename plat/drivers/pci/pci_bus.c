/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * PCI bus enumeration through configuration mechanism #1 (x86 ports
 * 0xcf8/0xcfc). Every function of every slot of every bus is looked at
 * (a brute-force scan is cheap: absent slots answer 0xffff at once), and
 * matching devices go to the registered drivers.
 */
#include <errno.h>
#include <uk/bus.h>
#include <uk/print.h>
#include <uk/assert.h>
#include <uk/plat/lcpu.h>
#include <pci/pci_bus.h>
#include <x86/io.h>

#define PCI_CONFIG_ADDR		0xcf8
#define PCI_CONFIG_DATA		0xcfc
#define PCI_ENABLE_BIT		0x80000000u
#define PCI_MAX_BUSES		256
#define PCI_MAX_DEVICES		32
#define PCI_MAX_FUNCTIONS	8
#define PCI_HEADER_MULTIFUNC	0x80

static UK_TAILQ_HEAD(, struct pci_driver) pci_drivers =
	UK_TAILQ_HEAD_INITIALIZER(pci_drivers);
static UK_TAILQ_HEAD(, struct pci_device) pci_devices =
	UK_TAILQ_HEAD_INITIALIZER(pci_devices);
static struct uk_alloc *pci_alloc;

void _pci_register_driver(struct pci_driver *drv)
{
	UK_ASSERT(drv && drv->device_ids);
	UK_TAILQ_INSERT_TAIL(&pci_drivers, drv, next);
}

static __u32 conf_addr(const struct pci_address *a, __u8 off)
{
	return PCI_ENABLE_BIT | ((__u32)a->bus << 16)
		| ((__u32)a->devid << 11) | ((__u32)a->function << 8)
		| (off & 0xfc);
}

static __u32 conf_read(const struct pci_address *a, __u8 off)
{
	unsigned long flags = ukplat_lcpu_save_irqf();
	__u32 v;

	outl(PCI_CONFIG_ADDR, conf_addr(a, off));
	v = inl(PCI_CONFIG_DATA);
	ukplat_lcpu_restore_irqf(flags);
	return v;
}

static void conf_write(const struct pci_address *a, __u8 off, __u32 v)
{
	unsigned long flags = ukplat_lcpu_save_irqf();

	outl(PCI_CONFIG_ADDR, conf_addr(a, off));
	outl(PCI_CONFIG_DATA, v);
	ukplat_lcpu_restore_irqf(flags);
}

__u32 pci_conf_read32(struct pci_device *dev, __u8 off)
{
	return conf_read(&dev->addr, off);
}

__u16 pci_conf_read16(struct pci_device *dev, __u8 off)
{
	return (__u16)(conf_read(&dev->addr, off) >> ((off & 2) * 8));
}

__u8 pci_conf_read8(struct pci_device *dev, __u8 off)
{
	return (__u8)(conf_read(&dev->addr, off) >> ((off & 3) * 8));
}

void pci_conf_write32(struct pci_device *dev, __u8 off, __u32 v)
{
	conf_write(&dev->addr, off, v);
}

void pci_conf_write16(struct pci_device *dev, __u8 off, __u16 v)
{
	__u32 old = conf_read(&dev->addr, off);
	unsigned int shift = (off & 2) * 8;

	old &= ~(0xffffu << shift);
	conf_write(&dev->addr, off, old | ((__u32)v << shift));
}

int pci_bar(struct pci_device *dev, unsigned int n, __u64 *base,
	    int *is_io, __u64 *size)
{
	__u8 off = PCI_CONF_BAR0 + 4 * n;
	__u32 lo, hi = 0, szlo, szhi = 0xffffffff;
	__u16 cmd;
	int is64;

	if (n > 5)
		return -EINVAL;
	lo = pci_conf_read32(dev, off);
	*is_io = lo & 1;
	is64 = !*is_io && ((lo >> 1) & 3) == 2;
	if (is64 && n == 5)
		return -EINVAL;

	/* Size it with decoding off, so no access hits a moving BAR */
	cmd = pci_conf_read16(dev, PCI_CONF_COMMAND);
	pci_conf_write16(dev, PCI_CONF_COMMAND,
			 cmd & ~(PCI_COMMAND_IO | PCI_COMMAND_MEMORY));
	pci_conf_write32(dev, off, 0xffffffff);
	szlo = pci_conf_read32(dev, off);
	pci_conf_write32(dev, off, lo);
	if (is64) {
		hi = pci_conf_read32(dev, off + 4);
		pci_conf_write32(dev, off + 4, 0xffffffff);
		szhi = pci_conf_read32(dev, off + 4);
		pci_conf_write32(dev, off + 4, hi);
	}
	pci_conf_write16(dev, PCI_CONF_COMMAND, cmd);

	if (*is_io) {
		*base = lo & ~0x3u;
		szlo &= ~0x3u;
		szlo |= 0xffff0000u;	/* I/O BARs may decode only 16 bits */
	} else {
		*base = ((__u64)hi << 32) | (lo & ~0xfu);
		szlo &= ~0xfu;
	}
	if (!szlo && !(is64 && szhi))
		return -EINVAL;
	*size = ~(((__u64)szhi << 32) | szlo) + 1;
	if (!is64 && !*is_io)
		*size &= 0xffffffffu;
	else if (*is_io)
		*size &= 0xffffu;
	return 0;
}

__u8 pci_cap_find(struct pci_device *dev, __u8 cap_id, __u8 after)
{
	__u8 pos;
	int guard = 48;	/* a looping list must not hang the boot */

	if (!(pci_conf_read16(dev, PCI_CONF_STATUS) & PCI_STATUS_CAP_LIST))
		return 0;
	pos = after ? pci_conf_read8(dev, after + 1)
		    : pci_conf_read8(dev, PCI_CONF_CAP_PTR);
	while (pos >= 0x40 && guard--) {
		pos &= ~3;
		if (pci_conf_read8(dev, pos) == cap_id)
			return pos;
		pos = pci_conf_read8(dev, pos + 1);
	}
	return 0;
}

void pci_enable(struct pci_device *dev)
{
	__u16 cmd = pci_conf_read16(dev, PCI_CONF_COMMAND);

	pci_conf_write16(dev, PCI_CONF_COMMAND, cmd | PCI_COMMAND_IO
			 | PCI_COMMAND_MEMORY | PCI_COMMAND_MASTER);
}

static struct pci_driver *pci_find_driver(__u16 vendor, __u16 device)
{
	struct pci_driver *drv;
	const struct pci_device_id *id;

	UK_TAILQ_FOREACH(drv, &pci_drivers, next) {
		for (id = drv->device_ids; id->vendor_id; id++) {
			if (id->vendor_id != vendor)
				continue;
			if (id->device_id == PCI_ANY_ID ||
			    id->device_id == device)
				return drv;
		}
	}
	return __NULL;
}

static void pci_probe_function(const struct pci_address *a, __u32 id)
{
	struct pci_device tmp = { .addr = *a };
	struct pci_device *dev;
	struct pci_driver *drv;
	__u8 line;
	int rc;

	tmp.vendor_id = id & 0xffff;
	tmp.device_id = id >> 16;
	tmp.class_rev = pci_conf_read32(&tmp, PCI_CONF_CLASS_REV);
	uk_pr_debug("PCI %02x:%02x.%x: %04x:%04x class %06x\n", a->bus,
		    a->devid, a->function, tmp.vendor_id, tmp.device_id,
		    tmp.class_rev >> 8);

	drv = pci_find_driver(tmp.vendor_id, tmp.device_id);
	if (!drv)
		return;

	dev = uk_malloc(pci_alloc, sizeof(*dev));
	if (!dev) {
		uk_pr_err("PCI %02x:%02x.%x: out of memory\n", a->bus,
			  a->devid, a->function);
		return;
	}
	*dev = tmp;
	dev->subsys_vendor_id = pci_conf_read16(dev, PCI_CONF_SUBSYS_VENDOR);
	dev->subsys_id = pci_conf_read16(dev, PCI_CONF_SUBSYS_ID);
	line = pci_conf_read8(dev, PCI_CONF_IRQ_LINE);
	dev->irq = pci_conf_read8(dev, PCI_CONF_IRQ_PIN) ? line : 0xff;
	dev->drv = drv;

	rc = drv->add_dev(dev);
	if (rc < 0) {
		uk_pr_err("PCI %02x:%02x.%x: driver refused the device: %d\n",
			  a->bus, a->devid, a->function, rc);
		uk_free(pci_alloc, dev);
		return;
	}
	UK_TAILQ_INSERT_TAIL(&pci_devices, dev, next);
}

static int pci_probe(void)
{
	struct pci_address a;
	unsigned int bus, slot, fn, nfn;
	__u32 id;

	for (bus = 0; bus < PCI_MAX_BUSES; bus++) {
		for (slot = 0; slot < PCI_MAX_DEVICES; slot++) {
			a.bus = bus;
			a.devid = slot;
			a.function = 0;
			id = conf_read(&a, PCI_CONF_VENDOR_ID);
			if ((id & 0xffff) == 0xffff)
				continue;
			nfn = (conf_read(&a, PCI_CONF_HEADER_TYPE & ~3)
			       >> 16) & PCI_HEADER_MULTIFUNC
				? PCI_MAX_FUNCTIONS : 1;
			for (fn = 0; fn < nfn; fn++) {
				a.function = fn;
				id = conf_read(&a, PCI_CONF_VENDOR_ID);
				if ((id & 0xffff) == 0xffff)
					continue;
				pci_probe_function(&a, id);
			}
		}
	}
	return 0;
}

static int pci_init(struct uk_alloc *a)
{
	struct pci_driver *drv, *tmp;
	int rc;

	pci_alloc = a;
	UK_TAILQ_FOREACH_SAFE(drv, &pci_drivers, next, tmp) {
		if (!drv->init)
			continue;
		rc = drv->init(a);
		if (rc < 0) {
			uk_pr_err("PCI driver %p failed to start: %d\n",
				  (void *)drv, rc);
			UK_TAILQ_REMOVE(&pci_drivers, drv, next);
		}
	}
	return 0;
}

static struct uk_bus pci_bus = {
	.name = "PCI",
	.init = pci_init,
	.probe = pci_probe,
};
UK_BUS_REGISTER(&pci_bus);
