/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Binary buddy page allocator.
 *
 * uk_allocbbuddy_init(base, len) builds an allocator inside
 * [base, base + len): its bookkeeping takes the first pages, the rest is
 * handed out in page runs. The allocator is registered with ukalloc (the
 * first one registered becomes the default) and returned; NULL when the
 * region is too small. Further regions are added with
 * uk_alloc_addmem(a, base, len); each region spends one bit per page on
 * bookkeeping, taken from its own start.
 *
 * uk_palloc(a, n) returns n contiguous pages aligned to the next power of
 * two of n pages; only n pages are consumed (the rest of the power-of-two
 * block goes straight back). Any page range obtained from uk_palloc() may
 * be returned with uk_pfree() in one or several pieces, each page exactly
 * once. malloc() and friends are built on pages by ukalloc's ifpages
 * helpers: every object takes whole pages (plus a 32-byte header).
 */
#ifndef __UK_ALLOCBBUDDY_H__
#define __UK_ALLOCBBUDDY_H__

#include <uk/alloc.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_alloc *uk_allocbbuddy_init(void *base, __sz len);

#ifdef __cplusplus
}
#endif

#endif /* __UK_ALLOCBBUDDY_H__ */
