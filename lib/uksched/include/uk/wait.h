/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Wait queues: block the current thread until a condition holds.
 *
 *   uk_waitq_wait_event(wq, condition);
 *       sleeps on wq until `condition` is true. The condition is
 *       evaluated by the waiting thread after every wake-up, with
 *       interrupts enabled; whoever makes it true calls
 *       uk_waitq_wake_up(wq) afterwards.
 *   uk_waitq_wait_event_deadline(wq, condition, deadline);
 *       the same, but gives up when the monotonic clock reaches
 *       `deadline` (absolute nanoseconds, 0: never). Evaluates to 1 on
 *       timeout, 0 when the condition became true.
 *   uk_waitq_wait_event_locked(wq, condition, lock_fn, unlock_fn, lock);
 *       the same, for conditions protected by a lock held by the caller:
 *       the lock is released while sleeping and held when checking.
 *   uk_waitq_wake_up(wq);
 *       makes every thread waiting on wq runnable. Safe from interrupt
 *       handlers.
 *
 * Waiting needs a running scheduler (a current thread).
 */
#ifndef __UK_SCHED_WAIT_H__
#define __UK_SCHED_WAIT_H__

#include <uk/essentials.h>
#include <uk/assert.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/time.h>
#include <uk/wait_types.h>
#include <uk/thread.h>
#include <uk/sched.h>

#ifdef __cplusplus
extern "C" {
#endif

static inline void uk_waitq_init(struct uk_waitq *wq)
{
	UK_STAILQ_INIT(wq);
}

static inline void uk_waitq_entry_init(struct uk_waitq_entry *entry,
				       struct uk_thread *thread)
{
	entry->waiting = 0;
	entry->thread = thread;
	entry->wq = __NULL;
}

static inline int uk_waitq_empty(struct uk_waitq *wq)
{
	return UK_STAILQ_EMPTY(wq);
}

/* Link entry in wq (once); call with interrupts disabled */
static inline void uk_waitq_add(struct uk_waitq *wq,
				struct uk_waitq_entry *entry)
{
	if (entry->waiting)
		return;
	UK_STAILQ_INSERT_TAIL(wq, entry, thread_list);
	entry->waiting = 1;
	entry->wq = wq;
	entry->thread->wait_entry = entry;
}

/* Unlink entry from wq if linked; call with interrupts disabled */
static inline void uk_waitq_remove(struct uk_waitq *wq,
				   struct uk_waitq_entry *entry)
{
	if (!entry->waiting)
		return;
	UK_STAILQ_REMOVE(wq, entry, struct uk_waitq_entry, thread_list);
	entry->waiting = 0;
	entry->wq = __NULL;
	entry->thread->wait_entry = __NULL;
}

/* Put the current thread on wq and block it (without yielding) */
#define uk_waitq_add_waiter(wq, w)					\
	do {								\
		unsigned long __flags = ukplat_lcpu_save_irqf();	\
		uk_waitq_add(wq, w);					\
		uk_thread_block(uk_thread_current());			\
		ukplat_lcpu_restore_irqf(__flags);			\
	} while (0)

#define uk_waitq_remove_waiter(wq, w)					\
	do {								\
		unsigned long __flags = ukplat_lcpu_save_irqf();	\
		uk_thread_wake(uk_thread_current());			\
		uk_waitq_remove(wq, w);					\
		ukplat_lcpu_restore_irqf(__flags);			\
	} while (0)

/*
 * The loop behind every wait: enqueue and block, check the condition,
 * yield until woken; finally make the thread runnable and dequeue it.
 */
#define __wq_wait_event_deadline(wq, condition, deadline,		\
				 lock_fn, unlock_fn, lock)		\
({									\
	struct uk_thread *__current = uk_thread_current();		\
	__nsec __deadline = (deadline);					\
	unsigned long __flags;						\
	int __timedout = 0;						\
	struct uk_waitq_entry __wait;					\
									\
	UK_ASSERT(__current);						\
	uk_waitq_entry_init(&__wait, __current);			\
	for (;;) {							\
		__flags = ukplat_lcpu_save_irqf();			\
		uk_waitq_add(wq, &__wait);				\
		uk_thread_block_until(__current, __deadline);		\
		ukplat_lcpu_restore_irqf(__flags);			\
		if (condition)						\
			break;						\
		if (__deadline &&					\
		    ukplat_monotonic_clock() >= __deadline) {		\
			__timedout = 1;					\
			break;						\
		}							\
		unlock_fn(lock);					\
		uk_sched_yield();					\
		lock_fn(lock);						\
	}								\
	__flags = ukplat_lcpu_save_irqf();				\
	uk_thread_wake(__current);					\
	uk_waitq_remove(wq, &__wait);					\
	ukplat_lcpu_restore_irqf(__flags);				\
	__timedout;							\
})

#define __wq_nolock(lock)	do { } while (0)

#define uk_waitq_wait_event(wq, condition)				\
	((void)__wq_wait_event_deadline(wq, (condition), 0,		\
					__wq_nolock, __wq_nolock, 0))

#define uk_waitq_wait_event_deadline(wq, condition, deadline)		\
	__wq_wait_event_deadline(wq, (condition), (deadline),		\
				 __wq_nolock, __wq_nolock, 0)

#define uk_waitq_wait_event_locked(wq, condition, lock_fn, unlock_fn,	\
				   lock)				\
	((void)__wq_wait_event_deadline(wq, (condition), 0,		\
					lock_fn, unlock_fn, lock))

#define uk_waitq_wait_event_deadline_locked(wq, condition, deadline,	\
					    lock_fn, unlock_fn, lock)	\
	__wq_wait_event_deadline(wq, (condition), (deadline),		\
				 lock_fn, unlock_fn, lock)

static inline void uk_waitq_wake_up(struct uk_waitq *wq)
{
	struct uk_waitq_entry *curr, *tmp;
	unsigned long flags;

	flags = ukplat_lcpu_save_irqf();
	UK_STAILQ_FOREACH_SAFE(curr, wq, thread_list, tmp)
		uk_thread_wake(curr->thread);
	ukplat_lcpu_restore_irqf(flags);
}

#ifdef __cplusplus
}
#endif

#endif /* __UK_SCHED_WAIT_H__ */
