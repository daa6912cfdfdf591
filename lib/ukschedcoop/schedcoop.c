/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Cooperative round-robin scheduler.
 *
 * A live thread is on exactly one of:
 * - the CPU (uk_thread_current());
 * - the run queue: runnable, waiting for the CPU, in FIFO order;
 * - the sleep queue: blocked with a deadline (t->wakeup_time);
 * - nowhere: blocked without deadline, until uk_thread_wake().
 * t->prv points to the queue the thread is on (NULL if none). The idle
 * thread is on no queue and runs only when the run queue is empty and the
 * current thread cannot continue. Every function runs with interrupts
 * disabled, since interrupt handlers may wake threads.
 */
#include <uk/sched_impl.h>
#include <uk/schedcoop.h>
#include <uk/thread.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/time.h>
#include <uk/print.h>
#include <uk/assert.h>

struct schedcoop {
	struct uk_thread_list run_queue;
	struct uk_thread_list sleep_queue;
};

struct schedcoop_sched {
	struct uk_sched sched;
	struct schedcoop coop;
};

static inline struct schedcoop *coop_of(struct uk_sched *s)
{
	return s->prv;
}

static void queue_unlink(struct schedcoop *c __unused, struct uk_thread *t)
{
	if (t->prv) {
		UK_TAILQ_REMOVE((struct uk_thread_list *)t->prv, t,
				thread_list);
		t->prv = __NULL;
	}
}

static void queue_link(struct uk_thread_list *q, struct uk_thread *t)
{
	UK_ASSERT(!t->prv);
	UK_TAILQ_INSERT_TAIL(q, t, thread_list);
	t->prv = q;
}

/* Wake sleepers whose deadline passed; returns the earliest other one */
static __nsec wake_due(struct schedcoop *c)
{
	struct uk_thread *t, *tmp;
	__nsec now = ukplat_monotonic_clock();
	__nsec next = __NSEC_MAX;

	UK_TAILQ_FOREACH_SAFE(t, &c->sleep_queue, thread_list, tmp) {
		if (t->wakeup_time <= now)
			uk_thread_wake(t);	/* calls schedcoop_woken */
		else if (t->wakeup_time < next)
			next = t->wakeup_time;
	}
	return next;
}

static void schedcoop_yield(struct uk_sched *s)
{
	struct schedcoop *c = coop_of(s);
	struct uk_thread *prev, *next;
	unsigned long flags;

	flags = ukplat_lcpu_save_irqf();
	prev = uk_thread_current();
	wake_due(c);

	next = UK_TAILQ_FIRST(&c->run_queue);
	if (next) {
		queue_unlink(c, next);
		if (prev != s->idle && is_runnable(prev))
			queue_link(&c->run_queue, prev);
	} else if (is_runnable(prev)) {
		next = prev;	/* alone: keep running */
	} else {
		next = s->idle;
	}

	if (next != prev)
		uk_sched_thread_switch(s, prev, next);
	ukplat_lcpu_restore_irqf(flags);
}

static int schedcoop_thread_add(struct uk_sched *s, struct uk_thread *t,
				const uk_thread_attr_t *attr __unused)
{
	t->prv = __NULL;
	queue_link(&coop_of(s)->run_queue, t);
	return 0;
}

static void schedcoop_thread_remove(struct uk_sched *s, struct uk_thread *t)
{
	queue_unlink(coop_of(s), t);
}

static void schedcoop_thread_blocked(struct uk_sched *s, struct uk_thread *t)
{
	struct schedcoop *c = coop_of(s);

	UK_ASSERT(t != s->idle);
	queue_unlink(c, t);
	if (t->wakeup_time)
		queue_link(&c->sleep_queue, t);
}

static void schedcoop_thread_woken(struct uk_sched *s, struct uk_thread *t)
{
	struct schedcoop *c = coop_of(s);

	queue_unlink(c, t);
	if (t != uk_thread_current())
		queue_link(&c->run_queue, t);
}

static void __noreturn idle_thread(void *arg)
{
	struct uk_sched *s = arg;
	struct schedcoop *c = coop_of(s);
	__nsec deadline;

	for (;;) {
		uk_sched_reap(s);

		ukplat_lcpu_disable_irq();
		deadline = wake_due(c);
		if (UK_TAILQ_EMPTY(&c->run_queue)) {
			/* an interrupt or the deadline ends the halt */
			ukplat_lcpu_halt_to(deadline);
		} else {
			schedcoop_yield(s);
		}
		ukplat_lcpu_enable_irq();
	}
}

struct uk_sched *uk_schedcoop_init(struct uk_alloc *a)
{
	struct schedcoop_sched *cs;
	struct uk_sched *s;

	uk_pr_info("Initializing cooperative scheduler\n");
	cs = uk_malloc(a, sizeof(*cs));
	if (!cs)
		return __NULL;
	s = &cs->sched;
	UK_TAILQ_INIT(&cs->coop.run_queue);
	UK_TAILQ_INIT(&cs->coop.sleep_queue);

	uk_sched_init(s, schedcoop_yield, schedcoop_thread_add,
		      schedcoop_thread_remove, schedcoop_thread_blocked,
		      schedcoop_thread_woken, a);
	s->prv = &cs->coop;

	if (uk_sched_idle_init(s, idle_thread, s) < 0) {
		uk_pr_err("Could not create the idle thread\n");
		/* s stays registered but is unusable; keep it simple */
		return __NULL;
	}
	return s;
}
