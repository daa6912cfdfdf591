/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The malloc family on ukalloc's default allocator. ukalloc's wrappers
 * already set errno to ENOMEM and cope with a missing allocator; without
 * ukalloc in the image every allocation fails.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <uk/config.h>
#include <uk/arch/lcpu.h>

#if CONFIG_LIBUKALLOC
#include <uk/alloc.h>

void *malloc(size_t size)
{
	return uk_malloc(uk_alloc_get_default(), size);
}

void *calloc(size_t nmemb, size_t size)
{
	return uk_calloc(uk_alloc_get_default(), nmemb, size);
}

void *realloc(void *ptr, size_t size)
{
	return uk_realloc(uk_alloc_get_default(), ptr, size);
}

void free(void *ptr)
{
	uk_free(uk_alloc_get_default(), ptr);
}

int posix_memalign(void **memptr, size_t align, size_t size)
{
	return uk_posix_memalign(uk_alloc_get_default(), memptr, align, size);
}

void *memalign(size_t align, size_t size)
{
	return uk_memalign(uk_alloc_get_default(), align, size);
}
#else /* !CONFIG_LIBUKALLOC */
void *malloc(size_t size __unused)
{
	errno = ENOMEM;
	return NULL;
}

void *calloc(size_t nmemb __unused, size_t size __unused)
{
	errno = ENOMEM;
	return NULL;
}

void *realloc(void *ptr __unused, size_t size __unused)
{
	errno = ENOMEM;
	return NULL;
}

void free(void *ptr __unused)
{
}

int posix_memalign(void **memptr __unused, size_t align __unused,
		   size_t size __unused)
{
	return ENOMEM;
}

void *memalign(size_t align __unused, size_t size __unused)
{
	errno = ENOMEM;
	return NULL;
}
#endif /* !CONFIG_LIBUKALLOC */

void *aligned_alloc(size_t align, size_t size)
{
	return memalign(align, size);
}

void *valloc(size_t size)
{
	return memalign(__PAGE_SIZE, size);
}

void *reallocarray(void *ptr, size_t nmemb, size_t size)
{
	size_t total;

	if (__builtin_mul_overflow(nmemb, size, &total)) {
		errno = ENOMEM;
		return NULL;
	}
	return realloc(ptr, total);
}
