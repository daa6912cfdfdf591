/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Per-allocator statistics, updated by the <uk/alloc.h> wrappers.
 */
#include <string.h>
#include <uk/alloc.h>

void _uk_alloc_stats_count_alloc(struct uk_alloc *a, void *ptr, __sz size)
{
	struct uk_alloc_stats *s = &a->_stats;

	if (!ptr) {
		s->nb_enomem++;
		return;
	}

	s->last_alloc_size = size;
	if (size > s->max_alloc_size)
		s->max_alloc_size = size;
	if (s->tot_nb_allocs == 0 || size < s->min_alloc_size)
		s->min_alloc_size = size;

	s->tot_nb_allocs++;
	s->cur_nb_allocs++;
	if (s->cur_nb_allocs > s->max_nb_allocs)
		s->max_nb_allocs = s->cur_nb_allocs;

	s->cur_mem_use += (__ssz)size;
	if (s->cur_mem_use > s->max_mem_use)
		s->max_mem_use = s->cur_mem_use;
}

void _uk_alloc_stats_count_free(struct uk_alloc *a, void *ptr, __sz size)
{
	struct uk_alloc_stats *s = &a->_stats;

	if (!ptr)
		return;

	s->tot_nb_frees++;
	s->cur_nb_allocs--;
	s->cur_mem_use -= (__ssz)size;
}

void uk_alloc_stats_get(struct uk_alloc *a, struct uk_alloc_stats *dst)
{
	UK_ASSERT(a);
	UK_ASSERT(dst);
	memcpy(dst, &a->_stats, sizeof(*dst));
}

void uk_alloc_stats_reset(struct uk_alloc *a)
{
	UK_ASSERT(a);
	memset(&a->_stats, 0, sizeof(a->_stats));
}
