/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread, lock, mailbox and time tests on the default (cooperative)
 * scheduler. main() already runs in the "main" thread.
 */
#include <errno.h>
#include <string.h>
#include <time.h>
#include <sys/time.h>
#include <unistd.h>
#include <uk/config.h>
#include <uk/alloc.h>
#include <uk/sched.h>
#include <uk/thread.h>
#include <uk/wait.h>
#include <uk/semaphore.h>
#include <uk/mutex.h>
#include <uk/spinlock.h>
#include <uk/mbox.h>
#include <uk/time.h>
#include <uk/plat/time.h>
#include "coretest.h"

#define MSEC(ms)	ukarch_time_msec_to_nsec(ms)
/* generous: TCG and the platform timer may be late */
#define SLEEP_SLACK	MSEC(50)

static void test_thread_basic(void)
{
	struct uk_thread *self = uk_thread_current();

	CT_CHECK(self != NULL);
	CT_CHECK(self && strcmp(uk_thread_name(self), "main") == 0);
	CT_CHECK(uk_sched_get_default() != NULL);
	CT_CHECK(self && self->sched == uk_sched_get_default());
	uk_sched_yield();	/* alone: returns at once */
	CT_CHECK(uk_thread_current() == self);
}

/* Two threads take turns through two semaphores */
static struct uk_semaphore ping, pong;
static volatile int turn;

static void pinger(void *arg)
{
	int rounds = (int)(long)arg;

	for (int i = 0; i < rounds; i++) {
		uk_semaphore_down(&ping);
		CT_CHECK(turn == 2 * i + 1);
		turn++;
		uk_semaphore_up(&pong);
	}
}

static void test_thread_pingpong(void)
{
	int rounds = CONFIG_APPCORETEST_PINGPONG_ROUNDS;
	struct uk_thread *t;

	turn = 0;
	uk_semaphore_init(&ping, 0);
	uk_semaphore_init(&pong, 0);
	t = uk_thread_create("pinger", pinger, (void *)(long)rounds);
	CT_CHECK(t != NULL);
	if (!t)
		return;
	for (int i = 0; i < rounds; i++) {
		CT_CHECK(turn == 2 * i);
		turn++;
		uk_semaphore_up(&ping);
		uk_semaphore_down(&pong);
	}
	CT_CHECK(turn == 2 * rounds);
	CT_CHECK(uk_thread_wait(t) == 0);
}

static void sleeper(void *arg)
{
	__nsec want = *(__nsec *)arg;
	__nsec t0 = ukplat_monotonic_clock();
	__nsec took;

	uk_sched_thread_sleep(want);
	took = ukplat_monotonic_clock() - t0;
	CT_CHECK(took >= want);
	CT_CHECK(took < want + SLEEP_SLACK);
	if (took < want || took >= want + SLEEP_SLACK)
		printf("  slept %llu ns for %llu ns\n",
		       (unsigned long long)took, (unsigned long long)want);
}

static void test_thread_sleep(void)
{
	static __nsec want[5];
	struct uk_thread *t[5];
	__nsec t0, took;
	int i;

	/* the main thread itself */
	want[0] = MSEC(100);
	sleeper(&want[0]);

	/* five sleepers at once: all done after the longest */
	t0 = ukplat_monotonic_clock();
	for (i = 0; i < 5; i++) {
		want[i] = MSEC(20 * (5 - i));
		t[i] = uk_thread_create("sleeper", sleeper, &want[i]);
		CT_CHECK(t[i] != NULL);
	}
	for (i = 0; i < 5; i++)
		if (t[i])
			uk_thread_wait(t[i]);
	took = ukplat_monotonic_clock() - t0;
	CT_CHECK(took >= MSEC(100) && took < MSEC(100) + SLEEP_SLACK);
}

static volatile int detached_runs;

static void detached_fn(void *arg __unused)
{
	detached_runs++;
	uk_sched_yield();
}

