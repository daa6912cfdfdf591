/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Identity map and MMU of the kvm arm64 platform (see <kvm-arm/setup.h>).
 *
 * 4 KiB granule, 39-bit addresses through TTBR0_EL1: level 1 entries
 * map 1 GiB, level 2 entries 2 MiB, level 3 entries 4 KiB; map_range()
 * uses the largest block that fits. Tables come from a static pool in
 * .bss. kvm_arm_mmu_early() runs with the MMU off (this file is built
 * with -mstrict-align and without FP/SIMD for that reason) and writes
 * only level 1 entries.
 *
 * Guard pages (<uk/plat/memory.h>) split the RAM blocks that hold them
 * down to 4 KiB pages and clear the pages' entries. A block becomes a
 * table with break-before-make: entry cleared, TLB flushed, table entry
 * written, all in one asm sequence with interrupts off, so nothing
 * touches the block meanwhile. Level 2 tables come from the static pool
 * and level 3 tables from the platform allocator; the entries replaced
 * that way thus always live in the image, never in the block they map.
 * Once none of its pages is guarded, a level 3 table is merged back into
 * a block and freed. The page below the boot stack is left out of the
 * final map: the boot stack's guard.
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/print.h>
#include <uk/asm/cpu.h>
#include <uk/asm/lcpu.h>
#include <uk/fdt.h>
#include <uk/alloc.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/memory.h>
#include <uk/plat/common/stack_guard.h>
#include <kvm/setup.h>
#include <kvm-arm/setup.h>

#define PT_ENTRIES		512
#define PT_POOL_PAGES		16
#define L1_SHIFT		30
#define L2_SHIFT		21
#define L3_SHIFT		12
#define VA_LIMIT		(1ULL << 39)

#define ATTR(idx)		((__u64)(idx) << PTE_ATTR_SHIFT)
#define PTE_XN			(PTE_PXN | PTE_UXN)
/* Block/page attributes of the kinds of memory we map */
#define MAP_DEVICE		(ATTR(MAIR_IDX_DEVICE_NGNRE) | PTE_AF | \
				 PTE_XN)
#define MAP_RAM_RW		(ATTR(MAIR_IDX_NORMAL) | PTE_SH_INNER | \
				 PTE_AF | PTE_XN)
#define MAP_RAM_RWX		(ATTR(MAIR_IDX_NORMAL) | PTE_SH_INNER | PTE_AF)
#define MAP_TEXT		(ATTR(MAIR_IDX_NORMAL) | PTE_SH_INNER | \
				 PTE_AF | PTE_AP_RO | PTE_UXN)
#define MAP_RODATA		(ATTR(MAIR_IDX_NORMAL) | PTE_SH_INNER | \
				 PTE_AF | PTE_AP_RO | PTE_XN)

#define GIB			(1ULL << L1_SHIFT)
#define NULL_GUARD_SIZE		__PAGE_SIZE

typedef __u64 pte_t;

static pte_t early_l1[PT_ENTRIES] __align(__PAGE_SIZE);
static pte_t pt_pool[PT_POOL_PAGES][PT_ENTRIES] __align(__PAGE_SIZE);
static unsigned int pt_used;
static pte_t *final_l1;		/* the map in use after boot */

static pte_t *pt_alloc(void)
{
	if (pt_used == PT_POOL_PAGES)
		return NULL;
	return pt_pool[pt_used++];	/* zero: it is in .bss */
}

/* The table an entry points to, made if the entry is empty */
static pte_t *pt_next(pte_t *entry)
{
	pte_t *t;

	if (*entry & PTE_VALID) {
		if (!(*entry & PTE_TABLE))
			return NULL;	/* already a block: overlap */
		return (pte_t *)(__uptr)(*entry & PTE_ADDR_MASK);
	}
	t = pt_alloc();
	if (t)
		*entry = (__u64)(__uptr)t | PTE_TABLE | PTE_VALID;
	return t;
}

