/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * qsort, qsort_r and bsearch.
 *
 * qsort is an introsort: quicksort with a median-of-three pivot, insertion
 * sort for short ranges, and heapsort when the recursion gets deeper than
 * 2 log2(n), so the worst case stays O(n log n). It recurses into the
 * smaller part only: the stack depth is O(log n). Not stable.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

typedef int (*cmp_r_t)(const void *, const void *, void *);

struct sorter {
	size_t size;
	cmp_r_t cmp_r;				/* qsort_r */
	int (*cmp)(const void *, const void *);	/* qsort */
	void *arg;
};

#define INSERTION_MAX	8

static inline int cmp(const struct sorter *s, const char *a, const char *b)
{
	return s->cmp_r ? s->cmp_r(a, b, s->arg) : s->cmp(a, b);
}

static void swap(const struct sorter *s, char *a, char *b)
{
	size_t n = s->size;

	if (a == b)
		return;
	if (((uintptr_t)a | (uintptr_t)b | n) % sizeof(long) == 0) {
		for (; n; n -= sizeof(long), a += sizeof(long),
		     b += sizeof(long)) {
			long t = *(long *)a;

			*(long *)a = *(long *)b;
			*(long *)b = t;
		}
		return;
	}
	for (; n; n--, a++, b++) {
		char t = *a;

		*a = *b;
		*b = t;
	}
}

static void insertion_sort(const struct sorter *s, char *base, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		char *p = base + i * s->size;

		for (; p > base && cmp(s, p - s->size, p) > 0; p -= s->size)
			swap(s, p - s->size, p);
	}
}

static void sift_down(const struct sorter *s, char *base, size_t root,
		      size_t n)
{
	for (;;) {
		size_t child = 2 * root + 1;

		if (child >= n)
			return;
		if (child + 1 < n && cmp(s, base + child * s->size,
					 base + (child + 1) * s->size) < 0)
			child++;
		if (cmp(s, base + root * s->size,
			base + child * s->size) >= 0)
			return;
		swap(s, base + root * s->size, base + child * s->size);
		root = child;
	}
}

static void heap_sort(const struct sorter *s, char *base, size_t n)
{
	for (size_t i = n / 2; i-- > 0;)
		sift_down(s, base, i, n);
	for (size_t i = n; i-- > 1;) {
		swap(s, base, base + i * s->size);
		sift_down(s, base, 0, i);
	}
}

static void intro_sort(const struct sorter *s, char *base, size_t n,
		       int depth)
{
	while (n > INSERTION_MAX) {
		char *lo = base, *hi = base + (n - 1) * s->size;
		char *mid = base + (n / 2) * s->size;
		char *i, *j;
		size_t left, right;

		if (depth-- == 0) {
			heap_sort(s, base, n);
			return;
		}

		/* median of three, moved to lo as the pivot */
		if (cmp(s, mid, lo) < 0)
			swap(s, mid, lo);
		if (cmp(s, hi, mid) < 0) {
			swap(s, hi, mid);
			if (cmp(s, mid, lo) < 0)
				swap(s, mid, lo);
		}
		swap(s, lo, mid);

		/* Hoare partition around *lo */
		i = lo;
		j = hi + s->size;
		for (;;) {
			do
				i += s->size;
			while (i < hi && cmp(s, i, lo) < 0);
			do
				j -= s->size;
			while (cmp(s, j, lo) > 0);
			if (i >= j)
				break;
			swap(s, i, j);
		}
		swap(s, lo, j);

		left = (j - base) / s->size;
		right = n - left - 1;
		if (left < right) {
			intro_sort(s, base, left, depth);
			base = j + s->size;
			n = right;
		} else {
			intro_sort(s, j + s->size, right, depth);
			n = left;
		}
	}
	insertion_sort(s, base, n);
}

static void sort(struct sorter *s, void *base, size_t nmemb)
{
	int depth = 0;

	if (nmemb < 2 || s->size == 0)
		return;
	for (size_t n = nmemb; n; n >>= 1)
		depth += 2;
	intro_sort(s, base, nmemb, depth);
}

void qsort_r(void *base, size_t nmemb, size_t size,
	     int (*compar)(const void *, const void *, void *), void *arg)
{
	struct sorter s = { .size = size, .cmp_r = compar, .arg = arg };

	sort(&s, base, nmemb);
}

void qsort(void *base, size_t nmemb, size_t size,
	   int (*compar)(const void *, const void *))
{
	struct sorter s = { .size = size, .cmp = compar };

	sort(&s, base, nmemb);
}

void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
	      int (*compar)(const void *, const void *))
{
	const char *lo = base;

	while (nmemb) {
		const char *mid = lo + (nmemb / 2) * size;
		int c = compar(key, mid);

		if (c == 0)
			return (void *)mid;
		if (c > 0) {
			lo = mid + size;
			nmemb -= nmemb / 2 + 1;
		} else {
			nmemb /= 2;
		}
	}
	return NULL;
}
