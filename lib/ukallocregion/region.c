/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Region allocator: a bump pointer over one memory region. The raw
 * malloc moves the pointer; free does nothing. ukalloc's ifmalloc helpers
 * add alignment, realloc and calloc on top.
 */
#include <string.h>
#include <uk/alloc_impl.h>
#include <uk/allocregion.h>
#include <uk/print.h>

struct region {
	__uptr cur;	/* next free byte */
	__uptr end;	/* end of the region */
};

static inline struct region *region_of(struct uk_alloc *a)
{
	return (struct region *)&a->priv;
}

static void *region_malloc(struct uk_alloc *a, __sz size)
{
	struct region *r = region_of(a);
	__uptr ptr = r->cur;

	if (size > r->end - r->cur)
		return __NULL;
	r->cur = ALIGN_UP(ptr + size, (__uptr)UK_ALLOC_MIN_ALIGN);
	if (r->cur > r->end)
		r->cur = r->end;
	return (void *)ptr;
}

/* Memory of a region is never reused: nothing to do */
static void region_free(struct uk_alloc *a __unused, void *ptr __unused)
{
}

static __ssz region_availmem(struct uk_alloc *a)
{
	struct region *r = region_of(a);

	return (__ssz)(r->end - r->cur);
}

/* The biggest object malloc() can still return */
static __ssz region_maxalloc(struct uk_alloc *a)
{
	__sz avail = (__sz)region_availmem(a);
	__sz overhead = uk_alloc_overhead_ifmalloc(UK_ALLOC_MIN_ALIGN);

	return avail > overhead ? (__ssz)(avail - overhead) : 0;
}

struct uk_alloc *uk_allocregion_init(void *base, __sz len)
{
	struct uk_alloc *a;
	struct region *r;
	__uptr start, end;

	start = ALIGN_UP((__uptr)base, (__uptr)UK_ALLOC_MIN_ALIGN);
	end = (__uptr)base + len;
	if (end < (__uptr)base ||
	    end <= start + sizeof(*a) + sizeof(*r) + UK_ALLOC_MIN_ALIGN) {
		uk_pr_err("region: %p (%lu bytes) is too small\n", base,
			  (unsigned long)len);
		return __NULL;
	}

	a = (struct uk_alloc *)start;
	memset(a, 0, sizeof(*a) + sizeof(*r));
	r = region_of(a);
	r->cur = ALIGN_UP(start + sizeof(*a) + sizeof(*r),
			  (__uptr)UK_ALLOC_MIN_ALIGN);
	r->end = end;

	uk_alloc_init_malloc_ifmalloc(a, region_malloc, region_free,
				      region_maxalloc, region_availmem,
				      __NULL);
	/*
	 * Without an object size the statistics count frees but keep the
	 * memory as used, which is the truth here.
	 */
	a->objsize = __NULL;

	uk_pr_info("region %p: %lu bytes free\n", a,
		   (unsigned long)(r->end - r->cur));
	return a;
}