/* Identity-maps [start, end) (page aligned) with attributes attrs */
static int map_range(pte_t *l1, __u64 start, __u64 end, __u64 attrs)
{
	__u64 a = start;

	if ((start | end) & (__PAGE_SIZE - 1) || end > VA_LIMIT)
		return -EINVAL;
	while (a < end) {
		pte_t *e1 = &l1[(a >> L1_SHIFT) & (PT_ENTRIES - 1)];
		pte_t *l2, *l3, *e2;

		if (!(a & (GIB - 1)) && end - a >= GIB && !*e1) {
			*e1 = a | attrs | PTE_BLOCK | PTE_VALID;
			a += GIB;
			continue;
		}
		l2 = pt_next(e1);
		if (!l2)
			return -ENOMEM;
		e2 = &l2[(a >> L2_SHIFT) & (PT_ENTRIES - 1)];
		if (!(a & ((1ULL << L2_SHIFT) - 1)) &&
		    end - a >= (1ULL << L2_SHIFT) && !*e2) {
			*e2 = a | attrs | PTE_BLOCK | PTE_VALID;
			a += 1ULL << L2_SHIFT;
			continue;
		}
		l3 = pt_next(e2);
		if (!l3)
			return -ENOMEM;
		if (l3[(a >> L3_SHIFT) & (PT_ENTRIES - 1)])
			return -EEXIST;
		l3[(a >> L3_SHIFT) & (PT_ENTRIES - 1)] =
			a | attrs | PTE_PAGE | PTE_VALID;
		a += __PAGE_SIZE;
	}
	return 0;
}

static void tlb_flush_all(void)
{
	__asm__ __volatile__("dsb ishst; tlbi vmalle1; dsb ish; isb"
			     : : : "memory");
}

/* Tables written with the MMU off went to memory: drop stale lines */
static void dcache_inval(const void *p, __sz len)
{
	__uptr a;

	for (a = (__uptr)p & ~63UL; a < (__uptr)p + len; a += 64)
		__asm__ __volatile__("dc ivac, %0" : : "r"(a) : "memory");
	__asm__ __volatile__("dsb sy" : : : "memory");
}

static __u64 tcr_value(void)
{
	__u64 pa_range = SYSREG_READ64(id_aa64mmfr0_el1) &
			 ID_AA64MMFR0_PARANGE_MASK;

	if (pa_range > 5)
		pa_range = 5;	/* 48 bits: the most a 4 KiB granule uses */
	return TCR_T0SZ_39 | TCR_IRGN0_WBWA | TCR_ORGN0_WBWA |
	       TCR_SH0_INNER | TCR_TG0_4K | TCR_EPD1 |
	       (pa_range << TCR_IPS_SHIFT);
}

void kvm_arm_mmu_early(const void *fdt)
{
	__u64 img = (__uptr)_text >> L1_SHIFT, dtb = (__uptr)fdt >> L1_SHIFT;
	__u64 g;

	/* Linked beyond the 39-bit map: nothing sensible to do but stop */
	if (img >= PT_ENTRIES)
		for (;;)
			__asm__ __volatile__("wfi");
	/* Everything below the image's GiB: devices (QEMU virt's MMIO) */
	for (g = 0; g < img; g++)
		early_l1[g] = (g << L1_SHIFT) | MAP_DEVICE | PTE_VALID;
	early_l1[img] = (img << L1_SHIFT) | MAP_RAM_RWX | PTE_VALID;
	/* A device tree below the image's GiB is read as device memory */
	if (dtb > img && dtb < PT_ENTRIES)
		early_l1[dtb] = (dtb << L1_SHIFT) | MAP_RAM_RWX | PTE_VALID;
	dcache_inval(early_l1, sizeof(early_l1));
	dcache_inval(pt_pool, sizeof(pt_pool));

	SYSREG_WRITE64(mair_el1, MAIR_VALUE);
	SYSREG_WRITE64(tcr_el1, tcr_value());
	SYSREG_WRITE64(ttbr0_el1, (__uptr)early_l1);
	isb();
	__asm__ __volatile__("tlbi vmalle1; dsb nsh; ic iallu; dsb nsh; isb"
			     : : : "memory");
	SYSREG_WRITE64(sctlr_el1, SYSREG_READ64(sctlr_el1) | SCTLR_M |
		       SCTLR_C | SCTLR_I);
	isb();
}

