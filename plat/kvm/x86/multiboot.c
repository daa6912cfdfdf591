/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Reads the Multiboot boot information into the platform's tables.
 *
 * Free RAM is what the loader's memory map calls available, above 1 MiB,
 * in whole pages, minus the reserved ranges: the kernel image (its .bss
 * holds the boot stack and page tables), the command line, the modules
 * (the first one is reported as the initrd) and, on machines with RAM
 * above 4 GiB, the page tables that extend the boot identity map to it
 * (up to 512 GiB). The boot information itself is read here once and not
 * needed afterwards, so its memory is not held back.
 */
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/plat/memory.h>
#include <uk/plat/bootstrap.h>
#include <uk/asm/lcpu.h>
#include <uk/asm/cpu_defs.h>
#include <kvm/setup.h>
#include <kvm-x86/multiboot.h>
#include <kvm-x86/setup.h>

#define LOW_MEM_END		0x100000ULL		/* 1 MiB */
#define GIB			(1ULL << 30)
#define BOOT_MAP_END		(4 * GIB)	/* mapped by entry64.S */
#define MAP_LIMIT		(512 * GIB)		/* one PDPT */
#define PDE_2M		(X86_PTE_PRESENT | X86_PTE_RW | X86_PTE_PSE)
#define PTE_KERNEL		(X86_PTE_PRESENT | X86_PTE_RW)

extern __u64 x86_boot_pdpt[512];

static const struct multiboot_info *mbi;

/* Calls fn for each page-aligned free range of RAM in [lo, hi) */
static void free_ranges(__u64 lo, __u64 hi, kvm_free_range_fn fn, void *arg)
{
	__u32 off;

	if (!(mbi->flags & MULTIBOOT_INFO_MEM_MAP))
		return;
	for (off = 0; off < mbi->mmap_length;) {
		const struct multiboot_mmap_entry *m =
			(const void *)(__uptr)(mbi->mmap_addr + off);

		off += m->size + sizeof(m->size);
		if (m->type != MULTIBOOT_MEMORY_AVAILABLE)
			continue;
		if (MIN(m->addr + m->len, hi) > MAX(m->addr, lo))
			kvm_memregion_foreach_free(MAX(m->addr, lo),
						   MIN(m->addr + m->len, hi),
						   fn, arg);
	}
}

static void max_end_fn(__u64 start __unused, __u64 end, void *arg)
{
	__u64 *max = arg;

	if (end > *max)
		*max = end;
}

struct pt_pick {
	__u64 size;
	__u64 found;
};

static void pt_pick_fn(__u64 start, __u64 end, void *arg)
{
	struct pt_pick *p = arg;

	/* The highest fitting range below 4 GiB: it is mapped already */
	if (end - start >= p->size)
		p->found = end - p->size;
}

/* Extends the identity map with 2 MiB pages up to `end`; returns the new
 * end of the map. */
static __u64 map_high_memory(__u64 end)
{
	__u64 gb, first = BOOT_MAP_END / GIB, last = DIV_ROUND_UP(end, GIB);
	struct pt_pick pick = { .size = (last - first) * __PAGE_SIZE };
	__u64 *pd;
	unsigned int i;

	free_ranges(LOW_MEM_END, BOOT_MAP_END, pt_pick_fn, &pick);
	if (!pick.found) {
		uk_pr_warn("No room for page tables: RAM above 4 GiB unused\n");
		return BOOT_MAP_END;
	}
	kvm_memregion_reserve(pick.found, pick.found + pick.size,
			      UKPLAT_MEMRF_RESERVED | UKPLAT_MEMRF_READABLE |
			      UKPLAT_MEMRF_WRITABLE, "pagetables");

	pd = (__u64 *)(__uptr)pick.found;
	for (gb = first; gb < last; gb++, pd += 512) {
		for (i = 0; i < 512; i++)
			pd[i] = (gb * GIB + ((__u64)i << 21)) | PDE_2M;
		x86_boot_pdpt[gb] = (__u64)(__uptr)pd | PTE_KERNEL;
	}
	uk_pr_info("Identity map extended to %llu GiB\n",
		   (unsigned long long)last);
	return last * GIB;
}

