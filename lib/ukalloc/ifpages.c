/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The malloc family on top of a page allocator (a->palloc, a->pfree).
 *
 * Every object gets its own run of pages. A header right in front of the
 * object records the first page, the number of pages and the requested
 * size:
 *
 *   page base                              ptr (aligned)
 *   | ... alignment slack ... | struct ifpages_hdr | object ... | unused |
 *
 * For alignments up to a page the slack is only what rounds the header up
 * to the alignment; bigger alignments over-allocate by `align` bytes.
 */
#include <string.h>
#include <uk/alloc_impl.h>
#include <uk/arch/lcpu.h>

struct ifpages_hdr {
	void *base;			/* first page of the run */
	unsigned long num_pages;	/* length of the run */
	__sz size;			/* requested size */
	__sz _pad;			/* keeps the header 16 bytes multiple */
};

UK_CTASSERT(sizeof(struct ifpages_hdr) % UK_ALLOC_MIN_ALIGN == 0);

static inline struct ifpages_hdr *ifpages_hdr(void *ptr)
{
	return (struct ifpages_hdr *)ptr - 1;
}

/* Pages needed for `size` bytes at alignment `align`; 0 on overflow */
static unsigned long ifpages_count(__sz size, __sz align)
{
	__sz len;

	if (align <= __PAGE_SIZE)
		len = ALIGN_UP(sizeof(struct ifpages_hdr), align);
	else
		len = align;
	if (__builtin_add_overflow(len, size, &len) ||
	    len > (__sz)-1 - __PAGE_SIZE)
		return 0;
	return (unsigned long)(DIV_ROUND_UP(len, __PAGE_SIZE));
}

int uk_posix_memalign_ifpages(struct uk_alloc *a, void **memptr,
			      __sz align, __sz size)
{
	struct ifpages_hdr *hdr;
	unsigned long num_pages;
	__uptr base, ptr;

	UK_ASSERT(a);
	if (!uk_alloc_align_valid(align))
		return EINVAL;
	if (align < UK_ALLOC_MIN_ALIGN)
		align = UK_ALLOC_MIN_ALIGN;

	/* size 0 still takes a page: a unique pointer */
	num_pages = ifpages_count(size, align);
	if (!num_pages)
		return ENOMEM;
	base = (__uptr)a->palloc(a, num_pages);
	if (!base)
		return ENOMEM;

	ptr = ALIGN_UP(base + sizeof(struct ifpages_hdr), (__uptr)align);
	hdr = ifpages_hdr((void *)ptr);
	hdr->base = (void *)base;
	hdr->num_pages = num_pages;
	hdr->size = size;
	*memptr = (void *)ptr;
	return 0;
}

void *uk_malloc_ifpages(struct uk_alloc *a, __sz size)
{
	void *ptr;

	if (uk_posix_memalign_ifpages(a, &ptr, UK_ALLOC_MIN_ALIGN, size))
		return __NULL;
	return ptr;
}

void *uk_memalign_ifpages(struct uk_alloc *a, __sz align, __sz size)
{
	void *ptr;

	if (uk_posix_memalign_ifpages(a, &ptr, align, size))
		return __NULL;
	return ptr;
}

void uk_free_ifpages(struct uk_alloc *a, void *ptr)
{
	struct ifpages_hdr *hdr;

	UK_ASSERT(a);
	if (!ptr)
		return;
	hdr = ifpages_hdr(ptr);
	UK_ASSERT(hdr->num_pages > 0);
	UK_ASSERT(((__uptr)hdr->base & (__PAGE_SIZE - 1)) == 0);
	a->pfree(a, hdr->base, hdr->num_pages);
}

void *uk_realloc_ifpages(struct uk_alloc *a, void *ptr, __sz size)
{
	struct ifpages_hdr *hdr;
	__sz room;
	void *nptr;

	UK_ASSERT(a);
	if (!ptr)
		return uk_malloc_ifpages(a, size);
	if (!size) {
		uk_free_ifpages(a, ptr);
		return __NULL;
	}

	/* Grow or shrink in place while the pages suffice */
	hdr = ifpages_hdr(ptr);
	room = hdr->num_pages * __PAGE_SIZE -
	       ((__uptr)ptr - (__uptr)hdr->base);
	if (size <= room) {
		hdr->size = size;
		return ptr;
	}

	nptr = uk_malloc_ifpages(a, size);
	if (!nptr)
		return __NULL;
	memcpy(nptr, ptr, hdr->size);
	uk_free_ifpages(a, ptr);
	return nptr;
}

__sz uk_alloc_objsize_ifpages(struct uk_alloc *a __unused, void *ptr)
{
	return ifpages_hdr(ptr)->size;
}

__ssz uk_alloc_maxalloc_ifpages(struct uk_alloc *a)
{
	long pages;

	if (!a->pmaxalloc)
		return -ENOTSUP;
	pages = a->pmaxalloc(a);
	if (pages <= 0)
		return pages;
	return (__ssz)((__sz)pages * __PAGE_SIZE -
		       sizeof(struct ifpages_hdr));
}

__ssz uk_alloc_availmem_ifpages(struct uk_alloc *a)
{
	long pages;

	if (!a->pavailmem)
		return -ENOTSUP;
	pages = a->pavailmem(a);
	if (pages <= 0)
		return pages;
	return (__ssz)((__sz)pages * __PAGE_SIZE);
}
