/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The malloc family on top of a raw malloc/free pair (a->malloc_backend,
 * a->free_backend). A header in front of each object records what the
 * backend returned and the requested size:
 *
 *   backend block                          ptr (aligned)
 *   | ... alignment slack ... | struct ifmalloc_hdr | object ... |
 *
 * The backend may return any address: the helpers ask for enough slack to
 * align the object themselves.
 */
#include <string.h>
#include <uk/alloc_impl.h>

struct ifmalloc_hdr {
	void *base;	/* what the backend returned */
	__sz size;	/* requested size */
};

UK_CTASSERT(sizeof(struct ifmalloc_hdr) % UK_ALLOC_MIN_ALIGN == 0);

static inline struct ifmalloc_hdr *ifmalloc_hdr(void *ptr)
{
	return (struct ifmalloc_hdr *)ptr - 1;
}

__sz uk_alloc_overhead_ifmalloc(__sz align)
{
	if (align < UK_ALLOC_MIN_ALIGN)
		align = UK_ALLOC_MIN_ALIGN;
	return sizeof(struct ifmalloc_hdr) + align - 1;
}

int uk_posix_memalign_ifmalloc(struct uk_alloc *a, void **memptr,
			       __sz align, __sz size)
{
	struct ifmalloc_hdr *hdr;
	__uptr base, ptr;
	__sz len;

	UK_ASSERT(a);
	UK_ASSERT(a->malloc_backend);
	if (!uk_alloc_align_valid(align))
		return EINVAL;
	if (align < UK_ALLOC_MIN_ALIGN)
		align = UK_ALLOC_MIN_ALIGN;

	/* size 0 still takes the header: a unique pointer */
	if (__builtin_add_overflow(size, uk_alloc_overhead_ifmalloc(align),
				   &len))
		return ENOMEM;
	base = (__uptr)a->malloc_backend(a, len);
	if (!base)
		return ENOMEM;

	ptr = ALIGN_UP(base + sizeof(struct ifmalloc_hdr), (__uptr)align);
	hdr = ifmalloc_hdr((void *)ptr);
	hdr->base = (void *)base;
	hdr->size = size;
	*memptr = (void *)ptr;
	return 0;
}

void *uk_malloc_ifmalloc(struct uk_alloc *a, __sz size)
{
	void *ptr;

	if (uk_posix_memalign_ifmalloc(a, &ptr, UK_ALLOC_MIN_ALIGN, size))
		return __NULL;
	return ptr;
}

void *uk_memalign_ifmalloc(struct uk_alloc *a, __sz align, __sz size)
{
	void *ptr;

	if (uk_posix_memalign_ifmalloc(a, &ptr, align, size))
		return __NULL;
	return ptr;
}

void uk_free_ifmalloc(struct uk_alloc *a, void *ptr)
{
	UK_ASSERT(a);
	if (!ptr)
		return;
	if (a->free_backend)
		a->free_backend(a, ifmalloc_hdr(ptr)->base);
}

void *uk_realloc_ifmalloc(struct uk_alloc *a, void *ptr, __sz size)
{
	struct ifmalloc_hdr *hdr;
	void *nptr;

	UK_ASSERT(a);
	if (!ptr)
		return uk_malloc_ifmalloc(a, size);
	if (!size) {
		uk_free_ifmalloc(a, ptr);
		return __NULL;
	}

	/* Shrinking stays in place; the backend's block size is unknown */
	hdr = ifmalloc_hdr(ptr);
	if (size <= hdr->size) {
		hdr->size = size;
		return ptr;
	}

	nptr = uk_malloc_ifmalloc(a, size);
	if (!nptr)
		return __NULL;
	memcpy(nptr, ptr, hdr->size);
	uk_free_ifmalloc(a, ptr);
	return nptr;
}

__sz uk_alloc_objsize_ifmalloc(struct uk_alloc *a __unused, void *ptr)
{
	return ifmalloc_hdr(ptr)->size;
}
