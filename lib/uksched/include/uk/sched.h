/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Scheduler interface.
 *
 * A scheduler (e.g. ukschedcoop) is a struct uk_sched whose operations
 * decide which thread runs; this library provides threads, context
 * switching (registers, TLS pointer and extended FPU context on every
 * switch), sleeping, exiting and joining on top. The first scheduler
 * registered is the default one (uk_sched_get_default()).
 *
 * Boot hand-over: ukboot creates a scheduler, then calls
 *   uk_sched_start(s, main_fn, arg);
 * which creates a thread "main" running main_fn(arg), leaves the boot
 * stack for good and starts scheduling (threads created before, e.g. by
 * init functions, also run). It never returns. main_fn normally ends the
 * system (ukplat_exit()); if it returns, only the main thread ends.
 * Before uk_sched_start() there is no current thread: uk_sched_yield()
 * does nothing, uk_sched_thread_sleep() busy-waits and nothing may block.
 *
 * uk_sched_yield() lets other runnable threads run (cooperative:
 * a thread runs until it yields, sleeps, blocks or exits).
 * uk_sched_thread_sleep(nsec) sleeps at least nsec nanoseconds of the
 * monotonic clock. uk_sched_thread_exit() ends the calling thread.
 *
 * Nothing here may be called from an interrupt handler except
 * uk_thread_wake() (<uk/thread.h>) and uk_waitq_wake_up() (<uk/wait.h>).
 */
#ifndef __UK_SCHED_H__
#define __UK_SCHED_H__

#include <stdbool.h>
#include <uk/essentials.h>
#include <uk/alloc.h>
#include <uk/thread.h>
#include <uk/thread_attr.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_sched;

/*
 * Operations, called with interrupts disabled:
 * yield:          the current thread gives up the CPU; switch to another
 *                 runnable thread (the idle thread if none) unless the
 *                 current one is still runnable and alone; return when the
 *                 current thread runs again.
 * thread_add:     a new runnable thread; 0 or a negative errno.
 * thread_remove:  thread t ended (EXITED_FLAG set); forget it. When t is
 *                 the current thread, uksched calls yield next.
 * thread_blocked: t is not runnable (it may have been blocked already:
 *                 the deadline may have changed); if t->wakeup_time is
 *                 set, wake it (uk_thread_wake()) once the monotonic
 *                 clock reaches it.
 * thread_woken:   t became runnable again (t->wakeup_time is cleared).
 */
typedef void (*uk_sched_yield_func_t)(struct uk_sched *s);
typedef int  (*uk_sched_thread_add_func_t)(struct uk_sched *s,
					   struct uk_thread *t,
					   const uk_thread_attr_t *attr);
typedef void (*uk_sched_thread_remove_func_t)(struct uk_sched *s,
					      struct uk_thread *t);
typedef void (*uk_sched_thread_blocked_func_t)(struct uk_sched *s,
					       struct uk_thread *t);
typedef void (*uk_sched_thread_woken_func_t)(struct uk_sched *s,
					     struct uk_thread *t);

struct uk_sched {
	uk_sched_yield_func_t yield;
	uk_sched_thread_add_func_t thread_add;
	uk_sched_thread_remove_func_t thread_remove;
	uk_sched_thread_blocked_func_t thread_blocked;
	uk_sched_thread_woken_func_t thread_woken;

	/* Runs when nothing else can; created by the implementation */
	struct uk_thread *idle;

	/* internal */
	bool threads_started;
	struct uk_thread_list exited_threads;	/* detached, to free */
	struct uk_alloc *allocator;		/* threads and stacks */
	struct uk_sched *next;
	void *prv;				/* implementation's state */
};

/* Default scheduler: the first registered one (NULL if none) */
struct uk_sched *uk_sched_get_default(void);
int uk_sched_set_default(struct uk_sched *s);

/* Boot hand-over, see above. Never returns. */
void __noreturn uk_sched_start(struct uk_sched *s,
			       void (*main_fn)(void *), void *arg);

static inline bool uk_sched_started(struct uk_sched *s)
{
	return s->threads_started;
}

/*
 * Create a thread running function(arg) on scheduler s. attr may be NULL
 * (waitable, default priority). Returns NULL when memory is short.
 */
struct uk_thread *uk_sched_thread_create(struct uk_sched *s,
					 const char *name,
					 const uk_thread_attr_t *attr,
					 void (*function)(void *), void *arg);

/* Let other runnable threads run */
void uk_sched_yield(void);

/* Sleep for at least nsec nanoseconds */
void uk_sched_thread_sleep(__nsec nsec);

static inline void uk_sched_sleep(__nsec nsec)
{
	uk_sched_thread_sleep(nsec);
}

/* End the calling thread */
void __noreturn uk_sched_thread_exit(void);

/* Let the scheduler of t know; used by <uk/thread.h> */
static inline void uk_sched_thread_blocked(struct uk_thread *t)
{
	t->sched->thread_blocked(t->sched, t);
}

static inline void uk_sched_thread_woken(struct uk_thread *t)
{
	t->sched->thread_woken(t->sched, t);
}

#ifdef __cplusplus
}
#endif

#endif /* __UK_SCHED_H__ */
