/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Memory allocation interface (the API users of allocators see).
 *
 * An allocator is a struct uk_alloc of function pointers, created by an
 * implementation (ukallocbbuddy, ukallocregion, ...) and registered with
 * uk_alloc_register() (<uk/alloc_impl.h>). The first allocator registered
 * becomes the default one, returned by uk_alloc_get_default(); the C
 * library's malloc() family uses the default allocator.
 *
 * Contract of the wrappers below:
 * - uk_malloc/uk_calloc/uk_realloc/uk_memalign return NULL when the memory
 *   is exhausted (or `a` is NULL) and set errno to ENOMEM; they never
 *   crash. uk_posix_memalign returns ENOMEM (or EINVAL for an alignment
 *   that is not a power of two multiple of sizeof(void *)) instead.
 * - A size of 0 gives a unique pointer that must be freed like any other.
 * - Objects are at least 16-byte aligned (UK_ALLOC_MIN_ALIGN).
 * - uk_free(a, NULL) does nothing; objects must go back to the allocator
 *   they came from.
 * - uk_palloc/uk_pfree deal in whole pages (__PAGE_SIZE), page aligned.
 *   Pages from uk_palloc are freed with uk_pfree and the same count.
 * - uk_alloc_availmem/maxalloc (bytes) and uk_alloc_pavailmem/pmaxalloc
 *   (pages) report free memory and the biggest request likely to succeed,
 *   or -ENOTSUP when the allocator cannot tell.
 * - With CONFIG_LIBUKALLOC_IFSTATS every call through these wrappers is
 *   counted per allocator; read the counters with uk_alloc_stats_get().
 *   Calls made directly through the function pointers are not counted.
 *
 * Allocators are not interrupt safe: do not allocate from an interrupt
 * handler. With the cooperative scheduler no further locking is needed.
 */
#ifndef __UK_ALLOC_H__
#define __UK_ALLOC_H__

#include <errno.h>
#include <uk/config.h>
#include <uk/essentials.h>
#include <uk/assert.h>
#include <uk/arch/types.h>
#include <uk/arch/lcpu.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Alignment of every object returned by the malloc family */
#define UK_ALLOC_MIN_ALIGN	16

struct uk_alloc;

typedef void *(*uk_alloc_malloc_func_t)
		(struct uk_alloc *a, __sz size);
typedef void *(*uk_alloc_calloc_func_t)
		(struct uk_alloc *a, __sz nmemb, __sz size);
typedef int   (*uk_alloc_posix_memalign_func_t)
		(struct uk_alloc *a, void **memptr, __sz align, __sz size);
typedef void *(*uk_alloc_memalign_func_t)
		(struct uk_alloc *a, __sz align, __sz size);
typedef void *(*uk_alloc_realloc_func_t)
		(struct uk_alloc *a, void *ptr, __sz size);
typedef void  (*uk_alloc_free_func_t)
		(struct uk_alloc *a, void *ptr);
typedef void *(*uk_alloc_palloc_func_t)
		(struct uk_alloc *a, unsigned long num_pages);
typedef void  (*uk_alloc_pfree_func_t)
		(struct uk_alloc *a, void *ptr, unsigned long num_pages);
typedef int   (*uk_alloc_addmem_func_t)
		(struct uk_alloc *a, void *base, __sz size);
typedef __ssz (*uk_alloc_getsize_func_t)
		(struct uk_alloc *a);
typedef long  (*uk_alloc_getpsize_func_t)
		(struct uk_alloc *a);
typedef __sz  (*uk_alloc_objsize_func_t)
		(struct uk_alloc *a, void *ptr);

#if CONFIG_LIBUKALLOC_IFSTATS
struct uk_alloc_stats {
	__sz last_alloc_size;	/* size of the last satisfied request */
	__sz max_alloc_size;	/* biggest satisfied request */
	__sz min_alloc_size;	/* smallest satisfied request */

	__u64 tot_nb_allocs;	/* satisfied allocations so far */
	__u64 tot_nb_frees;	/* frees so far */
	__s64 cur_nb_allocs;	/* allocations currently alive */
	__s64 max_nb_allocs;	/* most allocations alive at once */

	__ssz cur_mem_use;	/* bytes currently handed out */
	__ssz max_mem_use;	/* most bytes handed out at once */

	__u64 nb_enomem;	/* requests that failed */
};
#endif /* CONFIG_LIBUKALLOC_IFSTATS */

struct uk_alloc {
	/* object allocation */
	uk_alloc_malloc_func_t malloc;
	uk_alloc_calloc_func_t calloc;
	uk_alloc_realloc_func_t realloc;
	uk_alloc_posix_memalign_func_t posix_memalign;
	uk_alloc_memalign_func_t memalign;
	uk_alloc_free_func_t free;

#if CONFIG_LIBUKALLOC_IFMALLOC
	/* raw malloc/free pair behind the *_ifmalloc helpers */
	uk_alloc_free_func_t free_backend;
	uk_alloc_malloc_func_t malloc_backend;
#endif

