/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private interfaces of the kvm arm64 boot code.
 *
 * entry64.S leaves the boot stack and the exception level it was entered
 * at. kvm_arm_mmu_early() (MMU still off) maps the 1 GiB blocks holding
 * the image and (if above it) the device tree as normal memory and
 * everything below the image's block as device memory, and turns the
 * MMU and caches on;
 * kvm_arm_mmu_final() replaces that map with the precise one: RAM banks
 * normal and not executable, the image's text read-only and executable,
 * its rodata read-only, the range below the first RAM bank device memory
 * (without page 0 under KVM_NULL_PAGE_GUARD); it returns 0 or a negative
 * errno (out of page tables, overlapping ranges).
 *
 * kvm_arm_memmap_init() fills the memory region table from the device
 * tree (RAM minus image, device tree, initrd and reserved ranges) and
 * stops the system if too little free RAM is left.
 */
#ifndef __KVM_ARM_SETUP_H__
#define __KVM_ARM_SETUP_H__

#include <uk/essentials.h>

#define KVM_ARM_MAX_RAM_BANKS	8

struct kvm_arm_ram_bank {
	__u64 base, size;
};

extern char kvm_arm_boot_stack[], kvm_arm_boot_stack_top[];
extern __u64 kvm_arm_boot_el;

void kvm_arm_mmu_early(const void *fdt);
int kvm_arm_mmu_final(const struct kvm_arm_ram_bank *banks, int nbanks);

/* RAM banks from the device tree's memory nodes; returns how many */
int kvm_arm_ram_banks(const void *fdt, struct kvm_arm_ram_bank *banks,
		      int max);
void kvm_arm_memmap_init(const void *fdt,
			 const struct kvm_arm_ram_bank *banks, int nbanks);

/* PL011 from /chosen/stdout-path or the first "arm,pl011"; 0 or errno */
int kvm_arm_console_init(const void *fdt);
/* QEMU virt's PL011, for messages when the device tree is unusable */
void kvm_arm_console_fallback(void);

/* Lists devices for drivers that probe later (virtio-mmio) */
void kvm_arm_devices_init(const void *fdt);

/* Called by entry64.S at EL1 with the MMU on, x0 = device tree */
void __noreturn _libkvmplat_entry(void *fdt);

#endif /* __KVM_ARM_SETUP_H__ */
