/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Private to uksched: allocating and freeing a thread's memory.
 */
#ifndef __UKSCHED_THREAD_IMPL_H__
#define __UKSCHED_THREAD_IMPL_H__

#include <uk/thread.h>
#include <uk/sched.h>

/*
 * Allocate and prepare a runnable thread of scheduler s that will run
 * function(arg); it is not given to the scheduler. NULL when memory is
 * short.
 */
struct uk_thread *uk_thread_alloc(struct uk_sched *s, const char *name,
				  void (*function)(void *), void *arg);

/* Free a thread that will never run again */
void uk_thread_release(struct uk_thread *t);

#endif /* __UKSCHED_THREAD_IMPL_H__ */
