/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Scheduler registry, boot hand-over, context switching, sleeping and
 * thread exit.
 */
#include <errno.h>
#include <uk/sched_impl.h>
#include <uk/thread.h>
#include <uk/wait.h>
#include <uk/arch/ctx.h>
#include <uk/plat/tls.h>
#include <uk/arch/lcpu.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/time.h>
#include <uk/print.h>
#include <uk/assert.h>

#include "thread_impl.h"

static struct uk_sched *uk_sched_head;

struct uk_thread *_uk_thread_current;

int uk_sched_register(struct uk_sched *s)
{
	struct uk_sched **tail = &uk_sched_head;

	if (!s)
		return -EINVAL;
	while (*tail) {
		if (*tail == s)
			return 0;
		tail = &(*tail)->next;
	}
	s->next = __NULL;
	*tail = s;
	return 0;
}

struct uk_sched *uk_sched_get_default(void)
{
	return uk_sched_head;
}

int uk_sched_set_default(struct uk_sched *s)
{
	struct uk_sched **pp;

	for (pp = &uk_sched_head; *pp; pp = &(*pp)->next) {
		if (*pp != s)
			continue;
		*pp = s->next;
		s->next = uk_sched_head;
		uk_sched_head = s;
		return 0;
	}
	return -EINVAL;
}

void uk_sched_thread_switch(struct uk_sched *s __unused,
			    struct uk_thread *prev, struct uk_thread *next)
{
	static struct ukarch_ctx boot_ctx;

	UK_ASSERT(ukplat_lcpu_irqs_disabled());
	UK_ASSERT(next && next != prev);

	if (prev)
		ukarch_ectx_store(prev->ectx);
	ukplat_tlsp_set(next->tlsp);
	_uk_thread_current = next;

	/*
	 * The extended state is loaded by the thread that resumes, not here:
	 * ukarch_ctx_switch() may keep callee-saved FP registers (d8-d15 on
	 * arm64) on the stack it leaves, and those must be prev's values,
	 * not next's. A new thread loads its own in thread_start().
	 * The boot context is left for good.
	 */
	ukarch_ctx_switch(prev ? &prev->ctx : &boot_ctx, &next->ctx);

	/* prev runs again */
	ukarch_ectx_load(prev->ectx);
	uk_sched_reap(prev->sched);
}

void uk_sched_reap(struct uk_sched *s)
{
	struct uk_thread *t, *tmp;
	unsigned long flags;

	flags = ukplat_lcpu_save_irqf();
	UK_TAILQ_FOREACH_SAFE(t, &s->exited_threads, thread_list, tmp) {
		if (t == _uk_thread_current)
			continue;
		UK_TAILQ_REMOVE(&s->exited_threads, t, thread_list);
		uk_thread_release(t);
	}
	ukplat_lcpu_restore_irqf(flags);
}

int uk_sched_idle_init(struct uk_sched *s, void (*function)(void *),
		       void *arg)
{
	struct uk_thread *t;

	t = uk_thread_alloc(s, "idle", function, arg);
	if (!t)
		return -ENOMEM;
	t->detached = true;
	s->idle = t;
	return 0;
}

struct uk_thread *uk_sched_thread_create(struct uk_sched *s,
					 const char *name,
					 const uk_thread_attr_t *attr,
					 void (*function)(void *), void *arg)
{
	struct uk_thread *t;
	unsigned long flags;
	int rc;

	UK_ASSERT(s);
	UK_ASSERT(function);

	t = uk_thread_alloc(s, name, function, arg);
	if (!t)
		return __NULL;
	t->detached = attr ? attr->detached : false;

	flags = ukplat_lcpu_save_irqf();
	rc = s->thread_add(s, t, attr);
	ukplat_lcpu_restore_irqf(flags);
	if (rc < 0) {
		uk_pr_err("Could not add thread \"%s\": %d\n",
			  uk_thread_name(t), rc);
		uk_thread_release(t);
		return __NULL;
	}

	uk_pr_debug("Thread \"%s\" (%p) created, stack %p\n",
		    uk_thread_name(t), t, t->stack);
	return t;
}

