/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Allocator tests: the default heap (through malloc and uk_*), a private
 * buddy allocator and a region allocator on memory taken from the heap,
 * statistics, and the list macros.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uk/alloc.h>
#include <uk/allocbbuddy.h>
#include <uk/allocregion.h>
#include <uk/arch/lcpu.h>
#include <uk/list.h>
#include "coretest.h"

#define NOBJ 256

static void *objs[NOBJ];
static __sz objsz[NOBJ];

static unsigned long rnd_state = 0x2545f491;

static unsigned long rnd(void)
{
	rnd_state = rnd_state * 6364136223846793005UL + 1442695040888963407UL;
	return rnd_state >> 33;
}

static int pattern_ok(const void *p, __sz len, unsigned char v)
{
	const unsigned char *c = p;

	for (__sz i = 0; i < len; i++)
		if (c[i] != v)
			return 0;
	return 1;
}

/* Many sizes through libc malloc/calloc/realloc/free */
static void test_alloc_sizes(void)
{
	__sz sz;
	int i;

	for (i = 0; i < NOBJ; i++) {
		sz = (i % 4 == 0) ? rnd() % (256 * 1024) : rnd() % 512;
		objs[i] = (i % 3 == 0) ? calloc(1, sz) : malloc(sz);
		objsz[i] = sz;
		CT_CHECK(objs[i] != NULL);
		if (!objs[i])
			continue;
		CT_CHECK(((__uptr)objs[i] & (UK_ALLOC_MIN_ALIGN - 1)) == 0);
		if (i % 3 == 0)
			CT_CHECK(pattern_ok(objs[i], sz, 0));
		memset(objs[i], i & 0xff, sz);
	}
	for (i = 0; i < NOBJ; i++) {
		CT_CHECK(pattern_ok(objs[i], objsz[i], i & 0xff));
		if (i % 2) {
			__sz nsz = objsz[i] * 2 + 100;
			void *n = realloc(objs[i], nsz);

			CT_CHECK(n != NULL);
			if (n) {
				CT_CHECK(pattern_ok(n, objsz[i], i & 0xff));
				objs[i] = n;
			}
		}
	}
	for (i = 0; i < NOBJ; i++)
		free(objs[i]);
	free(NULL);
}

/* Alignments from 8 bytes to 1 MiB */
static void test_alloc_align(void)
{
	struct uk_alloc *a = uk_alloc_get_default();
	__sz align;
	void *p;
	int rc;

	for (align = sizeof(void *); align <= (1UL << 20); align <<= 1) {
		p = uk_memalign(a, align, 100 + align / 2);
		CT_CHECK(p && ((__uptr)p & (align - 1)) == 0);
		if (p)
			memset(p, 0xa5, 100 + align / 2);
		uk_free(a, p);

		rc = uk_posix_memalign(a, &p, align, 3000);
		CT_CHECK(rc == 0 && p && ((__uptr)p & (align - 1)) == 0);
		uk_free(a, p);
	}
	CT_CHECK(uk_posix_memalign(a, &p, 24, 10) == EINVAL);
	CT_CHECK(uk_posix_memalign(a, &p, 2, 10) == EINVAL);

	p = uk_palloc(a, 3);
	CT_CHECK(p && ((__uptr)p & (__PAGE_SIZE - 1)) == 0);
	if (p)
		memset(p, 0, 3 * __PAGE_SIZE);
	uk_pfree(a, p, 3);
}

/* Freed memory comes back: availmem returns to where it was */
static void test_alloc_reuse(void)
{
	struct uk_alloc *a = uk_alloc_get_default();
	__ssz before = uk_alloc_availmem(a);
	void *p, *q;
	int round, i;

	for (round = 0; round < 4; round++) {
		for (i = 0; i < NOBJ; i++) {
			objs[i] = uk_malloc(a, 1 + rnd() % 20000);
			CT_CHECK(objs[i] != NULL);
		}
		for (i = 0; i < NOBJ; i++)
			uk_free(a, objs[i]);
		CT_CHECK(uk_alloc_availmem(a) == before);
	}
	/* size 0 gives distinct pointers */
	p = uk_malloc(a, 0);
	q = uk_malloc(a, 0);
	CT_CHECK(p && q && p != q);
	uk_free(a, p);
	uk_free(a, q);
	CT_CHECK(uk_alloc_availmem(a) == before);
}

