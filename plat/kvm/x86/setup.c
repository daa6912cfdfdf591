/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * C entry of the kvm x86_64 platform: console, CPU features, traps,
 * interrupts, clock, memory regions from Multiboot, then ukboot.
 */
#include <string.h>
#include <uk/print.h>
#include <uk/plat/bootstrap.h>
#include <uk/plat/memory.h>
#include <kvm-x86/setup.h>

#define MB_INFO_MEM	(1 << 0)
#define MB_INFO_CMDLINE	(1 << 2)
#define MB_INFO_MODS	(1 << 3)
#define MB_INFO_MMAP	(1 << 6)
#define MB_MMAP_RAM	1

#define LOW_MEM_END	0x100000UL
#define MAP_END		0x100000000UL	/* the boot page tables map 4 GiB */
#define MIN_FREE_MEM	(1024 * 1024UL)
#define MAX_REGIONS	16
#define CMDLINE_MAX	1024

struct mb_info {
	__u32 flags, mem_lower, mem_upper, boot_device, cmdline;
	__u32 mods_count, mods_addr, syms[4], mmap_length, mmap_addr;
} __packed;

struct mb_mod {
	__u32 start, end, string, reserved;
} __packed;

struct mb_mmap {
	__u32 size;
	__u64 addr, len;
	__u32 type;
} __packed;

extern char _text[], _end[], boot_stack_bottom[], boot_stack_top[];

static struct ukplat_memregion_desc regions[MAX_REGIONS];
static int nregions;
static char cmdline[CMDLINE_MAX];
static struct uk_alloc *plat_allocator;

static void add_region(__u64 base, __u64 len, int flags, const char *name)
{
	if (!len || nregions == MAX_REGIONS)
		return;
	regions[nregions++] = (struct ukplat_memregion_desc){
		.base = (void *)base, .len = len, .flags = flags, .name = name,
	};
	uk_pr_info("Memory: %016lx - %016lx %s\n", (unsigned long)base,
		   (unsigned long)(base + len), name);
}

void kvm_memregions_init(__u32 mbinfo)
{
	const struct mb_info *mi = (const struct mb_info *)(__uptr)mbinfo;
	__u64 reserved_end = ALIGN_UP((__u64)(__uptr)_end, 4096);
	__u64 free_total = 0;

	add_region((__uptr)_text, (__uptr)_end - (__uptr)_text,
		   UKPLAT_MEMRF_KERNEL | UKPLAT_MEMRF_RESERVED, "image");
	add_region((__uptr)boot_stack_bottom,
		   boot_stack_top - boot_stack_bottom,
		   UKPLAT_MEMRF_STACK | UKPLAT_MEMRF_RESERVED, "boot stack");

	if ((mi->flags & MB_INFO_CMDLINE) && mi->cmdline) {
		const char *s = (const char *)(__uptr)mi->cmdline;
		__sz len = strlen(s);

		if (len >= sizeof(cmdline)) {
			uk_pr_warn("Command line longer than %d bytes: cut\n",
				   CMDLINE_MAX - 1);
			len = sizeof(cmdline) - 1;
		}
		memcpy(cmdline, s, len);
		cmdline[len] = '\0';
		reserved_end = MAX(reserved_end,
				   ALIGN_UP((__u64)mi->cmdline + len + 1, 4096));
	}
	if ((mi->flags & MB_INFO_MODS) && mi->mods_count) {
		const struct mb_mod *mod =
			(const struct mb_mod *)(__uptr)mi->mods_addr;

		add_region(mod->start, mod->end - mod->start,
			   UKPLAT_MEMRF_INITRD | UKPLAT_MEMRF_READABLE,
			   "initrd");
		for (__u32 i = 0; i < mi->mods_count; i++)
			reserved_end = MAX(reserved_end,
					   ALIGN_UP((__u64)mod[i].end, 4096));
	}
	reserved_end = MAX(reserved_end,
			   ALIGN_UP((__u64)mbinfo + sizeof(*mi), 4096));

	if (!(mi->flags & MB_INFO_MMAP))
		uk_pr_crit("The boot loader passed no memory map\n");
	for (__u32 off = 0; (mi->flags & MB_INFO_MMAP) &&
	     off < mi->mmap_length;) {
		const struct mb_mmap *m = (const struct mb_mmap *)
			(__uptr)(mi->mmap_addr + off);
		__u64 start = m->addr, end = m->addr + m->len;

		off += m->size + sizeof(m->size);
		if (m->type != MB_MMAP_RAM)
			continue;
		start = MAX(start, MAX((__u64)LOW_MEM_END, reserved_end));
		end = MIN(end, (__u64)MAP_END);
		if (end <= start + 4096)
			continue;
		add_region(start, end - start, UKPLAT_MEMRF_FREE |
			   UKPLAT_MEMRF_READABLE | UKPLAT_MEMRF_WRITABLE,
			   "free");
		free_total += end - start;
	}

	if (free_total < MIN_FREE_MEM) {
		uk_pr_crit("Not enough memory: %lu KiB free after the image, "
			   "at least %lu KiB needed (give QEMU more with -m)\n",
			   (unsigned long)(free_total >> 10),
			   MIN_FREE_MEM >> 10);
		ukplat_terminate(UKPLAT_CRASH);
	}
}

int ukplat_memregion_count(void)
{
	return nregions;
}

int ukplat_memregion_get(int i, struct ukplat_memregion_desc *mrd)
{
	if (i < 0 || i >= nregions)
		return -1;
	*mrd = regions[i];
	return 0;
}

int ukplat_memallocator_set(struct uk_alloc *a)
{
	plat_allocator = a;
	return 0;
}

struct uk_alloc *ukplat_memallocator_get(void)
{
	return plat_allocator;
}

/* XSAVE (and AVX state) when the CPU offers it; SSE is on since entry */
void kvm_cpu_features_init(void)
{
	__u32 a, b, c, d;
	unsigned long cr4;

	__asm__ __volatile__("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d)
			     : "a"(1), "c"(0));
	if (!(c & (1 << 26)))	/* XSAVE */
		return;
	__asm__ __volatile__("mov %%cr4, %0" : "=r"(cr4));
	cr4 |= 1 << 18;		/* OSXSAVE */
	__asm__ __volatile__("mov %0, %%cr4" : : "r"(cr4));
	__u64 xcr0 = 0x3 | ((c & (1 << 28)) ? 0x4 : 0);	/* x87 SSE [AVX] */

	__asm__ __volatile__("xsetbv" : : "c"(0), "a"((__u32)xcr0),
			     "d"((__u32)(xcr0 >> 32)));
	uk_pr_info("CPU: XSAVE enabled%s\n", (xcr0 & 4) ? " with AVX" : "");
}

void __noreturn _libkvmplat_entry(__u32 mbinfo)
{
	kvm_console_init();
	uk_pr_info("Entering kvm-x86_64 platform (Multiboot info at 0x%x)\n",
		   mbinfo);
	kvm_cpu_features_init();
	kvm_traps_init();
	kvm_pic_init();
	kvm_time_init();
	kvm_memregions_init(mbinfo);
	uk_pr_info("Boot stack: %p - %p\n", boot_stack_bottom,
		   boot_stack_top);
	ukplat_entry_argp(NULL, cmdline, sizeof(cmdline) - 1);
}
