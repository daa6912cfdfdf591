/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Entries of struct uk_alloc derived from malloc(), posix_memalign() and
 * free(): calloc, memalign, pages, and page-based size queries.
 */
#include <string.h>
#include <uk/alloc_impl.h>
#include <uk/arch/lcpu.h>

void *uk_calloc_compat(struct uk_alloc *a, __sz nmemb, __sz size)
{
	__sz len;
	void *ptr;

	if (__builtin_mul_overflow(nmemb, size, &len))
		return __NULL;
	ptr = a->malloc(a, len);
	if (ptr)
		memset(ptr, 0, len);
	return ptr;
}

void *uk_memalign_compat(struct uk_alloc *a, __sz align, __sz size)
{
	void *ptr;

	if (a->posix_memalign(a, &ptr, align, size) != 0)
		return __NULL;
	return ptr;
}

void *uk_palloc_compat(struct uk_alloc *a, unsigned long num_pages)
{
	__sz len;
	void *ptr;

	if (!num_pages ||
	    __builtin_mul_overflow((__sz)num_pages, __PAGE_SIZE, &len))
		return __NULL;
	if (a->posix_memalign(a, &ptr, __PAGE_SIZE, len) != 0)
		return __NULL;
	return ptr;
}

void uk_pfree_compat(struct uk_alloc *a, void *ptr,
		     unsigned long num_pages __unused)
{
	a->free(a, ptr);
}

long uk_alloc_pmaxalloc_compat(struct uk_alloc *a)
{
	__ssz max;

	if (!a->maxalloc)
		return -ENOTSUP;
	max = a->maxalloc(a);
	if (max < 0)
		return (long)max;
	/* posix_memalign may need up to a page of slack */
	if ((__sz)max < __PAGE_SIZE)
		return 0;
	return (long)(((__sz)max - __PAGE_SIZE) >> __PAGE_SHIFT);
}

long uk_alloc_pavailmem_compat(struct uk_alloc *a)
{
	__ssz avail;

	if (!a->availmem)
		return -ENOTSUP;
	avail = a->availmem(a);
	if (avail < 0)
		return (long)avail;
	return (long)((__sz)avail >> __PAGE_SHIFT);
}
