/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * For allocator implementations only (users include <uk/alloc.h>).
 *
 * An implementation fills a struct uk_alloc (usually at the start of the
 * memory it manages) and registers it with uk_alloc_register(); the first
 * one registered becomes the default. It rarely implements every entry
 * itself; the generic helpers here derive the rest:
 *
 * - uk_alloc_init_palloc(): the allocator provides pages only (palloc,
 *   pfree); the *_ifpages helpers build the malloc family on top. Each
 *   object takes whole pages, with a small header in front of it that
 *   records the pages and the requested size (so realloc and free need no
 *   size from the caller).
 * - uk_alloc_init_malloc_ifmalloc(): the allocator provides a raw
 *   malloc/free pair (malloc_backend, free_backend); the *_ifmalloc
 *   helpers add a header with the requested size and derive realloc,
 *   posix_memalign, memalign and calloc. Pages come from posix_memalign.
 * - uk_alloc_init_malloc(): the allocator implements the whole malloc
 *   family; pages come from posix_memalign.
 *
 * The helpers call the allocator's function pointers directly, so
 * statistics (counted by the <uk/alloc.h> wrappers) see each user request
 * exactly once.
 */
#ifndef __UK_ALLOC_IMPL_H__
#define __UK_ALLOC_IMPL_H__

#include <uk/alloc.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Append `a` to the list of allocators; the first one becomes the
 * default. Returns 0 (or -EINVAL for NULL).
 */
int uk_alloc_register(struct uk_alloc *a);

/* ---- helpers built on malloc() / posix_memalign() / free() ------------ */

void *uk_calloc_compat(struct uk_alloc *a, __sz nmemb, __sz size);
void *uk_memalign_compat(struct uk_alloc *a, __sz align, __sz size);
void *uk_palloc_compat(struct uk_alloc *a, unsigned long num_pages);
void uk_pfree_compat(struct uk_alloc *a, void *ptr, unsigned long num_pages);
/* a->maxalloc / a->availmem in pages, -ENOTSUP when those are NULL */
long uk_alloc_pmaxalloc_compat(struct uk_alloc *a);
long uk_alloc_pavailmem_compat(struct uk_alloc *a);

/* 1 when align is a valid posix_memalign() alignment */
static inline int uk_alloc_align_valid(__sz align)
{
	return align >= sizeof(void *) && (align & (align - 1)) == 0;
}

#if CONFIG_LIBUKALLOC_IFPAGES
/* ---- malloc family on a page allocator --------------------------------- */

void *uk_malloc_ifpages(struct uk_alloc *a, __sz size);
void *uk_realloc_ifpages(struct uk_alloc *a, void *ptr, __sz size);
int uk_posix_memalign_ifpages(struct uk_alloc *a, void **memptr,
			      __sz align, __sz size);
void *uk_memalign_ifpages(struct uk_alloc *a, __sz align, __sz size);
void uk_free_ifpages(struct uk_alloc *a, void *ptr);
__sz uk_alloc_objsize_ifpages(struct uk_alloc *a, void *ptr);
/* a->pmaxalloc / a->pavailmem in bytes, -ENOTSUP when those are NULL */
__ssz uk_alloc_maxalloc_ifpages(struct uk_alloc *a);
__ssz uk_alloc_availmem_ifpages(struct uk_alloc *a);

/*
 * Fill `a` for an allocator that only implements pages, then register
 * it. pmaxalloc_f, pavailmem_f and addmem_f may be NULL.
 */
#define uk_alloc_init_palloc(a, palloc_f, pfree_f, pmaxalloc_f,	\
			     pavailmem_f, addmem_f)			\
	do {								\
		(a)->malloc         = uk_malloc_ifpages;		\
		(a)->calloc         = uk_calloc_compat;			\
		(a)->realloc        = uk_realloc_ifpages;		\
		(a)->posix_memalign = uk_posix_memalign_ifpages;	\
		(a)->memalign       = uk_memalign_ifpages;		\
		(a)->free           = uk_free_ifpages;			\
		(a)->objsize        = uk_alloc_objsize_ifpages;		\
		(a)->palloc         = (palloc_f);			\
		(a)->pfree          = (pfree_f);			\
		(a)->pmaxalloc      = (pmaxalloc_f);			\
		(a)->pavailmem      = (pavailmem_f);			\
		(a)->maxalloc       = uk_alloc_maxalloc_ifpages;	\
		(a)->availmem       = uk_alloc_availmem_ifpages;	\
		(a)->addmem         = (addmem_f);			\
		uk_alloc_register(a);					\
	} while (0)