static void exit_fn(void *arg)
{
	*(int *)arg = 1;
	uk_sched_thread_exit();
	*(int *)arg = 2;	/* never */
}

static void block_fn(void *arg)
{
	uk_semaphore_down(arg);
}

static void test_thread_lifecycle(void)
{
	struct uk_alloc *a = uk_alloc_get_default();
	__ssz before = uk_alloc_availmem(a);
	struct uk_semaphore never;
	uk_thread_attr_t attr;
	struct uk_thread *t;
	int state = 0, i;

	/* detached threads are freed by the scheduler */
	uk_thread_attr_init(&attr);
	uk_thread_attr_set_detachstate(&attr, UK_THREAD_ATTR_DETACHED);
	detached_runs = 0;
	for (i = 0; i < 50; i++)
		CT_CHECK(uk_sched_thread_create(uk_sched_get_default(), "det",
						&attr, detached_fn, NULL));
	uk_sched_thread_sleep(MSEC(5));
	CT_CHECK(detached_runs == 50);

	/* explicit exit */
	t = uk_thread_create("exit", exit_fn, &state);
	CT_CHECK(t && uk_thread_wait(t) == 0 && state == 1);

	/* ending a thread blocked on a semaphore */
	uk_semaphore_init(&never, 0);
	t = uk_thread_create("victim", block_fn, &never);
	CT_CHECK(t != NULL);
	uk_sched_yield();
	CT_CHECK(!uk_waitq_empty(&never.wait));
	uk_thread_exit(t);
	CT_CHECK(uk_waitq_empty(&never.wait));
	CT_CHECK(uk_thread_wait(t) == 0);

	/* waiting for ourselves is refused */
	CT_CHECK(uk_thread_wait(uk_thread_current()) == -EINVAL);

	uk_sched_yield();
	CT_CHECK(uk_alloc_availmem(a) == before);
}

/* Floating point state survives switches */
static void fpu_fn(void *arg)
{
	volatile double x = (double)(long)arg, ref = x;
	int i;

	for (i = 0; i < 200; i++) {
		x = x * 1.0001 + 0.25;
		uk_sched_yield();
	}
	for (i = 0; i < 200; i++)
		ref = ref * 1.0001 + 0.25;
	CT_CHECK(x == ref);
}

/* Each thread has its own TLS */
static __thread int tls_var = 42;
static __thread char tls_bss[64];

static void tls_fn(void *arg)
{
	int id = (int)(long)arg;

	CT_CHECK(tls_var == 42);
	CT_CHECK(tls_bss[0] == 0 && tls_bss[63] == 0);
	tls_var = id;
	tls_bss[0] = (char)id;
	for (int i = 0; i < 20; i++) {
		uk_sched_yield();
		if (tls_var != id || tls_bss[0] != (char)id)
			break;
	}
	CT_CHECK(tls_var == id && tls_bss[0] == (char)id);
}

static void test_thread_context(void)
{
	struct uk_thread *t[8];
	int i;

	for (i = 0; i < 4; i++)
		t[i] = uk_thread_create("fpu", fpu_fn, (void *)(long)(i + 1));
	for (i = 4; i < 8; i++)
		t[i] = uk_thread_create("tls", tls_fn, (void *)(long)(i + 1));
	tls_var = 7;
	for (i = 0; i < 8; i++) {
		CT_CHECK(t[i] != NULL);
		if (t[i])
			uk_thread_wait(t[i]);
	}
	CT_CHECK(tls_var == 7);
}

static struct uk_mutex mtx = UK_MUTEX_INITIALIZER(mtx);
static volatile int shared;

static void mutex_fn(void *arg)
{
	int id = (int)(long)arg;

	for (int i = 0; i < 200; i++) {
		uk_mutex_lock(&mtx);
		uk_mutex_lock(&mtx);	/* recursive */
		int v = shared;

		if (i % 5 == id)
			uk_sched_yield();	/* others must wait */
		shared = v + 1;
		uk_mutex_unlock(&mtx);
		uk_mutex_unlock(&mtx);
		if (i % 3 == 0)
			uk_sched_yield();
	}
}