static int map_image(pte_t *l1)
{
	__u64 boot_stack_guard = (__uptr)kvm_arm_boot_stack - __PAGE_SIZE;
	int rc;

	rc = map_range(l1, (__uptr)_text, ALIGN_UP((__uptr)_etext,
			__PAGE_SIZE), MAP_TEXT);
	if (!rc)
		rc = map_range(l1, (__uptr)_rodata, (__uptr)_data,
			       MAP_RODATA);
	/* all but the page below the boot stack, its guard */
	if (!rc)
		rc = map_range(l1, (__uptr)_data, boot_stack_guard, MAP_RAM_RW);
	if (!rc)
		rc = map_range(l1, boot_stack_guard + __PAGE_SIZE, (__uptr)_end,
			       MAP_RAM_RW);
	return rc;
}

int kvm_arm_mmu_final(const struct kvm_arm_ram_bank *banks, int nbanks)
{
	__u64 img_start = (__uptr)_text, img_end = (__uptr)_end;
	__u64 dev_start = 0, dev_end = VA_LIMIT;
	pte_t *l1 = pt_alloc();
	int i, rc = 0;

	if (!l1)
		return -ENOMEM;
	for (i = 0; i < nbanks; i++)
		dev_end = MIN(dev_end, banks[i].base);
#ifdef CONFIG_KVM_NULL_PAGE_GUARD
	dev_start = NULL_GUARD_SIZE;
#endif
	if (dev_end > dev_start)
		rc = map_range(l1, dev_start, dev_end, MAP_DEVICE);

	/* RAM, minus the image (mapped with its own permissions) */
	for (i = 0; i < nbanks && !rc; i++) {
		__u64 s = ALIGN_UP(banks[i].base, (__u64)__PAGE_SIZE);
		__u64 e = ALIGN_DOWN(banks[i].base + banks[i].size,
				     (__u64)__PAGE_SIZE);

		e = MIN(e, VA_LIMIT);
		if (s >= e)
			continue;
		if (img_start < e && img_end > s) {
			if (s < img_start)
				rc = map_range(l1, s, img_start, MAP_RAM_RW);
			if (!rc && img_end < e)
				rc = map_range(l1, img_end, e, MAP_RAM_RW);
		} else {
			rc = map_range(l1, s, e, MAP_RAM_RW);
		}
	}
	if (!rc)
		rc = map_image(l1);
	if (rc) {
		uk_pr_crit("MMU: cannot build the page tables: %d\n", rc);
		return rc;
	}

	__asm__ __volatile__("dsb ishst" : : : "memory");
	final_l1 = l1;
	SYSREG_WRITE64(ttbr0_el1, (__uptr)l1);
	isb();
	tlb_flush_all();
	plat_boot_stack_guard_set((__uptr)kvm_arm_boot_stack - __PAGE_SIZE);
	uk_pr_info("MMU: 1:1 map, %u page tables; device memory %p-%p, "
		   "text read-only, data and rodata not executable%s\n",
		   pt_used, (void *)(__uptr)dev_start, (void *)(__uptr)dev_end,
		   dev_start ? ", page 0 unmapped" : "");
	return 0;
}

/*
 * Break-before-make: *entry becomes new with nothing cached of the old
 * value; nothing but this sequence runs meanwhile (interrupts off, no
 * memory access in between), as the memory it maps is briefly unmapped.
 */
static void entry_replace(pte_t *entry, __u64 new)
{
	unsigned long flags = ukplat_lcpu_save_irqf();

	__asm__ __volatile__("dsb ishst\n"
			     "str xzr, [%0]\n"
			     "dsb ishst\n"
			     "tlbi vmalle1\n"
			     "dsb ish\n"
			     "isb\n"
			     "str %1, [%0]\n"
			     "dsb ishst\n"
			     "isb\n"
			     : : "r"(entry), "r"(new) : "memory");
	ukplat_lcpu_restore_irqf(flags);
}

/* Replace the block in *entry with a table t of smaller ones (or pages) */
static void block_split(pte_t *entry, unsigned int shift, pte_t *t)
{
	__u64 base = *entry & PTE_ADDR_MASK & ~((1ULL << shift) - 1);
	__u64 attrs = *entry & ~(PTE_ADDR_MASK | PTE_TABLE | PTE_VALID);
	__u64 kind = (shift == L2_SHIFT) ? PTE_PAGE : PTE_BLOCK;
	__u64 step = 1ULL << (shift - 9);
	int i;

	for (i = 0; i < PT_ENTRIES; i++)
		t[i] = (base + i * step) | attrs | kind | PTE_VALID;
	entry_replace(entry, (__u64)(__uptr)t | PTE_TABLE | PTE_VALID);
}