struct uk_thread *uk_thread_create(const char *name,
				   void (*function)(void *), void *arg)
{
	struct uk_sched *s = uk_sched_get_default();

	if (!s)
		return __NULL;
	return uk_sched_thread_create(s, name, __NULL, function, arg);
}

void __noreturn uk_sched_start(struct uk_sched *s,
			       void (*main_fn)(void *), void *arg)
{
	struct uk_thread *main_thread;

	UK_ASSERT(s);
	UK_ASSERT(s->idle);
	UK_ASSERT(!s->threads_started);

	main_thread = uk_sched_thread_create(s, "main", __NULL, main_fn, arg);
	if (!main_thread)
		UK_CRASH("Could not create the main thread\n");

	/* The idle thread picks the first runnable thread */
	ukplat_lcpu_disable_irq();
	s->threads_started = true;
	uk_sched_thread_switch(s, __NULL, s->idle);
	UK_CRASH("Returned to the boot stack\n");
}

void uk_sched_yield(void)
{
	struct uk_thread *current = uk_thread_current();

	if (unlikely(!current))
		return;
	current->sched->yield(current->sched);
}

void uk_sched_thread_sleep(__nsec nsec)
{
	struct uk_thread *current = uk_thread_current();
	__nsec now = ukplat_monotonic_clock();
	__nsec deadline;

	if (__builtin_add_overflow(now, nsec, &deadline))
		deadline = __NSEC_MAX;

	if (unlikely(!current)) {
		/* no scheduler yet: busy-wait */
		while (ukplat_monotonic_clock() < deadline)
			ukarch_spinwait();
		return;
	}

	/* anyone may wake the thread early: sleep again until due */
	while (ukplat_monotonic_clock() < deadline) {
		uk_thread_block_until(current, deadline);
		uk_sched_yield();
	}
}

/* Mark t ended and hand it to its joiner or the reaper */
static void thread_end(struct uk_thread *t)
{
	struct uk_sched *s = t->sched;

	UK_ASSERT(ukplat_lcpu_irqs_disabled());
	UK_ASSERT(t != s->idle);

	if (t->wait_entry)
		uk_waitq_remove(t->wait_entry->wq, t->wait_entry);
	clear_runnable(t);
	set_exited(t);
	s->thread_remove(s, t);

	if (t->detached)
		UK_TAILQ_INSERT_TAIL(&s->exited_threads, t, thread_list);
	else
		uk_waitq_wake_up(&t->waiting_threads);
	uk_pr_debug("Thread \"%s\" (%p) exited\n", uk_thread_name(t), t);
}

void __noreturn uk_sched_thread_exit(void)
{
	struct uk_thread *current = uk_thread_current();

	UK_ASSERT(current);
	ukplat_lcpu_disable_irq();
	thread_end(current);
	current->sched->yield(current->sched);
	UK_CRASH("Thread \"%s\" ran after it exited\n",
		 uk_thread_name(current));
}

void uk_thread_exit(struct uk_thread *t)
{
	unsigned long flags;

	UK_ASSERT(t);
	if (t == uk_thread_current())
		uk_sched_thread_exit();

	flags = ukplat_lcpu_save_irqf();
	if (!is_exited(t))
		thread_end(t);
	ukplat_lcpu_restore_irqf(flags);
}

int uk_thread_wait(struct uk_thread *t)
{
	unsigned long flags;

	UK_ASSERT(t);
	if (t->detached || t == uk_thread_current())
		return -EINVAL;

	uk_waitq_wait_event(&t->waiting_threads, is_exited(t));

	/* t is off CPU for good: free it */
	flags = ukplat_lcpu_save_irqf();
	t->detached = true;
	ukplat_lcpu_restore_irqf(flags);
	uk_thread_release(t);
	return 0;
}

int uk_thread_detach(struct uk_thread *t)
{
	unsigned long flags;

	UK_ASSERT(t);
	if (t->detached)
		return -EINVAL;

	flags = ukplat_lcpu_save_irqf();
	t->detached = true;
	if (is_exited(t))
		UK_TAILQ_INSERT_TAIL(&t->sched->exited_threads, t,
				     thread_list);
	ukplat_lcpu_restore_irqf(flags);
	return 0;
}