	/* page allocation */
	uk_alloc_palloc_func_t palloc;
	uk_alloc_pfree_func_t pfree;

	/* optional, but recommended */
	uk_alloc_getsize_func_t maxalloc;	/* biggest request (bytes) */
	uk_alloc_getsize_func_t availmem;	/* free memory (bytes) */
	uk_alloc_getpsize_func_t pmaxalloc;	/* biggest request (pages) */
	uk_alloc_getpsize_func_t pavailmem;	/* free memory (pages) */
	/* requested size of an object (for statistics); may be NULL */
	uk_alloc_objsize_func_t objsize;

	/* optional: hand more memory to the allocator */
	uk_alloc_addmem_func_t addmem;

#if CONFIG_LIBUKALLOC_IFSTATS
	struct uk_alloc_stats _stats;
#endif

	/* internal */
	struct uk_alloc *next;
	__u8 priv[];
};

/* Registered allocators, the default one first */
extern struct uk_alloc *_uk_alloc_head;

#define uk_alloc_foreach(iter)						\
	for ((iter) = _uk_alloc_head; (iter) != __NULL;			\
	     (iter) = (iter)->next)

static inline struct uk_alloc *uk_alloc_get_default(void)
{
	return _uk_alloc_head;
}

/*
 * Make a registered allocator the default one. Returns 0, or -EINVAL if
 * `a` was never registered.
 */
int uk_alloc_set_default(struct uk_alloc *a);

/* ---- statistics hooks (no-ops without CONFIG_LIBUKALLOC_IFSTATS) ------ */

#if CONFIG_LIBUKALLOC_IFSTATS
void _uk_alloc_stats_count_alloc(struct uk_alloc *a, void *ptr, __sz size);
void _uk_alloc_stats_count_free(struct uk_alloc *a, void *ptr, __sz size);

static inline __sz _uk_alloc_stats_objsize(struct uk_alloc *a, void *ptr)
{
	if (!ptr || !a->objsize)
		return 0;
	return a->objsize(a, ptr);
}

/* Fill `dst` with a snapshot of the counters of allocator `a` */
void uk_alloc_stats_get(struct uk_alloc *a, struct uk_alloc_stats *dst);
/* Clear the counters of allocator `a` */
void uk_alloc_stats_reset(struct uk_alloc *a);
#else
#define _uk_alloc_stats_count_alloc(a, ptr, size)			\
	do { (void)(a); (void)(ptr); (void)(size); } while (0)
#define _uk_alloc_stats_count_free(a, ptr, size)			\
	do { (void)(a); (void)(ptr); (void)(size); } while (0)
#define _uk_alloc_stats_objsize(a, ptr)	((void)(a), (void)(ptr), (__sz)0)
#endif /* CONFIG_LIBUKALLOC_IFSTATS */

/* ---- object allocation ---------------------------------------------- */

static inline void *uk_do_malloc(struct uk_alloc *a, __sz size)
{
	void *ptr;

	UK_ASSERT(a);
	ptr = a->malloc(a, size);
	_uk_alloc_stats_count_alloc(a, ptr, size);
	if (unlikely(!ptr))
		errno = ENOMEM;
	return ptr;
}

static inline void *uk_malloc(struct uk_alloc *a, __sz size)
{
	if (unlikely(!a)) {
		errno = ENOMEM;
		return __NULL;
	}
	return uk_do_malloc(a, size);
}

static inline void *uk_do_calloc(struct uk_alloc *a, __sz nmemb, __sz size)
{
	void *ptr;

	UK_ASSERT(a);
	ptr = a->calloc(a, nmemb, size);
	_uk_alloc_stats_count_alloc(a, ptr, nmemb * size);
	if (unlikely(!ptr))
		errno = ENOMEM;
	return ptr;
}

static inline void *uk_calloc(struct uk_alloc *a, __sz nmemb, __sz size)
{
	if (unlikely(!a)) {
		errno = ENOMEM;
		return __NULL;
	}
	return uk_do_calloc(a, nmemb, size);
}

#define uk_do_zalloc(a, size)	uk_do_calloc((a), 1, (size))
#define uk_zalloc(a, size)	uk_calloc((a), 1, (size))

/*
 * Resize the object at `ptr` to `size` bytes, keeping its contents; the
 * object may move. ptr == NULL behaves like malloc, size == 0 frees ptr
 * and returns NULL. On failure NULL is returned and ptr stays valid.
 */
static inline void *uk_do_realloc(struct uk_alloc *a, void *ptr, __sz size)
{
	__sz old_size __maybe_unused;
	void *nptr;

	UK_ASSERT(a);
	old_size = _uk_alloc_stats_objsize(a, ptr);
	nptr = a->realloc(a, ptr, size);
	if (ptr && (nptr || !size))
		_uk_alloc_stats_count_free(a, ptr, old_size);
	if (size || !ptr) {
		_uk_alloc_stats_count_alloc(a, nptr, size);
		if (unlikely(!nptr))
			errno = ENOMEM;
	}
	return nptr;
}