/* Allocate until NULL, check errno, free, allocate again */
static int exhaust(struct uk_alloc *a)
{
	void *head = NULL, *p;
	int n = 0;
	__sz sz;

	for (sz = 1UL << 22; sz >= 16; sz >>= 1) {
		errno = 0;
		while ((p = uk_malloc(a, sz)) != NULL) {
			*(void **)p = head;
			head = p;
			n++;
		}
		CT_CHECK(errno == ENOMEM);
	}
	CT_CHECK(uk_malloc(a, 1) == NULL);
	CT_CHECK(uk_calloc(a, 16, 16) == NULL);
	CT_CHECK(uk_memalign(a, 64, 16) == NULL);
	CT_CHECK(uk_palloc(a, 1) == NULL);
	while (head) {
		p = *(void **)head;
		uk_free(a, head);
		head = p;
	}
	return n;
}

static void test_alloc_exhaust_bbuddy(void)
{
	struct uk_alloc *heap = uk_alloc_get_default();
	unsigned long pages = 256;	/* 1 MiB */
	struct uk_alloc *a;
	__ssz before;
	void *mem;
	int n1, n2;

	mem = uk_palloc(heap, pages);
	CT_CHECK(mem != NULL);
	if (!mem)
		return;
	a = uk_allocbbuddy_init(mem, pages * __PAGE_SIZE);
	CT_CHECK(a != NULL && a != heap);
	CT_CHECK(uk_alloc_get_default() == heap);
	if (!a)
		return;
	before = uk_alloc_availmem(a);
	CT_CHECK(uk_malloc(a, pages * __PAGE_SIZE) == NULL);
	CT_CHECK(uk_calloc(a, (__sz)-1 / 2, 4) == NULL);
	n1 = exhaust(a);
	CT_CHECK(uk_alloc_availmem(a) == before);
	n2 = exhaust(a);
	CT_CHECK(n1 == n2 && n1 > 0);
	CT_CHECK(uk_alloc_availmem(a) == before);
	/* the heap itself: an impossible request fails cleanly */
	errno = 0;
	CT_CHECK(malloc((__sz)1 << 46) == NULL && errno == ENOMEM);
	/* the allocator stays registered; its memory stays with it */
}

static void test_alloc_region(void)
{
	struct uk_alloc *heap = uk_alloc_get_default();
	struct uk_alloc *r, *it;
	unsigned long pages = 64;
	void *mem, *p, *q;
	__ssz avail;
	int found = 0;

	mem = uk_palloc(heap, pages);
	CT_CHECK(mem != NULL);
	if (!mem)
		return;
	r = uk_allocregion_init(mem, pages * __PAGE_SIZE);
	CT_CHECK(r != NULL);
	if (!r)
		return;
	uk_alloc_foreach(it)
		found |= (it == r);
	CT_CHECK(found);
	CT_CHECK(uk_alloc_get_default() == heap);

	p = uk_malloc(r, 100);
	CT_CHECK(p && ((__uptr)p & 15) == 0);
	memset(p, 1, 100);
	q = uk_realloc(r, p, 1000);
	CT_CHECK(q && pattern_ok(q, 100, 1));
	p = uk_memalign(r, 4096, 10);
	CT_CHECK(p && ((__uptr)p & 4095) == 0);
	avail = uk_alloc_availmem(r);
	uk_free(r, p);		/* a no-op: memory is not reused */
	CT_CHECK(uk_alloc_availmem(r) == avail);
	CT_CHECK(uk_alloc_addmem(r, mem, 4096) == -ENOTSUP);
	CT_CHECK(exhaust(r) > 0);
	CT_CHECK(uk_alloc_availmem(r) < 64);
}

