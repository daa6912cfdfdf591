/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Guard pages on kvm x86_64 (see <uk/plat/memory.h>).
 *
 * The entry code identity-maps the first 4 GiB with 2 MiB pages. Guarding
 * a page splits its 2 MiB page into a page table of 4 KiB pages (taken
 * from the platform allocator) and clears the page's present bit;
 * unguarding maps it read-write again and, once no page of the table is
 * guarded any more, goes back to the 2 MiB page and frees the table, so
 * that guards cost no memory once they are gone. The image's own pages
 * are never touched.
 */
#include <errno.h>
#include <uk/essentials.h>
#include <uk/alloc.h>
#include <uk/plat/memory.h>
#include <kvm/setup.h>
#include <kvm-x86/setup.h>
#include <uk/plat/common/stack_guard.h>
#include <uk/asm/cpu_defs.h>

#define PT_ENTRIES	512
#define LARGE_SHIFT	21
#define MAP_LIMIT	(1UL << 32)		/* what the entry code maps */
#define PTE_KERNEL	(X86_PTE_PRESENT | X86_PTE_RW)
#define PDE_LARGE	(PTE_KERNEL | X86_PTE_PSE)
#define PTE_ACCESSED	(1UL << 5)	/* set by the CPU */
#define PTE_DIRTY	(1UL << 6)	/* set by the CPU */
#define PTE_ADDR_MASK	0x000ffffffffff000UL

typedef __u64 pte_t;

extern pte_t x86_boot_pd[];

/* For the 2 MiB around the boot stack's guard, if it is one large page */
static pte_t boot_guard_pt[PT_ENTRIES] __align(__PAGE_SIZE);

static void tlb_flush_all(void)
{
	__asm__ __volatile__("movq %%cr3, %%rax; movq %%rax, %%cr3"
			     : : : "rax", "memory");
}

/* The 4 KiB entry that maps addr, splitting its 2 MiB page if needed */
static pte_t *pte_of(unsigned long addr)
{
	pte_t *pde = &x86_boot_pd[addr >> LARGE_SHIFT];
	unsigned long base = addr & ~((1UL << LARGE_SHIFT) - 1);
	struct uk_alloc *a;
	pte_t *pt;
	int i;

	if (*pde & X86_PTE_PSE) {
		a = ukplat_memallocator_get();
		pt = a ? uk_palloc(a, 1) : __NULL;
		if (!pt)
			return __NULL;
		for (i = 0; i < PT_ENTRIES; i++)
			pt[i] = (base + ((unsigned long)i << 12)) | PTE_KERNEL;
		/* the old large entry may be cached: flush the whole TLB */
		*pde = (__u64)(__uptr)pt | PTE_KERNEL;
		tlb_flush_all();
	}
	pt = (pte_t *)(__uptr)(*pde & PTE_ADDR_MASK);
	return &pt[(addr >> 12) & (PT_ENTRIES - 1)];
}

/*
 * Back to one 2 MiB page if the table under addr maps all of it plainly
 * again. The boot table of the first 2 MiB never does (page 0 stays
 * unmapped), so only tables made by pte_of() are freed.
 */
static void large_page_restore(unsigned long addr)
{
	pte_t *pde = &x86_boot_pd[addr >> LARGE_SHIFT];
	unsigned long base = addr & ~((1UL << LARGE_SHIFT) - 1);
	pte_t *pt = (pte_t *)(__uptr)(*pde & PTE_ADDR_MASK);
	struct uk_alloc *a = ukplat_memallocator_get();
	int i;

	if (!a || (*pde & X86_PTE_PSE))
		return;
	for (i = 0; i < PT_ENTRIES; i++)
		if ((pt[i] & ~(PTE_ACCESSED | PTE_DIRTY)) !=
		    ((base + ((unsigned long)i << 12)) | PTE_KERNEL))
			return;
	*pde = base | PDE_LARGE;
	tlb_flush_all();
	uk_pfree(a, pt, 1);
}

static int page_guard_set(void *addr, __sz len, int guard)
{
	unsigned long a = (unsigned long)addr, end = a + len;
	pte_t *pte;

	if ((a | len) & (__PAGE_SIZE - 1) || end > MAP_LIMIT || end < a)
		return -EINVAL;
	if (a < (unsigned long)_end && end > (unsigned long)_text)
		return -EINVAL;
	for (; a < end; a += __PAGE_SIZE) {
		pte = pte_of(a);
		if (!pte)
			return -ENOMEM;
		*pte = guard ? 0 : (a | PTE_KERNEL);
		__asm__ __volatile__("invlpg (%0)" : : "r"(a) : "memory");
		if (!guard)
			large_page_restore(a);
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

/*
 * Before the allocator exists: the table comes from .bss and stays (its
 * guard entry keeps large_page_restore() from merging it).
 */
void kvm_x86_boot_stack_guard(void)
{
	unsigned long guard = (unsigned long)x86_boot_stack - __PAGE_SIZE;
	pte_t *pde = &x86_boot_pd[guard >> LARGE_SHIFT];
	unsigned long base = guard & ~((1UL << LARGE_SHIFT) - 1);
	pte_t *pt;
	int i;

	if (*pde & X86_PTE_PSE) {
		for (i = 0; i < PT_ENTRIES; i++)
			boot_guard_pt[i] = (base + ((unsigned long)i << 12)) |
					   PTE_KERNEL;
		*pde = (__u64)(__uptr)boot_guard_pt | PTE_KERNEL;
		tlb_flush_all();
	}
	pt = (pte_t *)(__uptr)(*pde & PTE_ADDR_MASK);
	pt[(guard >> 12) & (PT_ENTRIES - 1)] = 0;
	__asm__ __volatile__("invlpg (%0)" : : "r"(guard) : "memory");
	plat_boot_stack_guard_set(guard);
}
