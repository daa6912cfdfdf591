/* SPDX-License-Identifier: BSD-3-Clause */
/* ukalloc: the wrappers of <uk/alloc.h> on the default allocator. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <uk/alloc.h>
#include <uk/test.h>

static struct uk_alloc *a;

static int alloc_suite_init(struct uk_testsuite *suite __unused)
{
	a = uk_alloc_get_default();
	return a ? 0 : -ENOMEM;
}

UK_TESTCASE(ukalloc_testsuite, ukalloc_test_malloc_free)
{
	char *p = uk_malloc(a, 100);
	char *q = uk_malloc(a, 100);

	UK_TEST_ASSERT(p != NULL && q != NULL);
	UK_TEST_EXPECT(p != q);
	UK_TEST_EXPECT_ZERO((uintptr_t)p % UK_ALLOC_MIN_ALIGN);
	/* The two objects do not overlap */
	UK_TEST_EXPECT(p + 100 <= q || q + 100 <= p);
	memset(p, 0xaa, 100);
	memset(q, 0x55, 100);
	UK_TEST_EXPECT_UNUM_EQ((unsigned char)p[99], 0xaa);
	uk_free(a, p);
	uk_free(a, q);
	uk_free(a, NULL);
	p = uk_malloc(a, 0);
	UK_TEST_EXPECT_NOT_NULL(p);
	uk_free(a, p);
}

UK_TESTCASE(ukalloc_testsuite, ukalloc_test_calloc_realloc)
{
	unsigned char *p = uk_calloc(a, 64, 4);
	unsigned long sum = 0;

	UK_TEST_ASSERT(p != NULL);
	for (int i = 0; i < 256; i++)
		sum += p[i];
	UK_TEST_EXPECT_ZERO(sum);
	p[0] = 1;
	p[255] = 2;
	p = uk_realloc(a, p, 8192);
	UK_TEST_ASSERT(p != NULL);
	UK_TEST_EXPECT_UNUM_EQ(p[0], 1);
	UK_TEST_EXPECT_UNUM_EQ(p[255], 2);
	uk_free(a, p);
	/* nmemb * size overflows: refused, not wrapped */
	errno = 0;
	UK_TEST_EXPECT_NULL(uk_calloc(a, SIZE_MAX / 2, 4));
	UK_TEST_EXPECT_SNUM_EQ(errno, ENOMEM);
}

UK_TESTCASE(ukalloc_testsuite, ukalloc_test_alignment)
{
	void *p = NULL;

	p = uk_memalign(a, 4096, 100);
	UK_TEST_ASSERT(p != NULL);
	UK_TEST_EXPECT_ZERO((uintptr_t)p % 4096);
	uk_free(a, p);
	UK_TEST_EXPECT_ZERO(uk_posix_memalign(a, &p, 256, 10));
	UK_TEST_EXPECT_ZERO((uintptr_t)p % 256);
	uk_free(a, p);
	UK_TEST_EXPECT_SNUM_EQ(uk_posix_memalign(a, &p, 24, 10), EINVAL);
}

UK_TESTCASE(ukalloc_testsuite, ukalloc_test_pages)
{
	void *pg = uk_palloc(a, 4);

	UK_TEST_ASSERT(pg != NULL);
	UK_TEST_EXPECT_ZERO((uintptr_t)pg % __PAGE_SIZE);
	memset(pg, 0, 4 * __PAGE_SIZE);
	uk_pfree(a, pg, 4);
}

UK_TESTCASE(ukalloc_testsuite, ukalloc_test_exhaustion_is_null)
{
	errno = 0;
	UK_TEST_EXPECT_NULL(uk_malloc(a, (size_t)1 << 46));
	UK_TEST_EXPECT_SNUM_EQ(errno, ENOMEM);
	/* and the allocator still works afterwards */
	void *p = uk_malloc(a, 32);

	UK_TEST_EXPECT_NOT_NULL(p);
	uk_free(a, p);
}

uk_testsuite_register(ukalloc_testsuite, alloc_suite_init);