static void add_free_total_fn(__u64 start, __u64 end, void *arg)
{
	*(__u64 *)arg += kvm_memregion_add_free(start, end);
}

static __sz cmdline_copy(char *buf, __sz max)
{
	const char *s;
	__sz len = 0;

	buf[0] = '\0';
	if (!(mbi->flags & MULTIBOOT_INFO_CMDLINE) || !mbi->cmdline)
		return 0;
	s = (const char *)(__uptr)mbi->cmdline;
	while (s[len] && len < max - 1) {
		buf[len] = s[len];
		len++;
	}
	buf[len] = '\0';
	if (s[len])
		uk_pr_warn("Command line longer than %lu bytes: cut\n",
			   (unsigned long)max - 1);
	else
		kvm_memregion_reserve(mbi->cmdline, mbi->cmdline + len + 1,
				      UKPLAT_MEMRF_EXTRADATA |
				      UKPLAT_MEMRF_RESERVED |
				      UKPLAT_MEMRF_READABLE, "cmdline");
	return len;
}

static void modules_reserve(void)
{
	const struct multiboot_mod_list *mod;
	__u32 i;

	if (!(mbi->flags & MULTIBOOT_INFO_MODS) || !mbi->mods_count)
		return;
	mod = (const void *)(__uptr)mbi->mods_addr;
	for (i = 0; i < mbi->mods_count; i++) {
		if (mod[i].mod_end <= mod[i].mod_start)
			continue;
		kvm_memregion_reserve(mod[i].mod_start, mod[i].mod_end,
				      (i == 0 ? UKPLAT_MEMRF_INITRD : 0) |
				      UKPLAT_MEMRF_RESERVED |
				      UKPLAT_MEMRF_READABLE |
				      UKPLAT_MEMRF_WRITABLE,
				      i == 0 ? "initrd" : "module");
		uk_pr_info("Module %u: %08x - %08x (%u KiB)%s\n", i,
			   mod[i].mod_start, mod[i].mod_end,
			   (mod[i].mod_end - mod[i].mod_start) >> 10,
			   i == 0 ? ", used as initrd" : "");
	}
}

__sz kvm_multiboot_init(__u32 info, char *cmdline, __sz cmdline_max)
{
	__u64 free_total = 0, ram_end = 0, map_end = BOOT_MAP_END;
	__sz len;

	mbi = (const struct multiboot_info *)(__uptr)info;
	if (mbi->flags & MULTIBOOT_INFO_BOOT_LOADER_NAME)
		uk_pr_info("Boot loader: %s\n",
			   (const char *)(__uptr)mbi->boot_loader_name);

	kvm_memregion_reserve((__uptr)_text, (__uptr)_end,
			      UKPLAT_MEMRF_KERNEL | UKPLAT_MEMRF_RESERVED |
			      UKPLAT_MEMRF_READABLE | UKPLAT_MEMRF_WRITABLE |
			      UKPLAT_MEMRF_EXECUTABLE, "kernel");
	len = cmdline_copy(cmdline, cmdline_max);
	modules_reserve();

	if (!(mbi->flags & MULTIBOOT_INFO_MEM_MAP)) {
		uk_pr_crit("The boot loader passed no memory map\n");
		ukplat_terminate(UKPLAT_CRASH);
	}

	free_ranges(LOW_MEM_END, MAP_LIMIT, max_end_fn, &ram_end);
	if (ram_end > BOOT_MAP_END)
		map_end = map_high_memory(ram_end);
	free_ranges(LOW_MEM_END, map_end, add_free_total_fn, &free_total);
	kvm_memregion_check(free_total);
	return len;
}