static inline void *uk_realloc(struct uk_alloc *a, void *ptr, __sz size)
{
	if (unlikely(!a)) {
		errno = ENOMEM;
		return __NULL;
	}
	return uk_do_realloc(a, ptr, size);
}

/*
 * Allocate `size` bytes at a multiple of `align` (a power of two, at
 * least sizeof(void *)) into *memptr. Returns 0, EINVAL or ENOMEM (a
 * positive error code, as POSIX); *memptr is NULL on failure.
 */
static inline int uk_do_posix_memalign(struct uk_alloc *a, void **memptr,
				       __sz align, __sz size)
{
	int rc;

	UK_ASSERT(a);
	UK_ASSERT(memptr);
	rc = a->posix_memalign(a, memptr, align, size);
	_uk_alloc_stats_count_alloc(a, rc ? __NULL : *memptr, size);
	if (rc)
		*memptr = __NULL;
	return rc;
}

static inline int uk_posix_memalign(struct uk_alloc *a, void **memptr,
				    __sz align, __sz size)
{
	if (unlikely(!a)) {
		*memptr = __NULL;
		return ENOMEM;
	}
	return uk_do_posix_memalign(a, memptr, align, size);
}

/* Like uk_posix_memalign but returns the object (NULL with errno set) */
static inline void *uk_do_memalign(struct uk_alloc *a, __sz align, __sz size)
{
	void *ptr;

	UK_ASSERT(a);
	ptr = a->memalign(a, align, size);
	_uk_alloc_stats_count_alloc(a, ptr, size);
	if (unlikely(!ptr))
		errno = ENOMEM;
	return ptr;
}

static inline void *uk_memalign(struct uk_alloc *a, __sz align, __sz size)
{
	if (unlikely(!a)) {
		errno = ENOMEM;
		return __NULL;
	}
	return uk_do_memalign(a, align, size);
}

static inline void uk_do_free(struct uk_alloc *a, void *ptr)
{
	UK_ASSERT(a);
	if (!ptr)
		return;
	_uk_alloc_stats_count_free(a, ptr, _uk_alloc_stats_objsize(a, ptr));
	a->free(a, ptr);
}

static inline void uk_free(struct uk_alloc *a, void *ptr)
{
	if (!ptr)
		return;
	uk_do_free(a, ptr);
}

/* ---- page allocation -------------------------------------------------- */

static inline void *uk_do_palloc(struct uk_alloc *a, unsigned long num_pages)
{
	void *ptr;

	UK_ASSERT(a);
	ptr = a->palloc(a, num_pages);
	_uk_alloc_stats_count_alloc(a, ptr, num_pages * __PAGE_SIZE);
	if (unlikely(!ptr))
		errno = ENOMEM;
	return ptr;
}

static inline void *uk_palloc(struct uk_alloc *a, unsigned long num_pages)
{
	if (unlikely(!a || !a->palloc)) {
		errno = ENOMEM;
		return __NULL;
	}
	return uk_do_palloc(a, num_pages);
}

static inline void uk_do_pfree(struct uk_alloc *a, void *ptr,
			       unsigned long num_pages)
{
	UK_ASSERT(a);
	if (!ptr)
		return;
	_uk_alloc_stats_count_free(a, ptr, num_pages * __PAGE_SIZE);
	a->pfree(a, ptr, num_pages);
}

static inline void uk_pfree(struct uk_alloc *a, void *ptr,
			    unsigned long num_pages)
{
	if (!ptr)
		return;
	uk_do_pfree(a, ptr, num_pages);
}

/* ---- memory management ------------------------------------------------ */

/* Give [base, base + size) to the allocator: 0, -ENOTSUP or -errno */
static inline int uk_alloc_addmem(struct uk_alloc *a, void *base, __sz size)
{
	UK_ASSERT(a);
	if (!a->addmem)
		return -ENOTSUP;
	return a->addmem(a, base, size);
}

/* Biggest request that can currently succeed (bytes) */
static inline __ssz uk_alloc_maxalloc(struct uk_alloc *a)
{
	UK_ASSERT(a);
	if (!a->maxalloc)
		return (__ssz)-ENOTSUP;
	return a->maxalloc(a);
}

static inline long uk_alloc_pmaxalloc(struct uk_alloc *a)
{
	UK_ASSERT(a);
	if (!a->pmaxalloc)
		return (long)-ENOTSUP;
	return a->pmaxalloc(a);
}

/* Total free memory of the allocator (bytes) */
static inline __ssz uk_alloc_availmem(struct uk_alloc *a)
{
	UK_ASSERT(a);
	if (!a->availmem)
		return (__ssz)-ENOTSUP;
	return a->availmem(a);
}

static inline long uk_alloc_pavailmem(struct uk_alloc *a)
{
	UK_ASSERT(a);
	if (!a->pavailmem)
		return (long)-ENOTSUP;
	return a->pavailmem(a);
}

/* Sums over all registered allocators that can tell */
__sz uk_alloc_availmem_total(void);
unsigned long uk_alloc_pavailmem_total(void);

#ifdef __cplusplus
}
#endif

#endif /* __UK_ALLOC_H__ */