static void test_alloc_stats(void)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct uk_alloc_stats s0, s1;
	void *p;

	uk_alloc_stats_get(a, &s0);
	p = uk_malloc(a, 1234);
	uk_alloc_stats_get(a, &s1);
	CT_CHECK(s1.tot_nb_allocs == s0.tot_nb_allocs + 1);
	CT_CHECK(s1.cur_mem_use == s0.cur_mem_use + 1234);
	CT_CHECK(s1.last_alloc_size == 1234);
	uk_free(a, p);
	CT_CHECK(uk_malloc(a, (__sz)1 << 46) == NULL);
	uk_alloc_stats_get(a, &s1);
	CT_CHECK(s1.tot_nb_frees == s0.tot_nb_frees + 1);
	CT_CHECK(s1.cur_mem_use == s0.cur_mem_use);
	CT_CHECK(s1.cur_nb_allocs == s0.cur_nb_allocs);
	CT_CHECK(s1.nb_enomem == s0.nb_enomem + 1);
	CT_CHECK(s1.max_mem_use >= s0.cur_mem_use + 1234);
}

struct item {
	int v;
	struct uk_list_head list;
	UK_TAILQ_ENTRY(struct item) tq;
	UK_STAILQ_ENTRY(struct item) stq;
	UK_SLIST_ENTRY(struct item) sl;
};

UK_TAILQ_HEAD(item_tq, struct item);
UK_STAILQ_HEAD(item_stq, struct item);
UK_SLIST_HEAD(item_sl, struct item);

static void test_lists(void)
{
	static struct item items[8];
	UK_LIST_HEAD(head);
	struct item_tq tq = UK_TAILQ_HEAD_INITIALIZER(tq);
	struct item_stq stq = UK_STAILQ_HEAD_INITIALIZER(stq);
	struct item_sl sl = UK_SLIST_HEAD_INITIALIZER(sl);
	struct item *it, *tmp;
	int i, sum = 0, prev;

	CT_CHECK(uk_list_empty(&head));
	for (i = 0; i < 8; i++) {
		items[i].v = i;
		uk_list_add_tail(&items[i].list, &head);
		UK_TAILQ_INSERT_TAIL(&tq, &items[i], tq);
		UK_STAILQ_INSERT_TAIL(&stq, &items[i], stq);
		UK_SLIST_INSERT_HEAD(&sl, &items[i], sl);
	}
	CT_CHECK(uk_list_first_entry(&head, struct item, list) == &items[0]);
	i = 0;
	uk_list_for_each_entry(it, &head, list)
		CT_CHECK(it->v == i++);
	uk_list_for_each_entry_safe(it, tmp, &head, list)
		if (it->v % 2)
			uk_list_del(&it->list);
	uk_list_for_each_entry(it, &head, list)
		sum += it->v;
	CT_CHECK(sum == 0 + 2 + 4 + 6);

	UK_TAILQ_REMOVE(&tq, &items[3], tq);
	UK_STAILQ_REMOVE(&stq, &items[3], struct item, stq);
	UK_SLIST_REMOVE(&sl, &items[3], struct item, sl);
	prev = -1;
	UK_TAILQ_FOREACH(it, &tq, tq) {
		CT_CHECK(it->v > prev && it->v != 3);
		prev = it->v;
	}
	CT_CHECK(UK_TAILQ_LAST(&tq, item_tq) == &items[7]);
	i = 0;
	UK_STAILQ_FOREACH(it, &stq, stq)
		i++;
	CT_CHECK(i == 7);
	i = 0;
	UK_SLIST_FOREACH(it, &sl, sl)
		i++;
	CT_CHECK(i == 7);
	CT_CHECK(UK_SLIST_FIRST(&sl) == &items[7]);
}

void run_alloc_tests(void)
{
	ct_run("alloc_sizes", test_alloc_sizes);
	ct_run("alloc_align", test_alloc_align);
	ct_run("alloc_reuse", test_alloc_reuse);
	ct_run("alloc_exhaust_bbuddy", test_alloc_exhaust_bbuddy);
	ct_run("alloc_region", test_alloc_region);
	ct_run("alloc_stats", test_alloc_stats);
	ct_run("lists", test_lists);
}
