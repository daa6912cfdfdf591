/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * The list of registered allocators; its head is the default allocator.
 */
#include <uk/alloc_impl.h>
#include <uk/print.h>

struct uk_alloc *_uk_alloc_head;

int uk_alloc_register(struct uk_alloc *a)
{
	struct uk_alloc **tail = &_uk_alloc_head;

	if (!a)
		return -EINVAL;

	while (*tail) {
		if (*tail == a)
			return 0;	/* already registered */
		tail = &(*tail)->next;
	}
	a->next = __NULL;
	*tail = a;
#if CONFIG_LIBUKALLOC_IFSTATS
	uk_alloc_stats_reset(a);
#endif
	uk_pr_debug("Registered allocator %p%s\n", a,
		    a == _uk_alloc_head ? " (default)" : "");
	return 0;
}

int uk_alloc_set_default(struct uk_alloc *a)
{
	struct uk_alloc **pp;

	for (pp = &_uk_alloc_head; *pp; pp = &(*pp)->next) {
		if (*pp != a)
			continue;
		/* unlink and put in front */
		*pp = a->next;
		a->next = _uk_alloc_head;
		_uk_alloc_head = a;
		return 0;
	}
	return -EINVAL;
}

__sz uk_alloc_availmem_total(void)
{
	struct uk_alloc *a;
	__sz total = 0;
	__ssz avail;

	uk_alloc_foreach(a) {
		avail = uk_alloc_availmem(a);
		if (avail > 0)
			total += (__sz)avail;
	}
	return total;
}

unsigned long uk_alloc_pavailmem_total(void)
{
	struct uk_alloc *a;
	unsigned long total = 0;
	long avail;

	uk_alloc_foreach(a) {
		avail = uk_alloc_pavailmem(a);
		if (avail > 0)
			total += (unsigned long)avail;
	}
	return total;
}
