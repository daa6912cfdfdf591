/* SPDX-License-Identifier: BSD-3-Clause */
/* The list API of <uk/list.h>: doubly linked lists and the queue macros. */
#include <stddef.h>
#include <uk/list.h>
#include <uk/test.h>

struct item {
	int v;
	struct uk_list_head node;
	UK_SLIST_ENTRY(struct item) snext;
	UK_STAILQ_ENTRY(struct item) qnext;
	UK_TAILQ_ENTRY(struct item) tnext;
};

static struct item items[4] = { { .v = 0 }, { .v = 1 }, { .v = 2 },
				{ .v = 3 } };

UK_TESTCASE(uklist_testsuite, uklist_test_add_tail_keeps_order)
{
	UK_LIST_HEAD(head);
	struct item *it;
	int expect = 0;

	UK_TEST_EXPECT(uk_list_empty(&head));
	for (int i = 0; i < 4; i++)
		uk_list_add_tail(&items[i].node, &head);
	UK_TEST_EXPECT(!uk_list_empty(&head));
	uk_list_for_each_entry(it, &head, node)
		UK_TEST_EXPECT_SNUM_EQ(it->v, expect++);
	UK_TEST_EXPECT_SNUM_EQ(expect, 4);
	UK_TEST_EXPECT_PTR_EQ(uk_list_first_entry(&head, struct item, node),
			      &items[0]);
	UK_TEST_EXPECT_PTR_EQ(uk_list_last_entry(&head, struct item, node),
			      &items[3]);
	UK_TEST_EXPECT(uk_list_is_last(&items[3].node, &head));
}

UK_TESTCASE(uklist_testsuite, uklist_test_add_is_lifo)
{
	UK_LIST_HEAD(head);
	struct item *it;
	int expect = 3;

	for (int i = 0; i < 4; i++)
		uk_list_add(&items[i].node, &head);
	uk_list_for_each_entry(it, &head, node)
		UK_TEST_EXPECT_SNUM_EQ(it->v, expect--);
}

UK_TESTCASE(uklist_testsuite, uklist_test_del_and_move)
{
	UK_LIST_HEAD(a);
	UK_LIST_HEAD(b);
	struct item *it, *tmp;
	int n = 0;

	for (int i = 0; i < 4; i++)
		uk_list_add_tail(&items[i].node, &a);
	/* Delete the odd ones while walking */
	uk_list_for_each_entry_safe(it, tmp, &a, node) {
		if (it->v & 1)
			uk_list_del(&it->node);
	}
	uk_list_for_each_entry(it, &a, node) {
		UK_TEST_EXPECT_SNUM_EQ(it->v & 1, 0);
		n++;
	}
	UK_TEST_EXPECT_SNUM_EQ(n, 2);
	uk_list_move_tail(&items[0].node, &b);
	UK_TEST_EXPECT_PTR_EQ(uk_list_first_entry(&a, struct item, node),
			      &items[2]);
	UK_TEST_EXPECT_PTR_EQ(uk_list_first_entry(&b, struct item, node),
			      &items[0]);
	uk_list_del_init(&items[2].node);
	UK_TEST_EXPECT(uk_list_empty(&a));
	UK_TEST_EXPECT(uk_list_empty(&items[2].node));
	UK_TEST_EXPECT_NULL(uk_list_first_entry_or_null(&a, struct item,
							node));
}

UK_TESTCASE(uklist_testsuite, uklist_test_slist)
{
	UK_SLIST_HEAD(shead, struct item) head = UK_SLIST_HEAD_INITIALIZER(head);
	struct item *it;
	int expect = 2;

	UK_TEST_EXPECT(UK_SLIST_EMPTY(&head));
	for (int i = 0; i < 3; i++)
		UK_SLIST_INSERT_HEAD(&head, &items[i], snext);
	UK_SLIST_FOREACH(it, &head, snext)
		UK_TEST_EXPECT_SNUM_EQ(it->v, expect--);
	UK_SLIST_REMOVE(&head, &items[1], struct item, snext);
	UK_TEST_EXPECT_PTR_EQ(UK_SLIST_NEXT(&items[2], snext), &items[0]);
	UK_SLIST_REMOVE_HEAD(&head, snext);
	UK_TEST_EXPECT_PTR_EQ(UK_SLIST_FIRST(&head), &items[0]);
}

UK_TESTCASE(uklist_testsuite, uklist_test_stailq)
{
	UK_STAILQ_HEAD(qhead, struct item) head = UK_STAILQ_HEAD_INITIALIZER(head);
	struct item *it;
	int expect = 0;

	for (int i = 0; i < 4; i++)
		UK_STAILQ_INSERT_TAIL(&head, &items[i], qnext);
	UK_STAILQ_FOREACH(it, &head, qnext)
		UK_TEST_EXPECT_SNUM_EQ(it->v, expect++);
	UK_STAILQ_REMOVE_HEAD(&head, qnext);
	UK_STAILQ_REMOVE(&head, &items[3], struct item, qnext);
	UK_TEST_EXPECT_PTR_EQ(UK_STAILQ_FIRST(&head), &items[1]);
	UK_TEST_EXPECT_PTR_EQ(UK_STAILQ_NEXT(&items[2], qnext), NULL);
	/* Insert after the (new) last element must update the tail */
	UK_STAILQ_INSERT_TAIL(&head, &items[0], qnext);
	UK_TEST_EXPECT_PTR_EQ(UK_STAILQ_NEXT(&items[2], qnext), &items[0]);
}

UK_TESTCASE(uklist_testsuite, uklist_test_tailq)
{
	UK_TAILQ_HEAD(thead, struct item) head = UK_TAILQ_HEAD_INITIALIZER(head);
	struct item *it;
	int expect = 0;

	for (int i = 0; i < 4; i++)
		UK_TAILQ_INSERT_TAIL(&head, &items[i], tnext);
	UK_TAILQ_FOREACH(it, &head, tnext)
		UK_TEST_EXPECT_SNUM_EQ(it->v, expect++);
	UK_TEST_EXPECT_PTR_EQ(UK_TAILQ_LAST(&head, thead), &items[3]);
	UK_TEST_EXPECT_PTR_EQ(UK_TAILQ_PREV(&items[2], thead, tnext),
			      &items[1]);
	UK_TAILQ_REMOVE(&head, &items[3], tnext);
	UK_TEST_EXPECT_PTR_EQ(UK_TAILQ_LAST(&head, thead), &items[2]);
	UK_TAILQ_INSERT_HEAD(&head, &items[3], tnext);
	UK_TEST_EXPECT_PTR_EQ(UK_TAILQ_FIRST(&head), &items[3]);
	UK_TAILQ_REMOVE(&head, &items[3], tnext);
	UK_TAILQ_INSERT_BEFORE(&items[1], &items[3], tnext);
	UK_TEST_EXPECT_PTR_EQ(UK_TAILQ_PREV(&items[1], thead, tnext),
			      &items[3]);
	UK_TEST_EXPECT_PTR_EQ(UK_TAILQ_NEXT(&items[3], tnext), &items[1]);
}

uk_testsuite_register(uklist_testsuite, NULL);
