/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Thread creation attributes.
 */
#include <errno.h>
#include <uk/thread_attr.h>

int uk_thread_attr_init(uk_thread_attr_t *attr)
{
	if (!attr)
		return -EINVAL;
	attr->detached = false;
	attr->prio = UK_THREAD_ATTR_PRIO_DEFAULT;
	attr->timeslice = UK_THREAD_ATTR_TIMESLICE_NIL;
	return 0;
}

int uk_thread_attr_fini(uk_thread_attr_t *attr)
{
	return attr ? 0 : -EINVAL;
}

int uk_thread_attr_set_detachstate(uk_thread_attr_t *attr, int state)
{
	if (!attr || (state != UK_THREAD_ATTR_WAITABLE &&
		      state != UK_THREAD_ATTR_DETACHED))
		return -EINVAL;
	attr->detached = (state == UK_THREAD_ATTR_DETACHED);
	return 0;
}

int uk_thread_attr_get_detachstate(const uk_thread_attr_t *attr, int *state)
{
	if (!attr || !state)
		return -EINVAL;
	*state = attr->detached ? UK_THREAD_ATTR_DETACHED
				: UK_THREAD_ATTR_WAITABLE;
	return 0;
}

int uk_thread_attr_set_prio(uk_thread_attr_t *attr, prio_t prio)
{
	if (!attr || prio < UK_THREAD_ATTR_PRIO_MIN ||
	    prio > UK_THREAD_ATTR_PRIO_MAX)
		return -EINVAL;
	attr->prio = prio;
	return 0;
}

int uk_thread_attr_get_prio(const uk_thread_attr_t *attr, prio_t *prio)
{
	if (!attr || !prio)
		return -EINVAL;
	*prio = attr->prio;
	return 0;
}

int uk_thread_attr_set_timeslice(uk_thread_attr_t *attr, __nsec timeslice)
{
	if (!attr)
		return -EINVAL;
	attr->timeslice = timeslice;
	return 0;
}

int uk_thread_attr_get_timeslice(const uk_thread_attr_t *attr,
				 __nsec *timeslice)
{
	if (!attr || !timeslice)
		return -EINVAL;
	*timeslice = attr->timeslice;
	return 0;
}
