/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Devices of the kvm arm64 platform that drivers pick up later, listed
 * from the device tree (see <kvm-arm/setup.h>): the "virtio,mmio" nodes
 * (register window and interrupt) for the virtio-mmio bus, when it is
 * built in.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/fdt.h>
#include <arm/gic.h>
#include <kvm-arm/setup.h>
#ifdef CONFIG_VIRTIO_MMIO
#include <virtio/virtio_mmio.h>

#define VMMIO		"virtio,mmio"

static void virtio_mmio_list(const void *fdt)
{
	unsigned int intid, n = 0;
	__u64 base;
	int node;

	for (node = fdt_node_offset_by_compatible_enabled(fdt, -1, VMMIO);
	     node >= 0;
	     node = fdt_node_offset_by_compatible_enabled(fdt, node, VMMIO)) {
		if (fdt_get_address(fdt, node, 0, &base, NULL) < 0 ||
		    gic_fdt_irq(fdt, node, 0, &intid, NULL) < 0) {
			uk_pr_warn("virtio-mmio node %s without registers or "
				   "interrupt: skipped\n",
				   fdt_get_name(fdt, node, NULL));
			continue;
		}
		if (virtio_mmio_add_device((__uptr)base, intid) < 0) {
			uk_pr_warn("More than %d virtio-mmio devices: the rest "
				   "is not probed\n", VIRTIO_MMIO_MAX_DEVICES);
			break;
		}
		n++;
	}
	if (n)
		uk_pr_info("virtio-mmio: %u slots in the device tree\n", n);
}
#endif

void kvm_arm_devices_init(const void *fdt __maybe_unused)
{
#ifdef CONFIG_VIRTIO_MMIO
	virtio_mmio_list(fdt);
#endif
}
