/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Owner-recursive mutexes on wait queues.
 */
#include <uk/mutex.h>
#include <uk/wait.h>
#include <uk/thread.h>
#include <uk/plat/lcpu.h>
#include <uk/assert.h>

void uk_mutex_init(struct uk_mutex *m)
{
	UK_ASSERT(m);
	m->lock_count = 0;
	m->owner = __NULL;
	uk_waitq_init(&m->wait);
}

int uk_mutex_trylock(struct uk_mutex *m)
{
	struct uk_thread *current = uk_thread_current();
	unsigned long flags;
	int taken = 0;

	UK_ASSERT(m);
	flags = ukplat_lcpu_save_irqf();
	if (m->lock_count == 0 || m->owner == current) {
		m->owner = current;
		m->lock_count++;
		taken = 1;
	}
	ukplat_lcpu_restore_irqf(flags);
	return taken;
}

void uk_mutex_lock(struct uk_mutex *m)
{
	struct uk_thread *current = uk_thread_current();

	UK_ASSERT(m);
	while (!uk_mutex_trylock(m))
		uk_waitq_wait_event(&m->wait, m->lock_count == 0 ||
					      m->owner == current);
}

void uk_mutex_unlock(struct uk_mutex *m)
{
	unsigned long flags;

	UK_ASSERT(m);
	flags = ukplat_lcpu_save_irqf();
	UK_ASSERT(m->lock_count > 0);
	UK_ASSERT(m->owner == uk_thread_current());
	if (--m->lock_count == 0) {
		m->owner = __NULL;
		uk_waitq_wake_up(&m->wait);
	}
	ukplat_lcpu_restore_irqf(flags);
}
