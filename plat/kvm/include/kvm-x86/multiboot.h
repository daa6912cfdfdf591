/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Multiboot 1 (the version QEMU's -kernel loads): the image header
 * constants and the boot information the loader hands over in ebx.
 * The constants are usable from assembly.
 */
#ifndef __KVM_X86_MULTIBOOT_H__
#define __KVM_X86_MULTIBOOT_H__

#define MULTIBOOT_HEADER_MAGIC		0x1badb002
#define MULTIBOOT_BOOTLOADER_MAGIC	0x2badb002

/* Header flags: page-align modules, want a memory map, addresses given */
#define MULTIBOOT_PAGE_ALIGN		0x00000001
#define MULTIBOOT_MEMORY_INFO		0x00000002
#define MULTIBOOT_AOUT_KLUDGE		0x00010000

/* Boot information flags */
#define MULTIBOOT_INFO_MEMORY		0x00000001
#define MULTIBOOT_INFO_CMDLINE		0x00000004
#define MULTIBOOT_INFO_MODS		0x00000008
#define MULTIBOOT_INFO_MEM_MAP		0x00000040
#define MULTIBOOT_INFO_BOOT_LOADER_NAME	0x00000200

/* Memory map entry types */
#define MULTIBOOT_MEMORY_AVAILABLE	1
#define MULTIBOOT_MEMORY_RESERVED	2
#define MULTIBOOT_MEMORY_ACPI_RECLAIMABLE 3
#define MULTIBOOT_MEMORY_NVS		4
#define MULTIBOOT_MEMORY_BADRAM		5

#ifndef __ASSEMBLY__
#include <uk/essentials.h>

struct multiboot_info {
	__u32 flags;
	__u32 mem_lower;		/* KiB */
	__u32 mem_upper;		/* KiB */
	__u32 boot_device;
	__u32 cmdline;
	__u32 mods_count;
	__u32 mods_addr;
	__u32 syms[4];
	__u32 mmap_length;
	__u32 mmap_addr;
	__u32 drives_length;
	__u32 drives_addr;
	__u32 config_table;
	__u32 boot_loader_name;
	__u32 apm_table;
	__u32 vbe_control_info;
	__u32 vbe_mode_info;
	__u16 vbe_mode;
	__u16 vbe_interface_seg;
	__u16 vbe_interface_off;
	__u16 vbe_interface_len;
} __packed;

/* `size` counts the bytes after itself: the next entry is at +size+4 */
struct multiboot_mmap_entry {
	__u32 size;
	__u64 addr;
	__u64 len;
	__u32 type;
} __packed;

struct multiboot_mod_list {
	__u32 mod_start;
	__u32 mod_end;			/* exclusive */
	__u32 cmdline;
	__u32 pad;
} __packed;
#endif /* !__ASSEMBLY__ */

#endif /* __KVM_X86_MULTIBOOT_H__ */
