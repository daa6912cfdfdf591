/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Threads.
 *
 * A thread runs entry(arg) on its own stack (CONFIG_LIBUKSCHED_STACK_SIZE
 * bytes; with CONFIG_LIBUKSCHED_STACK_GUARD the lowest page is an
 * unmapped guard page, so an overflow traps) with its own TLS area and
 * extended (FPU/SIMD) context, both switched with the thread. Create
 * threads with uk_thread_create(name, fn, arg) on the default scheduler or
 * uk_sched_thread_create() (<uk/sched.h>); they start runnable and run
 * when the scheduler picks them, with interrupts enabled. Returning from
 * entry ends the thread like uk_sched_thread_exit(). `name` is not copied.
 *
 * uk_thread_current() is the running thread (NULL before the scheduler
 * started). A waitable thread (the default) keeps its memory after it
 * ends until another thread calls uk_thread_wait() on it; a detached one
 * is freed by the scheduler once it ended.
 *
 * Blocking: uk_thread_block(t) / uk_thread_block_timeout(t, nsec) /
 * uk_thread_block_until(t, deadline) mark t not runnable (optionally until
 * a monotonic-clock deadline); they do not switch: the blocked thread
 * calls uk_sched_yield() next. uk_thread_wake(t) makes t runnable again;
 * it may be called from interrupt handlers. Most code should use wait
 * queues (<uk/wait.h>), semaphores or mutexes (uklock) instead.
 */
#ifndef __UK_THREAD_H__
#define __UK_THREAD_H__

#include <stdbool.h>
#include <uk/essentials.h>
#include <uk/arch/ctx.h>
#include <uk/list.h>
#include <uk/wait_types.h>
#include <uk/thread_attr.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_sched;

struct uk_thread {
	const char *name;
	void *stack;			/* lowest address (guard page) */
	__sz stack_size;
	void *tls;			/* TLS area */
	void *tlsp;			/* thread pointer value for it */
	struct ukarch_ectx *ectx;	/* extended context save area */
	struct ukarch_ctx ctx;		/* saved registers while off CPU */
	/*
	 * Owned by the scheduler while the thread lives (run queue, sleep
	 * list); by uksched once it ended (list of threads to free).
	 */
	UK_TAILQ_ENTRY(struct uk_thread) thread_list;
	__u32 flags;
	__nsec wakeup_time;		/* deadline while blocked, 0: none */
	bool detached;
	struct uk_waitq waiting_threads;	/* joiners */
	struct uk_waitq_entry *wait_entry;	/* set while on a wait queue */
	struct uk_sched *sched;
	void (*entry)(void *);
	void *arg;
	void *prv;			/* scheduler private */
};

UK_TAILQ_HEAD(uk_thread_list, struct uk_thread);

#define RUNNABLE_FLAG	0x00000001
#define EXITED_FLAG	0x00000002

#define is_runnable(t)		((t)->flags & RUNNABLE_FLAG)
#define set_runnable(t)		((t)->flags |= RUNNABLE_FLAG)
#define clear_runnable(t)	((t)->flags &= ~RUNNABLE_FLAG)
#define is_exited(t)		((t)->flags & EXITED_FLAG)
#define set_exited(t)		((t)->flags |= EXITED_FLAG)

/* The running thread (single CPU) */
extern struct uk_thread *_uk_thread_current;

static inline struct uk_thread *uk_thread_current(void)
{
	return _uk_thread_current;
}

/* Create a thread on the default scheduler; NULL on failure */
struct uk_thread *uk_thread_create(const char *name,
				   void (*function)(void *), void *arg);

static inline const char *uk_thread_name(struct uk_thread *t)
{
	return t->name ? t->name : "<unnamed>";
}

/*
 * End thread t. For the calling thread this never returns. Another
 * thread is removed from its scheduler and its wait queue, wherever it
 * was; it must not hold locks.
 */
void uk_thread_exit(struct uk_thread *t);

/*
 * Wait until waitable thread t ended, then free it. Returns 0, or -EINVAL
 * when t is detached or the calling thread.
 */
int uk_thread_wait(struct uk_thread *t);

/* Make t detached: it will be freed when it ends. 0 or -EINVAL */
int uk_thread_detach(struct uk_thread *t);

void uk_thread_block_until(struct uk_thread *t, __nsec deadline);
void uk_thread_block_timeout(struct uk_thread *t, __nsec nsec);
void uk_thread_block(struct uk_thread *t);
void uk_thread_wake(struct uk_thread *t);

#ifdef __cplusplus
}
#endif

#endif /* __UK_THREAD_H__ */