static void trylock_fn(void *arg)
{
	*(int *)arg = uk_mutex_trylock(&mtx);
}

static void test_mutex(void)
{
	struct uk_thread *t[4];
	int got = -1, i;

	shared = 0;
	for (i = 0; i < 4; i++)
		t[i] = uk_thread_create("mutex", mutex_fn, (void *)(long)i);
	for (i = 0; i < 4; i++)
		if (t[i])
			uk_thread_wait(t[i]);
	CT_CHECK(shared == 800);
	CT_CHECK(!uk_mutex_is_locked(&mtx));

	/* held by us: another thread cannot take it */
	uk_mutex_lock(&mtx);
	t[0] = uk_thread_create("trylock", trylock_fn, &got);
	if (t[0])
		uk_thread_wait(t[0]);
	CT_CHECK(got == 0);
	CT_CHECK(uk_mutex_trylock(&mtx) == 1);
	uk_mutex_unlock(&mtx);
	uk_mutex_unlock(&mtx);
	CT_CHECK(!uk_mutex_is_locked(&mtx));
}

static void up_later(void *arg)
{
	uk_sched_thread_sleep(MSEC(20));
	uk_semaphore_up(arg);
}

static void test_semaphore(void)
{
	struct uk_semaphore s;
	struct uk_thread *t;
	__nsec t0, waited;

	uk_semaphore_init(&s, 2);
	CT_CHECK(uk_semaphore_down_try(&s) == 1);
	uk_semaphore_down(&s);
	CT_CHECK(uk_semaphore_down_try(&s) == 0);
	CT_CHECK(uk_semaphore_down_to(&s, 0) == __NSEC_MAX);

	t0 = ukplat_monotonic_clock();
	CT_CHECK(uk_semaphore_down_to(&s, MSEC(30)) == __NSEC_MAX);
	CT_CHECK(ukplat_monotonic_clock() - t0 >= MSEC(30));

	t = uk_thread_create("up", up_later, &s);
	waited = uk_semaphore_down_to(&s, MSEC(1000));
	CT_CHECK(waited != __NSEC_MAX);
	CT_CHECK(waited >= MSEC(20) && waited < MSEC(20) + SLEEP_SLACK);
	if (t)
		uk_thread_wait(t);
}

static void test_spinlock(void)
{
	struct uk_spinlock l = UK_SPINLOCK_INITIALIZER();
	unsigned long flags;

	CT_CHECK(uk_spin_trylock(&l) == 1);
	CT_CHECK(uk_spin_trylock(&l) == 0);
	CT_CHECK(uk_spin_is_locked(&l));
	uk_spin_unlock(&l);
	uk_spin_lock_irqsave(&l, flags);
	CT_CHECK(ukplat_lcpu_irqs_disabled());
	uk_spin_unlock_irqrestore(&l, flags);
	CT_CHECK(!ukplat_lcpu_irqs_disabled());
	CT_CHECK(!uk_spin_is_locked(&l));
}

#define MBOX_MSGS 2000
static struct uk_mbox *mbox;

static void producer(void *arg __unused)
{
	for (long i = 1; i <= MBOX_MSGS; i++)
		uk_mbox_post(mbox, (void *)i);
}

