/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Binary buddy page allocator.
 *
 * Memory is kept in free chunks of 2^order pages, aligned to their size
 * in absolute addresses, one free list per order. A free chunk holds its
 * list link and order in its first page. The buddy of a chunk at address
 * p of order k is p ^ (PAGE_SIZE << k); two free buddies of the same order
 * merge into one chunk of order k + 1.
 *
 * Each memory region (zone) keeps one bit per page, set while that page
 * starts a free chunk. That is all merging needs: a set bit at the buddy's
 * address means a free chunk starts there, and its header tells its order.
 * (A free chunk that merely contains the buddy would also contain the
 * chunk being freed, which is impossible.)
 *
 * Any page range is freed by cutting it into aligned power-of-two chunks;
 * so uk_palloc() can return the unused tail of its power-of-two block at
 * once, and uk_pfree() accepts any pieces of earlier allocations.
 */
#include <string.h>
#include <uk/alloc_impl.h>
#include <uk/allocbbuddy.h>
#include <uk/arch/lcpu.h>
#include <uk/arch/atomic.h>
#include <uk/list.h>
#include <uk/print.h>
#include <uk/assert.h>

#define BB_BITS_PER_LONG	(sizeof(unsigned long) * 8)
/* Orders 0 .. BB_NR_ORDERS - 1; a chunk can span the whole address space */
#define BB_NR_ORDERS		(BB_BITS_PER_LONG - __PAGE_SHIFT)

#define BB_CHUNK_MAGIC		0xb0dd1e5aUL

struct bb_chunk {
	struct uk_list_head link;
	unsigned long order;
	unsigned long magic;
};

struct bb_zone {
	__uptr start;			/* first managed page */
	__uptr end;			/* end of the last managed page */
	struct bb_zone *next;
	unsigned long bitmap[];		/* bit set: a free chunk starts here */
};

struct bbuddy {
	struct uk_list_head free_list[BB_NR_ORDERS];
	unsigned long nr_free_pages;
	unsigned long nr_total_pages;
	struct bb_zone *zones;
};

static inline struct bbuddy *bbuddy_of(struct uk_alloc *a)
{
	return (struct bbuddy *)&a->priv;
}

static inline unsigned long page_nr(struct bb_zone *z, __uptr addr)
{
	return (addr - z->start) >> __PAGE_SHIFT;
}

static inline int head_test(struct bb_zone *z, __uptr addr)
{
	unsigned long nr = page_nr(z, addr);

	return !!(z->bitmap[nr / BB_BITS_PER_LONG] &
		  (1UL << (nr % BB_BITS_PER_LONG)));
}

static inline void head_set(struct bb_zone *z, __uptr addr)
{
	unsigned long nr = page_nr(z, addr);

	z->bitmap[nr / BB_BITS_PER_LONG] |= 1UL << (nr % BB_BITS_PER_LONG);
}

static inline void head_clear(struct bb_zone *z, __uptr addr)
{
	unsigned long nr = page_nr(z, addr);

	z->bitmap[nr / BB_BITS_PER_LONG] &= ~(1UL << (nr % BB_BITS_PER_LONG));
}

static inline __sz order_size(unsigned long order)
{
	return __PAGE_SIZE << order;
}

/* Index of the highest set bit; x != 0 */
static inline unsigned long floor_log2(unsigned long x)
{
	return ukarch_flsl(x);
}

static struct bb_zone *zone_of(struct bbuddy *b, __uptr addr)
{
	struct bb_zone *z;

	for (z = b->zones; z; z = z->next)
		if (addr >= z->start && addr < z->end)
			return z;
	return __NULL;
}

static void chunk_link(struct bbuddy *b, struct bb_zone *z, __uptr addr,
		       unsigned long order)
{
	struct bb_chunk *c = (struct bb_chunk *)addr;

	c->order = order;
	c->magic = BB_CHUNK_MAGIC;
	uk_list_add(&c->link, &b->free_list[order]);
	head_set(z, addr);
}

static void chunk_unlink(struct bbuddy *b __unused, struct bb_zone *z,
			 struct bb_chunk *c)
{
	UK_ASSERT(c->magic == BB_CHUNK_MAGIC);
	uk_list_del(&c->link);
	c->magic = 0;
	head_clear(z, (__uptr)c);
}

/* Free one aligned chunk, merging it with free buddies */
static void chunk_free(struct bbuddy *b, struct bb_zone *z, __uptr addr,
		       unsigned long order)
{
	__uptr buddy;
	struct bb_chunk *bc;

	UK_ASSERT((addr & (order_size(order) - 1)) == 0);
	UK_ASSERT(addr >= z->start && addr + order_size(order) <= z->end);
	/* a set bit here means this chunk is already free: double free */
	UK_ASSERT(!head_test(z, addr));

	b->nr_free_pages += 1UL << order;

	while (order < BB_NR_ORDERS - 1) {
		buddy = addr ^ order_size(order);
		if (buddy < z->start || buddy + order_size(order) > z->end)
			break;
		if (!head_test(z, buddy))
			break;
		bc = (struct bb_chunk *)buddy;
		if (bc->order != order)
			break;
		chunk_unlink(b, z, bc);
		addr &= ~order_size(order);
		order++;
	}
	chunk_link(b, z, addr, order);
}

/*
 * Free the page range [addr, addr + n pages) by cutting it into the
 * biggest aligned chunks that fit.
 */
static void range_free(struct bbuddy *b, struct bb_zone *z, __uptr addr,
		       unsigned long n)
{
	unsigned long order, align_order;

	while (n) {
		order = floor_log2(n);
		align_order = ukarch_ffsl(addr >> __PAGE_SHIFT);
		if ((addr >> __PAGE_SHIFT) && align_order < order)
			order = align_order;
		chunk_free(b, z, addr, order);
		addr += order_size(order);
		n -= 1UL << order;
	}
}