static int pt_from_pool(const pte_t *t)
{
	return t >= pt_pool[0] && t < pt_pool[PT_POOL_PAGES];
}

/*
 * Back to one 2 MiB block if the level 3 table under addr maps all of it
 * as plain RAM again; only tables from the allocator are merged and freed
 * (pool tables also map parts of the image).
 */
static void ram_block_restore(__u64 addr)
{
	pte_t *e1 = &final_l1[(addr >> L1_SHIFT) & (PT_ENTRIES - 1)];
	__u64 base = addr & ~((1ULL << L2_SHIFT) - 1);
	struct uk_alloc *a = ukplat_memallocator_get();
	pte_t *l2, *l3, *e2;
	int i;

	l2 = (pte_t *)(__uptr)(*e1 & PTE_ADDR_MASK);
	e2 = &l2[(addr >> L2_SHIFT) & (PT_ENTRIES - 1)];
	l3 = (pte_t *)(__uptr)(*e2 & PTE_ADDR_MASK);
	if (!a || pt_from_pool(l3))
		return;
	for (i = 0; i < PT_ENTRIES; i++)
		if (l3[i] != ((base + ((__u64)i << L3_SHIFT)) | MAP_RAM_RW |
			      PTE_PAGE | PTE_VALID))
			return;
	entry_replace(e2, base | MAP_RAM_RW | PTE_BLOCK | PTE_VALID);
	uk_pfree(a, l3, 1);
}

/* The level 3 entry of RAM page addr, splitting blocks down to it */
static pte_t *ram_pte(__u64 addr)
{
	pte_t *e1 = &final_l1[(addr >> L1_SHIFT) & (PT_ENTRIES - 1)];
	struct uk_alloc *a = ukplat_memallocator_get();
	pte_t *l2, *l3, *e2;

	if (!(*e1 & PTE_VALID))
		return NULL;
	if (!(*e1 & PTE_TABLE)) {
		if ((*e1 & ~PTE_ADDR_MASK) != (MAP_RAM_RW | PTE_VALID))
			return NULL;
		l2 = pt_alloc();
		if (!l2)
			return NULL;
		block_split(e1, L1_SHIFT, l2);
	}
	l2 = (pte_t *)(__uptr)(*e1 & PTE_ADDR_MASK);
	e2 = &l2[(addr >> L2_SHIFT) & (PT_ENTRIES - 1)];
	if (!(*e2 & PTE_VALID))
		return NULL;
	if (!(*e2 & PTE_TABLE)) {
		if ((*e2 & ~PTE_ADDR_MASK) != (MAP_RAM_RW | PTE_VALID))
			return NULL;
		l3 = a ? uk_palloc(a, 1) : NULL;
		if (!l3)
			return NULL;
		block_split(e2, L2_SHIFT, l3);
	}
	l3 = (pte_t *)(__uptr)(*e2 & PTE_ADDR_MASK);
	return &l3[(addr >> L3_SHIFT) & (PT_ENTRIES - 1)];
}

static int page_guard_set(void *addr, __sz len, int guard)
{
	__u64 a = (__uptr)addr, end = a + len;
	pte_t *pte;

	if (!final_l1 || (a | len) & (__PAGE_SIZE - 1) || end > VA_LIMIT ||
	    end < a)
		return -EINVAL;
	if (a < (__uptr)_end && end > (__uptr)_text)
		return -EINVAL;
	for (; a < end; a += __PAGE_SIZE) {
		pte = ram_pte(a);
		if (!pte)
			return -ENOMEM;
		if (guard && *pte != (a | MAP_RAM_RW | PTE_PAGE | PTE_VALID))
			return -EINVAL;
		*pte = guard ? 0 : (a | MAP_RAM_RW | PTE_PAGE | PTE_VALID);
		__asm__ __volatile__("dsb ishst; tlbi vaae1is, %0; dsb ish; isb"
				     : : "r"(a >> L3_SHIFT) : "memory");
		if (!guard)
			ram_block_restore(a);
	}
	return 0;
}

int ukplat_page_guard(void *addr, __sz len)
{
	return page_guard_set(addr, len, 1);
}

int ukplat_page_unguard(void *addr, __sz len)
{
	return page_guard_set(addr, len, 0);
}