static void test_mbox(void)
{
	struct uk_alloc *a = uk_alloc_get_default();
	struct uk_thread *t;
	void *msg;
	__nsec t0;
	long i;

	mbox = uk_mbox_create(a, 4);
	CT_CHECK(mbox != NULL);
	if (!mbox)
		return;

	/* FIFO across a full box and a blocked producer */
	t = uk_thread_create("producer", producer, NULL);
	for (i = 1; i <= MBOX_MSGS; i++) {
		msg = NULL;
		uk_mbox_recv(mbox, &msg);
		CT_CHECK((long)msg == i);
		if ((long)msg != i)
			break;
	}
	if (t)
		uk_thread_wait(t);

	CT_CHECK(uk_mbox_recv_try(mbox, &msg) == -ENOMSG);
	for (i = 0; i < 4; i++)
		CT_CHECK(uk_mbox_post_try(mbox, (void *)i) == 0);
	CT_CHECK(uk_mbox_post_try(mbox, NULL) == -ENOBUFS);
	t0 = ukplat_monotonic_clock();
	CT_CHECK(uk_mbox_post_to(mbox, NULL, MSEC(20)) == __NSEC_MAX);
	CT_CHECK(ukplat_monotonic_clock() - t0 >= MSEC(20));
	for (i = 0; i < 4; i++) {
		CT_CHECK(uk_mbox_recv_to(mbox, &msg, MSEC(10)) != __NSEC_MAX);
		CT_CHECK((long)msg == i);
	}
	CT_CHECK(uk_mbox_recv_to(mbox, &msg, MSEC(10)) == __NSEC_MAX);
	uk_mbox_free(a, mbox);
}

static void test_time(void)
{
	struct timespec ts1, ts2, req;
	struct timeval tv;
	__nsec t0, took;

	CT_CHECK(clock_gettime(CLOCK_MONOTONIC, &ts1) == 0);
	CT_CHECK(clock_gettime(CLOCK_MONOTONIC, &ts2) == 0);
	CT_CHECK(ts2.tv_sec > ts1.tv_sec ||
		 (ts2.tv_sec == ts1.tv_sec && ts2.tv_nsec >= ts1.tv_nsec));
	CT_CHECK(ts1.tv_nsec >= 0 && ts1.tv_nsec < 1000000000L);
	CT_CHECK(clock_gettime(CLOCK_REALTIME, &ts1) == 0);
	CT_CHECK(ts1.tv_sec > 1500000000L);	/* after 2017 */
	CT_CHECK(clock_gettime(CLOCK_BOOTTIME, &ts1) == 0);
	errno = 0;
	CT_CHECK(clock_gettime((clockid_t)12345, &ts1) == -1 &&
		 errno == EINVAL);
	CT_CHECK(gettimeofday(&tv, NULL) == 0);
	CT_CHECK(tv.tv_sec > 1500000000L && tv.tv_usec < 1000000);
	CT_CHECK(time(NULL) >= tv.tv_sec);
	CT_CHECK(ukarch_time_sec_to_nsec(3) == 3000000000ULL);
	CT_CHECK(ukarch_time_nsec_to_msec(MSEC(7)) == 7);

	req.tv_sec = 0;
	req.tv_nsec = 50000000;
	t0 = ukplat_monotonic_clock();
	CT_CHECK(nanosleep(&req, NULL) == 0);
	took = ukplat_monotonic_clock() - t0;
	CT_CHECK(took >= MSEC(50) && took < MSEC(50) + SLEEP_SLACK);
	t0 = ukplat_monotonic_clock();
	CT_CHECK(usleep(30000) == 0);
	took = ukplat_monotonic_clock() - t0;
	CT_CHECK(took >= MSEC(30) && took < MSEC(30) + SLEEP_SLACK);
	req.tv_nsec = 1000000000L;
	errno = 0;
	CT_CHECK(nanosleep(&req, NULL) == -1 && errno == EINVAL);
}

void run_sched_tests(void)
{
	ct_run("thread_basic", test_thread_basic);
	ct_run("thread_pingpong", test_thread_pingpong);
	ct_run("thread_sleep", test_thread_sleep);
	ct_run("thread_lifecycle", test_thread_lifecycle);
	ct_run("thread_context", test_thread_context);
	ct_run("mutex", test_mutex);
	ct_run("semaphore", test_semaphore);
	ct_run("spinlock", test_spinlock);
	ct_run("mbox", test_mbox);
	ct_run("time", test_time);
}