#endif /* CONFIG_LIBUKALLOC_IFPAGES */

#if CONFIG_LIBUKALLOC_IFMALLOC
/* ---- malloc family on a raw malloc/free pair ----------------------------- */

/*
 * Bytes the ifmalloc helpers add to a request of alignment `align`
 * (header and alignment slack): an allocator can subtract this from its
 * maxalloc figure.
 */
__sz uk_alloc_overhead_ifmalloc(__sz align);

void *uk_malloc_ifmalloc(struct uk_alloc *a, __sz size);
void *uk_realloc_ifmalloc(struct uk_alloc *a, void *ptr, __sz size);
int uk_posix_memalign_ifmalloc(struct uk_alloc *a, void **memptr,
			       __sz align, __sz size);
void *uk_memalign_ifmalloc(struct uk_alloc *a, __sz align, __sz size);
void uk_free_ifmalloc(struct uk_alloc *a, void *ptr);
__sz uk_alloc_objsize_ifmalloc(struct uk_alloc *a, void *ptr);

/*
 * Fill `a` for an allocator that implements a raw malloc/free pair, then
 * register it. maxalloc_f, availmem_f and addmem_f may be NULL.
 */
#define uk_alloc_init_malloc_ifmalloc(a, malloc_f, free_f, maxalloc_f,	\
				      availmem_f, addmem_f)		\
	do {								\
		(a)->malloc_backend = (malloc_f);			\
		(a)->free_backend   = (free_f);				\
		(a)->malloc         = uk_malloc_ifmalloc;		\
		(a)->calloc         = uk_calloc_compat;			\
		(a)->realloc        = uk_realloc_ifmalloc;		\
		(a)->posix_memalign = uk_posix_memalign_ifmalloc;	\
		(a)->memalign       = uk_memalign_ifmalloc;		\
		(a)->free           = uk_free_ifmalloc;			\
		(a)->objsize        = uk_alloc_objsize_ifmalloc;	\
		(a)->palloc         = uk_palloc_compat;			\
		(a)->pfree          = uk_pfree_compat;			\
		(a)->maxalloc       = (maxalloc_f);			\
		(a)->availmem       = (availmem_f);			\
		(a)->pmaxalloc      = uk_alloc_pmaxalloc_compat;	\
		(a)->pavailmem      = uk_alloc_pavailmem_compat;	\
		(a)->addmem         = (addmem_f);			\
		uk_alloc_register(a);					\
	} while (0)
#endif /* CONFIG_LIBUKALLOC_IFMALLOC */

/*
 * Fill `a` for an allocator implementing the whole malloc family, then
 * register it. Pass uk_calloc_compat and uk_memalign_compat for calloc_f
 * and memalign_f to derive them from malloc and posix_memalign.
 * maxalloc_f, availmem_f and addmem_f may be NULL.
 */
#define uk_alloc_init_malloc(a, malloc_f, calloc_f, realloc_f, free_f,	\
			     posix_memalign_f, memalign_f, maxalloc_f,	\
			     availmem_f, addmem_f)			\
	do {								\
		(a)->malloc         = (malloc_f);			\
		(a)->calloc         = (calloc_f);			\
		(a)->realloc        = (realloc_f);			\
		(a)->posix_memalign = (posix_memalign_f);		\
		(a)->memalign       = (memalign_f);			\
		(a)->free           = (free_f);				\
		(a)->objsize        = __NULL;				\
		(a)->palloc         = uk_palloc_compat;			\
		(a)->pfree          = uk_pfree_compat;			\
		(a)->maxalloc       = (maxalloc_f);			\
		(a)->availmem       = (availmem_f);			\
		(a)->pmaxalloc      = uk_alloc_pmaxalloc_compat;	\
		(a)->pavailmem      = uk_alloc_pavailmem_compat;	\
		(a)->addmem         = (addmem_f);			\
		uk_alloc_register(a);					\
	} while (0)

#ifdef __cplusplus
}
#endif

#endif /* __UK_ALLOC_IMPL_H__ */
