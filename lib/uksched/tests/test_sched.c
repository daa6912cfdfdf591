/* SPDX-License-Identifier: BSD-3-Clause */
/* uksched: threads, yielding, waiting, sleeping, wait queues. */
#include <errno.h>
#include <uk/sched.h>
#include <uk/thread.h>
#include <uk/wait.h>
#include <uk/plat/time.h>
#include <uk/test.h>

static int sched_suite_init(struct uk_testsuite *suite __unused)
{
	/* Threads need a running scheduler (LIBUKBOOT_INITSCHEDCOOP) */
	struct uk_sched *s = uk_sched_get_default();

	return s && uk_sched_started(s) ? 0 : -ENOSYS;
}

static char trace[16];
static int trace_len;

static void stepper(void *arg)
{
	for (int i = 0; i < 3; i++) {
		trace[trace_len++] = *(char *)arg;
		uk_sched_yield();
	}
}

UK_TESTCASE(uksched_testsuite, uksched_test_yield_interleaves)
{
	static char a = 'a', b = 'b';
	struct uk_thread *ta, *tb;

	trace_len = 0;
	ta = uk_thread_create("step-a", stepper, &a);
	tb = uk_thread_create("step-b", stepper, &b);
	UK_TEST_ASSERT(ta != NULL && tb != NULL);
	UK_TEST_EXPECT_STR_EQ(uk_thread_name(ta), "step-a");
	UK_TEST_EXPECT_ZERO(uk_thread_wait(ta));
	UK_TEST_EXPECT_ZERO(uk_thread_wait(tb));
	trace[trace_len] = '\0';
	UK_TEST_EXPECT_STR_EQ(trace, "ababab");
}

UK_TESTCASE(uksched_testsuite, uksched_test_sleep_takes_time)
{
	__nsec t0 = ukplat_monotonic_clock();

	uk_sched_sleep(20 * 1000000ULL);
	UK_TEST_EXPECT_UNUM_GE(ukplat_monotonic_clock() - t0,
			       20 * 1000000ULL);
}

static struct uk_waitq wq;
static int flag;

static void waker(void *arg __unused)
{
	uk_sched_sleep(5 * 1000000ULL);
	flag = 1;
	uk_waitq_wake_up(&wq);
}

UK_TESTCASE(uksched_testsuite, uksched_test_waitq)
{
	struct uk_thread *t;

	uk_waitq_init(&wq);
	flag = 0;
	UK_TEST_EXPECT(uk_waitq_empty(&wq));
	t = uk_thread_create("waker", waker, NULL);
	UK_TEST_ASSERT(t != NULL);
	uk_waitq_wait_event(&wq, flag);
	UK_TEST_EXPECT_SNUM_EQ(flag, 1);
	UK_TEST_EXPECT_ZERO(uk_thread_wait(t));
	UK_TEST_EXPECT_SNUM_EQ(uk_thread_wait(uk_thread_current()), -EINVAL);
}

uk_testsuite_register(uksched_testsuite, sched_suite_init);
