/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Mutexes for threads (needs a running scheduler to block).
 *
 * Recursive by owner, as upstream: the thread holding the mutex may lock
 * it again and must unlock it as many times. Only the owner unlocks.
 *
 *   struct uk_mutex m = UK_MUTEX_INITIALIZER(m);  or uk_mutex_init(&m)
 *   uk_mutex_lock(&m)       sleeps until the mutex is free (or ours)
 *   uk_mutex_trylock(&m)    1 when taken, 0 when another thread holds it
 *   uk_mutex_unlock(&m)
 *   uk_mutex_is_locked(&m)  1 when some thread holds it
 */
#ifndef __UK_MUTEX_H__
#define __UK_MUTEX_H__

#include <uk/config.h>
#include <uk/essentials.h>
#include <uk/wait_types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_thread;

struct uk_mutex {
	int lock_count;
	struct uk_thread *owner;
	struct uk_waitq wait;
};

#define UK_MUTEX_INITIALIZER(name)					\
	{ .lock_count = 0, .owner = __NULL,				\
	  .wait = __WAIT_QUEUE_INITIALIZER((name).wait) }

void uk_mutex_init(struct uk_mutex *m);
void uk_mutex_lock(struct uk_mutex *m);
int uk_mutex_trylock(struct uk_mutex *m);
void uk_mutex_unlock(struct uk_mutex *m);

static inline int uk_mutex_is_locked(struct uk_mutex *m)
{
	return m->lock_count > 0;
}

#ifdef __cplusplus
}
#endif

#endif /* __UK_MUTEX_H__ */
