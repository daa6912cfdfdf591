/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Counting semaphores for threads (needs a running scheduler to block).
 *
 *   uk_semaphore_init(&s, count)   count: initial number of tokens
 *   uk_semaphore_down(&s)          take a token, sleeping until one exists
 *   uk_semaphore_down_try(&s)      take a token if one exists: 1, else 0
 *   uk_semaphore_down_to(&s, ns)   like down, but give up after ns
 *                                  nanoseconds: returns the time waited,
 *                                  or __NSEC_MAX on timeout (ns == 0:
 *                                  do not wait at all)
 *   uk_semaphore_up(&s)            add a token and wake the waiters; safe
 *                                  from interrupt handlers
 *
 * Waiters are woken together and race for the token; under the
 * cooperative scheduler the first woken (FIFO) wins.
 */
#ifndef __UK_SEMAPHORE_H__
#define __UK_SEMAPHORE_H__

#include <uk/config.h>
#include <uk/essentials.h>
#include <uk/wait_types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_semaphore {
	long count;
	struct uk_waitq wait;
};

#define UK_SEMAPHORE_INITIALIZER(name, n)				\
	{ .count = (n), .wait = __WAIT_QUEUE_INITIALIZER((name).wait) }

void uk_semaphore_init(struct uk_semaphore *s, long count);
void uk_semaphore_down(struct uk_semaphore *s);
int uk_semaphore_down_try(struct uk_semaphore *s);
__nsec uk_semaphore_down_to(struct uk_semaphore *s, __nsec timeout);
void uk_semaphore_up(struct uk_semaphore *s);

#ifdef __cplusplus
}
#endif

#endif /* __UK_SEMAPHORE_H__ */
