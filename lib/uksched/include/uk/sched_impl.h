/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * For scheduler implementations only (users include <uk/sched.h>).
 *
 * An implementation allocates its struct uk_sched, fills the operations
 * with uk_sched_init() (which also registers it; the first registered is
 * the default), creates its idle thread with uk_sched_idle_init() and
 * switches threads only with uk_sched_thread_switch(), with interrupts
 * disabled. The idle thread is never passed to thread_add; it calls
 * uk_sched_reap() from time to time to free detached threads that ended.
 */
#ifndef __UK_SCHED_IMPL_H__
#define __UK_SCHED_IMPL_H__

#include <uk/sched.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Append s to the list of schedulers; the first becomes the default */
int uk_sched_register(struct uk_sched *s);

#define uk_sched_init(s, yield_f, thread_add_f, thread_remove_f,	\
		      thread_blocked_f, thread_woken_f, alloc)		\
	do {								\
		(s)->yield = (yield_f);					\
		(s)->thread_add = (thread_add_f);			\
		(s)->thread_remove = (thread_remove_f);			\
		(s)->thread_blocked = (thread_blocked_f);		\
		(s)->thread_woken = (thread_woken_f);			\
		(s)->idle = __NULL;					\
		(s)->threads_started = false;				\
		UK_TAILQ_INIT(&(s)->exited_threads);			\
		(s)->allocator = (alloc);				\
		(s)->next = __NULL;					\
		uk_sched_register(s);					\
	} while (0)

/*
 * Create the idle thread of s running function(arg) (it must never
 * return) and store it in s->idle. It is runnable but belongs to no run
 * queue. 0 or -ENOMEM.
 */
int uk_sched_idle_init(struct uk_sched *s, void (*function)(void *),
		       void *arg);

/*
 * Switch from prev (the current thread) to next: saves prev's registers
 * and extended context, loads next's, sets the TLS pointer. Returns when
 * prev runs again. Interrupts must be disabled.
 */
void uk_sched_thread_switch(struct uk_sched *s, struct uk_thread *prev,
			    struct uk_thread *next);

/* Free detached threads of s that ended (never the current one) */
void uk_sched_reap(struct uk_sched *s);

#ifdef __cplusplus
}
#endif

#endif /* __UK_SCHED_IMPL_H__ */