static void *bbuddy_palloc(struct uk_alloc *a, unsigned long num_pages)
{
	struct bbuddy *b = bbuddy_of(a);
	unsigned long order, i;
	struct bb_chunk *c;
	struct bb_zone *z;
	__uptr addr;

	if (!num_pages)
		return __NULL;
	order = floor_log2(num_pages);
	if (num_pages & ((1UL << order) - 1))
		order++;
	if (order >= BB_NR_ORDERS)
		return __NULL;

	/* smallest free chunk that is big enough */
	for (i = order; i < BB_NR_ORDERS; i++)
		if (!uk_list_empty(&b->free_list[i]))
			break;
	if (i == BB_NR_ORDERS)
		return __NULL;

	c = uk_list_first_entry(&b->free_list[i], struct bb_chunk, link);
	addr = (__uptr)c;
	z = zone_of(b, addr);
	UK_ASSERT(z);
	chunk_unlink(b, z, c);
	b->nr_free_pages -= 1UL << i;

	/* split: the upper halves go back */
	while (i > order) {
		i--;
		chunk_link(b, z, addr + order_size(i), i);
		b->nr_free_pages += 1UL << i;
	}

	/* return the unused tail of the power-of-two block */
	if (num_pages < (1UL << order))
		range_free(b, z, addr + num_pages * __PAGE_SIZE,
			   (1UL << order) - num_pages);

	return (void *)addr;
}

static void bbuddy_pfree(struct uk_alloc *a, void *ptr,
			 unsigned long num_pages)
{
	struct bbuddy *b = bbuddy_of(a);
	__uptr addr = (__uptr)ptr;
	struct bb_zone *z;

	if (!ptr || !num_pages)
		return;
	UK_ASSERT((addr & (__PAGE_SIZE - 1)) == 0);
	z = zone_of(b, addr);
	if (unlikely(!z || addr + num_pages * __PAGE_SIZE > z->end)) {
		uk_pr_err("pfree of %p (%lu pages): not from this allocator\n",
			  ptr, num_pages);
		return;
	}
	range_free(b, z, addr, num_pages);
}

static int bbuddy_addmem(struct uk_alloc *a, void *base, __sz len)
{
	struct bbuddy *b = bbuddy_of(a);
	__uptr start, end, meta_end;
	unsigned long npages, bitmap_len;
	struct bb_zone *z;

	start = ALIGN_UP((__uptr)base, (__uptr)sizeof(long));
	end = ALIGN_DOWN((__uptr)base + len, (__uptr)__PAGE_SIZE);
	if ((__uptr)base + len < (__uptr)base || end <= start)
		return -EINVAL;

	/* zone header and bitmap at the start of the region */
	npages = (end - start) >> __PAGE_SHIFT;
	bitmap_len = DIV_ROUND_UP(npages, BB_BITS_PER_LONG) * sizeof(long);
	meta_end = ALIGN_UP(start + sizeof(*z) + bitmap_len,
			    (__uptr)__PAGE_SIZE);
	if (meta_end >= end)
		return -ENOMEM;

	z = (struct bb_zone *)start;
	z->start = meta_end;
	z->end = end;
	memset(z->bitmap, 0, bitmap_len);
	z->next = b->zones;
	b->zones = z;

	npages = (end - meta_end) >> __PAGE_SHIFT;
	b->nr_total_pages += npages;
	range_free(b, z, meta_end, npages);

	uk_pr_debug("bbuddy %p: added %p - %p (%lu pages)\n", a,
		    (void *)meta_end, (void *)end, npages);
	return 0;
}

static long bbuddy_pmaxalloc(struct uk_alloc *a)
{
	struct bbuddy *b = bbuddy_of(a);
	long i;

	for (i = BB_NR_ORDERS - 1; i >= 0; i--)
		if (!uk_list_empty(&b->free_list[i]))
			return 1L << i;
	return 0;
}

static long bbuddy_pavailmem(struct uk_alloc *a)
{
	return (long)bbuddy_of(a)->nr_free_pages;
}

struct uk_alloc *uk_allocbbuddy_init(void *base, __sz len)
{
	struct uk_alloc *a;
	struct bbuddy *b;
	__uptr start, end, meta_end;
	unsigned long i;

	/* the allocator's own state at the start of the region */
	start = ALIGN_UP((__uptr)base, (__uptr)sizeof(long));
	end = (__uptr)base + len;
	if (end < start)
		return __NULL;
	meta_end = ALIGN_UP(start + sizeof(*a) + sizeof(*b),
			    (__uptr)__PAGE_SIZE);
	if (meta_end >= end) {
		uk_pr_err("bbuddy: region %p (%lu bytes) is too small\n",
			  base, (unsigned long)len);
		return __NULL;
	}

	a = (struct uk_alloc *)start;
	memset(a, 0, sizeof(*a) + sizeof(*b));
	b = bbuddy_of(a);
	for (i = 0; i < BB_NR_ORDERS; i++)
		UK_INIT_LIST_HEAD(&b->free_list[i]);

	if (bbuddy_addmem(a, (void *)meta_end, end - meta_end) < 0) {
		uk_pr_err("bbuddy: region %p (%lu bytes) is too small\n",
			  base, (unsigned long)len);
		return __NULL;
	}

	uk_alloc_init_palloc(a, bbuddy_palloc, bbuddy_pfree,
			     bbuddy_pmaxalloc, bbuddy_pavailmem,
			     bbuddy_addmem);
	uk_pr_info("bbuddy %p: %lu pages free\n", a, b->nr_free_pages);
	return a;
}
