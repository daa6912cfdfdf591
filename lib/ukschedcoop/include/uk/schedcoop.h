/* SPDX-License-Identifier: BSD-3-Clause */
/*
 * Cooperative round-robin scheduler.
 *
 * uk_schedcoop_init(a) creates the scheduler (threads and stacks come
 * from allocator a), registers it (the first scheduler registered is the
 * default) and returns it, or NULL when memory is short. Start it with
 * uk_sched_start() (<uk/sched.h>).
 *
 * Runnable threads run in FIFO order, each until it yields, sleeps,
 * blocks or exits; nothing is preempted. When no thread can run, the idle
 * thread halts the CPU (ukplat_lcpu_halt_to()) until the earliest sleeper's
 * deadline or the next interrupt, then wakes the threads that are due.
 */
#ifndef __UK_SCHEDCOOP_H__
#define __UK_SCHEDCOOP_H__

#include <uk/sched.h>
#include <uk/alloc.h>

#ifdef __cplusplus
extern "C" {
#endif

struct uk_sched *uk_schedcoop_init(struct uk_alloc *a);

#ifdef __cplusplus
}
#endif

#endif /* __UK_SCHEDCOOP_H__ */
