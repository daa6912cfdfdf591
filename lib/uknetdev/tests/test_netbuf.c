/* SPDX-License-Identifier: BSD-3-Clause */
/* uknetdev: netbuf layout, headroom, chains and reference counts. */
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <uk/netbuf.h>
#include <uk/netdev.h>
#include <uk/test.h>

static struct uk_alloc *a;
static int dtor_calls;

static int netbuf_suite_init(struct uk_testsuite *suite __unused)
{
	a = uk_alloc_get_default();
	return a ? 0 : -ENOMEM;
}

static void count_dtor(struct uk_netbuf *m __unused)
{
	dtor_calls++;
}

UK_TESTCASE(uknetdev_netbuf_testsuite, netbuf_alloc_layout)
{
	struct uk_netbuf *m = uk_netbuf_alloc_buf(a, 2048, 64, 32, 24, NULL);

	UK_TEST_ASSERT(m != NULL);
	UK_TEST_EXPECT_ZERO((uintptr_t)m->buf % 64);
	UK_TEST_EXPECT_UNUM_EQ(m->buflen, 2048);
	UK_TEST_EXPECT_UNUM_EQ(uk_netbuf_headroom(m), 32);
	UK_TEST_EXPECT_UNUM_EQ(uk_netbuf_tailroom(m), 2048 - 32);
	UK_TEST_EXPECT_UNUM_EQ(m->len, 0);
	UK_TEST_EXPECT_UNUM_EQ(uk_netbuf_refcount_single_get(m), 1);
	/* The private area is inside the allocation, before the buffer */
	UK_TEST_ASSERT(uk_netbuf_get_priv(m) != NULL);
	UK_TEST_EXPECT((char *)uk_netbuf_get_priv(m) + 24 <= (char *)m->buf);
	UK_TEST_EXPECT((char *)uk_netbuf_get_priv(m) >= (char *)(m + 1));
	memset(m->buf, 0xab, m->buflen);
	memset(uk_netbuf_get_priv(m), 0xcd, 24);
	UK_TEST_EXPECT_UNUM_EQ(m->refcount, 1);
	uk_netbuf_free(m);

	/* headroom beyond the buffer is refused */
	UK_TEST_EXPECT_NULL(uk_netbuf_alloc_buf(a, 16, 8, 17, 0, NULL));
}

UK_TESTCASE(uknetdev_netbuf_testsuite, netbuf_header_moves_data)
{
	struct uk_netbuf *m = uk_netbuf_alloc_buf(a, 256, 8, 16, 0, NULL);
	void *data0;

	UK_TEST_ASSERT(m != NULL);
	data0 = m->data;
	m->len = 100;
	UK_TEST_EXPECT_ZERO(uk_netbuf_header(m, 10));
	UK_TEST_EXPECT_PTR_EQ(m->data, (char *)data0 - 10);
	UK_TEST_EXPECT_UNUM_EQ(m->len, 110);
	UK_TEST_EXPECT_UNUM_EQ(uk_netbuf_headroom(m), 6);
	/* not enough headroom: refused, nothing changed */
	UK_TEST_EXPECT_SNUM_EQ(uk_netbuf_header(m, 7), -ENOSPC);
	UK_TEST_EXPECT_UNUM_EQ(m->len, 110);
	UK_TEST_EXPECT_ZERO(uk_netbuf_header(m, -30));
	UK_TEST_EXPECT_PTR_EQ(m->data, (char *)data0 + 20);
	UK_TEST_EXPECT_UNUM_EQ(m->len, 80);
	UK_TEST_EXPECT_SNUM_EQ(uk_netbuf_header(m, -81), -EINVAL);
	UK_TEST_EXPECT_UNUM_EQ(uk_netbuf_tailroom(m), 256 - 36 - 80);
	uk_netbuf_free(m);
}

