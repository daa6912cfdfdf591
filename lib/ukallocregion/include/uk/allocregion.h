/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Region (bump) allocator: the smallest and fastest allocator, for images
 * that allocate at start-up and then keep their memory.
 *
 * uk_allocregion_init(base, len) builds an allocator inside
 * [base, base + len) (its state takes the first bytes), registers it with
 * ukalloc (the first one registered becomes the default) and returns it;
 * NULL when the region is too small.
 *
 * Every allocation moves a pointer forward. FREE IS A NO-OP: memory given
 * out is never reused, so uk_free()/uk_pfree() do nothing and realloc()
 * to a bigger size leaves the old object behind. Exhaustion returns NULL.
 * uk_alloc_addmem() is not supported (-ENOTSUP): the allocator owns one
 * region only.
 */
#ifndef __UK_ALLOCREGION_H__
#define __UK_ALLOCREGION_H__

#include <uk/alloc.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_alloc *uk_allocregion_init(void *base, __sz len);

#ifdef __cplusplus
}
#endif

#endif /* __UK_ALLOCREGION_H__ */
