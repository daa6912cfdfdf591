/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Wait queue types (see <uk/wait.h> for the operations).
 *
 * A struct uk_waitq is a list of waiting threads. Each waiter puts a
 * struct uk_waitq_entry, usually on its own stack (DEFINE_WAIT), in the
 * queue while it sleeps. Define a queue with DEFINE_WAIT_QUEUE(name) or
 * initialise one with uk_waitq_init() / __WAIT_QUEUE_INITIALIZER(name).
 */
#ifndef __UK_SCHED_WAIT_TYPES_H__
#define __UK_SCHED_WAIT_TYPES_H__

#include <uk/list.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_thread;
struct uk_waitq;

struct uk_waitq_entry {
	int waiting;			/* linked in `wq` */
	struct uk_thread *thread;
	struct uk_waitq *wq;		/* the queue it is linked in */
	UK_STAILQ_ENTRY(struct uk_waitq_entry) thread_list;
};

UK_STAILQ_HEAD(uk_waitq, struct uk_waitq_entry);

#define __WAIT_QUEUE_INITIALIZER(name)	UK_STAILQ_HEAD_INITIALIZER(name)

#define DEFINE_WAIT_QUEUE(name)						\
	struct uk_waitq name = __WAIT_QUEUE_INITIALIZER(name)

#define DEFINE_WAIT(name)						\
	struct uk_waitq_entry name = {					\
		.waiting = 0,						\
		.thread = uk_thread_current(),				\
		.wq = __NULL,						\
		.thread_list = { __NULL },				\
	}

#ifdef __cplusplus
}
#endif

#endif /* __UK_SCHED_WAIT_TYPES_H__ */