UK_TESTCASE(uknetdev_netbuf_testsuite, netbuf_chains)
{
	struct uk_netbuf *m[4];
	int i;

	for (i = 0; i < 4; i++) {
		m[i] = uk_netbuf_alloc_buf(a, 128, 8, 0, 0, NULL);
		UK_TEST_ASSERT(m[i] != NULL);
		m[i]->len = (__u16)(10 * (i + 1));
	}
	uk_netbuf_append(m[0], m[1]);
	uk_netbuf_append(m[0], m[3]);
	/* m[2] goes between m[1] and m[3] */
	uk_netbuf_connect(m[1], m[2]);
	UK_TEST_EXPECT_UNUM_EQ(uk_netbuf_count(m[0]), 4);
	UK_TEST_EXPECT_UNUM_EQ(uk_netbuf_len(m[0]), 100);
	UK_TEST_EXPECT_PTR_EQ(m[0]->next, m[1]);
	UK_TEST_EXPECT_PTR_EQ(m[1]->next, m[2]);
	UK_TEST_EXPECT_PTR_EQ(m[2]->next, m[3]);
	UK_TEST_EXPECT_PTR_EQ(m[3]->prev, m[2]);
	UK_TEST_EXPECT_NULL(m[3]->next);

	/* Taking m[2] out relinks its neighbours */
	UK_TEST_EXPECT_PTR_EQ(uk_netbuf_disconnect(m[2]), m[3]);
	UK_TEST_EXPECT_PTR_EQ(m[1]->next, m[3]);
	UK_TEST_EXPECT_PTR_EQ(m[3]->prev, m[1]);
	UK_TEST_EXPECT_UNUM_EQ(uk_netbuf_len(m[0]), 70);
	uk_netbuf_free_single(m[2]);
	uk_netbuf_free(m[0]);
}

UK_TESTCASE(uknetdev_netbuf_testsuite, netbuf_refcount_and_dtor)
{
	char mem[512];
	struct uk_netbuf *m, *n;

	dtor_calls = 0;
	m = uk_netbuf_prepare_buf(mem, sizeof(mem), 16, 8, count_dtor);
	UK_TEST_ASSERT(m != NULL);
	UK_TEST_EXPECT_PTR_EQ(m, (struct uk_netbuf *)mem);
	UK_TEST_EXPECT((char *)m->buf + m->buflen == mem + sizeof(mem));
	UK_TEST_EXPECT_UNUM_EQ(uk_netbuf_headroom(m), 16);
	UK_TEST_EXPECT_NULL(uk_netbuf_prepare_buf(mem, 8, 0, 0, NULL));

	n = uk_netbuf_alloc_buf(a, 64, 8, 0, 0, count_dtor);
	UK_TEST_ASSERT(n != NULL);
	uk_netbuf_append(m, n);
	uk_netbuf_ref(m);
	UK_TEST_EXPECT_UNUM_EQ(uk_netbuf_refcount_single_get(m), 2);
	UK_TEST_EXPECT_UNUM_EQ(uk_netbuf_refcount_single_get(n), 2);
	uk_netbuf_free(m);
	UK_TEST_EXPECT_SNUM_EQ(dtor_calls, 0);
	UK_TEST_EXPECT_UNUM_EQ(uk_netbuf_refcount_single_get(n), 1);
	uk_netbuf_free(m);
	UK_TEST_EXPECT_SNUM_EQ(dtor_calls, 2);
	/* n has a dtor: its memory is still ours */
	uk_free(a, n->_b);
}

UK_TESTCASE(uknetdev_netbuf_testsuite, netdev_status_helpers)
{
	UK_TEST_EXPECT(uk_netdev_status_successful(UK_NETDEV_STATUS_SUCCESS));
	UK_TEST_EXPECT(uk_netdev_status_more(UK_NETDEV_STATUS_SUCCESS |
					     UK_NETDEV_STATUS_MORE));
	UK_TEST_EXPECT(uk_netdev_status_notready(0));
	UK_TEST_EXPECT_FALSE(uk_netdev_status_successful(-EIO));
	UK_TEST_EXPECT_FALSE(uk_netdev_status_notready(-EIO));
	UK_TEST_EXPECT_FALSE(uk_netdev_status_more(UK_NETDEV_STATUS_SUCCESS));
	UK_TEST_EXPECT_NULL(uk_netdev_get(uk_netdev_count()));
}

uk_testsuite_register(uknetdev_netbuf_testsuite, netbuf_suite_init);
