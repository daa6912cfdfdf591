/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Memory regions the platform knows about: free RAM for the allocators, the
 * kernel image, the initrd, boot data. Index them from 0 to
 * ukplat_memregion_count() - 1. ukplat_memregion_find_next() iterates over
 * regions whose flags contain all bits of `sflags` after masking with
 * `mflags`; it returns the index found or a negative value at the end.
 * The UKPLAT_MEMRF_INITRD region has the exact base and length of the
 * initrd (not rounded to pages).
 */
#ifndef __UKPLAT_MEMORY_H__
#define __UKPLAT_MEMORY_H__

#include <uk/essentials.h>

#define UKPLAT_MEMRF_FREE	0x0001	/* usable by an allocator */
#define UKPLAT_MEMRF_RESERVED	0x0002	/* never hand out */
#define UKPLAT_MEMRF_READABLE	0x0004
#define UKPLAT_MEMRF_WRITABLE	0x0008
#define UKPLAT_MEMRF_EXECUTABLE	0x0010
#define UKPLAT_MEMRF_KERNEL	0x0100	/* the image itself */
#define UKPLAT_MEMRF_INITRD	0x0200	/* initial ramdisk from the loader */
#define UKPLAT_MEMRF_EXTRADATA	0x0400	/* command line, boot info, dtb */
#define UKPLAT_MEMRF_STACK	0x0800	/* boot stack */

#define UKPLAT_MEMRF_ALL	0xffff

#ifndef __ASSEMBLY__
struct ukplat_memregion_desc {
	void *base;
	__sz len;
	int flags;
	const char *name;
};

int ukplat_memregion_count(void);
int ukplat_memregion_get(int i, struct ukplat_memregion_desc *mrd);

static inline int ukplat_memregion_find_next(int i, int sflags, int mflags,
					     struct ukplat_memregion_desc *mrd)
{
	int count = ukplat_memregion_count();

	for (i = i + 1; i < count; i++) {
		if (ukplat_memregion_get(i, mrd) < 0)
			return -1;
		if ((mrd->flags & mflags) == sflags)
			return i;
	}
	return -1;
}

#define ukplat_memregion_foreach(mrd, sflags)				\
	for (int __i = ukplat_memregion_find_next(-1, (sflags), (sflags), (mrd)); \
	     __i >= 0;							\
	     __i = ukplat_memregion_find_next(__i, (sflags), (sflags), (mrd)))

struct uk_alloc;
/* The allocator platform code may use (e.g. for driver buffers). */
int ukplat_memallocator_set(struct uk_alloc *a);
struct uk_alloc *ukplat_memallocator_get(void);

/*
 * Guard pages (platforms that select HAVE_PAGE_GUARD). ukplat_page_guard()
 * makes the whole pages of [addr, addr + len) inaccessible, so that any
 * access traps; ukplat_page_unguard() makes them ordinary read-write
 * memory again. Both take page-aligned heap memory (from the allocators)
 * and return 0, -EINVAL (not page aligned, not heap memory), -ENOMEM (no
 * memory for a page table) or -ENOTSUP (no guard pages on this platform).
 *
 * ukplat_page_guard_owner_set() registers a function the trap report asks
 * about the faulting address: it returns the name of the thread whose
 * stack guard holds that address, or NULL; the report then starts with
 * "Stack overflow in thread <name>". ukplat_page_guard_report() is that
 * check, for the trap handlers; it returns nonzero if it printed.
 */
int ukplat_page_guard(void *addr, __sz len);
int ukplat_page_unguard(void *addr, __sz len);
void ukplat_page_guard_owner_set(const char *(*owner)(unsigned long addr));
int ukplat_page_guard_report(unsigned long fault_addr);
#endif

#endif
