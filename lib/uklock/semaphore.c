/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Counting semaphores on wait queues. The count is only touched with
 * interrupts disabled, so interrupt handlers may call uk_semaphore_up().
 */
#include <uk/semaphore.h>
#include <uk/wait.h>
#include <uk/plat/lcpu.h>
#include <uk/plat/time.h>
#include <uk/assert.h>

void uk_semaphore_init(struct uk_semaphore *s, long count)
{
	UK_ASSERT(s);
	s->count = count;
	uk_waitq_init(&s->wait);
}

int uk_semaphore_down_try(struct uk_semaphore *s)
{
	unsigned long flags;
	int taken = 0;

	UK_ASSERT(s);
	flags = ukplat_lcpu_save_irqf();
	if (s->count > 0) {
		s->count--;
		taken = 1;
	}
	ukplat_lcpu_restore_irqf(flags);
	return taken;
}

void uk_semaphore_down(struct uk_semaphore *s)
{
	UK_ASSERT(s);
	while (!uk_semaphore_down_try(s))
		uk_waitq_wait_event(&s->wait, s->count > 0);
}

__nsec uk_semaphore_down_to(struct uk_semaphore *s, __nsec timeout)
{
	__nsec start, deadline;

	UK_ASSERT(s);
	start = ukplat_monotonic_clock();
	if (__builtin_add_overflow(start, timeout, &deadline))
		deadline = __NSEC_MAX;

	for (;;) {
		if (uk_semaphore_down_try(s))
			return ukplat_monotonic_clock() - start;
		if (!timeout || ukplat_monotonic_clock() >= deadline)
			return __NSEC_MAX;
		uk_waitq_wait_event_deadline(&s->wait, s->count > 0,
					     deadline);
	}
}

void uk_semaphore_up(struct uk_semaphore *s)
{
	unsigned long flags;

	UK_ASSERT(s);
	flags = ukplat_lcpu_save_irqf();
	s->count++;
	uk_waitq_wake_up(&s->wait);
	ukplat_lcpu_restore_irqf(flags);
}
