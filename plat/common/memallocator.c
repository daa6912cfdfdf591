/* SPDX-License-Identifier: BSD-3-Clause */
/* The allocator platform code may use (see <uk/plat/memory.h>). */
#include <uk/essentials.h>
#include <uk/plat/memory.h>

static struct uk_alloc *plat_allocator;

int ukplat_memallocator_set(struct uk_alloc *a)
{
	plat_allocator = a;
	return 0;
}

struct uk_alloc *ukplat_memallocator_get(void)
{
	return plat_allocator;
}
