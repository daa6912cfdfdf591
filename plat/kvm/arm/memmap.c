/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Memory regions of the kvm arm64 platform from the device tree (see
 * <kvm-arm/setup.h>).
 *
 * RAM is what the memory nodes (device_type = "memory") list. Held back
 * from it: the image (its .bss holds the boot stack and page tables),
 * the device tree itself (kept for drivers that read it later), the
 * initrd named by /chosen, the entries of the memory reservation block
 * and the children of /reserved-memory.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/fdt.h>
#include <uk/plat/memory.h>
#include <kvm/setup.h>
#include <kvm-arm/setup.h>

#define RESV_RO		(UKPLAT_MEMRF_RESERVED | UKPLAT_MEMRF_READABLE)

int kvm_arm_ram_banks(const void *fdt, struct kvm_arm_ram_bank *banks,
		      int max)
{
	int node, n = 0, i, len;
	const char *type;

	for (node = fdt_next_node(fdt, -1, NULL); node >= 0;
	     node = fdt_next_node(fdt, node, NULL)) {
		type = fdt_getprop(fdt, node, "device_type", &len);
		if (!type || len != sizeof("memory") ||
		    __builtin_memcmp(type, "memory", len))
			continue;
		/* e.g. secure RAM (QEMU virt,secure=on): not ours to use */
		if (fdt_node_is_enabled(fdt, node) != 1)
			continue;
		for (i = 0; n < max; i++) {
			if (fdt_get_address(fdt, node, i, &banks[n].base,
					    &banks[n].size) < 0)
				break;
			if (banks[n].size)
				n++;
		}
		if (n == max) {
			uk_pr_warn("More than %d RAM banks: the rest is "
				   "unused\n", max);
			break;
		}
	}
	return n;
}

/* A /chosen property holding an address in 1 or 2 cells */
static int chosen_addr(const void *fdt, int chosen, const char *name,
		       __u64 *out)
{
	const void *p;
	int len;

	p = fdt_getprop(fdt, chosen, name, &len);
	if (p && len == 4)
		*out = fdt32_ld(p);
	else if (p && len == 8)
		*out = fdt64_ld(p);
	else
		return -1;
	return 0;
}

static void initrd_reserve(const void *fdt)
{
	__u64 start, end;
	int chosen = fdt_path_offset(fdt, "/chosen");

	if (chosen < 0 ||
	    chosen_addr(fdt, chosen, "linux,initrd-start", &start) < 0 ||
	    chosen_addr(fdt, chosen, "linux,initrd-end", &end) < 0)
		return;
	if (end <= start) {
		uk_pr_warn("Ignoring empty or inverted initrd %llx-%llx\n",
			   (unsigned long long)start,
			   (unsigned long long)end);
		return;
	}
	kvm_memregion_reserve(start, end, UKPLAT_MEMRF_INITRD | RESV_RO |
			      UKPLAT_MEMRF_WRITABLE, "initrd");
	uk_pr_info("Initrd: %llx - %llx (%llu KiB)\n",
		   (unsigned long long)start, (unsigned long long)end,
		   (unsigned long long)(end - start) >> 10);
}

static void firmware_reserve(const void *fdt)
{
	__u64 addr, size;
	int i, node, parent;

	for (i = 0; fdt_get_mem_rsv(fdt, i, &addr, &size) == 0; i++)
		kvm_memregion_reserve(addr, addr + size, RESV_RO, "memreserve");
	parent = fdt_path_offset(fdt, "/reserved-memory");
	if (parent < 0)
		return;
	for (node = fdt_first_subnode(fdt, parent); node >= 0;
	     node = fdt_next_subnode(fdt, node)) {
		if (fdt_get_address(fdt, node, 0, &addr, &size) == 0)
			kvm_memregion_reserve(addr, addr + size, RESV_RO,
					      "reserved-memory");
	}
}

void kvm_arm_memmap_init(const void *fdt,
			 const struct kvm_arm_ram_bank *banks, int nbanks)
{
	__u64 free_total = 0;
	int i;

	kvm_memregion_reserve((__uptr)_text, (__uptr)_end,
			      UKPLAT_MEMRF_KERNEL | RESV_RO |
			      UKPLAT_MEMRF_WRITABLE | UKPLAT_MEMRF_EXECUTABLE,
			      "kernel");
	kvm_memregion_reserve((__uptr)fdt, (__uptr)fdt + fdt_totalsize(fdt),
			      UKPLAT_MEMRF_EXTRADATA | RESV_RO, "dtb");
	initrd_reserve(fdt);
	firmware_reserve(fdt);

	for (i = 0; i < nbanks; i++) {
		uk_pr_info("RAM: %016llx - %016llx (%llu MiB)\n",
			   (unsigned long long)banks[i].base,
			   (unsigned long long)(banks[i].base + banks[i].size),
			   (unsigned long long)banks[i].size >> 20);
		free_total += kvm_memregion_add_free(banks[i].base,
						     banks[i].base +
						     banks[i].size);
	}
	kvm_memregion_check(free_total);
}
