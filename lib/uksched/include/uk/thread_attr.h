/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread creation attributes, as upstream: whether the thread is detached
 * (its resources are freed when it exits, nobody may wait for it) or
 * waitable (the default: uk_thread_wait() frees it), a priority and a time
 * slice. The cooperative scheduler ignores priority and time slice.
 * All functions return 0, or -EINVAL for a bad argument.
 */
#ifndef __UK_SCHED_THREAD_ATTR_H__
#define __UK_SCHED_THREAD_ATTR_H__

#include <stdbool.h>
#include <uk/essentials.h>

#ifdef __cplusplus
extern "C" {
#endif

#define UK_THREAD_ATTR_WAITABLE		0
#define UK_THREAD_ATTR_DETACHED		1

#define UK_THREAD_ATTR_PRIO_INVALID	(-1)
#define UK_THREAD_ATTR_PRIO_MIN		0
#define UK_THREAD_ATTR_PRIO_MAX		255
#define UK_THREAD_ATTR_PRIO_DEFAULT	127

#define UK_THREAD_ATTR_TIMESLICE_NIL	0

typedef int prio_t;

typedef struct uk_thread_attr {
	bool detached;		/* freed on exit; cannot be waited for */
	prio_t prio;		/* scheduler dependent */
	__nsec timeslice;	/* scheduler dependent, 0: default */
} uk_thread_attr_t;

int uk_thread_attr_init(uk_thread_attr_t *attr);
int uk_thread_attr_fini(uk_thread_attr_t *attr);

int uk_thread_attr_set_detachstate(uk_thread_attr_t *attr, int state);
int uk_thread_attr_get_detachstate(const uk_thread_attr_t *attr, int *state);

int uk_thread_attr_set_prio(uk_thread_attr_t *attr, prio_t prio);
int uk_thread_attr_get_prio(const uk_thread_attr_t *attr, prio_t *prio);

int uk_thread_attr_set_timeslice(uk_thread_attr_t *attr, __nsec timeslice);
int uk_thread_attr_get_timeslice(const uk_thread_attr_t *attr,
				 __nsec *timeslice);

#ifdef __cplusplus
}
#endif

#endif /* __UK_SCHED_THREAD_ATTR_H__ */
